//! The `backend` field: the arithmetic the prover ran, a closed grammar compared with the
//! evidence.
//!
//! | `backend` | arithmetic | `evidence.precision_bits` |
//! |---|---|---|
//! | `f64` | float64, not rigorous (`rigorous: false`, never verified) | 53 or absent |
//! | `interval` | outward-rounded double intervals | 53 |
//! | `mpfr:N` | outward-rounded MPFR intervals of `N` bits, `N` in 2..=[`MAX_PRECISION_BITS`], written without leading zeros | `N` |
//! | `rational` | exact rationals | `null` |
//! | `mean-value:M` | the `critical` engine with midpoint arithmetic `M` (`exact`, `f64`, `float128`) | — (`evidence.midpoint` is `M`) |
//!
//! [`check_backend`] reads the label with this grammar and compares it with what the
//! certificate states elsewhere: `f64` is never `rigorous: true`; where the evidence has
//! `precision_bits` (within its cap) it is the backend's precision; the `critical` evidence's `midpoint` is the
//! backend's midpoint. Each claim kind admits the backends its prover runs
//! ([`allowed`]). Where the evidence states no precision (`period-two`, `flip-boundary`,
//! `regime-map`), the checker takes its tightness rule's precision from the backend (a
//! different precision is a different, re-checked tightness claim); for `basin-map` the only
//! backend is `interval`. So no `backend` is accepted that the rest of the certificate does not
//! imply or admit.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::caps::general::MAX_PRECISION_BITS;
use crate::check::CheckFailure;

/// The midpoint arithmetic of the `critical` engine (`evidence.midpoint`, written by
/// [`Midpoint::name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Midpoint {
    /// Exact dyadic midpoints.
    Exact,
    /// float64 midpoints.
    F64,
    /// 128-bit (double-double) midpoints.
    Float128,
}

impl Midpoint {
    /// The name written in `evidence.midpoint` and after `mean-value:`.
    pub fn name(self) -> &'static str {
        match self {
            Midpoint::Exact => "exact",
            Midpoint::F64 => "f64",
            Midpoint::Float128 => "float128",
        }
    }

    /// The midpoint of a name (`None` for any other text).
    pub fn of_name(name: &str) -> Option<Self> {
        [Midpoint::Exact, Midpoint::F64, Midpoint::Float128]
            .into_iter()
            .find(|m| m.name() == name)
    }
}

/// The arithmetic a certificate was produced with (the `backend` field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Backend {
    /// `f64`: float64, not rigorous.
    F64,
    /// `interval`: outward-rounded double intervals (53 bits).
    Interval,
    /// `mpfr:N`: outward-rounded MPFR intervals of `N` bits.
    Mpfr(u32),
    /// `rational`: exact rationals.
    Rational,
    /// `mean-value:M`: the `critical` engine with midpoint arithmetic `M`.
    MeanValue(Midpoint),
}

impl Backend {
    /// The working precision in bits the evidence states (`evidence.precision_bits`): 53 for
    /// `f64` and `interval`, `N` for `mpfr:N`, `None` (exact, `null`) for `rational` and the
    /// `critical` engine (whose evidence has no `precision_bits`).
    pub fn precision_bits(self) -> Option<u32> {
        match self {
            Backend::F64 | Backend::Interval => Some(53),
            Backend::Mpfr(n) => Some(n),
            Backend::Rational | Backend::MeanValue(_) => None,
        }
    }

    /// `false` only for `f64`.
    pub fn is_rigorous(self) -> bool {
        self != Backend::F64
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Backend::F64 => f.write_str("f64"),
            Backend::Interval => f.write_str("interval"),
            Backend::Mpfr(n) => write!(f, "mpfr:{n}"),
            Backend::Rational => f.write_str("rational"),
            Backend::MeanValue(m) => write!(f, "mean-value:{}", m.name()),
        }
    }
}

/// Why a `backend` label does not parse.
#[derive(Debug, thiserror::Error)]
#[error(
    "backend {0:?} is not one of f64, interval, rational, mpfr:N (N in 2..={MAX_PRECISION_BITS}, \
     no leading zeros), mean-value:exact, mean-value:f64, mean-value:float128"
)]
pub struct BadBackend(pub String);

impl FromStr for Backend {
    type Err = BadBackend;

    /// The grammar of the module docs; the text must be the canonical one (`Display` of the
    /// result), so `mpfr:0256` or ` interval` is rejected.
    fn from_str(s: &str) -> Result<Self, BadBackend> {
        let bad = || BadBackend(s.chars().take(40).collect());
        let b = match s {
            "f64" => Backend::F64,
            "interval" => Backend::Interval,
            "rational" => Backend::Rational,
            _ => {
                if let Some(bits) = s.strip_prefix("mpfr:") {
                    let n: u32 = bits.parse().map_err(|_| bad())?;
                    if !(2..=MAX_PRECISION_BITS).contains(&n) {
                        return Err(bad());
                    }
                    Backend::Mpfr(n)
                } else if let Some(m) = s.strip_prefix("mean-value:") {
                    Backend::MeanValue(Midpoint::of_name(m).ok_or_else(bad)?)
                } else {
                    return Err(bad());
                }
            }
        };
        if b.to_string() != s {
            return Err(bad());
        }
        Ok(b)
    }
}

