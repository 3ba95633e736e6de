//! The `critical` claim: independent re-verification of long-horizon GD enclosures at (or near)
//! the critical learning rate.
//!
//! Nothing of the prover's iteration is used. The checker re-derives every enclosure itself from
//! the exact inputs, with its own (simpler, slower) mean-value iteration, and then requires that
//! its enclosures lie inside the certificate's checkpoint boxes and that the quantities it
//! recomputes lie inside the claimed enclosures.
//!
//! # Inputs
//! `eta`, `init` and `model.target` are parsed exactly; `target ∈ [2⁻²⁰, 2²⁰]`,
//! `|init_i| ≤ 2²⁰`, `η > 0`. The checker computes `η_crit = 2/λ*` exactly when it is rational
//! (`λ* = p·y^{2−2/p}`, i.e. `η_crit = 2·(y²)^{1/p}/(p·y²)`; inner product `λ* = 2Y`) and requires
//! `evidence.eta_crit` to equal it (or be `null` when irrational), `quantities.eta_is_critical` to
//! equal `η == η_crit`, and `eta_note` to be present exactly when η is not critical. Without
//! `eta` (factorisation only) the claim is about η = η_crit exactly, rational or not, and the
//! coordinates must be `theta-rescaled`: `θ̃ = θ/y^{1/p}` follows GD for the target 1 at
//! η = 2/p exactly; the checker starts from its own box `θ₀/c`, `c` the `2⁻²⁵⁶`-bracket of
//! `y^{1/p}`, and scales `t_loss` by `y²` and `t_dist2` by `c²` (see `rescaled_enclosures`).
//!
//! # The iteration (what is proved)
//! Coordinates: `rq` — the exact planar reduction `(ρ, q) = (r/Y, Q/Y)` of GD for p = 2 or the
//! inner product, `ρ' = (1 + ρ)(1 − hρ)² − hqρ − 1`, `q' = q(1 + hρ)²`, `h = ηY` (the checker
//! recomputes `ρ₀`, `q₀` from `init`; a unit test compares the map with exact GD);
//! `theta-deviation` — GD on θ itself (the checker works in θ; the boxes are `center + w`).
//!
//! 1. **Midpoints.** `x̃_t` is a vector of dyadics `m·2⁻ᴳ` (`G` = [`GRID_BITS`], big integers
//!    `m`). `F(x̃_t)` is evaluated *exactly* (integer polynomial arithmetic over a common
//!    denominator: η, y, h are exact rationals) and rounded to the nearest grid point, so the
//!    local error `|F(x̃_t) − x̃_{t+1}|` is at most `2⁻ᴳ⁻¹` per coordinate, and exactly 0 when
//!    the division leaves no remainder.
//! 2. **Jacobian enclosures.** `J(B)` on a box `B` is evaluated in the checker's own outward
//!    f64 interval type [`Fi`] (each sum/product widened by one ulp exactly when it is inexact,
//!    detected by TwoSum / FMA; non-finite results are treated as unbounded).
//! 3. **Two-step mean-value radii.** With `e_t = x_t − x̃_t`, `e_{t+1} = J̄_t e_t + d_t`, where
//!    `J̄_t = ∫₀¹ J(x̃_t + s e_t) ds ∈ J(B_t)` for any box `B_t ∋ x̃_t, x_t` and `|d_t| ≤ δ_t`.
//!    Radii of `z = W⁻¹e` (`W = I` for rq; `W = [1, e₁ − e₂, …, e_{p−1} − e_p]` for θ, in which
//!    the Jacobian at the flattest minimum is `diag(−1, 1, …)`) are propagated over two steps:
//!    `ρᶻ_{t+2} = |W⁻¹ J(B_{t+1}) J(B_t) W| ρᶻ_t + |W⁻¹|(|J(B_{t+1})| δ_t + δ_{t+1})`, with
//!    `B_t = x̃_t ± |W|ρᶻ_t` and `B_{t+1} = x̃_{t+1} ± (|J(B_t)| |W| ρᶻ_t + δ_t)` (the one-step
//!    bound, which also gives the enclosure at odd checkpoints). Interval matrix products
//!    enclose every product of members, so `|z_{t+2}| ≤ ρᶻ_{t+2}` by induction; all radius
//!    arithmetic is rounded up. One-step bounds alone would compound the sign-alternating
//!    off-diagonal terms of the period-two oscillation; over two steps they cancel.
//! 4. The iteration runs **continuously from the exact initial point** to T (so every checkpoint
//!    is re-derived from the inputs, not from the previous box); at each checkpoint the
//!    checker's enclosure `x̃_t ± |W|ρᶻ_t` must lie inside the certificate's `state` box.
//!    For rq with the factorisation model, `1 − hρ > 0` is required on every box up to T − 1
//!    (then `x + y` keeps the sign of `x₀ + y₀`, which the distance formula needs). When
//!    `q₀ = 0` exactly (start on L), `q_t = 0` for all t (`q' = q(1 + hρ)²`), and the q radius
//!    is kept at 0.
//!
//! # Quantities
//! At each checkpoint `t_loss`, `t_dist2` (and `t_q` for p = 2 / inner product) are recomputed in
//! exact rational interval arithmetic ([`RatInterval`]) from the checker's own enclosure (with
//! `q ≥ 0`), square roots and `y^{1/p}` bracketed on a `2⁻²⁵⁶` grid and verified by powering;
//! they must lie inside the claimed enclosures (the checkpoint's and, at T, `quantities`). Each
//! claim must also be tight: at most 4 times as wide as the same formulas evaluated on the
//! certificate's own box, plus `2⁻¹²⁰` of its magnitude (so a widened claim is rejected).
//! For p = 2: `t_dist2 = t·Y·((q + 4ρ)²/(√P̂ + 2)² + q)/2`, `P̂ = q + 4(1 + ρ)` (with
//! `((√P̂ + 2)² + q)/2` when `x₀ + y₀ < 0`); `exact-fixed-point` (start on M) needs `f(θ₀) = y`
//! exactly, an empty state, and the quantities recomputed from θ₀.
//!
//! Theorem 5.2's hypothesis quantities (`nu_over_c_lambda`, `hypothesis_nu_over_c_lambda_lt_1`,
//! `hypothesis_c_positive_near_optimum`, `c_positive_radius`, `hypothesis_unique_flattest_minimum`,
//! `instance_of_theorem_5_2`) are required and re-derived from the model by
//! [`super::hypotheses::critical`].
//!
//! # Limits
//! `steps ≤` [`MAX_STEPS`], at most [`MAX_CHECKPOINTS`] checkpoints, depth ≤ [`MAX_DEPTH`],
//! numbers of at most [`MAX_NUMBER_CHARS`] characters, box endpoints `|x| ≤ 2²⁰`, radii < 1,
//! and a wall-clock limit ([`TIME_LIMIT_S`]); exceeding any is a rejection with a reason, never
//! a panic or a hang.

use std::time::Instant;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::interval::RatInterval;
use super::{CheckFailure, Inputs, Model, enclosure, exact};
pub use crate::caps::critical::*;
use crate::evidence::CriticalCoordinates as Cc;
use crate::{Certificate, Enclosure, Quantity};

/// The midpoint grid: midpoints are multiples of `2^-GRID_BITS`.
pub const GRID_BITS: u64 = 192;
/// Bits of the dyadic grid for square and p-th roots in the quantities.
const ROOT_BITS: u64 = 256;
/// Bound on the magnitude of inputs, box endpoints and iterates (`2^MAG_BITS`).
const MAG_BITS: u64 = 20;

type R = RatInterval;

fn rej(field: impl Into<String>, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

// ---------------------------------------------------------------------------------------------
// Evidence.

/// The evidence, typed ([`crate::evidence::Critical`]): every level `deny_unknown_fields`,
/// `method`, `coordinates` and `midpoint` closed enums.
type Evidence = crate::evidence::Critical;
type Checkpoint = crate::evidence::CriticalCheckpoint;

/// An enclosure from the evidence, with a length limit on its strings.
fn bounded_enclosure(field: &str, e: &Enclosure) -> Result<R, CheckFailure> {
    if e.lo.len() > MAX_NUMBER_CHARS || e.hi.len() > MAX_NUMBER_CHARS {
        return Err(rej(field, "number string too long"));
    }
    enclosure(field, e)
}

fn mag_ok(x: &BigRational) -> bool {
    x.abs() <= BigRational::from_integer(BigInt::one() << MAG_BITS)
}

// ---------------------------------------------------------------------------------------------
// Outward f64 intervals (Jacobian enclosures and radii).

/// An outward-rounded f64 interval `[lo, hi]`: every operation widens its result by one ulp
/// exactly when the floating-point result is inexact (TwoSum / FMA error terms); overflow and
/// NaN give infinite endpoints.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fi {
    /// Lower bound.
    pub lo: f64,
    /// Upper bound.
    pub hi: f64,
}

/// Below this magnitude the FMA error term of a product may itself be rounded.
const TINY: f64 = 1e-280;

#[inline]
fn sum_err(a: f64, b: f64, s: f64) -> f64 {
    let bb = s - a;
    (a - (s - bb)) + (b - bb)
}

/// `a + b` rounded down.
#[inline]
fn add_dn(a: f64, b: f64) -> f64 {
    let s = a + b;
    if !s.is_finite() {
        return f64::NEG_INFINITY;
    }
    if sum_err(a, b, s) < 0.0 {
        s.next_down()
    } else {
        s
    }
}

/// `a + b` rounded up.
#[inline]
fn add_up(a: f64, b: f64) -> f64 {
    let s = a + b;
    if !s.is_finite() {
        return f64::INFINITY;
    }
    if sum_err(a, b, s) > 0.0 {
        s.next_up()
    } else {
        s
    }
}

