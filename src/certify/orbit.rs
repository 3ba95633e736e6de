//! Claims `period-two` and `flip-boundary`: the supercritical period-two orbit of GD on the deep
//! scalar factorisation, its multipliers, and the learning rates where it loses stability
//! (MacDonald et al., Theorem 5.3).
//!
//! # Setting
//! ℓ(θ) = ½(θ₁⋯θ_p − y)² with p ≥ 2, y > 0, GD step θ ↦ θ − η(θ₁⋯θ_p − y)∇(θ₁⋯θ_p). The line
//! L = {s·1} is invariant; on it GD is the scalar map
//!
//! ```text
//! φ(s) = s − η (s^p − y) s^{p−1},      φ′(s) = 1 − η((2p−1) s^{2p−2} − (p−1) y s^{p−2}).
//! ```
//!
//! λ* = p·y^{2−2/p} and η_crit = 2/λ*. For η > η_crit a period-two orbit {s₊·1, s₋·1},
//! s₊ > s₋ > 0, bifurcates from the balanced minimum y^{1/p}·1.
//!
//! # Lemma (multipliers at a point of L)
//! At θ = s·1 the Jacobian of the GD map is `I − ηH` with
//! `H = ∇²ℓ(s·1) = s^{2p−2}·11ᵀ + r s^{p−2}(11ᵀ − I)`, r = s^p − y. Hence `I − ηH` is diagonal in
//! the orthogonal splitting span(1) ⊕ 1^⊥: on 1 the eigenvalue is
//! `1 − η(p s^{2p−2} + (p−1) r s^{p−2}) = φ′(s)`, on 1^⊥ (multiplicity p − 1) it is
//! `1 + η r s^{p−2}`.
//!
//! *Proof.* With f = θ₁⋯θ_p, ∇ℓ = r∇f and ∇²ℓ = ∇f∇fᵀ + r∇²f. At s·1: ∂_i f = s^{p−1}, so
//! ∇f∇fᵀ = s^{2p−2}11ᵀ; ∂_i∂_j f = s^{p−2} for i ≠ j and 0 for i = j, so ∇²f = s^{p−2}(11ᵀ − I).
//! 11ᵀ acts as p on 1 and as 0 on 1^⊥, which gives the two eigenvalues; and
//! p s^{2p−2} + (p−1)(s^p − y)s^{p−2} = (2p−1)s^{2p−2} − (p−1)y s^{p−2}, i.e. the eigenvalue on 1
//! is φ′(s) (as it must be, since L is invariant). ∎
//!
//! Since both GD Jacobians along the orbit share this eigenbasis, the Jacobian of GD∘GD at s₊·1
//! has the eigenvalue `multiplier_normal = φ′(s₊)φ′(s₋)` along L (normal to the solution manifold
//! M at θ∥*) and `multiplier_tangent = (1 + ηr₊s₊^{p−2})(1 + ηr₋s₋^{p−2})` on 1^⊥ (tangent to M),
//! with multiplicity p − 1. These are all its eigenvalues.
//!
//! # Method
//! Existence and uniqueness: the Krawczyk operator ([`super::krawczyk`]) on
//! `F(s₀, s₁) = (φ(s₀) − s₁, φ(s₁) − s₀)` (two dimensions, avoiding the wrapping of φ∘φ), around a
//! float candidate found by Newton continuation from the small-ε asymptotics
//! `s± ≈ y^{1/p}(1 ± √(ε/(c*p)))` (ε = ηλ* − 2). Every box used is required to satisfy
//! `0 < X₁ < X₀` (proved), so the zero is a genuine 2-cycle with s₊ > s₋ > 0: not a fixed point
//! and not the cycle {s, −s} through 0. The uniqueness box is the widest of a few tried; the
//! enclosure comes from one more Krawczyk test on a box of a few units of the working precision
//! around the limit of a chord-Newton iteration, which must lie inside the uniqueness box (so
//! its zero is the unique one there); see [`super::krawczyk::prove_zero`]. Multipliers are
//! evaluated in interval arithmetic over the final enclosure.
//!
//! Flip boundary: Krawczyk in (s₀, s₁, η) on `(F, φ′(s₀)φ′(s₁) + 1)` (three dimensions), proving
//! a unique (orbit, η) in a box on which the normal multiplier equals −1 (p = 2: η = √5 − 1).
//! The tangential multiplier equals +1 only at the birth of the orbit (η = η_crit, where the
//! orbit collapses onto the fixed point); for p = 2 it is 3 − 2η < 1 for all η > 1, and for
//! p = 3…8 it decreases along the branch in float experiments. It does cross −1 (p = 2: η = 2),
//! which [`prove_boundary`] with [`Multiplier::Tangent`] encloses the same way.
//!
//! # Examples
//! ```
//! use eoscert::arith::{Backend, parse_rational};
//! use eoscert::certify::orbit::{OrbitProblem, prove_period_two};
//! let problem = OrbitProblem {
//!     depth: 2,
//!     target: parse_rational("1").unwrap(),
//!     eta: parse_rational("21/20").unwrap(),
//! };
//! let cert = prove_period_two(&problem, Backend::Interval).unwrap();
//! assert!(cert.verified);
//! assert_eq!(cert.quantities["stable"], eoscert::certificate::Quantity::Bool(true));
//! ```

use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive};

use super::krawczyk::{KrawczykStep, VerifiedZero, prove_zero};
use super::{Reason, enclosure_of, exact_enclosures};
use crate::Error;
use crate::arith::{Backend, BackendTask, Scalar, parse_rational};
use crate::certificate::{Certificate, Enclosure, SCHEMA, format_exact};
use eoscert_check::claim::{
    FlipBoundaryClaim, FlipBoundaryQuantities, GdKind, GdModel, PeriodTwoClaim, PeriodTwoQuantities,
};
use eoscert_check::evidence as ev;

/// The largest depth accepted.
pub const MAX_DEPTH: usize = 64;

/// A period-two claim: depth p, target y and learning rate η, all exact.
#[derive(Clone, Debug)]
pub struct OrbitProblem {
    /// The depth p ≥ 2.
    pub depth: usize,
    /// The target y > 0.
    pub target: BigRational,
    /// The learning rate η > 0.
    pub eta: BigRational,
}

