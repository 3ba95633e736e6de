//! The diagonal-network model against exact-rational (u, v) gradient descent and against the
//! closed form β_k = −α_k² ⊙ sinh(S_k) evaluated independently at 600 bits.

use crate::util::q;
use eoscert::arith::{RationalInterval, Scalar};
use eoscert::model::diagonal::{Dataset, Network, OutcomeF64, Sampler, State, run_f64};
use num_rational::BigRational;
use num_traits::{One, Zero};
use rug::Float;

const CSV: &str =
    "1,0.5,-0.3,0.8,-0.6,0.2,1.25\n-0.4,1.2,0.7,-0.5,0.3,0.9,-1.0\n0.6,-0.2,1.1,0.4,0.8,-0.7,0.7\n";

fn exact(x: &RationalInterval) -> BigRational {
    let (lo, hi) = x.bounds().unwrap();
    assert_eq!(lo, hi, "the rational backend is exact here");
    lo
}

/// (S)GD in the original (u, v) coordinates, exact rationals, u₀² = 2α² handled through
/// u₀ = √2α: we track (u/√2, v/√2) =: (p, m'), for which the update is the same linear map and
/// β = u·v = 2·p·m'.
fn uv_run(
    data: &Dataset,
    alpha: &BigRational,
    gamma: &BigRational,
    sampler: Sampler,
    steps: usize,
) -> Vec<(Vec<BigRational>, Vec<BigRational>, Vec<BigRational>)> {
    let (n, d) = (data.n(), data.d());
    let b = sampler.batch_size(n);
    let mut p = vec![alpha.clone(); d]; // u/√2
    let mut m = vec![BigRational::zero(); d]; // v/√2
    let mut out = Vec::new();
    let mut batches = sampler.batches(n);
    for _ in 0..steps {
        let beta: Vec<BigRational> = p
            .iter()
            .zip(&m)
            .map(|(a, c)| a * c * BigRational::from_integer(2.into()))
            .collect();
        let batch = batches.next().unwrap();
        let mut x = vec![BigRational::zero(); d];
        for &j in &batch {
            let r: BigRational = data.x[j]
                .iter()
                .zip(&beta)
                .map(|(a, c)| a * c)
                .sum::<BigRational>()
                - &data.y[j];
            for (xi, a) in x.iter_mut().zip(&data.x[j]) {
                *xi += a * &r;
            }
        }
        let x: Vec<BigRational> = x
            .into_iter()
            .map(|v| v * gamma / BigRational::from_integer((b as i64).into()))
            .collect();
        let np: Vec<BigRational> = (0..d).map(|i| &p[i] - &x[i] * &m[i]).collect();
        let nm: Vec<BigRational> = (0..d).map(|i| &m[i] - &x[i] * &p[i]).collect();
        p = np;
        m = nm;
        let beta: Vec<BigRational> = p
            .iter()
            .zip(&m)
            .map(|(a, c)| a * c * BigRational::from_integer(2.into()))
            .collect();
        out.push((p.clone(), m.clone(), beta));
    }
    out
}

fn check_against_uv(sampler: Sampler, gamma: &str) {
    let data = Dataset::from_csv(CSV).unwrap();
    let (alpha, gamma) = (q("0.3"), q(gamma));
    let b = sampler.batch_size(data.n());
    let net = Network::<RationalInterval>::new(
        &data,
        &(&gamma / BigRational::from_integer((b as i64).into())),
        &(),
    );
    let mut state = State::<RationalInterval>::start(&alpha, data.d(), &());
    let mut batches = sampler.batches(data.n());
    let reference = uv_run(&data, &alpha, &gamma, sampler, 5);
    let mut alpha_k2 = vec![&alpha * &alpha; data.d()];
    let mut xs_all: Vec<Vec<BigRational>> = Vec::new();
    for (p, m, beta) in &reference {
        let xs: Vec<BigRational> = state
            .step(&net, &batches.next().unwrap())
            .iter()
            .map(exact)
            .collect();
        for i in 0..data.d() {
            // w± = (u ± v)/√2 = p ± m'.
            assert_eq!(exact(&state.wp[i]), &p[i] + &m[i]);
            assert_eq!(exact(&state.wm[i]), &p[i] - &m[i]);
            assert_eq!(exact(&state.beta()[i]), beta[i]);
            // α_k² = α² Π(1 − x²) = w₊w₋.
            alpha_k2[i] *= BigRational::one() - &xs[i] * &xs[i];
            assert_eq!(exact(&state.wp[i]) * exact(&state.wm[i]), alpha_k2[i]);
        }
        xs_all.push(xs);
        // β_k = −α_k² sinh(S_k), S_k = Σ 2 artanh(x_j), at 600 bits (rug, independent of eoscert).
        for i in 0..data.d() {
            let prec = 600;
            let mut s = Float::with_val(prec, 0);
            for x in &xs_all {
                let xf = Float::with_val(prec, eoscert_rug(&x[i]));
                s += Float::with_val(prec, xf.atanh_ref()) * 2u32;
            }
            let closed = -Float::with_val(prec, eoscert_rug(&alpha_k2[i])) * s.sinh();
            let diff = closed - Float::with_val(prec, eoscert_rug(&beta[i]));
            assert!(diff.clone().abs() < 1e-150, "coordinate {i}: {diff}");
        }
    }
}

