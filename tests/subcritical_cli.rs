//! The `subcritical`, `classify` and `sweep` subcommands: exit codes, JSON, files.

use crate::util::{eoscert, stderr};
use std::process::Output;

/// `eoscert` with the arguments of `line` (split at whitespace).
fn run(line: &str) -> Output {
    eoscert(&line.split_whitespace().collect::<Vec<_>>())
}

#[test]
fn bad_input_exits_2() {
    let cases = [
        "subcritical --depth 2 --eta 0.9 --init -1,1",
        "subcritical --depth 2 --eta 0 --init 1.3,0.77",
        "subcritical --depth 2 --eta 0.9 --init 1.3",
        "subcritical --depth 1 --eta 0.9 --init 1.3",
        "subcritical --depth 2 --eta x --init 1.3,0.77",
        "subcritical --model inner-product --eta 0.9 --init 1.3,0.77",
        "subcritical --depth 2 --eta 0.9 --init 1.3,0.77 --backend f64",
        "classify --depth 2 --eta -1 --init 1.3,0.77",
        "classify --depth 2 --eta 0.9 --init 1,2,3",
        "sweep --depth 2 --eta-range 1.2 --init 1.3,0.77",
        "sweep --depth 2 --eta-range 1.2:0.5 --init 1.3,0.77",
        "sweep --depth 2 --eta-range 0.5:1.2 --init 1.3,0.77 --points 0",
    ];
    for line in cases {
        let out = run(line);
        assert_eq!(out.status.code(), Some(2), "{line}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{line}");
    }
}

#[test]
fn subcritical_json_and_check() {
    let dir = std::env::temp_dir().join(format!("eoscert-sub-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cert = dir.join("c.json");
    let out = eoscert(&[
        "subcritical",
        "--depth",
        "2",
        "--eta",
        "0.9",
        "--init",
        "1.1,0.92",
        "--json",
        "--out",
        cert.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["claim"], "subcritical");
    assert_eq!(v["quantities"]["tau"]["lo"], "0");
    let out = eoscert(&["check", cert.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    // η ≥ η_crit: not verified, exit 1.
    let out = run("subcritical --depth 2 --eta 1 --init 1.3,0.77");
    assert_eq!(out.status.code(), Some(1));
    // Start on M with ηλ ≥ 2: exit 1 with the reason.
    let out = run("subcritical --depth 2 --eta 0.9 --init 2,0.5");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("fixed point"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn classify_labels_and_exit_codes() {
    let out = run("classify --depth 2 --eta 0.5 --init 3,3 --json");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quantities"]["regime"], "divergent");
    let out = run("classify --depth 2 --eta 0.5 --init 3,3 --json --fast");
    assert_eq!(
        out.status.code(),
        Some(1),
        "the float classifier never verifies"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quantities"]["regime"], "divergent");
}

#[test]
fn sweep_writes_csv_and_svg() {
    let dir = std::env::temp_dir().join(format!("eoscert-sweep-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (csv, svg) = (dir.join("s.csv"), dir.join("s.svg"));
    let out = eoscert(&[
        "sweep",
        "--depth",
        "2",
        "--eta-range",
        "0.8:1.3",
        "--points",
        "200",
        "--init",
        "1.3,0.77",
        "--steps",
        "2000",
        "--last",
        "4",
        "--csv",
        csv.to_str().unwrap(),
        "--plot",
        svg.to_str().unwrap(),
        "--certify",
        "2",
        "--quiet",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("eta,step,r,loss,gn_sharpness"));
    assert_eq!(
        text.lines().filter(|l| !l.starts_with('#')).count(),
        1 + 200 * 4
    );
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .matches("certified η")
            .count(),
        2
    );
    std::fs::remove_dir_all(&dir).ok();
}
