//! The 53-bit outward-rounded interval operations of [`Rounded`](super::interval::Rounded) (`bits = Some(53)`) computed on
//! IEEE doubles: the same endpoints, bit for bit, at a fraction of the cost of exact rationals.
//!
//! # What is computed
//! [`Rounded`](super::interval::Rounded) with `bits = 53` evaluates an interval operation exactly and rounds its lower
//! end down and its upper end up to the grid `F₅₃ = {m·2^e : |m| < 2⁵³}` (unbounded exponent).
//! Inside the *safe range* `S = {0} ∪ {x : 2⁻⁸⁰⁰ ≤ |x| ≤ 2⁸⁰⁰}` the points of `F₅₃` are exactly
//! the normal doubles, and the exact result `v` of `a ∘ b` for doubles `a`, `b` is recovered as
//! `v = s + e` by an error-free transformation:
//!
//! - `+`, `−`: Knuth's TwoSum, `s = fl(a + b)`, `e = (a − (s − b′)) + (b − b′)`, `b′ = s − a`,
//!   exact for all finite doubles without overflow;
//! - `·`: Dekker's TwoProduct with Veltkamp's split (`2²⁷ + 1`), exact when the exponents of
//!   `a` and `b` add up to at least `−1022 + 106` and nothing overflows: guaranteed when
//!   `a, b, fl(a·b) ∈ S \ {0}`;
//! - `/`: `q = fl(a / b)`, and the remainder `r = a − q·b` is a double (exact, for round-to-
//!   nearest division without underflow), computed as `(a − p) − e` with `(p, e)` =
//!   TwoProduct(q, b) (`a − p` is exact by Sterbenz's lemma, since `p ≈ a`); then
//!   `a/b − q = r/b` has the sign of `r·b`.
//!
//! `s = fl(v)` is the double nearest to `v`, so `RD₅₃(v) = s` when `e ≥ 0` and the next double
//! below `s` when `e < 0` (and symmetrically upward). Directed rounding is monotone, so the
//! rounded hull of the four endpoint products (quotients) is the hull of their rounded values,
//! which is what [`Rounded::mul`](super::interval::Rounded::mul) and [`Rounded::div`](super::interval::Rounded::div) return; the tight square is handled the
//! same way.
//!
//! # Guarantee
//! Every operation checks that its operands and result lie in `S` (a product that rounds to 0
//! counts as outside unless an operand is 0). When one does not, the context is marked
//! [`F53::tainted`] and the values computed from then on are meaningless; the caller discards
//! the whole computation and redoes it with [`Rounded`](super::interval::Rounded). As long as the context is not tainted,
//! every endpoint equals the one [`Rounded`](super::interval::Rounded) (53 bits) computes from the same inputs, so a
//! check run in this arithmetic reaches exactly the decisions of the exact one. The unit tests
//! compare both on random and adversarial operands (ties, signs, zeros, powers of two).

use std::cell::Cell;

use num_rational::BigRational;
use num_traits::ToPrimitive;

use super::interval::RatInterval;

/// `2⁻⁸⁰⁰`, the smallest nonzero magnitude of the safe range.
const MIN_SAFE: f64 = f64::from_bits((1023 - 800) << 52);
/// `2⁸⁰⁰`, the largest magnitude of the safe range.
const MAX_SAFE: f64 = f64::from_bits((1023 + 800) << 52);
/// Veltkamp's splitting constant `2²⁷ + 1`.
const SPLIT: f64 = 134_217_729.0;

/// Whether `x` lies in the safe range `{0} ∪ [2⁻⁸⁰⁰, 2⁸⁰⁰]` (in magnitude); `false` for NaN.
fn safe(x: f64) -> bool {
    x == 0.0 || (MIN_SAFE..=MAX_SAFE).contains(&x.abs())
}

