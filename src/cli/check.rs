//! `eoscert check`: re-verify certificate files with the independent checker, in parallel, each
//! within a time budget; one line (or one JSON object) per file and a summary.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use clap::Args;

use super::output::{self, Exit};
use crate::Error;
use crate::arith::parse_rational;
use crate::certificate::check::budget::{self, Budget};
use crate::certificate::check::{CheckFailure, check_with_budget};
use crate::certificate::{Certificate, Quantity};

/// Arguments of `eoscert check`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::CHECK)]
pub struct CheckArgs {
    /// Certificate files (JSON).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Time budget per certificate, in seconds: a check that would take longer stops and the
    /// file is reported `over budget` (exit status 3).
    #[arg(long, value_name = "SECONDS", default_value_t = budget::DEFAULT_SECONDS, allow_hyphen_values = true)]
    budget: f64,
    /// Worker threads (default: the number of CPUs).
    #[arg(long, value_name = "N", visible_alias = "jobs")]
    threads: Option<usize>,
    /// JSON Lines on stdout: one object per file (path, status, claim, reason, seconds,
    /// headline), no summary line.
    #[arg(long)]
    json: bool,
    /// Check only shard I of N (0-based) of a verified `basin-map` certificate: the
    /// replays and image proofs of the cells in the level-0 cells at positions ≡ I (mod N),
    /// and everything cheap in full. The certificate is verified when all N shards pass.
    #[arg(long, value_name = "I/N")]
    shard: Option<crate::shard::Shard>,
}

/// The verdict on one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// Verified, and the checker re-established every claimed quantity.
    Ok,
    /// Well formed, but the certificate itself does not claim verification.
    NotVerified,
    /// A check failed.
    Rejected,
    /// The check would exceed the budget.
    OverBudget,
    /// Not readable, or not a certificate.
    Unreadable,
}

impl Status {
    fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::NotVerified => "not-verified",
            Status::Rejected => "rejected",
            Status::OverBudget => "over-budget",
            Status::Unreadable => "unreadable",
        }
    }

    fn exit(self) -> Exit {
        match self {
            Status::Ok => Exit::Verified,
            Status::NotVerified | Status::Rejected => Exit::NotVerified,
            Status::OverBudget => Exit::OverBudget,
            Status::Unreadable => Exit::Error,
        }
    }
}

/// The outcome of checking one file.
#[derive(Debug)]
struct FileOutcome {
    status: Status,
    claim: Option<String>,
    /// The headline quantity: name and exact endpoints as written.
    headline: Option<(String, String, String)>,
    /// Why it is not `ok` (one line).
    reason: Option<String>,
    /// What the checker re-established (`--verbose`).
    details: Vec<String>,
    seconds: f64,
}

/// Quantities shown on a file's line, in order of preference (the first present enclosure;
/// otherwise the first enclosure by name).
const HEADLINES: &[&str] = &[
    "t_loss",
    "sharpness_limit",
    "lambda_limit",
    "rho",
    "eta_flip",
    "s_plus",
    "loss",
    "escape_step",
];

fn headline(cert: &Certificate) -> Option<(String, String, String)> {
    let enclosure = |name: &str| match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => Some((name.to_string(), e.lo.clone(), e.hi.clone())),
        _ => None,
    };
    HEADLINES
        .iter()
        .find_map(|n| enclosure(n))
        .or_else(|| cert.quantities.keys().find_map(|n| enclosure(n.as_str())))
}

fn check_one(path: &Path, budget: Budget, shard: Option<crate::shard::Shard>) -> FileOutcome {
    let start = Instant::now();
    let unreadable = |message: String| FileOutcome {
        status: Status::Unreadable,
        claim: None,
        headline: None,
        reason: Some(output::one_line(&format!("{}: {message}", path.display()))),
        details: Vec::new(),
        seconds: start.elapsed().as_secs_f64(),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return unreadable(e.to_string()),
    };
    let cert: Certificate = match eoscert_check::read::read(&text) {
        Ok(c) => c,
        Err(e) => return unreadable(e.to_string()),
    };
    let result = match shard {
        Some(s) => crate::certificate::check::check_shard_with_budget(
            &cert,
            budget,
            u64::from(s.index()),
            u64::from(s.count()),
        ),
        None => check_with_budget(&cert, budget),
    };
    let (status, reason, details) = match result {
        Ok(report) if report.verified => (Status::Ok, None, report.details),
        Ok(report) => (
            Status::NotVerified,
            Some(output::one_line(&cert.reason)),
            report.details,
        ),
        Err(f @ CheckFailure::OverBudget(_)) => (
            Status::OverBudget,
            Some(output::one_line(&f.to_string())),
            Vec::new(),
        ),
        Err(f) => (
            Status::Rejected,
            Some(output::one_line(&f.to_string())),
            Vec::new(),
        ),
    };
    FileOutcome {
        status,
        claim: Some(cert.claim.clone()),
        headline: headline(&cert),
        reason,
        details,
        seconds: start.elapsed().as_secs_f64(),
    }
}

