//! The sharpness of the diagonal network's training loss: the largest eigenvalue of
//! ∇²F(u, v), F(u, v) = ‖X(u ⊙ v) − y‖²/(2n) (Even et al.).
//!
//! # Formula (derived here)
//! The map (u, v) ↦ (w₊, w₋) = ((u + v)/√2, (u − v)/√2) is orthogonal, so ∇²F has the same
//! spectrum in either coordinate system. In w coordinates β = (w₊² − w₋²)/2 with Jacobian
//! J = ∂β/∂w = [diag(w₊), −diag(w₋)] (d × 2d), and with H = XᵀX/n, g = ∇L(β):
//!
//! ```text
//! ∇²F(w) = JᵀHJ + diag(g, −g).
//! ```
//!
//! **At an interpolator** (g = 0) ∇²F = (1/n)(XJ)ᵀ(XJ), whose nonzero eigenvalues are those of
//! (1/n)(XJ)(XJ)ᵀ = (1/n)·X·diag(w₊² + w₋²)·Xᵀ (n × n); both are positive semidefinite, so
//!
//! ```text
//! λ_max(∇²F(w∞)) = λ_max((1/n) X diag(D∞) Xᵀ),   D∞ = w₊∞² + w₋∞² = 2√(β∞² + α∞⁴).
//! ```
//!
//! [`limit_matrix`] builds this n × n matrix from an enclosure of D∞;
//! [`crate::certify::eigen::largest_eigenvalue`] encloses its top eigenvalue (Rayleigh lower
//! bound, LDLᵀ upper bound), which the checker repeats in exact rational arithmetic.
//! [`hessian`] is the full 2d × 2d matrix at any state: [`along_run`] encloses its top
//! eigenvalue at the checkpoints [`checkpoint_steps`] of a run (the sharpness along the run,
//! quantity `sharpness`), where g ≠ 0 and the n × n form does not apply.

use crate::arith::Scalar;
use crate::certify::eigen::{EigenEnclosure, largest_eigenvalue};
use crate::model::diagonal::State;

/// The checkpoints of a run of K steps: step 0, every power of two below K, and K (log-spaced:
/// the sharpness moves fastest early in the run).
///
/// # Examples
/// ```
/// use eoscert::certify::implicit_bias::sharpness::checkpoint_steps;
/// assert_eq!(checkpoint_steps(12), vec![0, 1, 2, 4, 8, 12]);
/// assert_eq!(checkpoint_steps(8), vec![0, 1, 2, 4, 8]);
/// ```
pub fn checkpoint_steps(k: u64) -> Vec<u64> {
    let mut steps = vec![0];
    steps.extend((0..64).map(|e| 1u64 << e).take_while(|&p| p < k));
    if k > 0 {
        steps.push(k);
    }
    steps
}

/// Is `step` a checkpoint of some run (0 or a power of two)? The prover keeps these states
/// while it runs, before it knows K.
pub fn is_checkpoint(step: u64) -> bool {
    step == 0 || step.is_power_of_two()
}

/// λ_max(∇²F(w_k)) enclosed at each state (`(k, state)`), by [`largest_eigenvalue`] of
/// [`hessian`]; rigorous for a rigorous backend (the Hessian enclosure contains the exact
/// Hessian at every point of the state enclosure).
///
/// # Errors
/// `(k, reason)` for the first state whose eigenvalue cannot be enclosed.
pub fn along_run<S: Scalar>(
    x: &[Vec<S>],
    y: &[S],
    states: &[(u64, &State<S>)],
) -> Result<Vec<EigenEnclosure<S>>, (u64, String)> {
    states
        .iter()
        .map(|(k, st)| largest_eigenvalue(&hessian(x, y, &st.wp, &st.wm)).map_err(|e| (*k, e)))
        .collect()
}

/// (1/n)·X·diag(D)·Xᵀ for the rows `x` of X and an enclosure `d` of D (sums over i in order).
pub fn limit_matrix<S: Scalar>(x: &[Vec<S>], d: &[S]) -> Vec<Vec<S>> {
    let n = x.len();
    let inv_n = S::from_rational(
        &num_rational::BigRational::new(1.into(), (n as i64).into()),
        &d[0].ctx(),
    );
    (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    let mut acc = x[j][0].clone() * d[0].clone() * x[l][0].clone();
                    for i in 1..d.len() {
                        acc = acc + x[j][i].clone() * d[i].clone() * x[l][i].clone();
                    }
                    acc * inv_n.clone()
                })
                .collect()
        })
        .collect()
}

