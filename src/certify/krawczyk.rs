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
//! [`prove_zero`] uses it three ways: on a wide box around a float candidate (uniqueness, with
//! ε-inflation if needed); on one small box around the limit of a non-rigorous chord-Newton
//! iteration at the working precision (the tight enclosure, in one test: ε-inflation of the
//! Newton correction); and, only if that fails, by iterating `X ← K(X) ∩ X`.

use num_rational::BigRational;

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

/// Prove that `F` has a unique zero near the float `candidate` and enclose it tightly.
///
/// 1. *Uniqueness.* `radii` are the relative radii (times `max(|candidateᵢ|, scaleᵢ)`) of the
///    boxes tried around the candidate, largest first; the first box `X_u` with
///    `K(X_u) ⊂ int(X_u)` wins: `F` has exactly one zero `x*` in `X_u`. If none does,
///    ε-inflation is tried from the smallest radius.
/// 2. *Refinement* (`refined_step`): the chord iteration `m ← m − C·F(m)` from the
///    preconditioner `C` of step 1 (no rigour needed: it only picks the point), then one
///    Krawczyk test on a small box `X_t ⊂ int(X_u)` around the limit, whose radius is four
///    times the last chord step plus a few units of the backend's resolution (ε-inflated if the
///    test fails). `K(X_t) ⊂ int(X_t)` proves that `X_t` holds a zero, which is `x*` because
///    `X_t ⊂ X_u`.
/// 3. *Fallback* (`tighten`): if step 2 finds no verified box, `X ← K(X) ∩ X` from `X_u` (each
///    box still contains `x*`, since every zero of `F` in `X` lies in `K(X)`).
///
/// The enclosure is `K(X_t) ∩ X_t` for the last verified box `X_t`. `accept` vets every box
/// before it is used (for example, to require disjoint components); a box it rejects is
/// skipped. Nothing here depends on the candidate, the radii or `C` being accurate: they only
/// decide whether the tests succeed.
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
    let uniqueness = uniqueness_step(candidate, scale, radii, ctx, &f, &jac, &accept)?;
    // Absolute per-coordinate resolution: 2¹⁰ units of the backend's relative resolution
    // (measured as the width of its enclosure of 1/3; 0 for exact arithmetic, then 1e-60).
    let third = S::from_rational(&BigRational::new(1.into(), 3.into()), ctx);
    let resolution = 3.0 * third.width_f64();
    let floor = if resolution > 0.0 {
        1024.0 * resolution
    } else {
        1e-60
    };
    let tol: Vec<f64> = candidate
        .iter()
        .zip(scale)
        .map(|(v, s)| floor * v.abs().max(*s))
        .collect();
    let tight = match refined_step(&uniqueness, &tol, &f, &jac, &accept) {
        Some(step) => step,
        None => tighten(uniqueness.clone(), &tol, &f, &jac, &accept),
    };
    let enclosure = enclosure_of_step(&tight);
    Ok(VerifiedZero {
        uniqueness,
        tight,
        enclosure,
    })
}

/// `K(X) ∩ X` of a step (`X` where the intersection is not formed): it contains every zero of
/// `F` in `X`.
fn enclosure_of_step<S: Scalar>(step: &KrawczykStep<S>) -> Vec<S> {
    step.k
        .iter()
        .zip(&step.x)
        .map(|(k, x)| k.intersect(x).unwrap_or_else(|| x.clone()))
        .collect()
}

/// Step 1 of [`prove_zero`]: the widest box around the candidate with `K(X) ⊂ int(X)`.
fn uniqueness_step<S: Scalar>(
    candidate: &[f64],
    scale: &[f64],
    radii: &[f64],
    ctx: &S::Ctx,
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
    accept: &impl Fn(&[S]) -> bool,
) -> Result<KrawczykStep<S>, String> {
    let centre: Vec<S> = candidate
        .iter()
        .map(|&v| {
            rational_from_f64(v)
                .map(|q| S::from_rational(&q, ctx))
                .ok_or_else(|| format!("candidate {v} is not finite"))
        })
        .collect::<Result<_, _>>()?;
    let radius = |rel: f64| -> Vec<f64> {
        candidate
            .iter()
            .zip(scale)
            .map(|(v, s)| rel * v.abs().max(*s))
            .collect()
    };
    for &rel in radii {
        let Some(x) = box_at(&centre, &radius(rel)) else {
            continue;
        };
        if !accept(&x) {
            continue;
        }
        if let Some(step) = krawczyk_step(&x, f, jac)
            && step.contained
        {
            return Ok(step);
        }
    }
    // ε-inflation from the smallest radius: the radius becomes twice the width of
    // hull(X, K(X)), around the candidate.
    let mut x = box_at(&centre, &radius(radii.last().copied().unwrap_or(1e-12)));
    for _ in 0..12 {
        let Some(cur) = x.filter(|x| accept(x)) else {
            break;
        };
        let Some(step) = krawczyk_step(&cur, f, jac) else {
            break;
        };
        if step.contained {
            return Ok(step);
        }
        x = box_at(&centre, &inflated_radius(&step));
    }
    Err(format!(
        "Krawczyk test K(X) ⊂ int(X) failed on every box tried around the float candidate {candidate:?}"
    ))
}

