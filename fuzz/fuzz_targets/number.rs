//! The exact number parser: any string either parses or is a clean `Error::BadInput`, and a
//! parsed value prints back (exactly) to the same rational.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(q) = eoscert::arith::parse_rational(text)
    {
        let printed = eoscert::certificate::format_exact(&q);
        assert_eq!(eoscert::arith::parse_rational(&printed).ok(), Some(q));
    }
});
