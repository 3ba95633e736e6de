//! The certificate reader and the independent checker: any bytes are rejected cleanly or
//! checked, never a panic (the checker's own limits bound its work).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(cert) = serde_json::from_slice::<eoscert::certificate::Certificate>(data) {
        let _ = eoscert::certificate::check::check(&cert);
    }
});