/// The box `mᵢ + [−rᵢ, rᵢ]` (outward rounded, so it contains `[mᵢ − rᵢ, mᵢ + rᵢ]` and `mᵢ`);
/// `None` if a radius is not finite.
fn box_at<S: Scalar>(m: &[S], r: &[f64]) -> Option<Vec<S>> {
    m.iter()
        .zip(r)
        .map(|(mi, ri)| {
            let ri = rational_from_f64(*ri)?;
            Some(mi.clone() + S::from_bounds(&-ri.clone(), &ri, &mi.ctx()))
        })
        .collect()
}

/// ε-inflation radii for a failed step: twice the width of `hull(X, K(X))` per coordinate.
fn inflated_radius<S: Scalar>(step: &KrawczykStep<S>) -> Vec<f64> {
    step.k
        .iter()
        .zip(&step.x)
        .map(|(k, x)| 2.0 * k.hull(x).width_f64())
        .collect()
}

/// The most chord steps [`chord`] takes.
const MAX_CHORD_STEPS: usize = 24;

/// The chord (simplified Newton) iteration `m ← mid(m − C·F(m))` from `m`, with the matrix
/// `C ≈ J(x*)⁻¹` kept fixed while it contracts well: the error then shrinks by about
/// `‖I − C·J(x*)‖` per step (≈ 1e-16 for a `C` formed at a double-precision candidate). When a
/// step shrinks by less than [`CHORD_REFRESH`], `C` is re-formed at the current point
/// (`mid(J(m))⁻¹`, a Newton step). Stops once every step component is at most `tol`, when
/// the step stops shrinking (rounding noise), or after [`MAX_CHORD_STEPS`]. Returns the last
/// point, the magnitudes of the last step and the last `C`, or `None` if an evaluation is not
/// finite. Only a point is chosen here; nothing is proved.
fn chord<S: Scalar>(
    m: &[S],
    c: &[Vec<S>],
    tol: &[f64],
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
) -> Option<ChordLimit<S>> {
    let mut m = m.to_vec();
    let mut c = c.to_vec();
    let mut last = vec![f64::INFINITY; m.len()];
    for _ in 0..MAX_CHORD_STEPS {
        let fm = f(&m);
        let delta = mat_vec(&c, &fm)?;
        let size: Vec<f64> = delta
            .iter()
            .map(|d| d.to_f64().abs() + d.width_f64())
            .collect();
        if size.iter().any(|v| !v.is_finite()) {
            return None;
        }
        if size.iter().zip(&last).all(|(s, l)| *s >= 0.5 * *l) {
            // Rounding noise: the previous point is as good as this one would be.
            return Some(ChordLimit { m, step: size, c });
        }
        let slow = size.iter().zip(&last).any(|(s, l)| *s > CHORD_REFRESH * *l);
        m = m
            .iter()
            .zip(&delta)
            .map(|(a, d)| (a.clone() - d.clone()).midpoint())
            .collect();
        if size.iter().zip(tol).all(|(s, t)| s <= t) {
            return Some(ChordLimit { m, step: size, c });
        }
        if slow && let Some(fresh) = midpoint_inverse(&jac(&m)) {
            c = fresh;
        }
        last = size;
    }
    Some(ChordLimit { m, step: last, c })
}

/// The result of [`chord`]: the last point, the magnitudes of the last step and the last `C`.
struct ChordLimit<S> {
    m: Vec<S>,
    step: Vec<f64>,
    c: Vec<Vec<S>>,
}

/// A chord step shrinking by less than this factor re-forms `C` (see [`chord`]).
const CHORD_REFRESH: f64 = 1e-3;

