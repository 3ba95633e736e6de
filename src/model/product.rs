//! The `product` family f(x, y) = φ(xᵀy − 1), x, y ∈ ℝⁿ (Wang et al.), and
//! its exact planar reduction.
//!
//! With `s = xᵀy`, `q = ‖x‖² + ‖y‖²`, `r = s − 1`, `g = φ′(r)`, one GD step
//! `x⁺ = x − h·g·y`, `y⁺ = y − h·g·x` gives exactly (`docs/theory.md`)
//!
//! ```text
//! s⁺ = s − hgq + h²g²s,        q⁺ = q − 4hgs + h²g²q,
//! ```
//!
//! so GD in any dimension is a 2-D map. With `c = φ′(r)/r` (so `g = c·r`) the step is written in
//! factor form on the state `(r, q)`:
//!
//! ```text
//! c = C(r);  g = c·r;  s = 1 + r;  m = (1 − h·(c·q)) + (h·h)·(c·(g·s));
//! p = (h·c)·((h·g)·q − 4·s);  r⁺ = r·m;  q⁺ = q + r·p
//! ```
//!
//! (`4·s` is `mul_int(4)`); the step is the map [`Product`](crate::dynamics::Product). The
//! checker replays this order (`docs/certificate.md`, "balancing").
//! `C(r)` per φ (all with φ(0) = φ′(0) = 0, φ″(0) = 1):
//!
//! | φ | φ(r) | C(r) = φ′(r)/r |
//! |---|---|---|
//! | `quad` | r²/2 | 1 |
//! | `pseudo-huber` | √(1 + r²) − 1 | 1/√(1 + r²) |
//! | `quartic` | r²/2 + r⁴/4 | 1 + r² |
//! | `power:K` (K = a/b > 0) | ((1 + r²)^{K/2} − 1)/K | w^{a−2b}, w = (1 + r²)^{1/(2b)} |
//! | `logcosh` | ln cosh r | tanh(r)/r |
//!
//! `w` is `(1 + sqr(r)).sqrt()` for integer K and `(1 + sqr(r)).root(2b)` otherwise; a negative
//! power is `1/w^{|e|}`; powers by repeated multiplication left to right.
//!
//! `logcosh`: `C(r) = tanh(u)/u` with `u = |r|` (C is even), `tanh u = 1 − 2/(1 + e^{2u})`
//! when `u > 0` is certain; when `|r| < 1` is certain, also the bracket
//! `1 − r²/3 ≤ C(r) ≤ 1 − r²/3 + 2r⁴/15`, and on rigorous backends the two are intersected (the
//! quotient is tight for thin `u` away from 0, the bracket near 0, where the quotient cancels).
//! Otherwise (`u` may be 0 and `|r| ≥ 1` possible) `C ∈ [0, 1]`.
//!
//! *Lemma (the bracket).* For `0 ≤ x ≤ √3`: `x − x³/3 ≤ tanh x ≤ x − x³/3 + 2x⁵/15`.
//! *Proof.* `A(x) = tanh x − x + x³/3` has `A(0) = 0`, `A′ = x² − tanh²x ≥ 0` (`|tanh x| ≤ |x|`).
//! `B(x) = x − x³/3 + 2x⁵/15 − tanh x` has `B(0) = 0`, `B′ = tanh²x − x² + 2x⁴/3`, and by the
//! first bound `tanh²x ≥ x²(1 − x²/3)² ≥ x²(1 − 2x²/3)` while `1 − x²/3 ≥ 0`, so `B′ ≥ 0`.
//! Divide by `x > 0` (and `C(0) = 1`); C is even, so the bracket holds for `|r| ≤ √3`. ∎

use std::fmt;

use num_rational::Ratio;

use crate::Error;
use crate::arith::{Scalar, parse_rational};

/// The loss shape φ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phi {
    /// r²/2.
    Quad,
    /// √(1 + r²) − 1.
    PseudoHuber,
    /// r²/2 + r⁴/4.
    Quartic,
    /// ((1 + r²)^{K/2} − 1)/K for a rational K = a/b, 0 < K ≤ [`MAX_POWER`], b ≤
    /// [`MAX_POWER_DENOMINATOR`].
    Power(Ratio<u32>),
    /// ln cosh r.
    LogCosh,
}

/// The largest `K` accepted by `power:K`.
pub const MAX_POWER: u32 = 64;
/// The largest denominator of `K` accepted by `power:K` (the root taken is of order `2b`).
pub const MAX_POWER_DENOMINATOR: u32 = 16;

