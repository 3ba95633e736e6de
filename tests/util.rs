//! Helpers shared by the integration tests: exact inputs, running the binary, scratch folders
//! and certificate text.

use std::path::PathBuf;
use std::process::{Command, Output};

use eoscert::arith::parse_rational;
use eoscert::certificate::Certificate;
use num_rational::BigRational;

/// The exact rational of a decimal or `p/q` string (panics on bad test input).
pub fn q(s: &str) -> BigRational {
    parse_rational(s).unwrap()
}

/// Run the `eoscert` binary with `args`.
pub fn eoscert(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args(args)
        .output()
        .expect("binary runs")
}

/// A run's standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A run's standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A fresh-enough scratch folder `eoscert-NAME-PID` under the system temporary folder.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("eoscert-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The certificate as `--json` prints it, with `elapsed_s` zeroed (for byte comparisons).
pub fn text(cert: &Certificate) -> String {
    let mut c = cert.clone();
    c.elapsed_s = 0.0;
    serde_json::to_string_pretty(&c).unwrap()
}

/// `cert` through JSON text, as files carry it, named `name`.
pub fn reread(name: String, cert: &Certificate) -> (String, Certificate) {
    let json = serde_json::to_string_pretty(cert).unwrap();
    (name, serde_json::from_str(&json).unwrap())
}

/// The certificate of the embedded default claim `file` (`proofs/FILE`, e.g.
/// `"critical-p3-all-time.toml"`; the `.toml` may be left off), proved once per test process
/// and shared: the tamper tests, the claim-file tests of `check_critical`, `check`, `strict`
/// and `critical_depth_all_time` use the same certificates instead of re-proving them (each
/// proof is deterministic: `determinism` shows byte-identical certificates across runs).
/// Panics if the claim is unknown or does not verify.
pub fn default_cert(file: &str) -> &'static Certificate {
    use eoscert::claims::{ClaimFile, DEFAULT_CLAIMS};
    use std::sync::{LazyLock, OnceLock};
    static CERTS: LazyLock<Vec<OnceLock<Certificate>>> =
        LazyLock::new(|| DEFAULT_CLAIMS.iter().map(|_| OnceLock::new()).collect());
    let i = DEFAULT_CLAIMS
        .iter()
        .position(|(f, _)| *f == file || f.trim_end_matches(".toml") == file)
        .unwrap_or_else(|| panic!("no default claim {file}"));
    CERTS[i].get_or_init(|| {
        let (name, text) = DEFAULT_CLAIMS[i];
        let cert = ClaimFile::parse(name, text)
            .unwrap()
            .run(&mut |_| {})
            .unwrap();
        assert!(cert.verified, "{name}: {}", cert.reason);
        cert
    })
}

/// The long mode: `EOSCERT_LONG` set to anything but `0` or the empty string. CI runs the
/// sampled tests; the long mode runs every repetition (`tamper`: every contradicting mutation
/// of every default certificate; see `tests/tests.rs`).
pub fn long_mode() -> bool {
    std::env::var_os("EOSCERT_LONG").is_some_and(|v| !v.is_empty() && v != "0")
}

/// [`default_cert`], accepted by the independent checker: its JSON text read strictly and
/// re-checked (`eoscert::certificate::tamper::accepts`, the default budget), once per test
/// process; the tamper test, `check_critical::claim_files_verify_and_check` and
/// `critical_depth_all_time` share the verdict. Panics with the checker's reason if rejected.
pub fn accepted_default_cert(file: &str) -> &'static Certificate {
    use eoscert::claims::DEFAULT_CLAIMS;
    use std::sync::{LazyLock, OnceLock};
    static VERDICTS: LazyLock<Vec<OnceLock<Result<(), String>>>> =
        LazyLock::new(|| DEFAULT_CLAIMS.iter().map(|_| OnceLock::new()).collect());
    let i = DEFAULT_CLAIMS
        .iter()
        .position(|(f, _)| *f == file || f.trim_end_matches(".toml") == file)
        .unwrap_or_else(|| panic!("no default claim {file}"));
    let cert = default_cert(file);
    let verdict = VERDICTS[i]
        .get_or_init(|| eoscert::certificate::tamper::accepts(serde_json::to_value(cert).unwrap()));
    if let Err(why) = verdict {
        panic!("{file}: the checker rejects the certificate: {why}");
    }
    cert
}
