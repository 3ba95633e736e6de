//! Printing: certificates, tables, CSV, progress bars, exit codes.

use std::io::Write;
use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};

use crate::Error;
use num_rational::BigRational;
use num_traits::ToPrimitive;

use crate::arith::parse_rational;
use crate::certificate::{Certificate, Quantity};
use crate::certify::trajectory::Observation;

/// The documented exit statuses, ordered by severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// 0: every claim verified.
    Verified = 0,
    /// 1: some claim not verified (or a certificate rejected).
    NotVerified = 1,
    /// 2: bad input or an error.
    Error = 2,
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
    use super::one_line;

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
