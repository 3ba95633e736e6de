//! Sharded basin maps (`basin-map`) and bounds (`nonasymptotic`): the N partial certificates
//! merge into exactly the unsharded certificate (byte for byte, `elapsed_s` aside), which the
//! checker accepts; each part is checked on its own but never passes as the map; merge refuses
//! parts of different jobs and duplicated or missing shards; a lying part gives a merged
//! certificate the checker rejects; cells no part states are proved by merge itself.

use std::process::Command;

use crate::util::{q, reread, text};
use eoscert::arith::Backend;
use eoscert::certificate::Certificate;
use eoscert::certificate::check::check;
use eoscert::certify::basin::{BasinProblem, basin_certificate, compute_basin};
use eoscert::certify::basin_shard::{self, compute_basin_shard};
use eoscert::certify::bound::{BoundProblem, Domain, prove_bound, prove_bound_shard};
use eoscert::certify::bound_shard;
use eoscert::shard::Shard;
use serde_json::json;

fn plane(eta: &str) -> BasinProblem {
    BasinProblem {
        depth: 2,
        target: q("1"),
        eta: q(eta),
        init_box: vec![(q("0.5"), q("1.2")), (q("0.5"), q("1.2"))],
        grid: 6,
        max_level: 3,
        max_steps: 400,
    }
}

fn line() -> BasinProblem {
    BasinProblem {
        depth: 3,
        target: q("1"),
        eta: q("0.5"),
        init_box: vec![(q("0.2"), q("1.6"))],
        grid: 20,
        max_level: 4,
        max_steps: 400,
    }
}

fn basin_parts(pr: &BasinProblem, n: u32) -> Vec<(String, Certificate)> {
    (0..n)
        .map(|i| {
            let shard = Shard::new(i, n).unwrap();
            let map = compute_basin_shard(pr, shard).unwrap();
            let cert = basin_shard::partial_certificate(pr, &map, shard, 0.25);
            reread(format!("part{i}.json"), &cert)
        })
        .collect()
}

#[test]
fn merged_basin_shards_equal_the_unsharded_map_and_check() {
    for pr in [plane("1.1"), line()] {
        let full = basin_certificate(&pr, &compute_basin(&pr).unwrap(), 0.0);
        let images = full.evidence["cells"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["image"] == true)
            .count();
        for n in [1u32, 2, 3] {
            let mut ps = basin_parts(&pr, n);
            ps.reverse(); // any order
            assert!(ps.iter().all(|(_, c)| !c.verified));
            let (merged, replayed) = basin_shard::merge(&ps).unwrap();
            assert_eq!(replayed, 0, "N = {n}: every direct result came from a part");
            assert_eq!(text(&merged), text(&full), "N = {n}");
            assert_eq!(merged.elapsed_s, 0.25);
        }
        if pr.init_box.len() == 2 {
            assert!(images > 0, "the plane map uses image proofs");
        }
        let report = check(&full).unwrap();
        assert!(report.verified);
    }
}

#[test]
fn a_basin_part_is_checked_alone_but_never_passes_as_the_map() {
    let pr = plane("1.1");
    let (_, mut part) = basin_parts(&pr, 2).remove(1);
    let report = check(&part).unwrap();
    assert!(!report.verified);
    assert!(
        report
            .details
            .iter()
            .any(|d| d.contains("partial: shard 1/2")),
        "{:?}",
        report.details
    );
    // A cell of the other shard in this part is rejected.
    let mut foreign = part.clone();
    foreign.evidence["cells"][0]["index"] = json!([0, 0]);
    foreign.evidence["cells"][0]["level"] = json!(0);
    assert!(check(&foreign).is_err());
    // A dropped cell: the part no longer covers its own level-0 cells.
    let mut short = part.clone();
    short.evidence["cells"].as_array_mut().unwrap().pop();
    assert!(check(&short).is_err());
    // Claiming verification is rejected at evidence.shard.
    part.verified = true;
    part.reason.clear();
    let err = check(&part).unwrap_err().to_string();
    assert!(err.contains("evidence.shard"), "{err}");
}

