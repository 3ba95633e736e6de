//! Claim `implicit-bias`: proofs, independent references, the checker's rejections and the CLI.

use crate::util::{eoscert, q, stderr};
use eoscert::arith::Backend;
use eoscert::certificate::check::budget::Budget;
use eoscert::certificate::check::{check, check_with_budget};
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use eoscert::model::diagonal::{Dataset, OutcomeF64, Sampler, run_f64};
use num_rational::BigRational;

const CSV: &str =
    "1,0.5,-0.3,0.8,-0.6,0.2,1.25\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";

fn prove(gamma: &str, sampler: Sampler, backend: &str) -> Certificate {
    let problem = ImplicitBiasProblem::new(
        Dataset::from_csv(CSV).unwrap(),
        q("0.1"),
        q(gamma),
        sampler,
        100_000,
    )
    .unwrap();
    prove_implicit_bias(&problem, backend.parse::<Backend>().unwrap()).unwrap()
}

fn array(cert: &Certificate, name: &str) -> Vec<(f64, f64)> {
    match &cert.quantities[name] {
        Quantity::Array(items) => items
            .iter()
            .map(|e| (e.lo.parse().unwrap(), e.hi.parse().unwrap()))
            .collect(),
        other => panic!("{name}: {other:?}"),
    }
}

/// A float64 run (the fast path, not the rigorous code) lands inside the enclosures.
fn agrees_with_f64(cert: &Certificate, gamma: f64, sampler: Sampler) {
    let (x, y) = Dataset::from_csv(CSV).unwrap().to_f64();
    let run = run_f64(&x, &y, 0.1, gamma, sampler, 1_000_000, 1e-30);
    assert_eq!(run.outcome, OutcomeF64::Converged);
    for (name, reference, tol) in [("beta_limit", &run.beta, 1e-10), ("gain", &run.gain, 1e-10)] {
        for ((lo, hi), v) in array(cert, name).iter().zip(reference) {
            assert!(hi - lo <= 1e-12, "{name}: width {}", hi - lo);
            assert!(
                *lo - tol <= *v && *v <= *hi + tol,
                "{name}: {v} vs [{lo}, {hi}]"
            );
        }
    }
}

#[test]
fn gd_large_stepsize_is_proved_and_rechecked() {
    let cert = prove("1.4", Sampler::Full, "mpfr:512");
    assert!(cert.verified, "{}", cert.reason);
    assert_eq!(cert.quantities["equal"], Quantity::Bool(true));
    for name in ["beta_implicit", "beta_flow"] {
        assert!(array(&cert, name).iter().all(|(lo, hi)| hi - lo <= 1e-12));
    }
    agrees_with_f64(&cert, 1.4, Sampler::Full);
    // Large steps move the limit away from the gradient-flow solution (by ~0.04 here).
    let shift = array(&cert, "beta_limit")
        .iter()
        .zip(array(&cert, "beta_flow"))
        .map(|(a, b)| (a.0 - b.0).abs())
        .fold(0.0, f64::max);
    assert!(shift > 0.01, "{shift}");
    assert!(check(&cert).unwrap().verified);
}

#[test]
fn sgd_is_proved_and_rechecked() {
    let sampler = Sampler::sgd(1, 1, 3).unwrap();
    let cert = prove("0.5", sampler, "mpfr:1024");
    assert!(cert.verified, "{}", cert.reason);
    agrees_with_f64(&cert, 0.5, sampler);
    assert!(check(&cert).unwrap().verified);
}

