//! Binary floating-point formats below and at float64: their rounding, their float steps
//! (ulps) and the outward rounding of an enclosure to their grid.
//!
//! # Formats
//! | format | significand bits p | exponent range | largest finite |
//! |---|---|---|---|
//! | `float64` | 53 | −1022..1023 | ≈ 1.8·10³⁰⁸ |
//! | `float32` | 24 | −126..127 | ≈ 3.4·10³⁸ |
//! | `bfloat16` | 8 | −126..127 | ≈ 3.4·10³⁸ |
//! | `float16` | 11 | −14..15 | 65504 |
//!
//! Every value of each format is a double, so values are carried as `f64` throughout; a
//! value "in the format" is a double that the format represents exactly ([`Format::holds`]).
//!
//! # Rounding
//! [`Format::round`] is round-to-nearest, ties-to-even, from a double, with overflow to ±∞
//! and gradual underflow: `as f32` for float32; for bfloat16 and float16 the `half` crate's
//! `from_f64`, corrected by an exact choice between the two bracketing values (`half` may
//! round twice through float32). The tests compare all of them with exact rational rounding.
//! Emulated arithmetic in a narrow format computes each operation in float64 and rounds the
//! result once to the format ([`Format::round`]). This is the correctly rounded operation of
//! the format: a float64 sum, difference or product of two p-bit numbers is rounded at most
//! once, and double rounding through a format of 53 ≥ 2p + 2 bits is innocuous for +, −, ×, ÷
//! and √ (Figueroa 1995, "When is double rounding innocuous?"), which holds for p ≤ 24.
//!
//! # Float steps
//! Number the finite and infinite values of a format in increasing order (±0 share one index,
//! ±∞ sit one step beyond ±max), as the guard does for doubles ([`super::FloatHull`]). The
//! steps from x to a set `[a, b]` of format values are `max(0, ord(a) − ord(x), ord(x) − ord(b))`.
//! The format hull of an exact interval is its largest format value below and smallest above
//! ([`Format::hull`]); since the format's values are doubles, it is obtained exactly from the
//! double hull by rounding its ends outward once more.

use std::fmt;
use std::str::FromStr;

use half::{bf16, f16};

use super::FloatHull;
use crate::Error;

/// A binary floating-point format (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// IEEE binary64.
    F64,
    /// IEEE binary32.
    F32,
    /// bfloat16: binary32's exponent range, 8 significand bits.
    Bf16,
    /// IEEE binary16.
    F16,
}

impl Format {
    /// Every format, widest first.
    pub const ALL: [Format; 4] = [Format::F64, Format::F32, Format::Bf16, Format::F16];

