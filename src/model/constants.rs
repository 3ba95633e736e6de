//! The model constants of MacDonald et al. (`docs/theory.md`), computed — not typed in — from the model's
//! own formulas with rigorous Taylor coefficients ([`Jet`]s over a rigorous scalar).
//!
//! - θ* — the flattest minimiser: y^{1/p}·1 for the factorisation, (√Y e₁, √Y e₁) for the inner
//!   product (one point of the flattest sphere when d ≥ 2);
//! - λ* = ‖∇f(θ*)‖², the sharpness at θ* (on M the Hessian of ℓ is ∇f∇fᵀ);
//! - η_crit = 2/λ*;
//! - ν — the Riemannian Hessian of λ(θ) = ‖∇f(θ)‖² on M at θ*, in a unit tangent direction w:
//!   for any curve c on M with c(0) = θ*, c′(0) = w, and since θ* is critical for λ on M,
//!   ν = (λ∘c)″(0) = D²λ[w,w] + ∇λ·c″(0) = D²λ[w,w] − (∇λ·n)·D²f[w,w]/‖∇f‖,
//!   using f∘c ≡ y ⇒ ∇f·c″ = −D²f[w,w]; n = ∇f/‖∇f‖ is the unit normal;
//! - c* — the flip coefficient of GD restricted to the invariant line L = θ* + ℝn at η_crit:
//!   in the normal offset u, GD(θ* + un) = θ* + (μu + au² + bu³ + …)n with μ = 1 − η_crit λ* = −1,
//!   and c* = a² + b (the cubic coefficient of the second iterate is −2(a² + b)).
//!
//! # Guarantee
//! Over a rigorous scalar every returned value is an enclosure. For the factorisation the
//! tangent direction is w = (e₁ − e₂)/√2; [`model_constants`] also returns ν in a second
//! direction so isotropy (ν·I, `docs/theory.md`) can be checked.

use crate::arith::{Ring, Scalar};
use crate::model::{Jet, Model};

/// The model constants, each an enclosure in the chosen backend.
#[derive(Clone, Debug)]
pub struct Constants<S> {
    /// The flattest minimiser θ*.
    pub theta_star: Vec<S>,
    /// λ* = ‖∇f(θ*)‖².
    pub lambda_star: S,
    /// η_crit = 2/λ*.
    pub eta_crit: S,
    /// ν: Riemannian Hessian of λ on M at θ* along w₁.
    pub nu: S,
    /// ν along a second unit tangent direction w₂ (equal to `nu` when the Hessian is isotropic;
    /// for the inner product with d ≥ 2, 0 along the flattest sphere).
    pub nu_second_direction: S,
    /// μ = 1 − η_crit λ*, the linear coefficient of GD on L at η_crit (−1 up to rounding).
    pub flip_multiplier: S,
    /// c* = a² + b, the flip coefficient at η_crit.
    pub c_star: S,
}

/// Compute λ*, η_crit, ν and c* for `model` in the backend of `S`.
///
/// # Examples
/// ```
/// use eoscert::model::{Model, model_constants};
/// use eoscert::arith::{parse_rational, Scalar};
/// let m = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
/// let c = model_constants::<inari::Interval>(&m, &());
/// // p = 2, y = 1: λ* = 2, ν = 4, c* = 4 (`docs/theory.md`).
/// assert!(c.lambda_star.contains(2.0) && c.nu.contains(4.0) && c.c_star.contains(4.0));
/// assert!(c.c_star.wid() < 1e-12);
/// ```
pub fn model_constants<S: Scalar>(model: &Model, ctx: &S::Ctx) -> Constants<S> {
    let y = S::from_rational(model.target(), ctx);
    let n_params = model.n_params();
    let zero = S::from_int(0, ctx);
    let theta_star: Vec<S> = match model {
        Model::Factorisation { depth, .. } => vec![y.root(*depth as u32); *depth],
        Model::InnerProduct { dim, .. } => {
            let mut t = vec![zero.clone(); 2 * dim];
            t[0] = y.sqrt();
            t[*dim] = t[0].clone();
            t
        }
    };
    let grad = model.grad_f(&theta_star);
    let lambda_star = sum_sq(&grad);
    let g_norm = lambda_star.sqrt();
    let normal: Vec<S> = grad.iter().map(|g| g.clone() / g_norm.clone()).collect();
    let eta_crit = S::from_int(2, ctx) / lambda_star.clone();

    // Two unit tangent directions, orthogonal to the normal at θ*.
    let unit = |entries: &[(usize, i64)]| {
        let norm = S::from_int(entries.iter().map(|(_, c)| c * c).sum(), ctx).sqrt();
        let mut w = vec![zero.clone(); n_params];
        for &(i, c) in entries {
            w[i] = S::from_int(c, ctx) / norm.clone();
        }
        w
    };
    let (w1, w2) = match model {
        Model::Factorisation { depth: 2, .. } => {
            (unit(&[(0, 1), (1, -1)]), unit(&[(0, -1), (1, 1)]))
        }
        Model::Factorisation { .. } => (unit(&[(0, 1), (1, -1)]), unit(&[(0, 1), (1, 1), (2, -2)])),
        Model::InnerProduct { dim, .. } if *dim >= 2 => {
            (unit(&[(0, 1), (*dim, -1)]), unit(&[(1, 1), (dim + 1, 1)]))
        }
        Model::InnerProduct { dim, .. } => {
            (unit(&[(0, 1), (*dim, -1)]), unit(&[(0, -1), (*dim, 1)]))
        }
    };
    let nu_along = |w: &[S]| riemannian_hessian(model, &theta_star, w, &normal, &g_norm);
    let (nu, nu_second_direction) = (nu_along(&w1), nu_along(&w2));

    // GD on L at η_crit as a cubic jet in the normal offset u.
    let order = 3;
    let line: Vec<Jet<S>> = theta_star
        .iter()
        .zip(&normal)
        .map(|(t, n)| Jet::line(t.clone(), n.clone(), order))
        .collect();
    let image = model.gd_step(
        &line,
        &Jet::constant(eta_crit.clone(), order),
        &Jet::constant(y, order),
    );
    let offset = image
        .iter()
        .zip(&theta_star)
        .zip(&normal)
        .map(|((img, t), n)| {
            (img.clone() - Jet::constant(t.clone(), order)) * Jet::constant(n.clone(), order)
        })
        .reduce(|a, b| a + b)
        .expect("at least one parameter");
    let [_, mu, a, b] = <[S; 4]>::try_from(offset.coeffs().to_vec()).expect("order 3 jet");
    let c_star = a.sqr() + b;

    Constants {
        theta_star,
        lambda_star,
        eta_crit,
        nu,
        nu_second_direction,
        flip_multiplier: mu,
        c_star,
    }
}

