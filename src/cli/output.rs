//! Printing: certificates, tables, CSV, progress bars, exit codes.
//!
//! Results go to stdout (through [`emit`], so `| head` ends quietly); progress bars and
//! summaries go to stderr, progress only when stderr is a terminal, and neither with `-q`.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{ProgressBar, ProgressStyle};
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, Zero};

use crate::Error;
use crate::arith::parse_rational;
use crate::certificate::{Certificate, Enclosure, Quantity, format_exact};
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

/// Whether `-q/--quiet` was given: no progress bars, no summaries on stderr.
static QUIET: AtomicBool = AtomicBool::new(false);
/// Whether `-v/--verbose` or `--full` was given: full enclosure endpoints.
static FULL: AtomicBool = AtomicBool::new(false);

/// Set the global presentation flags of this run (`-q`, `-v`/`--full`).
pub fn set_flags(quiet: bool, full: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
    FULL.store(full, Ordering::Relaxed);
}

/// Whether `-q/--quiet` is in force.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Whether `-v/--verbose` or `--full` is in force (exact endpoints, evidence detail).
pub(crate) fn full() -> bool {
    FULL.load(Ordering::Relaxed)
}

/// Print one line on stdout. A closed pipe (`eoscert … | head`) ends the process quietly with
/// exit 0, as the reader wanted no more; any other write error exits 2 with a message.
pub fn emit(args: std::fmt::Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out
        .write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush())
    {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        // Writing the message may fail too; the exit status still says what happened.
        let _ = writeln!(std::io::stderr(), "error: writing to stdout: {e}");
        std::process::exit(Exit::Error as i32);
    }
}

/// `println!` through [`emit`]: a closed pipe ends the process quietly.
macro_rules! outln {
    () => { $crate::cli::output::emit(format_args!("")) };
    ($($t:tt)*) => { $crate::cli::output::emit(format_args!($($t)*)) };
}
pub(crate) use outln;

/// A summary line on stderr (suppressed by `-q`), so stdout carries only the result.
macro_rules! note {
    ($($t:tt)*) => {
        if !$crate::cli::output::quiet() {
            eprintln!($($t)*);
        }
    };
}
pub(crate) use note;

/// Pretty JSON on stdout.
pub fn print_json<T: serde::Serialize + ?Sized>(value: &T) {
    outln!(
        "{}",
        serde_json::to_string_pretty(value).expect("serialisable")
    );
}

