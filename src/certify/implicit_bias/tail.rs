//! The tail lemma: once the residual contracts, bound everything the infinite run adds after
//! step K.
//!
//! # Lemma (derived for this project; `docs/certificate.md`, "implicit-bias")
//! Let the state at step K be (w₊_K, w₋_K) > 0 with residual r_K = Xβ_K − y, ρ ≥ ‖r_K‖_∞, and
//! K at an epoch boundary. Fix s₀ ∈ (0, ½) and the box 𝐃_i = (w₊_{K,i}² + w₋_{K,i}²)·
//! [(1 − s₀)², (1 − s₀)⁻²]. One step with batch B is exactly
//!
//! ```text
//! r' = A_B r + N,   A_B = I − (γ/b)·X D Xᵀ E_B,   N = X(x² ⊙ β),   D = diag(w₊² + w₋²),
//! ```
//!
//! (β' − β = −x ⊙ (w₊² + w₋²) + x² ⊙ β). A *block* is m full-batch steps (GD) or one epoch of
//! random reshuffling (SGD, m = n/b, every ordering of the samples). Let θ bound ‖P‖_∞ of every
//! block product P with factors in 𝐀 = {A_B : D ∈ 𝐃}, E ≥ 1 bound every contiguous sub-product
//! within a block, c_x = γ·max|X_ji| (so ‖x‖_∞ ≤ c_x‖r‖_∞), c_q = ‖X‖_∞·½max_i 𝐃_i.hi·c_x²
//! (so ‖N‖_∞ ≤ c_q‖r‖_∞²). If
//!
//! ```text
//! 4mE²c_qρ ≤ 1,  θ' := θ + 4mE³c_qρ < 1,  x_max := 2Ec_xρ ≤ ½,  s := 2mEc_xρ/(1 − θ') ≤ s₀,
//! ```
//!
//! then by induction over the steps k ≥ K: every residual of block j is ≤ 2Eρθ'^j, every
//! |x_{k,i}| ≤ x_max, Σ_{k≥K}|x_{k,i}| ≤ s (so D_k ∈ 𝐃 by the product inequalities
//! 1 − s ≤ Π(1 ∓ x) ≤ 1/(1 − s)), and Σ_{k≥K} x_{k,i}² ≤ T₂ := 4mE²c_x²ρ²/(1 − θ'²). In
//! particular r_k → 0: the run converges to an interpolator.

use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::arith::Scalar;
use crate::model::diagonal::Sampler;

/// The largest GD block length tried.
pub const MAX_BLOCK: usize = 256;

/// The bounds the lemma proves (exact rational upper bounds).
#[derive(Clone, Debug)]
pub struct TailBound {
    /// s ≥ Σ_{k≥K} |x_{k,i}|.
    pub s: BigRational,
    /// T₂ ≥ Σ_{k≥K} x_{k,i}².
    pub t2: BigRational,
    /// x_max ≥ |x_{k,i}| for k ≥ K.
    pub x_max: BigRational,
    /// The block used: GD steps, or SGD epochs.
    pub block: usize,
}

/// The inputs of the lemma.
pub struct TailInput<'a, S> {
    /// The rows of X (in the backend).
    pub x: &'a [Vec<S>],
    /// max_{j,i} |X_ji| (exact).
    pub x_abs_max: &'a BigRational,
    /// ‖X‖_∞ = max_j Σ_i |X_ji| (exact).
    pub x_row_norm: &'a BigRational,
    /// The stepsize γ (exact).
    pub gamma: &'a BigRational,
    /// How the batches are drawn.
    pub sampler: Sampler,
    /// w₊_K, w₋_K.
    pub wp: &'a [S],
    /// w₋_K.
    pub wm: &'a [S],
    /// ρ ≥ ‖r_K‖_∞ (exact).
    pub rho: &'a BigRational,
    /// The a-priori bound s₀.
    pub s0: &'a BigRational,
}

