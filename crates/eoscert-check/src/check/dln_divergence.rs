//! The `dln-divergence` claim: (S)GD on the diagonal linear network has L(β_k) → ∞.
//!
//! # Inputs
//! As `implicit-bias` ([`super::implicit_bias::parse_inputs`]).
//!
//! # Evidence
//! `{"precision_bits": P, "steps": K, "coordinate": i, "lemma": {..}}` (`lemma` is
//! informational and ignored).
//!
//! # What the checker does
//! 1. Replays K steps of `State::step` rounded outward at P bits (no |γg| < 1 requirement;
//!    K ≤ [`super::implicit_bias::MAX_STEPS`], and the state must stay within
//!    [`super::implicit_bias::MAX_STATE_LOG2`], which bounds the replay's cost: a certificate
//!    whose K lies far past the escape is rejected there, quickly).
//! 2. From its own enclosures of β_K, D = w₊² + w₋² and ζ = |w₊w₋| re-decides, in exact
//!    rationals, the hypotheses (H1)–(H4) of the escape lemma of
//!    `eoscert::certify::dln_divergence` (stated and proved there) for coordinate i, with
//!    B̄ = min|β_i|, μ̄_j = max D_j/(2B̄), ρ_K = max ζ_i/B̄, ρ̄ = 2ρ_K, over every batch the
//!    sampler can draw.
//! 3. Requires `escape_step` = K exactly and `diverges: true`.

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::implicit_bias::{Inputs, beta_of, replay, replay_steps, require_count};
use super::interval::Rounded;
use super::{CheckFailure, only_known_quantities, precision_bits};
use crate::sgd::Sampler;
use crate::{Certificate, Quantity};

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

fn int(v: i64) -> BigRational {
    BigRational::from_integer(v.into())
}

/// Re-verify a `verified: true` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] at the first failed step.
pub fn check(cert: &Certificate, inp: &Inputs) -> Result<Vec<String>, CheckFailure> {
    only_known_quantities(cert, &["escape_step", "diverges"])?;
    let ev = &cert.evidence;
    let bits = precision_bits(ev)?;
    let steps = replay_steps(ev)?;
    let d = inp.x[0].len();
    let coord = ev
        .get("coordinate")
        .and_then(Value::as_u64)
        .map(|c| c as usize)
        .filter(|&c| c < d)
        .ok_or_else(|| rej("evidence.coordinate", format!("expected 0..{d}")))?;
    require_count(cert, "escape_step", steps)?;
    if cert.quantities.get("diverges") != Some(&Quantity::Bool(true)) {
        return Err(rej(
            "quantities.diverges",
            "a verified certificate says diverges: true",
        ));
    }
    let r = Rounded::new(Some(bits));
    let run = replay(inp, steps, r, false)?;
    let beta = beta_of(&run.wp, &run.wm, r);
    let b1 = &beta[coord];
    let b_bar = if b1.lo.is_positive() {
        b1.lo.clone()
    } else if b1.hi.is_negative() {
        -b1.hi.clone()
    } else {
        return Err(rej(
            "evidence.coordinate",
            "the sign of β at the coordinate is not determined",
        ));
    };
    let mu: Vec<BigRational> = (0..d)
        .map(|j| r.add(&r.sqr(&run.wp[j]), &r.sqr(&run.wm[j])).hi / (int(2) * &b_bar))
        .collect();
    let zeta = r.mul(&run.wp[coord], &run.wm[coord]);
    let rho_k = zeta.lo.abs().max(zeta.hi.abs()) / &b_bar;
    lemma(inp, coord, &b_bar, &mu, &rho_k)?;
    Ok(vec![
        format!("replayed {steps} steps at {bits} bits"),
        format!(
            "escape lemma (H1)–(H4) re-decided at step {steps} for coordinate {coord}: \
             |β_{coord}| doubles every step from then on, so L(β_k) → ∞"
        ),
    ])
}

