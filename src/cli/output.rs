//! Printing: certificates, tables, CSV, progress bars, exit codes.

use std::io::Write;
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};

use crate::Error;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::arith::parse_rational;
use crate::certificate::{Certificate, Quantity};
use crate::certify::trajectory::Observation;

/// The documented exit statuses, ordered by severity (`max` of two is the worse):
/// `Verified` < `OverBudget` < `NotVerified` < `Error`. A definite rejection outranks a check
/// that ran out of budget (which decides nothing), and an unreadable input outranks both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: every claim verified.
    Verified = 0,
    /// 1: some claim not verified (or a certificate rejected).
    NotVerified = 1,
    /// 2: bad input or an error.
    Error = 2,
    /// 3: `check` only: some certificate's check would exceed its time budget (`--budget`), and
    /// none was rejected or unreadable.
    OverBudget = 3,
}

impl Exit {
    fn severity(self) -> u8 {
        match self {
            Exit::Verified => 0,
            Exit::OverBudget => 1,
            Exit::NotVerified => 2,
            Exit::Error => 3,
        }
    }
}

impl PartialOrd for Exit {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exit {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.severity().cmp(&other.severity())
    }
}

impl Exit {
    /// The status for one certificate.
    pub fn of(cert: &Certificate) -> Self {
        if cert.verified {
            Exit::Verified
        } else {
            Exit::NotVerified
        }
    }
}