/// Why the lemma failed.
#[derive(Clone, Debug)]
pub struct TailError {
    /// Which hypothesis failed.
    pub reason: String,
    /// The linear part does not contract (θ ≥ 1): a smaller residual cannot help.
    pub no_contraction: bool,
}

impl TailError {
    fn small(reason: String) -> Self {
        TailError {
            reason,
            no_contraction: false,
        }
    }
}

/// The largest number of orderings enumerated for an SGD block.
pub const MAX_PATTERNS: usize = 2_000;

/// Try the lemma for one block: `block` full-batch steps (GD) or `block` epochs (SGD).
///
/// # Errors
/// Which hypothesis failed.
pub fn tail_bound<S: Scalar>(input: &TailInput<S>, block: usize) -> Result<TailBound, TailError> {
    let n = input.x.len();
    let ctx = input.wp[0].ctx();
    let one = BigRational::one();
    let s0 = input.s0;
    let lo_f = (&one - s0) * (&one - s0);
    let factor = S::from_bounds(&lo_f, &(&one / &lo_f), &ctx);
    let d_box: Vec<S> = input
        .wp
        .iter()
        .zip(input.wm)
        .map(|(p, m)| (p.sqr() + m.sqr()) * factor.clone())
        .collect();
    let b = input.sampler.batch_size(n);
    let c = S::from_rational(&(input.gamma / BigRational::from_integer(b.into())), &ctx);
    // G = X 𝐃 Xᵀ.
    let g: Vec<Vec<S>> = (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    let mut acc = S::from_int(0, &ctx);
                    for (i, di) in d_box.iter().enumerate() {
                        acc = acc + input.x[j][i].clone() * di.clone() * input.x[l][i].clone();
                    }
                    acc
                })
                .collect()
        })
        .collect();
    let step_matrix = |rows: &[usize]| -> Vec<Vec<S>> {
        (0..n)
            .map(|j| {
                (0..n)
                    .map(|l| {
                        let id = S::from_int(i64::from(j == l), &ctx);
                        if rows.contains(&l) {
                            id - c.clone() * g[j][l].clone()
                        } else {
                            id
                        }
                    })
                    .collect()
            })
            .collect()
    };
    let (m, theta, e) = match input.sampler {
        Sampler::Full => {
            let all: Vec<usize> = (0..n).collect();
            let a = step_matrix(&all);
            let mut p = a.clone();
            let mut e = one.clone().max(norm_inf(&p)?);
            for _ in 1..block {
                p = mat_mul(&a, &p);
                e = e.max(norm_inf(&p)?);
            }
            (block, norm_inf(&p)?, e)
        }
        Sampler::Reshuffle { batch, .. } => {
            let m = block * (n / batch);
            // The epoch products, one per ordering, then all products of `block` of them
            // (level by level, sharing prefixes).
            let mut a_max = one.clone();
            let mut epochs = Vec::new();
            for perm in permutations(n) {
                let mut p: Option<Vec<Vec<S>>> = None;
                for chunk in perm.chunks(batch) {
                    let a = step_matrix(chunk);
                    a_max = a_max.max(norm_inf(&a)?);
                    p = Some(match p {
                        None => a,
                        Some(p) => mat_mul(&a, &p),
                    });
                }
                epochs.push(p.expect("n ≥ 1"));
            }
            let mut level = epochs.clone();
            for _ in 1..block {
                level = level
                    .iter()
                    .flat_map(|p| epochs.iter().map(move |e| mat_mul(e, p)))
                    .collect();
            }
            let mut theta = BigRational::zero();
            for p in &level {
                theta = theta.max(norm_inf(p)?);
            }
            let mut e = one.clone();
            for _ in 0..m {
                e *= &a_max;
            }
            (m, theta, e)
        }
    };
    let mq = BigRational::from_integer(m.into());
    let four = BigRational::from_integer(4.into());
    let two = BigRational::from_integer(2.into());
    let c_x = input.gamma * input.x_abs_max;
    let d_max = d_box
        .iter()
        .map(|v| v.bounds().map(|(_, hi)| hi))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| TailError::small("the tail box of w₊² + w₋² is unbounded".into()))?
        .into_iter()
        .fold(BigRational::zero(), BigRational::max);
    let c_q = input.x_row_norm * &d_max / &two * &c_x * &c_x;
    let rho = input.rho;
    if theta >= one {
        return Err(TailError {
            reason: format!(
                "no contraction over a block of {m} steps: θ = {:.6} ≥ 1",
                f(&theta)
            ),
            no_contraction: true,
        });
    }
    if &four * &mq * &e * &e * &c_q * rho > one {
        return Err(TailError::small(format!(
            "residual not yet small enough for the tail lemma (4mE²c_qρ > 1 with ρ = {:.3e})",
            f(rho)
        )));
    }
    let theta_p = &theta + &four * &mq * &e * &e * &e * &c_q * rho;
    if theta_p >= one {
        return Err(TailError::small(format!(
            "residual not yet small enough: θ' = {:.6} ≥ 1 (θ = {:.6})",
            f(&theta_p),
            f(&theta)
        )));
    }
    let x_max = &two * &e * &c_x * rho;
    if x_max > &one / &two {
        return Err(TailError::small("tail: x_max > 1/2".into()));
    }
    let s = &two * &mq * &e * &c_x * rho / (&one - &theta_p);
    if &s > s0 {
        return Err(TailError::small(format!(
            "tail: Σ|x| bound {:.3e} exceeds the a-priori s₀ = {:.3e}",
            f(&s),
            f(s0)
        )));
    }
    let t2 = &four * &mq * &e * &e * &c_x * &c_x * rho * rho / (&one - &theta_p * &theta_p);
    Ok(TailBound {
        s,
        t2,
        x_max,
        block,
    })
}