/// Which 2-step multiplier a boundary is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Multiplier {
    /// `multiplier_normal` = φ′(s₊)φ′(s₋), along L.
    Normal,
    /// `multiplier_tangent` = (1 + ηr₊s₊^{p−2})(1 + ηr₋s₋^{p−2}), on 1^⊥.
    Tangent,
}

fn check_depth_target(depth: usize, target: &BigRational) -> Result<(), Error> {
    if !(2..=MAX_DEPTH).contains(&depth) {
        return Err(Error::field(
            "model.depth",
            format!("{depth}: the depth p must lie in 2..={MAX_DEPTH}"),
        ));
    }
    if !target.is_positive() {
        return Err(Error::field(
            "model.target",
            format!("{}: the target y must be positive", format_exact(target)),
        ));
    }
    Ok(())
}

impl OrbitProblem {
    /// Check p ∈ 2..=[`MAX_DEPTH`], y > 0, η > 0.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the offending parameter.
    pub fn validate(&self) -> Result<(), Error> {
        check_depth_target(self.depth, &self.target)?;
        if !self.eta.is_positive() {
            return Err(Error::field(
                "eta",
                format!(
                    "{}: the learning rate must be positive",
                    format_exact(&self.eta)
                ),
            ));
        }
        Ok(())
    }

    /// Whether ηλ* > 2, decided exactly: `(ηp)^p · y^{2p−2} > 2^p` (λ* = p·y^{2−2/p}).
    pub fn is_supercritical(&self) -> bool {
        let p = self.depth;
        let ep = &self.eta * BigRational::from_integer(BigInt::from(p));
        let lhs = num_traits::pow(ep, p) * num_traits::pow(self.target.clone(), 2 * p - 2);
        lhs > BigRational::from_integer(BigInt::from(2).pow(p as u32))
    }
}

/// The scalar map on L and its derivatives, with the evaluation order fixed (the independent
/// checker mirrors it exactly, so its exact interval evaluation is contained in ours).
#[derive(Clone, Debug)]
pub struct LineMap<S> {
    /// Depth p.
    pub p: usize,
    /// Target y.
    pub y: S,
    /// Learning rate η.
    pub eta: S,
    /// The constant 1 (cached: creating constants is slow in some backends).
    one: S,
}

/// `s^k` by left-to-right repeated multiplication (`1` for k = 0).
pub fn power<S: Scalar>(s: &S, k: usize) -> S {
    if k == 0 {
        return S::from_int(1, &s.ctx());
    }
    let mut acc = s.clone();
    for _ in 1..k {
        acc = acc * s.clone();
    }
    acc
}

impl<S: Scalar> LineMap<S> {
    /// The map for depth p, target y and learning rate η.
    pub fn new(p: usize, y: S, eta: S) -> Self {
        let one = S::from_int(1, &y.ctx());
        LineMap { p, y, eta, one }
    }

    fn one(&self) -> S {
        self.one.clone()
    }

    /// `s^k` as [`power`], with the cached 1 for k = 0.
    fn pw(&self, s: &S, k: usize) -> S {
        if k == 0 { self.one() } else { power(s, k) }
    }

    /// `(s^p − y)·s^{p−1}` (so that φ(s) = s − η·this; also −∂φ/∂η).
    pub fn grad(&self, s: &S) -> S {
        (self.pw(s, self.p) - self.y.clone()) * self.pw(s, self.p - 1)
    }

    /// φ(s) = s − η·((s^p − y)·s^{p−1}).
    pub fn phi_eta(&self, s: &S, eta: &S) -> S {
        s.clone() - eta.clone() * self.grad(s)
    }

    /// `(2p−1)s^{2p−2} − ((p−1)y)·s^{p−2}` (so that φ′ = 1 − η·this).
    pub fn curv(&self, s: &S) -> S {
        let p = self.p as i64;
        self.pw(s, 2 * self.p - 2).mul_int(2 * p - 1)
            - self.y.mul_int(p - 1) * self.pw(s, self.p - 2)
    }

    /// φ′(s) = 1 − η·curv(s).
    pub fn dphi_eta(&self, s: &S, eta: &S) -> S {
        self.one() - eta.clone() * self.curv(s)
    }

    /// `(2p−1)(2p−2)s^{2p−3} − ((p−1)(p−2)y)·s^{p−3}` (so that φ″ = −η·this); the second term is
    /// absent for p = 2.
    pub fn curv_prime(&self, s: &S) -> S {
        let p = self.p as i64;
        let first = self
            .pw(s, 2 * self.p - 3)
            .mul_int((2 * p - 1) * (2 * p - 2));
        if self.p == 2 {
            first
        } else {
            first - self.y.mul_int((p - 1) * (p - 2)) * self.pw(s, self.p - 3)
        }
    }

    /// `(s^p − y)·s^{p−2}` (so that the tangential factor is 1 + η·this).
    pub fn tang(&self, s: &S) -> S {
        (self.pw(s, self.p) - self.y.clone()) * self.pw(s, self.p - 2)
    }

    /// `(2p−2)s^{2p−3} − ((p−2)y)·s^{p−3}` = d tang/ds; for p = 2 just `2s`.
    pub fn tang_prime(&self, s: &S) -> S {
        let p = self.p as i64;
        let first = self.pw(s, 2 * self.p - 3).mul_int(2 * p - 2);
        if self.p == 2 {
            first
        } else {
            first - self.y.mul_int(p - 2) * self.pw(s, self.p - 3)
        }
    }

    /// The tangential GD multiplier 1 + η·tang(s).
    pub fn tangent_eta(&self, s: &S, eta: &S) -> S {
        self.one() + eta.clone() * self.tang(s)
    }

    /// F(s₀, s₁) = (φ(s₀) − s₁, φ(s₁) − s₀).
    pub fn cycle_residual(&self, x: &[S]) -> Vec<S> {
        vec![
            self.phi_eta(&x[0], &self.eta) - x[1].clone(),
            self.phi_eta(&x[1], &self.eta) - x[0].clone(),
        ]
    }

