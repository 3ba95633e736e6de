//! The nearest point of M = {θ > 0 : θ₁⋯θ_p = y} to a box of points θ, enclosed rigorously, and
//! the sharpness λ(θ∥) = ‖∇f(θ∥)‖² there (`docs/theory.md`).
//!
//! # Method
//! KKT for min ½‖z − θ‖² subject to ∏zᵢ = y: zᵢ(zᵢ − θᵢ) = αy for one multiplier α, so
//! zᵢ(α) = (θᵢ + √(θᵢ² + 4αy))/2 (the "+" root) and α solves
//! φ(α) = ∏ zᵢ(α) − y = 0, with φ′(α) = Σᵢ (y/sᵢ)∏_{j≠i} zⱼ > 0, sᵢ = √(θᵢ² + 4αy).
//! φ is strictly increasing, so the "+"-root KKT point is unique. **Interval Newton** on a box
//! of θ: if N(A) = m − φ(m; Θ)/φ′(A; Θ) ⊆ A (m the midpoint of A) then for every θ ∈ Θ, φ(·; θ)
//! has exactly one zero in A (Moore's theorem; 0 ∉ φ′(A; Θ) is implied by the division being
//! finite). The enclosure Z of z = z(α) follows by evaluating zᵢ on (Θ, A).
//!
//! **Global nearest point.** Every nearest point of M (M is closed, ∇f ≠ 0 on M) is a KKT point
//! with all zᵢ > 0. A KKT point that uses the "−" root in some coordinate k needs α < 0
//! (for α ≥ 0 that root is ≤ 0) and then z_k ≤ θ_k/2, so its distance is ≥ θ_k/2. Hence if
//! all θᵢ > 0 and ‖z − θ‖² < (minᵢ θᵢ)²/4 is proved, the "+"-root point z is *the* nearest point.
//!
//! The sharpness on M is λ(z) = ‖∇f(z)‖² = y²Σ zᵢ⁻² (since ∏z = y).

use num_rational::BigRational;

use crate::arith::{Certainty, Scalar};

/// The enclosed projection of a box.
#[derive(Clone, Debug)]
pub struct Projection<S> {
    /// The multiplier α (one interval for the whole box, proved to contain every θ's α).
    pub alpha: S,
    /// The nearest point z = θ∥.
    pub z: Vec<S>,
    /// λ(θ∥) = y²Σ zᵢ⁻².
    pub lambda: S,
}

/// zᵢ(α) and sᵢ = √(θᵢ² + 4αy).
fn roots<S: Scalar>(theta: &[S], alpha: &S, y: &S) -> (Vec<S>, Vec<S>) {
    let four_ay = alpha.clone() * y.clone() * alpha.int_like(4);
    let s: Vec<S> = theta
        .iter()
        .map(|t| (t.sqr() + four_ay.clone()).sqrt())
        .collect();
    let z = theta
        .iter()
        .zip(&s)
        .map(|(t, si)| (t.clone() + si.clone()) / t.int_like(2))
        .collect();
    (z, s)
}

fn product<S: Scalar>(z: &[S], skip: Option<usize>) -> S {
    z.iter()
        .enumerate()
        .filter(|(k, _)| Some(*k) != skip)
        .map(|(_, x)| x.clone())
        .reduce(|a, b| a * b)
        .expect("p >= 2")
}

/// φ(α; Θ) and, separately, φ′ evaluated on (Θ, `alpha`).
fn phi<S: Scalar>(theta: &[S], alpha: &S, y: &S) -> S {
    let (z, _) = roots(theta, alpha, y);
    product(&z, None) - y.clone()
}

fn dphi<S: Scalar>(theta: &[S], alpha: &S, y: &S) -> S {
    let (z, s) = roots(theta, alpha, y);
    (0..z.len())
        .map(|i| y.clone() / s[i].clone() * product(&z, Some(i)))
        .reduce(|a, b| a + b)
        .expect("p >= 2")
}

