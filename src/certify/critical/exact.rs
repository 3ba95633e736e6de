//! The dyadic grid of the critical regime's roots (the arithmetic is
//! [`RationalInterval`](crate::arith::RationalInterval)).

use num_rational::BigRational;

use crate::arith::RationalInterval;

/// Bits of the dyadic grid used for square and higher roots of the reported quantities
/// (`2⁻²⁰⁰`): [`RationalInterval::sqrt_dyadic`] and [`RationalInterval::root_dyadic`] are called
/// with it, so the published enclosures do not depend on `RationalInterval`'s own root grid.
pub(crate) const ROOT_BITS: usize = 200;

/// An enclosure of `q^{1/n}` (`q ≥ 0`): exact if rational, else a `2⁻²⁰⁰` dyadic bracket.
pub(crate) fn root(q: &BigRational, n: u32) -> RationalInterval {
    RationalInterval::root_dyadic(q, n, ROOT_BITS)
}