/// TwoSum: `(s, e)` with `s = fl(a + b)` and `s + e = a + b` exactly.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// Veltkamp's split: `a = h + l` with `h`, `l` of at most 26 significant bits.
fn split(a: f64) -> (f64, f64) {
    let c = SPLIT * a;
    let h = c - (c - a);
    (h, a - h)
}

/// TwoProduct (Dekker): `(p, e)` with `p = fl(a·b)` and `p + e = a·b` exactly (in the safe
/// range).
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// `RD(s + e)` for `s = fl(s + e)`.
fn down(s: f64, e: f64) -> f64 {
    if e < 0.0 { s.next_down() } else { s }
}

/// `RU(s + e)` for `s = fl(s + e)`.
fn up(s: f64, e: f64) -> f64 {
    if e > 0.0 { s.next_up() } else { s }
}

/// An interval with double endpoints (points of `F₅₃` while its context is not tainted).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Iv {
    /// Lower endpoint.
    pub lo: f64,
    /// Upper endpoint.
    pub hi: f64,
}

/// The arithmetic context: the operations of [`Rounded`](super::interval::Rounded) at 53 bits, and whether any of them
/// left the safe range (module docs).
#[derive(Debug, Default)]
pub struct F53 {
    tainted: Cell<bool>,
}

impl F53 {
    /// A fresh, untainted context.
    pub fn new() -> Self {
        F53::default()
    }

    /// Clear the taint (before a new, independent computation).
    pub fn reset(&self) {
        self.tainted.set(false);
    }

    /// Whether an operation left the safe range: the results are then to be discarded.
    pub fn tainted(&self) -> bool {
        self.tainted.get()
    }

    /// `x` if it is in the safe range, else NaN (and the context is tainted).
    fn guard(&self, x: f64) -> f64 {
        if safe(x) {
            x
        } else {
            self.tainted.set(true);
            f64::NAN
        }
    }

    fn iv(&self, lo: f64, hi: f64) -> Iv {
        Iv {
            lo: self.guard(lo),
            hi: self.guard(hi),
        }
    }

    /// The point `[v, v]`.
    pub fn point(&self, v: f64) -> Iv {
        self.iv(v, v)
    }

    /// An exact interval whose endpoints are doubles in the safe range; any other endpoint
    /// taints the context.
    pub fn of_exact(&self, r: &RatInterval) -> Iv {
        let conv = |q: &BigRational| {
            let v = q.to_f64().unwrap_or(f64::NAN);
            if BigRational::from_float(v).as_ref() == Some(q) {
                v
            } else {
                f64::NAN
            }
        };
        self.iv(conv(&r.lo), conv(&r.hi))
    }

    /// The exact interval of `a` (`[0, 0]` for a NaN endpoint, which only a tainted context
    /// holds).
    pub fn to_exact(&self, a: &Iv) -> RatInterval {
        let q = |v: f64| BigRational::from_float(v).unwrap_or_default();
        RatInterval {
            lo: q(a.lo),
            hi: q(a.hi),
        }
    }

    /// [`Rounded::add`](super::interval::Rounded::add).
    pub fn add(&self, a: &Iv, b: &Iv) -> Iv {
        let (l, le) = two_sum(a.lo, b.lo);
        let (h, he) = two_sum(a.hi, b.hi);
        self.iv(down(l, le), up(h, he))
    }

    /// [`Rounded::sub`](super::interval::Rounded::sub).
    pub fn sub(&self, a: &Iv, b: &Iv) -> Iv {
        let (l, le) = two_sum(a.lo, -b.hi);
        let (h, he) = two_sum(a.hi, -b.lo);
        self.iv(down(l, le), up(h, he))
    }

    /// `(RD(x·y), RU(x·y))`, tainting on a product outside the safe range.
    fn prod(&self, x: f64, y: f64) -> (f64, f64) {
        let (p, e) = two_prod(x, y);
        if (p == 0.0 && x != 0.0 && y != 0.0) || !safe(p) {
            self.tainted.set(true);
            return (f64::NAN, f64::NAN);
        }
        (down(p, e), up(p, e))
    }

