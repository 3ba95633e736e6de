//! The hypotheses of the theorems the claims instantiate, re-derived from the model alone
//! (exact rationals; the checker never calls prover code).
//!
//! # Theorem 5.2 (claim `critical`)
//! - `nu_over_c_lambda` must be exactly `ν/(c*λ*)`, computed here at y = 1 (the ratio is
//!   scale-free) from ν = 4 (Prop. B.6), λ* = p and the flip coefficient written with elementary
//!   symmetric polynomials at θ* = 1: c* = (8/p³)(4·C(p,2)² − p·C(p,3)) (reconstructed formula,
//!   `docs/theory.md`), i.e. `p²/(2(4·C(p,2)² − p·C(p,3)))`; for the inner product, the planar
//!   (r, Q) reduction of p = 2: ν = 4, c* = 4, λ* = 2.
//! - `hypothesis_nu_over_c_lambda_lt_1` ⟺ that ratio < 1 (Prop. B.7).
//! - `hypothesis_c_positive_near_optimum` (A3.3): for the factorisation, with
//!   `c_positive_radius` δ, which must be exactly 1/10: on the box θ/y^{1/p} ∈ [1−δ, 1+δ]^p (which contains the
//!   neighbourhood of θ* on M), xᵢ = (θᵢ/y^{1/p})⁻² ∈ [a, b] = [(1+δ)⁻², (1−δ)⁻²] and the
//!   elementary symmetric polynomials eₖ(x) are increasing in each xᵢ > 0, so
//!   e₂ ≥ C(p,2)a², e₁ ≤ pb, e₃ ≤ C(p,3)b³; true iff 4·(C(p,2)a²)² − pb·C(p,3)b³ > 0 (the sign of
//!   c = (8/e₁³)(4e₂² − e₁e₃) is invariant under θ ↦ θ/y^{1/p}). For the inner product D³f ≡ 0
//!   and D²f\[n,n\] = 2Y/‖∇f‖² > 0 on M, so c = 8(D²f\[n,n\])²/‖∇f‖² > 0 there: true.
//! - `hypothesis_unique_flattest_minimum` (A3.4's unique minimiser): true for the factorisation
//!   (AM–GM) and for the inner product with d = 1, false for d ≥ 2 (a sphere of flattest minima).
//! - `instance_of_theorem_5_2` = η = η_crit ∧ the three hypotheses.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::interval::RatInterval;
use super::{CheckFailure, Model, enclosure};
use crate::{Certificate, Quantity};

/// The hypothesis quantities of the `critical` claim (all required; `c_positive_radius`
/// besides, for the factorisation).
pub const CRITICAL: [&str; 5] = [
    "nu_over_c_lambda",
    "hypothesis_nu_over_c_lambda_lt_1",
    "hypothesis_c_positive_near_optimum",
    "hypothesis_unique_flattest_minimum",
    "instance_of_theorem_5_2",
];