/// Choose the block by a float64 estimate of θ at the centre of 𝐃 (the smallest block of 1, 2,
/// 4, …, [`MAX_BLOCK`] GD steps, or 1, 2, … SGD epochs with at most [`MAX_PATTERNS`] orderings,
/// whose estimate is ≤ 0.9), then run the rigorous lemma once for that block.
///
/// # Errors
/// As [`tail_bound`]; `no_contraction` if no block contracts even in float64.
pub fn find_tail<S: Scalar>(input: &TailInput<S>) -> Result<TailBound, TailError> {
    let n = input.x.len();
    let blocks: Vec<usize> = match input.sampler {
        Sampler::Full => (0..=MAX_BLOCK.ilog2()).map(|k| 1 << k).collect(),
        Sampler::Reshuffle { .. } => {
            let orderings = permutations(n).len();
            (1..=8)
                .take_while(|&e| {
                    orderings
                        .checked_pow(e as u32)
                        .is_some_and(|p| p <= MAX_PATTERNS)
                })
                .collect()
        }
    };
    let block = blocks
        .into_iter()
        .find(|&b| theta_f64(input, b) <= 0.9)
        .ok_or_else(|| TailError {
            reason: "no block of steps contracts the residual (float64 estimate of θ > 0.9)".into(),
            no_contraction: true,
        })?;
    tail_bound(input, block)
}

