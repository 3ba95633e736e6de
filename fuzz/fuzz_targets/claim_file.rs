//! The claim-file parser (`proofs/*.toml`): any bytes either parse or give a clean error.
//! (Parsing validates every field; running the claim is the provers' job, not fuzzed here.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = eoscert::claims::ClaimFile::parse("fuzz.toml", text);
    }
});
