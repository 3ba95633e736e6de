//! Arithmetic backends behind one scalar abstraction.
//!
//! Every model and engine in eoscert is written once, generic over [`Scalar`]. Four backends
//! implement it:
//!
//! | backend      | type                          | guarantee                                   |
//! |--------------|-------------------------------|---------------------------------------------|
//! | `f64`        | [`f64`]                       | none: round-to-nearest floating point        |
//! | `interval`   | [`inari::Interval`]           | IEEE 1788 intervals, outward rounded         |
//! | `mpfr:BITS`  | [`MpfrInterval`]              | two MPFR numbers rounded down / up           |
//! | `rational`   | [`RationalInterval`]          | exact (`lo == hi`) except where `sqrt`/`root`|
//! |              |                               | of a non-square forces a rational enclosure   |
//!
//! A rigorous scalar `x` stands for a set `[lo, hi]` that contains the true real number the
//! computation would produce in exact arithmetic (the *containment* guarantee). Operations
//! preserve containment: if `a ∋ α` and `b ∋ β` then `a + b ∋ α + β`, and so on.
//!
//! Comparisons answer with a [`Certainty`]: only `Certainly` and `CertainlyNot` may be used as
//! proofs; `Undecided` means the enclosures overlap.

mod float;
#[cfg(eoscert_inari)]
mod interval;
mod mpfr;
pub mod parse;
mod rational;

use std::fmt::Debug;
use std::ops::{Add, Div, Mul, Neg, Sub};

use num_bigint::BigInt;
use num_rational::BigRational;

pub use mpfr::MpfrInterval;

/// Outward-rounded intervals of doubles: inari's [`inari::Interval`] where the build has it
/// (`cfg(eoscert_inari)`: AArch64, or x86-64 with AVX and FMA; see build.rs), otherwise
/// [`MpfrInterval`] at 53 bits, which gives the same containment guarantee more slowly.
#[cfg(eoscert_inari)]
pub type DoubleInterval = inari::Interval;
/// Outward-rounded intervals of doubles: inari's `Interval` where the build has it
/// (`cfg(eoscert_inari)`: AArch64, or x86-64 with AVX and FMA; see build.rs), otherwise
/// [`MpfrInterval`] at 53 bits, which gives the same containment guarantee more slowly.
#[cfg(not(eoscert_inari))]
pub type DoubleInterval = MpfrInterval;
/// The context of [`DoubleInterval`].
#[cfg(eoscert_inari)]
pub const DOUBLE_CTX: <DoubleInterval as Scalar>::Ctx = ();
/// The context of [`DoubleInterval`] (53 bits).
#[cfg(not(eoscert_inari))]
pub const DOUBLE_CTX: <DoubleInterval as Scalar>::Ctx = 53;
/// Outward-rounded intervals of doubles read and built through `f64` endpoints: the fast set
/// arithmetic of float-seeded proofs (Krawczyk cells), which need `[lo, hi]` from two floats and
/// outward `f64` bounds of a result.
pub trait DoubleEndpoints: Scalar {
    /// The interval `[lo, hi]`; the whole line if `lo > hi` or either is NaN.
    fn from_f64_bounds(lo: f64, hi: f64) -> Self;
    /// A lower bound of the set, as a double (rounded down; `-∞` for an invalid value).
    fn inf_f64(&self) -> f64;
    /// An upper bound of the set, as a double (rounded up; `+∞` for an invalid value).
    fn sup_f64(&self) -> f64;
}

#[cfg(eoscert_inari)]
impl DoubleEndpoints for inari::Interval {
    fn from_f64_bounds(lo: f64, hi: f64) -> Self {
        inari::Interval::try_from((lo, hi)).unwrap_or(inari::Interval::ENTIRE)
    }
    fn inf_f64(&self) -> f64 {
        if self.is_empty() {
            f64::NEG_INFINITY
        } else {
            self.inf()
        }
    }
    fn sup_f64(&self) -> f64 {
        if self.is_empty() {
            f64::INFINITY
        } else {
            self.sup()
        }
    }
}

/// Whether this build has the `interval` backend (inari).
pub const HAS_INARI: bool = cfg!(eoscert_inari);
pub use parse::parse_rational;
pub use rational::{RationalInterval, dyadic_root_down, dyadic_root_up, exact_root};

/// The answer of a rigorous comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// The relation holds for every pair of reals in the two enclosures.
    Certainly,
    /// The relation fails for every pair of reals in the two enclosures.
    CertainlyNot,
    /// The enclosures are too wide (or overlap) to decide.
    Undecided,
}

impl Certainty {
    /// `true` only when the relation is proved.
    pub fn is_certain(self) -> bool {
        self == Certainty::Certainly
    }
}