    /// The Jacobian of F: `[[φ′(s₀), −1], [−1, φ′(s₁)]]`.
    pub fn cycle_jacobian(&self, x: &[S]) -> Vec<Vec<S>> {
        let m1 = -self.one();
        vec![
            vec![self.dphi_eta(&x[0], &self.eta), m1.clone()],
            vec![m1, self.dphi_eta(&x[1], &self.eta)],
        ]
    }

    /// The 2-step multipliers (normal, tangent) over the box (s₀, s₁).
    pub fn multipliers(&self, x: &[S]) -> (S, S) {
        (
            self.dphi_eta(&x[0], &self.eta) * self.dphi_eta(&x[1], &self.eta),
            self.tangent_eta(&x[0], &self.eta) * self.tangent_eta(&x[1], &self.eta),
        )
    }

    /// The boundary system in (s₀, s₁, η): (φ(s₀) − s₁, φ(s₁) − s₀, m(s₀, s₁, η) + 1).
    pub fn boundary_residual(&self, which: Multiplier, x: &[S]) -> Vec<S> {
        let (s0, s1, eta) = (&x[0], &x[1], &x[2]);
        let m = match which {
            Multiplier::Normal => self.dphi_eta(s0, eta) * self.dphi_eta(s1, eta),
            Multiplier::Tangent => self.tangent_eta(s0, eta) * self.tangent_eta(s1, eta),
        };
        vec![
            self.phi_eta(s0, eta) - s1.clone(),
            self.phi_eta(s1, eta) - s0.clone(),
            m + self.one(),
        ]
    }

    /// The Jacobian of [`LineMap::boundary_residual`].
    pub fn boundary_jacobian(&self, which: Multiplier, x: &[S]) -> Vec<Vec<S>> {
        let (s0, s1, eta) = (&x[0], &x[1], &x[2]);
        let m1 = -self.one();
        let row3 = match which {
            Multiplier::Normal => {
                // φ′ = 1 − η·curv: ∂/∂s = −η·curv′, ∂/∂η = −curv.
                let (d0, d1) = (self.dphi_eta(s0, eta), self.dphi_eta(s1, eta));
                vec![
                    -(eta.clone() * self.curv_prime(s0)) * d1.clone(),
                    d0.clone() * -(eta.clone() * self.curv_prime(s1)),
                    -self.curv(s0) * d1 + d0 * -self.curv(s1),
                ]
            }
            Multiplier::Tangent => {
                let (t0, t1) = (self.tangent_eta(s0, eta), self.tangent_eta(s1, eta));
                vec![
                    eta.clone() * self.tang_prime(s0) * t1.clone(),
                    t0.clone() * (eta.clone() * self.tang_prime(s1)),
                    self.tang(s0) * t1 + t0 * self.tang(s1),
                ]
            }
        };
        vec![
            vec![self.dphi_eta(s0, eta), m1.clone(), -self.grad(s0)],
            vec![m1, self.dphi_eta(s1, eta), -self.grad(s1)],
            row3,
        ]
    }
}

// ---------------------------------------------------------------------------------------------
// Float candidates (no rigour needed: Krawczyk accepts any candidate).

/// `h_k(a, b) = Σ_{i=0}^k a^i b^{k−i}` and its partial derivatives.
fn complete_h(a: f64, b: f64, k: usize) -> (f64, f64, f64) {
    let (mut h, mut da, mut db) = (0.0, 0.0, 0.0);
    for i in 0..=k {
        let j = k - i;
        h += a.powi(i as i32) * b.powi(j as i32);
        if i > 0 {
            da += i as f64 * a.powi(i as i32 - 1) * b.powi(j as i32);
        }
        if j > 0 {
            db += j as f64 * a.powi(i as i32) * b.powi(j as i32 - 1);
        }
    }
    (h, da, db)
}

/// Newton on the desingularised 2-cycle system for y = 1 (scaled coordinates):
/// G₁ = x₀^{p−1}(x₀^p − 1) + x₁^{p−1}(x₁^p − 1) = 0 (sum of the two equations / η) and
/// G₂ = 2 − η̃(h_{2p−2}(x₀,x₁) − h_{p−2}(x₀,x₁)) = 0 (their difference / (x₀ − x₁)), whose only
/// solutions are 2-cycles with x₀ ≠ x₁ (the fixed point is not a root for η̃ ≠ η̃_crit).
fn newton_cycle(p: usize, eta: f64, mut a: f64, mut b: f64) -> Option<(f64, f64)> {
    let pi = p as i32;
    for _ in 0..100 {
        let g1 = a.powi(pi - 1) * (a.powi(pi) - 1.0) + b.powi(pi - 1) * (b.powi(pi) - 1.0);
        let (h2, h2a, h2b) = complete_h(a, b, 2 * p - 2);
        let (h0, h0a, h0b) = complete_h(a, b, p - 2);
        let g2 = 2.0 - eta * (h2 - h0);
        let d =
            |s: f64| (2 * pi - 1) as f64 * s.powi(2 * pi - 2) - (pi - 1) as f64 * s.powi(pi - 2);
        let (j11, j12) = (d(a), d(b));
        let (j21, j22) = (-eta * (h2a - h0a), -eta * (h2b - h0b));
        let det = j11 * j22 - j12 * j21;
        if !det.is_finite() || det == 0.0 {
            return None;
        }
        let da = (j22 * g1 - j12 * g2) / det;
        let db = (-j21 * g1 + j11 * g2) / det;
        a -= da;
        b -= db;
        if !(a.is_finite() && b.is_finite()) {
            return None;
        }
        if da.abs() + db.abs() <= 4.0 * f64::EPSILON * (a.abs() + b.abs()) {
            break;
        }
    }
    // Accept only a genuine positive 2-cycle with a small residual of the original system.
    let phi = |s: f64| s - eta * (s.powi(pi) - 1.0) * s.powi(pi - 1);
    let res = (phi(a) - b).abs() + (phi(b) - a).abs();
    (a > b && b > 0.0 && res <= 1e-9 * a).then_some((a, b))
}

/// c* for y = 1: 4(p−1)(5p−4)/(3p).
fn c_star_unit(p: usize) -> f64 {
    let p = p as f64;
    4.0 * (p - 1.0) * (5.0 * p - 4.0) / (3.0 * p)
}