#[test]
fn basin_merge_refuses_other_jobs_duplicates_and_missing_shards() {
    let pr = plane("1.1");
    let ps = basin_parts(&pr, 3);
    let err = |parts: &[(String, Certificate)]| basin_shard::merge(parts).unwrap_err().to_string();
    let e = err(&ps[..2]);
    assert!(e.contains("shard 2/3 missing"), "{e}");
    let e = err(&[ps[0].clone(), ps[1].clone(), ps[1].clone()]);
    assert!(e.contains("given twice"), "{e}");
    let other = basin_parts(&plane("1.05"), 3);
    let e = err(&[ps[0].clone(), ps[1].clone(), other[2].clone()]);
    assert!(e.contains("different job") && e.contains("eta"), "{e}");
    let two = basin_parts(&pr, 2);
    let e = err(&[ps[0].clone(), two[1].clone(), ps[2].clone()]);
    assert!(e.contains("split into 3"), "{e}");
    let mut regime = ps.clone();
    regime[1].1.claim = "regime-map".into();
    let e = err(&regime);
    assert!(e.contains("regime-map"), "{e}");
    let mut whole = ps.clone();
    whole[0].1.evidence.as_object_mut().unwrap().remove("shard");
    let e = err(&whole);
    assert!(e.contains("not a partial certificate"), "{e}");
}

#[test]
fn basin_merge_reproves_what_no_part_states_and_a_lying_part_is_caught() {
    let pr = plane("1.1");
    let full = text(&basin_certificate(&pr, &compute_basin(&pr).unwrap(), 0.0));
    // Cells dropped from a part (as a shard stopped by its cell cap): merge replays them.
    let mut ps = basin_parts(&pr, 2);
    let cells = ps[0].1.evidence["cells"].as_array_mut().unwrap();
    let dropped = cells.len() / 3;
    cells.truncate(cells.len() - dropped);
    let (merged, replayed) = basin_shard::merge(&ps).unwrap();
    assert!(replayed > 0);
    assert_eq!(text(&merged), full);
    // A part that claims an undetermined cell converged in 1 step: the merged map carries the
    // lie and the checker rejects it (merge trusts nothing the checker does not re-derive).
    let mut ps = basin_parts(&pr, 2);
    let cells = ps[1].1.evidence["cells"].as_array_mut().unwrap();
    let lie = cells
        .iter_mut()
        .find(|c| c["label"] == "undetermined")
        .unwrap();
    lie["label"] = json!("converged");
    lie["steps"] = json!(1);
    let (merged, _) = basin_shard::merge(&ps).unwrap();
    assert!(check(&merged).is_err());
}

fn bound_problem() -> BoundProblem {
    let d = Domain {
        x: (q("3.4"), q("3.5")),
        y: (q("0.4"), q("0.41")),
        h: (q("0.05"), q("0.6")),
    };
    BoundProblem::new("quad".parse().unwrap(), d, 2000, 6).unwrap()
}

fn bound_parts(pr: &BoundProblem, n: u32) -> Vec<(String, Certificate)> {
    (0..n)
        .map(|i| {
            let shard = Shard::new(i, n).unwrap();
            let cert = prove_bound_shard(pr, Backend::Mpfr(128), shard).unwrap();
            reread(format!("part{i}.json"), &cert)
        })
        .collect()
}

