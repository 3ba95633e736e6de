//! The implicit-bias tail lemma (frozen-kernel contraction of the residual) and the
//! with-replacement sampler: independent references, end-to-end proofs and tampering.

use eoscert::arith::Backend;
use eoscert::certificate::check::check;
use eoscert::certificate::{Certificate, Quantity};
use eoscert::certify::implicit_bias::tail::{TailInput, find_tail};
use eoscert::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use eoscert::model::diagonal::WithReplacement;
use eoscert::model::diagonal::{Dataset, Sampler};
use num_rational::BigRational;

const CSV: &str =
    "1,0.5,-0.3,0.8,-0.6,0.2,1.25\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";

fn prove(gamma: &str, sampler: Sampler, backend: &str) -> Certificate {
    let problem = ImplicitBiasProblem::new(
        Dataset::from_csv(CSV).unwrap(),
        BigRational::new(1.into(), 10.into()),
        eoscert::arith::parse_rational(gamma).unwrap(),
        sampler,
        100_000,
    )
    .unwrap();
    prove_implicit_bias(&problem, backend.parse::<Backend>().unwrap()).unwrap()
}

/// The schedule re-implemented from its documented definition (SplitMix64, partial Fisher–Yates).
fn replay_definition(n: usize, b: usize, seed: u64, steps: usize) -> Vec<Vec<usize>> {
    let mut state = seed;
    let mut out = Vec::new();
    for _ in 0..steps {
        let mut p: Vec<usize> = (0..n).collect();
        for t in 0..b {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            let j = t + (z % (n - t) as u64) as usize;
            p.swap(t, j);
        }
        p.truncate(b);
        out.push(p);
    }
    out
}

#[test]
fn with_replacement_schedule_matches_its_definition_and_is_uniform() {
    let (n, b) = (5, 2);
    let ours: Vec<Vec<usize>> = WithReplacement::new(n, b, 42).take(1000).collect();
    assert_eq!(ours, replay_definition(n, b, 42, 1000));
    // The sampler's stream is the schedule's.
    let via_sampler: Vec<Vec<usize>> = Sampler::WithReplacement { batch: b, seed: 42 }
        .batches(n)
        .take(1000)
        .collect();
    assert_eq!(via_sampler, ours);
    // Each sample appears with frequency b/n = 0.4; batches have distinct entries.
    let draws = 100_000;
    let mut count = vec![0usize; n];
    for batch in WithReplacement::new(n, b, 7).take(draws) {
        assert_ne!(batch[0], batch[1]);
        for j in batch {
            count[j] += 1;
        }
    }
    for c in count {
        let f = c as f64 / draws as f64;
        assert!((f - 0.4).abs() < 0.01, "frequency {f}");
    }
}