/// The 2-cycle for y = 1 at scaled learning rate `eta` (η̃ = ηy^{2−2/p}), by Newton continuation
/// in ε = pη̃ − 2 from the small-ε asymptotics x± = 1 ± √(ε/(c*p)).
fn unit_cycle(p: usize, eta: f64) -> Option<(f64, f64)> {
    let eps = p as f64 * eta - 2.0;
    if eps.is_nan() || eps <= 0.0 || !eps.is_finite() {
        return None;
    }
    let guess = |e: f64| {
        let d = (e / (c_star_unit(p) * p as f64)).sqrt();
        (1.0 + d, 1.0 - d)
    };
    const START: f64 = 0.01;
    if eps <= START {
        let (a, b) = guess(eps);
        return newton_cycle(p, eta, a, b);
    }
    let (a, b) = guess(START);
    let mut cur = newton_cycle(p, (2.0 + START) / p as f64, a, b)?;
    let mut e = START;
    let mut ratio: f64 = 1.1;
    while e < eps {
        let next = (e * ratio).min(eps);
        match newton_cycle(p, (2.0 + next) / p as f64, cur.0, cur.1) {
            Some(c) => {
                cur = c;
                e = next;
                ratio = (ratio * 1.5).min(1.5);
            }
            None => {
                ratio = 1.0 + (ratio - 1.0) / 4.0;
                if ratio < 1.0 + 1e-6 {
                    return None;
                }
            }
        }
    }
    newton_cycle(p, eta, cur.0, cur.1)
}

/// The float period-two orbit (s₊, s₋) of GD on L, or `None` if the continuation loses it.
///
/// # Examples
/// ```
/// let (a, b) = eoscert::certify::orbit::float_orbit(2, 1.0, 1.05).unwrap();
/// assert!((a - 5.0 / 21f64.sqrt()).abs() < 1e-14 && (b - 4.0 / 21f64.sqrt()).abs() < 1e-14);
/// ```
pub fn float_orbit(depth: usize, target: f64, eta: f64) -> Option<(f64, f64)> {
    if depth < 2 || target.is_nan() || target <= 0.0 || eta.is_nan() || eta <= 0.0 {
        return None;
    }
    let p = depth as f64;
    let scale = target.powf(1.0 / p);
    let eta_unit = eta * target.powf(2.0 - 2.0 / p);
    let (a, b) = unit_cycle(depth, eta_unit)?;
    let (s0, s1) = (a * scale, b * scale);
    (s0.is_finite() && s1.is_finite() && s1 > 0.0).then_some((s0, s1))
}

/// The float multipliers (normal, tangent) of the unit problem at (x₀, x₁, η̃).
fn unit_multipliers(p: usize, eta: f64, a: f64, b: f64) -> (f64, f64) {
    let pi = p as i32;
    let d = |s: f64| {
        1.0 - eta * ((2 * pi - 1) as f64 * s.powi(2 * pi - 2) - (pi - 1) as f64 * s.powi(pi - 2))
    };
    let t = |s: f64| 1.0 + eta * (s.powi(pi) - 1.0) * s.powi(pi - 2);
    (d(a) * d(b), t(a) * t(b))
}

/// Float candidate (x₀, x₁, η̃) for the unit problem where the chosen multiplier is −1: march
/// in ε until it drops below −1, then bisect.
fn unit_boundary(p: usize, which: Multiplier) -> Option<(f64, f64, f64)> {
    let pick = |eta: f64, c: (f64, f64)| {
        let (n, t) = unit_multipliers(p, eta, c.0, c.1);
        match which {
            Multiplier::Normal => n + 1.0,
            Multiplier::Tangent => t + 1.0,
        }
    };
    let eta_of = |e: f64| (2.0 + e) / p as f64;
    let mut e = 0.01;
    let mut cur = unit_cycle(p, eta_of(e))?;
    if pick(eta_of(e), cur) <= 0.0 {
        return None;
    }
    // March with ratio 1.02 in ε (continuation), up to ε = 1e5.
    let (mut lo, mut hi);
    loop {
        let next = e * 1.02;
        if next > 1e5 {
            return None;
        }
        let c = newton_cycle(p, eta_of(next), cur.0, cur.1)?;
        if pick(eta_of(next), c) <= 0.0 {
            lo = (e, cur);
            hi = (next, c);
            break;
        }
        e = next;
        cur = c;
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo.0 + hi.0);
        if mid <= lo.0 || mid >= hi.0 {
            break;
        }
        let c = newton_cycle(p, eta_of(mid), lo.1.0, lo.1.1)?;
        if pick(eta_of(mid), c) > 0.0 {
            lo = (mid, c);
        } else {
            hi = (mid, c);
        }
    }
    Some((lo.1.0, lo.1.1, eta_of(lo.0)))
}

// ---------------------------------------------------------------------------------------------
// Certificates.

fn model_info(depth: usize, target: &BigRational) -> GdModel {
    GdModel {
        kind: GdKind::Factorisation,
        depth: Some(depth),
        dim: None,
        target: format_exact(target),
    }
}

/// The exact lower end of a point enclosure (`None` if unbounded).
fn exact_point<S: Scalar>(x: &S) -> Option<String> {
    x.bounds().map(|(lo, _)| format_exact(&lo))
}

/// The evidence for one verified Krawczyk step: box, midpoint and preconditioner (exact);
/// `None` if an entry is unbounded.
fn step_evidence<S: Scalar>(step: &KrawczykStep<S>) -> Option<ev::KrawczykStep> {
    Some(ev::KrawczykStep {
        bx: exact_enclosures(&step.x)?,
        midpoint: step.mid.iter().map(exact_point).collect::<Option<_>>()?,
        preconditioner: step
            .c
            .iter()
            .map(|row| row.iter().map(exact_point).collect::<Option<_>>())
            .collect::<Option<_>>()?,
    })
}

/// The period-two evidence of a verified zero (`None` if an entry is unbounded).
fn zero_evidence<S: Scalar>(z: &VerifiedZero<S>, unknowns: &[&str]) -> Option<ev::PeriodTwo> {
    Some(ev::PeriodTwo {
        method: ev::KRAWCZYK.into(),
        unknowns: unknowns.iter().map(|u| (*u).into()).collect(),
        uniqueness: step_evidence(&z.uniqueness)?,
        tight: step_evidence(&z.tight)?,
        enclosure: exact_enclosures(&z.enclosure)?,
    })
}

