//! `--shard I/N` on `tamper` and `sweep`: the N shards' outputs together are exactly the
//! unsharded run's output (check times aside), each row produced by exactly one shard.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_eoscert"))
}

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "eoscert-shard-commands-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The data rows of a CSV file (header and `#` comments dropped).
fn rows(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// A `tamper --times` row without its last field (the check's wall-clock seconds).
fn untimed(row: &str) -> &str {
    &row[..row.rfind(',').unwrap()]
}

/// The `mutations` and `accepted-FALSE` columns of the report's class table.
fn class_counts(report: &str) -> Vec<(String, usize, usize)> {
    report
        .lines()
        .skip_while(|l| !l.starts_with("class "))
        .skip(1)
        .take_while(|l| !l.starts_with("must be rejected"))
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (
                f[0].to_string(),
                f[1].parse().unwrap(),
                f[4].parse().unwrap(),
            )
        })
        .collect()
}

/// Shard I of N tries the mutations at positions ≡ I (mod N) of the whole job (two
/// certificates, one enumeration): interleaving the shards' `--times` rows round robin gives the
/// unsharded rows in order, and the per-class counts add up to the unsharded report's.
#[test]
fn tamper_shards_split_the_mutations_of_the_whole_job() {
    let d = dir("tamper");
    let certs: Vec<PathBuf> = [("a", "1", "1.25,0.85", "20"), ("b", "0.5", "1.5,0.5", "10")]
        .iter()
        .map(|(name, eta, init, steps)| {
            let path = d.join(format!("{name}.json"));
            let json = run(bin().args([
                "simulate", "--depth", "2", "--eta", eta, "--init", init, "--steps", steps,
                "--json",
            ]));
            std::fs::write(&path, json).unwrap();
            path
        })
        .collect();
    let tamper = |extra: &[&str], times: &Path| {
        run(bin()
            .arg("tamper")
            .args(&certs)
            .args(["--threads", "1", "--times"])
            .arg(times)
            .args(extra))
    };
    let whole_csv = d.join("whole.csv");
    let whole_report = tamper(&[], &whole_csv);
    let whole = rows(&whole_csv);
    assert!(whole.len() > 500, "{}", whole.len());
    let n = 3;
    let mut parts = Vec::new();
    let mut counts: Vec<(String, usize, usize)> = class_counts(&whole_report)
        .into_iter()
        .map(|(c, _, _)| (c, 0, 0))
        .collect();
    for i in 0..n {
        let csv = d.join(format!("part{i}.csv"));
        let report = tamper(&["--shard", &format!("{i}/{n}")], &csv);
        assert!(report.contains(&format!("shard {i}/{n}: ")), "{report}");
        for (c, m, f) in class_counts(&report) {
            let slot = counts.iter_mut().find(|x| x.0 == c).unwrap();
            slot.1 += m;
            slot.2 += f;
        }
        parts.push(rows(&csv));
    }
    assert_eq!(parts.iter().map(Vec::len).sum::<usize>(), whole.len());
    let sizes: Vec<usize> = parts.iter().map(Vec::len).collect();
    assert!(
        sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1,
        "{sizes:?}"
    );
    for (k, row) in whole.iter().enumerate() {
        assert_eq!(untimed(&parts[k % n][k / n]), untimed(row), "row {k}");
    }
    assert_eq!(counts, class_counts(&whole_report));
    std::fs::remove_dir_all(&d).ok();
}

/// Shard I of N sweeps the grid points at positions ≡ I (mod N) and certifies the `--certify`
/// points among them: its CSV rows are exactly the unsharded rows at its η, and the shards'
/// certified lines together are the unsharded ones.
#[test]
fn sweep_shards_give_the_unsharded_rows() {
    let d = dir("sweep");
    let points = 41;
    let sweep = |extra: &[&str], csv: &Path| {
        run(bin()
            .args([
                "sweep",
                "--depth",
                "2",
                "--eta-range",
                "0.5:2.3",
                "--points",
                "41",
                "--init",
                "1.25,0.85",
                "--steps",
                "200",
                "--last",
                "3",
                "--certify",
                "4",
                "--csv",
            ])
            .arg(csv)
            .args(extra))
    };
    let whole_csv = d.join("whole.csv");
    sweep(&[], &whole_csv);
    let text = std::fs::read_to_string(&whole_csv).unwrap();
    let certified = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    // The rows of each grid point, in grid order (a point's rows are consecutive).
    let mut groups: Vec<Vec<String>> = Vec::new();
    for row in rows(&whole_csv) {
        let eta = row.split(',').next().unwrap().to_string();
        match groups.last_mut() {
            Some(g) if g[0].split(',').next() == Some(eta.as_str()) => g.push(row),
            _ => groups.push(vec![row]),
        }
    }
    assert_eq!(groups.len(), points);
    assert!(
        groups.iter().any(|g| g[0].contains(",,,,")),
        "no diverged point"
    );
    let n = 3;
    let mut all_certified = Vec::new();
    for i in 0..n {
        let csv = d.join(format!("part{i}.csv"));
        sweep(&["--shard", &format!("{i}/{n}")], &csv);
        let expected: Vec<String> = groups
            .iter()
            .enumerate()
            .filter(|(j, _)| j % n == i)
            .flat_map(|(_, g)| g.clone())
            .collect();
        assert_eq!(rows(&csv), expected, "shard {i}/{n}");
        all_certified.extend(certified(&std::fs::read_to_string(&csv).unwrap()));
    }
    let mut whole_certified = certified(&text);
    assert_eq!(whole_certified.len(), 4);
    whole_certified.sort();
    all_certified.sort();
    assert_eq!(all_certified, whole_certified);
    std::fs::remove_dir_all(&d).ok();
}
