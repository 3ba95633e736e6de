//! A rigorous enclosure of the largest eigenvalue of a symmetric interval matrix.
//!
//! # Method
//! Let 𝐇 be a symmetric interval matrix (every symmetric H with Hᵢⱼ ∈ 𝐇ᵢⱼ is a member).
//! - **Lower bound** (Rayleigh): for any rational v ≠ 0, λ_max(H) ≥ vᵀHv / vᵀv. Evaluating
//!   `wᵢ = Σⱼ Hᵢⱼvⱼ`, `vᵀw` in interval arithmetic encloses this for every member, so its lower
//!   endpoint is a lower bound of λ_max over 𝐇. v is a float eigenvector of the midpoint matrix
//!   (cyclic Jacobi), rounded to 24 bits so it is exact in every backend.
//! - **Upper bound** (Sylvester): if the interval LDLᵀ factorisation of uI − 𝐇 has every pivot
//!   dⱼ certainly positive, then every member's exact LDLᵀ (which the interval one encloses)
//!   has positive pivots, so uI − H is positive definite and λ_max(H) < u. u is searched
//!   geometrically above the Rayleigh bound; each candidate is proved or rejected, never assumed.
//!
//! The checker (`docs/certificate.md`, "trajectory") repeats both computations in exact rational
//! interval arithmetic from `vector` and `shift`.

use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

use crate::arith::parse::rational_from_f64;
use crate::arith::{Certainty, Scalar};

/// λ_max enclosed, with what the checker needs.
#[derive(Clone, Debug)]
pub struct EigenEnclosure<S> {
    /// An enclosure [Rayleigh lower bound, shift] of λ_max for every member.
    pub value: S,
    /// The exact Rayleigh vector v.
    pub vector: Vec<BigRational>,
    /// The exact shift u with uI − 𝐇 proved positive definite.
    pub shift: BigRational,
}

/// Enclose λ_max of the symmetric interval matrix `h`.
///
/// Returns `Err(reason)` when the enclosure cannot be proved (entries unbounded, or no shift in
/// the search range gives positive pivots). For the non-rigorous `f64` backend the float
/// Rayleigh quotient is returned as a point.
///
/// # Examples
/// ```
/// use eoscert::certify::eigen::largest_eigenvalue;
/// use inari::{const_interval, Interval};
/// // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
/// let h = vec![vec![const_interval!(2.0, 2.0), const_interval!(1.0, 1.0)],
///              vec![const_interval!(1.0, 1.0), const_interval!(2.0, 2.0)]];
/// let e = largest_eigenvalue(&h).unwrap();
/// assert!(e.value.contains(3.0) && e.value.wid() < 1e-9);
/// ```
pub fn largest_eigenvalue<S: Scalar>(h: &[Vec<S>]) -> Result<EigenEnclosure<S>, String> {
    let n = h.len();
    let ctx = h[0][0].ctx();
    let mid: Vec<Vec<f64>> = h
        .iter()
        .map(|row| row.iter().map(Scalar::to_f64).collect())
        .collect();
    if mid.iter().flatten().any(|x| !x.is_finite()) {
        return Err("the Hessian enclosure is unbounded".into());
    }
    let (mu, v_f64) = top_eigenpair(mid);
    let mut vector: Vec<BigRational> = v_f64
        .iter()
        .map(|&x| rational_from_f64(x as f32 as f64).expect("finite eigenvector"))
        .collect();
    if S::precision_bits(&ctx).is_some_and(|bits| bits > 53) {
        vector = refine(h, vector, mu);
    }
    let v: Vec<S> = vector.iter().map(|q| S::from_rational(q, &ctx)).collect();
    let den: BigRational = vector.iter().map(|q| q * q).sum();
    if den.is_zero() {
        return Err("the float eigenvector is zero".into());
    }
    let w: Vec<S> = h
        .iter()
        .map(|row| {
            row.iter()
                .zip(&v)
                .map(|(hij, vj)| hij.clone() * vj.clone())
                .reduce(|a, b| a + b)
                .expect("n >= 1")
        })
        .collect();
    let num = v
        .iter()
        .zip(&w)
        .map(|(vi, wi)| vi.clone() * wi.clone())
        .reduce(|a, b| a + b)
        .expect("n >= 1");
    let rayleigh = num / S::from_rational(&den, &ctx);
    if !S::RIGOROUS {
        return Ok(EigenEnclosure {
            value: rayleigh,
            vector,
            shift: BigRational::zero(),
        });
    }
    let (lower, upper) = rayleigh
        .bounds()
        .ok_or("the Rayleigh quotient is unbounded")?;

    // Shift search: u = upper + δ with δ = 2^k, k from the Rayleigh width upward.
    let magnitude = upper.to_f64().map_or(f64::MAX, f64::abs);
    let scale = rayleigh
        .width_f64()
        .max(magnitude * f64::EPSILON * f64::EPSILON)
        .max(1e-300);
    let mut delta =
        rational_from_f64(2f64.powi(scale.log2().floor() as i32)).unwrap_or_else(BigRational::one);
    for _ in 0..200 {
        let shift = &upper + &delta;
        if positive_definite(h, &S::from_rational(&shift, &ctx)) {
            let value = S::from_bounds(&lower, &shift, &ctx);
            return Ok(EigenEnclosure {
                value,
                vector,
                shift,
            });
        }
        delta *= BigRational::from_integer(16.into());
    }
    Err(format!(
        "no shift proved uI − H positive definite ({n}×{n} Hessian)"
    ))
}