/// Why a period-two or flip-boundary claim is not verified ([`Reason::text`] is the
/// certificate's `reason`).
#[derive(Clone, Debug, PartialEq)]
pub enum OrbitReason {
    /// ηλ* ≤ 2, proved exactly (for p = 2 no 2-cycle exists at all).
    NotSupercritical {
        /// p = 2.
        depth_two: bool,
    },
    /// y or η is outside the float range.
    ParametersOutOfRange,
    /// y is outside the float range.
    TargetOutOfRange,
    /// The float continuation lost the period-two branch.
    NoFloatOrbit,
    /// The float crossing of −1 (this quantity) was not found.
    NoFloatBoundary(&'static str),
    /// The f64 backend: the float orbit, not a proof.
    FloatOrbit,
    /// The f64 backend, flip boundary: not a proof.
    FloatBoundary,
    /// The Krawczyk test failed.
    Krawczyk(String),
    /// A verified zero's evidence has an unbounded entry.
    UnboundedEvidence,
    /// This quantity's enclosure is unbounded.
    Unbounded(String),
    /// A multiplier enclosure contains ±1.
    StabilityUndecided,
    /// The η enclosure is missing.
    EtaMissing,
    /// The η enclosure does not parse back.
    EtaUnprintable,
    /// The printed η enclosure is wider than requested.
    TooWide {
        /// The quantity.
        name: &'static str,
        /// Its width.
        width: f64,
        /// The requested width, exact.
        requested: String,
    },
}

impl Reason for OrbitReason {
    fn text(&self) -> String {
        use OrbitReason as R;
        match self {
            R::NotSupercritical { depth_two } => {
                let mut reason = "not supercritical: ηλ* ≤ 2 (proved exactly: (ηp)^p·y^(2p−2) ≤ \
                                  2^p, λ* = p·y^(2−2/p)); no edge-of-stability period-two orbit"
                    .to_string();
                if *depth_two {
                    reason.push_str(
                        "; for p = 2 none exists: a 2-cycle with s₀ ≠ ±s₁ has (s₀ − s₁)² = y − \
                         1/η ≤ 0",
                    );
                }
                reason
            }
            R::ParametersOutOfRange => "parameters out of float range".into(),
            R::TargetOutOfRange => "target out of float range".into(),
            R::NoFloatOrbit => "no float candidate: Newton continuation from the small-ε \
                                asymptotics lost the period-two branch (η too large or the map \
                                diverges)"
                .into(),
            R::NoFloatBoundary(name) => {
                format!(
                    "no float candidate: the {name} crossing of −1 was not found along the branch"
                )
            }
            R::FloatOrbit => "f64 backend: float values, not a proof".into(),
            R::FloatBoundary => "f64 backend: not a proof".into(),
            R::Krawczyk(e) => format!("Krawczyk failed: {e}"),
            R::UnboundedEvidence => "the Krawczyk evidence has an unbounded entry".into(),
            R::Unbounded(name) => format!("{name}: enclosure unbounded"),
            R::StabilityUndecided => {
                "orbit proved, but stability undecided: a multiplier enclosure contains ±1".into()
            }
            R::EtaMissing => "η enclosure missing".into(),
            R::EtaUnprintable => "η enclosure unprintable".into(),
            R::TooWide {
                name,
                width,
                requested,
            } => format!(
                "{name} enclosed with width {width:.3e} > requested {requested}: use a higher \
                 precision (mpfr:BITS)"
            ),
        }
    }
}

/// Accept only boxes with 0 < X₁ < X₀ proved (a genuine positive 2-cycle, s₊ > s₋).
fn ordered_positive<S: Scalar>(x: &[S]) -> bool {
    x[1].is_positive().is_certain() && x[1].lt(&x[0]).is_certain()
}

/// Relative radii for the uniqueness box: 1/16 of the gap, then smaller by 32× steps.
fn radii(gap_rel: f64) -> Vec<f64> {
    let mut r = vec![];
    let mut v = gap_rel / 16.0;
    while v > 1e-13 && r.len() < 3 {
        r.push(v);
        v /= 32.0;
    }
    r.push(1e-13);
    r
}

/// The evidence of a `period-two` or `flip-boundary` certificate: `{}` until the Krawczyk
/// proof succeeds (a `verified: false` certificate), then the checker's type.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum OrbitEvidence<E> {
    Pending {},
    Proved(E),
}

/// Set each quantity slot to its enclosure, in order; the name of the first unbounded one
/// (the slots before it are set).
fn set_enclosures<S: Scalar>(
    slots: Vec<(&mut Option<Enclosure>, &'static str, &S)>,
) -> Result<(), &'static str> {
    for (slot, name, v) in slots {
        *slot = Some(enclosure_of(v).ok_or(name)?);
    }
    Ok(())
}

struct PeriodTwoTask<'a> {
    problem: &'a OrbitProblem,
}