/// `a · b` rounded down (`up = false`) or up.
fn mul_dir(a: f64, b: f64, up: bool) -> f64 {
    if a == 0.0 || b == 0.0 {
        if a.is_finite() && b.is_finite() {
            return 0.0;
        }
        return if up { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    let p = a * b;
    if !p.is_finite() {
        return if up { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    if p.abs() < TINY {
        return if up { p.next_up() } else { p.next_down() };
    }
    let e = a.mul_add(b, -p);
    match (up, e > 0.0, e < 0.0) {
        (true, true, _) => p.next_up(),
        (false, _, true) => p.next_down(),
        _ => p,
    }
}

fn mul_up(a: f64, b: f64) -> f64 {
    mul_dir(a, b, true)
}

/// `a · b` rounded down and up: `(mul_dir(a, b, false), mul_dir(a, b, true))` from one
/// product and one FMA error term.
#[inline]
fn mul_both(a: f64, b: f64) -> (f64, f64) {
    if a == 0.0 || b == 0.0 {
        if a.is_finite() && b.is_finite() {
            return (0.0, 0.0);
        }
        return (f64::NEG_INFINITY, f64::INFINITY);
    }
    let p = a * b;
    if !p.is_finite() {
        return (f64::NEG_INFINITY, f64::INFINITY);
    }
    if p.abs() < TINY {
        return (p.next_down(), p.next_up());
    }
    let e = a.mul_add(b, -p);
    (
        if e < 0.0 { p.next_down() } else { p },
        if e > 0.0 { p.next_up() } else { p },
    )
}

/// The exact power of two `2^e` for `−1022 ≤ e ≤ 1023`.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// A directed f64 bound of `n·2^{-k}` (down if `!up`).
fn f64_dir(n: &BigInt, k: u64, up: bool) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    let neg = n.is_negative();
    // Round the magnitude up iff the signed result is rounded up and positive, or down and
    // negative.
    let mag_up = up != neg;
    let a = n.magnitude();
    let bits = a.bits();
    let (m, shift): (u64, u64) = if bits <= 53 {
        (a.iter_u64_digits().next().expect("nonzero has a digit"), 0)
    } else {
        let s = bits - 53;
        let q: BigUint = a >> s;
        let mut m = q.iter_u64_digits().next().unwrap_or(0);
        let exact = a.trailing_zeros().is_some_and(|tz| tz >= s);
        if mag_up && !exact {
            m += 1; // ≤ 2^53, exactly representable
        }
        (m, s)
    };
    let e = shift as i64 - k as i64;
    let v = if e < -1022 {
        if mag_up { f64::MIN_POSITIVE } else { 0.0 }
    } else if e > 1023 {
        if mag_up { f64::INFINITY } else { f64::MAX }
    } else {
        let v = m as f64 * pow2(e);
        if v.is_finite() {
            v
        } else if mag_up {
            f64::INFINITY
        } else {
            f64::MAX
        }
    };
    if neg { -v } else { v }
}

#[allow(clippy::should_implement_trait)]
impl Fi {
    /// `[x, x]`.
    pub fn point(x: f64) -> Self {
        Fi { lo: x, hi: x }
    }
    /// An enclosure of the exact rational `q`.
    pub fn from_rat(q: &BigRational) -> Self {
        let k = 256u64;
        let s = q * BigRational::from_integer(BigInt::one() << k);
        Fi {
            lo: f64_dir(&s.floor().to_integer(), k, false),
            hi: f64_dir(&s.ceil().to_integer(), k, true),
        }
    }
    /// An enclosure of `m·2^{-k}`.
    pub fn from_fixed(m: &BigInt, k: u64) -> Self {
        Fi {
            lo: f64_dir(m, k, false),
            hi: f64_dir(m, k, true),
        }
    }
    /// `[lo − r, hi + r]` for a radius `r ≥ 0`.
    pub fn widen(self, r: f64) -> Self {
        if r == 0.0 {
            return self;
        }
        Fi {
            lo: add_dn(self.lo, -r),
            hi: add_up(self.hi, r),
        }
    }
    /// Sum.
    #[inline]
    pub fn add(self, o: Fi) -> Fi {
        Fi {
            lo: add_dn(self.lo, o.lo),
            hi: add_up(self.hi, o.hi),
        }
    }
    /// Difference.
    #[inline]
    pub fn sub(self, o: Fi) -> Fi {
        Fi {
            lo: add_dn(self.lo, -o.hi),
            hi: add_up(self.hi, -o.lo),
        }
    }
    /// Product: the hull of the four endpoint products, each rounded outward. When both
    /// factors are finite and each has one sign, the smallest and largest products are known
    /// endpoint pairs (e.g. `[a, b]·[c, d]` with `a, c ≥ 0` is `[ac, bd]`), so only those two
    /// are computed. Each is rounded outward, so the result contains every product; it is the
    /// hull of all four rounded products, or inside it where that hull was widened by a
    /// non-extreme product below `TINY` or overflowing (rounded to both sides).
    #[inline]
    pub fn mul(self, o: Fi) -> Fi {
        if (self.lo == 0.0 && self.hi == 0.0) || (o.lo == 0.0 && o.hi == 0.0) {
            return Fi::point(0.0);
        }
        let finite =
            self.lo.is_finite() && self.hi.is_finite() && o.lo.is_finite() && o.hi.is_finite();
        if finite {
            let pairs = match (self.lo >= 0.0, self.hi <= 0.0, o.lo >= 0.0, o.hi <= 0.0) {
                (true, _, true, _) => Some(((self.lo, o.lo), (self.hi, o.hi))),
                (true, _, _, true) => Some(((self.hi, o.lo), (self.lo, o.hi))),
                (_, true, true, _) => Some(((self.lo, o.hi), (self.hi, o.lo))),
                (_, true, _, true) => Some(((self.hi, o.hi), (self.lo, o.lo))),
                _ => None,
            };
            if let Some(((a, b), (c, d))) = pairs {
                return Fi {
                    lo: mul_both(a, b).0,
                    hi: mul_both(c, d).1,
                };
            }
        }
        let c = [
            (self.lo, o.lo),
            (self.lo, o.hi),
            (self.hi, o.lo),
            (self.hi, o.hi),
        ];
        let mut lo = f64::INFINITY;
        let mut hi = f64::NEG_INFINITY;
        for (a, b) in c {
            let (dn, up) = mul_both(a, b);
            lo = lo.min(dn);
            hi = hi.max(up);
        }
        Fi { lo, hi }
    }
    /// `max |x|` (infinite if unbounded or NaN).
    pub fn mag(self) -> f64 {
        let m = self.lo.abs().max(self.hi.abs());
        if m.is_nan() { f64::INFINITY } else { m }
    }
}

// ---------------------------------------------------------------------------------------------
// Exact big-integer helpers.

/// `round(n / (d·2^k))` to the nearest integer (`d > 0`), and whether the division was exact.
fn round_div(n: &BigInt, d: &BigInt, k: u64) -> (BigInt, bool) {
    let a = n.magnitude();
    let (q, exact) = if d.is_one() {
        if k == 0 {
            (a.clone(), true)
        } else {
            let exact = a.is_zero() || a.trailing_zeros().is_some_and(|tz| tz >= k);
            ((a + (BigUint::one() << (k - 1))) >> k, exact)
        }
    } else {
        let den: BigUint = d.magnitude() << k;
        let (q, r) = a.div_rem(&den);
        let exact = r.is_zero();
        let q = if &r + &r >= den { q + 1u32 } else { q };
        (q, exact)
    };
    let sign = if n.is_negative() {
        Sign::Minus
    } else {
        Sign::Plus
    };
    (BigInt::from_biguint(sign, q), exact)
}

/// The grid point nearest to `q` and an upper bound of the distance (0 if exact).
fn to_grid(q: &BigRational) -> (BigInt, f64) {
    let n = q.numer() << GRID_BITS;
    let (m, exact) = round_div(&n, q.denom(), 0);
    (m, if exact { 0.0 } else { half_ulp() })
}

fn half_ulp() -> f64 {
    pow2(-(GRID_BITS as i64) - 1)
}

fn fixed_rat(m: &BigInt) -> BigRational {
    BigRational::new(m.clone(), BigInt::one() << GRID_BITS)
}

fn f64_rat(r: f64) -> Option<BigRational> {
    BigRational::from_float(r)
}

/// `⌊q^{1/n}⌋` or `⌈q^{1/n}⌉` on the `2^-ROOT_BITS` grid (`q ≥ 0`), verified by powering.
fn root_dir(q: &BigRational, n: u32, up: bool) -> BigRational {
    let scale = BigRational::from_integer(BigInt::one() << (ROOT_BITS * u64::from(n)));
    let s = q * scale;
    let r = if up {
        let c = s.ceil().to_integer();
        let mut r = c.nth_root(n);
        if num_traits::pow(r.clone(), n as usize) < c {
            r += 1;
        }
        r
    } else {
        s.floor().to_integer().nth_root(n)
    };
    let x = BigRational::new(r, BigInt::one() << ROOT_BITS);
    let xn = num_traits::pow(x.clone(), n as usize);
    assert!(
        if up { &xn >= q } else { &xn <= q },
        "root bracket verified by powering"
    );
    x
}

/// An enclosure of `{x^{1/n} : x ∈ a}`; `None` if `a` may be negative.
pub(super) fn root_encl(a: &R, n: u32) -> Option<R> {
    if a.lo.is_negative() {
        return None;
    }
    let lo = root_dir(&a.lo, n, false);
    let hi = root_dir(&a.hi, n, true);
    Some(R { lo, hi })
}

/// The exact rational `q^{1/n}` if it exists (`q ≥ 0`).
pub(super) fn exact_root(q: &BigRational, n: u32) -> Option<BigRational> {
    if q.is_negative() {
        return None;
    }
    let (a, b) = (q.numer(), q.denom());
    let (ra, rb) = (a.nth_root(n), b.nth_root(n));
    (num_traits::pow(ra.clone(), n as usize) == *a && num_traits::pow(rb.clone(), n as usize) == *b)
        .then(|| BigRational::new(ra, rb))
}

/// `η_crit = 2/λ*` when rational: `2(y²)^{1/p}/(p y²)` (factorisation), `1/Y` (inner product).
pub fn eta_crit(model: &Model, y: &BigRational) -> Option<BigRational> {
    match *model {
        Model::InnerProduct { .. } => Some(y.recip()),
        Model::Factorisation { depth } => {
            let z = exact_root(&(y * y), depth as u32)?;
            let two = BigRational::from_integer(2.into());
            let p = BigRational::from_integer(BigInt::from(depth));
            Some(two * z / (p * y * y))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The maps.

/// A map iterated by the checker: an exact midpoint step and a Jacobian enclosure.
trait Map {
    fn dim(&self) -> usize;
    /// `x̃' = round(F(x̃))` exactly; `delta[i]` bounds `|F(x̃)_i − x̃'_i|`.
    fn step(&self, m: &[BigInt], out: &mut [BigInt], delta: &mut [f64]);
    /// `J(B)` row-major.
    fn jac(&self, b: &[Fi], out: &mut [Fi]);
    /// Whether the box lies in the region where the quantity formulas hold.
    fn domain_ok(&self, _b: &[Fi]) -> bool {
        true
    }
}

/// The reduced map in `(ρ, q)` with `h = a/b`.
struct RqMap {
    a: BigInt,
    b2: BigInt,
    one_s: BigInt,
    b_s: BigInt,
    ab_s: BigInt,
    b2_3s: BigInt,
    h: Fi,
    k1: Fi,
    two_k2: Fi,
    three_k3: Fi,
    /// Check `1 − hρ > 0` (factorisation: the sign of x + y).
    sign_domain: bool,
}

impl RqMap {
    fn new(h: &BigRational, sign_domain: bool) -> Self {
        let (a, b) = (h.numer().clone(), h.denom().clone());
        let one = BigRational::one();
        let two = &one + &one;
        let g = GRID_BITS;
        RqMap {
            b2: &b * &b,
            one_s: BigInt::one() << g,
            b_s: &b << g,
            ab_s: (&a * &b) << g,
            b2_3s: (&b * &b) << (3 * g),
            a,
            h: Fi::from_rat(h),
            k1: Fi::from_rat(&(&one - &two * h)),
            two_k2: Fi::from_rat(&(&two * (h * h - &two * h))),
            three_k3: Fi::from_rat(&((&two + &one) * h * h)),
            sign_domain,
        }
    }
}

impl Map for RqMap {
    fn dim(&self) -> usize {
        2
    }
    fn step(&self, m: &[BigInt], out: &mut [BigInt], delta: &mut [f64]) {
        let (mr, mq) = (&m[0], &m[1]);
        let amr = &self.a * mr;
        // ρ'·2^G = [(2^G + m_r)(b2^G − a m_r)² − ab2^G m_q m_r − b²2^{3G}] / (b² 2^{2G}).
        let a1 = &self.one_s + mr;
        let b1 = &self.b_s - &amr;
        let nr = &a1 * &b1 * &b1 - &self.ab_s * (mq * mr) - &self.b2_3s;
        let (r, ex) = round_div(&nr, &self.b2, 2 * GRID_BITS);
        delta[0] = if ex { 0.0 } else { half_ulp() };
        // q'·2^G = m_q (b2^G + a m_r)² / (b² 2^{2G}).
        let c1 = &self.b_s + &amr;
        let nq = mq * &c1 * &c1;
        let (q, ex) = round_div(&nq, &self.b2, 2 * GRID_BITS);
        delta[1] = if ex { 0.0 } else { half_ulp() };
        out[0] = r;
        out[1] = q;
    }
    fn jac(&self, x: &[Fi], out: &mut [Fi]) {
        let (r, q) = (x[0], x[1]);
        let hr = self.h.mul(r);
        let a = Fi::point(1.0).add(hr);
        // ∂ρ'/∂ρ = (1 − 2h) + ρ(2(h² − 2h) + 3h²ρ) − hq.
        out[0] = self
            .k1
            .add(r.mul(self.two_k2.add(self.three_k3.mul(r))))
            .sub(self.h.mul(q));
        out[1] = Fi::point(0.0).sub(hr);
        out[2] = Fi::point(2.0).mul(self.h).mul(q).mul(a);
        out[3] = a.mul(a);
    }
    fn domain_ok(&self, x: &[Fi]) -> bool {
        !self.sign_domain || x[0].hi <= 0.0 || mul_up(self.h.hi, x[0].hi) < 1.0
    }
}

/// GD on θ for `ℓ = ½(θ₁⋯θ_p − y)²`, `y = u/v`, `η = a/b`.
struct ThetaMap {
    p: usize,
    a: BigInt,
    u_shift: BigInt,
    v: BigInt,
    bv: BigInt,
    eta: Fi,
    y: Fi,
}

impl ThetaMap {
    fn new(p: usize, y: &BigRational, eta: &BigRational) -> Self {
        ThetaMap {
            p,
            a: eta.numer().clone(),
            u_shift: y.numer() << (p as u64 * GRID_BITS),
            v: y.denom().clone(),
            bv: eta.denom() * y.denom(),
            eta: Fi::from_rat(eta),
            y: Fi::from_rat(y),
        }
    }
}

impl Map for ThetaMap {
    fn dim(&self) -> usize {
        self.p
    }
    fn step(&self, m: &[BigInt], out: &mut [BigInt], delta: &mut [f64]) {
        let p = self.p;
        // Prefix and suffix products of the numerators.
        let mut pre = vec![BigInt::one(); p + 1];
        for i in 0..p {
            pre[i + 1] = &pre[i] * &m[i];
        }
        let mut suf = vec![BigInt::one(); p + 1];
        for i in (0..p).rev() {
            suf[i] = &suf[i + 1] * &m[i];
        }
        // res = (vP − u2^{pG}) / (v 2^{pG}); θ_i' 2^G = m_i − a R G_i / (b v 2^{(2p−2)G}).
        let ar = &self.a * (&self.v * &pre[p] - &self.u_shift);
        let k = (2 * p as u64 - 2) * GRID_BITS;
        for i in 0..p {
            let g = &pre[i] * &suf[i + 1];
            let (c, ex) = round_div(&(&ar * g), &self.bv, k);
            out[i] = &m[i] - c;
            delta[i] = if ex { 0.0 } else { half_ulp() };
        }
    }
    fn jac(&self, th: &[Fi], out: &mut [Fi]) {
        let p = self.p;
        let one = Fi::point(1.0);
        let prod = |skip: &[usize]| {
            th.iter()
                .enumerate()
                .filter(|(j, _)| !skip.contains(j))
                .fold(one, |acc, (_, &t)| acc.mul(t))
        };
        let res = prod(&[]).sub(self.y);
        let g: Vec<Fi> = (0..p).map(|i| prod(&[i])).collect();
        // ∂θ_i'/∂θ_k = δ_ik − η(g_i g_k + [i ≠ k] res ∏_{j≠i,k} θ_j).
        for i in 0..p {
            for k in 0..p {
                let mut v = g[i].mul(g[k]);
                if i != k {
                    v = v.add(res.mul(prod(&[i, k])));
                }
                let d = if i == k { one } else { Fi::point(0.0) };
                out[i * p + k] = d.sub(self.eta.mul(v));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The iteration.

/// The error basis: `W`, `W⁻¹` as interval matrices and their magnitudes.
struct Basis {
    w: Vec<Fi>,
    winv: Vec<Fi>,
    abs_w: Vec<f64>,
    abs_winv: Vec<f64>,
    /// `W = I` (the conjugation is skipped).
    identity: bool,
}

impl Basis {
    fn identity(n: usize) -> Self {
        let mut w = vec![Fi::point(0.0); n * n];
        for i in 0..n {
            w[i * n + i] = Fi::point(1.0);
        }
        let abs: Vec<f64> = w.iter().map(|x| x.mag()).collect();
        Basis {
            winv: w.clone(),
            w,
            abs_w: abs.clone(),
            abs_winv: abs,
            identity: true,
        }
    }

    /// `W = [1, e₀ − e₁, …, e_{p−2} − e_{p−1}]` and its inverse: `z₀ = (1/p)Σe_i`,
    /// `z_k = Σ_{i<k} e_i − (k/p)Σ_i e_i` (verified exactly in a unit test).
    fn theta(p: usize) -> Self {
        let (w, winv) = theta_basis_exact(p);
        let w: Vec<Fi> = w.iter().map(Fi::from_rat).collect();
        let winv: Vec<Fi> = winv.iter().map(Fi::from_rat).collect();
        Basis {
            abs_w: w.iter().map(|x| x.mag()).collect(),
            abs_winv: winv.iter().map(|x| x.mag()).collect(),
            w,
            winv,
            identity: false,
        }
    }
}

fn theta_basis_exact(p: usize) -> (Vec<BigRational>, Vec<BigRational>) {
    let z = BigRational::zero;
    let mut w = vec![z(); p * p];
    for i in 0..p {
        w[i * p] = BigRational::one();
    }
    for k in 1..p {
        w[(k - 1) * p + k] = BigRational::one();
        w[k * p + k] = -BigRational::one();
    }
    let pq = BigRational::from_integer(BigInt::from(p));
    let mut winv = vec![z(); p * p];
    for k in 0..p {
        for i in 0..p {
            let kp = BigRational::from_integer(BigInt::from(k)) / &pq;
            winv[k * p + i] = if k == 0 {
                pq.recip()
            } else if i < k {
                BigRational::one() - kp
            } else {
                -kp
            };
        }
    }
    (w, winv)
}

fn matmul(a: &[Fi], b: &[Fi], n: usize) -> Vec<Fi> {
    let mut out = vec![Fi::point(0.0); n * n];
    for i in 0..n {
        for k in 0..n {
            let mut s = Fi::point(0.0);
            for j in 0..n {
                s = s.add(a[i * n + j].mul(b[j * n + k]));
            }
            out[i * n + k] = s;
        }
    }
    out
}

/// `|A| v` rounded up (`A` given by its entry magnitudes).
fn absmat_vec(a: &[f64], v: &[f64], n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| (0..n).fold(0.0, |s, k| add_up(s, mul_up(a[i * n + k], v[k]))))
        .collect()
}

fn add_vec(a: &[f64], b: &[f64]) -> Vec<f64> {
    a.iter().zip(b).map(|(&x, &y)| add_up(x, y)).collect()
}

fn boxes(m: &[BigInt], r: &[f64]) -> Vec<Fi> {
    m.iter()
        .zip(r)
        .map(|(mi, &ri)| Fi::from_fixed(mi, GRID_BITS).widen(ri))
        .collect()
}

/// The exact enclosure `m·2^-G ± r` of each coordinate.
fn exact_box(m: &[BigInt], r: &[f64]) -> Result<Vec<R>, String> {
    m.iter()
        .zip(r)
        .map(|(mi, &ri)| {
            let c = fixed_rat(mi);
            let rr = f64_rat(ri).ok_or("non-finite radius")?;
            Ok(R {
                lo: &c - &rr,
                hi: &c + &rr,
            })
        })
        .collect()
}

/// [`iterate`] in θ coordinates (depth `p`, no coordinate held at radius 0), a lost
/// enclosure rejected at `evidence.checkpoints`.
fn iterate_theta(
    map: &ThetaMap,
    p: usize,
    m0: Vec<BigInt>,
    r0: Vec<f64>,
    checkpoints: &[u64],
    start: Instant,
) -> Result<Vec<Vec<R>>, CheckFailure> {
    iterate(
        map,
        &Basis::theta(p),
        m0,
        r0,
        checkpoints,
        &vec![false; p],
        start,
    )
    .map_err(|(t, why)| {
        rej(
            "evidence.checkpoints",
            format!("the checker's own enclosure was lost at step {t}: {why}"),
        )
    })
}

/// Run the mean-value iteration from `m0 ± r0` (coordinates) to `T = checkpoints.last()`,
/// returning the checker's enclosure at each checkpoint, or the step and reason it failed.
fn iterate(
    map: &dyn Map,
    basis: &Basis,
    m0: Vec<BigInt>,
    r0: Vec<f64>,
    checkpoints: &[u64],
    zero_radius: &[bool],
    start: Instant,
) -> Result<Vec<Vec<R>>, (u64, String)> {
    let n = map.dim();
    let total = *checkpoints.last().expect("nonempty");
    let bound = BigInt::one() << (GRID_BITS + MAG_BITS);
    let mut out = Vec::with_capacity(checkpoints.len());
    let mut cp = checkpoints.iter().peekable();
    let mut m = m0;
    let mut rz = absmat_vec(&basis.abs_winv, &r0, n);
    let mut m1 = vec![BigInt::zero(); n];
    let mut m2 = vec![BigInt::zero(); n];
    let mut d0 = vec![0.0; n];
    let mut d1 = vec![0.0; n];
    let mut j0 = vec![Fi::point(0.0); n * n];
    let mut j1 = vec![Fi::point(0.0); n * n];
    let mut t = 0u64;
    let mut record = |t: u64, m: &[BigInt], rx: &[f64], out: &mut Vec<Vec<R>>| {
        while cp.peek().is_some_and(|&&c| c == t) {
            out.push(exact_box(m, rx).map_err(|e| (t, e))?);
            cp.next();
        }
        Ok::<(), (u64, String)>(())
    };
    let lost = |t: u64, why: &str| (t, why.to_string());
    while t < total {
        super::budget::tick().map_err(|e| lost(t, &e.to_string()))?;
        if t.is_multiple_of(4096) {
            if start.elapsed().as_secs_f64() > TIME_LIMIT_S {
                return Err(lost(t, "time limit of the checker exceeded"));
            }
            if m.iter().any(|x| x.magnitude() > bound.magnitude()) {
                return Err(lost(t, "iterate left |x| ≤ 2^20"));
            }
        }
        let rx = absmat_vec(&basis.abs_w, &rz, n);
        if rx.iter().any(|r| !(r.is_finite() && *r < 1.0)) {
            return Err(lost(t, "radius not finite or ≥ 1"));
        }
        let b0 = boxes(&m, &rx);
        if !map.domain_ok(&b0) {
            return Err(lost(t, "1 − hρ > 0 (sign of x + y) not proved on the box"));
        }
        map.jac(&b0, &mut j0);
        map.step(&m, &mut m1, &mut d0);
        let abs_j0: Vec<f64> = j0.iter().map(|x| x.mag()).collect();
        let mut rx1 = add_vec(&absmat_vec(&abs_j0, &rx, n), &d0);
        for (r, &z) in rx1.iter_mut().zip(zero_radius) {
            if z {
                *r = 0.0;
            }
        }
        record(t + 1, &m1, &rx1, &mut out)?;
        if t + 1 == total {
            break;
        }
        if rx1.iter().any(|r| !(r.is_finite() && *r < 1.0)) {
            return Err(lost(t + 1, "radius not finite or ≥ 1"));
        }
        let b1 = boxes(&m1, &rx1);
        if !map.domain_ok(&b1) {
            return Err(lost(
                t + 1,
                "1 − hρ > 0 (sign of x + y) not proved on the box",
            ));
        }
        map.jac(&b1, &mut j1);
        map.step(&m1, &mut m2, &mut d1);
        let j10 = matmul(&j1, &j0, n);
        let mm = if basis.identity {
            j10
        } else {
            matmul(&basis.winv, &matmul(&j10, &basis.w, n), n)
        };
        let abs_m: Vec<f64> = mm.iter().map(|x| x.mag()).collect();
        let abs_j1: Vec<f64> = j1.iter().map(|x| x.mag()).collect();
        let local = add_vec(&absmat_vec(&abs_j1, &d0, n), &d1);
        rz = add_vec(
            &absmat_vec(&abs_m, &rz, n),
            &absmat_vec(&basis.abs_winv, &local, n),
        );
        for (r, &z) in rz.iter_mut().zip(zero_radius) {
            if z {
                *r = 0.0;
            }
        }
        std::mem::swap(&mut m, &mut m2);
        t += 2;
        let rx = absmat_vec(&basis.abs_w, &rz, n);
        record(t, &m, &rx, &mut out)?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Quantities.

fn half() -> BigRational {
    BigRational::new(1.into(), 2.into())
}

fn pt(q: &BigRational) -> R {
    R::point(q.clone())
}

fn nonneg(x: &R) -> R {
    let z = BigRational::zero();
    R {
        lo: x.lo.clone().max(z.clone()),
        hi: x.hi.clone().max(z),
    }
}

/// `(t_loss, t_dist2, t_q)` from `(ρ, q)` enclosures (rq coordinates).
fn rq_quantities(
    t: u64,
    rho: &R,
    q: &R,
    y: &BigRational,
    sign_plus: bool,
) -> Result<(R, R, Option<R>), String> {
    let tt = BigRational::from_integer(t.into());
    let ty = &tt * y;
    let q = nonneg(q);
    let t_loss = rho.sqr().scale(&(&ty * y * half()));
    let t_q = q.scale(&ty);
    let four = BigRational::from_integer(4.into());
    let p_hat = q.add(&R::from_int(1).add(rho).scale(&four));
    let s = root_encl(&p_hat, 2).ok_or("P̂ = (x + y)²/Y not proved ≥ 0")?;
    let s2 = s.add(&R::from_int(2)).sqr();
    let d = if sign_plus {
        let num = q.add(&rho.scale(&four)).sqr();
        num.div(&s2).map_err(|e| e.to_string())?.add(&q)
    } else {
        s2.add(&q)
    };
    Ok((t_loss, d.scale(&(&ty * half())), Some(t_q)))
}

/// `(t_loss, t_dist2, t_q)` from θ enclosures (factorisation).
fn theta_quantities(t: u64, th: &[R], y: &BigRational, theta_star: &R) -> (R, R, Option<R>) {
    let tt = BigRational::from_integer(t.into());
    let f = th.iter().fold(R::from_int(1), |a, b| a.mul(b));
    let t_loss = f.sub(&pt(y)).sqr().scale(&(&tt * half()));
    let d2 = th
        .iter()
        .fold(R::from_int(0), |a, b| a.add(&b.sub(theta_star).sqr()));
    let t_q = (th.len() == 2).then(|| th[0].sub(&th[1]).sqr().scale(&tt));
    (t_loss, d2.scale(&tt), t_q)
}

/// `y^{1/p}`, exact when rational.
fn theta_star(y: &BigRational, p: usize) -> R {
    match exact_root(y, p as u32) {
        Some(r) => pt(&r),
        None => R {
            lo: root_dir(y, p as u32, false),
            hi: root_dir(y, p as u32, true),
        },
    }
}

/// Require `computed ⊆ claimed` and `claimed` tight against `reference`.
fn check_quantity(
    field: &str,
    claimed: &Enclosure,
    computed: &R,
    reference: &R,
) -> Result<(), CheckFailure> {
    let c = bounded_enclosure(field, claimed)?;
    if !computed.is_subset_of(&c) {
        return Err(rej(
            field,
            format!(
                "the checker's enclosure [{:.6e}, {:.6e}] is not inside the claim [{}, {}]",
                f64_of(&computed.lo),
                f64_of(&computed.hi),
                claimed.lo,
                claimed.hi
            ),
        ));
    }
    let mag = c.lo.abs().max(c.hi.abs());
    let tol = reference.width() * BigRational::from_integer(4.into())
        + mag * BigRational::new(1.into(), BigInt::one() << 120u32);
    if c.width() > tol {
        return Err(rej(
            field,
            format!(
                "the claim is too wide: width {:.3e} > 4 × {:.3e} (the formula on the certificate's box)",
                f64_of(&c.width()),
                f64_of(&reference.width())
            ),
        ));
    }
    Ok(())
}

fn f64_of(q: &BigRational) -> f64 {
    num_traits::ToPrimitive::to_f64(q).unwrap_or(f64::NAN)
}

// ---------------------------------------------------------------------------------------------
// The claim.

enum Coords {
    Fixed,
    Rq {
        sign_plus: bool,
    },
    Theta {
        center: BigRational,
    },
    /// θ̃ = θ/c with `c` the enclosure of `y^{1/p}`; the state is θ̃ − 1.
    Rescaled {
        c: R,
    },
}

/// Check a `critical` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first field or step that failed.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let start = Instant::now();
    let ev: Evidence = serde_json::from_value(cert.evidence.clone())
        .map_err(|e| rej("evidence", format!("not critical evidence: {e}")))?;
    let y = &inputs.target;
    let two20 = BigRational::from_integer(BigInt::one() << MAG_BITS);
    if !(y.is_positive() && y <= &two20 && y.recip() <= two20) {
        return Err(rej("model.target", "must lie in [2^-20, 2^20]"));
    }
    let (n_init, depth) = match inputs.model {
        Model::Factorisation { depth } => {
            if depth > MAX_DEPTH {
                return Err(rej(
                    "model.depth",
                    format!("the critical checker accepts depth ≤ {MAX_DEPTH}"),
                ));
            }
            (depth, Some(depth))
        }
        Model::InnerProduct { dim } => (2 * dim, None),
    };
    let init = &inputs.init;
    if init.len() != n_init {
        return Err(rej(
            "init",
            format!("expected {n_init} numbers, got {}", init.len()),
        ));
    }
    if !init.iter().all(mag_ok) {
        return Err(rej("init", "entries must satisfy |x| ≤ 2^20"));
    }
    let EtaClaim {
        eta,
        eta_symbolic,
        is_crit,
    } = check_eta(cert, inputs, &ev, depth)?;
    let (f0, q0) = initial_invariants(inputs);
    let on_l = q0.as_ref().is_some_and(|q| q.is_zero());
    if ev.on_l != on_l {
        return Err(rej("evidence.on_l", format!("Q₀ = 0 is {on_l}")));
    }
    let has_tq = q0.is_some();
    check_horizon(&ev, has_tq)?;
    let (steps, cps) = (ev.steps, &ev.checkpoints);
    check_names(cert, &ev, depth, has_tq, is_crit)?;
    let claimed = |name: &str| match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => Ok(e.clone()),
        _ => Err(rej(format!("quantities.{name}"), "not an enclosure")),
    };
    let hyp_line = super::hypotheses::critical(cert, &inputs.model, is_crit)?;
    let final_claims = (
        claimed("t_loss")?,
        claimed("t_dist2")?,
        has_tq.then(|| claimed("t_q")).transpose()?,
    );
    let coords = parse_coords(&ev, inputs, &f0, depth, is_crit)?;
    let state_dim = match &coords {
        Coords::Fixed => 0,
        Coords::Rq { .. } => 2,
        Coords::Theta { .. } | Coords::Rescaled { .. } => n_init,
    };
    let boxes_cert = parse_boxes(cps, state_dim)?;
    let times: Vec<u64> = cps.iter().map(|c| c.t).collect();
    let mut details = vec![header_line(&ev, &eta, eta_symbolic, is_crit)];

    // The checker's enclosures (in its own coordinates) and the quantities.
    let run = Run {
        inputs,
        eta: &eta,
        times: &times,
        boxes_cert: &boxes_cert,
        start,
    };
    let (own, from_box): (Vec<Quants>, Vec<Quants>) = match &coords {
        Coords::Fixed => {
            let qs: Vec<Quants> = times
                .iter()
                .map(|&t| fixed_quantities(t, init, y, &inputs.model, q0.as_ref()))
                .collect();
            details.push("start on M: f(θ₀) = y exactly, θ_t = θ₀ for all t".into());
            (qs.clone(), qs)
        }
        Coords::Rq { sign_plus } => {
            let qq0 = q0.clone().expect("rq has Q");
            run.rq(&f0, &qq0, *sign_plus, on_l, depth.is_some(), &mut details)?
        }
        Coords::Theta { center } => run.theta(center, &mut details)?,
        Coords::Rescaled { c } => {
            let (encl, own, fb) =
                rescaled_enclosures(n_init, init, c, y, &times, &boxes_cert, start)?;
            details.push(radius_line(&encl));
            (own, fb)
        }
    };
    check_all_quantities(cps, &own, &from_box, &final_claims)?;
    let last = own.len() - 1;
    if let Some(at) = &ev.all_time {
        let line = check_all_time(at, &coords, is_crit, steps, y, &boxes_cert, on_l, cert)?;
        details.push(line);
    }
    if let Some(at) = &ev.all_time_depth {
        let line = check_all_time_depth(at, &coords, is_crit, steps, y, &boxes_cert, cert)?;
        details.push(line);
        if let Some(lim) = &ev.limit_depth {
            details.push(check_limit_depth(lim, at, &coords, y, &boxes_cert, cert)?);
        }
    }
    details.push(format!(
        "every checkpoint box contains the checker's enclosure; t_loss, t_dist2{} recomputed \
         in exact rational intervals lie inside the claims (T·ℓ ∈ [{:.12e}, {:.12e}]); \
         checked in {:.2} s",
        if has_tq { ", t_q" } else { "" },
        f64_of(&own[last].0.lo),
        f64_of(&own[last].0.hi),
        start.elapsed().as_secs_f64()
    ));
    details.push(hyp_line);
    Ok(details)
}

/// The first detail line: coordinates, η, T, checkpoints and the prover's midpoint.
fn header_line(ev: &Evidence, eta: &BigRational, eta_symbolic: bool, is_crit: bool) -> String {
    let steps = ev.steps;
    let cps = &ev.checkpoints;
    format!(
        "critical: {} coordinates, η = {eta}{}, T = {steps}, {} checkpoints; midpoints on the \
         2^-{GRID_BITS} grid (the prover's midpoint: {}, method: {:?})",
        ev.coordinates.name(),
        if eta_symbolic {
            " (the rescaled map's rate; the claim's η is η_crit exactly)"
        } else if is_crit {
            " = η_crit"
        } else {
            ""
        },
        cps.len(),
        ev.midpoint.name(),
        ev.method.label()
    )
}

/// The η of the run and what the claim says about it.
struct EtaClaim {
    /// The run's rate (for a symbolic claim: 2/p, the rescaled `y = 1` map's).
    eta: BigRational,
    /// `eta` absent: η = η_crit exactly.
    eta_symbolic: bool,
    is_crit: bool,
}

/// `eta`, `evidence.eta_crit`, `eta_is_critical` and `eta_note`.
fn check_eta(
    cert: &Certificate,
    inputs: &Inputs,
    ev: &Evidence,
    depth: Option<usize>,
) -> Result<EtaClaim, CheckFailure> {
    let y = &inputs.target;
    // `eta` absent: the claim is about η = η_crit exactly (rational or not); the run is then
    // the rescaled `y = 1` map at η = 2/p (coordinates `theta-rescaled`, factorisation only),
    // and `eta` below is that map's rate.
    let eta_symbolic = inputs.eta.is_none();
    let eta = match (&inputs.eta, depth) {
        (Some(e), _) => e.clone(),
        (None, Some(p)) => BigRational::new(2.into(), BigInt::from(p)),
        (None, None) => {
            return Err(rej(
                "eta",
                "missing (absent means η = η_crit exactly, for the factorisation only)",
            ));
        }
    };
    if !eta.is_positive() || !mag_ok(&eta) {
        return Err(rej("eta", "must lie in (0, 2^20]"));
    }
    if eta_symbolic && ev.coordinates != Cc::ThetaRescaled {
        return Err(rej(
            "evidence.coordinates",
            "without eta (η = η_crit stated symbolically) the run is theta-rescaled",
        ));
    }

    // η_crit and the claims about it.
    let crit = eta_crit(&inputs.model, y);
    let ev_crit = ev
        .eta_crit
        .as_deref()
        .map(|s| exact("evidence.eta_crit", s))
        .transpose()?;
    if ev_crit != crit {
        return Err(rej(
            "evidence.eta_crit",
            match &crit {
                Some(c) => format!("η_crit = 2/λ* = {c} exactly"),
                None => "η_crit is irrational (expected null)".into(),
            },
        ));
    }
    let is_crit = eta_symbolic || crit.as_ref() == Some(&eta);
    if !is_crit {
        return Err(rej(
            "verified",
            "the claim critical is about η = η_crit; at another η it is never verified",
        ));
    }
    match cert.quantities.get("eta_is_critical") {
        Some(Quantity::Bool(b)) if *b == is_crit => {}
        Some(Quantity::Bool(_)) => {
            return Err(rej(
                "quantities.eta_is_critical",
                format!("η == η_crit is {is_crit}"),
            ));
        }
        _ => {
            return Err(rej(
                "quantities.eta_is_critical",
                "missing or not a boolean",
            ));
        }
    }
    match (cert.quantities.get("eta_note"), is_crit) {
        (None, true) | (Some(Quantity::Label(_)), false) => {}
        (_, true) => return Err(rej("quantities.eta_note", "present although η = η_crit")),
        (_, false) => {
            return Err(rej(
                "quantities.eta_note",
                "missing (η ≠ η_crit must be stated)",
            ));
        }
    }

    Ok(EtaClaim {
        eta,
        eta_symbolic,
        is_crit,
    })
}

/// `(f(θ₀), Q₀)` exactly (`Q₀` for p = 2 and the inner product).
fn initial_invariants(inputs: &Inputs) -> (BigRational, Option<BigRational>) {
    let init = &inputs.init;
    match inputs.model {
        Model::Factorisation { depth } => {
            let f: BigRational = init.iter().fold(BigRational::one(), |a, b| a * b);
            let q = (depth == 2).then(|| (&init[0] - &init[1]) * (&init[0] - &init[1]));
            (f, q)
        }
        Model::InnerProduct { dim } => {
            let (u, v) = init.split_at(dim);
            let ip: BigRational = u.iter().zip(v).map(|(a, b)| a * b).sum();
            let q: BigRational = u.iter().zip(v).map(|(a, b)| (a - b) * (a - b)).sum();
            (ip, Some(q))
        }
    }
}

/// `evidence.steps` and the checkpoints' times and `t_q` presence.
fn check_horizon(ev: &Evidence, has_tq: bool) -> Result<(), CheckFailure> {
    let steps = ev.steps;
    if steps == 0 || steps > MAX_STEPS {
        return Err(rej(
            "evidence.steps",
            format!("must lie in 1..={MAX_STEPS}"),
        ));
    }
    let cps = &ev.checkpoints;
    if cps.is_empty() || cps.len() > MAX_CHECKPOINTS {
        return Err(rej(
            "evidence.checkpoints",
            format!("need 1..={MAX_CHECKPOINTS} checkpoints"),
        ));
    }
    for (k, c) in cps.iter().enumerate() {
        super::budget::tick()?;
        let prev = if k == 0 { 0 } else { cps[k - 1].t };
        if c.t <= prev {
            return Err(rej(
                format!("evidence.checkpoints[{k}].t"),
                "checkpoints must be increasing and ≥ 1",
            ));
        }
        if c.t_q.is_some() != has_tq {
            return Err(rej(
                format!("evidence.checkpoints[{k}].t_q"),
                if has_tq {
                    "missing"
                } else {
                    "only for p = 2 or the inner product"
                },
            ));
        }
    }
    if cps.last().expect("nonempty").t != steps {
        return Err(rej(
            "evidence.checkpoints",
            "the last checkpoint must be at `steps`",
        ));
    }
    Ok(())
}

/// The claimed quantities: exactly the expected names.
fn check_names(
    cert: &Certificate,
    ev: &Evidence,
    depth: Option<usize>,
    has_tq: bool,
    is_crit: bool,
) -> Result<(), CheckFailure> {
    let mut names: Vec<&str> = vec!["eta_is_critical", "t_dist2", "t_loss"];
    names.extend(super::hypotheses::CRITICAL);
    if depth.is_some() {
        names.push("c_positive_radius");
    }
    if has_tq {
        names.push("t_q");
    }
    if !is_crit {
        names.push("eta_note");
    }
    if ev.all_time.is_some() {
        names.extend(["t0", "t_loss_all_time", "t_q_all_time"]);
    }
    if ev.all_time_depth.is_some() {
        if ev.all_time.is_some() {
            return Err(rej("evidence", "all_time and all_time_depth are exclusive"));
        }
        names.extend(["t0", "t_loss_all_time", "t_dist2_all_time", "t_w_all_time"]);
    }
    if ev.limit_depth.is_some() {
        if ev.all_time_depth.is_none() {
            return Err(rej("evidence.limit_depth", "only with all_time_depth"));
        }
        names.extend(LIMIT_QUANTITIES);
    }
    names.sort_unstable();
    let have: Vec<&str> = cert.quantities.keys().map(String::as_str).collect();
    if have != names {
        return Err(rej(
            "quantities",
            format!("expected exactly {names:?}, found {have:?}"),
        ));
    }
    Ok(())
}

/// `evidence.coordinates` (and `center`) against the model, `f(θ₀)` and η.
fn parse_coords(
    ev: &Evidence,
    inputs: &Inputs,
    f0: &BigRational,
    depth: Option<usize>,
    is_crit: bool,
) -> Result<Coords, CheckFailure> {
    let (y, init) = (&inputs.target, &inputs.init);
    let n_init = init.len();
    Ok(match ev.coordinates {
        Cc::ExactFixedPoint => {
            if f0 != y {
                return Err(rej(
                    "evidence.coordinates",
                    "exact-fixed-point needs f(θ₀) = y exactly",
                ));
            }
            Coords::Fixed
        }
        Cc::Rq => {
            let sign_plus = match inputs.model {
                Model::Factorisation { depth: 2 } => {
                    let s = &init[0] + &init[1];
                    if s.is_zero() {
                        return Err(rej("init", "x₀ + y₀ = 0 (not the critical regime)"));
                    }
                    s.is_positive()
                }
                Model::InnerProduct { .. } => true,
                Model::Factorisation { .. } => {
                    return Err(rej(
                        "evidence.coordinates",
                        "rq coordinates exist only for p = 2 and the inner product",
                    ));
                }
            };
            Coords::Rq { sign_plus }
        }
        Cc::ThetaDeviation => {
            if depth.is_none() {
                return Err(rej(
                    "evidence.coordinates",
                    "theta-deviation is for the factorisation model",
                ));
            }
            let c = ev
                .center
                .as_deref()
                .ok_or_else(|| rej("evidence.center", "missing"))?;
            if c.len() > MAX_NUMBER_CHARS {
                return Err(rej("evidence.center", "number string too long"));
            }
            let center = exact("evidence.center", c)?;
            if !mag_ok(&center) {
                return Err(rej("evidence.center", "must satisfy |c| ≤ 2^20"));
            }
            Coords::Theta { center }
        }
        Cc::ThetaRescaled => {
            // θ̃ = θ/y^{1/p} runs the y = 1 map at 2/p only at η = η_crit.
            if depth.is_none() || !is_crit {
                return Err(rej(
                    "evidence.coordinates",
                    "theta-rescaled is for the factorisation at η = η_crit",
                ));
            }
            if ev.center.as_deref() != Some("1") {
                return Err(rej("evidence.center", "theta-rescaled has centre 1"));
            }
            Coords::Rescaled {
                c: theta_star(y, n_init),
            }
        }
    })
}

/// The checkpoints' state boxes (in the certificate's coordinates).
fn parse_boxes(cps: &[Checkpoint], state_dim: usize) -> Result<Vec<Vec<R>>, CheckFailure> {
    let mut boxes_cert: Vec<Vec<R>> = Vec::with_capacity(cps.len());
    for (k, c) in cps.iter().enumerate() {
        super::budget::tick()?;
        if c.state.len() != state_dim {
            return Err(rej(
                format!("evidence.checkpoints[{k}].state"),
                format!("expected {state_dim} enclosures, got {}", c.state.len()),
            ));
        }
        let b = c
            .state
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let f = format!("evidence.checkpoints[{k}].state[{i}]");
                let r = bounded_enclosure(&f, e)?;
                if !(mag_ok(&r.lo) && mag_ok(&r.hi)) {
                    return Err(rej(f, "endpoints must satisfy |x| ≤ 2^20"));
                }
                Ok(r)
            })
            .collect::<Result<Vec<_>, _>>()?;
        boxes_cert.push(b);
    }
    Ok(boxes_cert)
}

/// The inputs of the checker's own run.
struct Run<'a> {
    inputs: &'a Inputs,
    eta: &'a BigRational,
    times: &'a [u64],
    boxes_cert: &'a [Vec<R>],
    start: Instant,
}

impl Run<'_> {
    /// The reduced (ρ, q) run: the checker's enclosures contain the certificate's boxes;
    /// the quantities on both.
    fn rq(
        &self,
        f0: &BigRational,
        q0: &BigRational,
        sign_plus: bool,
        on_l: bool,
        factorisation: bool,
        details: &mut Vec<String>,
    ) -> Result<(Vec<Quants>, Vec<Quants>), CheckFailure> {
        let (y, times, boxes_cert, start) =
            (&self.inputs.target, self.times, self.boxes_cert, self.start);
        let h = self.eta * y;
        let rho0 = (f0 - y) / y;
        let qq0 = q0 / y;
        let map = RqMap::new(&h, factorisation);
        let (mr, er) = to_grid(&rho0);
        let (mq, eq) = to_grid(&qq0);
        let encl = iterate(
            &map,
            &Basis::identity(2),
            vec![mr, mq],
            vec![er, eq],
            times,
            &[false, on_l],
            start,
        )
        .map_err(|(t, why)| {
            rej(
                "evidence.checkpoints",
                format!("the checker's own enclosure was lost at step {t}: {why}"),
            )
        })?;
        contain(&encl, boxes_cert, times, |x| x.clone())?;
        let q_of = |b: &R| if on_l { R::from_int(0) } else { b.clone() };
        let quants = |bx: &[Vec<R>]| {
            bx.iter()
                .zip(times)
                .map(|(b, &t)| rq_quantities(t, &b[0], &q_of(&b[1]), y, sign_plus))
                .collect::<Result<Vec<_>, String>>()
        };
        let own = quants(&encl).map_err(|e| rej("evidence.checkpoints", e))?;
        let fb = quants(boxes_cert).map_err(|e| {
            rej(
                "evidence.checkpoints",
                format!("on the certificate's box: {e}"),
            )
        })?;
        details.push(radius_line(&encl));
        Ok((own, fb))
    }

    /// The θ-deviation run (centre `center`).
    fn theta(
        &self,
        center: &BigRational,
        details: &mut Vec<String>,
    ) -> Result<(Vec<Quants>, Vec<Quants>), CheckFailure> {
        let (y, init, times, boxes_cert, start) = (
            &self.inputs.target,
            &self.inputs.init,
            self.times,
            self.boxes_cert,
            self.start,
        );
        let p = init.len();
        let map = ThetaMap::new(p, y, self.eta);
        let (m0, r0): (Vec<BigInt>, Vec<f64>) = init.iter().map(to_grid).unzip();
        let encl = iterate_theta(&map, p, m0, r0, times, start)?;
        let shift = pt(center);
        contain(&encl, boxes_cert, times, |w| w.add(&shift))?;
        let ts = theta_star(y, p);
        let own = encl
            .iter()
            .zip(times)
            .map(|(b, &t)| theta_quantities(t, b, y, &ts))
            .collect();
        let fb = boxes_cert
            .iter()
            .zip(times)
            .map(|(b, &t)| {
                let th: Vec<R> = b.iter().map(|w| w.add(&shift)).collect();
                theta_quantities(t, &th, y, &ts)
            })
            .collect();
        details.push(radius_line(&encl));
        Ok((own, fb))
    }
}

/// The quantities at every checkpoint and at T: each claim contains the checker's value.
fn check_all_quantities(
    cps: &[Checkpoint],
    own: &[Quants],
    from_box: &[Quants],
    final_claims: &(Enclosure, Enclosure, Option<Enclosure>),
) -> Result<(), CheckFailure> {
    for (k, c) in cps.iter().enumerate() {
        super::budget::tick()?;
        let f = |n: &str| format!("evidence.checkpoints[{k}].{n}");
        check_quantity(&f("t_loss"), &c.t_loss, &own[k].0, &from_box[k].0)?;
        check_quantity(&f("t_dist2"), &c.t_dist2, &own[k].1, &from_box[k].1)?;
        if let (Some(e), Some(x), Some(r)) = (&c.t_q, &own[k].2, &from_box[k].2) {
            check_quantity(&f("t_q"), e, x, r)?;
        }
    }
    let last = own.len() - 1;
    check_quantity(
        "quantities.t_loss",
        &final_claims.0,
        &own[last].0,
        &from_box[last].0,
    )?;
    check_quantity(
        "quantities.t_dist2",
        &final_claims.1,
        &own[last].1,
        &from_box[last].1,
    )?;
    if let (Some(e), Some(x), Some(r)) = (&final_claims.2, &own[last].2, &from_box[last].2) {
        check_quantity("quantities.t_q", e, x, r)?;
    }
    Ok(())
}

/// `evidence.all_time`: the trapping region (see [`super::trapping`]) started from the
/// certificate's state box at T (which the iteration above proved to contain the true state),
/// and the claimed `t0`, `t_loss_all_time`, `t_q_all_time`.
#[allow(clippy::too_many_arguments)]
fn check_all_time(
    at: &super::trapping::Evidence,
    coords: &Coords,
    is_crit: bool,
    steps: u64,
    y: &BigRational,
    boxes_cert: &[Vec<R>],
    on_l: bool,
    cert: &Certificate,
) -> Result<String, CheckFailure> {
    let field = "evidence.all_time";
    if !matches!(coords, Coords::Rq { .. }) || !is_crit {
        return Err(rej(
            field,
            "the trapping region is for the rq coordinates at η = η_crit",
        ));
    }
    if at.t0 != steps {
        return Err(rej(format!("{field}.t0"), "must equal steps"));
    }
    let last = boxes_cert.last().expect("nonempty");
    let tt = pt(&BigRational::from_integer(steps.into()));
    // On L, Q_t = 0 for all t exactly (q' = q(1 + hρ)²).
    let w = if on_l {
        R::from_int(0)
    } else {
        tt.mul(&nonneg(&last[1]))
    };
    let u = tt.mul(&last[0].sqr());
    let ranges = super::trapping::check(at, &u, &w, on_l).map_err(|e| rej(field, e))?;
    let t0 = match cert.quantities.get("t0") {
        Some(Quantity::Enclosure(e)) => enclosure("quantities.t0", e)?,
        _ => return Err(rej("quantities.t0", "not an enclosure")),
    };
    if t0 != pt(&BigRational::from_integer(steps.into())) {
        return Err(rej("quantities.t0", "must be exactly steps"));
    }
    let yy = pt(y);
    let t_loss = yy.sqr().mul(&ranges.u).mul(&pt(&half()));
    let t_q = yy.mul(&ranges.w);
    for (name, x) in [("t_loss_all_time", &t_loss), ("t_q_all_time", &t_q)] {
        let claimed = match cert.quantities.get(name) {
            Some(Quantity::Enclosure(e)) => e,
            _ => return Err(rej(format!("quantities.{name}"), "not an enclosure")),
        };
        check_quantity(&format!("quantities.{name}"), claimed, x, x)?;
    }
    Ok(format!(
        "all time: the trapping region (δ² = {:.3e}, {} leaves) holds for every t ≥ {steps}; \
         t·ℓ ∈ [{:.6}, {:.6}] for all t ≥ {steps}",
        f64_of(&exact(field, &at.delta2)?),
        at.leaves,
        f64_of(&t_loss.lo),
        f64_of(&t_loss.hi)
    ))
}

/// The quantities of the limit (depth p ≥ 3).
const LIMIT_QUANTITIES: [&str; 4] = [
    "t_loss_limit",
    "t_dist2_limit",
    "t_loss_limit_rate",
    "t_dist2_limit_rate",
];

/// `θ̃ = θ/y^{1/p}` from the certificate's last box and the scale `y^{2/p}` of the squared
/// distances (theta-deviation needs a rational root; theta-rescaled boxes are `θ̃ − 1`).
fn rescaled_last(
    field: &str,
    coords: &Coords,
    y: &BigRational,
    p: usize,
    last: &[R],
) -> Result<(Vec<R>, R), CheckFailure> {
    match coords {
        Coords::Theta { center } => {
            let c = exact_root(y, p as u32).ok_or_else(|| {
                rej(
                    field,
                    "theta-deviation needs a rational p-th root (else theta-rescaled)",
                )
            })?;
            let inv = pt(&(BigRational::one() / &c));
            let th = last.iter().map(|w| w.add(&pt(center)).mul(&inv)).collect();
            Ok((th, pt(&(&c * &c))))
        }
        Coords::Rescaled { c } => Ok((
            last.iter().map(|w| w.add(&R::from_int(1))).collect(),
            c.sqr(),
        )),
        _ => Err(rej(field, "the depth-p region is for theta coordinates")),
    }
}

/// `(U, W) = (t·(∏θ̃ − 1)², t·Σ_k(θ̃_k − mean θ̃)²)` at `t`.
fn depth_state(th: &[R], t: u64) -> (R, R) {
    let p = th.len();
    let tt = pt(&BigRational::from_integer(t.into()));
    let r = th
        .iter()
        .fold(R::from_int(1), |a, b| a.mul(b))
        .sub(&R::from_int(1));
    let pinv = pt(&BigRational::new(1.into(), BigInt::from(p)));
    let mut w = R::from_int(0);
    for k in 0..p {
        let d = (0..p).fold(R::from_int(0), |a, j| a.add(&th[k].sub(&th[j])));
        w = w.add(&d.mul(&pinv).sqr());
    }
    (tt.mul(&r.sqr()), tt.mul(&w))
}

/// `evidence.limit_depth`: the region shrinking like `1/√t` (see [`super::trapping_limit`])
/// started from the certificate's box at T, and the claimed `t_loss_limit`, `t_dist2_limit`
/// (exact limits, scaled by `y²` and `y^{2/p}`) and their rates.
fn check_limit_depth(
    lim: &super::trapping_limit::Evidence,
    at: &super::trapping_depth::Evidence,
    coords: &Coords,
    y: &BigRational,
    boxes_cert: &[Vec<R>],
    cert: &Certificate,
) -> Result<String, CheckFailure> {
    let field = "evidence.limit_depth";
    if lim.t0 != at.t0 || lim.depth != at.depth {
        return Err(rej(
            field,
            "t0 and depth must equal those of all_time_depth",
        ));
    }
    let last = boxes_cert.last().expect("nonempty");
    let (th, cc) = rescaled_last(field, coords, y, lim.depth, last)?;
    let (u0, w0) = depth_state(&th, lim.t0);
    let l = super::trapping_limit::check(lim, &u0, &w0).map_err(|e| rej(field, e))?;
    let y2 = pt(&(y * y));
    let values = [
        ("t_loss_limit", y2.mul(&pt(&l.t_loss))),
        ("t_dist2_limit", cc.mul(&pt(&l.t_dist2))),
        ("t_loss_limit_rate", y2.mul(&l.loss_rate)),
        ("t_dist2_limit_rate", cc.mul(&l.dist2_rate)),
    ];
    for (name, x) in &values {
        let claimed = match cert.quantities.get(*name) {
            Some(Quantity::Enclosure(e)) => e,
            _ => return Err(rej(format!("quantities.{name}"), "not an enclosure")),
        };
        check_quantity(&format!("quantities.{name}"), claimed, x, x)?;
    }
    Ok(format!(
        "limit (depth {}): the region V(√t·(X − c)) ≤ δ² (δ² = {:.3e}, {} leaves) holds for every          t ≥ {}; t·ℓ → {} with √t·|t·ℓ − lim| ≤ {:.4}",
        lim.depth,
        f64_of(&exact(field, &lim.delta2)?),
        lim.leaves,
        lim.t0,
        l.t_loss * y * y,
        f64_of(&values[2].1.lo.abs().max(values[2].1.hi.abs()))
    ))
}

/// `evidence.all_time_depth`: the depth-p trapping region (see [`super::trapping_depth`])
/// started from the certificate's θ box at T, and the claimed `t0`, `t_loss_all_time`,
/// `t_dist2_all_time`, `t_w_all_time`. Needs `y^{1/p}` rational (`θ̃ = θ/y^{1/p}` runs the
/// `y = 1` map; `t·ℓ` scales by `y²`, squared distances by `y^{2/p}`).
fn check_all_time_depth(
    at: &super::trapping_depth::Evidence,
    coords: &Coords,
    is_crit: bool,
    steps: u64,
    y: &BigRational,
    boxes_cert: &[Vec<R>],
    cert: &Certificate,
) -> Result<String, CheckFailure> {
    let field = "evidence.all_time_depth";
    if !matches!(coords, Coords::Theta { .. } | Coords::Rescaled { .. }) {
        return Err(rej(field, "the depth-p region is for theta coordinates"));
    }
    if !is_crit {
        return Err(rej(field, "the trapping region is for η = η_crit"));
    }
    if at.t0 != steps {
        return Err(rej(format!("{field}.t0"), "must equal steps"));
    }
    let last = boxes_cert.last().expect("nonempty");
    if cert.model.depth != Some(at.depth) || last.len() != at.depth {
        return Err(rej(
            format!("{field}.depth"),
            "must equal the model's depth",
        ));
    }
    let p = at.depth;
    // θ̃ = θ/y^{1/p} and the scale y^{2/p} of the squared distances.
    let (th, cc) = rescaled_last(field, coords, y, p, last)?;
    let (u0, w0) = depth_state(&th, steps);
    let ranges = super::trapping_depth::check(at, &u0, &w0).map_err(|e| rej(field, e))?;
    let t0 = match cert.quantities.get("t0") {
        Some(Quantity::Enclosure(e)) => enclosure("quantities.t0", e)?,
        _ => return Err(rej("quantities.t0", "not an enclosure")),
    };
    if t0 != pt(&BigRational::from_integer(steps.into())) {
        return Err(rej("quantities.t0", "must be exactly steps"));
    }
    let yy = pt(y);
    let t_loss = yy.sqr().mul(&ranges.t_loss);
    for (name, x) in [
        ("t_loss_all_time", &t_loss),
        ("t_dist2_all_time", &cc.mul(&ranges.t_dist2)),
        ("t_w_all_time", &cc.mul(&ranges.t_w)),
    ] {
        let claimed = match cert.quantities.get(name) {
            Some(Quantity::Enclosure(e)) => e,
            _ => return Err(rej(format!("quantities.{name}"), "not an enclosure")),
        };
        check_quantity(&format!("quantities.{name}"), claimed, x, x)?;
    }
    Ok(format!(
        "all time (depth {p}): the trapping region (δ² = {:.3e}, {} leaves) holds for every \
         t ≥ {steps}; t·ℓ ∈ [{:.6}, {:.6}] for all t ≥ {steps}",
        f64_of(&exact(field, &at.delta2)?),
        at.leaves,
        f64_of(&t_loss.lo),
        f64_of(&t_loss.hi)
    ))
}

/// The least f64 `≥ x` (`x ≥ 0`), by exact comparison.
fn f64_up_rat(x: &BigRational) -> f64 {
    let mut r = f64_of(x).max(0.0);
    while r.is_finite() && f64_rat(r).is_some_and(|q| &q < x) {
        r = r.next_up();
    }
    r
}

type Quants = (R, R, Option<R>);
/// `(enclosures, quantities on them, quantities on the certificate's boxes)`.
type Rescaled = (Vec<Vec<R>>, Vec<Quants>, Vec<Quants>);

/// The `theta-rescaled` run: `θ̃ = θ/c` with `c ∋ y^{1/p}`; GD on θ̃ is GD for the target 1 at
/// `η·y·c^{p−2} = 2/p` exactly when η = η_crit = 2/(p·y^{2−2/p}). The checker starts from its
/// own box `θ₀/c` (midpoints on its grid, radii rounded up), iterates the `y = 1` map at
/// η = 2/p, requires its enclosures inside the certificate's boxes (`1 + state`), and returns
/// `(enclosures, quantities on them, quantities on the certificate's boxes)`, where
/// `t_loss = y²·t·½(∏θ̃ − 1)²` and `t_dist2 = c²·t·‖θ̃ − 1‖²`.
fn rescaled_enclosures(
    p: usize,
    init: &[BigRational],
    c: &R,
    y: &BigRational,
    times: &[u64],
    boxes_cert: &[Vec<R>],
    start: Instant,
) -> Result<Rescaled, CheckFailure> {
    let inv = R {
        lo: c.hi.recip(),
        hi: c.lo.recip(),
    };
    let mut m0 = Vec::with_capacity(p);
    let mut r0 = Vec::with_capacity(p);
    for x in init {
        let th = pt(x).mul(&inv);
        let mid = (&th.lo + &th.hi) * half();
        let (m, err) = to_grid(&mid);
        let dev = (&th.hi - &mid).max(&mid - &th.lo);
        r0.push(add_up(f64_up_rat(&dev), err));
        m0.push(m);
    }
    let eta = BigRational::new(2.into(), BigInt::from(p));
    let map = ThetaMap::new(p, &BigRational::one(), &eta);
    let encl = iterate_theta(&map, p, m0, r0, times, start)?;
    let one = R::from_int(1);
    contain(&encl, boxes_cert, times, |w| w.add(&one))?;
    let (yy, cc) = (pt(&(y * y)), c.sqr());
    let scaled = |t: u64, th: &[R]| {
        let (l, d, q) = theta_quantities(t, th, &BigRational::one(), &one);
        (yy.mul(&l), cc.mul(&d), q)
    };
    let own = encl.iter().zip(times).map(|(b, &t)| scaled(t, b)).collect();
    let fb = boxes_cert
        .iter()
        .zip(times)
        .map(|(b, &t)| {
            let th: Vec<R> = b.iter().map(|w| w.add(&one)).collect();
            scaled(t, &th)
        })
        .collect();
    Ok((encl, own, fb))
}

fn radius_line(encl: &[Vec<R>]) -> String {
    let last = encl.last().expect("nonempty");
    let w: Vec<String> = last
        .iter()
        .map(|x| format!("{:.3e}", f64_of(&x.width())))
        .collect();
    format!(
        "the checker's own two-step mean-value iteration from the exact initial point: widths \
         at T [{}]",
        w.join(", ")
    )
}

/// Require the checker's enclosure (mapped into the certificate's coordinates by `to_cert`
/// inverse, i.e. the certificate's box is mapped into the checker's) to lie inside every box.
fn contain(
    encl: &[Vec<R>],
    boxes: &[Vec<R>],
    times: &[u64],
    cert_to_own: impl Fn(&R) -> R,
) -> Result<(), CheckFailure> {
    for (k, (own, cert)) in encl.iter().zip(boxes).enumerate() {
        for (i, (o, c)) in own.iter().zip(cert).enumerate() {
            let c = cert_to_own(c);
            if !o.is_subset_of(&c) {
                return Err(rej(
                    format!("evidence.checkpoints[{k}].state[{i}]"),
                    format!(
                        "at t = {} the checker's enclosure (width {:.3e}) is not inside the \
                         certificate's box (width {:.3e}, offset lo {:.3e}, hi {:.3e})",
                        times[k],
                        f64_of(&o.width()),
                        f64_of(&c.width()),
                        f64_of(&(&o.lo - &c.lo)),
                        f64_of(&(&c.hi - &o.hi)),
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Quantities of the exact fixed point `θ_t = θ₀` (start on M).
fn fixed_quantities(
    t: u64,
    init: &[BigRational],
    y: &BigRational,
    model: &Model,
    q0: Option<&BigRational>,
) -> (R, R, Option<R>) {
    let tt = BigRational::from_integer(t.into());
    let d2 = match *model {
        Model::Factorisation { depth } => {
            let ts = theta_star(y, depth);
            init.iter()
                .fold(R::from_int(0), |a, b| a.add(&pt(b).sub(&ts).sqr()))
        }
        Model::InnerProduct { dim } => {
            // (P + Q)/2 − 2√(YP) + 2Y, P = ‖u + v‖², Q = ‖u − v‖².
            let (u, v) = init.split_at(dim);
            let p: BigRational = u.iter().zip(v).map(|(a, b)| (a + b) * (a + b)).sum();
            let q: BigRational = u.iter().zip(v).map(|(a, b)| (a - b) * (a - b)).sum();
            let s = root_encl(&pt(&(y * &p)), 2).expect("nonnegative");
            let two = BigRational::from_integer(2.into());
            nonneg(&pt(&((&p + &q) * half() + &two * y)).sub(&s.scale(&two)))
        }
    };
    (R::from_int(0), d2.scale(&tt), q0.map(|q| pt(&(&tt * q))))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-product [`Fi::mul`] contains the exact endpoint products and lies inside the
    /// hull of the four outward-rounded endpoint products ([`mul_dir`]), equal to it unless an
    /// endpoint is below 10⁻¹⁴⁰ or above 10¹⁵⁰ (a sub-`TINY` or overflowing product, which
    /// the hull widens to both sides), on intervals of every sign pattern, zero and infinite
    /// endpoints.
    #[test]
    fn fi_mul_is_the_hull_of_four_products() {
        let hull = |x: Fi, y: Fi| {
            if (x.lo == 0.0 && x.hi == 0.0) || (y.lo == 0.0 && y.hi == 0.0) {
                return Fi::point(0.0);
            }
            let c = [(x.lo, y.lo), (x.lo, y.hi), (x.hi, y.lo), (x.hi, y.hi)];
            Fi {
                lo: c
                    .iter()
                    .map(|&(a, b)| mul_dir(a, b, false))
                    .fold(f64::INFINITY, f64::min),
                hi: c
                    .iter()
                    .map(|&(a, b)| mul_dir(a, b, true))
                    .fold(f64::NEG_INFINITY, f64::max),
            }
        };
        let ends = [
            f64::NEG_INFINITY,
            -3.7,
            -1.0 / 3.0,
            -1e-300,
            -0.0,
            0.0,
            1e-300,
            0.1,
            2.0 / 3.0,
            5.5,
            1e300,
            f64::INFINITY,
        ];
        let mut n = 0;
        for &a in &ends {
            for &b in &ends {
                for &c in &ends {
                    for &d in &ends {
                        if a > b || c > d {
                            continue;
                        }
                        let (x, y) = (Fi { lo: a, hi: b }, Fi { lo: c, hi: d });
                        let (got, wide) = (x.mul(y), hull(x, y));
                        let extreme = [a, b, c, d]
                            .iter()
                            .any(|v| *v != 0.0 && !(1e-140..=1e150).contains(&v.abs()));
                        if extreme {
                            assert!(wide.lo <= got.lo && got.hi <= wide.hi, "{x:?} · {y:?}");
                        } else {
                            assert_eq!(got, wide, "{x:?} · {y:?}");
                        }
                        let finite = [a, b, c, d].iter().all(|v| v.is_finite());
                        if finite {
                            let q = |v: f64| BigRational::from_float(v).expect("finite");
                            for (u, v) in [(a, c), (a, d), (b, c), (b, d)] {
                                let exact = q(u) * q(v);
                                let below = got.lo == f64::NEG_INFINITY || q(got.lo) <= exact;
                                let above = got.hi == f64::INFINITY || exact <= q(got.hi);
                                assert!(below && above, "{x:?} · {y:?}");
                            }
                        }
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 4000, "{n}");
    }

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    #[test]
    fn directed_f64_bounds() {
        for (n, k) in [
            (1i64, 0u64),
            (3, 2),
            (-7, 5),
            ((1 << 60) + 1, 3),
            (-(1 << 55) - 3, 70),
        ] {
            let n = BigInt::from(n);
            let exact = BigRational::new(n.clone(), BigInt::one() << k);
            let lo = f64_rat(f64_dir(&n, k, false)).unwrap();
            let hi = f64_rat(f64_dir(&n, k, true)).unwrap();
            assert!(lo <= exact && exact <= hi, "{n} {k}");
        }
        let third = Fi::from_rat(&q(1, 3));
        assert!(third.lo < third.hi && third.hi - third.lo < 1e-16);
        let x = Fi::point(0.1).mul(Fi::point(0.3));
        let e = q(1, 10) * q(3, 10);
        let fx = |v| f64_rat(v).unwrap();
        // Bounds of the float product of the floats 0.1 and 0.3.
        let exact = fx(0.1) * fx(0.3);
        assert!(fx(x.lo) <= exact && exact <= fx(x.hi));
        assert!(x.lo < x.hi);
        let _ = e;
        assert_eq!(Fi::point(0.5).mul(Fi::point(4.0)), Fi::point(2.0));
        assert_eq!(Fi::point(0.5).add(Fi::point(0.25)), Fi::point(0.75));
        let s = Fi::point(1.0).add(Fi::point(1e-30));
        assert!(s.lo == 1.0 && s.hi > 1.0);
    }

    #[test]
    fn rounding_division() {
        let (m, ex) = round_div(&BigInt::from(-7), &BigInt::one(), 1);
        assert_eq!((m, ex), (BigInt::from(-4), false)); // −3.5 → −4 (ties away)
        let (m, ex) = round_div(&BigInt::from(12), &BigInt::from(3), 2);
        assert_eq!((m, ex), (BigInt::one(), true));
        let (m, _) = round_div(&BigInt::from(10), &BigInt::from(3), 0);
        assert_eq!(m, BigInt::from(3));
    }

    #[test]
    fn theta_basis_inverse() {
        for p in 2..=MAX_DEPTH {
            let (w, winv) = theta_basis_exact(p);
            for i in 0..p {
                for k in 0..p {
                    let s: BigRational = (0..p).map(|j| &winv[i * p + j] * &w[j * p + k]).sum();
                    let e = if i == k {
                        BigRational::one()
                    } else {
                        BigRational::zero()
                    };
                    assert_eq!(s, e, "p = {p}");
                }
            }
        }
    }

    /// The rq map against one exact GD step of the factorisation p = 2 and the inner product.
    #[test]
    fn rq_map_is_exact_gd() {
        let y = q(3, 2);
        let eta = q(5, 7);
        let h = &eta * &y;
        let map = RqMap::new(&h, false);
        // p = 2 from (x, z) on the grid.
        let (x, z) = (q(5, 4), q(7, 8));
        let r = &x * &z - &y;
        let (x1, z1) = (&x - &eta * &r * &z, &z - &eta * &r * &x);
        let rho1 = (&x1 * &z1 - &y) / &y;
        let q1 = (&x1 - &z1) * (&x1 - &z1) / &y;
        let (mr, _) = to_grid(&(&r / &y));
        let (mq, _) = to_grid(&((&x - &z) * (&x - &z) / &y));
        let mut out = vec![BigInt::zero(), BigInt::zero()];
        let mut d = vec![0.0; 2];
        map.step(&[mr, mq], &mut out, &mut d);
        let ulp = q(1, 1) / BigRational::from_integer(BigInt::one() << GRID_BITS);
        assert!((fixed_rat(&out[0]) - rho1).abs() <= &ulp / q(2, 1));
        assert!((fixed_rat(&out[1]) - q1).abs() <= &ulp / q(2, 1));
        // Inner product in dimension 2.
        let u = [q(1, 2), q(3, 4)];
        let v = [q(5, 4), q(1, 8)];
        let ip = |a: &[BigRational], b: &[BigRational]| -> BigRational {
            a.iter().zip(b).map(|(x, y)| x * y).sum()
        };
        let r = ip(&u, &v) - &y;
        let u1: Vec<_> = u.iter().zip(&v).map(|(a, b)| a - &eta * &r * b).collect();
        let v1: Vec<_> = u.iter().zip(&v).map(|(a, b)| b - &eta * &r * a).collect();
        let dq = |a: &[BigRational], b: &[BigRational]| -> BigRational {
            a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum()
        };
        let (mr, _) = to_grid(&(&r / &y));
        let (mq, _) = to_grid(&(dq(&u, &v) / &y));
        map.step(&[mr, mq], &mut out, &mut d);
        assert!((fixed_rat(&out[0]) - (ip(&u1, &v1) - &y) / &y).abs() <= &ulp / q(2, 1));
        assert!((fixed_rat(&out[1]) - dq(&u1, &v1) / &y).abs() <= &ulp / q(2, 1));
    }

    /// The θ map against exact GD.
    #[test]
    fn theta_map_is_exact_gd() {
        let y = q(2, 3);
        let eta = q(2, 5);
        let th = [q(9, 8), q(3, 4), q(5, 4)];
        let map = ThetaMap::new(3, &y, &eta);
        let f: BigRational = th.iter().product();
        let res = &f - &y;
        let m: Vec<BigInt> = th.iter().map(|x| to_grid(x).0).collect();
        let mut out = vec![BigInt::zero(); 3];
        let mut d = vec![0.0; 3];
        map.step(&m, &mut out, &mut d);
        let ulp = q(1, 1) / BigRational::from_integer(BigInt::one() << GRID_BITS);
        for i in 0..3 {
            let g: BigRational = (0..3).filter(|&j| j != i).map(|j| &th[j]).product();
            let exact = &th[i] - &eta * &res * g;
            assert!((fixed_rat(&out[i]) - exact).abs() <= &ulp / q(2, 1));
        }
    }

    #[test]
    fn roots_and_eta_crit() {
        let r = root_encl(&R::point(q(2, 1)), 2).unwrap();
        assert!(&r.lo * &r.lo <= q(2, 1) && &r.hi * &r.hi >= q(2, 1));
        assert_eq!(
            eta_crit(&Model::Factorisation { depth: 2 }, &q(1, 1)),
            Some(q(1, 1))
        );
        assert_eq!(
            eta_crit(&Model::Factorisation { depth: 5 }, &q(1, 1)),
            Some(q(2, 5))
        );
        assert_eq!(eta_crit(&Model::Factorisation { depth: 3 }, &q(2, 1)), None);
        assert_eq!(
            eta_crit(&Model::InnerProduct { dim: 3 }, &q(2, 1)),
            Some(q(1, 2))
        );
    }

    /// Mean-value test of the Jacobian enclosures: the exact difference quotient
    /// `(F(x + εe_k) − F(x))/ε` is an average of `∂F/∂x_k` over the segment, so it must lie in
    /// `J(B)_{·k}` for any box `B` containing the segment.
    #[test]
    fn jacobians_contain_difference_quotients() {
        let contains =
            |f: Fi, x: &BigRational| f64_rat(f.lo).unwrap() <= *x && *x <= f64_rat(f.hi).unwrap();
        let eps = q(1, 1 << 20);
        // rq: exact F in rationals.
        let h = q(7, 8);
        let rq = |r: &BigRational, qq: &BigRational| {
            let one = BigRational::one();
            let a = &one - &h * r;
            (
                (&one + r) * &a * &a - &h * qq * r - &one,
                qq * (&one + &h * r) * (&one + &h * r),
            )
        };
        let map = RqMap::new(&h, false);
        for (r, qq) in [
            (q(1, 10), q(1, 4)),
            (q(-3, 10), q(1, 100)),
            (q(0, 1), q(0, 1)),
        ] {
            for k in 0..2 {
                let (r1, q1) = if k == 0 {
                    (&r + &eps, qq.clone())
                } else {
                    (r.clone(), &qq + &eps)
                };
                let b = [
                    Fi::from_rat(&r).widen(2.0 * 2f64.powi(-20)),
                    Fi::from_rat(&qq).widen(2.0 * 2f64.powi(-20)),
                ];
                let mut j = [Fi::point(0.0); 4];
                map.jac(&b, &mut j);
                let (f0, g0) = rq(&r, &qq);
                let (f1, g1) = rq(&r1, &q1);
                assert!(contains(j[k], &((f1 - f0) / &eps)), "rq ∂ρ'/∂x{k}");
                assert!(contains(j[2 + k], &((g1 - g0) / &eps)), "rq ∂q'/∂x{k}");
            }
        }
        // θ, p = 3.
        let (y, eta) = (q(3, 2), q(2, 5));
        let map = ThetaMap::new(3, &y, &eta);
        let gd = |th: &[BigRational]| -> Vec<BigRational> {
            let f: BigRational = th.iter().product();
            (0..3)
                .map(|i| {
                    let g: BigRational = (0..3).filter(|&j| j != i).map(|j| &th[j]).product();
                    &th[i] - &eta * (&f - &y) * g
                })
                .collect()
        };
        let th = [q(9, 8), q(7, 8), q(5, 4)];
        let b: Vec<Fi> = th
            .iter()
            .map(|x| Fi::from_rat(x).widen(2.0 * 2f64.powi(-20)))
            .collect();
        let mut j = vec![Fi::point(0.0); 9];
        map.jac(&b, &mut j);
        let f0 = gd(&th);
        for k in 0..3 {
            let mut t1 = th.to_vec();
            t1[k] += &eps;
            let f1 = gd(&t1);
            for i in 0..3 {
                assert!(
                    contains(j[i * 3 + k], &((&f1[i] - &f0[i]) / &eps)),
                    "θ J[{i}][{k}]"
                );
            }
        }
    }
}
