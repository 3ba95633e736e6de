//! `eoscert tamper`: the tamper report of [`crate::certificate::tamper`].

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;

use super::output::{self, Exit, outln};
use crate::Error;
use crate::certificate::tamper::{self, Category, Outcome, Tally};
use crate::claims::{ClaimFile, DEFAULT_CLAIMS};

/// Arguments of `eoscert tamper`.
#[derive(Debug, Args)]
pub struct TamperArgs {
    /// Certificate files (JSON); default: prove the embedded default claims and use theirs.
    files: Vec<PathBuf>,
    /// Try at most N mutations inside `evidence` per certificate, evenly spaced (every other
    /// mutation is always tried); default: all.
    #[arg(long, value_name = "N")]
    max_evidence: Option<usize>,
    /// Worker threads (default: the number of CPUs).
    #[arg(long, value_name = "N", visible_alias = "jobs")]
    threads: Option<usize>,
    /// List every accepted mutation (by default the evidence, widening and metadata ones are
    /// grouped by path).
    #[arg(long)]
    list_all: bool,
}

/// Run the report; exit 1 if any contradicting mutation was accepted (a checker bug).
///
/// # Errors
/// [`Error::BadInput`] if a file cannot be read, is not JSON, or is not accepted unmutated.
pub fn run(args: TamperArgs) -> Result<Exit, Error> {
    let started = Instant::now();
    let certs = load(&args)?;
    let jobs = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if jobs == 0 || jobs > 256 {
        return Err(Error::field("threads", "expected 1..=256"));
    }
    let name_w = certs
        .iter()
        .map(|(n, _)| n.len())
        .max()
        .unwrap_or(11)
        .max(11);
    outln!(
        "{:<name_w$} {:>6} {:>8}  accepted: {}  skipped",
        "certificate",
        "tried",
        "rejected",
        Category::ALL
            .map(|c| format!("{:>5}", &c.name()[..5]))
            .join(" ")
    );
    let mut total = Tally::default();
    let mut skipped_total = 0;
    let mut accepted: Vec<(String, Outcome)> = Vec::new();
    for (name, cert) in &certs {
        let (list, skipped) = tamper::select(tamper::mutations(cert), args.max_evidence);
        let bar = output::progress(list.len() as u64, false);
        bar.set_message(name.clone());
        let outcomes = tamper::run(cert, list, jobs, &|| bar.inc(1));
        bar.finish_and_clear();
        let tally = Tally::of(&outcomes);
        let (tried, rejected) = tally.total();
        outln!(
            "{name:<name_w$} {tried:>6} {rejected:>8}            {}  {skipped:>7}",
            Category::ALL
                .map(|c| {
                    let (t, r) = tally.get(c);
                    format!("{:>5}", t - r)
                })
                .join(" ")
        );
        total.merge(&tally);
        skipped_total += skipped;
        accepted.extend(
            outcomes
                .into_iter()
                .filter(|o| o.accepted)
                .map(|o| (name.clone(), o)),
        );
    }
    outln!();
    outln!(
        "{:<14} {:>7} {:>9} {:>9}",
        "category",
        "tried",
        "rejected",
        "accepted"
    );
    for c in Category::ALL {
        let (t, r) = total.get(c);
        outln!("{:<14} {t:>7} {r:>9} {:>9}", c.name(), t - r);
    }
    let (t, r) = total.total();
    outln!("{:<14} {t:>7} {r:>9} {:>9}", "all", t - r);
    outln!(
        "{} certificates, {skipped_total} evidence mutations skipped (--max-evidence), {:.1} s",
        certs.len(),
        started.elapsed().as_secs_f64()
    );
    let mut grouped: BTreeMap<(Category, String, String), usize> = BTreeMap::new();
    for (name, o) in &accepted {
        let m = &o.mutation;
        let individual = args.list_all
            || matches!(
                m.category,
                Category::Contradicting | Category::Narrowing | Category::Instance
            );
        if individual {
            outln!("accepted [{}] {name}: {m}", m.category.name());
        } else {
            *grouped
                .entry((m.category, m.pattern(), m.kind.clone()))
                .or_default() += 1;
        }
    }
    for ((c, pattern, kind), n) in grouped {
        outln!("accepted [{}] {n} × {pattern} {kind}", c.name());
    }
    Ok(
        if total.get(Category::Contradicting).0 == total.get(Category::Contradicting).1 {
            Exit::Verified
        } else {
            Exit::NotVerified
        },
    )
}

/// The certificates as JSON values, each accepted by the checker unmutated.
fn load(args: &TamperArgs) -> Result<Vec<(String, serde_json::Value)>, Error> {
    let mut certs = Vec::new();
    if args.files.is_empty() {
        let bar = output::progress(DEFAULT_CLAIMS.len() as u64, false);
        for (name, text) in DEFAULT_CLAIMS {
            bar.set_message(name.to_string());
            bar.inc(1);
            let cert = ClaimFile::parse(name, text)?
                .run(&mut |_| {})
                .map_err(|e| Error::BadInput(format!("{name}: {e}")))?;
            let value = serde_json::to_value(&cert).expect("serialisable");
            certs.push((name.trim_end_matches(".toml").to_string(), value));
        }
        bar.finish_and_clear();
    } else {
        for path in &args.files {
            let text = std::fs::read(path).map_err(|source| Error::Io {
                path: path.display().to_string(),
                source,
            })?;
            let value: serde_json::Value = serde_json::from_slice(&text)
                .map_err(|e| Error::BadInput(format!("{}: not JSON: {e}", path.display())))?;
            let name = path.file_stem().map_or_else(
                || path.display().to_string(),
                |s| s.to_string_lossy().into(),
            );
            certs.push((name, value));
        }
    }
    for (name, value) in &certs {
        tamper::accepts(value.clone()).map_err(|why| {
            Error::BadInput(format!(
                "{name}: the unmutated certificate is not accepted ({why}); tamper needs verified certificates"
            ))
        })?;
    }
    Ok(certs)
}
