//! One vocabulary across subcommands: every new flag and alias, the output conventions
//! (readable enclosures, `--full`, `-q`, stdout closed early) and the output-path checks.
//! One test per behaviour.

use crate::util::{eoscert, stderr, stdout};
use std::io::Read;
use std::process::{Command, Stdio};

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("eoscert-vocab-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SIM: &[&str] = &["simulate", "--eta", "1", "--init", "1.25,0.85"];

/// Run with stdout a pipe whose reader is already gone, as in `eoscert … | head` once `head`
/// has exited: every write fails with a broken pipe.
fn closed_early(args: &[&str]) -> std::process::ExitStatus {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    status
}

#[test]
fn stdout_closed_early_ends_quietly_with_exit_0() {
    let cert = scratch("pipe").join("c.json");
    let o = eoscert(&[SIM, &["--steps", "5", "--out", cert.to_str().unwrap()]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for args in [
        &["info", "--json", "--depth", "5"][..],
        &["info"][..],
        &[
            "simulate", "--eta", "1", "--init", "1,1", "--steps", "3", "--json",
        ][..],
        &["prove", "proofs/trajectory-p2-eta1.toml", "--json"][..],
        &["prove", "proofs/trajectory-p2-eta1.toml"][..],
        &["check", cert.to_str().unwrap()][..],
        &["man"][..],
        &["completions", "bash"][..],
    ] {
        let status = closed_early(args);
        assert_eq!(status.code(), Some(0), "{args:?}: {status:?}");
    }
}

#[test]
fn step_counts_accept_scientific_notation() {
    let o = eoscert(&[SIM, &["--steps", "1e1"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&[SIM, &["--steps", "1.5"]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--steps"), "{}", stderr(&o));
    // Grid sizes are written like step counts, and a negative one is a value, not a flag.
    let sweep = [
        "sweep",
        "--init",
        "1.3,0.77",
        "--eta-range",
        "0.5:1.3",
        "--steps",
        "1e2",
        "-q",
    ];
    let o = eoscert(&[&sweep[..], &["--points", "1e1", "--last", "1e1"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&[&sweep[..], &["--points", "-1"]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--points") && !stderr(&o).contains("unexpected argument"),
        "{}",
        stderr(&o)
    );
    // `classify --max-steps` is `--steps` (its horizon), as in the other provers.
    let o = eoscert(&[
        "classify",
        "--eta",
        "1.1",
        "--init",
        "1.3,0.77",
        "--max-steps",
        "1e3",
        "-q",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn negative_numbers_are_values() {
    let o = eoscert(&["simulate", "--eta", "1", "--init", "-1,-1", "--steps", "3"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&[
        "catapult",
        "--n",
        "-1",
        "--f0",
        "1",
        "--lambda0",
        "2",
        "--eta",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        !stderr(&o).contains("unexpected argument"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn human_output_shows_readable_enclosures_and_full_shows_endpoints() {
    let o = eoscert(&[SIM, &["--steps", "10"]].concat());
    let text = stdout(&o);
    assert!(text.contains(" ± "), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let o = eoscert(&[SIM, &["--steps", "10", "--full"]].concat());
    assert!(stdout(&o).contains("[") && !stdout(&o).contains(" ± "));
    let o = eoscert(&[SIM, &["--steps", "10", "-v"]].concat());
    assert!(!stdout(&o).contains(" ± "));
}

#[test]
fn quiet_short_flag_is_accepted_everywhere() {
    for args in [
        &["info", "-q"][..],
        &[
            "simulate", "-q", "--eta", "1", "--init", "1,1", "--steps", "2",
        ][..],
        &["-q", "info"][..],
    ] {
        let o = eoscert(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).is_empty(), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn eta_is_canonical_and_stepsize_is_an_alias() {
    for flag in ["--eta", "--stepsize"] {
        let o = eoscert(&[
            "balance", "--phi", "quad", "--init", "2,0.6", flag, "0.1", "--json",
        ]);
        assert_ne!(o.status.code(), Some(2), "{flag}: {}", stderr(&o));
    }
}

#[test]
fn ranges_accept_lo_hi_n_and_the_old_points_flag() {
    let base = ["sweep", "--init", "1.3,0.8", "--steps", "100", "-q"];
    let o = eoscert(&[&base[..], &["--eta-range", "0.5:1:5"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&[&base[..], &["--eta-range", "0.5:1", "--points", "5"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&[&base[..], &["--eta-range", "0.5:1:5", "--points", "5"]].concat());
    assert_eq!(o.status.code(), Some(2));
    let o = eoscert(&[&base[..], &["--eta-range", "0.5:nan"]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--eta-range"), "{}", stderr(&o));
}

#[test]
fn sweep_steps_zero_blames_steps() {
    let o = eoscert(&[
        "sweep",
        "--init",
        "1.3,0.8",
        "--eta-range",
        "0.5:1:3",
        "--steps",
        "0",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--steps"), "{}", stderr(&o));
}

#[test]
fn threads_is_canonical_and_jobs_an_alias() {
    for flag in ["--threads", "--jobs"] {
        let o = eoscert(&["tamper", flag, "0", "nonexistent.json"]);
        assert_eq!(o.status.code(), Some(2), "{flag}: {}", stderr(&o));
        assert!(
            !stderr(&o).contains("unexpected argument"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn midpoint_is_a_value_enum_with_the_old_alias() {
    for m in ["f64", "float128", "fixed128"] {
        let o = eoscert(&[
            "critical",
            "--init",
            "1.3,0.8",
            "--steps",
            "10",
            "--midpoint",
            m,
        ]);
        assert_eq!(o.status.code(), Some(0), "{m}: {}", stderr(&o));
    }
    let o = eoscert(&[
        "critical",
        "--init",
        "1.3,0.8",
        "--steps",
        "10",
        "--midpoint",
        "x",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn critical_at_a_non_critical_eta_is_not_verified() {
    let o = eoscert(&[
        "critical", "--init", "1.3,0.8", "--steps", "100", "--eta", "0.5", "--json",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let cert: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(cert["verified"], false);
    assert!(
        cert["reason"]
            .as_str()
            .unwrap()
            .contains("not the critical learning rate")
    );
}

#[test]
fn backend_errors_come_from_clap_with_the_flag() {
    let o = eoscert(&[SIM, &["--steps", "1", "--backend", "quad"]].concat());
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--backend"), "{}", stderr(&o));
}

#[test]
fn library_errors_name_the_flag_on_the_command_line() {
    let o = eoscert(&["simulate", "--eta", "1", "--init", "1,1,1", "--steps", "1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("error: --init: has 3 numbers"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn claim_file_errors_name_the_key_and_its_position() {
    let dir = scratch("claims");
    let path = dir.join("bad.toml");
    std::fs::write(
        &path,
        "claim = \"trajectory\"\ninit = [\"1\", \"1\"]\nsteps = 3\n[model]\nkind = \"factorisation\"\ndepth = 2\ntarget = \"1\"\n",
    )
    .unwrap();
    let o = eoscert(&["prove", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.toml: eta: missing"),
        "{}",
        stderr(&o)
    );
    std::fs::write(
        &path,
        "claim = \"trajectory\"\neta = \"1\"\ninit = [\"1\", \"1\"]\nsteps = 3\n[model]\nkind = \"factorisation\"\ndepth = 1\ntarget = \"1\"\n",
    )
    .unwrap();
    let o = eoscert(&["prove", path.to_str().unwrap()]);
    assert!(
        stderr(&o).contains("bad.toml:7:1: model.depth: "),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("--"), "{}", stderr(&o));
    std::fs::write(&path, "claim = \"trajectory\"\neta = 1\n").unwrap();
    let o = eoscert(&["prove", path.to_str().unwrap()]);
    assert!(stderr(&o).contains("bad.toml:2:"), "{}", stderr(&o));
}

#[test]
fn output_paths_are_checked_before_the_work() {
    let o = eoscert(&[
        "critical",
        "--init",
        "1.3,0.8",
        "--steps",
        "1e5",
        "--plot",
        "no/such/folder/p.svg",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no/such/folder/p.svg"),
        "{}",
        stderr(&o)
    );
    let o = eoscert(&[SIM, &["--steps", "5", "--out", "no/such/folder/c.json"]].concat());
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn out_writes_a_checkable_certificate() {
    let path = scratch("out").join("c.json");
    let o = eoscert(&[SIM, &["--steps", "5", "--out", path.to_str().unwrap()]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = eoscert(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn info_json_has_the_certificate_envelope_and_check_refuses_it() {
    let o = eoscert(&["info", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["claim"], "constants");
    for key in ["schema", "model", "backend", "rigorous", "quantities"] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let path = scratch("info").join("info.json");
    std::fs::write(&path, &o.stdout).unwrap();
    let o = eoscert(&["check", path.to_str().unwrap()]);
    assert_ne!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn completions_and_man_page() {
    let o = eoscert(&["completions", "bash"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("eoscert") && stdout(&o).contains("--eta"));
    let o = eoscert(&["completions", "zsh"]);
    assert_eq!(o.status.code(), Some(0));
    let o = eoscert(&["man"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with(".ie") || stdout(&o).contains(".TH"),
        "{}",
        stdout(&o)
    );
    let dir = scratch("man");
    let o = eoscert(&["man", "--out-dir", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(dir.join("eoscert-critical.1").exists());
    // A missing folder is created, as for every `--out DIR`; a path through a file is an error.
    let fresh = scratch("man-fresh").join("share/man/man1");
    let o = eoscert(&["man", "--out-dir", fresh.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(fresh.join("eoscert.1").exists());
    let o = eoscert(&[
        "man",
        "--out-dir",
        fresh.join("eoscert.1/below").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn prove_table_has_aligned_columns_and_the_count_on_stderr() {
    let o = eoscert(&[
        "prove",
        "proofs/trajectory-p2-eta1.toml",
        "proofs/catapult-2.5.toml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    let col = |l: &str| l.find("yes").or_else(|| l.find("verified"));
    assert_eq!(col(lines[1]), col(lines[2]), "{text}");
    assert!(stderr(&o).contains("2/2 claims verified"), "{}", stderr(&o));
}
