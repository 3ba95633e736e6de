//! The limit sharpness of `implicit-bias`, claim `dln-divergence` (escape
//! lemma) and `eoscert dln-threshold`, against independent float64 references and with the
//! checker's rejections.

use crate::util::eoscert;
use eoscert::arith::{Backend, parse_rational};
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Enclosure, Quantity};
use eoscert::certify::dln_divergence::prove_divergence;
use eoscert::certify::implicit_bias::{ImplicitBiasProblem, MAX_AUTO_BITS, prove_implicit_bias};
use eoscert::model::diagonal::{Dataset, OutcomeF64, Sampler, run_f64};

const CSV: &str =
    "1,0.5,-0.3,0.8,-0.6,0.2,1.25\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";

fn problem(gamma: &str, sampler: Sampler, steps: u64) -> ImplicitBiasProblem {
    ImplicitBiasProblem::new(
        Dataset::from_csv(CSV).unwrap(),
        parse_rational("0.1").unwrap(),
        parse_rational(gamma).unwrap(),
        sampler,
        steps,
    )
    .unwrap()
}

fn enclosure(cert: &Certificate, name: &str) -> (f64, f64) {
    match &cert.quantities[name] {
        Quantity::Enclosure(Enclosure { lo, hi }) => (lo.parse().unwrap(), hi.parse().unwrap()),
        other => panic!("{name}: {other:?}"),
    }
}

/// λ_max of (1/n)X diag(2√(β² + α∞⁴))Xᵀ from a float64 run (run_f64's β and gain), by power
/// iteration: an independent float reference for `sharpness_limit`.
fn sharpness_f64(gamma: f64, sampler: Sampler) -> f64 {
    let (x, y) = Dataset::from_csv(CSV).unwrap().to_f64();
    let run = run_f64(&x, &y, 0.1, gamma, sampler, 1_000_000, 1e-30);
    assert_eq!(run.outcome, OutcomeF64::Converged);
    let n = x.len();
    let d: Vec<f64> = run
        .beta
        .iter()
        .zip(&run.gain)
        .map(|(b, g)| {
            let a2 = 0.01 * (-g).exp();
            2.0 * (b * b + a2 * a2).sqrt()
        })
        .collect();
    let g: Vec<Vec<f64>> = (0..n)
        .map(|j| {
            (0..n)
                .map(|l| (0..d.len()).map(|i| x[j][i] * d[i] * x[l][i]).sum::<f64>() / n as f64)
                .collect()
        })
        .collect();
    let mut v = vec![1.0; n];
    for _ in 0..500 {
        let w: Vec<f64> = (0..n)
            .map(|j| (0..n).map(|l| g[j][l] * v[l]).sum())
            .collect();
        let norm = w.iter().map(|t| t * t).sum::<f64>().sqrt();
        v = w.iter().map(|t| t / norm).collect();
    }
    (0..n)
        .map(|j| v[j] * (0..n).map(|l| g[j][l] * v[l]).sum::<f64>())
        .sum()
}

#[test]
fn limit_sharpness_matches_float64_and_is_rechecked() {
    for (gamma, sampler, backend) in [
        ("1.4", Sampler::Full, "mpfr:512"),
        ("0.5", Sampler::sgd(1, 1, 3).unwrap(), "mpfr:1024"),
    ] {
        let cert = prove_implicit_bias(&problem(gamma, sampler, 100_000), backend.parse().unwrap())
            .unwrap();
        assert!(cert.verified, "{}", cert.reason);
        let (lo, hi) = enclosure(&cert, "sharpness_limit");
        let reference = sharpness_f64(gamma.parse().unwrap(), sampler);
        assert!(hi - lo < 1e-15, "width {}", hi - lo);
        assert!((reference - lo).abs() < 1e-9, "{reference} vs [{lo}, {hi}]");
        let (glo, ghi) = enclosure(&cert, "stepsize_times_sharpness");
        let g: f64 = gamma.parse().unwrap();
        assert!((glo - g * lo).abs() < 1e-12 && (ghi - g * hi).abs() < 1e-12);
        assert!(check(&cert).unwrap().verified);
    }
}

