//! The hypotheses of MacDonald et al., Theorem 5.2 (critical learning rate), proved on the
//! instance's model (they do not depend on the start).
//!
//! - **Prop. B.7**: `ν/(c*λ*) < 1`. For the factorisation ν = 4y^{2−4/p} (Prop. B.6),
//!   λ* = p·y^{2−2/p} and the flip coefficient c* = 4(p−1)(5p−4)/(3p)·y^{−2/p} (reconstructed
//!   formula, see `docs/theory.md`), so `ν/(c*λ*) = 3/((p−1)(5p−4))`, exactly, for every y.
//!   The inner product has the planar reduction of p = 2 (ν = 4, c* = 4, λ* = 2 at Y = 1, and the
//!   ratio is scale-free): `1/2`.
//! - **A3.3** (genericity): c(2/λ, θ∥) = (8/e₁³)(4e₂² − e₁e₃) > 0, eₖ the elementary symmetric
//!   polynomials of θᵢ⁻², on the neighbourhood {θ ∈ M : |θᵢ/y^{1/p} − 1| ≤ δ} of θ* with
//!   δ = [`c_radius`]: with xᵢ = (θᵢ/y^{1/p})⁻² ∈ [a, b] = [(1+δ)⁻², (1−δ)⁻²] and eₖ increasing in
//!   every xᵢ > 0, 4e₂² − e₁e₃ ≥ y^{−8/p}(4·C(p,2)²a⁴ − p·C(p,3)·b⁴) > 0 (exact rationals). For the
//!   inner product (and p = 2) D³f ≡ 0 and D²f\[n,n\] = 2Y/‖∇f‖² ≠ 0, so c = 8(D²f\[n,n\])²/‖∇f‖² > 0
//!   on all of M.
//! - **A3.4** (λ has a unique minimiser on M near θ*): true for the factorisation (AM–GM:
//!   λ = y²Σθᵢ⁻² ≥ p·y²(∏θᵢ⁻²)^{1/p} = λ*, equality iff θ is balanced) and for the inner product
//!   with d = 1; false for d ≥ 2, where the flattest minima form the sphere {u = v, ‖u‖² = Y}.

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::certificate::{Enclosure, EnclosureExt as _};
use eoscert_check::claim::CriticalQuantities;

/// The relative radius δ = 1/10 of the neighbourhood of θ* on which c > 0 is proved
/// (factorisation). The bound of the module docs needs ((1+δ)/(1−δ))⁸ < 6(p−1)/(p−2), which holds
/// for every p when δ < 0.111.
pub fn c_radius() -> BigRational {
    BigRational::new(1.into(), 10.into())
}

fn binom(n: usize, k: usize) -> BigRational {
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * BigInt::from(n - i) / BigInt::from(i + 1);
    }
    BigRational::from_integer(r)
}

/// `4·C(p,2)²a⁴ − p·C(p,3)·b⁴ > 0` with `a = (1+δ)⁻²`, `b = (1−δ)⁻²`.
pub fn c_positive_on_box(depth: usize, delta: &BigRational) -> bool {
    let one = BigRational::from_integer(1.into());
    let a = &one / ((&one + delta) * (&one + delta));
    let b = &one / ((&one - delta) * (&one - delta));
    let four = BigRational::from_integer(4.into());
    let p = BigRational::from_integer(depth.into());
    let lhs = four * num_traits::pow(binom(depth, 2), 2) * num_traits::pow(a, 4);
    let rhs = p * binom(depth, 3) * num_traits::pow(b, 4);
    delta < &one && lhs > rhs
}

/// `ν/(c*λ*)`: `3/((p−1)(5p−4))` (factorisation, `depth = Some(p)`) or `1/2` (inner product).
pub fn nu_over_c_lambda(depth: Option<usize>) -> BigRational {
    match depth {
        Some(p) => BigRational::new(3.into(), BigInt::from((p - 1) * (5 * p - 4))),
        None => BigRational::new(1.into(), 2.into()),
    }
}

/// The hypothesis quantities of Theorem 5.2 for a factorisation of depth `Some(p)` or an inner
/// product of dimension `dim`, written into `q`; `eta_is_critical` enters
/// `instance_of_theorem_5_2`.
pub fn theorem_5_2_quantities(
    depth: Option<usize>,
    dim: usize,
    eta_is_critical: bool,
    q: &mut CriticalQuantities,
) {
    let ratio = nu_over_c_lambda(depth);
    let lt1 = ratio < BigRational::from_integer(1.into());
    let c_pos = match depth {
        Some(p) => c_positive_on_box(p, &c_radius()),
        None => true,
    };
    let unique = depth.is_some() || dim == 1;
    q.nu_over_c_lambda = Some(Enclosure::exact(&ratio));
    q.hypothesis_nu_over_c_lambda_lt_1 = Some(lt1);
    q.hypothesis_c_positive_near_optimum = Some(c_pos);
    q.hypothesis_unique_flattest_minimum = Some(unique);
    q.instance_of_theorem_5_2 = Some(eta_is_critical && lt1 && c_pos && unique);
    if depth.is_some() {
        q.c_positive_radius = Some(Enclosure::exact(&c_radius()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prop_b7_values_and_the_radius() {
        // ν/(c*λ*) = 1/2, 3/22, 1/16, 1/28 for p = 2..5 (reference S4).
        let r: Vec<BigRational> = (2..=5).map(|p| nu_over_c_lambda(Some(p))).collect();
        let q = |a: i64, b: i64| BigRational::new(a.into(), b.into());
        assert_eq!(r, vec![q(1, 2), q(3, 22), q(1, 16), q(1, 28)]);
        for p in 2..=64 {
            assert!(c_positive_on_box(p, &c_radius()), "p = {p}");
        }
        // A mutant: a radius past the bound fails for large p (((1+δ)/(1−δ))⁸ ≥ 6(p−1)/(p−2)).
        assert!(!c_positive_on_box(40, &q(1, 8)));
    }
}