impl BackendTask for PeriodTwoTask<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let start = Instant::now();
        let pr = self.problem;
        let mut cert = PeriodTwoClaim::<OrbitEvidence<ev::PeriodTwo>> {
            schema: SCHEMA.into(),
            model: model_info(pr.depth, &pr.target),
            eta: Some(format_exact(&pr.eta)),
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: false,
            reason: String::new(),
            quantities: PeriodTwoQuantities::default(),
            evidence: OrbitEvidence::Pending {},
            elapsed_s: 0.0,
        };
        let finish = |mut c: PeriodTwoClaim<OrbitEvidence<ev::PeriodTwo>>, reason: String| {
            c.reason = reason;
            c.elapsed_s = start.elapsed().as_secs_f64();
            c.into_certificate()
        };
        if !pr.is_supercritical() {
            let reason = OrbitReason::NotSupercritical {
                depth_two: pr.depth == 2,
            };
            return finish(cert, reason.text());
        }
        let (Some(y), Some(eta)) = (pr.target.to_f64(), pr.eta.to_f64()) else {
            return finish(cert, OrbitReason::ParametersOutOfRange.text());
        };
        let Some((a, b)) = float_orbit(pr.depth, y, eta) else {
            return finish(cert, OrbitReason::NoFloatOrbit.text());
        };
        let map = LineMap::new(
            pr.depth,
            S::from_rational(&pr.target, &ctx),
            S::from_rational(&pr.eta, &ctx),
        );
        if !S::RIGOROUS {
            // Float backend: report the float orbit, never verified.
            let x = vec![
                S::from_rational(
                    &crate::arith::parse::rational_from_f64(a).unwrap_or_default(),
                    &ctx,
                ),
                S::from_rational(
                    &crate::arith::parse::rational_from_f64(b).unwrap_or_default(),
                    &ctx,
                ),
            ];
            let (mn, mt) = map.multipliers(&x);
            let q = &mut cert.quantities;
            q.s_plus = enclosure_of(&x[0]);
            q.s_minus = enclosure_of(&x[1]);
            q.multiplier_normal = enclosure_of(&mn);
            q.multiplier_tangent = enclosure_of(&mt);
            return finish(cert, OrbitReason::FloatOrbit.text());
        }
        let scale = a.abs().max(b.abs());
        let z = match prove_zero::<S>(
            &[a, b],
            &[scale, scale],
            &radii((a - b) / scale),
            &ctx,
            |x| map.cycle_residual(x),
            |x| map.cycle_jacobian(x),
            ordered_positive,
        ) {
            Ok(z) => z,
            Err(e) => return finish(cert, OrbitReason::Krawczyk(e).text()),
        };
        let (mn, mt) = map.multipliers(&z.enclosure);
        let Some(zero) = zero_evidence(&z, &["s_plus", "s_minus"]) else {
            return finish(cert, OrbitReason::UnboundedEvidence.text());
        };
        cert.evidence = OrbitEvidence::Proved(zero);
        let rate = max_abs_sqrt(&mn, &mt);
        let q = &mut cert.quantities;
        if let Err(name) = set_enclosures(vec![
            (&mut q.s_plus, "s_plus", &z.enclosure[0]),
            (&mut q.s_minus, "s_minus", &z.enclosure[1]),
            (&mut q.multiplier_normal, "multiplier_normal", &mn),
            (&mut q.multiplier_tangent, "multiplier_tangent", &mt),
            (&mut q.rate, "rate", &rate),
        ]) {
            return finish(cert, OrbitReason::Unbounded(name.into()).text());
        }
        match stability(&[&mn, &mt]) {
            Some(stable) => {
                cert.quantities.stable = Some(stable);
                theorem_5_3_quantities(pr.depth, &pr.target, &pr.eta, stable, &mut cert.quantities);
                cert.verified = true;
                finish(cert, String::new())
            }
            None => finish(cert, OrbitReason::StabilityUndecided.text()),
        }
    }
}

/// The hypothesis quantities of MacDonald et al., Theorem 5.3 (supercritical: a stable
/// period-two orbit for η > η_crit with ε = ηλ* − 2 small), decided in exact rationals:
/// - `hypothesis_eta_above_critical`: η > η_crit ⟺ (ηp)^p·y^{2p−2} > 2^p;
/// - `epsilon` ∋ ε = ηλ* − 2 (λ* = p·(y^{2p−2})^{1/p} bracketed on a `2⁻²⁰⁰` grid);
/// - `eta_in_stability_window` (p = 2 only): η_crit < η < η_flip = (√5 − 1)/y, the closed-form
///   window of the attracting EoS 2-cycle (reference §5.2): ηy > 1 and (ηy + 1)² < 5;
/// - `instance_of_theorem_5_3` = η > η_crit ∧ `stable` (the theorem's smallness of ε has no
///   explicit constant; the instance is labelled when η is past η_crit and the orbit proved is
///   the attracting one the theorem describes).
pub fn theorem_5_3_quantities(
    depth: usize,
    y: &BigRational,
    eta: &BigRational,
    stable: bool,
    q: &mut PeriodTwoQuantities,
) {
    use crate::certificate::EnclosureExt as _;
    let above =
        crate::certify::subcritical::eta_vs_critical(depth, y, eta) == std::cmp::Ordering::Greater;
    let (ls_lo, ls_hi) = crate::certify::subcritical::lambda_star(depth, y);
    let two = BigRational::from_integer(2.into());
    let eps =
        crate::certificate::Enclosure::outward(&(eta * ls_lo - &two), &(eta * ls_hi - &two), 30);
    q.hypothesis_eta_above_critical = Some(above);
    q.epsilon = Some(eps);
    q.instance_of_theorem_5_3 = Some(above && stable);
    if depth == 2 {
        let h = eta * y;
        let one = BigRational::from_integer(1.into());
        let five = BigRational::from_integer(5.into());
        let inside = h > one && (&h + &one) * (&h + &one) < five;
        q.eta_in_stability_window = Some(inside);
    }
}

/// An enclosure of `√max(|a|, |b|)`: the square root of `|a|` or `|b|` where one is proved
/// the larger, else of their hull (which contains the maximum).
fn max_abs_sqrt<S: Scalar>(a: &S, b: &S) -> S {
    let (a, b) = (a.abs(), b.abs());
    let larger = if b.lt(&a).is_certain() {
        a
    } else if a.lt(&b).is_certain() {
        b
    } else {
        a.hull(&b)
    };
    larger.sqrt()
}

/// `Some(true)` if every |m| < 1 is proved, `Some(false)` if some |m| > 1 is proved, else `None`.
fn stability<S: Scalar>(ms: &[&S]) -> Option<bool> {
    let ctx = ms[0].ctx();
    let (one, m_one) = (S::from_int(1, &ctx), S::from_int(-1, &ctx));
    let inside = |m: &S| m_one.lt(m).is_certain() && m.lt(&one).is_certain();
    let outside = |m: &S| m.lt(&m_one).is_certain() || one.lt(m).is_certain();
    if ms.iter().any(|m| outside(m)) {
        Some(false)
    } else if ms.iter().all(|m| inside(m)) {
        Some(true)
    } else {
        None
    }
}