    /// [`Rounded::mul`](super::interval::Rounded::mul).
    pub fn mul(&self, a: &Iv, b: &Iv) -> Iv {
        let c = [
            self.prod(a.lo, b.lo),
            self.prod(a.lo, b.hi),
            self.prod(a.hi, b.lo),
            self.prod(a.hi, b.hi),
        ];
        self.hull(c)
    }

    /// `[min lo, max hi]` of four rounded candidates (NaN, and tainted, if one is NaN).
    fn hull(&self, c: [(f64, f64); 4]) -> Iv {
        if c.iter().any(|(l, h)| l.is_nan() || h.is_nan()) {
            self.tainted.set(true);
            return Iv {
                lo: f64::NAN,
                hi: f64::NAN,
            };
        }
        let lo = c.iter().map(|x| x.0).fold(f64::INFINITY, f64::min);
        let hi = c.iter().map(|x| x.1).fold(f64::NEG_INFINITY, f64::max);
        self.iv(lo, hi)
    }

    /// `(RD(x/y), RU(x/y))` for `y ≠ 0`, tainting outside the safe range.
    fn quot(&self, x: f64, y: f64) -> (f64, f64) {
        let q = x / y;
        if (q == 0.0 && x != 0.0) || !safe(q) {
            self.tainted.set(true);
            return (f64::NAN, f64::NAN);
        }
        let (p, e) = two_prod(q, y);
        let r = (x - p) - e;
        // x/y − q = r/y: its sign is that of r·y.
        let sign = if r == 0.0 {
            0.0
        } else if (r < 0.0) == (y < 0.0) {
            1.0
        } else {
            -1.0
        };
        (down(q, sign), up(q, sign))
    }

    /// [`Rounded::div`](super::interval::Rounded::div); `None` when `0 ∈ b` (an error there).
    pub fn div(&self, a: &Iv, b: &Iv) -> Option<Iv> {
        if contains_zero(b) {
            return None;
        }
        let c = [
            self.quot(a.lo, b.lo),
            self.quot(a.lo, b.hi),
            self.quot(a.hi, b.lo),
            self.quot(a.hi, b.hi),
        ];
        Some(self.hull(c))
    }

    /// [`Rounded::sqr`](super::interval::Rounded::sqr) (the tight square).
    pub fn sqr(&self, a: &Iv) -> Iv {
        let (ll, lh) = self.prod(a.lo, a.lo);
        let (hl, hh) = self.prod(a.hi, a.hi);
        if contains_zero(a) {
            self.iv(0.0, lh.max(hh))
        } else if a.lo > 0.0 {
            self.iv(ll, hh)
        } else {
            self.iv(hl, lh)
        }
    }
}