/// `message` on one line of bounded length: line breaks become `; `, and every run of more than
/// 40 digits (a huge input echoed back) is cut to its first 20 digits and its length.
pub fn one_line(message: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.len() > 40 {
            out.push_str(&format!("{}…({} digits)", &digits[..20], digits.len()));
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for c in message.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        flush(&mut digits, &mut out);
        match c {
            '\n' => out.push_str("; "),
            '\r' => {}
            c => out.push(c),
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// The largest number of significant digits [`format_enclosure_readable`] prints.
pub const READABLE_DIGITS: i64 = 20;

/// An enclosure `[lo, hi]` as a person reads it: `v ± w`, where `v` shows the digits the
/// enclosure proves and `w` (two significant digits, rounded up) is the distance from `v` to the
/// farther endpoint, so that `[v − w, v + w] ⊇ [lo, hi]`, always.
///
/// # Formula
/// With `m = (lo + hi)/2` and `r = (hi − lo)/2`, `v` is `m` rounded to the nearest multiple of
/// `10^k`, `k = max(⌊log10 r⌋, ⌊log10 |m|⌋ − 19)`: digits down to the width's leading digit, at
/// most [`READABLE_DIGITS`] significant ones. Then `w = max(hi − v, v − lo)` rounded up to two
/// significant digits (it includes the rounding of `v`). A point enclosure (`lo = hi`) with a
/// short decimal expansion prints exactly, without `±`. `v` is written in positional notation
/// when `1e-5 ≤ |v| < 1e15`, in scientific notation otherwise.
///
/// # Examples
/// ```
/// use eoscert::cli::format_enclosure_readable;
/// use num_rational::BigRational;
/// let q = |s: &str| s.parse::<BigRational>().unwrap();
/// assert_eq!(format_enclosure_readable(&q("1/4"), &q("1/4")), "0.25");
/// assert_eq!(format_enclosure_readable(&q("2499/10000"), &q("2501/10000")), "0.2500 ± 1.0e-4");
/// assert_eq!(format_enclosure_readable(&q("1/3"), &q("1/3")), "0.33333333333333333333 ± 3.4e-21");
/// assert_eq!(format_enclosure_readable(&q("-7/1000000000"), &q("-6/1000000000")), "-6.5e-9 ± 5.0e-10");
/// ```
pub fn format_enclosure_readable(lo: &BigRational, hi: &BigRational) -> String {
    let two = BigRational::from_integer(2.into());
    let mid = (lo + hi) / &two;
    let rad = (hi - lo) / &two;
    if rad.is_zero()
        && let Some(text) = short_decimal(&mid)
    {
        return text;
    }
    let k_mid = if mid.is_zero() {
        i64::MIN
    } else {
        floor_log10(&mid.abs()) - (READABLE_DIGITS - 1)
    };
    let k_rad = if rad.is_zero() {
        i64::MIN
    } else {
        floor_log10(&rad)
    };
    let k = k_mid.max(k_rad);
    let k = if k == i64::MIN { 0 } else { k };
    let unit = pow10(k);
    let m = (&mid / &unit).round().to_integer();
    let v = BigRational::from_integer(m.clone()) * &unit;
    let w = (hi - &v).max(&v - lo);
    let value = decimal_text(&m, k);
    if w.is_zero() {
        return value;
    }
    format!("{value} ± {}", two_digits_up(&w))
}

/// `10^k` exactly.
fn pow10(k: i64) -> BigRational {
    let p = BigRational::from_integer(num_bigint::BigInt::from(10).pow(k.unsigned_abs() as u32));
    if k >= 0 { p } else { p.recip() }
}

/// `⌊log10 x⌋` for `x > 0`.
fn floor_log10(x: &BigRational) -> i64 {
    let bits = x.numer().bits() as i64 - x.denom().bits() as i64;
    let mut e = (bits as f64 * std::f64::consts::LOG10_2).floor() as i64;
    while pow10(e) > *x {
        e -= 1;
    }
    while pow10(e + 1) <= *x {
        e += 1;
    }
    e
}

/// `m · 10^k` as text: positional for `1e-5 ≤ |v| < 1e15`, else `d.ddde±X`; every digit of `m`
/// is kept (they are significant).
fn decimal_text(m: &num_bigint::BigInt, k: i64) -> String {
    let sign = if m.is_negative() { "-" } else { "" };
    let digits = m.magnitude().to_string();
    let n = digits.len() as i64;
    let exp10 = k + n - 1; // exponent of the leading digit
    if m.is_zero() {
        return if k >= 0 {
            "0".into()
        } else {
            format!("0.{}", "0".repeat(k.unsigned_abs() as usize))
        };
    }
    if (-5..15).contains(&exp10) {
        if k >= 0 {
            format!("{sign}{digits}{}", "0".repeat(k as usize))
        } else if n > -k {
            let (int, frac) = digits.split_at((n + k) as usize);
            format!("{sign}{int}.{frac}")
        } else {
            format!(
                "{sign}0.{}{digits}",
                "0".repeat((-k - n).unsigned_abs() as usize)
            )
        }
    } else if n == 1 {
        format!("{sign}{digits}e{exp10}")
    } else {
        format!("{sign}{}.{}e{exp10}", &digits[..1], &digits[1..])
    }
}

/// `x ≥ 0` rounded up to two significant digits, as `d.de±X`.
fn two_digits_up(x: &BigRational) -> String {
    let e = floor_log10(x);
    let unit = pow10(e - 1);
    let m = (x / &unit).ceil().to_integer();
    // m in 10..=100; 100 means the next power of ten.
    let (m, e) = if m >= 100.into() {
        (num_bigint::BigInt::from(10), e + 1)
    } else {
        (m, e)
    };
    let d = m.to_string();
    format!("{}.{}e{e}", &d[..1], &d[1..])
}

/// The exact decimal expansion of `x` if it terminates within [`READABLE_DIGITS`] significant
/// digits (and is in the positional range of [`decimal_text`]).
fn short_decimal(x: &BigRational) -> Option<String> {
    if x.is_zero() {
        return Some("0".into());
    }
    let e = floor_log10(&x.abs());
    let k = e - (READABLE_DIGITS - 1);
    let scaled = x / pow10(k);
    if !scaled.is_integer() {
        return None;
    }
    // Strip the trailing zeros the fixed scale added.
    let mut m = scaled.to_integer();
    let mut k = k;
    let ten = num_bigint::BigInt::from(10);
    while k < 0 && (&m % &ten).is_zero() {
        m /= &ten;
        k += 1;
    }
    Some(decimal_text(&m, k))
}

/// A progress bar on stderr (hidden when `hidden`, or when stderr is not a terminal).
pub fn progress(len: u64, hidden: bool) -> ProgressBar {
    if hidden {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} (eta {eta}) {msg}",
        )
        .expect("valid template"),
    );
    bar
}

/// Print a certificate: JSON, or a human summary.
pub fn print_certificate(cert: &Certificate, json: bool) {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(cert).expect("serialisable")
        );
        return;
    }
    println!("claim     {} ({} backend)", cert.claim, cert.backend);
    println!(
        "verified  {}{}",
        cert.verified,
        if cert.reason.is_empty() {
            String::new()
        } else {
            format!(" — {}", cert.reason)
        }
    );
    print_quantities(&serde_json::to_value(&cert.quantities).expect("serialisable"));
    println!("time      {:.3} s", cert.elapsed_s);
}