fn eoscert_rug(x: &BigRational) -> rug::Rational {
    rug::Rational::from((
        x.numer().to_string().parse::<rug::Integer>().unwrap(),
        x.denom().to_string().parse::<rug::Integer>().unwrap(),
    ))
}

#[test]
fn gd_matches_uv_coordinates_and_closed_form() {
    check_against_uv(Sampler::Full, "0.5");
}

#[test]
fn sgd_matches_uv_coordinates_and_closed_form() {
    check_against_uv(Sampler::sgd(1, 7, 3).unwrap(), "0.4");
}

#[test]
fn reshuffling_epochs_are_permutations() {
    for seed in 0..20 {
        let mut batches = Sampler::sgd(2, seed, 6).unwrap().batches(6);
        for _ in 0..10 {
            let mut epoch: Vec<usize> = (0..3).flat_map(|_| batches.next().unwrap()).collect();
            epoch.sort();
            assert_eq!(epoch, (0..6).collect::<Vec<_>>());
        }
    }
    assert!(Sampler::sgd(4, 0, 6).is_err());
    assert!(Sampler::sgd(0, 0, 6).is_err());
}

#[test]
fn f64_run_agrees_with_generic_f64_state() {
    let data = Dataset::from_csv(CSV).unwrap();
    let (x, y) = data.to_f64();
    let run = run_f64(&x, &y, 0.3, 0.5, Sampler::Full, 50, 0.0);
    let net = Network::<f64>::new(&data, &q("0.5").clone(), &());
    let net = Network {
        c: 0.5 / 3.0,
        ..net
    };
    let mut st = State::<f64>::start(&q("0.3"), 6, &());
    for _ in 0..50 {
        st.step(&net, &[0, 1, 2]);
    }
    for (a, b) in st.beta().iter().zip(&run.beta) {
        assert!((a - b).abs() < 1e-12, "{a} vs {b}");
    }
}

#[test]
fn f64_run_converges_and_detects_too_large_steps() {
    let data = Dataset::from_csv(CSV).unwrap();
    let (x, y) = data.to_f64();
    let ok = run_f64(&x, &y, 0.1, 0.5, Sampler::Full, 100_000, 1e-20);
    assert_eq!(ok.outcome, OutcomeF64::Converged);
    // Interpolation: Xβ ≈ y.
    for (row, t) in x.iter().zip(&y) {
        let r: f64 = row.iter().zip(&ok.beta).map(|(a, b)| a * b).sum::<f64>() - t;
        assert!(r.abs() < 1e-9);
    }
    // Gains are nonnegative for |γg| < 1.
    assert!(ok.gain.iter().all(|g| *g >= 0.0));
    let bad = run_f64(&x, &y, 0.1, 2.0, Sampler::Full, 100_000, 1e-20);
    assert_eq!(bad.outcome, OutcomeF64::Diverged);
}

#[test]
fn csv_and_gaussian_inputs() {
    assert!(Dataset::from_csv("").is_err());
    assert!(
        Dataset::from_csv("1,x,2\n")
            .unwrap_err()
            .to_string()
            .contains("line 1")
    );
    let (d1, b1) = Dataset::gaussian(5, 8, 2, 3).unwrap();
    let (d2, b2) = Dataset::gaussian(5, 8, 2, 3).unwrap();
    assert_eq!((d1.clone(), b1.clone()), (d2, b2));
    assert!(b1[2..].iter().all(|v| v.is_zero()) && !b1[0].is_zero());
    // y = Xβ* exactly.
    for (row, t) in d1.x.iter().zip(&d1.y) {
        assert_eq!(
            &row.iter().zip(&b1).map(|(a, c)| a * c).sum::<BigRational>(),
            t
        );
    }
    assert!(Dataset::gaussian(5, 8, 9, 3).is_err());
}