/// `C·v` (rows of `C` times `v`, sums from left to right); `None` if `C` is empty.
fn mat_vec<S: Scalar>(c: &[Vec<S>], v: &[S]) -> Option<Vec<S>> {
    c.iter()
        .map(|row| {
            let mut terms = row.iter().zip(v).map(|(a, b)| a.clone() * b.clone());
            let first = terms.next()?;
            Some(terms.fold(first, |acc, t| acc + t))
        })
        .collect()
}

/// Step 2 of [`prove_zero`]: [`chord`] from the uniqueness box's point `m` with its matrix `C`,
/// then the Krawczyk test, with the chord's last `C`, on `X_t = m′ + [−r, r]` around the limit `m′`,
/// `rᵢ = 4·|last chord stepᵢ| + 2·tolᵢ`. If `K(X_t) ⊄ int(X_t)`, the radius is inflated to
/// twice the width of `hull(X_t, K(X_t))` and the test repeated (at most 4 tests).
/// Every `X_t` must lie in the interior of the uniqueness box and pass `accept`; `None` if no
/// test succeeds (the caller then falls back to [`tighten`]).
fn refined_step<S: Scalar>(
    uniqueness: &KrawczykStep<S>,
    tol: &[f64],
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
    accept: &impl Fn(&[S]) -> bool,
) -> Option<KrawczykStep<S>> {
    let ChordLimit { m, step: last, c } = chord(&uniqueness.mid, &uniqueness.c, tol, f, jac)?;
    let mut r: Vec<f64> = last
        .iter()
        .zip(tol)
        .map(|(d, t)| 4.0 * d + 2.0 * t)
        .collect();
    for _ in 0..4 {
        let x = box_at(&m, &r)?;
        let inside = x.iter().zip(&uniqueness.x).all(|(a, b)| a.interior_of(b));
        if !inside || !accept(&x) {
            return None;
        }
        let step = krawczyk_with(&x, &m, &c, f, jac)?;
        if step.contained {
            return Some(step);
        }
        r = inflated_radius(&step);
    }
    None
}