impl TryFrom<String> for Backend {
    type Error = BadBackend;
    fn try_from(s: String) -> Result<Self, BadBackend> {
        s.parse()
    }
}

impl From<Backend> for String {
    fn from(b: Backend) -> String {
        b.to_string()
    }
}

/// The backends a claim kind's prover runs (`f64` included where the prover has a float
/// mode; such a certificate is never verified).
pub fn allowed(claim: &str, b: Backend) -> bool {
    use Backend::*;
    match claim {
        "critical" => matches!(b, MeanValue(_)),
        "basin-map" => b == Interval,
        "regime-map" => matches!(b, Mpfr(_)),
        "period-two" | "flip-boundary" => matches!(b, Interval | Mpfr(_)),
        "trajectory" | "subcritical" => matches!(b, F64 | Interval | Mpfr(_) | Rational),
        _ => matches!(b, F64 | Interval | Mpfr(_)),
    }
}

/// Read `cert.backend` with the grammar of the module docs and compare it with the rest of the
/// certificate: admitted for the claim kind ([`allowed`]), `f64` never `rigorous: true`,
/// and, in a verified certificate, `evidence.precision_bits` (where present) equal to the
/// backend's precision and the `critical` `evidence.midpoint` equal to its midpoint.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming `backend`.
pub fn check_backend(cert: &crate::Certificate) -> Result<Backend, CheckFailure> {
    let rej = |why: String| CheckFailure::rejected("backend", why);
    let b: Backend = cert
        .backend
        .parse()
        .map_err(|e: BadBackend| rej(e.to_string()))?;
    if !allowed(&cert.claim, b) {
        return Err(rej(format!(
            "the {} prover never runs the backend {b}",
            cert.claim
        )));
    }
    if cert.rigorous && !b.is_rigorous() {
        return Err(rej(format!(
            "rigorous: true, but the backend {b} is not rigorous"
        )));
    }
    if !cert.verified {
        return Ok(b);
    }
    // A precision outside the cap is rejected by the claim's checker, naming the cap.
    let in_cap = |v: &serde_json::Value| {
        v.as_u64()
            .is_some_and(|n| (2..=u64::from(MAX_PRECISION_BITS)).contains(&n))
    };
    if let Some(stated) = cert
        .evidence
        .get("precision_bits")
        .filter(|v| v.is_null() || in_cap(v))
    {
        let implied = b.precision_bits();
        if stated.as_u64() != implied.map(u64::from) {
            return Err(rej(format!(
                "the backend {b} implies evidence.precision_bits = {}, the evidence says {stated}",
                implied.map_or("null".to_owned(), |n| n.to_string())
            )));
        }
    }
    if let Backend::MeanValue(m) = b
        && cert.evidence.get("midpoint").and_then(|v| v.as_str()) != Some(m.name())
    {
        return Err(rej(format!(
            "the backend {b} implies evidence.midpoint = {:?}",
            m.name()
        )));
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_round_trips_and_rejects_other_text() {
        for s in [
            "f64",
            "interval",
            "rational",
            "mpfr:2",
            "mpfr:256",
            "mpfr:65536",
            "mean-value:exact",
            "mean-value:f64",
            "mean-value:float128",
        ] {
            let b: Backend = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(b.to_string(), s);
        }
        for s in [
            "",
            "mpfr",
            "mpfr:",
            "mpfr:1",
            "mpfr:0256",
            "mpfr:+256",
            "mpfr:65537",
            "mpfr:4294967295",
            "MPFR:256",
            " interval",
            "interval ",
            "mean-value:",
            "mean-value:f32",
            "mpfr (auto)",
        ] {
            assert!(s.parse::<Backend>().is_err(), "{s:?}");
        }
    }

    #[test]
    fn precision_and_rigour() {
        assert_eq!(
            "mpfr:300".parse::<Backend>().unwrap().precision_bits(),
            Some(300)
        );
        assert_eq!(Backend::Interval.precision_bits(), Some(53));
        assert_eq!(Backend::Rational.precision_bits(), None);
        assert!(!Backend::F64.is_rigorous());
        assert!(Backend::MeanValue(Midpoint::Exact).is_rigorous());
        assert!(allowed("critical", Backend::MeanValue(Midpoint::F64)));
        assert!(!allowed("critical", Backend::Mpfr(256)));
        assert!(!allowed("basin-map", Backend::Mpfr(256)));
        assert!(!allowed("regime-map", Backend::Interval));
    }
}