/// Whether `0 ∈ a` (`true` for NaN endpoints).
pub fn contains_zero(a: &Iv) -> bool {
    use std::cmp::Ordering::{Greater, Less};
    a.lo.partial_cmp(&0.0) != Some(Greater) && a.hi.partial_cmp(&0.0) != Some(Less)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::interval::Rounded;

    const RD: Rounded = Rounded { bits: Some(53) };

    /// A deterministic stream of doubles: random significands and signs, exponents in ±40,
    /// plus zeros, powers of two and neighbours of 1 (ties and exact cases).
    fn values(n: usize) -> Vec<f64> {
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        let mut out = vec![
            0.0,
            1.0,
            -1.0,
            0.5,
            3.0,
            1.0f64.next_up(),
            1.0f64.next_down(),
        ];
        while out.len() < n {
            let r = next();
            let mant = (r >> 12) as f64 / (1u64 << 52) as f64 + 1.0;
            let exp = ((next() % 81) as i32) - 40;
            let short = next() % 4 == 0;
            let m = if short { mant.round() } else { mant };
            let v = m * 2f64.powi(exp);
            out.push(if r & 1 == 0 { v } else { -v });
        }
        out
    }

    fn ivs(n: usize) -> Vec<Iv> {
        let v = values(2 * n);
        v.chunks(2)
            .map(|c| Iv {
                lo: c[0].min(c[1]),
                hi: c[0].max(c[1]),
            })
            .collect()
    }

    fn same(ctx: &F53, fast: &Iv, exact: &RatInterval) {
        assert!(!ctx.tainted());
        assert_eq!(&ctx.to_exact(fast), exact, "{fast:?}");
    }

    #[test]
    fn every_operation_equals_rounded_53() {
        let ctx = F53::new();
        let xs = ivs(300);
        for a in &xs {
            let ea = ctx.to_exact(a);
            same(&ctx, &ctx.sqr(a), &RD.sqr(&ea));
            for b in xs.iter().step_by(7) {
                let eb = ctx.to_exact(b);
                same(&ctx, &ctx.add(a, b), &RD.add(&ea, &eb));
                same(&ctx, &ctx.sub(a, b), &RD.sub(&ea, &eb));
                same(&ctx, &ctx.mul(a, b), &RD.mul(&ea, &eb));
                match (ctx.div(a, b), RD.div(&ea, &eb)) {
                    (Some(q), Ok(e)) => same(&ctx, &q, &e),
                    (None, Err(_)) => {}
                    (f, e) => panic!("division disagrees: {f:?} {e:?}"),
                }
            }
        }
    }

    #[test]
    fn points_and_ties_equal_rounded_53() {
        let ctx = F53::new();
        let third = ctx.div(&ctx.point(1.0), &ctx.point(3.0)).unwrap();
        let exact = RD
            .div(&RatInterval::from_int(1), &RatInterval::from_int(3))
            .unwrap();
        same(&ctx, &third, &exact);
        assert!(third.lo < third.hi);
        // 1 + 2⁻⁵³ is a tie: RD gives 1, RU the next double.
        let t = ctx.add(&ctx.point(1.0), &ctx.point(2f64.powi(-53)));
        assert_eq!((t.lo, t.hi), (1.0, 1.0f64.next_up()));
        // An exact product stays a point.
        let p = ctx.mul(&ctx.point(1.5), &ctx.point(-2.0));
        assert_eq!((p.lo, p.hi), (-3.0, -3.0));
    }

    #[test]
    fn leaving_the_safe_range_taints() {
        let ctx = F53::new();
        let big = ctx.point(2f64.powi(700));
        let _ = ctx.mul(&big, &big);
        assert!(ctx.tainted());
        let ctx = F53::new();
        let tiny = ctx.point(2f64.powi(-500));
        let _ = ctx.mul(&tiny, &tiny);
        assert!(ctx.tainted());
        let ctx = F53::new();
        let third = RatInterval::point(BigRational::new(1.into(), 3.into()));
        let _ = ctx.of_exact(&third);
        assert!(ctx.tainted(), "1/3 is not a double");
        let ctx = F53::new();
        let _ = ctx.point(f64::MIN_POSITIVE);
        assert!(ctx.tainted());
    }

    /// A mutant that forgets the error term (rounds to nearest) differs from [`Rounded`](super::interval::Rounded).
    #[test]
    fn round_to_nearest_is_caught() {
        let ctx = F53::new();
        let xs = ivs(50);
        let differs = xs.iter().any(|a| {
            xs.iter().any(|b| {
                let nearest = Iv {
                    lo: a.lo * b.lo,
                    hi: a.lo * b.lo,
                };
                let exact = RD.mul(
                    &RatInterval::point(ctx.to_exact(a).lo),
                    &RatInterval::point(ctx.to_exact(b).lo),
                );
                ctx.to_exact(&nearest) != exact
            })
        });
        assert!(differs);
    }
}