/// A float estimate of α for the point θ (Newton from α = 0).
pub fn alpha_f64(theta: &[f64], y: f64) -> f64 {
    let mut a = 0.0f64;
    for _ in 0..100 {
        let ph = phi(theta, &a, &y);
        let d = dphi(theta, &a, &y);
        if !(ph.is_finite() && d.is_finite()) || d == 0.0 {
            break;
        }
        let mut next = a - ph / d;
        // Stay in the domain θᵢ² + 4αy > 0.
        let floor = theta
            .iter()
            .map(|t| -t * t / (4.0 * y))
            .fold(f64::MIN, f64::max);
        if next <= floor {
            next = 0.5 * (a + floor);
        }
        if next == a {
            break;
        }
        a = next;
    }
    a
}

/// The float projection and sharpness (no guarantee): (z, λ).
pub fn project_f64(theta: &[f64], y: f64) -> (Vec<f64>, f64) {
    let a = alpha_f64(theta, y);
    let (z, _) = roots(theta, &a, &y);
    let lambda = y * y * z.iter().map(|zi| 1.0 / (zi * zi)).sum::<f64>();
    (z, lambda)
}

/// Enclose the projection of every θ in the box `theta` onto M, proving it is the nearest point.
///
/// # Errors
/// A reason when the proof does not close (a coordinate not positive, Newton not contracting,
/// the point too far from M for the nearest-point argument).
pub fn project<S: Scalar>(theta: &[S], y: &S) -> Result<Projection<S>, String> {
    let ctx = y.ctx();
    let zero = S::from_int(0, &ctx);
    for (i, t) in theta.iter().enumerate() {
        if zero.lt(t) != Certainty::Certainly {
            return Err(format!("θ{} is not proved positive", i + 1));
        }
    }
    let mid: Vec<f64> = theta.iter().map(Scalar::to_f64).collect();
    let guess = alpha_f64(&mid, y.to_f64());
    let guess_q = crate::arith::parse::rational_from_f64(guess)
        .ok_or_else(|| "the float multiplier is not finite".to_string())?;
    let width = theta.iter().map(Scalar::width_f64).fold(0.0, f64::max);
    let mut delta = (guess.abs() * 1e-10).max(width * 4.0).max(1e-20);
    let mut found = None;
    for _ in 0..40 {
        let d = crate::arith::parse::rational_from_f64(delta).expect("finite");
        let a = S::from_bounds(&(&guess_q - &d), &(&guess_q + &d), &ctx);
        if let Some(n) = newton(theta, &a, y)
            && let Some((nl, nh)) = n.bounds()
            && let Some((al, ah)) = a.bounds()
            && al <= nl
            && nh <= ah
        {
            found = Some(n);
            break;
        }
        delta *= 16.0;
    }
    let mut alpha =
        found.ok_or("interval Newton for the projection multiplier did not contract")?;
    // Refine: A ← N(A) ∩ A keeps the zero.
    for _ in 0..60 {
        let before = alpha.width_f64();
        match newton(theta, &alpha, y).and_then(|n| n.intersect(&alpha)) {
            Some(n) => alpha = n,
            None => break,
        }
        if alpha.width_f64().partial_cmp(&(0.75 * before)) != Some(std::cmp::Ordering::Less) {
            break;
        }
    }
    finish(theta, alpha, y)
}

/// Check N(A) ⊆ A for a given A (e.g. a rounded copy for the evidence) and build the projection.
///
/// # Errors
/// As [`project`].
pub fn project_with<S: Scalar>(theta: &[S], alpha: &S, y: &S) -> Result<Projection<S>, String> {
    let n = newton(theta, alpha, y).ok_or("Newton operator undefined")?;
    match (n.bounds(), alpha.bounds()) {
        (Some((nl, nh)), Some((al, ah))) if al <= nl && nh <= ah => {}
        _ => return Err("N(A) ⊄ A for the rounded multiplier".into()),
    }
    finish(theta, alpha.clone(), y)
}

