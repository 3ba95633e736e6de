//! Sharded regime maps: `N` partial certificates merge into exactly the unsharded certificate
//! (byte for byte, `elapsed_s` aside), which the checker accepts; merge refuses parts of
//! different jobs and duplicated or missing shards; a partial certificate is checked per shard
//! but never passes as the map; and a merge that loses one shard's cells is caught by the checker's cover check.

use std::process::Command;

use crate::util::{q, reread, text};
use eoscert::certificate::Certificate;
use eoscert::certificate::check::check;
use eoscert::certify::regime_map::shard::{merge, partial_certificate};
use eoscert::certify::regime_map::{RegimeMapProblem, certificate, compute_regime_map_shard};
use eoscert::shard::Shard;
use num_rational::BigRational;

fn problem(gap: &str) -> RegimeMapProblem {
    RegimeMapProblem {
        depth: 2,
        target: q("1"),
        eta_lo: q("0.5"),
        eta_hi: q("1.3"),
        max_period: 4,
        gap: q(gap),
        end_bits: 128,
    }
}

/// The N parts of a job, each through JSON text (as files carry them).
fn parts(pr: &RegimeMapProblem, n: u32, width: Option<&BigRational>) -> Vec<(String, Certificate)> {
    (0..n)
        .map(|i| {
            let shard = Shard::new(i, n).unwrap();
            let map = compute_regime_map_shard(pr, shard, width).unwrap();
            reread(
                format!("part{i}.json"),
                &partial_certificate(pr, &map, shard, 0.5),
            )
        })
        .collect()
}

fn whole(pr: &RegimeMapProblem, width: Option<&BigRational>) -> Certificate {
    certificate(
        pr,
        &compute_regime_map_shard(pr, Shard::ALL, width).unwrap(),
        0.0,
    )
}

#[test]
fn merged_shards_equal_the_unsharded_map_and_check() {
    let pr = problem("1e-6");
    let width = q("1/400");
    for w in [None, Some(&width)] {
        let full = whole(&pr, w);
        assert!(full.verified, "{}", full.reason);
        for n in [1u32, 2, 3, 5] {
            let mut ps = parts(&pr, n, w);
            ps.reverse(); // any order
            let cells: Vec<usize> = ps
                .iter()
                .map(|(_, c)| c.evidence["cells"].as_array().unwrap().len())
                .collect();
            assert!(ps.iter().all(|(_, c)| !c.verified));
            let merged = merge(&ps).unwrap();
            assert_eq!(text(&merged), text(&full), "N = {n}, width {w:?}");
            if w.is_some() && n > 1 {
                // Balanced: every shard has cells, none more than twice the mean.
                let mean = cells.iter().sum::<usize>() / cells.len();
                assert!(cells.iter().all(|&c| c > 0 && c <= 2 * mean), "{cells:?}");
            }
        }
        let report = check(&whole(&pr, w)).unwrap();
        assert!(report.verified);
    }
}

#[test]
fn a_partial_certificate_never_passes_as_the_map() {
    let pr = problem("1e-6");
    let (_, mut part) = parts(&pr, 2, None).remove(0);
    assert!(part.reason.starts_with("partial: shard 0/2"));
    // Checked per shard: its window ends and cells re-verified, never "verified".
    let report = check(&part).unwrap();
    assert!(!report.verified);
    assert!(
        report.details[0].contains("re-verified"),
        "{:?}",
        report.details
    );
    // A tampered cell in a part is rejected there (cells are checked per shard).
    let mut bad = part.clone();
    let cells = bad.evidence["cells"].as_array_mut().unwrap();
    let c = cells.iter_mut().find(|c| c["period"] == 2).unwrap();
    c["eta"]["hi"] = serde_json::json!("1.299");
    assert!(check(&bad).is_err());
    // Claiming verification is rejected at evidence.shard.
    part.verified = true;
    part.reason.clear();
    let err = check(&part).unwrap_err().to_string();
    assert!(err.contains("evidence.shard"), "{err}");
}

