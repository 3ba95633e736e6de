//! A small-dimension Krawczyk operator, generic over [`Scalar`].
//!
//! For a C¹ map `F: ℝⁿ → ℝⁿ`, a box `X`, a point `m ∈ X` and any real matrix `C`, the Krawczyk
//! operator is
//!
//! ```text
//! K(X) = m − C·F(m) + (I − C·J(X))·(X − m),
//! ```
//!
//! where `J(X)` is an interval enclosure of the Jacobian over `X`. Theorem (Krawczyk, Moore):
//! every zero of `F` in `X` lies in `K(X)`; if `K(X) ⊂ int(X)` then `F` has exactly one zero in
//! `X` (and `C` is then non-singular). Both statements hold for *any* `m ∈ X` and *any* `C`, so
//! the float midpoint and the approximate inverse `C ≈ J(m)⁻¹` used here need no rigour; only
//! `F(m)`, `J(X)` and the operator itself are evaluated with outward rounding.
//!
//! [`prove_zero`] combines this with ε-inflation (to obtain a first verified box from a float
//! candidate) and with iteration `X ← K(X) ∩ X` (to tighten the enclosure to near the working
//! precision of the backend).

use num_rational::BigRational;
use num_traits::Zero;

use crate::arith::Scalar;
use crate::arith::parse::rational_from_f64;

/// One evaluation of the Krawczyk operator on a box.
#[derive(Clone, Debug)]
pub struct KrawczykStep<S> {
    /// The box `X`.
    pub x: Vec<S>,
    /// The point `m ∈ X` (exactly representable midpoints).
    pub mid: Vec<S>,
    /// The preconditioner `C` (point entries), row-major.
    pub c: Vec<Vec<S>>,
    /// The image `K(X)`.
    pub k: Vec<S>,
    /// Whether `K(X) ⊂ int(X)` was proved.
    pub contained: bool,
}

impl<S: Scalar> KrawczykStep<S> {
    /// The largest component width of `X`.
    pub fn width(&self) -> f64 {
        max_width(&self.x)
    }
}

/// The largest component width of a box (`+∞` if some component is unbounded).
pub fn max_width<S: Scalar>(x: &[S]) -> f64 {
    x.iter().map(|v| v.width_f64()).fold(0.0, f64::max)
}