#[test]
fn the_checker_rejects_a_wrong_limit_sharpness() {
    let cert =
        prove_implicit_bias(&problem("1.4", Sampler::Full, 100_000), Backend::Mpfr(512)).unwrap();
    let tamper = |f: &dyn Fn(&mut Certificate)| {
        let mut c = cert.clone();
        f(&mut c);
        check(&c).unwrap_err().to_string()
    };
    // An upper bound below the true value (1.2502…).
    let e = tamper(&|c| {
        c.quantities.insert(
            "sharpness_limit".into(),
            Quantity::Enclosure(Enclosure {
                lo: "1.2".into(),
                hi: "1.25".into(),
            }),
        );
    });
    assert!(e.contains("sharpness_limit"), "{e}");
    // A shift that does not bound λ_max.
    let e = tamper(&|c| {
        c.evidence["sharpness"]["shift"] = "1.25".into();
        c.quantities.insert(
            "sharpness_limit".into(),
            Quantity::Enclosure(Enclosure {
                lo: "1.2".into(),
                hi: "1.3".into(),
            }),
        );
    });
    assert!(e.contains("LDL") || e.contains("sharpness"), "{e}");
    // γ·S claimed below 2·… (the true value is 1.7503…).
    let e = tamper(&|c| {
        c.quantities.insert(
            "stepsize_times_sharpness".into(),
            Quantity::Enclosure(Enclosure {
                lo: "1.7".into(),
                hi: "1.75".into(),
            }),
        );
    });
    assert!(e.contains("stepsize_times_sharpness"), "{e}");
}

/// λ_max(∇²F(u_k, v_k)) for k = 0..=max(steps) from a float64 GD run in the original (u, v)
/// coordinates, with the Hessian of paper 002 §2.6 written in those coordinates
/// ([[D_v H D_v, D_v H D_u + diag g], [D_u H D_v + diag g, D_u H D_u]]) and shifted power
/// iteration: an independent float reference for `sharpness` along the run.
fn sharpness_along_f64(gamma: f64, steps: &[u64]) -> Vec<f64> {
    let (x, y) = Dataset::from_csv(CSV).unwrap().to_f64();
    let (n, d) = (x.len(), x[0].len());
    let mut u = vec![2f64.sqrt() * 0.1; d];
    let mut v = vec![0.0; d];
    let h: Vec<Vec<f64>> = (0..d)
        .map(|i| {
            (0..d)
                .map(|k| (0..n).map(|j| x[j][i] * x[j][k]).sum::<f64>() / n as f64)
                .collect()
        })
        .collect();
    let grad = |u: &[f64], v: &[f64]| -> Vec<f64> {
        let r: Vec<f64> = (0..n)
            .map(|j| (0..d).map(|i| x[j][i] * u[i] * v[i]).sum::<f64>() - y[j])
            .collect();
        (0..d)
            .map(|i| (0..n).map(|j| x[j][i] * r[j]).sum::<f64>() / n as f64)
            .collect()
    };
    let mut out = Vec::new();
    for k in 0..=*steps.last().unwrap() {
        let g = grad(&u, &v);
        if steps.contains(&k) {
            // Parameters (u_1..u_d, v_1..v_d): ∂β_i/∂u_i = v_i, ∂β_i/∂v_i = u_i.
            let jac = |a: usize| if a < d { (a, v[a]) } else { (a - d, u[a - d]) };
            let m: Vec<Vec<f64>> = (0..2 * d)
                .map(|a| {
                    (0..2 * d)
                        .map(|b| {
                            let ((i, ja), (l, jb)) = (jac(a), jac(b));
                            let cross = if i == l && a != b { g[i] } else { 0.0 };
                            ja * h[i][l] * jb + cross
                        })
                        .collect()
                })
                .collect();
            let c: f64 = m
                .iter()
                .map(|row| row.iter().map(|t| t.abs()).sum::<f64>())
                .fold(0.0, f64::max);
            let mut w = vec![1.0; 2 * d];
            let mut lambda = 0.0;
            for _ in 0..200_000 {
                let z: Vec<f64> = (0..2 * d)
                    .map(|a| (0..2 * d).map(|b| m[a][b] * w[b]).sum::<f64>() + c * w[a])
                    .collect();
                let norm = z.iter().map(|t| t * t).sum::<f64>().sqrt();
                lambda = (0..2 * d).map(|a| w[a] * z[a]).sum::<f64>() - c;
                w = z.iter().map(|t| t / norm).collect();
            }
            out.push(lambda);
        }
        let (u0, v0) = (u.clone(), v.clone());
        for i in 0..d {
            u[i] = u0[i] - gamma * g[i] * v0[i];
            v[i] = v0[i] - gamma * g[i] * u0[i];
        }
    }
    out
}