/// The human line of one file: `PATH: VERDICT  CLAIM  NAME = VALUE ± WIDTH  (TIME s)`.
fn human_line(path: &Path, o: &FileOutcome) -> String {
    let verdict = match o.status {
        Status::Ok => "ok",
        Status::NotVerified => "not verified",
        Status::Rejected => "REJECTED",
        Status::OverBudget => "OVER BUDGET",
        Status::Unreadable => "UNREADABLE",
    };
    let claim = o.claim.as_deref().unwrap_or("-");
    let what = match (&o.reason, &o.headline) {
        (Some(reason), _) => reason.clone(),
        (None, Some((name, lo, hi))) => match (parse_rational(lo), parse_rational(hi)) {
            (Ok(lo), Ok(hi)) => format!(
                "{name} = {}",
                output::readable(&lo, &hi, output::READABLE_DIGITS)
            ),
            _ => String::new(),
        },
        (None, None) => String::new(),
    };
    format!(
        "{}: {verdict}  {claim}  {what}  ({:.2} s)",
        path.display(),
        o.seconds
    )
}

fn json_line(path: &Path, o: &FileOutcome) -> String {
    let mut v = serde_json::json!({
        "path": path.display().to_string(),
        "status": o.status.name(),
        "claim": o.claim,
        "reason": o.reason,
        "seconds": o.seconds,
    });
    if let Some((name, lo, hi)) = &o.headline {
        v["headline"] = serde_json::json!({"name": name, "lo": lo, "hi": hi});
    }
    if !o.details.is_empty() {
        v["details"] = serde_json::json!(o.details);
    }
    v.to_string()
}

/// Check `files` on `jobs` threads, largest first; `report(i, outcome)` is called on this
/// thread as each file finishes (in completion order).
fn check_all(
    files: &[PathBuf],
    budget: Budget,
    shard: Option<crate::shard::Shard>,
    jobs: usize,
    mut report: impl FnMut(usize, FileOutcome) -> io::Result<()>,
) -> io::Result<()> {
    // Largest files first (a proxy for the longest checks), so that one long check does not
    // start last and run alone.
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(std::fs::metadata(&files[i]).map_or(0, |m| m.len())));
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(files.len()) {
            let send = send.clone();
            let (next, order) = (&next, &order);
            scope.spawn(move || {
                while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let file = &files[i];
                    if send.send((i, check_one(file, budget, shard))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        for (i, outcome) in receive.iter() {
            if let Err(e) = report(i, outcome) {
                // Stop the workers from starting new files; the running ones finish.
                next.store(files.len(), Ordering::Relaxed);
                return Err(e);
            }
        }
        Ok(())
    })
}

/// Exit 0 if every file is accepted; 2 if one cannot be read or is not a certificate; else 1 if
/// one is rejected or not verified; else 3 if one is over budget. Every file is checked.
///
/// # Errors
/// [`Error::BadInput`] for a bad `--budget` or `--threads`.
pub fn run(args: CheckArgs) -> Result<Exit, Error> {
    let budget = Budget::seconds(args.budget).ok_or_else(|| {
        Error::BadInput(format!(
            "--budget {}: expected a number of seconds > 0",
            args.budget
        ))
    })?;
    let jobs = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if !(1..=256).contains(&jobs) {
        return Err(Error::BadInput("--threads: expected 1..=256".into()));
    }
    let started = Instant::now();
    let bar = output::progress(
        args.files.len() as u64,
        args.json || output::quiet() || !io::stderr().is_terminal(),
    );
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut pending: Vec<Option<FileOutcome>> = args.files.iter().map(|_| None).collect();
    let mut printed = 0;
    let mut counts = [0usize; 5];
    let mut exit = Exit::Verified;
    let result = check_all(&args.files, budget, args.shard, jobs, |i, outcome| {
        bar.inc(1);
        pending[i] = Some(outcome);
        // Print in file order.
        while let Some(o) = pending.get_mut(printed).and_then(Option::take) {
            let path = &args.files[printed];
            printed += 1;
            counts[o.status as usize] += 1;
            exit = exit.max(o.status.exit());
            if o.status == Status::Unreadable && !args.json {
                bar.suspend(|| eprintln!("error: {}", o.reason.as_deref().unwrap_or("")));
                continue;
            }
            let line = if args.json {
                json_line(path, &o)
            } else {
                human_line(path, &o)
            };
            bar.suspend(|| -> io::Result<()> {
                writeln!(out, "{line}")?;
                if output::full() && !args.json {
                    for d in &o.details {
                        writeln!(out, "    {}", output::one_line(d))?;
                    }
                }
                out.flush()
            })?;
        }
        Ok(())
    });
    bar.finish_and_clear();
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Exit::Verified),
        Err(e) => {
            return Err(Error::Io {
                path: "stdout".into(),
                source: e,
            });
        }
        Ok(()) => {}
    }
    let [ok, not_verified, rejected, over, unreadable] = counts;
    // The summary goes to stderr, like every summary line; when no file could be read there
    // are no per-file lines, and stderr already says why.
    if !args.json && unreadable < args.files.len() {
        let mut summary = format!(
            "{} checked: {ok} ok, {rejected} rejected, {over} over budget",
            args.files.len(),
        );
        if not_verified > 0 {
            summary.push_str(&format!(", {not_verified} not verified"));
        }
        if unreadable > 0 {
            summary.push_str(&format!(", {unreadable} unreadable"));
        }
        summary.push_str(&format!(" in {:.1} s", started.elapsed().as_secs_f64()));
        output::note!("{summary}");
    }
    Ok(exit)
}
