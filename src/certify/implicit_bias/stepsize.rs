//! Whether an instance satisfies the stepsize condition of Even et al., Theorem 1:
//! γ ≤ c/(L_s·B) with c = 1/64 (Prop. 7), B = ‖β*‖₁·ln(1 + ‖β*‖₁/α²) for an interpolator
//! β* ∈ S = {Xβ = y}, and L_s a smoothness constant of every batch Hessian H_B = X_BᵀX_B/b
//! (‖H_Bβ‖₂ ≤ L_s‖β‖₂ and ‖H_Bβ‖_∞ ≤ L_s‖β‖_∞ for all β and all b-subsets B).
//!
//! The certificate never uses the condition: it proves Theorem 1's conclusions on the run
//! itself (tail lemma and KKT system), so `route_stepsize_condition` is always `false`. The
//! condition is decided in exact rationals, either way, when one of two bounds decides it:
//! - **fails** when 64·γ·L_low·B_low > 1, with L_low = max_j H_jj (H = XᵀX/n; the largest
//!   batch diagonal entry is at least the mean over rows) ≤ λ_max(H_B) ≤ L_s, and
//!   B_low = m²/(α² + m) ≤ m·ln(1 + m/α²) ≤ B, m = ‖y‖²/‖Xᵀy‖_∞ ≤ ‖β*‖₁ for every β* ∈ S
//!   (yᵀy = (Xᵀy)ᵀβ* ≤ ‖Xᵀy‖_∞‖β*‖₁), using ln(1 + t) ≥ t/(1 + t);
//! - **holds** when 64·γ·L_up·B_up ≤ 1, with L_up = max_j Σ_k max_i |X_ij X_ik| ≥ ‖H_B‖_{∞→∞}
//!   ≥ λ_max(H_B) (H_B symmetric), and B_up = M²/α² ≥ M·ln(1 + M/α²), M = ‖β_mn‖₁ for the
//!   minimum-norm interpolator β_mn = Xᵀ(XXᵀ)⁻¹y (exact rational elimination).
//!
//! Between the two the condition is not decided and `hypothesis_stepsize_condition` is omitted.

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// Exact solution of `A z = b` (`A` square), `None` when `A` is singular.
fn solve(mut a: Vec<Vec<BigRational>>, mut b: Vec<BigRational>) -> Option<Vec<BigRational>> {
    let n = b.len();
    for col in 0..n {
        let piv = (col..n).find(|&r| !a[r][col].is_zero())?;
        a.swap(col, piv);
        b.swap(col, piv);
        let pivot_row = a[col].clone();
        let pivot_b = b[col].clone();
        for (r, (row, br)) in a.iter_mut().zip(b.iter_mut()).enumerate() {
            if r != col && !row[col].is_zero() {
                let f = &row[col] / &pivot_row[col];
                for (v, pv) in row.iter_mut().zip(&pivot_row).skip(col) {
                    *v -= &f * pv;
                }
                *br -= &f * &pivot_b;
            }
        }
    }
    Some((0..n).map(|i| &b[i] / &a[i][i]).collect())
}

/// The decided condition (module docs), or `None`.
pub fn stepsize_condition(
    x: &[Vec<BigRational>],
    y: &[BigRational],
    alpha: &BigRational,
    gamma: &BigRational,
) -> Option<bool> {
    let n = x.len();
    let d = x.first()?.len();
    let a2 = alpha * alpha;
    let c_inv = BigRational::from_integer(64.into());
    let one = BigRational::one();
    // Lower bounds.
    let l_low = (0..d)
        .map(|j| {
            x.iter().map(|r| &r[j] * &r[j]).sum::<BigRational>()
                / BigRational::from_integer(n.into())
        })
        .max()?;
    let yy: BigRational = y.iter().map(|v| v * v).sum();
    let xty_inf = (0..d)
        .map(|j| {
            x.iter()
                .zip(y)
                .map(|(r, v)| &r[j] * v)
                .sum::<BigRational>()
                .abs()
        })
        .max()?;
    if xty_inf.is_positive() {
        let m = &yy / &xty_inf;
        let b_low = &m * &m / (&a2 + &m);
        if &c_inv * gamma * &l_low * b_low > one {
            return Some(false);
        }
    }
    // Upper bounds.
    let l_up = (0..d)
        .map(|j| {
            (0..d)
                .map(|k| {
                    x.iter()
                        .map(|r| (&r[j] * &r[k]).abs())
                        .max()
                        .unwrap_or_default()
                })
                .sum::<BigRational>()
        })
        .max()?;
    let gram: Vec<Vec<BigRational>> = x
        .iter()
        .map(|ri| {
            x.iter()
                .map(|rk| ri.iter().zip(rk).map(|(a, b)| a * b).sum())
                .collect()
        })
        .collect();
    let z = solve(gram, y.to_vec())?;
    let big_m: BigRational = (0..d)
        .map(|j| {
            x.iter()
                .zip(&z)
                .map(|(r, zi)| &r[j] * zi)
                .sum::<BigRational>()
                .abs()
        })
        .sum();
    let b_up = &big_m * &big_m / &a2;
    (c_inv * gamma * l_up * b_up <= one).then_some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> BigRational {
        crate::arith::parse_rational(s).unwrap()
    }

    #[test]
    fn decided_both_ways_on_one_row() {
        // X = [1], y = 1, α = 1: L_s = 1, β* = 1, B = ln 2 ≈ 0.693; condition γ ≤ 1/(64 ln 2) ≈ 0.0225.
        let x = vec![vec![q("1")]];
        let y = vec![q("1")];
        // Fails for γ = 0.1 (64·0.1·1·(1/2) = 3.2 > 1).
        assert_eq!(stepsize_condition(&x, &y, &q("1"), &q("0.1")), Some(false));
        // Holds for γ = 0.01 (64·0.01·1·1 = 0.64 ≤ 1).
        assert_eq!(stepsize_condition(&x, &y, &q("1"), &q("0.01")), Some(true));
        // Undecided in between (γ = 0.02: lower 0.64 ≤ 1, upper 1.28 > 1).
        assert_eq!(stepsize_condition(&x, &y, &q("1"), &q("0.02")), None);
    }
}
