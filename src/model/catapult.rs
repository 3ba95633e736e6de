//! The catapult `uv` model of Lewkowycz et al. (2020) and its exact scalar (f, λ) recursion
//! (Wang et al.).
//!
//! Width `n`, one input equal to 1: `f = uᵀv/√n`, loss `½(f − y)²`, neural tangent kernel
//! `λ = (‖u‖² + ‖v‖²)/n`. With `g = f − y`, one GD step with learning rate `η` is exactly
//!
//! ```text
//! f⁺ = f − ηgλ + η²g²f/n,        λ⁺ = λ − 4ηgf/n + η²g²λ/n.
//! ```
//!
//! (Proof: `u⁺ = u − ηg v/√n`, `v⁺ = v − ηg u/√n`; expand `u⁺ᵀv⁺` and `‖u⁺‖² + ‖v⁺‖²`.)
//! The state used here is `(g, λ)` and the step is written in *factor form*
//!
//! ```text
//! f = y + g,   m = (1 − η·λ) + c·(g·f),   p = c·(g·λ) − k·f,   g⁺ = g·m,   λ⁺ = λ + g·p,
//! ```
//!
//! with the exact constants `c = η²/n`, `k = 4η/n`. In interval arithmetic the factor form
//! keeps the relative width of `g` from growing by `1 + ηλ` per step (the dependency effect of
//! `f − ηgλ`). The step is the map [`Uv`](crate::dynamics::Uv) ([`UvConstants::step`]). The independent checker replays this expression in this order
//! (`docs/certificate.md`, "catapult").
//!
//! For label `y = 0`: `λ⁺ − λ = (ηf²/n)(ηλ − 4)` — the curvature falls iff `ηλ < 4`.

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::arith::Scalar;

/// The exact constants of one step, as enclosures in the scalar backend.
#[derive(Clone, Debug)]
pub struct UvConstants<S> {
    /// The label `y`.
    pub y: S,
    /// The learning rate `η`.
    pub eta: S,
    /// `1`.
    pub one: S,
    /// `c = η²/n`.
    pub c: S,
    /// `k = 4η/n`.
    pub k: S,
}

impl<S: Scalar> UvConstants<S> {
    /// Enclose the constants of width `n`, label `y` and learning rate `eta`.
    pub fn new(n: u64, y: &BigRational, eta: &BigRational, ctx: &S::Ctx) -> Self {
        let n = BigRational::from_integer(BigInt::from(n));
        let c = eta * eta / &n;
        let k = eta * BigRational::from_integer(4.into()) / &n;
        UvConstants {
            y: S::from_rational(y, ctx),
            eta: S::from_rational(eta, ctx),
            one: S::from_int(1, ctx),
            c: S::from_rational(&c, ctx),
            k: S::from_rational(&k, ctx),
        }
    }

    /// Enclose the constants for every learning rate `η ∈ [eta_lo, eta_hi]` (`0 < eta_lo ≤
    /// eta_hi`): `η` as the hull `[eta_lo, eta_hi]`, `c = [eta_lo², eta_hi²]/n`,
    /// `k = [4·eta_lo, 4·eta_hi]/n` (exact endpoints, then outward rounded), so that one step
    /// with these constants encloses the step of every `η` in the range.
    pub fn new_range(
        n: u64,
        y: &BigRational,
        eta_lo: &BigRational,
        eta_hi: &BigRational,
        ctx: &S::Ctx,
    ) -> Self {
        let n = BigRational::from_integer(BigInt::from(n));
        let four = BigRational::from_integer(4.into());
        UvConstants {
            y: S::from_rational(y, ctx),
            eta: S::from_bounds(eta_lo, eta_hi, ctx),
            one: S::from_int(1, ctx),
            c: S::from_bounds(&(eta_lo * eta_lo / &n), &(eta_hi * eta_hi / &n), ctx),
            k: S::from_bounds(&(eta_lo * &four / &n), &(eta_hi * &four / &n), ctx),
        }
    }
}

/// The contraction factor `m = (1 − η·λ) + c·(g·f)` and the drift factor
/// `p = c·(g·λ) − k·f` (`λ⁺ = λ + g·p`), evaluated on enclosures (for boxes in the tail lemma).
pub fn uv_factors<S: Scalar>(g: &S, lambda: &S, k: &UvConstants<S>) -> (S, S) {
    let f = k.y.clone() + g.clone();
    let m =
        (k.one.clone() - k.eta.clone() * lambda.clone()) + k.c.clone() * (g.clone() * f.clone());
    let p = k.c.clone() * (g.clone() * lambda.clone()) - k.k.clone() * f;
    (m, p)
}
