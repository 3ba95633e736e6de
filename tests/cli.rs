//! The command line: exit codes, error messages, JSON shape (one test per behaviour).

use crate::util::{eoscert, scratch, stderr};
use std::process::Output;

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("stdout is JSON")
}

const SIM: &[&str] = &[
    "simulate",
    "--depth",
    "2",
    "--target",
    "1",
    "--init",
    "1.25,0.85",
    "--steps",
    "5",
];

#[test]
fn bad_input_is_a_one_line_error_with_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["--eta", "nan", "--backend", "interval"], "--eta"),
        (&["--eta", "-1", "--backend", "interval"], "must be > 0"),
        (&["--eta", "0", "--backend", "interval"], "must be > 0"),
        (&["--eta", "1", "--backend", "mpfr:0"], "BITS"),
        (&["--eta", "1", "--backend", "mpfr:10000000"], "BITS"),
        (&["--eta", "1", "--backend", "quad"], "--backend"),
    ];
    for (extra, needle) in cases {
        let mut args = SIM.to_vec();
        args.extend_from_slice(extra);
        let out = eoscert(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn bad_model_parameters_exit_2() {
    for args in [
        vec![
            "simulate", "--depth", "1", "--eta", "1", "--init", "1", "--steps", "1",
        ],
        vec![
            "simulate", "--target", "0", "--eta", "1", "--init", "1,1", "--steps", "1",
        ],
        vec!["simulate", "--eta", "1", "--init", "1,x", "--steps", "1"],
        vec!["simulate", "--eta", "1", "--init", "1,1,1", "--steps", "1"],
        vec![
            "simulate",
            "--eta",
            "1",
            "--init",
            "1,1",
            "--steps",
            "100000000000",
        ],
        vec!["info", "--depth", "1"],
    ] {
        let out = eoscert(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).starts_with("error:"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn rational_backend_is_exact() {
    let mut args = SIM.to_vec();
    args.extend_from_slice(&["--eta", "1", "--backend", "rational", "--json"]);
    let out = eoscert(&args);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    assert_eq!(v["claim"], "trajectory");
    for q in ["loss", "t_loss"] {
        assert_eq!(
            v["quantities"][q]["lo"], v["quantities"][q]["hi"],
            "{q} is exact"
        );
    }
    assert_eq!(v["init"], serde_json::json!(["1.25", "0.85"]));
}

#[test]
fn f64_backend_exits_1_and_is_not_verified() {
    let mut args = SIM.to_vec();
    args.extend_from_slice(&["--eta", "1", "--backend", "f64", "--json"]);
    let out = eoscert(&args);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["rigorous"], false);
    assert_eq!(v["verified"], false);
}

#[test]
fn blow_up_exits_1_with_a_reason() {
    let out = eoscert(&[
        "simulate",
        "--eta",
        "1",
        "--init",
        "1.25,0.85",
        "--steps",
        "500",
        "--backend",
        "interval",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(json(&out)["reason"].as_str().unwrap().contains("blew up"));
}

#[test]
fn info_reports_the_four_constants() {
    let out = eoscert(&[
        "info",
        "--model",
        "factorisation",
        "--depth",
        "5",
        "--target",
        "1",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    for q in ["lambda_star", "eta_crit", "nu", "c_star"] {
        assert!(v["quantities"][q]["lo"].is_string(), "{q}");
    }
    assert_eq!(v["quantities"]["lambda_star"]["lo"], "5");
    let q = |s: &serde_json::Value| eoscert::arith::parse_rational(s.as_str().unwrap()).unwrap();
    let eta = &v["quantities"]["eta_crit"];
    let two_fifths = eoscert::arith::parse_rational("0.4").unwrap();
    assert!(q(&eta["lo"]) <= two_fifths && two_fifths <= q(&eta["hi"]));
}

#[test]
fn csv_has_one_row_per_step() {
    let path = scratch("csv").join("t.csv");
    let mut args = SIM.to_vec();
    args.extend_from_slice(&[
        "--eta",
        "1",
        "--backend",
        "interval",
        "--csv",
        path.to_str().unwrap(),
    ]);
    assert_eq!(eoscert(&args).status.code(), Some(0));
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "step,theta_1,theta_2,loss,width");
    assert_eq!(lines.len(), 6);
}

#[test]
fn malformed_claim_file_exits_2_naming_the_key() {
    let path = scratch("claim").join("typo.toml");
    std::fs::write(&path, "claim = \"trajectory\"\netta = \"1\"\n[model]\nkind = \"factorisation\"\ndepth = 2\ntarget = \"1\"\n").unwrap();
    let out = eoscert(&["prove", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("etta"), "{}", stderr(&out));
}

#[test]
fn help_teaches() {
    let out = eoscert(&["--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "Exit status",
        "mpfr:BITS",
        "117/100",
        "eoscert prove",
        "eoscert check",
    ] {
        assert!(text.contains(needle), "--help lacks {needle:?}");
    }
}

/// A fresh scratch directory for one test.
/// Run `args` followed by `--plot FILE` and check the SVG mentions `needle`.
fn assert_plot(args: &[&str], file: &str, needle: &str) {
    let path = scratch("plot").join(file);
    let mut args = args.to_vec();
    args.extend_from_slice(&["--plot", path.to_str().unwrap()]);
    let out = eoscert(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        std::fs::read_to_string(&path).unwrap().contains(needle),
        "{file} lacks {needle:?}"
    );
}

#[test]
fn orbit_and_critical_plots_are_svg() {
    assert_plot(
        &["orbit", "--depth", "2", "--eta", "1.1"],
        "orbit.svg",
        "certified orbit",
    );
    assert_plot(
        &[
            "critical", "--depth", "2", "--init", "1.3,0.8", "--steps", "1e4",
        ],
        "critical.svg",
        "predicted",
    );
}

#[test]
fn orbit_below_eta_crit_is_not_verified() {
    let out = eoscert(&["orbit", "--depth", "2", "--eta", "0.9", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        json(&out)["reason"]
            .as_str()
            .unwrap()
            .contains("not supercritical")
    );
}

#[test]
fn critical_all_time_outside_its_range_is_refused_clearly() {
    let out = eoscert(&[
        "critical",
        "--depth",
        "7",
        "--init",
        "1.03,0.98,1.01,0.99,1.02,1,1",
        "--steps",
        "100",
        "--all-time",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("depth 2..=6"), "{}", stderr(&out));
}