#[test]
fn the_checker_rejects_altered_certificates() {
    let cert = prove("1.4", Sampler::Full, "mpfr:512");
    let tamper = |f: &dyn Fn(&mut Certificate)| {
        let mut c = cert.clone();
        f(&mut c);
        check(&c).unwrap_err().to_string()
    };
    // A limit enclosure shifted off the true value.
    let e = tamper(&|c| {
        if let Some(Quantity::Array(items)) = c.quantities.get_mut("beta_limit") {
            items[0].lo = items[0].hi.clone();
            items[0].hi = format!("{}1", items[0].hi);
        }
    });
    assert!(e.contains("beta_limit"), "{e}");
    // A gain claimed too narrow.
    let e = tamper(&|c| {
        if let Some(Quantity::Array(items)) = c.quantities.get_mut("gain") {
            items[1].hi = items[1].lo.clone();
        }
    });
    assert!(e.contains("gain"), "{e}");
    // Different data.
    let e = tamper(&|c| c.model.data.as_mut().unwrap()[0][0] = "1.01".into());
    assert!(!e.is_empty());
    // A Krawczyk box moved away.
    let e = tamper(&|c| c.evidence["kkt"]["box"][0]["lo"] = "100".into());
    assert!(e.contains("kkt"), "{e}");
    // Fewer steps than replayed.
    let e = tamper(&|c| c.evidence["steps"] = 10.into());
    assert!(e.contains("steps"), "{e}");
    // equal: false cannot be verified.
    let e = tamper(&|c| {
        c.quantities.insert("equal".into(), Quantity::Bool(false));
    });
    assert!(e.contains("equal"), "{e}");
}

#[test]
fn too_large_a_stepsize_is_not_verified_with_the_reason() {
    let cert = prove("1.6", Sampler::Full, "mpfr:256");
    assert!(!cert.verified);
    assert!(cert.reason.contains("|γg| ≥ 1"), "{}", cert.reason);
    assert!(!check(&cert).unwrap().verified);
}

#[test]
fn f64_backend_never_verifies() {
    let cert = prove("1.4", Sampler::Full, "f64");
    assert!(!cert.verified && !cert.rigorous);
}

/// Bad input for `implicit-bias` and `dln-sweep` (exit 2), one command line each; `DATA` is
/// the data file.
const BAD_LINES: &[&str] = &[
    "implicit-bias --data DATA --alpha 0.1 --stepsize -1",
    "implicit-bias --data DATA --alpha 0 --stepsize 1",
    "implicit-bias --data DATA --alpha 0.1 --stepsize 0.5 --sgd --batch 2",
    "implicit-bias --alpha 0.1 --stepsize 0.5",
    "implicit-bias --data /nonexistent.csv --alpha 0.1 --stepsize 0.5",
    "implicit-bias --data DATA --alpha 0.1 --stepsize 0.5 --backend rational",
    "dln-sweep --gaussian 20,30 --alpha 0.1 --stepsizes 0.1:0.2:3",
    "dln-sweep --gaussian 20,30,3 --alpha 0.1 --stepsizes 0.2:0.1:3",
];

