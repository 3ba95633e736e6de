//! Argument groups and value parsers shared by the subcommands: one vocabulary everywhere.
//!
//! - step counts accept scientific notation (`--steps 1e7`) through [`count`];
//! - the backend is parsed once into [`Backend`] by [`backend`], the SGD sampler into
//!   [`SamplerKind`] by [`sampler`];
//! - ranges are `LO:HI` or `LO:HI:N` ([`Range`]);
//! - lists are comma separated (`--init 1.25,0.85`), each entry parsed exactly;
//! - numbers that may be negative are accepted as values (`--init -1,2`, `--f0 -0.5`).

use std::path::{Path, PathBuf};

use clap::Args;
use num_rational::BigRational;
use num_traits::ToPrimitive;

use super::output::{self, Exit};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certificate::Certificate;
use crate::model::diagonal::SamplerKind;

/// `--backend`: the value parser into [`Backend`].
///
/// # Errors
/// The parse error's text (clap adds the flag).
pub fn backend(text: &str) -> Result<Backend, String> {
    text.parse::<Backend>().map_err(|e| message(&e))
}

/// `--sampler`: the value parser into [`SamplerKind`] (`reshuffle` or `with-replacement`).
///
/// # Errors
/// The parse error's text (clap adds the flag).
pub fn sampler(text: &str) -> Result<SamplerKind, String> {
    SamplerKind::parse(text).map_err(|e| e.to_string())
}

/// A step count: a whole number, also written in scientific notation (`1e7`, `2.5e6`).
///
/// # Errors
/// If `text` is not a non-negative whole number below 2⁶⁴.
pub fn count(text: &str) -> Result<u64, String> {
    let q = parse_rational(text).map_err(|e| message(&e))?;
    if !q.is_integer() {
        return Err(format!("{text}: expected a whole number"));
    }
    q.to_integer()
        .to_u64()
        .ok_or_else(|| format!("{text}: expected a whole number in 0..2^64"))
}

/// A count of points or items, written like a step count (`1e5`).
///
/// # Errors
/// If `text` is not a non-negative whole number that fits in `usize`.
pub fn count_usize(text: &str) -> Result<usize, String> {
    usize::try_from(count(text)?).map_err(|_| format!("{text}: too large"))
}

/// An exact number (decimal, `p/q` or scientific notation), checked when the arguments are
/// parsed.
///
/// # Errors
/// If `text` is not a finite number.
pub fn exact(text: &str) -> Result<BigRational, String> {
    parse_rational(text).map_err(|e| message(&e))
}

/// A range `LO:HI` or `LO:HI:N` of exact numbers (N points).
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    /// The lower end.
    pub lo: BigRational,
    /// The upper end (≥ `lo`).
    pub hi: BigRational,
    /// The number of points, if given.
    pub points: Option<usize>,
}

/// `LO:HI` or `LO:HI:N`, with `LO ≤ HI` and `N ≥ 1`.
///
/// # Errors
/// Which part is malformed.
pub fn range(text: &str) -> Result<Range, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let (lo, hi, n) = match parts[..] {
        [lo, hi] => (lo, hi, None),
        [lo, hi, n] => (lo, hi, Some(n)),
        _ => return Err(format!("{text:?}: expected LO:HI or LO:HI:N")),
    };
    let lo = parse_rational(lo.trim()).map_err(|e| format!("LO: {}", message(&e)))?;
    let hi = parse_rational(hi.trim()).map_err(|e| format!("HI: {}", message(&e)))?;
    if lo > hi {
        return Err(format!("{text:?}: need LO ≤ HI"));
    }
    let points = n
        .map(|n| match count(n.trim()) {
            Ok(k) if k >= 1 => usize::try_from(k).map_err(|_| format!("N = {n}: too large")),
            _ => Err(format!("N = {n:?}: expected a whole number ≥ 1")),
        })
        .transpose()?;
    Ok(Range { lo, hi, points })
}

/// The text of a library error without its field name (clap and the callers add the flag).
pub fn message(e: &Error) -> String {
    match e {
        Error::Field { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// The command-line spelling of a claim-file field: `max_steps` → `--max-steps`,
/// `model.depth` → `--depth`, `model.kind` → `--model`.
pub fn flag(field: &str) -> String {
    if field == "model.kind" {
        return "--model".into();
    }
    let key = field.rsplit('.').next().unwrap_or(field);
    format!("--{}", key.replace('_', "-"))
}

/// An error of the library as the command line shows it: a field error names the flag.
pub fn render(e: &Error) -> String {
    match e {
        Error::Field { field, message } => format!("{}: {message}", flag(field)),
        other => other.to_string(),
    }
}

/// Output of the commands that prove one claim: `--json` and `--out FILE`.
#[derive(Clone, Debug, Args)]
pub struct CertOutput {
    /// Print the certificate as JSON instead of the human summary.
    #[arg(long)]
    pub json: bool,
    /// Also write the certificate (JSON, for `eoscert check`) to this file; the file is
    /// created before the work starts, so a bad path fails at once.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

impl CertOutput {
    /// Create the `--out` file now, before any work.
    ///
    /// # Errors
    /// [`Error::Io`] if it cannot be created (a missing folder, say).
    pub fn prepare(&self) -> Result<(), Error> {
        self.out.as_deref().map_or(Ok(()), create_file)
    }

    /// Write the certificate to `--out`, print it, and return its exit status.
    ///
    /// # Errors
    /// [`Error::Io`] if the file cannot be written.
    pub fn finish(&self, cert: &Certificate) -> Result<Exit, Error> {
        if let Some(path) = &self.out {
            output::write_json(path, cert)?;
        }
        output::print_certificate(cert, self.json);
        Ok(Exit::of(cert))
    }
}

/// Create (or truncate) an output file before the work starts, so that a path in a missing
/// folder fails at once instead of after minutes of work.
///
/// # Errors
/// [`Error::Io`] naming the path.
pub fn create_file(path: &Path) -> Result<(), Error> {
    std::fs::File::create(path)
        .map(drop)
        .map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })
}

/// Create an output folder (and its parents) before the work starts.
///
/// # Errors
/// [`Error::Io`] naming the path.
pub fn create_dir(path: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Create every given output file before the work starts.
///
/// # Errors
/// [`Error::Io`] for the first that cannot be created.
pub fn create_files(paths: &[&Option<PathBuf>]) -> Result<(), Error> {
    paths
        .iter()
        .filter_map(|p| p.as_deref())
        .try_for_each(create_file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_accept_scientific_notation() {
        assert_eq!(count("1e7"), Ok(10_000_000));
        assert_eq!(count("2.5e3"), Ok(2500));
        assert_eq!(count("12"), Ok(12));
        assert!(count("1.5").is_err());
        assert!(count("-3").is_err());
        assert!(count("1e30").is_err());
    }

    #[test]
    fn ranges_have_one_syntax() {
        let r = range("0.5:1.5:11").unwrap();
        assert_eq!((r.points, r.lo < r.hi), (Some(11), true));
        assert_eq!(range("-1:2").unwrap().points, None);
        assert!(range("2:1").is_err());
        assert!(range("0.5:nan").unwrap_err().starts_with("HI"));
        assert!(range("1:2:0").is_err());
        assert!(range("1").is_err());
    }

    #[test]
    fn flags_are_spelled_from_fields() {
        assert_eq!(flag("max_steps"), "--max-steps");
        assert_eq!(flag("model.depth"), "--depth");
        let e = Error::field("steps", "at most 10");
        assert_eq!(render(&e), "--steps: at most 10");
        assert_eq!(e.to_string(), "steps: at most 10");
    }
}
