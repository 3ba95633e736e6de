//! Bad input and limits: every command, fed NaN/inf/negative/zero parameters,
//! absurd sizes (depth 10⁶, 10¹² steps, `mpfr:0`, `mpfr:10000000`, 10¹² grid points) or files
//! that are missing, truncated, binary or directories, exits 2 with one short line on stderr
//! naming the problem, before doing any work: no panic, no hang (each case runs under a
//! 60-second watchdog), nothing on stdout. Argument-*syntax* errors (an unknown flag) are
//! clap's multi-line usage messages and are not in this table.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Run eoscert with `args`; kill it after 60 s. Returns (exit code, stdout, stderr).
fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().expect("kill");
            panic!("{args:?} still running after 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("eoscert-bad-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Bad parameters, one command line each (split at whitespace), with a word the error must name.
const BAD_PARAMETERS: &[(&str, &str)] = &[
    (
        "simulate --init 1.25,0.85 --steps 5 --eta nan",
        "not a number",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta inf",
        "not a number",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta -inf",
        "not a number",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta -1",
        "must be > 0",
    ),
    ("simulate --init 1.25,0.85 --steps 5 --eta 0", "must be > 0"),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1e10000",
        "not supported",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1e99999999",
        "not a number",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1/0",
        "zero denominator",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --target 0",
        "must be > 0",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --target -1",
        "must be > 0",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --target NaN",
        "not a number",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --backend mpfr:0",
        "BITS",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --backend mpfr:10000000",
        "BITS",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --backend mpfr:-5",
        "BITS",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --depth 1000000",
        "--depth",
    ),
    (
        "simulate --init 1.25,0.85 --steps 5 --eta 1 --depth 0",
        "--depth",
    ),
    ("simulate --eta 1 --init nan,1 --steps 5", "not a number"),
    ("simulate --eta 1 --init 1,1,1 --steps 5", "--init"),
    (
        "simulate --eta 1 --init 1,1 --steps 1000000000000",
        "--steps",
    ),
    (
        "simulate --model inner-product --dim 1000000 --eta 1 --init 1,1 --steps 5",
        "--dim",
    ),
    ("info --depth 1000000", "--depth"),
    ("info --backend mpfr:0", "BITS"),
    ("orbit --depth 1000000 --eta 1.1", "--depth"),
    ("orbit --eta 0", "positive"),
    ("orbit --eta inf", "not a number"),
    ("orbit --eta 1.1 --backend mpfr:10000000", "BITS"),
    ("orbit --flip-boundary --width 0", "positive"),
    ("critical --init 1.3,0.8 --steps 1000000000000", "--steps"),
    ("critical --init 1.3,0.8 --steps 1e12", "--steps"),
    ("critical --depth 1000000 --init 1,1 --steps 9", "--depth"),
    ("critical --init nan,0.8 --steps 9", "not a number"),
    (
        "subcritical --eta 0.9 --init 1.3,0.77 --max-steps 1000000000000",
        "--max-steps",
    ),
    ("subcritical --eta 0 --init 1.3,0.77", "> 0"),
    (
        "subcritical --eta 0.9 --init 1.3,0.77 --backend mpfr:0",
        "BITS",
    ),
    ("catapult --n 0 --f0 1 --lambda0 2 --eta 1", "--n"),
    ("catapult --n 9 --f0 1 --lambda0 -2 --eta 1", "--lambda0"),
    (
        "catapult --n 9 --f0 inf --lambda0 2 --eta 1",
        "not a number",
    ),
    ("catapult --n 9 --f0 1e10000 --lambda0 2 --eta 1", "--f0"),
    ("balance --phi quad --init 1.2,0.1 --eta 0", "> 0"),
    (
        "balance --phi quad --init 1.2,0.1 --eta nan",
        "not a number",
    ),
    (
        "bound --phi quad --box x:5:3,y:0.2:0.3 --eta-range 0.05:0.06",
        "empty interval",
    ),
    (
        "sweep --eta-range 0.5:1.3 --init 1.3,0.77 --points 1000000000000",
        "--points",
    ),
    (
        "sweep --eta-range 0.5:1.3 --init 1.3,0.77 --points 0",
        "--points",
    ),
    (
        "sweep --eta-range 0.5:1.3 --init 1.3,0.77 --points 10 --steps 1000000000000",
        "--steps",
    ),
    (
        "sweep --eta-range 0.5:1.3 --init 1.3,0.77 --points 10000000 --steps 10 --last 10",
        "--last",
    ),
    ("classify --eta nan --init 3,3", "not a number"),
    ("classify --depth 1000000 --eta 1 --init 3,3", "--depth"),
];

