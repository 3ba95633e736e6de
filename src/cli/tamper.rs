//! `eoscert tamper`: the tamper report of [`crate::certificate::tamper`].

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;

use super::output::{self, Exit, outln};
use crate::Error;
use crate::certificate::check::budget::Budget;
use crate::certificate::tamper::{self, Category, Class, ClassTally, Outcome, Tally};
use crate::claims::{ClaimFile, DEFAULT_CLAIMS};

/// Arguments of `eoscert tamper`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::TAMPER)]
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
    /// Time budget per mutated certificate's check, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = DEFAULT_BUDGET, allow_hyphen_values = true)]
    budget: f64,
    /// The mutation classes to try (comma-separated: single-edit, added, duplicate-key,
    /// free-text, coordinated, extreme); default: all.
    #[arg(long, value_name = "LIST", value_delimiter = ',', value_parser = class_name)]
    classes: Vec<Class>,
    /// Write every mutation with its verdict and check time as CSV (certificate, class,
    /// category, path, kind, status, seconds).
    #[arg(long, value_name = "FILE")]
    times: Option<PathBuf>,
    /// Try only shard I of N (0-based): the mutations at positions ≡ I (mod N) of the job's
    /// enumeration (every certificate's list, in order, one after the other). The report
    /// counts this shard's mutations; the `--times` rows of the N shards together are the
    /// unsharded run's rows (check times aside).
    #[arg(long, value_name = "I/N")]
    shard: Option<crate::shard::Shard>,
}

/// The default `--budget` of `tamper`: shorter than `check`'s, since the report runs thousands
/// of checks and every honest default certificate checks in a few seconds.
const DEFAULT_BUDGET: f64 = 20.0;

fn class_name(s: &str) -> Result<Class, String> {
    Class::ALL
        .into_iter()
        .find(|c| c.name() == s)
        .ok_or_else(|| {
            format!(
                "unknown class {s:?} (expected one of {})",
                Class::ALL.map(Class::name).join(", ")
            )
        })
}

/// The `--times` CSV file with its header, if asked for.
fn open_times(args: &TamperArgs) -> Result<Option<std::io::BufWriter<std::fs::File>>, Error> {
    let Some(path) = &args.times else {
        return Ok(None);
    };
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::File::create(path).map_err(io)?;
    let mut w = std::io::BufWriter::new(file);
    writeln!(w, "certificate,class,category,path,kind,status,seconds").map_err(io)?;
    Ok(Some(w))
}

/// One certificate's mutations of the chosen classes (evidence edits sampled by
/// `--max-evidence`), and the number of evidence edits skipped. Positions `first..` of the
/// job's enumeration; only those `shard` owns are kept.
fn mutation_list(
    cert: &serde_json::Value,
    args: &TamperArgs,
    classes: &[Class],
    shard: crate::shard::Shard,
    first: usize,
) -> (Vec<tamper::Mutation>, usize, usize) {
    let (mut list, skipped) = if classes.contains(&Class::Edit) {
        tamper::select(tamper::mutations(cert), args.max_evidence)
    } else {
        (Vec::new(), 0)
    };
    list.extend(
        tamper::adversarial(cert)
            .into_iter()
            .filter(|m| classes.contains(&m.class)),
    );
    let n = list.len();
    let list = list
        .into_iter()
        .enumerate()
        .filter(|(k, _)| shard.owns(first + k))
        .map(|(_, m)| m)
        .collect();
    (list, skipped, n)
}

/// The table of tried / rejected / accepted mutations per category.
fn print_categories(total: &Tally) {
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
}

/// The table per class, and the share of must-reject mutations rejected. Returns the number
/// of must-reject mutations accepted.
fn print_classes(by_class: &[ClassTally], budget: f64) -> usize {
    outln!();
    outln!(
        "{:<14} {:>9} {:>9} {:>14} {:>15} {:>12} {:>11}",
        "class",
        "mutations",
        "rejected",
        "accepted-true",
        "accepted-FALSE",
        "over-budget",
        "max-time/s"
    );
    for (t, c) in by_class.iter().zip(Class::ALL) {
        if t.tried > 0 {
            outln!(
                "{:<14} {:>9} {:>9} {:>14} {:>15} {:>12} {:>11.2}",
                c.name(),
                t.tried,
                t.rejected,
                t.accepted_true,
                t.accepted_false,
                t.over_budget,
                t.max_seconds
            );
        }
    }
    let false_total: usize = by_class.iter().map(|t| t.accepted_false).sum();
    let must_total: usize = by_class.iter().map(|t| t.must_reject).sum();
    outln!(
        "must be rejected: {must_total}, of which rejected: {} ({}); budget {} s per check",
        must_total - false_total,
        if must_total == 0 {
            "none".to_string()
        } else {
            format!(
                "{:.1}%",
                100.0 * (must_total - false_total) as f64 / must_total as f64
            )
        },
        budget
    );
    false_total
}