/// The approximate inverse of the point matrix `a`, by Gauss–Jordan elimination in the backend's
/// arithmetic, each entry replaced by its midpoint. `None` if a pivot enclosure contains 0 or an
/// entry is unbounded. (Rigour is not needed: any matrix is a valid preconditioner.)
pub fn midpoint_inverse<S: Scalar>(a: &[Vec<S>]) -> Option<Vec<Vec<S>>> {
    let n = a.len();
    let ctx = a.first()?.first()?.ctx();
    let mut m: Vec<Vec<S>> = a
        .iter()
        .map(|row| row.iter().map(|v| v.midpoint()).collect())
        .collect();
    let (zero, one) = (S::from_int(0, &ctx), S::from_int(1, &ctx));
    let mut inv: Vec<Vec<S>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| if i == j { one.clone() } else { zero.clone() })
                .collect()
        })
        .collect();
    for col in 0..n {
        // Partial pivoting on the float magnitudes.
        let piv = (col..n).max_by(|&i, &j| {
            m[i][col]
                .to_f64()
                .abs()
                .partial_cmp(&m[j][col].to_f64().abs())
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        m.swap(col, piv);
        inv.swap(col, piv);
        let p = m[col][col].clone();
        if !(p.lt(&zero).is_certain() || zero.lt(&p).is_certain()) {
            return None;
        }
        for j in 0..n {
            m[col][j] = (m[col][j].clone() / p.clone()).midpoint();
            inv[col][j] = (inv[col][j].clone() / p.clone()).midpoint();
        }
        for i in 0..n {
            if i == col {
                continue;
            }
            let f = m[i][col].clone();
            for j in 0..n {
                m[i][j] = (m[i][j].clone() - f.clone() * m[col][j].clone()).midpoint();
                inv[i][j] = (inv[i][j].clone() - f.clone() * inv[col][j].clone()).midpoint();
            }
        }
    }
    inv.iter()
        .flatten()
        .all(|v| v.width_f64().is_finite())
        .then_some(inv)
}

/// Evaluate `K(X)` with the midpoint `m = mid(X)` and `C = mid(J(m))⁻¹`.
///
/// Returns `None` when the preconditioner cannot be formed (singular or unbounded midpoint
/// Jacobian) or an evaluation leaves the domain.
pub fn krawczyk_step<S: Scalar>(
    x: &[S],
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
) -> Option<KrawczykStep<S>> {
    let mid: Vec<S> = x.iter().map(|v| v.midpoint()).collect();
    let c = midpoint_inverse(&jac(&mid))?;
    krawczyk_with(x, &mid, &c, f, jac)
}

/// Evaluate `K(X) = m − C·F(m) + (I − C·J(X))·(X − m)` for given `m` and `C`.
///
/// The evaluation order (which a checker re-evaluating in exact interval arithmetic mirrors) is:
/// `K_i = (m_i − Σ_j C_ij·F_j(m)) + Σ_j (δ_ij − Σ_k C_ik·J_kj(X))·(X_j − m_j)`, sums from left
/// to right.
pub fn krawczyk_with<S: Scalar>(
    x: &[S],
    mid: &[S],
    c: &[Vec<S>],
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
) -> Option<KrawczykStep<S>> {
    let n = x.len();
    let ctx = x.first()?.ctx();
    let fm = f(mid);
    let jx = jac(x);
    let (zero, one) = (S::from_int(0, &ctx), S::from_int(1, &ctx));
    let mut k = Vec::with_capacity(n);
    for i in 0..n {
        let mut cf = zero.clone();
        for j in 0..n {
            cf = cf + c[i][j].clone() * fm[j].clone();
        }
        let mut acc = mid[i].clone() - cf;
        for j in 0..n {
            let mut cj = zero.clone();
            for kk in 0..n {
                cj = cj + c[i][kk].clone() * jx[kk][j].clone();
            }
            let e = if i == j { one.clone() } else { zero.clone() } - cj;
            acc = acc + e * (x[j].clone() - mid[j].clone());
        }
        if !acc.width_f64().is_finite() {
            return None;
        }
        k.push(acc);
    }
    let contained = k.iter().zip(x).all(|(ki, xi)| ki.interior_of(xi));
    Some(KrawczykStep {
        x: x.to_vec(),
        mid: mid.to_vec(),
        c: c.to_vec(),
        k,
        contained,
    })
}

/// The result of [`prove_zero`]: two verified Krawczyk steps and the final enclosure.
#[derive(Clone, Debug)]
pub struct VerifiedZero<S> {
    /// The widest box with `K(X) ⊂ int(X)` that was tried: the zero is unique in it.
    pub uniqueness: KrawczykStep<S>,
    /// The last (tightest) box with `K(X) ⊂ int(X)`.
    pub tight: KrawczykStep<S>,
    /// `K(X) ∩ X` for the tight box: the claimed enclosure of the zero.
    pub enclosure: Vec<S>,
}

/// The box `centre ± radius` (componentwise), outward rounded into the backend.
pub fn box_around<S: Scalar>(
    centre: &[BigRational],
    radius: &[BigRational],
    ctx: &S::Ctx,
) -> Vec<S> {
    centre
        .iter()
        .zip(radius)
        .map(|(c, r)| S::from_bounds(&(c - r), &(c + r), ctx))
        .collect()
}

/// Prove that `F` has a unique zero near the float `candidate` and enclose it tightly.
///
/// `radii` are the relative radii (times `max(|candidate_i|, scale_i)`) of the boxes tried for
/// the uniqueness statement, largest first; the first box with `K(X) ⊂ int(X)` wins. If none
/// does, ε-inflation is tried from the smallest radius. The verified box is then tightened by
/// `X ← K(X) ∩ X` while `K(X) ⊂ int(X)` can still be proved. `accept` vets every box before it
/// is used (for example, to require disjoint components); a box it rejects is skipped.
///
/// # Errors
/// A human-readable reason when no box could be verified.
pub fn prove_zero<S: Scalar>(
    candidate: &[f64],
    scale: &[f64],
    radii: &[f64],
    ctx: &S::Ctx,
    f: impl Fn(&[S]) -> Vec<S>,
    jac: impl Fn(&[S]) -> Vec<Vec<S>>,
    accept: impl Fn(&[S]) -> bool,
) -> Result<VerifiedZero<S>, String> {
    let centre: Vec<BigRational> = candidate
        .iter()
        .map(|&v| rational_from_f64(v).ok_or_else(|| format!("candidate {v} is not finite")))
        .collect::<Result<_, _>>()?;
    let mut first: Option<KrawczykStep<S>> = None;
    for &rel in radii {
        let radius = relative_radius(candidate, scale, rel);
        let x = box_around::<S>(&centre, &radius, ctx);
        if !accept(&x) {
            continue;
        }
        if let Some(step) = krawczyk_step(&x, &f, &jac)
            && step.contained
        {
            first = Some(step);
            break;
        }
    }
    if first.is_none() {
        // ε-inflation from the smallest radius: X ← hull(X, K(X)) blown up by a factor 2.
        let rel = radii.last().copied().unwrap_or(1e-12);
        let radius = relative_radius(candidate, scale, rel);
        let mut x = box_around::<S>(&centre, &radius, ctx);
        for _ in 0..12 {
            if !accept(&x) {
                break;
            }
            let Some(step) = krawczyk_step(&x, &f, &jac) else {
                break;
            };
            if step.contained {
                first = Some(step);
                break;
            }
            let mut next = Vec::with_capacity(x.len());
            for (xi, ki) in x.iter().zip(&step.k) {
                let h = xi.hull(ki);
                let Some((lo, hi)) = h.bounds() else {
                    return Err("Krawczyk image unbounded during ε-inflation".into());
                };
                let two = BigRational::from_integer(2.into());
                let c = (&lo + &hi) / &two;
                let r = &hi - &c;
                next.push(S::from_bounds(&(&c - &r * &two), &(&c + &r * &two), ctx));
            }
            x = next;
        }
    }
    let Some(first) = first else {
        return Err(format!(
            "Krawczyk test K(X) ⊂ int(X) failed on every box tried around the float candidate {candidate:?}"
        ));
    };
    // Tighten: X ← K(X) ∩ X. Every zero of F in X lies in K(X), so each box still contains
    // the zero whether or not its own inclusion test succeeds; the last box whose test
    // succeeds becomes `tight`. Stop when the width no longer shrinks by 10%.
    // The backend's relative resolution (0 for exact arithmetic): stop once at that level.
    let third = S::from_rational(&BigRational::new(1.into(), 3.into()), ctx);
    let resolution = 3.0 * third.width_f64();
    let floor = if resolution > 0.0 {
        64.0 * resolution
    } else {
        1e-60
    };
    let scale_max = candidate
        .iter()
        .zip(scale)
        .map(|(v, s)| v.abs().max(*s))
        .fold(0.0, f64::max);
    // Start the tightening from a small box around the candidate when the uniqueness box is
    // wide (quadratic convergence from there), provided it is verified and inside the
    // uniqueness box (so that its zero is the unique one of the wide box).
    let small_rel = radii.last().copied().unwrap_or(1e-13).min(1e-13);
    let small_radius = relative_radius(candidate, scale, small_rel);
    let small = box_around::<S>(&centre, &small_radius, ctx);
    let start = if small.iter().zip(&first.x).all(|(a, b)| a.interior_of(b)) && accept(&small) {
        krawczyk_step(&small, &f, &jac)
            .filter(|s| s.contained)
            .unwrap_or_else(|| first.clone())
    } else {
        first.clone()
    };
    let mut tight = start.clone();
    let mut cur = start;
    for _ in 0..60 {
        if cur.contained && cur.width() <= floor * scale_max {
            break;
        }
        let Some(next_x): Option<Vec<S>> = cur
            .k
            .iter()
            .zip(&cur.x)
            .map(|(k, x)| k.intersect(x))
            .collect()
        else {
            break;
        };
        if !accept(&next_x) {
            break;
        }
        let Some(step) = krawczyk_step(&next_x, &f, &jac) else {
            break;
        };
        let shrunk = step.width() < 0.9 * cur.width();
        if step.contained {
            tight = step.clone();
        }
        cur = step;
        if !shrunk {
            break;
        }
    }
    let enclosure: Vec<S> = tight
        .k
        .iter()
        .zip(&tight.x)
        .map(|(k, x)| k.intersect(x).unwrap_or_else(|| x.clone()))
        .collect();
    Ok(VerifiedZero {
        uniqueness: first,
        tight,
        enclosure,
    })
}

/// The radius `rel·max(|vᵢ|, scaleᵢ)` per coordinate, as exact rationals (0 if not finite).
fn relative_radius(candidate: &[f64], scale: &[f64], rel: f64) -> Vec<BigRational> {
    candidate
        .iter()
        .zip(scale)
        .map(|(&v, &s)| rational_from_f64(rel * v.abs().max(s)).unwrap_or_else(BigRational::zero))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use inari::Interval;

    #[test]
    fn encloses_sqrt2_uniquely() {
        // F(x) = x² − 2 near 1.4.
        let f = |x: &[Interval]| vec![x[0].sqr() - Interval::from_int(2, &())];
        let j = |x: &[Interval]| vec![vec![x[0].mul_int(2)]];
        use crate::arith::Ring;
        let z = prove_zero::<Interval>(&[1.4], &[1.0], &[0.1, 1e-3], &(), f, j, |_| true).unwrap();
        let e = z.enclosure[0];
        assert!(e.inf() <= std::f64::consts::SQRT_2 && std::f64::consts::SQRT_2 <= e.sup());
        // √2 ∉ ℚ, so the bounds bracket it strictly: check with exact squares.
        let (lo, hi) = e.bounds().unwrap();
        let two = BigRational::from_integer(2.into());
        assert!(&lo * &lo < two && &hi * &hi > two);
        assert!(e.wid() < 1e-14);
        // Uniqueness was proved on the wide box.
        assert!(z.uniqueness.x[0].wid() > 0.1);
    }

    #[test]
    fn no_zero_is_not_verified() {
        use crate::arith::Ring;
        let f = |x: &[Interval]| vec![x[0].sqr() + Interval::from_int(1, &())];
        let j = |x: &[Interval]| vec![vec![x[0].mul_int(2)]];
        assert!(prove_zero::<Interval>(&[0.5], &[1.0], &[0.1, 1e-6], &(), f, j, |_| true).is_err());
    }
}