/// Prove the period-two orbit of GD on L for the exact problem, with the chosen backend.
///
/// The certificate has claim `period-two`, quantities `s_plus`, `s_minus`, `multiplier_normal`,
/// `multiplier_tangent`, `rate` (per-step linear rate √max|multiplier|) and `stable`, and the
/// Krawczyk evidence described in `docs/certificate.md`. If η ≤ η_crit (decided exactly), the
/// float continuation fails, the Krawczyk test fails, or stability cannot be decided, the
/// certificate says `verified: false` with the reason.
///
/// # Errors
/// [`Error::BadInput`] for p ∉ 2..=[`MAX_DEPTH`], y ≤ 0 or η ≤ 0.
///
/// # Examples
/// ```
/// use eoscert::arith::{Backend, parse_rational};
/// use eoscert::certify::orbit::{OrbitProblem, prove_period_two};
/// let below = OrbitProblem { depth: 2, target: parse_rational("1").unwrap(), eta: parse_rational("1").unwrap() };
/// let cert = prove_period_two(&below, Backend::Interval).unwrap();
/// assert!(!cert.verified && cert.reason.contains("not supercritical"));
/// ```
pub fn prove_period_two(problem: &OrbitProblem, backend: Backend) -> Result<Certificate, Error> {
    problem.validate()?;
    Ok(backend.dispatch(PeriodTwoTask { problem }))
}

/// [`prove_period_two`] with the scalar type `S` chosen by the caller (any [`Scalar`]
/// implementation) instead of a run-time [`Backend`]; exactly as sound as `S` (see
/// [`crate::certify::trajectory::prove_trajectory_with`]).
///
/// # Errors
/// As [`prove_period_two`].
pub fn prove_period_two_with<S: Scalar>(
    problem: &OrbitProblem,
    ctx: S::Ctx,
) -> Result<Certificate, Error> {
    problem.validate()?;
    Ok(PeriodTwoTask { problem }.run::<S>(ctx))
}

struct BoundaryTask<'a> {
    depth: usize,
    target: &'a BigRational,
    width: &'a BigRational,
    which: Multiplier,
}

impl BackendTask for BoundaryTask<'_> {
    type Output = Certificate;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Certificate {
        let start = Instant::now();
        let mut cert = FlipBoundaryClaim::<OrbitEvidence<ev::FlipBoundary>> {
            schema: SCHEMA.into(),
            model: model_info(self.depth, self.target),
            backend: crate::certify::backend::<S>(&ctx),
            rigorous: S::RIGOROUS,
            verified: false,
            reason: String::new(),
            quantities: FlipBoundaryQuantities::default(),
            evidence: OrbitEvidence::Pending {},
            elapsed_s: 0.0,
        };
        let finish = |mut c: FlipBoundaryClaim<OrbitEvidence<ev::FlipBoundary>>, reason: String| {
            c.reason = reason;
            c.elapsed_s = start.elapsed().as_secs_f64();
            c.into_certificate()
        };
        let name = match self.which {
            Multiplier::Normal => "eta_flip",
            Multiplier::Tangent => "eta_flip_tangent",
        };
        let p = self.depth;
        let Some(y) = self.target.to_f64().filter(|v| v.is_finite() && *v > 0.0) else {
            return finish(cert, OrbitReason::TargetOutOfRange.text());
        };
        let Some((x0, x1, eta_unit)) = unit_boundary(p, self.which) else {
            return finish(cert, OrbitReason::NoFloatBoundary(name).text());
        };
        let pf = p as f64;
        let (scale, eta_scale) = (y.powf(1.0 / pf), y.powf(2.0 - 2.0 / pf));
        let cand = [x0 * scale, x1 * scale, eta_unit / eta_scale];
        // η is an unknown here; the stored one is unused.
        let map = LineMap::new(p, S::from_rational(self.target, &ctx), S::from_int(0, &ctx));
        if !S::RIGOROUS {
            return finish(cert, OrbitReason::FloatBoundary.text());
        }
        let which = self.which;
        let mags = [cand[0].abs(), cand[0].abs(), cand[2].abs()];
        let gap = (cand[0] - cand[1]) / cand[0];
        let accept = |x: &[S]| ordered_positive(x) && x[2].is_positive().is_certain();
        let z = match prove_zero::<S>(
            &cand,
            &mags,
            &radii(gap.min(0.5)),
            &ctx,
            |x| map.boundary_residual(which, x),
            |x| map.boundary_jacobian(which, x),
            accept,
        ) {
            Ok(z) => z,
            Err(e) => return finish(cert, OrbitReason::Krawczyk(e).text()),
        };
        let Some(zero) = zero_evidence(&z, &["s_plus", "s_minus", "eta"]) else {
            return finish(cert, OrbitReason::UnboundedEvidence.text());
        };
        cert.evidence = OrbitEvidence::Proved(ev::FlipBoundary {
            method: zero.method,
            unknowns: zero.unknowns,
            uniqueness: zero.uniqueness,
            tight: zero.tight,
            enclosure: zero.enclosure,
            multiplier: match which {
                Multiplier::Normal => "normal",
                Multiplier::Tangent => "tangent",
            }
            .into(),
            requested_width: format_exact(self.width),
        });
        let q = &mut cert.quantities;
        let eta_slot = match which {
            Multiplier::Normal => &mut q.eta_flip,
            Multiplier::Tangent => &mut q.eta_flip_tangent,
        };
        if let Err(unbounded) = set_enclosures(vec![
            (eta_slot, name, &z.enclosure[2]),
            (&mut q.s_plus, "s_plus", &z.enclosure[0]),
            (&mut q.s_minus, "s_minus", &z.enclosure[1]),
        ]) {
            return finish(cert, OrbitReason::Unbounded(unbounded.into()).text());
        }
        // The width that counts is that of the printed (outward-rounded) enclosure.
        let printed = match which {
            Multiplier::Normal => &cert.quantities.eta_flip,
            Multiplier::Tangent => &cert.quantities.eta_flip_tangent,
        };
        let Some(printed) = printed.clone() else {
            return finish(cert, OrbitReason::EtaMissing.text());
        };
        let (Ok(lo), Ok(hi)) = (parse_rational(&printed.lo), parse_rational(&printed.hi)) else {
            return finish(cert, OrbitReason::EtaUnprintable.text());
        };
        let w = &hi - &lo;
        if &w > self.width {
            let reason = OrbitReason::TooWide {
                name,
                width: w.to_f64().unwrap_or(f64::INFINITY),
                requested: format_exact(self.width),
            };
            return finish(cert, reason.text());
        }
        cert.verified = true;
        finish(cert, String::new())
    }
}