fn tamper(cert: &Certificate, f: &dyn Fn(&mut Certificate)) -> String {
    let mut c = cert.clone();
    f(&mut c);
    match check(&c) {
        Ok(r) => panic!("tampered certificate accepted: {r:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn with_replacement_is_proved_rechecked_and_tampering_fails() {
    let cert = prove(
        "0.5",
        Sampler::WithReplacement { batch: 1, seed: 1 },
        "mpfr:1024",
    );
    assert!(cert.verified, "{}", cert.reason);
    assert_eq!(cert.model.sampler.as_deref(), Some("with-replacement"));
    check(&cert).unwrap();
    let e = tamper(&cert, &|c| {
        if let Some(Quantity::Enclosure(p)) = c.quantities.get_mut("failure_probability") {
            p.lo = "1e-30".into();
            p.hi = "1e-30".into();
        }
    });
    assert!(e.contains("failure_probability"), "{e}");
    let e = tamper(&cert, &|c| c.evidence["tail"]["window"] = 1.into());
    assert!(e.contains("tail"), "{e}");
    let e = tamper(&cert, &|c| {
        c.evidence["tail"]["confidence_bits"] = 80.into()
    });
    assert!(e.contains("failure_probability"), "{e}");
    // Read as reshuffling, the evidence of the probabilistic lemma is rejected.
    let e = tamper(&cert, &|c| c.model.sampler = None);
    assert!(!e.is_empty());
    let e = tamper(&cert, &|c| c.model.sampler = Some("bootstrap".into()));
    assert!(e.contains("sampler"), "{e}");
}

#[test]
fn tail_witnesses_are_rechecked() {
    let cert = prove("1.4", Sampler::Full, "mpfr:512");
    assert!(cert.verified, "{}", cert.reason);
    let e = tamper(&cert, &|c| c.evidence["tail"]["tau"] = "1000".into());
    assert!(e.contains("τ"), "{e}");
    let e = tamper(&cert, &|c| c.evidence["tail"]["lambda"] = "1/1000".into());
    assert!(e.contains("Λ"), "{e}");
    // A smaller s₀ raises D₀ (so the tight Λ no longer bounds λ_max) or lowers the Σ|x| budget.
    let e = tamper(&cert, &|c| c.evidence["tail"]["s0"] = "1e-40".into());
    assert!(e.contains("evidence.tail"), "{e}");
    let e = tamper(&cert, &|c| c.evidence["tail"]["extra"] = "1".into());
    assert!(e.contains("extra"), "{e}");
    let e = tamper(&cert, &|c| c.evidence["tail"]["window"] = 10.into());
    assert!(e.contains("window"), "{e}");
    // A GD certificate must carry Λ.
    let e = tamper(&cert, &|c| {
        c.evidence["tail"].as_object_mut().unwrap().remove("lambda");
    });
    assert!(e.contains("lambda"), "{e}");
}

/// ‖P‖ in the norm (rᵀG⁻¹r)^½: with G = LLᵀ (Cholesky), ‖L⁻¹PL‖₂, by power iteration.
fn g_norm(g: &[Vec<f64>], p: &[Vec<f64>]) -> f64 {
    let n = g.len();
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let s: f64 = g[i][j] - (0..j).map(|k| l[i][k] * l[j][k]).sum::<f64>();
            l[i][j] = if i == j { s.sqrt() } else { s / l[j][j] };
        }
    }
    let mul = |a: &[Vec<f64>], v: &[f64]| -> Vec<f64> {
        (0..n)
            .map(|i| (0..n).map(|k| a[i][k] * v[k]).sum())
            .collect()
    };
    let solve_l = |b: &[f64]| -> Vec<f64> {
        let mut x = vec![0.0; n];
        for i in 0..n {
            x[i] = (b[i] - (0..i).map(|k| l[i][k] * x[k]).sum::<f64>()) / l[i][i];
        }
        x
    };
    let solve_lt = |b: &[f64]| -> Vec<f64> {
        let mut x = vec![0.0; n];
        for i in (0..n).rev() {
            x[i] = (b[i] - ((i + 1)..n).map(|k| l[k][i] * x[k]).sum::<f64>()) / l[i][i];
        }
        x
    };
    let pt: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| p[j][i]).collect()).collect();
    let lt: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| l[j][i]).collect()).collect();
    // A = L⁻¹PL, AᵀA v = Lᵀ Pᵀ L⁻ᵀ L⁻¹ P L v.
    let mut v = vec![1.0; n];
    let mut est = 0.0;
    for _ in 0..2000 {
        let w = solve_l(&mul(p, &mul(&l, &v)));
        let u = mul(&lt, &mul(&pt, &solve_lt(&w)));
        let norm = u.iter().map(|x| x * x).sum::<f64>().sqrt();
        est = norm.sqrt();
        v = u.iter().map(|x| x / norm).collect();
    }
    est
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for k in 0..=p.len() {
            let mut q = p.clone();
            q.insert(k, n - 1);
            out.push(q);
        }
    }
    out
}

/// The order-independent epoch bound θ_lin² = 1 − cμτ/(1 + cF)² against every ordering's epoch
/// product, on seeded Gaussian kernels; a bound with max_j G_jj in place of τ (a plausible slip) is
/// violated, so the comparison can fail.
#[test]
fn epoch_bound_holds_for_every_ordering() {
    let mut violated_broken = false;
    for seed in 0..6u64 {
        let (data, _) = Dataset::gaussian(4, 6, 2, seed).unwrap();
        let (x, _) = data.to_f64();
        let n = x.len();
        let g: Vec<Vec<f64>> = (0..n)
            .map(|j| {
                (0..n)
                    .map(|l| (0..6).map(|i| x[j][i] * x[l][i]).sum())
                    .collect()
            })
            .collect();
        let lam = (0..n).map(|j| g[j][j]).fold(0.0, f64::max);
        let c = 1.5 / lam; // cΛ = 1.5 < 2
        // λ_min by inverse-free power iteration on (tr G)·I − G.
        let tr: f64 = (0..n).map(|j| g[j][j]).sum();
        let mut v = vec![1.0, -0.5, 0.25, 0.7];
        let mut top = 0.0;
        for _ in 0..5000 {
            let u: Vec<f64> = (0..n)
                .map(|i| tr * v[i] - (0..n).map(|k| g[i][k] * v[k]).sum::<f64>())
                .collect();
            top = u.iter().map(|a| a * a).sum::<f64>().sqrt();
            v = u.iter().map(|a| a / top).collect();
        }
        let tau = tr - top;
        let f2: f64 = (0..n)
            .flat_map(|j| (0..n).filter(move |&l| l != j).map(move |l| (j, l)))
            .map(|(j, l)| g[j][l] * g[j][l])
            .sum::<f64>()
            / 2.0;
        let mu = 2.0 - c * lam;
        let cf = 1.0 + c * f2.sqrt();
        let theta = (1.0 - c * mu * tau / (cf * cf)).sqrt();
        let broken = (1.0 - c * mu * lam / (cf * cf)).max(0.0).sqrt();
        for order in permutations(n) {
            let mut p: Vec<Vec<f64>> = (0..n)
                .map(|i| (0..n).map(|j| f64::from(u8::from(i == j))).collect())
                .collect();
            for &j in &order {
                // A_j = I − c G e_j e_jᵀ: column j of the product changes.
                let row_j = p[j].clone();
                for i in 0..n {
                    for k in 0..n {
                        p[i][k] -= c * g[i][j] * row_j[k];
                    }
                }
            }
            let norm = g_norm(&g, &p);
            assert!(
                norm <= theta * (1.0 + 1e-9),
                "seed {seed}: {norm} > θ = {theta}"
            );
            violated_broken |= norm > broken;
        }
    }
    assert!(
        violated_broken,
        "the comparison never distinguishes the bounds"
    );
}

