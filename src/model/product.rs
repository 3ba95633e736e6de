//! The `product` family f(x, y) = φ(xᵀy − 1), x, y ∈ ℝⁿ (paper 003 reference §2.2, §3), and
//! its exact planar reduction.
//!
//! With `s = xᵀy`, `q = ‖x‖² + ‖y‖²`, `r = s − 1`, `g = φ′(r)`, one GD step
//! `x⁺ = x − h·g·y`, `y⁺ = y − h·g·x` gives exactly (reference P1)
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
//! (`4·s` is `mul_int(4)`). The checker replays this order (`docs/certificate.md`, "balancing").
//! `C(r)` per φ (all with φ(0) = φ′(0) = 0, φ″(0) = 1):
//!
//! | φ | φ(r) | C(r) = φ′(r)/r |
//! |---|---|---|
//! | `quad` | r²/2 | 1 |
//! | `pseudo-huber` | √(1 + r²) − 1 | 1/√(1 + r²) |
//! | `quartic` | r²/2 + r⁴/4 | 1 + r² |
//! | `power:K` (K ≥ 1 integer) | ((1 + r²)^{K/2} − 1)/K | √(1 + r²)^{K−2} |
//!
//! `√(1 + r²)` is computed as `(1 + sqr(r)).sqrt()`; a negative power as `1/w^{|e|}`; powers by
//! repeated multiplication left to right. `logcosh` needs a rigorous `tanh`, which the scalar
//! backends do not provide: it is rejected rather than approximated.

use std::fmt;

use crate::Error;
use crate::arith::Scalar;

/// The loss shape φ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phi {
    /// r²/2.
    Quad,
    /// √(1 + r²) − 1.
    PseudoHuber,
    /// r²/2 + r⁴/4.
    Quartic,
    /// ((1 + r²)^{K/2} − 1)/K for an integer K ≥ 1.
    Power(u32),
}

/// The largest `K` accepted by `power:K`.
pub const MAX_POWER: u32 = 64;

impl std::str::FromStr for Phi {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "quad" => Ok(Phi::Quad),
            "pseudo-huber" | "phuber" => Ok(Phi::PseudoHuber),
            "quartic" => Ok(Phi::Quartic),
            "logcosh" => Err(Error::BadInput(
                "--phi logcosh: needs a rigorous tanh, which the scalar backends do not provide yet"
                    .into(),
            )),
            _ => {
                let k = s.strip_prefix("power:").ok_or_else(|| {
                    Error::BadInput(format!(
                        "--phi {s:?}: expected quad, pseudo-huber, quartic or power:K"
                    ))
                })?;
                let k: u32 = k.parse().map_err(|_| {
                    Error::BadInput(format!(
                        "--phi {s:?}: K must be an integer in 1..={MAX_POWER} (fractional K needs \
                         roots the checker does not replay yet)"
                    ))
                })?;
                if !(1..=MAX_POWER).contains(&k) {
                    return Err(Error::BadInput(format!(
                        "--phi {s:?}: K must lie in 1..={MAX_POWER}"
                    )));
                }
                Ok(Phi::Power(k))
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
                let e = i64::from(*k) - 2;
                if e == 0 {
                    return one;
                }
                let w = (one.clone() + r.sqr()).sqrt();
                let mut acc = w.clone();
                for _ in 1..e.unsigned_abs() {
                    acc = acc * w.clone();
                }
                if e < 0 { one / acc } else { acc }
            }
        }
    }

    /// Whether `|φ′(r)| ≤ |r|` everywhere (`C ≤ 1`): the sub-quadratic shapes.
    pub fn sub_quadratic(&self) -> bool {
        match self {
            Phi::Quad | Phi::PseudoHuber => true,
            Phi::Quartic => false,
            Phi::Power(k) => *k <= 2,
        }
    }
}

/// One GD step of the reduced map on `(r, q)`; returns `(r⁺, q⁺, m)` with `r⁺ = r·m`.
pub fn product_step<S: Scalar>(phi: Phi, r: &S, q: &S, h: &S) -> (S, S, S) {
    let (m, p) = product_factors(phi, r, q, h);
    (r.clone() * m.clone(), q.clone() + r.clone() * p, m)
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
