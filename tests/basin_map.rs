//! The basin map (claim `basin-map`): the checker accepts it and rejects tampered cells,
//! neighbourhoods and escape thresholds; the labels agree with float64 GD from each cell's
//! corners (an independent reference: a proved label contradicting the float run fails).

use std::sync::OnceLock;

use crate::util::q;
use eoscert::certificate::check::check;
use eoscert::certify::basin::{
    BasinMap, BasinProblem, Label, basin_certificate, cell_bounds, compute_basin,
};
use num_rational::BigRational;
use num_traits::ToPrimitive;
use serde_json::json;

fn plane() -> BasinProblem {
    BasinProblem {
        depth: 2,
        target: q("1"),
        eta: q("1.1"),
        init_box: vec![(q("0.3"), q("2")), (q("0.3"), q("2"))],
        grid: 24,
        max_level: 1,
        max_steps: 400,
    }
}

fn computed() -> &'static (BasinProblem, BasinMap) {
    static MAP: OnceLock<(BasinProblem, BasinMap)> = OnceLock::new();
    MAP.get_or_init(|| {
        let pr = plane();
        let map = compute_basin(&pr).unwrap();
        (pr, map)
    })
}

fn cert() -> eoscert::certificate::Certificate {
    let (pr, map) = computed();
    basin_certificate(pr, map, 0.0)
}

#[test]
fn checker_accepts_the_plane_map() {
    let (_, map) = computed();
    let conv = map
        .cells
        .iter()
        .filter(|c| c.label == Label::Converged)
        .count();
    let div = map
        .cells
        .iter()
        .filter(|c| c.label == Label::Diverged)
        .count();
    assert!(conv > 10 && div > 10, "converged {conv}, diverged {div}");
    assert_eq!(map.period, 2);
    check(&cert()).expect("the checker accepts the basin map");
}

/// f64 GD from (θ₁, θ₂): Some(true) converged to a period-two orbit on L, Some(false) diverged.
fn float_fate(t1: f64, t2: f64) -> Option<bool> {
    let (mut a, mut b) = ((t1 + t2) / 2.0, (t1 - t2) / 2.0);
    for _ in 0..5000 {
        let rho = 1.1 * (a * a - b * b - 1.0);
        (a, b) = (a * (1.0 - rho), b * (1.0 + rho));
        if a.abs() > 1e8 || b.abs() > 1e8 {
            return Some(false);
        }
    }
    (b.abs() < 1e-9).then_some(true)
}

#[test]
fn labels_agree_with_float_gd_at_the_cell_corners() {
    let (pr, map) = computed();
    let mut compared = 0;
    for c in map.cells.iter().filter(|c| c.label != Label::Undetermined) {
        let b = cell_bounds(pr, c.level, &c.index);
        let f = |x: &BigRational| x.to_f64().unwrap();
        for (t1, t2) in [(&b[0].0, &b[1].0), (&b[0].1, &b[1].1), (&b[0].0, &b[1].1)] {
            let want = c.label == Label::Converged;
            assert_eq!(float_fate(f(t1), f(t2)), Some(want), "cell {c:?}");
            compared += 1;
        }
    }
    assert!(compared > 50);
}

#[test]
fn line_map_checks_for_depth_three() {
    let pr = BasinProblem {
        depth: 3,
        target: q("1"),
        eta: q("0.75"),
        init_box: vec![(q("0.2"), q("1.5"))],
        grid: 64,
        max_level: 3,
        max_steps: 400,
    };
    let map = compute_basin(&pr).unwrap();
    assert_eq!(map.period, 2);
    let c = basin_certificate(&pr, &map, 0.0);
    check(&c).expect("the checker accepts the line map");
    let conv = map
        .cells
        .iter()
        .filter(|c| c.label == Label::Converged)
        .count();
    assert!(conv > 0);
}

fn first(c: &eoscert::certificate::Certificate, label: &str) -> usize {
    c.evidence["cells"]
        .as_array()
        .unwrap()
        .iter()
        .position(|x| x["label"] == label)
        .unwrap()
}

#[test]
fn a_diverged_label_on_a_converging_cell_is_rejected() {
    let mut c = cert();
    let k = first(&c, "converged");
    c.evidence["cells"][k]["label"] = json!("diverged");
    assert!(check(&c).is_err());
}