/// Step 3 of [`prove_zero`]: `X ← K(X) ∩ X` from a verified step, while `K(X) ∩ X` is wider than
/// `tol` (per coordinate) and the box shrinks by at least 10% per step. Every box still
/// contains the zero (every zero of `F` in `X` lies in `K(X)`); the last box whose own test
/// `K(X) ⊂ int(X)` succeeds is returned.
fn tighten<S: Scalar>(
    start: KrawczykStep<S>,
    tol: &[f64],
    f: &impl Fn(&[S]) -> Vec<S>,
    jac: &impl Fn(&[S]) -> Vec<Vec<S>>,
    accept: &impl Fn(&[S]) -> bool,
) -> KrawczykStep<S> {
    let mut tight = start.clone();
    let mut cur = start;
    for _ in 0..60 {
        let Some(next_x): Option<Vec<S>> = cur
            .k
            .iter()
            .zip(&cur.x)
            .map(|(k, x)| k.intersect(x))
            .collect()
        else {
            break;
        };
        let narrow = next_x.iter().zip(tol).all(|(v, t)| v.width_f64() <= *t);
        if (cur.contained && narrow) || !accept(&next_x) {
            break;
        }
        let Some(step) = krawczyk_step(&next_x, f, jac) else {
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
    tight
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::MpfrInterval;
    use inari::Interval;
    use num_traits::Signed;

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

    /// F(x) = x² − 2 and its derivative, in any backend.
    fn sqrt2_f<S: Scalar>(x: &[S]) -> Vec<S> {
        vec![x[0].sqr() - S::from_int(2, &x[0].ctx())]
    }
    fn sqrt2_j<S: Scalar>(x: &[S]) -> Vec<Vec<S>> {
        vec![vec![x[0].mul_int(2)]]
    }

    /// `lo² < 2 < hi²` exactly: the enclosure brackets √2 (irrational, so strictly).
    fn brackets_sqrt2(x: &MpfrInterval) -> bool {
        let (lo, hi) = x.bounds().unwrap();
        let two = BigRational::from_integer(2.into());
        &lo * &lo < two && &hi * &hi > two
    }

    #[test]
    fn mpfr_fast_path_reaches_the_resolution() {
        let z =
            prove_zero::<MpfrInterval>(&[1.4], &[1.0], &[0.1], &256, sqrt2_f, sqrt2_j, |_| true)
                .unwrap();
        assert!(brackets_sqrt2(&z.enclosure[0]));
        assert!(
            z.enclosure[0].width_f64() < 1e-74,
            "{}",
            z.enclosure[0].width_f64()
        );
        // One verified small box from the chord limit, inside the verified wide box.
        assert!(z.tight.contained && z.uniqueness.contained);
        assert!(z.tight.width() < 1e-60 && z.uniqueness.width() > 0.1);
        assert!(z.tight.x[0].interior_of(&z.uniqueness.x[0]));
    }

    #[test]
    fn chord_limit_is_sqrt2_to_working_precision() {
        let m = vec![
            MpfrInterval::from_rational(&BigRational::new(7.into(), 5.into()), &256).midpoint(),
        ];
        let c = midpoint_inverse(&sqrt2_j(&m)).unwrap();
        let ChordLimit {
            m: limit,
            step: last,
            ..
        } = chord(&m, &c, &[1e-70], &sqrt2_f, &sqrt2_j).unwrap();
        assert!(last[0] < 1e-70);
        // |limit − √2| < 1e-70 ⟺ (√2 − 1e-70)² < limit² < (√2 + 1e-70)², i.e.
        // |limit² − 2| < 2√2·1e-70 + 1e-140: checked exactly with 3e-70.
        let (l, _) = limit[0].bounds().unwrap();
        let err = (&l * &l - BigRational::from_integer(2.into())).abs();
        assert!(
            err < BigRational::new(3.into(), num_traits::pow(num_bigint::BigInt::from(10), 70))
        );
    }

    #[test]
    fn refined_step_rejects_a_uniqueness_box_without_the_zero() {
        // A fake "uniqueness" step on [1.5, 1.6], which holds no zero: the chord converges to
        // √2 outside it, and no small box there may be used.
        let ctx = 256;
        let q = |n: i64, d: i64| BigRational::new(n.into(), d.into());
        let x = vec![MpfrInterval::from_bounds(&q(3, 2), &q(8, 5), &ctx)];
        let mid = vec![x[0].midpoint()];
        let c = midpoint_inverse(&sqrt2_j(&mid)).unwrap();
        let fake = krawczyk_with(&x, &mid, &c, &sqrt2_f, &sqrt2_j).unwrap();
        assert!(!fake.contained);
        assert!(
            refined_step(
                &fake,
                &[1e-70],
                &sqrt2_f,
                &sqrt2_j,
                &|_: &[MpfrInterval]| true
            )
            .is_none()
        );
    }

    #[test]
    fn krawczyk_rejects_a_small_box_beside_the_zero() {
        // The box 1.4142135624 ± 1e-12 misses √2 = 1.41421356237…: K(X) ⊄ int(X).
        let ctx = 256;
        let q = |n: i64, d: i64| BigRational::new(n.into(), d.into());
        let m = q(14_142_135_624, 10_000_000_000);
        let r = q(1, 1_000_000_000_000);
        let x = vec![MpfrInterval::from_bounds(&(&m - &r), &(&m + &r), &ctx)];
        let mid = vec![MpfrInterval::from_rational(&m, &ctx).midpoint()];
        let c = midpoint_inverse(&sqrt2_j(&mid)).unwrap();
        let step = krawczyk_with(&x, &mid, &c, &sqrt2_f, &sqrt2_j).unwrap();
        assert!(!step.contained);
    }

    #[test]
    fn tighten_from_a_wide_box_reaches_the_resolution() {
        // The fallback path alone: X ← K(X) ∩ X from [1.3, 1.5].
        let ctx = 256;
        let q = |n: i64, d: i64| BigRational::new(n.into(), d.into());
        let x = vec![MpfrInterval::from_bounds(&q(13, 10), &q(3, 2), &ctx)];
        let start = krawczyk_step(&x, &sqrt2_f, &sqrt2_j).unwrap();
        assert!(start.contained);
        let tight = tighten(
            start,
            &[1e-74],
            &sqrt2_f,
            &sqrt2_j,
            &|_: &[MpfrInterval]| true,
        );
        assert!(tight.contained && tight.width() < 1e-60);
        let e = enclosure_of_step(&tight);
        assert!(brackets_sqrt2(&e[0]) && e[0].width_f64() < 1e-74);
    }

    #[test]
    fn no_zero_is_not_verified() {
        use crate::arith::Ring;
        let f = |x: &[Interval]| vec![x[0].sqr() + Interval::from_int(1, &())];
        let j = |x: &[Interval]| vec![vec![x[0].mul_int(2)]];
        assert!(prove_zero::<Interval>(&[0.5], &[1.0], &[0.1, 1e-6], &(), f, j, |_| true).is_err());
    }
}