/// ∇²F at the state (w₊, w₋) in w coordinates (2d × 2d): JᵀHJ + diag(g, −g), with
/// H = XᵀX/n and g = Xᵀ(Xβ − y)/n.
pub fn hessian<S: Scalar>(x: &[Vec<S>], y: &[S], wp: &[S], wm: &[S]) -> Vec<Vec<S>> {
    let (n, d) = (x.len(), wp.len());
    let ctx = wp[0].ctx();
    let inv_n = S::from_rational(
        &num_rational::BigRational::new(1.into(), (n as i64).into()),
        &ctx,
    );
    let half = S::from_rational(&num_rational::BigRational::new(1.into(), 2.into()), &ctx);
    let beta: Vec<S> = wp
        .iter()
        .zip(wm)
        .map(|(p, m)| (p.sqr() - m.sqr()) * half.clone())
        .collect();
    let r: Vec<S> = x
        .iter()
        .zip(y)
        .map(|(row, t)| {
            let mut acc = row[0].clone() * beta[0].clone();
            for i in 1..d {
                acc = acc + row[i].clone() * beta[i].clone();
            }
            acc - t.clone()
        })
        .collect();
    let h = |i: usize, k: usize| {
        let mut acc = x[0][i].clone() * x[0][k].clone();
        for row in x.iter().skip(1) {
            acc = acc + row[i].clone() * row[k].clone();
        }
        acc * inv_n.clone()
    };
    let g: Vec<S> = (0..d)
        .map(|i| {
            let mut acc = x[0][i].clone() * r[0].clone();
            for j in 1..n {
                acc = acc + x[j][i].clone() * r[j].clone();
            }
            acc * inv_n.clone()
        })
        .collect();
    // Column of J for parameter a: (coordinate, signed weight).
    let col = |a: usize| {
        if a < d {
            (a, wp[a].clone())
        } else {
            (a - d, -wm[a - d].clone())
        }
    };
    (0..2 * d)
        .map(|a| {
            (0..2 * d)
                .map(|b| {
                    let (i, ja) = col(a);
                    let (k, jb) = col(b);
                    let mut v = ja * h(i, k) * jb;
                    if a == b {
                        v = if a < d {
                            v + g[i].clone()
                        } else {
                            v - g[i].clone()
                        };
                    }
                    v
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certify::eigen::largest_eigenvalue;

    /// At an interpolator the full 2d × 2d Hessian and the n × n form have the same top
    /// eigenvalue; here d = 2, n = 1, X = (1, 2), y = β₁ + 2β₂ for the chosen w, so g = 0 and
    /// λ_max = (D₁ + 4D₂)/1 exactly (rank one).
    #[test]
    fn limit_form_matches_the_full_hessian() {
        let p = |v: f64| inari::Interval::try_from((v, v)).unwrap();
        let (wp, wm) = ([p(1.5), p(0.5)], [p(0.5), p(1.0)]);
        // β = ((2.25 − 0.25)/2, (0.25 − 1)/2) = (1, −0.375); y = 1 − 0.75 = 0.25.
        let x = vec![vec![p(1.0), p(2.0)]];
        let y = vec![p(0.25)];
        let full = largest_eigenvalue(&hessian(&x, &y, &wp, &wm)).unwrap();
        let d = [p(2.25 + 0.25), p(0.25 + 1.0)];
        let small = largest_eigenvalue(&limit_matrix(&x, &d)).unwrap();
        // (1/n)·Σ X_i² D_i = 2.5 + 4·1.25 = 7.5.
        assert!(full.value.contains(7.5) && small.value.contains(7.5));
        assert!(full.value.wid() < 1e-9 && small.value.wid() < 1e-9);
    }

    /// At the start (w± = α, β = 0, g = −Xᵀy/n) with n = d = 1, X = (1), y = t the Hessian
    /// is [[α² − t, −α²], [−α², α² + t]], λ_max = α² + √(α⁴ + t²): α = 2, t = 3 gives 4 + 5 = 9.
    #[test]
    fn sharpness_at_the_start_matches_the_closed_form() {
        use num_rational::BigRational;
        let p = |v: f64| inari::Interval::try_from((v, v)).unwrap();
        let st = State::<inari::Interval>::start(&BigRational::from_integer(2.into()), 1, &());
        let e = along_run(&[vec![p(1.0)]], &[p(3.0)], &[(0, &st)]).unwrap();
        assert!(
            e[0].value.contains(9.0) && e[0].value.wid() < 1e-9,
            "{:?}",
            e[0].value
        );
    }
}