#[test]
fn sharpness_along_the_run_matches_float64_and_is_rechecked() {
    let cert =
        prove_implicit_bias(&problem("1.4", Sampler::Full, 100_000), Backend::Mpfr(512)).unwrap();
    assert!(cert.verified, "{}", cert.reason);
    let Quantity::Array(values) = &cert.quantities["sharpness"] else {
        panic!("sharpness is an array")
    };
    let Quantity::Array(steps) = &cert.quantities["sharpness_steps"] else {
        panic!("sharpness_steps is an array")
    };
    let steps: Vec<u64> = steps.iter().map(|e| e.lo.parse().unwrap()).collect();
    // 0, the powers of two below K, and K.
    let (k, _) = enclosure(&cert, "steps");
    let k = k as u64;
    let mut expected = vec![0];
    expected.extend((0..20).map(|e| 1u64 << e).filter(|p| *p < k));
    expected.push(k);
    assert_eq!(steps, expected);
    let reference = sharpness_along_f64(1.4, &steps);
    for ((e, r), k) in values.iter().zip(&reference).zip(&steps) {
        let (lo, hi): (f64, f64) = (e.lo.parse().unwrap(), e.hi.parse().unwrap());
        assert!(hi - lo < 1e-12, "step {k}: width {}", hi - lo);
        assert!(
            (r - lo).abs() < 1e-6 * r.abs().max(1.0),
            "step {k}: {r} vs [{lo}, {hi}]"
        );
    }
    // At K the residual is tiny: the sharpness is the limit sharpness to many digits.
    let (slo, _) = enclosure(&cert, "sharpness_limit");
    let last: f64 = values.last().unwrap().lo.parse().unwrap();
    assert!((last - slo).abs() < 1e-9, "{last} vs {slo}");
    assert!(check(&cert).unwrap().verified);
    let tamper = |f: &dyn Fn(&mut Certificate)| {
        let mut c = cert.clone();
        f(&mut c);
        check(&c).unwrap_err().to_string()
    };
    // The enclosure at step 4 moved above itself.
    let e = tamper(&|c| {
        let Some(Quantity::Array(v)) = c.quantities.get_mut("sharpness") else {
            unreachable!()
        };
        let hi: f64 = v[3].hi.parse().unwrap();
        v[3] = Enclosure {
            lo: format!("{}", hi + 1e-6),
            hi: format!("{}", hi + 1e-3),
        };
    });
    assert!(e.contains("sharpness[3]"), "{e}");
    // The same enclosures claimed one step later.
    let e = tamper(&|c| {
        let Some(Quantity::Array(v)) = c.quantities.get_mut("sharpness_steps") else {
            unreachable!()
        };
        v[4] = Enclosure {
            lo: "9".into(),
            hi: "9".into(),
        };
    });
    assert!(e.contains("sharpness[4]") || e.contains("LDL"), "{e}");
    // A step beyond K, and sharpness without its steps.
    let e = tamper(&|c| {
        let Some(Quantity::Array(v)) = c.quantities.get_mut("sharpness_steps") else {
            unreachable!()
        };
        let last = v.len() - 1;
        v[last] = Enclosure {
            lo: format!("{}", k + 1),
            hi: format!("{}", k + 1),
        };
    });
    assert!(e.contains("sharpness_steps["), "{e}");
    let e = tamper(&|c| {
        c.quantities.remove("sharpness_steps");
    });
    assert!(e.contains("sharpness"), "{e}");
}