#[test]
fn a_moved_cell_is_rejected() {
    let mut c = cert();
    let k = first(&c, "converged");
    let u = first(&c, "undetermined");
    let (ik, iu) = (
        c.evidence["cells"][k]["index"].clone(),
        c.evidence["cells"][u]["index"].clone(),
    );
    let (lk, lu) = (
        c.evidence["cells"][k]["level"].clone(),
        c.evidence["cells"][u]["level"].clone(),
    );
    // Swap the positions of a converged and an undetermined cell: still a partition, but the
    // converged label now sits on a cell that does not converge provably.
    c.evidence["cells"][k]["index"] = iu;
    c.evidence["cells"][k]["level"] = lu;
    c.evidence["cells"][u]["index"] = ik;
    c.evidence["cells"][u]["level"] = lk;
    assert!(check(&c).is_err());
    // A duplicated cell breaks the partition.
    let mut d = cert();
    d.evidence["cells"][1] = d.evidence["cells"][0].clone();
    assert!(check(&d).is_err());
}

#[test]
fn broken_prover_pieces_are_rejected() {
    // A neighbourhood far too large for the contraction bound (a broken capture proof).
    let mut c = cert();
    c.evidence["neighbourhoods"][0]["eps"] = json!("1/2");
    assert!(check(&c).is_err());
    // An escape threshold below the lemma's max(5, 4ηy) (a broken escape lemma).
    let mut d = cert();
    d.evidence["escape"] = json!("2");
    assert!(check(&d).is_err());
    // A stated fraction that is not the recomputed one.
    let mut e = cert();
    e.quantities.insert(
        "converged_fraction".into(),
        eoscert::certificate::Quantity::Enclosure(eoscert::certificate::Enclosure {
            lo: "0.99".into(),
            hi: "0.99".into(),
        }),
    );
    assert!(check(&e).is_err());
}

#[test]
fn an_image_proof_listed_before_its_cells_is_rejected() {
    let c = cert();
    let cells = c.evidence["cells"].as_array().unwrap();
    let k = cells
        .iter()
        .position(|x| x["image"] == true)
        .expect("some cell is proved by its image");
    // Move the image-proved cell to the front: the cells its image lands in now come later.
    let mut moved = c.clone();
    let mut list = cells.clone();
    let cell = list.remove(k);
    list.insert(0, cell);
    moved.evidence["cells"] = json!(list);
    assert!(check(&moved).is_err());
}

/// The `regime` column of `sweep --csv`: (η, label) per grid point.
fn sweep_labels(lo: &str, hi: &str, points: usize) -> Vec<(f64, String)> {
    let dir = std::env::temp_dir().join(format!("eoscert-sweep-regime-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("sweep.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_eoscert"))
        .args([
            "sweep",
            "--depth",
            "2",
            "--eta-range",
            &format!("{lo}:{hi}"),
            "--points",
            &points.to_string(),
            "--init",
            "1.3,0.77",
            "--steps",
            "4000",
            "--last",
            "1",
            "--csv",
            csv.to_str().unwrap(),
            "--quiet",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("eta,step,r,loss,gn_sharpness,regime"));
    text.lines()
        .skip(1)
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[5].to_owned())
        })
        .collect()
}

/// The labels never claim a period-2 orbit beyond its proved flip √5 − 1 (p = 2, y = 1; the
/// closed form of `eta_end_period_2`), nor period 4 before it.
fn consistent_with_the_flip(labels: &[(f64, String)]) -> Result<(), String> {
    let flip = 5f64.sqrt() - 1.0;
    for (eta, label) in labels {
        let bad = (label == "supercritical" && *eta > flip - 1e-9)
            || (label == "period-4" && *eta < flip + 1e-9);
        if bad {
            return Err(format!("η = {eta}: {label}"));
        }
    }
    Ok(())
}

#[test]
fn sweep_regime_column_respects_the_proved_flip() {
    let labels = sweep_labels("1.15", "1.27", 121);
    consistent_with_the_flip(&labels).unwrap();
    let count = |name: &str| labels.iter().filter(|(_, l)| l == name).count();
    assert!(count("supercritical") > 30, "{labels:?}");
    assert!(count("period-4") > 10, "{labels:?}");
    // A wrong fast classifier that keeps the period-2 label up to η = 1.3 is caught.
    let wrong: Vec<(f64, String)> = labels
        .iter()
        .map(|(eta, l)| {
            let l = if *eta < 1.3 {
                "supercritical".to_owned()
            } else {
                l.clone()
            };
            (*eta, l)
        })
        .collect();
    assert!(consistent_with_the_flip(&wrong).is_err());
}