/// Enclose the learning rate where the chosen 2-step multiplier of the period-two orbit equals
/// −1, to the requested width (claim `flip-boundary`; quantity `eta_flip` for
/// [`Multiplier::Normal`], `eta_flip_tangent` for [`Multiplier::Tangent`], plus the orbit
/// `s_plus`, `s_minus` there).
///
/// # Errors
/// [`Error::BadInput`] for p ∉ 2..=[`MAX_DEPTH`], y ≤ 0 or width ≤ 0.
pub fn prove_boundary(
    depth: usize,
    target: &BigRational,
    width: &BigRational,
    which: Multiplier,
    backend: Backend,
) -> Result<Certificate, Error> {
    check_depth_target(depth, target)?;
    if !width.is_positive() {
        return Err(Error::field(
            "width",
            format!("{}: must be positive", format_exact(width)),
        ));
    }
    Ok(backend.dispatch(BoundaryTask {
        depth,
        target,
        width,
        which,
    }))
}

/// The period-doubling boundary: the η where `multiplier_normal` crosses −1 (p = 2: √5 − 1).
/// See [`prove_boundary`].
///
/// # Errors
/// As [`prove_boundary`].
///
/// # Examples
/// ```
/// use eoscert::arith::{Backend, parse_rational};
/// use eoscert::certify::orbit::prove_flip_boundary;
/// let c = prove_flip_boundary(2, &parse_rational("1").unwrap(), &parse_rational("1e-12").unwrap(),
///                             Backend::Interval).unwrap();
/// assert!(c.verified, "{}", c.reason);
/// ```
pub fn prove_flip_boundary(
    depth: usize,
    target: &BigRational,
    width: &BigRational,
    backend: Backend,
) -> Result<Certificate, Error> {
    prove_boundary(depth, target, width, Multiplier::Normal, backend)
}

/// The default requested width of `eta_flip`: 10⁻³⁰.
pub fn default_width() -> BigRational {
    BigRational::new(BigInt::one(), BigInt::from(10).pow(30))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Zero;

    #[test]
    fn float_orbit_matches_p2_closed_form() {
        for eta in [1.001, 1.05, 1.1, 1.2, 1.5, 3.0, 10.0] {
            let (a, b) = float_orbit(2, 1.0, eta).unwrap();
            let (u, v) = ((1.0 + 3.0 / eta).sqrt(), (1.0 - 1.0 / eta).sqrt());
            assert!((a - (u + v) / 2.0).abs() < 1e-13, "{eta}");
            assert!((b - (u - v) / 2.0).abs() < 1e-13, "{eta}");
        }
    }

    /// The lemma in the module docs, checked against the full p×p Jacobian of the GD map
    /// G(θ)_i = θ_i − η(Πθ − y)Π_{j≠i}θ_j, computed from G alone by exact rational central
    /// differences (error O(h²) = 1e-60 for h = 1e-30; G is a polynomial).
    #[test]
    fn multiplier_lemma_against_full_jacobian() {
        use crate::arith::parse_rational as q;
        let gd = |th: &[BigRational], eta: &BigRational, y: &BigRational| -> Vec<BigRational> {
            let prod: BigRational = th.iter().product();
            let r = prod - y;
            (0..th.len())
                .map(|i| {
                    let others: BigRational = th
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .map(|(_, v)| v.clone())
                        .product();
                    &th[i] - eta * &r * others
                })
                .collect()
        };
        let h = q("1e-30").unwrap();
        let tol = q("1e-50").unwrap();
        for p in 2..=6usize {
            for (s, y, eta) in [
                ("1.1", "1", "0.7"),
                ("0.83", "2.5", "0.31"),
                ("1.7", "0.2", "1.3"),
            ] {
                let (s, y, eta) = (q(s).unwrap(), q(y).unwrap(), q(eta).unwrap());
                let th = vec![s.clone(); p];
                // J·v by central differences.
                let jv = |v: &[BigRational]| -> Vec<BigRational> {
                    let plus: Vec<_> = th.iter().zip(v).map(|(a, b)| a + &h * b).collect();
                    let minus: Vec<_> = th.iter().zip(v).map(|(a, b)| a - &h * b).collect();
                    gd(&plus, &eta, &y)
                        .iter()
                        .zip(gd(&minus, &eta, &y))
                        .map(|(a, b)| (a - b) / (&h + &h))
                        .collect()
                };
                let sp = |k: usize| num_traits::pow(s.clone(), k);
                let pi = BigRational::from_integer(BigInt::from(p));
                let one = BigRational::one();
                // Eigenvalue on 1: φ′(s) = 1 − η((2p−1)s^{2p−2} − (p−1)y s^{p−2}).
                let dphi = &one
                    - &eta * ((&pi + &pi - &one) * sp(2 * p - 2) - (&pi - &one) * &y * sp(p - 2));
                let ones = vec![one.clone(); p];
                for (a, b) in jv(&ones).iter().zip(&ones) {
                    assert!((a - &dphi * b).abs() < tol, "p = {p}: along 1");
                }
                // Eigenvalue on 1^⊥ (basis e_1 − e_k): 1 + η r s^{p−2}.
                let tang = &one + &eta * (sp(p) - &y) * sp(p - 2);
                for k in 1..p {
                    let mut v = vec![BigRational::zero(); p];
                    v[0] = one.clone();
                    v[k] = -one.clone();
                    for (a, b) in jv(&v).iter().zip(&v) {
                        assert!((a - &tang * b).abs() < tol, "p = {p}: on 1^⊥");
                    }
                }
            }
        }
    }

    #[test]
    fn float_boundary_p2() {
        let (_, _, e) = unit_boundary(2, Multiplier::Normal).unwrap();
        assert!((e - (5f64.sqrt() - 1.0)).abs() < 1e-12);
        let (_, _, e) = unit_boundary(2, Multiplier::Tangent).unwrap();
        assert!((e - 2.0).abs() < 1e-12);
    }
}
