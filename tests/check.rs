//! `eoscert check`: the time budget (exit 3), one line per file with its headline quantity, a
//! summary line, JSON Lines, `--verbose`, and a broken pipe ending quietly.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eoscert::certificate::check::budget::{Budget, OverBudget};
use eoscert::certificate::check::{CheckFailure, check, check_with_budget};

fn eoscert(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args(args)
        .output()
        .expect("binary runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("eoscert-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The certificate of the embedded default claim `name`, written to the scratch folder.
fn certificate(name: &str) -> (eoscert::certificate::Certificate, String) {
    let cert = crate::util::default_cert(name).clone();
    let path = scratch().join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&cert).unwrap()).unwrap();
    (cert, path.to_str().unwrap().to_string())
}

/// A check longer than its budget stops near the deadline with `OverBudget`; the same
/// certificate is accepted with the default budget (the budget never changes a verdict into
/// an acceptance).
#[test]
fn a_check_over_its_budget_stops_near_the_deadline() {
    let (cert, _) = certificate("trajectory-p5-subcritical");
    let start = Instant::now();
    let r = check_with_budget(&cert, Budget::new(Duration::from_millis(20)));
    assert!(
        matches!(r, Err(CheckFailure::OverBudget(OverBudget::Time { .. }))),
        "{r:?}"
    );
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(check(&cert).unwrap().verified);
}

#[test]
fn check_exits_3_over_budget_and_prints_one_line_per_file_and_a_summary() {
    let (_, slow) = certificate("trajectory-p5-subcritical");
    let (_, fast) = certificate("period-two-p2-eta1.1");
    let (code, stdout, stderr) = eoscert(&["check", &fast, "--budget", "60"]);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].contains(": ok  period-two  s_plus = 1.116"),
        "{stdout}"
    );
    assert!(lines[0].contains(" ± "), "{stdout}");
    // The summary line goes to stderr, like every summary.
    assert!(
        stderr.starts_with("1 checked: 1 ok, 0 rejected, 0 over budget in "),
        "{stderr}"
    );

    let (code, stdout, stderr) = eoscert(&["check", &fast, &slow, "--budget", "0.02"]);
    assert_eq!(code, Some(3), "{stdout}{stderr}");
    assert!(stdout.contains("OVER BUDGET  trajectory  over budget: the check needs more than its time budget of 0.02 s"), "{stdout}");
    assert!(
        stderr.contains("2 checked: 1 ok, 0 rejected, 1 over budget"),
        "{stderr}"
    );
    // A certificate that does not claim its statement is counted as not verified, not as
    // rejected.
    let (code, json, _) = eoscert(&[
        "critical", "--depth", "2", "--init", "1.5,0.5", "--eta", "0.5", "--steps", "100", "--json",
    ]);
    assert_eq!(code, Some(1));
    let path = std::env::temp_dir().join(format!("eoscert-nv-{}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    let (code, stdout, stderr) = eoscert(&["check", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stdout.contains(": not verified  critical"), "{stdout}");
    assert!(
        stderr.starts_with("1 checked: 0 ok, 0 rejected, 0 over budget, 1 not verified in "),
        "{stderr}"
    );
    for bad in ["0", "-1", "nan", "inf"] {
        let (code, _, stderr) = eoscert(&["check", &fast, "--budget", bad]);
        assert_eq!(code, Some(2), "{bad}: {stderr}");
        assert!(stderr.contains("--budget"), "{stderr}");
    }
}

#[test]
fn check_json_lines_and_verbose() {
    let (_, fast) = certificate("period-two-p2-eta1.1");
    let missing = scratch().join("absent.json");
    let (code, stdout, _) = eoscert(&["check", "--json", &fast, missing.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    let objects: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(objects.len(), 2, "{stdout}");
    assert_eq!(objects[0]["status"], "ok");
    assert_eq!(objects[0]["claim"], "period-two");
    assert_eq!(objects[0]["reason"], serde_json::Value::Null);
    assert!(objects[0]["seconds"].as_f64().unwrap() >= 0.0);
    assert_eq!(objects[0]["headline"]["name"], "s_plus");
    assert_eq!(objects[1]["status"], "unreadable");
    assert!(
        objects[1]["reason"]
            .as_str()
            .unwrap()
            .contains("absent.json")
    );

    let (code, stdout, _) = eoscert(&["check", "-v", &fast]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.lines().nth(1).unwrap().starts_with("    "),
        "{stdout}"
    );
    let (_, quiet, _) = eoscert(&["check", "-q", &fast]);
    assert_eq!(quiet.lines().count(), 1, "{quiet}");
}

/// `check … | head -1`: the reader closes the pipe early; `check` ends quietly with exit 0.
#[test]
fn check_into_a_closed_pipe_ends_quietly() {
    let (_, fast) = certificate("period-two-p2-eta1.1");
    let files: Vec<&str> = std::iter::repeat_n(fast.as_str(), 200).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .arg("check")
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here: later writes get EPIPE.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `eoscert check` reads with the strict reader: a key repeated with the *same* value (so that
/// every reader sees the same claim) still makes the file unreadable (exit 2), at every level.
#[test]
fn check_refuses_a_repeated_key_even_with_the_same_value() {
    let (cert, path) = certificate("trajectory-p2-eta1");
    let text = std::fs::read_to_string(&path).unwrap();
    let (ok, _, _) = eoscert(&["check", &path]);
    assert_eq!(ok, Some(0));
    let value = serde_json::to_value(&cert).unwrap();
    let first = |field: &str| {
        let (k, v) = value[field].as_object().unwrap().iter().next().unwrap();
        format!("\"{field}\": {{\"{k}\": {v}, ")
    };
    for (at, repeated) in [
        ("\"quantities\": {", first("quantities")),
        ("\"evidence\": {", first("evidence")),
        ("{", "{\"claim\": \"trajectory\", ".to_string()),
    ] {
        assert!(text.contains(at), "{at}");
        let bad = scratch().join("repeated-key.json");
        std::fs::write(&bad, text.replacen(at, &repeated, 1)).unwrap();
        let (code, _, err) = eoscert(&["check", bad.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{repeated}: {err}");
        assert!(err.contains("repeated key"), "{err}");
    }
}