    /// The short name (`f64`, `f32`, `bf16`, `f16`).
    pub fn name(self) -> &'static str {
        match self {
            Format::F64 => "f64",
            Format::F32 => "f32",
            Format::Bf16 => "bf16",
            Format::F16 => "f16",
        }
    }

    /// The significand precision p in bits (the unit roundoff is 2^−p).
    pub fn precision(self) -> u32 {
        match self {
            Format::F64 => 53,
            Format::F32 => 24,
            Format::Bf16 => 8,
            Format::F16 => 11,
        }
    }

    /// `x` rounded to the nearest value of the format (ties to even; overflow to ±∞; NaN stays
    /// NaN).
    pub fn round(self, x: f64) -> f64 {
        let candidate = match self {
            Format::F64 => return x,
            Format::F32 => return f64::from(x as f32),
            Format::Bf16 => bf16::from_f64(x).to_f64(),
            Format::F16 => f16::from_f64(x).to_f64(),
        };
        self.nearest(x, candidate)
    }

    /// Round-to-nearest-even of `x`, given `c`, one of the two format values bracketing `x`.
    ///
    /// `half`'s `from_f64` may convert through float32 (with the F16C instructions the target
    /// CPU enables), rounding twice: 65488 + 2⁻¹⁵ became 65472 instead of 65504 in float16
    /// (found by the exact-rational test below). Double rounding still returns a bracketing
    /// value, so choosing between `c` and its neighbour on `x`'s side by exact distance gives
    /// the correctly rounded result: the differences `x − lo`, `hi − x` of doubles less than
    /// one format step apart are exact (Sterbenz).
    fn nearest(self, x: f64, c: f64) -> f64 {
        if x.is_nan() || x.is_infinite() || c == x {
            return c;
        }
        let (lo, hi) = if c < x {
            (c, self.next_up(c))
        } else {
            (self.next_down(c), c)
        };
        let max = self.max();
        // Overflow: beyond max + half the top step (a double) is ±∞, as IEEE 754 specifies.
        let threshold = max + (max - self.next_down(max)) / 2.0;
        if hi.is_infinite() {
            return if x >= threshold { hi } else { max };
        }
        if lo.is_infinite() {
            return if x <= -threshold { lo } else { -max };
        }
        match (x - lo).partial_cmp(&(hi - x)) {
            Some(std::cmp::Ordering::Less) => lo,
            Some(std::cmp::Ordering::Greater) => hi,
            _ if self.ord(lo).rem_euclid(2) == 0 => lo,
            _ => hi,
        }
    }

    /// Does the format represent `x` exactly (NaN: no)?
    pub fn holds(self, x: f64) -> bool {
        self.round(x) == x
    }

    /// The largest finite value.
    pub fn max(self) -> f64 {
        match self {
            Format::F64 => f64::MAX,
            Format::F32 => f64::from(f32::MAX),
            Format::Bf16 => bf16::MAX.to_f64(),
            Format::F16 => f16::MAX.to_f64(),
        }
    }

    /// The position of the format value `x` in the increasing sequence of the format's values
    /// (±0 ↦ 0, ±∞ one beyond ±max). `x` must be held by the format and not NaN.
    fn ord(self, x: f64) -> i64 {
        debug_assert!(self.holds(x), "{x} is not a {self} value");
        let (bits, sign_bit) = match self {
            Format::F64 => (x.to_bits() as i64 & i64::MAX, x.is_sign_negative()),
            Format::F32 => (
                i64::from((x as f32).to_bits() & 0x7fff_ffff),
                x.is_sign_negative(),
            ),
            Format::Bf16 => (
                i64::from(bf16::from_f64(x).to_bits() & 0x7fff),
                x.is_sign_negative(),
            ),
            Format::F16 => (
                i64::from(f16::from_f64(x).to_bits() & 0x7fff),
                x.is_sign_negative(),
            ),
        };
        if sign_bit { -bits } else { bits }
    }

    /// The format value at position `k` (inverse of `ord`, clamped to ±∞).
    fn value_at_ord(self, k: i64) -> f64 {
        let inf = self.ord(f64::INFINITY);
        let k = k.clamp(-inf, inf);
        let magnitude = k.unsigned_abs();
        let value = match self {
            Format::F64 => f64::from_bits(magnitude),
            Format::F32 => f64::from(f32::from_bits(magnitude as u32)),
            Format::Bf16 => bf16::from_bits(magnitude as u16).to_f64(),
            Format::F16 => f16::from_bits(magnitude as u16).to_f64(),
        };
        if k < 0 { -value } else { value }
    }

    /// The next format value above `x` (a format value).
    pub fn next_up(self, x: f64) -> f64 {
        self.value_at_ord(self.ord(x) + 1)
    }

    /// The next format value below `x` (a format value).
    pub fn next_down(self, x: f64) -> f64 {
        self.value_at_ord(self.ord(x) - 1)
    }

    /// The largest format value ≤ the double `x` (−∞ below −max).
    pub fn round_down(self, x: f64) -> f64 {
        let r = self.round(x);
        if r > x { self.next_down(r) } else { r }
    }

    /// The smallest format value ≥ the double `x` (+∞ above max).
    pub fn round_up(self, x: f64) -> f64 {
        let r = self.round(x);
        if r < x { self.next_up(r) } else { r }
    }

    /// The format hull of a double hull: `[round_down(lo), round_up(hi)]`. For the double hull
    /// of an exact interval (`FloatHull::enclosing`) this is the smallest interval of format
    /// values containing it. `None` if an end leaves the format's finite range.
    pub fn hull(self, h: &FloatHull) -> Option<FloatHull> {
        let (lo, hi) = (self.round_down(h.lo()), self.round_up(h.hi()));
        if lo.is_finite() && hi.is_finite() {
            FloatHull::new(lo, hi)
        } else {
            None
        }
    }

    /// Format steps from the format value `x` to the format hull `h`: 0 inside, k if
    /// x = next_upᵏ(hi) or next_downᵏ(lo); `u64::MAX` for NaN.
    pub fn ulps_outside(self, h: &FloatHull, x: f64) -> u64 {
        if x.is_nan() {
            return u64::MAX;
        }
        let (a, b, k) = (self.ord(h.lo()), self.ord(h.hi()), self.ord(x));
        (a - k).max(k - b).max(0) as u64
    }

    /// The width of the format hull `h` in format steps.
    pub fn width_ulps(self, h: &FloatHull) -> u64 {
        (self.ord(h.hi()) - self.ord(h.lo())) as u64
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    /// `f64`/`float64`, `f32`/`float32`, `bf16`/`bfloat16`, `f16`/`float16`/`half`.
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "f64" | "float64" | "double" => Ok(Format::F64),
            "f32" | "float32" | "single" => Ok(Format::F32),
            "bf16" | "bfloat16" => Ok(Format::Bf16),
            "f16" | "float16" | "half" => Ok(Format::F16),
            other => Err(Error::BadInput(format!(
                "format {other:?}: expected f64, f32, bf16 or f16"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;
    use num_rational::BigRational;
    use num_traits::{One, Signed, Zero};

    use crate::arith::parse::rational_from_f64;

    /// The format's values, enumerated independently of `half`: ±m·2^(e−p+1) for the normal
    /// binades and the subnormals, as exact rationals (f16 and bf16 in full; f32 around 1).
    fn grid(p: u32, emin: i32, emax: i32) -> Vec<BigRational> {
        let two = BigRational::from_integer(2.into());
        let pow = |e: i32| {
            if e >= 0 {
                two.pow(e)
            } else {
                BigRational::one() / two.pow(-e)
            }
        };
        let mut v = vec![BigRational::zero()];
        let q = 1i64 << (p - 1);
        // Subnormals: m·2^(emin−p+1), 0 < m < 2^(p−1).
        for m in 1..q {
            v.push(BigRational::from_integer(m.into()) * pow(emin - p as i32 + 1));
        }
        for e in emin..=emax {
            for m in q..2 * q {
                v.push(BigRational::from_integer(m.into()) * pow(e - p as i32 + 1));
            }
        }
        let neg: Vec<_> = v.iter().skip(1).map(|x| -x.clone()).collect();
        v.extend(neg);
        v.sort();
        v
    }

    /// Exact round-to-nearest-even of `x` on the sorted finite `grid` (with overflow to ±∞ at
    /// max + half an ulp of the top binade, as IEEE 754 specifies).
    fn rne(grid: &[BigRational], x: &BigRational) -> f64 {
        use num_traits::ToPrimitive;
        let i = grid.partition_point(|g| g <= x);
        let max = grid.last().unwrap();
        let ulp_top = max - &grid[grid.len() - 2];
        let half = BigRational::new(1.into(), 2.into());
        if x.abs() >= max + &ulp_top * &half {
            return if x.is_positive() {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
        }
        let below = &grid[i - 1];
        if below == x || i == grid.len() {
            return below.to_f64().unwrap();
        }
        let above = &grid[i];
        let (d_lo, d_hi) = (x - below, above - x);
        let pick = match d_lo.cmp(&d_hi) {
            std::cmp::Ordering::Less => below,
            std::cmp::Ordering::Greater => above,
            std::cmp::Ordering::Equal => {
                // Ties to even: the neighbour with an even last significand bit; on the grid
                // the even values sit at even positions counted from zero.
                let zero = grid.partition_point(|g| g < &BigRational::zero());
                if (i - 1).abs_diff(zero) % 2 == 0 {
                    below
                } else {
                    above
                }
            }
        };
        pick.to_f64().unwrap()
    }

    fn probes(grid: &[BigRational]) -> Vec<BigRational> {
        let mut out = Vec::new();
        let step = (grid.len() / 4000).max(1);
        for w in grid.windows(2).step_by(step) {
            let (a, b) = (&w[0], &w[1]);
            let mid = (a + b) / BigInt::from(2);
            let tiny = (b - a) / BigInt::from(1 << 20);
            out.extend([a.clone(), mid.clone(), &mid + &tiny, &mid - &tiny]);
        }
        out
    }

    fn agree(format: Format, grid: &[BigRational]) {
        for x in probes(grid) {
            // The probes are doubles (dyadic with few bits), so `round` sees them exactly.
            let d = num_traits::ToPrimitive::to_f64(&x).unwrap();
            assert_eq!(rational_from_f64(d).unwrap(), x, "probe not a double");
            let got = format.round(d);
            let want = rne(grid, &x);
            assert_eq!(got, want, "{format}: round({d:e}), exact RNE");
        }
        // Overflow threshold: max + ulp/2 rounds to ∞ (tie to even), just below it to max.
        let max = grid.last().unwrap().clone();
        let ulp_top = &max - &grid[grid.len() - 2];
        let t = &max + &ulp_top / BigInt::from(2);
        let t = num_traits::ToPrimitive::to_f64(&t).unwrap();
        assert_eq!(format.round(t), f64::INFINITY, "{format}");
        assert_eq!(format.round(t.next_down()), format.max(), "{format}");
    }

    #[test]
    fn half_and_as_f32_round_to_nearest_even_like_exact_rationals() {
        agree(Format::F16, &grid(11, -14, 15));
        agree(Format::Bf16, &grid(8, -126, 127));
        // float32 (too many values to enumerate): ties and neighbours at 1 and at the
        // smallest subnormal, exact by hand.
        let u = 2f64.powi(-24);
        assert_eq!(Format::F32.round(1.0 + u), 1.0); // tie, to even
        assert_eq!(Format::F32.round(1.0 + 3.0 * u), 1.0 + 4.0 * u); // tie, to even
        assert_eq!(Format::F32.round(1.0 + u + u * u), 1.0 + 2.0 * u);
        let tiny = 2f64.powi(-149);
        assert_eq!(Format::F32.round(tiny / 2.0), 0.0); // tie, to even (zero)
        assert_eq!(Format::F32.round(1.5 * tiny), 2.0 * tiny); // tie, to even
        assert_eq!(Format::F32.next_up(0.0), tiny);
    }

    #[test]
    fn steps_and_hulls_agree_with_the_enumerated_grid() {
        use num_traits::ToPrimitive;
        let g = grid(11, -14, 15);
        for w in g.windows(2).step_by(97) {
            let (a, b) = (w[0].to_f64().unwrap(), w[1].to_f64().unwrap());
            assert_eq!(Format::F16.next_up(a), b);
            assert_eq!(Format::F16.next_down(b), a);
            // The format hull of a double strictly between two neighbours is those neighbours.
            let inside = FloatHull::new(a.next_up(), b.next_down()).unwrap();
            let h = Format::F16.hull(&inside).unwrap();
            assert_eq!((h.lo(), h.hi()), (a, b));
            assert_eq!(Format::F16.width_ulps(&h), 1);
            assert_eq!(Format::F16.ulps_outside(&h, a), 0);
            assert_eq!(Format::F16.ulps_outside(&h, Format::F16.next_up(b)), 1);
        }
        // ±0 are one step; the steps from the hull [1, 1] to 1 + 3 ulps of bf16 are 3.
        let one = FloatHull::new(1.0, 1.0).unwrap();
        let x = (0..3).fold(1.0, |x, _| Format::Bf16.next_up(x));
        assert_eq!(x, 1.0 + 3.0 / 128.0);
        assert_eq!(Format::Bf16.ulps_outside(&one, x), 3);
        let zero = FloatHull::new(-0.0, -0.0).unwrap();
        assert_eq!(Format::F16.ulps_outside(&zero, 0.0), 0);
        assert_eq!(Format::F16.next_up(0.0), 2f64.powi(-24));
        assert_eq!(
            Format::F16.hull(&FloatHull::new(65520.0, 65520.0).unwrap()),
            None
        );
        assert!("bfloat16".parse::<Format>().unwrap() == Format::Bf16);
        assert!("f8".parse::<Format>().is_err());
    }
}