/// Is uI − 𝐇 positive definite for every member? Interval LDLᵀ, all pivots certainly > 0.
fn positive_definite<S: Scalar>(h: &[Vec<S>], u: &S) -> bool {
    let n = h.len();
    let a = |i: usize, j: usize| {
        if i == j {
            u.clone() - h[i][i].clone()
        } else {
            -h[i][j].clone()
        }
    };
    // w[i][k] = L_ik d_k (unscaled), l[i][k] = L_ik, d[k] pivots.
    let mut w: Vec<Vec<S>> = vec![Vec::with_capacity(n); n];
    let mut l: Vec<Vec<S>> = vec![Vec::with_capacity(n); n];
    for j in 0..n {
        let dj = (0..j).fold(a(j, j), |acc, k| acc - w[j][k].clone() * l[j][k].clone());
        if dj.is_positive() != Certainty::Certainly {
            return false;
        }
        for i in j + 1..n {
            let wij = (0..j).fold(a(i, j), |acc, k| acc - w[i][k].clone() * l[j][k].clone());
            l[i].push(wij.clone() / dj.clone());
            w[i].push(wij);
        }
    }
    true
}

/// Inverse iteration v ← (M − μI)⁻¹v at the backend's precision, on the midpoint matrix M, with
/// every operation rounded back to a point (`midpoint`), so the Rayleigh vector is accurate to
/// the working precision instead of to f64. This is a heuristic: any v gives valid bounds, and
/// if the solve fails (singular pivot) the unrefined vector is kept.
fn refine<S: Scalar>(h: &[Vec<S>], vector: Vec<BigRational>, mu: f64) -> Vec<BigRational> {
    let n = h.len();
    let ctx = h[0][0].ctx();
    let point = |x: S| x.midpoint();
    let shift = S::from_rational(&rational_from_f64(mu).unwrap_or_default(), &ctx).midpoint();
    let mut v: Vec<S> = vector
        .iter()
        .map(|q| S::from_rational(q, &ctx).midpoint())
        .collect();
    for _ in 0..4 {
        let mut a: Vec<Vec<S>> = (0..n)
            .map(|i| {
                let mut row: Vec<S> = (0..n).map(|j| h[i][j].midpoint()).collect();
                row[i] = point(row[i].clone() - shift.clone());
                row
            })
            .collect();
        let mut b = v.clone();
        // Gaussian elimination with partial pivoting on |midpoint|.
        for col in 0..n {
            let piv = (col..n)
                .max_by(|&i, &j| {
                    a[i][col]
                        .to_f64()
                        .abs()
                        .total_cmp(&a[j][col].to_f64().abs())
                })
                .expect("col < n");
            a.swap(col, piv);
            b.swap(col, piv);
            if a[col][col].to_f64() == 0.0 {
                return vector;
            }
            let (pivot_row, below) = a.split_at_mut(col + 1);
            let pivot_row = &pivot_row[col];
            for (i, row) in below.iter_mut().enumerate() {
                let factor = point(row[col].clone() / pivot_row[col].clone());
                for (rk, pk) in row.iter_mut().zip(pivot_row).skip(col) {
                    *rk = point(rk.clone() - factor.clone() * pk.clone());
                }
                b[col + 1 + i] = point(b[col + 1 + i].clone() - factor * b[col].clone());
            }
        }
        let mut x = b;
        for i in (0..n).rev() {
            let s = (i + 1..n).fold(x[i].clone(), |acc, k| {
                point(acc - a[i][k].clone() * x[k].clone())
            });
            x[i] = point(s / a[i][i].clone());
        }
        let scale = x
            .iter()
            .max_by(|p, q| p.to_f64().abs().total_cmp(&q.to_f64().abs()))
            .expect("n >= 1")
            .clone();
        if !scale.to_f64().is_finite() || scale.to_f64() == 0.0 {
            return vector;
        }
        v = x.into_iter().map(|xi| point(xi / scale.clone())).collect();
    }
    v.iter()
        .map(|x| x.bounds().map(|(lo, _)| lo))
        .collect::<Option<Vec<_>>>()
        .unwrap_or(vector)
}