/// Print `name  [lo, hi]` lines for a JSON map of quantities.
pub fn print_quantities(quantities: &serde_json::Value) {
    let Some(map) = quantities.as_object() else {
        return;
    };
    for (name, q) in map {
        let text = match serde_json::from_value::<Quantity>(q.clone()) {
            Ok(Quantity::Enclosure(e)) if e.lo == e.hi => e.lo,
            Ok(Quantity::Enclosure(e)) => format!("[{}, {}]", e.lo, e.hi),
            Ok(Quantity::Bool(b)) => b.to_string(),
            Ok(Quantity::Label(l)) => l,
            Ok(Quantity::Array(items)) => {
                let lines: Vec<String> = items
                    .iter()
                    .map(|e| format!("[{}, {}]", e.lo, e.hi))
                    .collect();
                lines.join(&format!("\n  {:<20} ", ""))
            }
            Err(_) => q.to_string(),
        };
        println!("  {name:<20} {text}");
    }
}

/// The summary table of `eoscert prove`.
pub fn print_summary(results: &[(String, Certificate)]) {
    let name_w = results
        .iter()
        .map(|(n, _)| n.len())
        .max()
        .unwrap_or(5)
        .max(5);
    println!(
        "{:<name_w$}  {:<13} {:<10} {:<9} {:>8}  result",
        "claim", "kind", "backend", "verified", "time/s"
    );
    for (name, c) in results {
        let detail = if c.verified {
            headline(c)
        } else {
            c.reason.clone()
        };
        println!(
            "{name:<name_w$}  {:<13} {:<10} {:<9} {:>8.3}  {detail}",
            c.claim, c.backend, c.verified, c.elapsed_s
        );
    }
    let ok = results.iter().filter(|(_, c)| c.verified).count();
    println!("{ok}/{} claims verified", results.len());
}

/// The first enclosed quantity as `name ≈ mid (width w)`, for the table (preceded by the
/// `regime` label, if any).
fn headline(c: &Certificate) -> String {
    let regime = match c.quantities.get("regime") {
        Some(Quantity::Label(r)) => format!("regime {r}; "),
        _ => String::new(),
    };
    let first = c
        .quantities
        .iter()
        .find_map(|(name, q)| match q {
            Quantity::Enclosure(e) => {
                let (lo, hi) = (parse_rational(&e.lo).ok()?, parse_rational(&e.hi).ok()?);
                let mid = ((&lo + &hi) / BigRational::from_integer(2.into())).to_f64()?;
                Some(format!(
                    "{name} ≈ {mid:.12e} (width {:.1e})",
                    (hi - lo).to_f64()?
                ))
            }
            _ => None,
        })
        .unwrap_or_default();
    regime + &first
}

/// Write a certificate as pretty JSON.
///
/// # Errors
/// [`Error::Io`] if the file cannot be written.
pub fn write_json(path: &Path, cert: &Certificate) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(cert).expect("serialisable");
    std::fs::write(path, text + "\n").map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// A CSV trajectory writer: `step,theta_1,…,theta_n,loss,width` (float midpoints).