/// D²λ[w,w] − (∇λ·n)·D²f[w,w]/‖∇f‖ at θ*, from second-order jets along θ* + tw and θ* + tn.
fn riemannian_hessian<S: Scalar>(model: &Model, theta: &[S], w: &[S], n: &[S], g_norm: &S) -> S {
    let along = |dir: &[S]| -> Vec<Jet<S>> {
        theta
            .iter()
            .zip(dir)
            .map(|(t, d)| Jet::line(t.clone(), d.clone(), 2))
            .collect()
    };
    let lambda = |pt: &[Jet<S>]| sum_sq(&model.grad_f(pt));
    let (tw, tn) = (along(w), along(n));
    let d2_lambda_ww = lambda(&tw).coeffs()[2].mul_int(2);
    let d_lambda_n = lambda(&tn).coeffs()[1].clone();
    let d2_f_ww = model.f(&tw).coeffs()[2].mul_int(2);
    d2_lambda_ww - d_lambda_n * d2_f_ww / g_norm.clone()
}

fn sum_sq<R: Ring>(v: &[R]) -> R {
    v.iter()
        .map(Ring::sqr)
        .reduce(|a, b| a + b)
        .expect("non-empty")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;
    use inari::Interval;
    use num_rational::BigRational;
    use num_traits::ToPrimitive;

    /// The closed forms of the reference (§2), evaluated independently in f64; y = k^p makes
    /// y^{1/p} = k exact so the references are exact rationals.
    #[test]
    fn factorisation_constants_match_closed_forms() {
        for p in 2..=6usize {
            for k in [1i64, 2, 3] {
                let y = BigRational::from_integer(num_traits::pow(k.into(), p));
                let m = Model::factorisation(p, y).unwrap();
                let c = model_constants::<Interval>(&m, &());
                let pf = p as f64;
                let kf = k as f64;
                let lambda = pf * kf.powi(2 * p as i32 - 2);
                let nu = 4.0 * kf.powi(2 * p as i32 - 4);
                let c_star = 4.0 * (pf - 1.0) * (5.0 * pf - 4.0) / (3.0 * pf) / kf.powi(2);
                let tol = 1e-9 * lambda.max(1.0);
                let hit =
                    |x: Interval, v: f64| x.inf() - tol <= v && v <= x.sup() + tol && x.wid() < tol;
                assert!(
                    hit(c.lambda_star, lambda),
                    "λ* p={p} k={k}: {:?} vs {lambda}",
                    c.lambda_star
                );
                assert!(hit(c.eta_crit, 2.0 / lambda), "η_crit p={p} k={k}");
                assert!(hit(c.nu, nu), "ν p={p} k={k}: {:?} vs {nu}", c.nu);
                assert!(hit(c.nu_second_direction, nu), "ν isotropy p={p} k={k}");
                assert!(
                    hit(c.c_star, c_star),
                    "c* p={p} k={k}: {:?} vs {c_star}",
                    c.c_star
                );
                assert!(c.flip_multiplier.contains(-1.0));
            }
        }
    }

    /// Inner product: λ* = 2Y, η_crit = 1/Y, ν = 4 across the sphere, 0 along it (d ≥ 2),
    /// c* = 4/Y (the p = 2 value; the model restricted to span(e₁) is prod2(Y)).
    #[test]
    fn inner_product_constants() {
        for (d, y) in [(1usize, "1"), (3, "2"), (2, "9/4")] {
            let yq = parse_rational(y).unwrap();
            let yf = yq.to_f64().unwrap();
            let c = model_constants::<Interval>(&Model::inner_product(d, yq).unwrap(), &());
            assert!(
                c.lambda_star.contains(2.0 * yf) || (c.lambda_star.inf() - 2.0 * yf).abs() < 1e-12
            );
            assert!((c.nu.mid() - 4.0).abs() < 1e-9);
            assert!((c.c_star.mid() - 4.0 / yf).abs() < 1e-9);
            let along = if d >= 2 { 0.0 } else { 4.0 };
            assert!((c.nu_second_direction.mid() - along).abs() < 1e-9, "d={d}");
        }
    }
}