#[test]
fn merged_bound_shards_equal_the_unsharded_bound_and_check() {
    let pr = bound_problem();
    let full = prove_bound(&pr, Backend::Mpfr(128)).unwrap();
    let boxes = full.evidence["boxes"].as_array().unwrap().len();
    assert!(boxes > 8, "{boxes} boxes: the tree reaches the split depth");
    for n in [1u32, 2, 3] {
        let mut ps = bound_parts(&pr, n);
        ps.rotate_left(1);
        for (_, part) in &ps {
            let report = check(part).unwrap();
            assert!(!report.verified);
            assert!(
                report.details[0].contains("partial: shard"),
                "{:?}",
                report.details
            );
        }
        let listed: usize = ps
            .iter()
            .map(|(_, c)| c.evidence["boxes"].as_array().unwrap().len())
            .sum();
        assert_eq!(listed, boxes, "N = {n}: every box listed by one part");
        let (merged, iterated) = bound_shard::merge(&ps).unwrap();
        assert_eq!(iterated, 0);
        assert_eq!(text(&merged), text(&full), "N = {n}");
    }
    assert!(check(&full).is_ok());
    // Refusals: missing, duplicated, other job.
    let ps = bound_parts(&pr, 2);
    let e = bound_shard::merge(&ps[..1]).unwrap_err().to_string();
    assert!(e.contains("shard 1/2 missing"), "{e}");
    let e = bound_shard::merge(&[ps[0].clone(), ps[0].clone()])
        .unwrap_err()
        .to_string();
    assert!(e.contains("given twice"), "{e}");
    let mut other = ps.clone();
    other[1].1.evidence["shard"]["max_depth"] = json!(5);
    let e = bound_shard::merge(&other).unwrap_err().to_string();
    assert!(e.contains("evidence.shard.max_depth"), "{e}");
    // A part whose box lies about its tail: the merged bound is rejected by the checker.
    let mut lying = ps.clone();
    let b = lying
        .iter_mut()
        .flat_map(|(_, c)| c.evidence["boxes"].as_array_mut().unwrap().iter_mut())
        .find(|b| b.get("tail").is_some())
        .unwrap();
    b["tail"]["rho"] = json!("0.001");
    let (merged, _) = bound_shard::merge(&lying).unwrap();
    assert!(check(&merged).is_err());
}