/// The accepted mutations: individually the single edits that may make the claim false (all
/// with `--list-all`), the others grouped by path pattern.
fn print_accepted(accepted: &[(String, Outcome)], list_all: bool) {
    let mut grouped: BTreeMap<(Category, String, String), usize> = BTreeMap::new();
    for (name, o) in accepted {
        let m = &o.mutation;
        let individual = list_all
            || matches!(
                m.category,
                Category::Contradicting | Category::Narrowing | Category::Instance
            ) && m.class == Class::Edit;
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
}

/// The report's header line (column names).
fn print_header(name_w: usize) {
    outln!(
        "{:<name_w$} {:>6} {:>8}  accepted: {}  skipped",
        "certificate",
        "tried",
        "rejected",
        Category::ALL
            .map(|c| format!("{:>5}", &c.name()[..5]))
            .join(" ")
    );
}

/// One certificate's line: tried, rejected, accepted per category, skipped.
fn print_certificate(name: &str, name_w: usize, tally: &Tally, skipped: usize) {
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
}

/// Run the report; exit 1 if any contradicting mutation was accepted (a checker bug).
///
/// # Errors
/// [`Error::BadInput`] if a file cannot be read, is not JSON, or is not accepted unmutated.
pub fn run(args: TamperArgs) -> Result<Exit, Error> {
    let started = Instant::now();
    let budget = Budget::seconds(args.budget).ok_or_else(|| {
        Error::BadInput(format!(
            "--budget {}: expected a number of seconds > 0",
            args.budget
        ))
    })?;
    let classes: Vec<Class> = if args.classes.is_empty() {
        Class::ALL.to_vec()
    } else {
        args.classes.clone()
    };
    let mut times = open_times(&args)?;
    let times_error = |source| Error::Io {
        path: args
            .times
            .as_ref()
            .map_or_else(String::new, |p| p.display().to_string()),
        source,
    };
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
    print_header(name_w);
    let mut total = Tally::default();
    let mut by_class = [ClassTally::default(); Class::ALL.len()];
    let mut skipped_total = 0;
    let mut accepted: Vec<(String, Outcome)> = Vec::new();
    let shard = args.shard.unwrap_or_default();
    // Position of the current certificate's first mutation in the job's enumeration.
    let mut offset = 0usize;
    for (name, cert) in &certs {
        let (list, skipped, n) = mutation_list(cert, &args, &classes, shard, offset);
        offset += n;
        let bar = output::progress(list.len() as u64, false);
        bar.set_message(name.clone());
        let outcomes = tamper::run(cert, list, jobs, budget, &|| bar.inc(1));
        bar.finish_and_clear();
        for (t, c) in by_class.iter_mut().zip(Class::ALL) {
            t.merge(&ClassTally::of(&outcomes, c));
        }
        if let Some(w) = times.as_mut() {
            write_times(w, name, &outcomes).map_err(times_error)?;
        }
        let tally = Tally::of(&outcomes);
        print_certificate(name, name_w, &tally, skipped);
        total.merge(&tally);
        skipped_total += skipped;
        accepted.extend(
            outcomes
                .into_iter()
                .filter(|o| o.accepted)
                .map(|o| (name.clone(), o)),
        );
    }
    print_categories(&total);
    let false_total = print_classes(&by_class, args.budget);
    outln!(
        "{} certificates, {skipped_total} evidence mutations skipped (--max-evidence), {:.1} s",
        certs.len(),
        started.elapsed().as_secs_f64()
    );
    if !shard.is_all() {
        outln!(
            "shard {shard}: {} of the job's {offset} mutations",
            total.total().0
        );
    }
    print_accepted(&accepted, args.list_all);
    if let Some(mut w) = times {
        w.flush().map_err(times_error)?;
    }
    Ok(if false_total == 0 {
        Exit::Verified
    } else {
        Exit::NotVerified
    })
}

/// One CSV row per outcome (see `--times`).
fn write_times(w: &mut impl Write, name: &str, outcomes: &[Outcome]) -> std::io::Result<()> {
    for o in outcomes {
        let m = &o.mutation;
        let status = if o.accepted {
            "accepted"
        } else if o.over_budget {
            "over-budget"
        } else {
            "rejected"
        };
        writeln!(
            w,
            "{name},{},{},\"{}\",\"{}\",{status},{:.4}",
            m.class.name(),
            m.category.name(),
            m.path().replace('"', "'"),
            m.kind,
            o.seconds
        )?;
    }
    Ok(())
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