fn rej(field: impl Into<String>, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

fn rat(n: usize) -> BigRational {
    BigRational::from_integer(BigInt::from(n))
}

fn choose(n: usize, k: usize) -> BigRational {
    if k > n {
        return BigRational::zero();
    }
    let num: BigInt = (0..k).map(|i| BigInt::from(n - i)).product();
    let den: BigInt = (1..=k).map(BigInt::from).product();
    BigRational::new(num, den)
}

/// The claimed boolean `name` must equal `proved`.
pub(super) fn bool_is(cert: &Certificate, name: &str, proved: bool) -> Result<(), CheckFailure> {
    match cert.quantities.get(name) {
        Some(Quantity::Bool(b)) if *b == proved => Ok(()),
        Some(Quantity::Bool(_)) => Err(rej(
            format!("quantities.{name}"),
            format!("the checker proves {name} = {proved}"),
        )),
        _ => Err(rej(
            format!("quantities.{name}"),
            "missing or not a boolean",
        )),
    }
}

/// Theorem 5.2's hypotheses (module docs); returns the report line.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the quantity that differs from the re-derived one.
pub fn critical(cert: &Certificate, model: &Model, is_crit: bool) -> Result<String, CheckFailure> {
    let (ratio, c_pos, unique, radius) = match *model {
        Model::Factorisation { depth: p } => {
            let c2 = choose(p, 2);
            let c3 = choose(p, 3);
            let bracket = rat(4) * &c2 * &c2 - rat(p) * &c3;
            let ratio = rat(p * p) / (rat(2) * bracket);
            let delta = match cert.quantities.get("c_positive_radius") {
                Some(Quantity::Enclosure(e)) => enclosure("quantities.c_positive_radius", e)?,
                _ => return Err(rej("quantities.c_positive_radius", "missing enclosure")),
            };
            // The neighbourhood is fixed (a larger radius would be a different, stronger claim).
            if delta.lo != delta.hi || delta.lo != BigRational::new(1.into(), 10.into()) {
                return Err(rej(
                    "quantities.c_positive_radius",
                    "must be exactly 1/10 (the documented neighbourhood)",
                ));
            }
            let d = delta.lo;
            let one = BigRational::one();
            let a = &one / ((&one + &d) * (&one + &d));
            let b = &one / ((&one - &d) * (&one - &d));
            let e2_lo = &c2 * &a * &a;
            let e1_hi = rat(p) * &b;
            let e3_hi = &c3 * &b * &b * &b;
            let pos = rat(4) * &e2_lo * &e2_lo - e1_hi * e3_hi > BigRational::zero();
            (ratio, pos, true, Some(d))
        }
        Model::InnerProduct { dim } => {
            let (nu, c_star, lambda_star) = (rat(4), rat(4), rat(2));
            (nu / (c_star * lambda_star), true, dim == 1, None)
        }
    };
    match cert.quantities.get("nu_over_c_lambda") {
        Some(Quantity::Enclosure(e)) => {
            let x = enclosure("quantities.nu_over_c_lambda", e)?;
            if x.lo != ratio || x.hi != ratio {
                return Err(rej(
                    "quantities.nu_over_c_lambda",
                    format!("ν/(c*λ*) = {ratio} exactly"),
                ));
            }
        }
        _ => return Err(rej("quantities.nu_over_c_lambda", "missing enclosure")),
    }
    let lt1 = ratio < BigRational::one();
    bool_is(cert, "hypothesis_nu_over_c_lambda_lt_1", lt1)?;
    bool_is(cert, "hypothesis_c_positive_near_optimum", c_pos)?;
    bool_is(cert, "hypothesis_unique_flattest_minimum", unique)?;
    let instance = is_crit && lt1 && c_pos && unique;
    bool_is(cert, "instance_of_theorem_5_2", instance)?;
    Ok(format!(
        "Theorem 5.2's hypotheses re-derived: ν/(c*λ*) = {ratio} < 1 is {lt1}; c > 0 near θ* on M{} is {c_pos}; unique flattest minimum (A3.4) is {unique}; instance_of_theorem_5_2 = {instance}",
        radius
            .map(|d| format!(" (|θᵢ/y^(1/p) − 1| ≤ {d})"))
            .unwrap_or_default()
    ))
}

/// λ* = p·(y^(2p−2))^(1/p) enclosed: exact when the root is rational, else bracketed on the
/// `2⁻²⁵⁶` grid of [`super::critical`].
pub(super) fn lambda_star(p: usize, y: &BigRational) -> Option<RatInterval> {
    let pow = num_traits::pow(y.clone(), 2 * p - 2);
    let root = match super::critical::exact_root(&pow, p as u32) {
        Some(r) => RatInterval::point(r),
        None => super::critical::root_encl(&RatInterval::point(pow), p as u32)?,
    };
    Some(root.scale(&rat(p)))
}

/// Theorem 5.3's hypotheses for a verified `period-two` certificate (depth `p`, target `y`,
/// learning rate `eta`, re-derived stability `stable`):
/// - `hypothesis_eta_above_critical` ⟺ `(ηp)^p·y^(2p−2) > 2^p` (η > η_crit = 2/λ*);
/// - `epsilon` must contain `η·p·(y^(2p−2))^(1/p) − 2` (the root exact when rational, else on a
///   `2⁻²⁵⁶` grid);
/// - `eta_in_stability_window` (p = 2, required; absent for p ≥ 3) ⟺ `ηy > 1 ∧ (ηy + 1)² < 5`;
/// - `instance_of_theorem_5_3` = η > η_crit ∧ `stable`.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the quantity that differs from the re-derived one.
pub fn period_two(
    cert: &Certificate,
    p: usize,
    y: &BigRational,
    eta: &BigRational,
    stable: bool,
) -> Result<String, CheckFailure> {
    let lhs = num_traits::pow(eta * rat(p), p) * num_traits::pow(y.clone(), 2 * p - 2);
    let above = lhs > BigRational::from_integer(BigInt::from(2).pow(p as u32));
    bool_is(cert, "hypothesis_eta_above_critical", above)?;
    bool_is(cert, "instance_of_theorem_5_3", above && stable)?;
    let ls = lambda_star(p, y).ok_or_else(|| rej("model.target", "y^(2p−2) is negative"))?;
    let two = rat(2);
    let eps = RatInterval {
        lo: eta * &ls.lo - &two,
        hi: eta * &ls.hi - &two,
    };
    match cert.quantities.get("epsilon") {
        Some(Quantity::Enclosure(e)) if eps.is_subset_of(&enclosure("quantities.epsilon", e)?) => {}
        _ => {
            return Err(rej(
                "quantities.epsilon",
                format!("missing, or does not contain ηλ* − 2 ∈ {eps}"),
            ));
        }
    }
    let window = if p == 2 {
        let h = eta * y;
        let one = BigRational::one();
        let inside = h > one && (&h + &one) * (&h + &one) < rat(5);
        bool_is(cert, "eta_in_stability_window", inside)?;
        format!("; η in (η_crit, (√5 − 1)/y) is {inside}")
    } else {
        if cert.quantities.contains_key("eta_in_stability_window") {
            return Err(rej(
                "quantities.eta_in_stability_window",
                "only for p = 2 (closed-form window)",
            ));
        }
        String::new()
    };
    Ok(format!(
        "Theorem 5.3's hypothesis η > η_crit is {above} (exact), ε = ηλ* − 2 ≈ {:.6e}{window}; instance_of_theorem_5_3 = {}",
        num_traits::ToPrimitive::to_f64(&eps.lo).unwrap_or(f64::NAN),
        above && stable
    ))
}

/// Exact solution of `A z = b` by elimination with row pivoting; `None` if `A` is singular.
fn gauss(a: &[Vec<BigRational>], b: &[BigRational]) -> Option<Vec<BigRational>> {
    let n = b.len();
    let mut m: Vec<Vec<BigRational>> = a
        .iter()
        .zip(b)
        .map(|(row, bi)| row.iter().cloned().chain([bi.clone()]).collect())
        .collect();
    for c in 0..n {
        let p = (c..n).find(|&r| !m[r][c].is_zero())?;
        m.swap(c, p);
        let pivot = m[c][c].clone();
        for v in m[c].iter_mut() {
            *v = &*v / &pivot;
        }
        let prow = m[c].clone();
        for (r, row) in m.iter_mut().enumerate() {
            if r == c || row[c].is_zero() {
                continue;
            }
            let f = row[c].clone();
            for (v, pv) in row.iter_mut().zip(&prow) {
                *v -= &f * pv;
            }
        }
    }
    Some(m.into_iter().map(|row| row[n].clone()).collect())
}

/// Paper 002's Theorem 1 stepsize condition γ ≤ (1/64)/(L_s·B), decided from the data
/// (module docs of `src/certify/implicit_bias/stepsize.rs`, re-implemented here):
/// `Some(false)` when 64γ·max_j H_jj·m²/(α² + m) > 1 (m = ‖y‖²/‖Xᵀy‖_∞), `Some(true)` when
/// 64γ·max_j Σ_k max_i |X_ij X_ik|·M²/α² ≤ 1 (M = ‖Xᵀ(XXᵀ)⁻¹y‖₁), else `None`.
fn stepsize_condition(
    x: &[Vec<BigRational>],
    y: &[BigRational],
    alpha: &BigRational,
    gamma: &BigRational,
) -> Option<bool> {
    let (n, d) = (x.len(), x.first()?.len());
    let a2 = alpha * alpha;
    let sixty_four_gamma = gamma * rat(64);
    let col = |j: usize| x.iter().map(move |r| &r[j]);
    let mut l_low = BigRational::zero();
    let mut xty_inf = BigRational::zero();
    for j in 0..d {
        let hjj = col(j).fold(BigRational::zero(), |s, v| s + v * v) / rat(n);
        let xty = col(j)
            .zip(y)
            .fold(BigRational::zero(), |s, (v, t)| s + v * t)
            .abs();
        l_low = l_low.max(hjj);
        xty_inf = xty_inf.max(xty);
    }
    if xty_inf.is_positive() {
        let yy = y.iter().fold(BigRational::zero(), |s, v| s + v * v);
        let m = yy / xty_inf;
        if &sixty_four_gamma * &l_low * &m * &m / (&a2 + &m) > BigRational::one() {
            return Some(false);
        }
    }
    let mut l_up = BigRational::zero();
    for j in 0..d {
        let mut row = BigRational::zero();
        for k in 0..d {
            row += col(j)
                .zip(col(k))
                .map(|(a, b)| (a * b).abs())
                .fold(BigRational::zero(), |m, v| m.max(v));
        }
        l_up = l_up.max(row);
    }
    let gram: Vec<Vec<BigRational>> = x
        .iter()
        .map(|a| {
            x.iter()
                .map(|b| {
                    a.iter()
                        .zip(b)
                        .fold(BigRational::zero(), |s, (u, v)| s + u * v)
                })
                .collect()
        })
        .collect();
    let z = gauss(&gram, y)?;
    let big_m = (0..d).fold(BigRational::zero(), |s, j| {
        s + col(j)
            .zip(&z)
            .fold(BigRational::zero(), |t, (v, zi)| t + v * zi)
            .abs()
    });
    (sixty_four_gamma * l_up * &big_m * &big_m / a2 <= BigRational::one()).then_some(true)
}

/// The implicit-bias hypothesis quantities: `route_stepsize_condition` must be `false` (the
/// checker re-derives Theorem 1's conclusions from the run, never from the condition), and
/// `hypothesis_stepsize_condition` must equal the decided condition, or be absent when it is
/// not decided.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the quantity that differs.
pub fn implicit_bias(
    cert: &Certificate,
    x: &[Vec<BigRational>],
    y: &[BigRational],
    alpha: &BigRational,
    gamma: &BigRational,
) -> Result<String, CheckFailure> {
    bool_is(cert, "route_stepsize_condition", false)?;
    let decided = stepsize_condition(x, y, alpha, gamma);
    match (
        cert.quantities.get("hypothesis_stepsize_condition"),
        decided,
    ) {
        (None, None) => {}
        (Some(Quantity::Bool(b)), Some(d)) if *b == d => {}
        (_, Some(d)) => {
            return Err(rej(
                "quantities.hypothesis_stepsize_condition",
                format!("the checker decides the stepsize condition: {d}"),
            ));
        }
        (Some(_), None) => {
            return Err(rej(
                "quantities.hypothesis_stepsize_condition",
                "claimed, but the checker's bounds do not decide it",
            ));
        }
    }
    Ok(format!(
        "Theorem 1's stepsize condition γ ≤ (1/64)/(L_s·B): {}; route: proved directly on the run (route_stepsize_condition = false)",
        match decided {
            Some(true) => "holds (proved)",
            Some(false) => "fails (proved)",
            None => "not decided",
        }
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_match_the_closed_form() {
        // 3/((p−1)(5p−4)) from the symmetric-function form of c*.
        for p in 2..=40usize {
            let c2 = choose(p, 2);
            let c3 = choose(p, 3);
            let r = rat(p * p) / (rat(2) * (rat(4) * &c2 * &c2 - rat(p) * &c3));
            assert_eq!(
                r,
                BigRational::new(3.into(), BigInt::from((p - 1) * (5 * p - 4)))
            );
        }
        assert!(choose(2, 3).is_zero() && !choose(3, 3).is_negative());
    }
}