#[test]
fn divergence_is_proved_and_agrees_with_float64() {
    let cert = prove_divergence(
        &problem("3", Sampler::Full, 2000),
        Backend::Mpfr(256),
        MAX_AUTO_BITS,
    )
    .unwrap();
    assert!(cert.verified, "{}", cert.reason);
    let (k, _) = enclosure(&cert, "escape_step");
    // Independent: the float64 run blows up (L > 10¹⁰·L₀ or |γg| ≥ 1 … ) within a few more
    // steps, and its loss is still moderate before the escape step.
    let (x, y) = Dataset::from_csv(CSV).unwrap().to_f64();
    let run = run_f64(&x, &y, 0.1, 3.0, Sampler::Full, k as u64 + 10, 1e-30);
    assert_eq!(run.outcome, OutcomeF64::Diverged);
    assert!(check(&cert).unwrap().verified);
    // The checker rejects an altered escape step, coordinate or verdict.
    let tamper = |f: &dyn Fn(&mut Certificate)| {
        let mut c = cert.clone();
        f(&mut c);
        check(&c).unwrap_err().to_string()
    };
    let e = tamper(&|c| c.evidence["steps"] = 5.into());
    assert!(e.contains("escape_step") || e.contains("lemma"), "{e}");
    let e = tamper(&|c| {
        c.evidence["steps"] = 5.into();
        c.quantities.insert(
            "escape_step".into(),
            Quantity::Enclosure(Enclosure {
                lo: "5".into(),
                hi: "5".into(),
            }),
        );
    });
    assert!(e.contains("lemma"), "{e}");
    let e = tamper(&|c| c.evidence["coordinate"] = 2.into());
    assert!(e.contains("lemma") || e.contains("coordinate"), "{e}");
    let e = tamper(&|c| {
        c.quantities
            .insert("diverges".into(), Quantity::Bool(false));
    });
    assert!(e.contains("diverges"), "{e}");
}

#[test]
fn a_convergent_stepsize_is_not_proved_divergent() {
    let cert = prove_divergence(
        &problem("1.4", Sampler::Full, 2000),
        Backend::Mpfr(256),
        256,
    )
    .unwrap();
    assert!(!cert.verified);
    assert!(!cert.reason.is_empty());
}

#[test]
fn cli_threshold_brackets_and_writes_checkable_certificates() {
    let dir = std::env::temp_dir().join(format!("eoscert-thr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("data.csv");
    std::fs::write(&csv, CSV).unwrap();
    let csv = csv.to_str().unwrap();
    let out_dir = dir.join("certs");
    let out = eoscert(&[
        "dln-threshold",
        "--data",
        csv,
        "--alpha",
        "0.1",
        "--range",
        "1:4",
        "--refine",
        "2",
        "--max-steps-diverge",
        "300",
        "--out",
        out_dir.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &report["quantities"];
    let lo = parse_rational(q["stepsize_converges"].as_str().unwrap()).unwrap();
    let hi = parse_rational(q["stepsize_diverges"].as_str().unwrap()).unwrap();
    assert!(lo < hi);
    assert_eq!(q["stepsize_times_sharpness_le_2"], serde_json::json!(true));
    // The float evidence of the gap: grid stepsizes strictly inside the bracket, classified.
    for p in report["gap_float_evidence"].as_array().unwrap() {
        let g = parse_rational(p["stepsize"].as_str().unwrap()).unwrap();
        assert!(lo < g && g < hi, "{p}");
        let b = p["behaviour"].as_str().unwrap();
        assert!(
            ["converges", "diverges", "period-two", "undecided"].contains(&b),
            "{b}"
        );
    }
    for name in ["converges.json", "diverges.json"] {
        let status = eoscert(&["check", out_dir.join(name).to_str().unwrap()]).status;
        assert_eq!(status.code(), Some(0), "{name}");
    }
    // Bad input: an empty range.
    let bad = eoscert(&[
        "dln-threshold",
        "--data",
        csv,
        "--alpha",
        "0.1",
        "--range",
        "4:1",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