/// The float64 estimate of θ for a block (no rigour; only picks the block length).
fn theta_f64<S: Scalar>(input: &TailInput<S>, block: usize) -> f64 {
    let n = input.x.len();
    let x: Vec<Vec<f64>> = input
        .x
        .iter()
        .map(|r| r.iter().map(Scalar::to_f64).collect())
        .collect();
    let d: Vec<f64> = input
        .wp
        .iter()
        .zip(input.wm)
        .map(|(p, m)| p.to_f64().powi(2) + m.to_f64().powi(2))
        .collect();
    let c = input.gamma.to_f64().unwrap_or(f64::NAN) / input.sampler.batch_size(n) as f64;
    let step = |rows: &[usize], r: &[Vec<f64>]| -> Vec<Vec<f64>> {
        // (I − c·G·E_B)·r, column by column.
        (0..n)
            .map(|j| {
                (0..n)
                    .map(|col| {
                        r[j][col]
                            - rows
                                .iter()
                                .map(|&l| {
                                    c * (0..d.len()).map(|i| x[j][i] * d[i] * x[l][i]).sum::<f64>()
                                        * r[l][col]
                                })
                                .sum::<f64>()
                    })
                    .collect()
            })
            .collect()
    };
    let identity: Vec<Vec<f64>> = (0..n)
        .map(|j| (0..n).map(|l| f64::from(u8::from(j == l))).collect())
        .collect();
    let norm = |p: &[Vec<f64>]| {
        p.iter()
            .map(|row| row.iter().map(|v| f64::abs(*v)).sum::<f64>())
            .fold(0.0, f64::max)
    };
    match input.sampler {
        Sampler::Full => {
            let all: Vec<usize> = (0..n).collect();
            let mut p = identity;
            for _ in 0..block {
                p = step(&all, &p);
            }
            norm(&p)
        }
        Sampler::Reshuffle { batch, .. } => {
            let perms = permutations(n);
            sequences(perms.len(), block)
                .iter()
                .map(|pattern| {
                    let mut p = identity.clone();
                    for &e in pattern {
                        for chunk in perms[e].chunks(batch) {
                            p = step(chunk, &p);
                        }
                    }
                    norm(&p)
                })
                .fold(0.0, f64::max)
        }
    }
}

/// All sequences of `len` indices in 0..k (k^len of them), in lexicographic order.
pub fn sequences(k: usize, len: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new()];
    for _ in 0..len {
        out = out
            .into_iter()
            .flat_map(|s| {
                (0..k).map(move |i| {
                    let mut t = s.clone();
                    t.push(i);
                    t
                })
            })
            .collect();
    }
    out
}

fn f(q: &BigRational) -> f64 {
    num_traits::ToPrimitive::to_f64(q).unwrap_or(f64::NAN)
}

/// An upper bound of ‖P‖_∞ = max_j Σ_l |P_jl| (exact rational).
fn norm_inf<S: Scalar>(p: &[Vec<S>]) -> Result<BigRational, TailError> {
    let mut best = BigRational::zero();
    for row in p {
        let mut sum = BigRational::zero();
        for v in row {
            let (lo, hi) = v
                .bounds()
                .ok_or_else(|| TailError::small("a block matrix entry is unbounded".into()))?;
            sum += lo.abs().max(hi.abs());
        }
        best = best.max(sum);
    }
    Ok(best)
}

/// The interval matrix product `a·b` (sums left to right).
fn mat_mul<S: Scalar>(a: &[Vec<S>], b: &[Vec<S>]) -> Vec<Vec<S>> {
    let n = a.len();
    (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    let mut acc = a[j][0].clone() * b[0][l].clone();
                    for k in 1..n {
                        acc = acc + a[j][k].clone() * b[k][l].clone();
                    }
                    acc
                })
                .collect()
        })
        .collect()
}

/// All permutations of 0..n (Heap's algorithm; n ≤ 8 in practice).
pub fn permutations(n: usize) -> Vec<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut out = vec![a.clone()];
    let mut c = vec![0; n];
    let mut i = 0;
    while i < n {
        if c[i] < i {
            if i % 2 == 0 {
                a.swap(0, i);
            } else {
                a.swap(c[i], i);
            }
            out.push(a.clone());
            c[i] += 1;
            i = 0;
        } else {
            c[i] = 0;
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::permutations;

    #[test]
    fn permutations_are_all_distinct() {
        let mut p = permutations(4);
        assert_eq!(p.len(), 24);
        p.sort();
        p.dedup();
        assert_eq!(p.len(), 24);
        assert!(p.iter().all(|q| {
            let mut s = q.clone();
            s.sort();
            s == vec![0, 1, 2, 3]
        }));
    }
}