impl std::str::FromStr for Phi {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "quad" => Ok(Phi::Quad),
            "pseudo-huber" | "phuber" => Ok(Phi::PseudoHuber),
            "quartic" => Ok(Phi::Quartic),
            "logcosh" => Ok(Phi::LogCosh),
            _ => {
                let k = s.strip_prefix("power:").ok_or_else(|| {
                    Error::field(
                        "model.phi",
                        format!("{s:?}: expected quad, pseudo-huber, quartic, logcosh or power:K"),
                    )
                })?;
                let bad = || {
                    Error::field(
                        "model.phi",
                        format!(
                            "{s:?}: K must be a number a/b (or a decimal) with 0 < K ≤ \
                         {MAX_POWER} and denominator b ≤ {MAX_POWER_DENOMINATOR}"
                        ),
                    )
                };
                let k = parse_rational(k).map_err(|_| bad())?;
                let (a, b) = (k.numer(), k.denom());
                let small = |n: &num_bigint::BigInt| u32::try_from(n).ok();
                match (small(a), small(b)) {
                    (Some(a), Some(b))
                        if a > 0 && b <= MAX_POWER_DENOMINATOR && a <= MAX_POWER * b =>
                    {
                        Ok(Phi::Power(Ratio::new(a, b)))
                    }
                    _ => Err(bad()),
                }
            }
        }
    }
}

impl fmt::Display for Phi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Phi::Quad => write!(f, "quad"),
            Phi::PseudoHuber => write!(f, "pseudo-huber"),
            Phi::Quartic => write!(f, "quartic"),
            Phi::Power(k) => write!(f, "power:{k}"),
            Phi::LogCosh => write!(f, "logcosh"),
        }
    }
}

impl Phi {
    /// `C(r) = φ′(r)/r` (continuous at 0 with `C(0) = φ″(0) = 1`).
    pub fn c<S: Scalar>(&self, r: &S) -> S {
        let one = S::from_int(1, &r.ctx());
        match self {
            Phi::Quad => one,
            Phi::PseudoHuber => one.clone() / (one + r.sqr()).sqrt(),
            Phi::Quartic => one + r.sqr(),
            Phi::Power(k) => {
                let (a, b) = (i64::from(*k.numer()), *k.denom());
                let e = a - 2 * i64::from(b);
                if e == 0 {
                    return one;
                }
                let v = one.clone() + r.sqr();
                let w = if b == 1 { v.sqrt() } else { v.root(2 * b) };
                let mut acc = w.clone();
                for _ in 1..e.unsigned_abs() {
                    acc = acc * w.clone();
                }
                if e < 0 { one / acc } else { acc }
            }
            Phi::LogCosh => tanh_over_x(r),
        }
    }

    /// Whether `|φ′(r)| ≤ |r|` everywhere (`C ≤ 1`): the sub-quadratic shapes.
    pub fn sub_quadratic(&self) -> bool {
        match self {
            Phi::Quad | Phi::PseudoHuber => true,
            Phi::Quartic => false,
            Phi::Power(k) => *k <= Ratio::from_integer(2),
            Phi::LogCosh => true,
        }
    }
}

/// `tanh(r)/r` (1 at 0), enclosed as in the module docs. On rigorous backends C is evaluated at
/// the two endpoints of `u = |r|` (C is decreasing in u, so `C(r) ⊆ [C(u_hi), C(u_lo)]`): the
/// quotient `tanh(u)/u` on the interval itself would overestimate by `≈ 2/u` times the width
/// (u occurs twice), which the unstable phase of a run amplifies step after step.
fn tanh_over_x<S: Scalar>(r: &S) -> S {
    let ctx = r.ctx();
    let u = r.abs();
    if !S::RIGOROUS {
        return tanh_over_x_at(&u);
    }
    match u.bounds() {
        Some((lo, hi)) => {
            let at = |x| tanh_over_x_at(&S::from_rational(x, &ctx));
            at(&hi).hull(&at(&lo))
        }
        None => tanh_over_x_at(&u),
    }
}

/// `tanh(u)/u` for `u ≥ 0`: the quotient `(1 − 2/(1 + e^{2u}))/u` if `u > 0` is certain
/// (relative accuracy ≈ ulp/u: the numerator cancels), the bracket
/// `[1 − u²/3, 1 − u²/3 + 2u⁴/15]` if `u < 1` is certain, their intersection when both apply
/// on a rigorous backend (on `f64`: the bracket's midpoint below `u = 10⁻⁴`, where it is exact
/// to 10⁻¹⁷), `[0, 1]` otherwise.
fn tanh_over_x_at<S: Scalar>(u: &S) -> S {
    let ctx = u.ctx();
    let (zero, one) = (S::from_int(0, &ctx), S::from_int(1, &ctx));
    let quotient = u.is_positive().is_certain().then(|| {
        let tanh = one.clone() - S::from_int(2, &ctx) / (one.clone() + u.mul_int(2).exp());
        tanh / u.clone()
    });
    let bracket = u.lt(&one).is_certain().then(|| {
        let t = u.sqr();
        let slack = (t.sqr().mul_int(2) / S::from_int(15, &ctx)).hull(&zero);
        one.clone() - t / S::from_int(3, &ctx) + slack
    });
    let small = || u.to_f64() < 1e-4;
    match (quotient, bracket) {
        // Both contain C(u); disjoint (`None`) cannot happen for true enclosures.
        (Some(q), Some(b)) if S::RIGOROUS => q.intersect(&b).unwrap_or(q),
        (Some(_), Some(b)) if small() => b,
        (Some(q), _) => q,
        (None, Some(b)) => b,
        (None, None) => zero.hull(&one),
    }
}