/// A commutative ring of values: what the model formulas need.
///
/// Implemented by every [`Scalar`] and by [`crate::model::Jet`] (truncated Taylor series), so
/// that loss and gradient formulas written once can also produce rigorous Taylor coefficients.
pub trait Ring:
    Clone + Debug + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Neg<Output = Self>
{
    /// The square `x²`. Rigorous backends return the tight enclosure `{ξ² : ξ ∈ x}` (which is
    /// narrower than `x · x` when `x` contains 0).
    fn sqr(&self) -> Self;

    /// `x · n` for a small integer `n`. The factor `n` is represented exactly in every backend
    /// for |n| < 2⁵³; the product is rounded (outward, in rigorous backends) like any other, so
    /// it is exact only where the backend's grid holds it (always for `rational`).
    fn mul_int(&self, n: i64) -> Self;

    /// The integer `n` in the same context as `self` (same precision, same jet order).
    fn int_like(&self, n: i64) -> Self;
}

/// A real number, or an enclosure of one, in one of the four backends.
///
/// # Guarantee
/// If [`Scalar::RIGOROUS`] is `true`, every operation returns a set containing the exact
/// result of the operation applied to any reals in its arguments' sets (outward rounding).
/// Operations outside the domain (sqrt of a set containing negatives, division by a set
/// containing 0) return a value for which [`Scalar::bounds`] is `None`; they never return a
/// wrong finite enclosure.
///
/// # Examples
/// ```
/// use eoscert::arith::{Scalar, parse_rational, MpfrInterval};
/// let x = MpfrInterval::from_rational(&parse_rational("1.17").unwrap(), &64);
/// let (lo, hi) = x.bounds().unwrap();
/// // 1.17 is not a binary fraction: the enclosure is a genuine interval around 117/100.
/// assert!(lo < parse_rational("1.17").unwrap() && parse_rational("1.17").unwrap() < hi);
/// ```
pub trait Scalar: Ring + Div<Output = Self> + Send + Sync + 'static {
    /// Whatever is needed to create constants (the MPFR precision; `()` elsewhere).
    type Ctx: Clone + Debug + Send + Sync;

    /// Whether this backend proves anything (`false` only for `f64`).
    const RIGOROUS: bool;

    /// A short name used in certificates (`f64`, `interval`, `mpfr:256`, `rational`).
    fn backend_name(ctx: &Self::Ctx) -> String;

    /// The backend's working precision in bits (53 for `f64` and `interval`), or `None` for
    /// exact arithmetic.
    fn precision_bits(ctx: &Self::Ctx) -> Option<u32>;

    /// An enclosure of the exact rational `q` (for `f64`, the nearest float).
    fn from_rational(q: &BigRational, ctx: &Self::Ctx) -> Self;

    /// The hull of two exact rationals `lo ≤ hi` (outward rounded).
    fn from_bounds(lo: &BigRational, hi: &BigRational, ctx: &Self::Ctx) -> Self;

    /// An enclosure of the integer `n`.
    fn from_int(n: i64, ctx: &Self::Ctx) -> Self {
        Self::from_rational(&BigRational::from_integer(BigInt::from(n)), ctx)
    }

    /// The context this value was made with.
    fn ctx(&self) -> Self::Ctx;

    /// An enclosure of `√x`; not finite if `x` may be negative.
    fn sqrt(&self) -> Self;

    /// An enclosure of the positive real `n`-th root `x^(1/n)`; not finite if `x` may be
    /// negative.
    fn root(&self, n: u32) -> Self;

    /// The exact rational endpoints `(lo, hi)`, or `None` if the enclosure is not a bounded,
    /// non-empty set (overflow, NaN, domain error). For `f64`, `lo == hi` is the float itself.
    fn bounds(&self) -> Option<(BigRational, BigRational)>;

    /// A float near the middle of the enclosure (for diagnostics and float candidates).
    fn to_f64(&self) -> f64;

    /// The width `hi − lo` rounded up to a float (`+∞` if unbounded; `0` for `f64`).
    fn width_f64(&self) -> f64;

    /// Is `self < other` for all members?
    fn lt(&self, other: &Self) -> Certainty;

    /// The smallest enclosure of both arguments (the interval hull).
    fn hull(&self, other: &Self) -> Self;

    /// An exactly representable point in (or, for `f64`, equal to) the enclosure: the
    /// midpoint, rounded to the backend's grid.
    fn midpoint(&self) -> Self;

    /// Is `self` contained in the interior of `other`? (`false` for non-rigorous backends.)
    fn interior_of(&self, other: &Self) -> bool;

    /// The intersection, or `None` if provably disjoint.
    fn intersect(&self, other: &Self) -> Option<Self>;

    /// Is `self > 0` for all members?
    fn is_positive(&self) -> Certainty {
        Self::from_int(0, &self.ctx()).lt(self)
    }

    /// Does the enclosure contain `0`?
    fn contains_zero(&self) -> bool {
        match self.bounds() {
            Some((lo, hi)) => {
                lo <= BigRational::from_integer(0.into())
                    && hi >= BigRational::from_integer(0.into())
            }
            None => true,
        }
    }

    /// The absolute value `|x|` (tight).
    fn abs(&self) -> Self;

    /// An enclosure of `e^x` (for `rational`: an MPFR enclosure at
    /// [`RATIONAL_ELEMENTARY_BITS`] bits, converted exactly).
    ///
    /// Used by the diagonal-network claims (gains, δ, the implicit-bias KKT system of
    /// Even et al.) and by `logcosh` (`tanh` from `exp`).
    ///
    /// # Examples
    /// ```
    /// use eoscert::arith::{MpfrInterval, Scalar};
    /// let e = MpfrInterval::from_int(1, &64).exp();
    /// let (lo, hi) = e.bounds().unwrap();
    /// assert!(lo < hi && e.to_f64() == std::f64::consts::E);
    /// assert!((e.ln().to_f64() - 1.0).abs() < 1e-15);
    /// ```
    fn exp(&self) -> Self;

    /// An enclosure of `ln x`; a domain error (no finite bounds) if `x` may contain a number
    /// `≤ 0`.
    ///
    /// # Examples
    /// ```
    /// use eoscert::arith::Scalar;
    /// let x = inari::Interval::try_from((-1.0, 1.0)).unwrap();
    /// assert!(x.ln().bounds().is_none());
    /// ```
    fn ln(&self) -> Self;
}