pub struct CsvWriter {
    out: std::io::BufWriter<std::fs::File>,
    path: String,
    header_written: bool,
}

impl CsvWriter {
    /// Create the file.
    ///
    /// # Errors
    /// [`Error::Io`] if it cannot be created.
    pub fn create(path: &Path) -> Result<Self, Error> {
        let file = std::fs::File::create(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        Ok(CsvWriter {
            out: std::io::BufWriter::new(file),
            path: path.display().to_string(),
            header_written: false,
        })
    }

    /// Append one row.
    ///
    /// # Errors
    /// [`Error::Io`] on write failure.
    pub fn write(&mut self, obs: &Observation) -> Result<(), Error> {
        let io = |source| Error::Io {
            path: self.path.clone(),
            source,
        };
        if !self.header_written {
            let thetas: Vec<String> = (1..=obs.theta.len())
                .map(|i| format!("theta_{i}"))
                .collect();
            writeln!(self.out, "step,{},loss,width", thetas.join(",")).map_err(io)?;
            self.header_written = true;
        }
        let thetas: Vec<String> = obs.theta.iter().map(|x| format!("{x:e}")).collect();
        writeln!(
            self.out,
            "{},{},{:e},{:e}",
            obs.step,
            thetas.join(","),
            obs.loss,
            obs.width
        )
        .map_err(io)
    }
}

#[cfg(test)]
mod tests {
    use super::{format_enclosure_readable, one_line};
    use num_rational::BigRational;

    /// `[v − w, v + w] ⊇ [lo, hi]` for the printed `v ± w`, read back exactly, and the printed
    /// value keeps at most 20 significant digits.
    #[test]
    fn readable_enclosures_contain_the_enclosure() {
        let q = |s: &str| crate::arith::parse_rational(s).unwrap();
        let mut cases: Vec<(BigRational, BigRational)> = vec![
            (
                q("0.24982666316967144717001"),
                q("0.24982666316967144717123"),
            ),
            (q("-1e-40"), q("3e-41")),
            (
                q("123456789012345678901234567890"),
                q("123456789012345678901234567891"),
            ),
            (q("1/3"), q("2/3")),
            (q("-5"), q("-5")),
            (q("0"), q("0")),
            (q("7e-300"), q("7.000000001e-300")),
            (q("9.99999"), q("10.00001")),
        ];
        // A deterministic spread of widths and magnitudes.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let mid = BigRational::new(((x % 2_000_001) as i64 - 1_000_000).into(), 997.into())
                * BigRational::from_integer(10.into()).pow((x % 41) as i32 - 20);
            let rad = BigRational::new(((x >> 20) % 1000).into(), 7.into())
                * BigRational::from_integer(10.into()).pow(-(((x >> 30) % 30) as i32));
            cases.push((&mid - &rad, &mid + &rad));
        }
        for (lo, hi) in cases {
            let text = format_enclosure_readable(&lo, &hi);
            let (v, w) = match text.split_once(" ± ") {
                Some((v, w)) => (q(v), q(w)),
                None => (q(&text), q("0")),
            };
            assert!(
                &v - &w <= lo && hi <= &v + &w,
                "[{lo}, {hi}] printed {text}"
            );
            let digits = text
                .split(" ± ")
                .next()
                .unwrap()
                .split('e')
                .next()
                .unwrap()
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>();
            assert!(
                digits.trim_start_matches('0').len() <= 20,
                "{text}: too many digits"
            );
        }
    }

    #[test]
    fn one_line_joins_lines_and_cuts_huge_numbers() {
        assert_eq!(one_line("a\nb\r\n"), "a; b");
        assert_eq!(one_line("--eta 12345: bad"), "--eta 12345: bad");
        let huge = format!("--eta 1{}: too big", "0".repeat(10000));
        assert_eq!(
            one_line(&huge),
            "--eta 10000000000000000000…(10001 digits): too big"
        );
    }
}