/// (H1)–(H4) in exact rationals.
fn lemma(
    inp: &Inputs,
    i1: usize,
    b_bar: &BigRational,
    mu: &[BigRational],
    rho_k: &BigRational,
) -> Result<(), CheckFailure> {
    let fail = |h: &str, why: String| rej("evidence.steps", format!("escape lemma {h}: {why}"));
    let n = inp.x.len();
    let d = inp.x[0].len();
    let one = BigRational::one();
    let rho_bar = int(2) * rho_k;
    let rho2 = &rho_bar * &rho_bar;
    let b = inp.sampler.batch_size(n);
    let factor = &inp.gamma / int(b as i64);
    // Every batch: all rows (GD) or every b-subset (SGD), as bit masks.
    let batches: Vec<Vec<usize>> = match inp.sampler {
        Sampler::Full => vec![(0..n).collect()],
        Sampler::Reshuffle { .. } | Sampler::WithReplacement { .. } => (0u32..(1 << n))
            .filter(|m| m.count_ones() as usize == b)
            .map(|m| (0..n).filter(|s| m & (1 << s) != 0).collect())
            .collect(),
    };
    // A poll before every exact product (of possibly huge data entries); after the deadline
    // the sums stop early, and the over-budget check's result is discarded.
    let inner = |batch: &[usize], i: usize, j: usize| -> BigRational {
        let mut acc = BigRational::zero();
        for &s in batch {
            if super::budget::tick_now().is_err() {
                break;
            }
            acc += &inp.x[s][i] * &inp.x[s][j];
        }
        &factor * acc
    };
    let target = |batch: &[usize], i: usize| -> BigRational {
        let mut acc = BigRational::zero();
        for &s in batch {
            if super::budget::tick_now().is_err() {
                break;
            }
            acc += &inp.x[s][i] * &inp.y[s];
        }
        &factor * acc
    };
    let others: Vec<usize> = (0..d).filter(|&j| j != i1).collect();
    let mut eps_bar = BigRational::zero();
    let mut x_lo: Option<BigRational> = None;
    for batch in &batches {
        super::budget::tick_now()?;
        let c = inner(batch, i1, i1);
        if !c.is_positive() {
            return Err(fail("(H1)", format!("c_11 = 0 for the batch {batch:?}")));
        }
        let mut eps = target(batch, i1).abs() / (&c * b_bar);
        for &j in &others {
            super::budget::tick_now()?;
            eps += inner(batch, i1, j).abs() * &mu[j] / &c;
        }
        eps_bar = eps_bar.max(eps);
    }
    if eps_bar >= one {
        return Err(fail("(H1)", "ε̄ ≥ 1".into()));
    }
    let a = &one - &eps_bar;
    for batch in &batches {
        let v = inner(batch, i1, i1) * b_bar * &a;
        x_lo = Some(match x_lo {
            Some(x) => x.min(v),
            None => v,
        });
    }
    let x_lo = x_lo.expect("at least one batch");
    if x_lo < int(3) || x_lo < int(4) * (int(2) + &rho2) / int(3) {
        return Err(fail("(H2)", "X_lo < max(3, (4/3)(2 + ρ̄²))".into()));
    }
    let tau = int(8) * (int(2) + &rho2) / &x_lo;
    if tau >= one {
        return Err(fail("(H2)", "τ ≥ 1".into()));
    }
    for batch in &batches {
        super::budget::tick()?;
        let c = inner(batch, i1, i1);
        // `c` is a placeholder (possibly 0) if the budget tripped inside `inner`.
        super::budget::tick()?;
        let t = &c * b_bar;
        for &j in &others {
            let mut nu = inner(batch, j, i1).abs() / &c + target(batch, j).abs() / &t;
            for &l in &others {
                super::budget::tick_now()?;
                nu += inner(batch, j, l).abs() * &mu[l] / &c;
            }
            if nu >= a {
                return Err(fail(
                    "(H3)",
                    format!("ν_{j} ≥ 1 − ε̄ for the batch {batch:?}"),
                ));
            }
            if &t * (&a * &a - &nu * &nu) < int(2) * &a + &a * &rho2 + int(2) * &nu {
                return Err(fail(
                    "(H3)",
                    format!("cB̄(a² − ν²) < 2a + aρ̄² + 2ν at j = {j}"),
                ));
            }
        }
    }
    if rho_k > &(&rho_bar * (&one - &tau)) {
        return Err(fail("(H4)", "ρ_K > ρ̄(1 − τ)".into()));
    }
    Ok(())
}