/// The MPFR precision behind `exp` / `ln` of the `rational` backend.
pub const RATIONAL_ELEMENTARY_BITS: u32 = 512;

/// A run-time choice of backend, parsed from `--backend`.
///
/// # Examples
/// ```
/// use eoscert::arith::Backend;
/// assert_eq!("mpfr:128".parse::<Backend>().unwrap(), Backend::Mpfr(128));
/// assert_eq!("mpfr".parse::<Backend>().unwrap(), Backend::Mpfr(256));
/// assert!("mpfr:0".parse::<Backend>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Plain IEEE double precision (fast, not rigorous).
    F64,
    /// inari intervals of doubles.
    Interval,
    /// Intervals of two MPFR numbers at the given precision in bits.
    Mpfr(u32),
    /// Exact rational arithmetic.
    Rational,
}

/// The MPFR precision used when `--backend mpfr` gives none.
pub const DEFAULT_MPFR_BITS: u32 = 256;
/// The largest MPFR precision accepted (bounded memory and time per operation).
pub const MAX_MPFR_BITS: u32 = 1 << 16;

impl std::str::FromStr for Backend {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| crate::Error::field("backend", format!("{s:?}: {why}"));
        match s {
            "f64" => Ok(Backend::F64),
            "interval" if HAS_INARI => Ok(Backend::Interval),
            "interval" => Err(bad(
                "this build has no inari (it needs AArch64, or x86-64 with AVX and FMA: build \
                 with RUSTFLAGS='-C target-cpu=haswell'); use mpfr:53 for intervals of doubles",
            )),
            "rational" => Ok(Backend::Rational),
            "mpfr" => Ok(Backend::Mpfr(DEFAULT_MPFR_BITS)),
            _ => {
                let bits = s
                    .strip_prefix("mpfr:")
                    .ok_or_else(|| bad("expected f64, interval, mpfr:BITS or rational"))?;
                let bits: u32 = bits
                    .parse()
                    .map_err(|_| bad("BITS must be a positive integer"))?;
                if !(2..=MAX_MPFR_BITS).contains(&bits) {
                    return Err(bad(&format!("BITS must lie in 2..={MAX_MPFR_BITS}")));
                }
                Ok(Backend::Mpfr(bits))
            }
        }
    }
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Backend::F64 => write!(f, "f64"),
            Backend::Interval => write!(f, "interval"),
            Backend::Mpfr(bits) => write!(f, "mpfr:{bits}"),
            Backend::Rational => write!(f, "rational"),
        }
    }
}

/// A computation generic over the scalar type, run with the backend chosen at run time.
///
/// # Examples
/// ```
/// use eoscert::arith::{Backend, BackendTask, Scalar};
/// struct Third;
/// impl BackendTask for Third {
///     type Output = f64;
///     fn run<S: Scalar>(self, ctx: S::Ctx) -> f64 {
///         (S::from_int(1, &ctx) / S::from_int(3, &ctx)).width_f64()
///     }
/// }
/// assert_eq!(Backend::Rational.dispatch(Third), 0.0);
/// assert!(Backend::Interval.dispatch(Third) > 0.0);
/// ```
pub trait BackendTask {
    /// What the computation returns.
    type Output;
    /// Run with scalar type `S` and its context.
    fn run<S: Scalar>(self, ctx: S::Ctx) -> Self::Output;
}

impl Backend {
    /// Run `task` with this backend's scalar type.
    pub fn dispatch<T: BackendTask>(self, task: T) -> T::Output {
        match self {
            Backend::F64 => task.run::<f64>(()),
            Backend::Interval => task.run::<DoubleInterval>(DOUBLE_CTX),
            Backend::Mpfr(bits) => task.run::<MpfrInterval>(bits),
            Backend::Rational => task.run::<RationalInterval>(()),
        }
    }

    /// Whether results of this backend can be verified.
    pub fn is_rigorous(self) -> bool {
        !matches!(self, Backend::F64)
    }
}
