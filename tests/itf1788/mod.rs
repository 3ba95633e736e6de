//! IEEE 1788 conformance of the `interval` backend: the ITF1788 test vectors (libieeep1788,
//! C-XSC, FI_LIB, MPFI, the IEEE 1788 constructor and exception suites; Oliver Heimlich's
//! portable ITL translation, Apache-2.0, see `LICENSE` and `NOTICE` here) exactly as the
//! `inari` crate ships them in `tests/itf1788_tests/` of inari 2.0.0, run against the inari
//! build that eoscert links (same version, features and compiler flags).
//!
//! 210 test functions, 7720 assertions. Changes from inari's copy: `itf1788_tests/` is
//! unchanged except that its `#[cfg(feature = "gmp")]` lines were removed (eoscert enables
//! inari's default `gmp` feature, which the text constructor `t2i` needs, but a test crate's
//! `cfg(feature)` refers to its own features). The modules inari itself leaves out
//! (`abs_rev`, `libieeep1788_reduction`, `libieeep1788_rev`, `pow_rev`: reverse operations and
//! reductions inari does not implement) are left out here too.
//!
//! The `interval` backend is `inari::Interval` itself (`src/arith/interval.rs`), so these
//! vectors test exactly its `+ − · /`, `sqr`, `sqrt` (on the domain), `hull`,
//! `intersection`, constructors and comparisons; the backend's own deviations (`sqrt`/`pow`
//! of a possibly negative argument give ENTIRE, not the domain-clipped result) are tested in
//! `tests/arith_conformance.rs`.
//!
//! [`own_backends`] runs the arithmetic vectors against eoscert's own `MpfrInterval` (53 bits:
//! the tight result exactly) and `RationalInterval` (exact results inside the tight ones).

mod own_backends;

use inari::*;

#[allow(
    unused_attributes,
    unused_imports,
    clippy::approx_constant,
    clippy::eq_op,
    clippy::excessive_precision,
    clippy::float_cmp
)]
#[rustfmt::skip]
mod itf1788_tests {
    //mod abs_rev;
    mod atan2;
    mod c_xsc;
    mod fi_lib;
    mod ieee1788_constructors;
    mod ieee1788_exceptions;
    mod libieeep1788_bool;
    mod libieeep1788_cancel;
    mod libieeep1788_class;
    mod libieeep1788_elem;
    mod libieeep1788_mul_rev;
    mod libieeep1788_num;
    mod libieeep1788_overlap;
    mod libieeep1788_rec_bool;
    //mod libieeep1788_reduction;
    //mod libieeep1788_rev;
    mod libieeep1788_set;
    mod mpfi;
    //mod pow_rev;
}

pub fn n2i(a: f64, b: f64) -> Interval {
    match interval!(a, b) {
        Ok(x) => x,
        Err(e) if e.kind() == IntervalErrorKind::UndefinedOperation => Interval::EMPTY,
        _ => panic!(),
    }
}

pub fn t2i(s: &str) -> Interval {
    match interval!(s) {
        Ok(x) => x,
        Err(e) if e.kind() == IntervalErrorKind::UndefinedOperation => Interval::EMPTY,
        _ => panic!(),
    }
}

pub fn n2di(a: f64, b: f64) -> DecInterval {
    match dec_interval!(a, b) {
        Ok(x) => x,
        Err(e) if e.kind() == IntervalErrorKind::UndefinedOperation => DecInterval::NAI,
        _ => panic!(),
    }
}

pub fn t2di(s: &str) -> DecInterval {
    match dec_interval!(s) {
        Ok(x) => x,
        Err(e) if e.kind() == IntervalErrorKind::UndefinedOperation => DecInterval::NAI,
        _ => panic!(),
    }
}

pub fn nd2di(a: f64, b: f64, d: Decoration) -> DecInterval {
    DecInterval::set_dec(interval!(a, b).unwrap(), d)
}

pub trait Eq2: PartialEq {
    fn eq2(&self, rhs: &Self) -> bool {
        self == rhs
    }
}

impl Eq2 for bool {}
impl Eq2 for Decoration {}
impl Eq2 for Interval {}
impl Eq2 for Overlap {}

impl Eq2 for f64 {
    #[allow(clippy::float_cmp)]
    fn eq2(&self, rhs: &Self) -> bool {
        self.is_nan() && rhs.is_nan() || self == rhs
    }
}

impl Eq2 for DecInterval {
    fn eq2(&self, rhs: &Self) -> bool {
        self.is_nai() && rhs.is_nai() || self == rhs && self.decoration() == rhs.decoration()
    }
}

impl<T: Eq2> Eq2 for &T {
    fn eq2(&self, other: &Self) -> bool {
        Eq2::eq2(*self, *other)
    }
}

/// `assert_eq!` with IEEE 1788 equality ([`Eq2`]): NaN equals NaN, NaI equals NaI. Copied from `assert_eq`.
#[macro_export]
macro_rules! assert_eq2 {
    ($left:expr, $right:expr) => {{
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !Eq2::eq2(left_val, right_val) {
                    // The reborrows below are intentional. Without them, the stack slot for the
                    // borrow is initialized even before the values are compared, leading to a
                    // noticeable slow down.
                    panic!(
                        r#"assertion failed: `(left == right)`
  left: `{:?}`,
 right: `{:?}`"#,
                        &*left_val, &*right_val
                    )
                }
            }
        }
    }};
}
