//! `eoscert merge`: combine the partial certificates of one sharded job.

use std::path::PathBuf;

use clap::Args;

use super::output;
use crate::Error;
use crate::certificate::Certificate;
use crate::certify::regime_map::shard::merge;

/// Arguments of `eoscert merge`.
#[derive(Debug, Args)]
#[command(after_help = super::examples::MERGE)]
pub(super) struct MergeArgs {
    /// The partial certificates (one per shard, any order).
    #[arg(required = true, value_name = "PARTS")]
    parts: Vec<PathBuf>,
    /// Write the merged certificate (JSON, for `eoscert check`) to this file.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Print the merged certificate as JSON instead of the human summary.
    #[arg(long)]
    json: bool,
}

fn read(path: &PathBuf) -> Result<(String, Certificate), Error> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: name.clone(),
        source,
    })?;
    let cert = eoscert_check::read::read(&text)
        .map_err(|e| Error::BadInput(format!("{name}: not a certificate: {e}")))?;
    Ok((name, cert))
}

/// Run `eoscert merge`: read every part, merge by the first part's claim (see
/// [`crate::certify::regime_map::shard::merge`], [`crate::certify::basin_shard::merge`],
/// [`crate::certify::bound_shard::merge`]), write `--out`, print the result.
pub(super) fn run(args: MergeArgs) -> Result<output::Exit, Error> {
    // Fail at once on an unwritable --out (opened without truncating: it may be one of the
    // parts, read below).
    std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&args.out)
        .map_err(|source| Error::Io {
            path: args.out.display().to_string(),
            source,
        })?;
    let parts = args.parts.iter().map(read).collect::<Result<Vec<_>, _>>()?;
    let (cert, redone) = match parts[0].1.claim.as_str() {
        "basin-map" => crate::certify::basin_shard::merge(&parts)?,
        "nonasymptotic" => crate::certify::bound_shard::merge(&parts)?,
        _ => (merge(&parts)?, 0),
    };
    if redone > 0 {
        eprintln!("merge: {redone} cells or boxes no part stated were proved here");
    }
    output::write_json(&args.out, &cert)?;
    output::print_certificate(&cert, args.json);
    Ok(output::Exit::of(&cert))
}