/// The lemma's Σ_{k≥K}|x_k| bound dominates a long float64 continuation of the GD run.
#[test]
fn tail_sum_bound_dominates_a_float_continuation() {
    let data = Dataset::from_csv(CSV).unwrap();
    let (x, y) = data.to_f64();
    let (n, d) = (x.len(), x[0].len());
    let gamma = 1.0;
    let c = gamma / n as f64;
    let mut wp = vec![0.1; d];
    let mut wm = vec![0.1; d];
    let step = |wp: &mut Vec<f64>, wm: &mut Vec<f64>| -> Vec<f64> {
        let beta: Vec<f64> = (0..d)
            .map(|i| 0.5 * (wp[i] * wp[i] - wm[i] * wm[i]))
            .collect();
        let r: Vec<f64> = (0..n)
            .map(|j| (0..d).map(|i| x[j][i] * beta[i]).sum::<f64>() - y[j])
            .collect();
        let xs: Vec<f64> = (0..d)
            .map(|i| c * (0..n).map(|j| x[j][i] * r[j]).sum::<f64>())
            .collect();
        for i in 0..d {
            wp[i] *= 1.0 - xs[i];
            wm[i] *= 1.0 + xs[i];
        }
        xs
    };
    for _ in 0..150 {
        step(&mut wp, &mut wm);
    }
    let beta: Vec<f64> = (0..d)
        .map(|i| 0.5 * (wp[i] * wp[i] - wm[i] * wm[i]))
        .collect();
    let q = |v: f64| BigRational::from_float(v).unwrap();
    let rho: Vec<BigRational> = (0..n)
        .map(|j| {
            let r = (0..d).map(|i| x[j][i] * beta[i]).sum::<f64>() - y[j];
            q(r.abs() * 1.01 + 1e-15)
        })
        .collect();
    let dk: Vec<f64> = (0..d).map(|i| wp[i] * wp[i] + wm[i] * wm[i]).collect();
    let d_lo: Vec<BigRational> = dk.iter().map(|v| q(v * (1.0 - 1e-12))).collect();
    let d_hi: Vec<BigRational> = dk.iter().map(|v| q(v * (1.0 + 1e-12))).collect();
    let gamma_q = q(gamma);
    let input = TailInput {
        x: &data.x,
        gamma: &gamma_q,
        sampler: Sampler::Full,
        d_lo: &d_lo,
        d_hi: &d_hi,
        rho: &rho,
    };
    let bound = find_tail(&input).expect("the lemma applies at step 150");
    let s: f64 = num_traits::ToPrimitive::to_f64(&bound.s).unwrap();
    let mut sum = vec![0.0; d];
    let mut max_x: f64 = 0.0;
    for _ in 0..20_000 {
        for (acc, v) in sum.iter_mut().zip(step(&mut wp, &mut wm)) {
            *acc += v.abs();
            max_x = max_x.max(v.abs());
        }
    }
    let worst = sum.iter().copied().fold(0.0, f64::max);
    assert!(worst > 0.0 && worst <= s, "Σ|x| = {worst:e} > s = {s:e}");
    assert!(max_x <= num_traits::ToPrimitive::to_f64(&bound.x_max).unwrap());
}