#[test]
fn a_merge_that_loses_a_shard_is_caught_by_the_checker() {
    // Mutant merge: drop the cells of one part (as a buggy merge would). The checker's
    // cover check rejects the result, so the honest merge's acceptance above means something.
    let pr = problem("1e-6");
    let width = q("1/400");
    let mut ps = parts(&pr, 3, Some(&width));
    ps[1].1.evidence["cells"] = serde_json::json!([]);
    let merged = merge(&ps).unwrap();
    let err = check(&merged).unwrap_err().to_string();
    assert!(
        err.contains("contiguous") || err.contains("covered") || err.contains("gap"),
        "{err}"
    );
}

#[test]
fn merge_refuses_other_jobs_duplicates_and_missing_shards() {
    let pr = problem("1e-6");
    let ps = parts(&pr, 3, None);
    let msg = |r: Result<Certificate, eoscert::Error>| r.unwrap_err().to_string();
    // Missing.
    let e = msg(merge(&ps[..2]));
    assert!(e.contains("shard 2/3 missing"), "{e}");
    // Duplicated.
    let dup = vec![ps[0].clone(), ps[1].clone(), ps[2].clone(), ps[1].clone()];
    let e = msg(merge(&dup));
    assert!(e.contains("given twice"), "{e}");
    // Another job (a different gap), same shard layout.
    let other = parts(&problem("1e-5"), 3, None);
    let mixed = vec![ps[0].clone(), other[1].clone(), ps[2].clone()];
    let e = msg(merge(&mixed));
    assert!(
        e.contains("different job") && e.contains("evidence.gap"),
        "{e}"
    );
    // Another width limit.
    let w = q("1/100");
    let other = parts(&pr, 3, Some(&w));
    let e = msg(merge(&[ps[0].clone(), ps[1].clone(), other[2].clone()]));
    assert!(e.contains("different job"), "{e}");
    // A different split.
    let two = parts(&pr, 2, None);
    let e = msg(merge(&[ps[0].clone(), two[1].clone(), ps[2].clone()]));
    assert!(e.contains("split into 3"), "{e}");
    // A whole certificate is not a part.
    let e = msg(merge(&[("full.json".into(), whole(&pr, None))]));
    assert!(e.contains("not a partial certificate"), "{e}");
    // Every message is one line.
    for e in [msg(merge(&ps[..1])), msg(merge(&dup))] {
        assert!(!e.contains('\n'));
    }
}