#[test]
fn cli_exit_codes() {
    let dir = std::env::temp_dir().join(format!("eoscert-ib-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("data.csv");
    std::fs::write(&csv, CSV).unwrap();
    let csv = csv.to_str().unwrap();
    let ok = eoscert(&[
        "implicit-bias",
        "--data",
        csv,
        "--alpha",
        "0.1",
        "--stepsize",
        "1.4",
        "--json",
    ]);
    assert_eq!(ok.status.code(), Some(0));
    let cert: Certificate = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(cert.claim, "implicit-bias");
    let bad = eoscert(&[
        "implicit-bias",
        "--data",
        csv,
        "--alpha",
        "0.1",
        "--stepsize",
        "1.6",
    ]);
    assert_eq!(bad.status.code(), Some(1));
    for line in BAD_LINES {
        let line = line.replace("DATA", csv);
        let args: Vec<&str> = line.split_whitespace().collect();
        let out = eoscert(&args);
        assert_eq!(out.status.code(), Some(2), "{line}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    let (svg, table) = (dir.join("s.svg"), dir.join("s.csv"));
    let out = eoscert(&[
        "dln-sweep",
        "--gaussian",
        "5,10,2",
        "--alpha",
        "0.1",
        "--stepsizes",
        "0.05:0.3:4",
        "--seeds",
        "2",
        "--csv",
        table.to_str().unwrap(),
        "--plot",
        svg.to_str().unwrap(),
    ]);
    // A float exploration claims nothing: exit 0, as `sweep` (docs/cli.md, exit status).
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&table).unwrap();
    assert!(text.starts_with("method,stepsize,seed,outcome"));
    assert_eq!(text.lines().count(), 1 + 4 * 3);
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
}

/// `dln-sweep --certify` (one spot per method, at the top of the grid: on this 3×6 instance GD
/// at γ = 0.3 is proved in about a second, SGD hits |γg| ≥ 1), `--json`, `--out`, `--gains-csv` and `--gains-plot`.
#[test]
fn dln_sweep_certified_spots_and_gains() {
    let dir = std::env::temp_dir().join(format!("eoscert-dln-spots-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (gains, plot, out) = (dir.join("g.csv"), dir.join("g.svg"), dir.join("certs"));
    let o = eoscert(&[
        "dln-sweep",
        "--gaussian",
        "3,6,3",
        "--alpha",
        "0.1",
        "--stepsizes",
        "0.1:0.3:2",
        "--seeds",
        "1",
        "--certify",
        "1",
        "--json",
        "--gains-csv",
        gains.to_str().unwrap(),
        "--gains-plot",
        plot.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    // The spots are reported and written, not the exit status (docs/cli.md, exit status).
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let spots = report["spots"].as_array().unwrap();
    assert_eq!(spots.len(), 2);
    let gd = &spots[0];
    assert_eq!(
        (gd["method"].as_str(), gd["verified"].as_bool()),
        (Some("gd"), Some(true))
    );
    // The certified enclosure of ‖β∞ − β*‖² against the float sweep's value.
    let lo: f64 = gd["recovery_error"]["lo"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let hi: f64 = gd["recovery_error"]["hi"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let float = gd["f64_error"].as_f64().unwrap();
    assert!(
        lo <= hi && hi - lo < 1e-15 && (float - lo).abs() < 1e-6,
        "{gd}"
    );
    assert!(gd["f64_offset"].is_number());
    let sgd = &spots[1];
    assert_eq!(sgd["verified"].as_bool(), Some(false));
    assert!(
        sgd["reason"].as_str().unwrap().contains("|γg| ≥ 1"),
        "{sgd}"
    );
    // The GD spot's certificate re-checks.
    let cert = out.join("spot-gd-0.json");
    let c = eoscert(&["check", cert.to_str().unwrap()]);
    assert_eq!(
        c.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&c.stdout)
    );
    let text = std::fs::read_to_string(&gains).unwrap();
    assert!(text.starts_with("method,stepsize,seed,coordinate,support,gain"));
    assert_eq!(text.lines().count(), 1 + 2 * 6);
    assert!(std::fs::read_to_string(&plot).unwrap().contains("supp(β*)"));
    assert_eq!(report["gains"].as_array().unwrap().len(), 2);
}

/// The shadow (centre + proved radius) after k steps holds the exact rational run, and its
/// radius stays near the rounding level (no half-bit-per-step widening).
#[test]
fn implicit_bias_shadow_holds_the_exact_run() {
    use eoscert::arith::{MpfrInterval, RationalInterval, Scalar};
    use eoscert::certify::implicit_bias::shadow::Shadow;
    use eoscert::model::diagonal::{Network, State};
    let data = Dataset::from_csv(CSV).unwrap();
    let (n, d) = (data.n(), data.d());
    let gamma = q("1.4");
    let c = &gamma / BigRational::from_integer(n.into());
    let net_q = Network::<RationalInterval>::new(&data, &c, &());
    let net_m = Network::<MpfrInterval>::new(&data, &c, &256);
    let mut exact = State::<RationalInterval>::start(&q("0.1"), d, &());
    let mut shadow = Shadow::<MpfrInterval>::start(&data.x, &q("0.1"), &c, Sampler::Full, &256);
    let all: Vec<usize> = (0..n).collect();
    // Exact bit sizes triple every step: 6 steps.
    for k in 0..6 {
        exact.step(&net_q, &all);
        assert!(shadow.step(&net_m, &all, k).is_ok());
    }
    let enc = shadow.enclosure();
    for (e, s) in exact
        .wp
        .iter()
        .chain(&exact.wm)
        .zip(enc.wp.iter().chain(&enc.wm))
    {
        let (v, _) = e.bounds().unwrap();
        let (lo, hi) = s.bounds().unwrap();
        assert!(lo <= v && v <= hi);
    }
    assert!(shadow.radius_f64() < 1e-60, "{}", shadow.radius_f64());
    for k in 6..2000 {
        assert!(shadow.step(&net_m, &all, k).is_ok());
    }
    // 2000 steps at the edge of stability: the radius grows by far less than 2^1000.
    assert!(shadow.radius_f64() < 1e-50, "{}", shadow.radius_f64());
}

fn gaussian_problem(seed: u64, gamma: &str, sampler: Sampler) -> ImplicitBiasProblem {
    ImplicitBiasProblem::new(
        Dataset::gaussian(4, 8, 2, seed).unwrap().0,
        q("0.1"),
        q(gamma),
        sampler,
        200_000,
    )
    .unwrap()
}

/// Gaussian 4×8 instances (n = 4, where the interval run did not close) close for GD and for
/// reshuffled SGD at 256 bits, and re-check.
#[test]
fn implicit_bias_n4_gaussian_closes_gd_and_sgd() {
    for (gamma, sampler) in [
        ("0.2", Sampler::Full),
        ("0.5", Sampler::sgd(1, 0, 4).unwrap()),
    ] {
        let cert =
            prove_implicit_bias(&gaussian_problem(0, gamma, sampler), Backend::Mpfr(256)).unwrap();
        assert!(cert.verified, "{}", cert.reason);
        assert_eq!(cert.evidence["precision_bits"], 256);
        assert!(
            !cert.evidence["shadow"]["lambdas"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        // A generous budget: a replay of a few thousand steps on a loaded machine.
        let budget = Budget::new(std::time::Duration::from_secs(600));
        assert!(check_with_budget(&cert, budget).unwrap().verified);
    }
}

/// Mutants of the shadow's constants: a Λ̄ witness too small, a witness moved, none at step 0.
#[test]
fn implicit_bias_checker_rejects_broken_shadow_constants() {
    let cert = prove("1.4", Sampler::Full, "mpfr:256");
    assert!(cert.verified, "{}", cert.reason);
    let tamper = |f: &dyn Fn(&mut Certificate)| {
        let mut c = cert.clone();
        f(&mut c);
        check(&c).unwrap_err().to_string()
    };
    let e = tamper(&|c| c.evidence["shadow"]["lambdas"][0] = "1/1000000".into());
    assert!(e.contains("shadow"), "{e}");
    let e = tamper(&|c| {
        let l = q(c.evidence["shadow"]["lambdas"][0].as_str().unwrap());
        c.evidence["shadow"]["lambdas"][0] =
            eoscert::certificate::format_exact(&(l * BigRational::new(9.into(), 10.into()))).into();
    });
    assert!(e.contains("Λ̄"), "{e}");
    let e = tamper(&|c| c.evidence["shadow"]["witness_steps"][0] = 1.into());
    assert!(e.contains("witness_steps"), "{e}");
    let e = tamper(&|c| c.evidence["shadow"]["radius"] = "0".into());
    assert!(e.contains("radius"), "{e}");
    // A later witness lowered by a tenth.
    let e = tamper(&|c| {
        let w = c.evidence["shadow"]["lambdas"].as_array_mut().unwrap();
        let last = w.len() - 1;
        let l = q(w[last].as_str().unwrap());
        w[last] =
            eoscert::certificate::format_exact(&(l * BigRational::new(9.into(), 10.into()))).into();
    });
    assert!(e.contains("not proved"), "{e}");
}