#[test]
fn cli_basin_and_bound_shards_merge_to_the_unsharded_certificates() {
    let dir = std::env::temp_dir().join(format!("eoscert-shard-maps-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = env!("CARGO_BIN_EXE_eoscert");
    let jobs: [&[&str]; 2] = [
        &[
            "regime-map",
            "--eta",
            "1.1",
            "--init-box",
            "0.5:1.2,0.5:1.2",
            "--cells",
            "5",
            "--json",
        ],
        &[
            "bound",
            "--phi",
            "quad",
            "--box",
            "x:3.4:3.5,y:0.4:0.41",
            "--eta-range",
            "0.05:0.6",
            "--max-depth",
            "5",
            "--backend",
            "mpfr:128",
            "--json",
        ],
    ];
    let zero = |t: &str| {
        t.lines()
            .filter(|l| !l.trim_start().starts_with("\"elapsed_s\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (k, job) in jobs.iter().enumerate() {
        let run = |extra: &[&str]| Command::new(bin).args(*job).args(extra).output().unwrap();
        let full = run(&[]);
        let mut names = Vec::new();
        for i in 0..2 {
            let out = run(&["--shard", &format!("{i}/2")]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let path = dir.join(format!("j{k}p{i}.json"));
            std::fs::write(&path, &out.stdout).unwrap();
            names.push(path.display().to_string());
        }
        let merged = dir.join(format!("j{k}.json"));
        let out = Command::new(bin)
            .args(["merge", &names[1], &names[0], "--out"])
            .arg(&merged)
            .output()
            .unwrap();
        assert_eq!(
            full.status.code(),
            out.status.code(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
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
        assert!(checked.status.code().is_some_and(|c| c <= 1));
        let out = Command::new(bin)
            .args(["merge", &names[0], "--out"])
            .arg(&merged)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("shard 1/2 missing"), "{err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `scripts/slurm-regime-map.sh` on a basin map and (after the word `bound`) on a bound: the
/// array's tasks run as a plain loop over `SLURM_ARRAY_TASK_ID`, then the merge step; the merged
/// certificate equals the unsharded one.
#[test]
fn slurm_array_shards_basin_maps_and_bounds() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = format!("{root}/scripts/slurm-regime-map.sh");
    let dir = std::env::temp_dir().join(format!("eoscert-slurm-maps-{}", std::process::id()));
    let bin = env!("CARGO_BIN_EXE_eoscert");
    let jobs: [(&str, &[&str]); 2] = [
        (
            "regime-map",
            &[
                "--eta",
                "1.1",
                "--init-box",
                "0.5:1.2,0.5:1.2",
                "--cells",
                "5",
            ],
        ),
        (
            "bound",
            &[
                "--phi",
                "quad",
                "--box",
                "x:3.3:3.4,y:0.3:0.31",
                "--eta-range",
                "0.05:0.1",
                "--max-depth",
                "4",
                "--backend",
                "mpfr:128",
            ],
        ),
    ];
    for (k, (cmd, flags)) in jobs.iter().enumerate() {
        let out_dir = dir.join(format!("job{k}"));
        let d = out_dir.to_str().unwrap();
        let word: &[&str] = if *cmd == "bound" { &["bound"] } else { &[] };
        for i in 0..2 {
            let o = Command::new("bash")
                .arg(&script)
                .args(["shard", "2", d, "--"])
                .args(word)
                .args(*flags)
                .env("EOSCERT_BIN", bin)
                .env("SLURM_ARRAY_TASK_ID", i.to_string())
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        let m = Command::new("bash")
            .arg(&script)
            .args(["merge", "2", d])
            .env("EOSCERT_BIN", bin)
            .output()
            .unwrap();
        let full = Command::new(bin)
            .arg(cmd)
            .args(*flags)
            .arg("--json")
            .output()
            .unwrap();
        assert!(full.status.success(), "the job is verified");
        assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
        let zero = |t: &str| {
            t.lines()
                .filter(|l| !l.trim_start().starts_with("\"elapsed_s\""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let merged = std::fs::read_to_string(out_dir.join("map.json")).unwrap();
        assert_eq!(zero(&merged), zero(&String::from_utf8_lossy(&full.stdout)));
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `check --shard I/N` of a merged basin map: every shard of the check passes on the honest
/// map; a forged cell is rejected by the shard that owns it (and only there), so the N shard
/// checks together re-verify every cell.
#[test]
fn a_basin_check_runs_sharded_and_every_cell_is_checked_by_one_shard() {
    use eoscert::certificate::check::{budget::Budget, check_shard_with_budget};
    let pr = plane("1.1");
    let full = basin_certificate(&pr, &compute_basin(&pr).unwrap(), 0.0);
    let run = |c: &Certificate, i: u64, n: u64| check_shard_with_budget(c, Budget::default(), i, n);
    for n in [1u64, 3] {
        for i in 0..n {
            let report = run(&full, i, n).unwrap();
            assert!(report.details[0].contains(&format!("check shard {i}/{n}")));
        }
    }
    let mut forged = full.clone();
    let cells = forged.evidence["cells"].as_array_mut().unwrap();
    let k = cells
        .iter()
        .position(|c| {
            c["label"] == "converged" && c["image"] == false && c["steps"].as_u64() > Some(3)
        })
        .unwrap();
    cells[k]["steps"] = json!(0);
    let level = cells[k]["level"].as_u64().unwrap();
    let position = cells[k]["index"]
        .as_array()
        .unwrap()
        .iter()
        .fold(0, |acc, x| acc * 6 + (x.as_u64().unwrap() >> level));
    assert!(check(&forged).is_err());
    for i in 0..3 {
        assert_eq!(
            run(&forged, i, 3).is_err(),
            position % 3 == i,
            "shard {i}/3"
        );
    }
    assert!(run(&full, 3, 3).is_err());
}