#[test]
fn cli_shard_merge_round_trip_and_errors() {
    let dir = std::env::temp_dir().join(format!("eoscert-shard-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = env!("CARGO_BIN_EXE_eoscert");
    let job = [
        "regime-map",
        "--depth",
        "2",
        "--eta-range",
        "0.5:1.3",
        "--max-period",
        "4",
        "--backend",
        "mpfr:128",
        "--max-cell-width",
        "1/300",
        "--json",
    ];
    let run = |extra: &[&str]| Command::new(bin).args(job).args(extra).output().unwrap();
    let full = run(&[]);
    assert!(full.status.success());
    let mut names = Vec::new();
    for i in 0..2 {
        let out = run(&["--shard", &format!("{i}/2")]);
        assert_eq!(out.status.code(), Some(0));
        let path = dir.join(format!("p{i}.json"));
        std::fs::write(&path, &out.stdout).unwrap();
        names.push(path.display().to_string());
    }
    let merged = dir.join("merged.json");
    let out = Command::new(bin)
        .args(["merge", &names[1], &names[0], "--out"])
        .arg(&merged)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let zero = |t: &str| {
        t.lines()
            .filter(|l| !l.trim_start().starts_with("\"elapsed_s\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let merged_text = std::fs::read_to_string(&merged).unwrap();
    assert_eq!(
        zero(&merged_text),
        zero(&String::from_utf8_lossy(&full.stdout))
    );
    let checked = Command::new(bin)
        .arg("check")
        .arg(&merged)
        .output()
        .unwrap();
    assert_eq!(checked.status.code(), Some(0));
    // A missing shard: one line, exit 2.
    let out = Command::new(bin)
        .args(["merge", &names[0], "--out"])
        .arg(&merged)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("shard 1/2 missing"), "{err}");
    // A bad shard spec: exit 2.
    let out = run(&["--shard", "2/2"]);
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// `scripts/slurm-regime-map.sh`: `submit` calls sbatch for the array and the merge (a stub
/// sbatch records them), and the array's tasks run as a plain loop over SLURM_ARRAY_TASK_ID,
/// then the merge step: the map equals the unsharded one and checks.
#[test]
fn slurm_array_commands_run_as_a_loop() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = format!("{root}/scripts/slurm-regime-map.sh");
    let dir = std::env::temp_dir().join(format!("eoscert-slurm-{}", std::process::id()));
    let stub = dir.join("bin");
    std::fs::create_dir_all(&stub).unwrap();
    let log = dir.join("sbatch.log");
    let sbatch = stub.join("sbatch");
    std::fs::write(
        &sbatch,
        format!("#!/bin/sh\necho \"$*\" >> '{}'\necho 4242\n", log.display()),
    )
    .unwrap();
    Command::new("chmod")
        .arg("+x")
        .arg(&sbatch)
        .status()
        .unwrap();
    let flags = [
        "--depth",
        "2",
        "--eta-range",
        "0.5:1.3",
        "--max-period",
        "4",
        "--backend",
        "mpfr:128",
        "--max-cell-width",
        "1/300",
    ];
    let out_dir = dir.join("map");
    let path = format!("{}:{}", stub.display(), std::env::var("PATH").unwrap());
    let bash = |args: &[&str], task: Option<u32>| {
        let mut c = Command::new("bash");
        c.arg(&script)
            .args(args)
            .env("PATH", &path)
            .env("EOSCERT_BIN", env!("CARGO_BIN_EXE_eoscert"));
        if let Some(i) = task {
            c.env("SLURM_ARRAY_TASK_ID", i.to_string());
        }
        c.output().unwrap()
    };
    let d = out_dir.to_str().unwrap();
    let mut submit = vec!["submit", "3", d, "--"];
    submit.extend(flags);
    let s = bash(&submit, None);
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    let calls = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<&str> = calls.lines().collect();
    assert_eq!(lines.len(), 2, "{calls}");
    assert!(lines[0].contains("--array=0-2") && lines[0].contains("shard 3"));
    assert!(lines[0].ends_with(&flags.join(" ")), "{}", lines[0]);
    assert!(lines[1].contains("--dependency=afterany:4242") && lines[1].contains("merge 3"));
    // The array, as a loop.
    for i in 0..3 {
        let mut shard = vec!["shard", "3", d, "--"];
        shard.extend(flags);
        let o = bash(&shard, Some(i));
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let m = bash(&["merge", "3", d], None);
    assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
    let full = Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .arg("regime-map")
        .args(flags)
        .arg("--json")
        .output()
        .unwrap();
    let zero = |t: &str| {
        t.lines()
            .filter(|l| !l.trim_start().starts_with("\"elapsed_s\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let merged = std::fs::read_to_string(out_dir.join("map.json")).unwrap();
    assert_eq!(zero(&merged), zero(&String::from_utf8_lossy(&full.stdout)));
    // A missing part: the merge step fails with one line naming it.
    std::fs::remove_file(out_dir.join("part-1.json")).unwrap();
    let m = bash(&["merge", "3", d], None);
    assert_eq!(m.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&m.stderr).contains("part-1.json"));
    std::fs::remove_dir_all(&dir).ok();
}