fn finish<S: Scalar>(theta: &[S], alpha: S, y: &S) -> Result<Projection<S>, String> {
    let (z, s) = roots(theta, &alpha, y);
    // ‖z − θ‖² with zᵢ − θᵢ = (sᵢ − θᵢ)/2, against (min θ)²/4.
    let two = y.int_like(2);
    let dist2 = theta
        .iter()
        .zip(&s)
        .map(|(t, si)| ((si.clone() - t.clone()) / two.clone()).sqr())
        .reduce(|a, b| a + b)
        .expect("p >= 2");
    let smallest_lo: BigRational = theta
        .iter()
        .map(|t| t.bounds().map(|b| b.0))
        .collect::<Option<Vec<_>>>()
        .ok_or("unbounded coordinate in the box")?
        .into_iter()
        .min()
        .expect("p >= 2");
    let bound = S::from_rational(&smallest_lo, &y.ctx()).sqr() / y.int_like(4);
    if dist2.lt(&bound) != Certainty::Certainly {
        return Err(
            "the point is too far from M to prove the KKT point is the nearest point".into(),
        );
    }
    let lambda = z
        .iter()
        .map(|zi| y.sqr() / zi.sqr())
        .reduce(|a, b| a + b)
        .expect("p >= 2");
    if lambda.bounds().is_none() {
        return Err("λ(θ∥) unbounded".into());
    }
    Ok(Projection { alpha, z, lambda })
}

/// N(A) = m − φ(m)/φ′(A), or `None` if undefined.
fn newton<S: Scalar>(theta: &[S], a: &S, y: &S) -> Option<S> {
    let m = a.midpoint();
    let d = dphi(theta, a, y);
    if d.is_positive() != Certainty::Certainly {
        return None;
    }
    let n = m.clone() - phi(theta, &m, y) / d;
    n.bounds().map(|_| n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{MpfrInterval, parse_rational};

    fn q(s: &str) -> MpfrInterval {
        MpfrInterval::from_rational(&parse_rational(s).unwrap(), &256)
    }

    /// Reference §6.4: λ(θ∥₀) = 2.281146394… for θ₀ = (13/10, 77/100), Y = 1 (a float
    /// reference). Independently: for p = 2 the nearest point (a, 1/a) solves the quartic
    /// a⁴ − xa³ + ya − 1 = 0; check the enclosure of a satisfies it.
    #[test]
    fn reference_projection_p2() {
        let theta = [q("1.3"), q("0.77")];
        let p = project(&theta, &q("1")).unwrap();
        approx::assert_abs_diff_eq!(p.lambda.to_f64(), 2.281146394, epsilon = 1e-9);
        assert!(p.lambda.width_f64() < 1e-60);
        let a = p.z[0].to_f64();
        let quartic = a.powi(4) - 1.3 * a.powi(3) + 0.77 * a - 1.0;
        assert!(quartic.abs() < 1e-12, "{quartic}");
        approx::assert_abs_diff_eq!(p.z[0].to_f64() * p.z[1].to_f64(), 1.0, epsilon = 1e-14);
    }

    /// A point on M projects to itself (α = 0).
    #[test]
    fn point_on_m_is_fixed() {
        let theta = [q("2"), q("0.5"), q("1")];
        let p = project(&theta, &q("1")).unwrap();
        assert!(p.alpha.contains_zero());
        // λ = 1/4 + 4 + 1.
        assert!(p.lambda.width_f64() < 1e-60);
        approx::assert_abs_diff_eq!(p.lambda.to_f64(), 5.25, epsilon = 1e-15);
    }

    /// Far from M the nearest-point argument does not close and says so.
    #[test]
    fn far_points_fail() {
        assert!(project(&[q("5"), q("0.01")], &q("1")).is_err());
        assert!(project(&[q("-1"), q("1")], &q("1")).is_err());
    }
}