#[test]
fn bad_parameters_exit_2_with_one_line() {
    for (line, needle) in BAD_PARAMETERS {
        let args: Vec<&str> = line.split_whitespace().collect();
        assert_one_line_error(&args, needle);
    }
    eprintln!(
        "{} bad-parameter cases exit 2 with one line",
        BAD_PARAMETERS.len()
    );
}

#[test]
fn bad_files_exit_2_with_one_line() {
    let dir = scratch();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let cert = r#"{"schema": "eoscert/1", "claim": "trajectory", "model": {"kind": "factorisation", "depth": 2, "target": "1"}, "eta": "1", "init": ["1.25", "0.85"], "backend""#;
    std::fs::write(path("truncated.json"), cert).unwrap();
    let binary: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    std::fs::write(path("binary.json"), &binary).unwrap();
    std::fs::write(path("binary.toml"), &binary).unwrap();
    std::fs::write(path("empty.json"), "").unwrap();
    std::fs::write(path("object.json"), "{}").unwrap();
    std::fs::write(
        path("truncated.toml"),
        "claim = \"trajectory\"\ninit = [\"1.25\",",
    )
    .unwrap();
    std::fs::write(path("empty.toml"), "").unwrap();
    std::fs::create_dir_all(path("dir.json")).unwrap();
    std::fs::create_dir_all(path("no-claims")).unwrap();
    let missing = path("missing.json");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["check".into(), path("truncated.json")], "EOF"),
        (vec!["check".into(), path("binary.json")], "UTF-8"),
        (vec!["check".into(), path("empty.json")], "EOF"),
        (vec!["check".into(), path("object.json")], "missing field"),
        (vec!["check".into(), path("dir.json")], "directory"),
        (vec!["check".into(), missing.clone()], "No such file"),
        (
            vec!["prove".into(), path("truncated.toml")],
            "truncated.toml",
        ),
        (vec!["prove".into(), path("binary.toml")], "UTF-8"),
        (vec!["prove".into(), path("empty.toml")], "missing field"),
        (vec!["prove".into(), path("no-claims")], "no claim files"),
        (
            vec!["prove".into(), missing.replace(".json", ".toml")],
            "No such file",
        ),
        (vec!["tamper".into(), path("truncated.json")], "not JSON"),
        (vec!["tamper".into(), path("object.json")], "not accepted"),
    ];
    for (args, needle) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_one_line_error(&args, needle);
    }
}

/// `check` reports every file: a good certificate next to an unreadable one still prints its
/// `ok` line, the unreadable one gives one error line and the summary line follows on stderr,
/// and the exit status is the worst (2).
#[test]
fn check_reports_each_file_and_exits_with_the_worst_status() {
    let dir = scratch();
    let good = dir.join("good.json");
    let (code, stdout, _) = run(&[
        "orbit",
        "--depth",
        "2",
        "--eta",
        "1.1",
        "--backend",
        "interval",
        "--json",
    ]);
    assert_eq!(code, Some(0));
    std::fs::write(&good, stdout).unwrap();
    let missing = dir.join("absent.json");
    let (code, stdout, stderr) = run(&["check", good.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.contains("good.json: ok"), "{stdout}");
    let lines: Vec<&str> = stderr.trim().lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines[0].starts_with("error:") && lines[0].contains("absent.json"),
        "{stderr}"
    );
    assert!(lines[1].contains("1 unreadable"), "{stderr}");
}

fn assert_one_line_error(args: &[&str], needle: &str) {
    let (code, stdout, stderr) = run(args);
    assert_eq!(code, Some(2), "{args:?}: exit {code:?}, stderr {stderr}");
    let line = stderr.trim();
    assert_eq!(line.lines().count(), 1, "{args:?}: {stderr}");
    assert!(line.starts_with("error: "), "{args:?}: {line}");
    assert!(line.contains(needle), "{args:?}: {line:?} lacks {needle:?}");
    assert!(
        line.chars().count() <= 300,
        "{args:?}: {} chars",
        line.len()
    );
    assert!(!line.contains("panicked"), "{args:?}: {line}");
    assert!(stdout.is_empty(), "{args:?}: stdout {stdout}");
}
