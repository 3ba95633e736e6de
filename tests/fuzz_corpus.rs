//! Stable-toolchain replay of the fuzz corpora (`fuzz/corpus/`, see README "Fuzzing"): every
//! seed, every truncation at 16 evenly spaced points and (for the cheap seeds) 32 deterministic
//! single-byte changes go through the same entry points as the `cargo fuzz` targets
//! (`fuzz/fuzz_targets/`): the number parser, the claim-file parser, the certificate reader and
//! checker. They must return (a value or a clean error), never panic. Crashes found by
//! `cargo fuzz` are added to the corpus, so this test keeps them fixed.

use std::path::Path;

use eoscert::certificate::Certificate;
use eoscert::certificate::check::check;

fn seeds(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(dir);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let path = e.unwrap().path();
            (path.display().to_string(), std::fs::read(&path).unwrap())
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "{} is empty", dir.display());
    out
}

/// The seed, its truncations, and (if `flips`) copies with one byte changed: a digit to the
/// next digit, anything else XOR 0x20, at 32 positions spread over the file.
fn variants(seed: &[u8], flips: bool) -> Vec<Vec<u8>> {
    let mut out = vec![seed.to_vec()];
    let n = seed.len();
    for k in 0..16 {
        out.push(seed[..n * k / 16].to_vec());
    }
    if flips && n > 0 {
        for k in 0..32 {
            let i = (n * k / 32 + 7 * k) % n;
            let mut v = seed.to_vec();
            v[i] = match v[i] {
                b'9' => b'0',
                b'0'..=b'8' => v[i] + 1,
                b => b ^ 0x20,
            };
            out.push(v);
        }
    }
    out
}

#[test]
fn number_seeds() {
    for (name, seed) in seeds("number") {
        for v in variants(&seed, true) {
            if let Ok(text) = std::str::from_utf8(&v)
                && let Ok(q) = eoscert::arith::parse_rational(text)
            {
                let printed = eoscert::certificate::format_exact(&q);
                assert_eq!(
                    eoscert::arith::parse_rational(&printed).ok(),
                    Some(q),
                    "{name}: {text:?}"
                );
            }
        }
    }
}

#[test]
fn claim_file_seeds() {
    for (name, seed) in seeds("claim_file") {
        let text = std::str::from_utf8(&seed).unwrap();
        assert!(
            eoscert::claims::ClaimFile::parse(&name, text).is_ok(),
            "{name} is not a valid claim file"
        );
        for v in variants(&seed, true) {
            if let Ok(text) = std::str::from_utf8(&v) {
                let _ = eoscert::claims::ClaimFile::parse(&name, text);
            }
        }
    }
}

#[test]
fn certificate_seeds() {
    for (name, seed) in seeds("certificate") {
        let cert: Certificate = serde_json::from_slice(&seed).unwrap();
        assert!(
            check(&cert).is_ok_and(|r| r.verified),
            "{name} not accepted"
        );
        // Byte changes of the slow-to-check seeds (critical: 0.4–1 s each) are left to cargo fuzz.
        let cheap = !name.contains("critical");
        for v in variants(&seed, cheap) {
            if let Ok(cert) = serde_json::from_slice::<Certificate>(&v) {
                let _ = check(&cert);
            }
        }
    }
}
