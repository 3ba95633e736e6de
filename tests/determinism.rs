//! Same inputs, same certificate: `eoscert prove` on the cheap default claims
//! (every claim kind; each proves in < 0.7 s) writes byte-identical certificates, apart from
//! `elapsed_s`, whatever the thread count — run once on one CPU (`taskset -c 0`, so
//! `available_parallelism` is 1, and `RAYON_NUM_THREADS=1`) and once with
//! `RAYON_NUM_THREADS=2` on every CPU.

use std::path::{Path, PathBuf};
use std::process::Command;

const CLAIMS: &[&str] = &[
    "balancing-power4-dim2",
    "balancing-quad-h0.2",
    "catapult-2.01",
    "catapult-2.5",
    "catapult-divergent-4.01",
    "catapult-label-0.5",
    "critical-inner-product",
    "critical-inner-product-all-time",
    "critical-p2",
    "critical-p5",
    "flip-boundary-p2",
    "flip-boundary-p5",
    "implicit-bias-gd-large",
    "period-two-p2-eta1.1",
    "period-two-p2-eta1.3-unstable",
    "period-two-p8-eta0.26",
    "trajectory-inner-product",
    "trajectory-p2-eta1",
    "trajectory-p2-rational",
    "trajectory-p5-subcritical",
];

fn out_dir(tag: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("eoscert-determinism-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Prove the claims into `dir`; `one_cpu` pins the process to CPU 0 when `taskset` exists.
fn prove(dir: &Path, rayon_threads: &str, one_cpu: bool) {
    let exe = env!("CARGO_BIN_EXE_eoscert");
    let files: Vec<String> = CLAIMS
        .iter()
        .map(|c| format!("{}/proofs/{c}.toml", env!("CARGO_MANIFEST_DIR")))
        .collect();
    let taskset = one_cpu && Command::new("taskset").arg("--version").output().is_ok();
    let mut cmd = if taskset {
        let mut c = Command::new("taskset");
        c.args(["-c", "0", exe]);
        c
    } else {
        Command::new(exe)
    };
    let out = cmd
        .arg("prove")
        .args(&files)
        .arg("--out")
        .arg(dir)
        .arg("--quiet")
        .env("RAYON_NUM_THREADS", rayon_threads)
        .output()
        .expect("run eoscert");
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "prove failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The certificate text with the value of `"elapsed_s"` blanked (the one field allowed to
/// differ).
fn masked(text: &str) -> String {
    let key = "\"elapsed_s\":";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(key) {
        out.push_str(&rest[..i + key.len()]);
        rest = &rest[i + key.len()..];
        let end = rest.find([',', '\n', '}']).unwrap_or(rest.len());
        out.push_str(" _");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn certificates_do_not_depend_on_the_thread_count() {
    let (a, b) = (out_dir("1"), out_dir("2"));
    prove(&a, "1", true);
    prove(&b, "2", false);
    let mut checked = 0;
    for claim in CLAIMS {
        let name = format!("{claim}.json");
        let ta = std::fs::read_to_string(a.join(&name)).expect("certificate written");
        let tb = std::fs::read_to_string(b.join(&name)).expect("certificate written");
        assert!(ta.contains("\"elapsed_s\""), "{name}: no elapsed_s field");
        assert_eq!(
            masked(&ta),
            masked(&tb),
            "{name} differs between thread counts"
        );
        checked += 1;
    }
    assert_eq!(checked, CLAIMS.len());
    let _ = std::fs::remove_dir_all(&a);
    let _ = std::fs::remove_dir_all(&b);
}

#[test]
fn masking_blanks_only_elapsed_s() {
    let t = "{\n  \"claim\": \"x\",\n  \"elapsed_s\": 0.25,\n  \"verified\": true\n}";
    let u = "{\n  \"claim\": \"x\",\n  \"elapsed_s\": 12.5,\n  \"verified\": true\n}";
    assert_eq!(masked(t), masked(u));
    assert_ne!(masked(t), masked(&u.replace("true", "false")));
    assert_ne!(masked(t), masked(&t.replace("\"x\"", "\"y\"")));
}