/// A progress bar on stderr (hidden when `hidden`, with `-q`, or when stderr is not a
/// terminal).
pub fn progress(len: u64, hidden: bool) -> ProgressBar {
    if hidden || quiet() || !std::io::stderr().is_terminal() {
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

/// A spinner with the elapsed time on stderr, for work without a step count (hidden as
/// [`progress`] is). Call `finish_and_clear` when the work is done.
pub fn spinner(message: &str, hidden: bool) -> ProgressBar {
    if hidden || quiet() || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
            .expect("valid template"),
    );
    bar.set_message(message.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// Text wrapped at [`LINE`] characters; continuation lines start with `indent` spaces.
pub fn wrap(text: &str, first: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = first;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if col > indent && col + 1 + len > LINE {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if !out.is_empty() {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

/// The longest line the human output aims for.
pub const LINE: usize = 100;

/// Print a certificate: JSON, or a human summary (readable enclosures; full endpoints with
/// `--full` or `-v`).
pub fn print_certificate(cert: &Certificate, json: bool) {
    if json {
        print_json(cert);
        return;
    }
    outln!("claim     {} ({} backend)", cert.claim, cert.backend);
    let verified = if cert.reason.is_empty() {
        cert.verified.to_string()
    } else {
        format!("{} — {}", cert.verified, cert.reason)
    };
    outln!("verified  {}", wrap(&verified, 10, 10));
    print_quantities(&serde_json::to_value(&cert.quantities).expect("serialisable"));
    note!("time      {:.3} s", cert.elapsed_s);
}

/// An enclosure as text: readable (`value ± r`), or the exact endpoints with `--full`/`-v`.
pub fn enclosure_text(e: &Enclosure) -> String {
    if !full() {
        format_enclosure_readable(e)
    } else if e.lo == e.hi {
        e.lo.clone()
    } else {
        format!("[{}, {}]", e.lo, e.hi)
    }
}

/// One quantity as text: a readable enclosure (full endpoints with `--full`), a bool, a label.
fn quantity_text(q: &Quantity) -> String {
    let enclosure = enclosure_text;
    match q {
        Quantity::Enclosure(e) => enclosure(e),
        Quantity::Bool(b) => b.to_string(),
        Quantity::Label(l) => l.clone(),
        Quantity::Array(items) => items
            .iter()
            .map(enclosure)
            .collect::<Vec<_>>()
            .join(&format!("\n  {:<20} ", "")),
    }
}

/// Print `name  value` lines for a JSON map of quantities.
pub fn print_quantities(quantities: &serde_json::Value) {
    let Some(map) = quantities.as_object() else {
        return;
    };
    for (name, q) in map {
        let text = match serde_json::from_value::<Quantity>(q.clone()) {
            Ok(q) => quantity_text(&q),
            Err(_) => q.to_string(),
        };
        outln!("  {name:<20} {text}");
    }
}

/// The enclosure `[lo, hi]` as a person reads it: `v ± r`, where the last digit of `v` sits at
/// the decimal position of the width `hi − lo` (so `v` shows the digits the enclosure proves,
/// at most 30 significant ones) and `r` is `max(v − lo, hi − v)` rounded up to two significant
/// digits, so `[v − r, v + r] ⊇ [lo, hi]` always holds. An exact value (`lo == hi`) prints
/// exactly when it is short, else as `≈ v` with 20 significant digits. Endpoints that are not
/// exact numbers print as `[lo, hi]`.
///
/// ```
/// use eoscert::certificate::Enclosure;
/// use eoscert::cli::format_enclosure_readable;
/// let e = Enclosure { lo: "0.2498266631696714471".into(), hi: "0.2498266631696714483".into() };
/// assert_eq!(format_enclosure_readable(&e), "0.249826663169671448 ± 9.0e-19");
/// ```
pub fn format_enclosure_readable(e: &Enclosure) -> String {
    readable_at_most(e, READABLE_DIGITS)
}

/// [`format_enclosure_readable`] with at most `digits` significant digits in the value (the
/// radius grows to keep `[v − r, v + r] ⊇ [lo, hi]`).
pub fn readable_at_most(e: &Enclosure, digits: i64) -> String {
    match (parse_rational(&e.lo), parse_rational(&e.hi)) {
        (Ok(lo), Ok(hi)) if lo <= hi => readable(&lo, &hi, digits),
        _ => format!("[{}, {}]", e.lo, e.hi),
    }
}

/// Significant digits shown at most for an enclosure's value.
pub(crate) const READABLE_DIGITS: i64 = 30;

/// See [`format_enclosure_readable`]; at most `max_digits` significant digits.
pub(crate) fn readable(lo: &BigRational, hi: &BigRational, max_digits: i64) -> String {
    if lo == hi {
        let exact = format_exact(lo);
        if exact.len() <= max_digits as usize + 2 {
            return exact;
        }
        let e = decimal_exponent(lo) - (max_digits.min(20) - 1);
        return format!("≈ {}", scaled_decimal(&round_scaled(lo, e), e));
    }
    let width = hi - lo;
    let mid = (lo + hi) / BigRational::from_integer(2.into());
    let mut e = decimal_exponent(&width);
    if !mid.is_zero() {
        e = e.max(decimal_exponent(&mid) - (max_digits - 1));
    }
    let n = round_scaled(&mid, e);
    let v = BigRational::from_integer(n.clone()) * pow10(e);
    let r = (&v - lo).max(hi - &v);
    // r > 0: v cannot equal both endpoints. Two significant digits, rounded up.
    let f = decimal_exponent(&r) - 1;
    let digits = (r / pow10(f)).ceil().to_integer();
    format!(
        "{} ± {}",
        scaled_decimal(&n, e),
        short_scientific(&digits, f)
    )
}

/// `10^k` exactly.
fn pow10(k: i64) -> BigRational {
    let p = BigRational::from_integer(num_traits::pow(BigInt::from(10), k.unsigned_abs() as usize));
    if k >= 0 { p } else { p.recip() }
}

/// The decimal exponent `e` with `10^e ≤ |q| < 10^(e+1)`, for `q ≠ 0`.
fn decimal_exponent(q: &BigRational) -> i64 {
    let q = q.abs();
    let mut e =
        ((q.numer().bits() as f64 - q.denom().bits() as f64) * std::f64::consts::LOG10_2) as i64;
    while pow10(e) > q {
        e -= 1;
    }
    while pow10(e + 1) <= q {
        e += 1;
    }
    e
}

/// The integer nearest to `q / 10^e` (ties away from zero).
fn round_scaled(q: &BigRational, e: i64) -> BigInt {
    (q / pow10(e)).round().to_integer()
}

/// `n·10^e` in decimal: fixed notation for magnitudes in [10⁻⁵, 10¹⁶), otherwise `d.ddde±x`.
/// Every digit of `n` is printed (they are the digits the enclosure proves).
fn scaled_decimal(n: &BigInt, e: i64) -> String {
    let sign = if n.is_negative() { "-" } else { "" };
    let digits = n.abs().to_string();
    let lead = digits.len() as i64 - 1 + e;
    if n.is_zero() {
        return if e >= 0 {
            "0".into()
        } else {
            format!("0.{}", "0".repeat((-e) as usize))
        };
    }
    if !(-5..16).contains(&lead) {
        let (first, rest) = digits.split_at(1);
        let point = if rest.is_empty() { "" } else { "." };
        return format!("{sign}{first}{point}{rest}e{lead}");
    }
    if e >= 0 {
        return format!("{sign}{digits}{}", "0".repeat(e as usize));
    }
    let k = (-e) as usize;
    let padded = format!(
        "{}{digits}",
        "0".repeat((k + 1).saturating_sub(digits.len()))
    );
    let (int, frac) = padded.split_at(padded.len() - k);
    format!("{sign}{int}.{frac}")
}

/// `m·10^f` for a two-digit `m` (10 ≤ m ≤ 100) as `d.de±x`.
fn short_scientific(m: &BigInt, f: i64) -> String {
    let text = m.to_string();
    if text.len() > 2 {
        return format!("1.0e{}", f + 2);
    }
    let (a, b) = text.split_at(1);
    format!("{a}.{b}e{}", f + 1)
}

/// Significant digits of a value in the `prove` table (the certificate has them all).
const TABLE_DIGITS: i64 = 16;

/// The headline quantity of a claim kind for the `prove` table: the first of these present.
const HEADLINES: &[&str] = &[
    "t_loss_all_time",
    "t_loss",
    "eta_flip",
    "s_plus",
    "sharpness_limit",
    "lambda_limit",
    "rate",
    "rho",
    "escape_step",
];

/// The summary table of `eoscert prove`: one line per claim with its headline quantity in
/// aligned columns, then the count (on stderr).
pub fn print_summary(results: &[(String, Certificate)]) {
    let rows: Vec<[String; 6]> = results
        .iter()
        .map(|(name, c)| {
            let (quantity, value) = if c.verified {
                headline(c)
            } else {
                ("reason".into(), c.reason.clone())
            };
            [
                name.trim_end_matches(".toml").to_string(),
                c.claim.clone(),
                if c.verified { "yes" } else { "NO" }.into(),
                format!("{:.2}", c.elapsed_s),
                quantity,
                value,
            ]
        })
        .collect();
    let header = [
        "claim file",
        "kind",
        "verified",
        "time/s",
        "quantity",
        "value",
    ];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].len()])
            .max()
            .unwrap_or(0)
    };
    let w: Vec<usize> = (0..5).map(width).collect();
    let line = |r: &[String]| {
        let mut text = format!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {:>w3$}  {:<w4$}  ",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3],
            w4 = w[4]
        );
        text.push_str(&r[5]);
        text
    };
    let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    outln!("{}", line(&head));
    for r in &rows {
        outln!("{}", line(r));
    }
    let ok = results.iter().filter(|(_, c)| c.verified).count();
    note!("{ok}/{} claims verified", results.len());
}

/// The headline quantity of a certificate (name, readable value), the `regime` label first if
/// there is one.
fn headline(c: &Certificate) -> (String, String) {
    let regime = match c.quantities.get("regime") {
        Some(Quantity::Label(r)) => format!("regime {r}"),
        _ => String::new(),
    };
    let chosen = HEADLINES
        .iter()
        .find_map(|&n| c.quantities.get_key_value(n))
        .or_else(|| {
            c.quantities
                .iter()
                .find(|(_, q)| matches!(q, Quantity::Enclosure(_)))
        });
    match chosen {
        Some((name, q)) => {
            let value = match q {
                Quantity::Enclosure(e) if !full() => readable_at_most(e, TABLE_DIGITS),
                q => quantity_text(q),
            };
            if regime.is_empty() {
                (name.clone(), value)
            } else {
                (name.clone(), format!("{value}, {regime}"))
            }
        }
        None => ("regime".into(), regime),
    }
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
    use super::{one_line, readable};
    use crate::arith::parse_rational;
    use num_rational::BigRational;
    use num_traits::Signed;

    /// `v ± r` read back exactly.
    fn read_back(text: &str) -> (BigRational, BigRational) {
        let (v, r) = text.split_once(" ± ").expect("v ± r");
        (parse_rational(v).unwrap(), parse_rational(r).unwrap())
    }

    /// Against exact rationals: `[v − r, v + r]` contains `[lo, hi]`, `r` is at most about the
    /// width plus one unit of the last printed digit, and at most 30 significant digits print.
    #[test]
    fn readable_enclosures_contain_the_enclosure_and_stay_short() {
        let q = |s: &str| parse_rational(s).unwrap();
        let cases = [
            ("0.2498266631696714471", "0.2498266631696714483"),
            ("-1.5", "-1.4999999"),
            ("-1e-9", "2e-9"),
            ("123456789.123", "123456789.125"),
            ("1e-300", "1.0000001e-300"),
            ("7e40", "7.00001e40"),
            ("1/3", "1/3 + 1e-200"),
            ("0", "1e-70"),
        ];
        for (lo, hi) in cases {
            let lo = q(lo);
            let hi = if let Some((a, b)) = hi.split_once(" + ") {
                q(a) + q(b)
            } else {
                q(hi)
            };
            let text = readable(&lo, &hi, 30);
            let (v, r) = read_back(&text);
            assert!(
                &v - &r <= lo && hi <= &v + &r,
                "{text} does not contain [{lo}, {hi}]"
            );
            let w = &hi - &lo;
            assert!(
                r <= w * BigRational::from_integer(11.into()) + &v.abs() * q("1e-28"),
                "{text}"
            );
            let digits = text
                .split(' ')
                .next()
                .unwrap()
                .chars()
                .filter(char::is_ascii_digit);
            assert!(digits.count() <= 36, "{text}");
            assert!(text.len() <= 60, "{text}");
        }
    }

    #[test]
    fn readable_points_print_exactly_when_short() {
        let q = |s: &str| parse_rational(s).unwrap();
        assert_eq!(readable(&q("5"), &q("5"), 30), "5");
        assert_eq!(readable(&q("1.17"), &q("1.17"), 30), "1.17");
        assert_eq!(readable(&q("1/3"), &q("1/3"), 30), "1/3");
        let long = q("1/3") + q("1e-100");
        assert_eq!(readable(&long, &long, 30), "≈ 0.33333333333333333333");
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