/// The largest eigenvalue and a unit eigenvector of a symmetric float matrix (cyclic Jacobi).
fn top_eigenpair(mut a: Vec<Vec<f64>>) -> (f64, Vec<f64>) {
    let n = a.len();
    let mut v: Vec<Vec<f64>> = (0..n)
        .map(|i| (0..n).map(|j| f64::from(u8::from(i == j))).collect())
        .collect();
    for _sweep in 0..64 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        let diag: f64 = (0..n).map(|i| a[i][i] * a[i][i]).sum();
        if off <= 1e-36 * diag.max(f64::MIN_POSITIVE) {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if a[p][q] == 0.0 {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for row in a.iter_mut() {
                    let (akp, akq) = (row[p], row[q]);
                    row[p] = c * akp - s * akq;
                    row[q] = s * akp + c * akq;
                }
                let (row_p, row_q) = (a[p].clone(), a[q].clone());
                for k in 0..n {
                    a[p][k] = c * row_p[k] - s * row_q[k];
                    a[q][k] = s * row_p[k] + c * row_q[k];
                }
                for row in v.iter_mut() {
                    let (vp, vq) = (row[p], row[q]);
                    row[p] = c * vp - s * vq;
                    row[q] = s * vp + c * vq;
                }
            }
        }
    }
    let top = (0..n)
        .max_by(|&i, &j| a[i][i].total_cmp(&a[j][j]))
        .expect("n >= 1");
    (a[top][top], v.iter().map(|row| row[top]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use inari::Interval;

    fn point(x: f64) -> Interval {
        Interval::try_from((x, x)).unwrap()
    }

    /// Symmetric matrices Q diag(λ) Qᵀ with a known top eigenvalue (Q a rotation by exact
    /// Pythagorean cosines 3/5, 4/5, so the entries are exact binary fractions after scaling).
    #[test]
    fn known_spectra() {
        // [[a, b], [b, c]]: λ_max = (a + c)/2 + sqrt(((a − c)/2)² + b²); with a = 5, c = −1,
        // b = 4: λ = 2 + 5 = 7.
        let h = vec![vec![point(5.0), point(4.0)], vec![point(4.0), point(-1.0)]];
        let e = largest_eigenvalue(&h).unwrap();
        assert!(e.value.contains(7.0), "{:?}", e.value);
        assert!(e.value.wid() < 1e-10);
        // 3×3 diagonal with a repeated top eigenvalue.
        let z = point(0.0);
        let h = vec![
            vec![point(2.0), z, z],
            vec![z, point(2.0), z],
            vec![z, z, point(-3.0)],
        ];
        let e = largest_eigenvalue(&h).unwrap();
        assert!(e.value.contains(2.0) && e.value.wid() < 1e-10);
    }

    #[test]
    fn unbounded_entries_are_refused() {
        let h = vec![vec![Interval::ENTIRE]];
        assert!(largest_eigenvalue(&h).is_err());
    }
}