/// The factors `m` (`r⁺ = r·m`) and `p` (`q⁺ = q + r·p`) on enclosures:
/// `m = (1 − h·(c·q)) + (h·h)·(c·(g·s))`, `p = (h·c)·((h·g)·q − 4·s)` with `g = c·r`,
/// `s = 1 + r`. (The step itself uses the same `p`, so `q⁺ − q = r·p = hg(hgq − 4s)`.)
pub fn product_factors<S: Scalar>(phi: Phi, r: &S, q: &S, h: &S) -> (S, S) {
    let one = S::from_int(1, &r.ctx());
    let c = phi.c(r);
    let g = c.clone() * r.clone();
    let s = one.clone() + r.clone();
    let m = (one - h.clone() * (c.clone() * q.clone()))
        + (h.clone() * h.clone()) * (c.clone() * (g.clone() * s.clone()));
    let p = (h.clone() * c) * ((h.clone() * g) * q.clone() - s.mul_int(4));
    (m, p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::{MpfrInterval, RationalInterval};
    use rug::Float;
    use rug::ops::Pow;

    /// `C(r)` at 2048 bits by rug's own `tanh` / `pow`: an independent reference.
    fn reference(phi: Phi, x: f64) -> Float {
        let x = Float::with_val(2048, x);
        match phi {
            Phi::LogCosh if x == 0 => Float::with_val(2048, 1),
            Phi::LogCosh => Float::with_val(2048, x.clone().tanh() / &x),
            Phi::Power(k) => {
                let e = Float::with_val(2048, i64::from(*k.numer()) - 2 * i64::from(*k.denom()))
                    / (2 * *k.denom());
                (Float::with_val(2048, 1) + x.square()).pow(e)
            }
            _ => unreachable!(),
        }
    }

    /// Check `phi.c` on scalar type `S` at the points: contains the reference, and its width
    /// relative to the value is at most `rel` (for `logcosh` plus `rel/|x|`: the quotient's
    /// numerator cancels, documented accuracy ≈ ulp/u).
    fn check<S: Scalar>(phi: Phi, ctx: &S::Ctx, rel: f64) {
        for x in [0.0, 1e-40, -1e-12, 1e-5, 0.01, -0.3, 0.999, 1.5, -7.0, 40.0] {
            let r = S::from_rational(&crate::arith::parse::rational_from_f64(x).unwrap(), ctx);
            let c = phi.c(&r);
            let (lo, hi) = c.bounds().expect("finite");
            let want = reference(phi, x).to_rational().unwrap();
            let want = BigRational::new(
                want.numer().to_string().parse().unwrap(),
                want.denom().to_string().parse().unwrap(),
            );
            assert!(lo <= want && want <= hi, "{phi} at {x}: {c:?}");
            let width = num_traits::ToPrimitive::to_f64(&((&hi - &lo) / &want)).unwrap();
            let allowed = match phi {
                Phi::LogCosh if x != 0.0 => rel * (1.0 + 1.0 / x.abs()),
                _ => rel,
            };
            assert!(
                width <= allowed,
                "{phi} at {x}: relative width {width:e} > {allowed:e}"
            );
        }
    }

    use num_rational::BigRational;

    #[test]
    fn logcosh_and_fractional_powers_enclose_the_reference_tightly() {
        let phis = [
            "logcosh",
            "power:3/2",
            "power:1/3",
            "power:7/4",
            "power:5/2",
        ];
        for phi in phis.map(|s| s.parse::<Phi>().unwrap()) {
            check::<inari::Interval>(phi, &(), 1e-13);
            check::<MpfrInterval>(phi, &64, 1e-16);
            check::<MpfrInterval>(phi, &256, 1e-73);
            check::<RationalInterval>(phi, &(), 1e-70);
            let f = |x: f64| phi.c(&x);
            approx::assert_relative_eq!(
                f(1e-9),
                reference(phi, 1e-9).to_f64(),
                max_relative = 1e-15
            );
            approx::assert_relative_eq!(f(0.3), reference(phi, 0.3).to_f64(), max_relative = 1e-12);
        }
    }

    #[test]
    fn phi_names_round_trip_and_bad_ones_are_rejected() {
        for s in [
            "quad",
            "pseudo-huber",
            "quartic",
            "logcosh",
            "power:4",
            "power:3/2",
        ] {
            assert_eq!(s.parse::<Phi>().unwrap().to_string(), s);
        }
        assert_eq!("power:1.5".parse::<Phi>().unwrap().to_string(), "power:3/2");
        assert!(!"power:5/2".parse::<Phi>().unwrap().sub_quadratic());
        assert!("logcosh".parse::<Phi>().unwrap().sub_quadratic());
        for bad in [
            "power:0",
            "power:-1",
            "power:65",
            "power:1/17",
            "power:nan",
            "cosh",
        ] {
            assert!(bad.parse::<Phi>().is_err(), "{bad}");
        }
    }
}
