//! Sharded regime maps: partial certificates and their merge.
//!
//! Shard `I/N` of a map ([`super::compute_regime_map_shard`]) proves every window end and the
//! cells it owns. Its *partial certificate* is the `regime-map` certificate of those cells with
//! `verified: false`, reason `partial: shard I/N` (followed by any failure it saw), and
//! `evidence.shard = {index, count, undetermined}` (`undetermined`: the windows, by period,
//! where one of its own cells failed, with the reason). A partial certificate never claims the
//! map.
//!
//! [`merge`] combines the N partial certificates of one job into the certificate the unsharded
//! run writes: the cells of all shards sorted by η, `cells` and `covered_fraction` recomputed
//! exactly, the reason rebuilt from the shared failures and the undetermined windows, and
//! `verified` true iff the whole map is. Every field except `elapsed_s` (the largest shard's)
//! is then identical to the unsharded certificate, because the window ends are proved the same
//! way in every shard and the union of the shards' cells is the unsharded cell list.

use std::collections::{BTreeMap, BTreeSet};

use num_rational::BigRational;
use num_traits::Zero;
use serde_json::Value;

use super::{MAX_CELLS, RegimeMap, RegimeMapProblem, claim_parts};
use crate::Error;
use crate::arith::parse_rational;
use crate::certificate::{Certificate, Enclosure, EnclosureExt as _};
use crate::shard::Shard;
use eoscert_check::claim::RegimeMapClaim;
use eoscert_check::evidence::{self as ev, RegimeShard, RegimeUndetermined};

/// The reason of a partial certificate: `partial: shard I/N`.
pub fn partial_reason(shard: Shard) -> String {
    format!("partial: shard {shard}")
}

/// The partial certificate of shard `shard` of the map `map` (computed by
/// [`super::compute_regime_map_shard`] with the same shard).
pub fn partial_certificate(
    pr: &RegimeMapProblem,
    map: &RegimeMap,
    shard: Shard,
    elapsed_s: f64,
) -> Certificate {
    let (mut cert, common) = claim_parts(pr, map, elapsed_s);
    let mut reason = partial_reason(shard);
    for f in common.iter().chain(map.undetermined.iter().map(|(_, r)| r)) {
        reason.push_str("; ");
        reason.push_str(f);
    }
    cert.verified = false;
    cert.reason = reason;
    cert.evidence.shard = Some(RegimeShard {
        index: shard.index().into(),
        count: shard.count().into(),
        undetermined: map
            .undetermined
            .iter()
            .map(|(period, reason)| RegimeUndetermined {
                period: *period as u64,
                reason: reason.clone(),
            })
            .collect(),
    });
    cert.into_certificate()
}

/// What merge reads from one partial certificate.
struct Part {
    shard: Shard,
    undetermined: Vec<(u64, String)>,
    /// The shared failures, joined by `; ` (empty if none).
    common: String,
}

fn bad(name: &str, message: impl std::fmt::Display) -> Error {
    Error::BadInput(format!("{name}: {message}"))
}

fn read_part(name: &str, cert: &Certificate) -> Result<Part, Error> {
    if cert.claim != "regime-map" {
        return Err(bad(
            name,
            format!(
                "a {} certificate; merge combines regime-map shards",
                cert.claim
            ),
        ));
    }
    let sh = cert
        .evidence
        .get("shard")
        .ok_or_else(|| bad(name, "not a partial certificate (no evidence.shard)"))?;
    let index = sh["index"].as_u64().and_then(|v| u32::try_from(v).ok());
    let count = sh["count"].as_u64().and_then(|v| u32::try_from(v).ok());
    let shard = match (index, count) {
        (Some(i), Some(n)) => Shard::new(i, n).map_err(|e| bad(name, e))?,
        _ => return Err(bad(name, "evidence.shard needs integer index and count")),
    };
    let undetermined = sh["undetermined"]
        .as_array()
        .ok_or_else(|| bad(name, "evidence.shard.undetermined must be a list"))?
        .iter()
        .map(|u| match (u["period"].as_u64(), u["reason"].as_str()) {
            (Some(p), Some(r)) => Ok((p, r.to_string())),
            _ => Err(bad(
                name,
                "evidence.shard.undetermined: {period, reason} entries",
            )),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tail: String = undetermined.iter().map(|(_, r)| format!("; {r}")).collect();
    let common = cert
        .reason
        .strip_prefix(&partial_reason(shard))
        .and_then(|r| r.strip_suffix(&tail))
        .map(|r| r.strip_prefix("; ").unwrap_or(r).to_string())
        .filter(|_| !cert.verified)
        .ok_or_else(|| {
            bad(
                name,
                format!(
                    "reason must be {:?} and its failures",
                    partial_reason(shard)
                ),
            )
        })?;
    Ok(Part {
        shard,
        undetermined,
        common,
    })
}

/// The certificate without its shard-dependent fields (what all shards of one job share).
fn job_of(cert: &Certificate) -> Value {
    let evidence = match &cert.evidence {
        Value::Object(e) => Value::Object(
            e.iter()
                .filter(|(k, _)| *k != "cells" && *k != "shard")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    };
    let mut head = Certificate {
        schema: cert.schema.clone(),
        claim: cert.claim.clone(),
        model: cert.model.clone(),
        eta: cert.eta.clone(),
        init: cert.init.clone(),
        backend: cert.backend.clone(),
        rigorous: cert.rigorous,
        verified: false,
        reason: String::new(),
        quantities: cert.quantities.clone(),
        evidence,
        elapsed_s: 0.0,
    };
    head.quantities.remove("cells");
    head.quantities.remove("covered_fraction");
    let mut v = serde_json::to_value(&head).expect("serialisable");
    if let Value::Object(m) = &mut v {
        for key in ["verified", "reason", "elapsed_s"] {
            m.remove(key);
        }
    }
    v
}

/// The first top-level (or evidence) field in which two jobs differ.
fn first_difference(a: &Value, b: &Value) -> String {
    let keys: BTreeSet<&String> = a
        .as_object()
        .into_iter()
        .chain(b.as_object())
        .flat_map(|m| m.keys())
        .collect();
    for k in keys {
        if a.get(k) != b.get(k) {
            if k == "evidence" {
                return format!("evidence.{}", first_difference(&a[k], &b[k]));
            }
            return k.clone();
        }
    }
    "reason".into()
}

fn exact(name: &str, field: &str, v: &str) -> Result<BigRational, Error> {
    parse_rational(v).map_err(|_| bad(name, format!("{field} must be an exact number")))
}

/// Merge the partial certificates `parts` (named for messages, e.g. by file) of one sharded
/// regime map into the certificate of the whole map.
///
/// # Errors
/// [`Error::BadInput`] (one line, naming the part) if a part is not a partial regime-map
/// certificate, if the parts come from different jobs (any input, window end or shared failure
/// differs), if a shard is given twice or missing, or if a window would exceed [`MAX_CELLS`]
/// cells (the unsharded run stops there).
pub fn merge(parts: &[(String, Certificate)]) -> Result<Certificate, Error> {
    let Some((name0, first)) = parts.first() else {
        return Err(Error::BadInput("merge: give at least one part".into()));
    };
    let read: Vec<Part> = parts
        .iter()
        .map(|(n, c)| read_part(n, c))
        .collect::<Result<_, _>>()?;
    let job = job_of(first);
    let count = read[0].shard.count();
    let mut seen: BTreeMap<u32, &str> = BTreeMap::new();
    for ((name, cert), part) in parts.iter().zip(&read) {
        if part.shard.count() != count {
            return Err(bad(
                name,
                format!("shard {} of a job split into {count} ({name0})", part.shard),
            ));
        }
        let other = job_of(cert);
        if other != job || part.common != read[0].common {
            return Err(bad(
                name,
                format!(
                    "from a different job than {name0} ({} differs)",
                    first_difference(&job, &other)
                ),
            ));
        }
        if let Some(prev) = seen.insert(part.shard.index(), name) {
            return Err(bad(
                name,
                format!("shard {} given twice (also {prev})", part.shard),
            ));
        }
    }
    if let Some(missing) = (0..count).find(|i| !seen.contains_key(i)) {
        return Err(Error::BadInput(format!(
            "merge: shard {missing}/{count} missing ({} of {count} parts given)",
            seen.len()
        )));
    }
    assemble(parts, &read)
}

/// The merged certificate of parts already checked to form one complete job: the first
/// part's typed claim with every part's cells (sorted), the whole map's `covered_fraction`
/// and `cells`, and no `shard`.
fn assemble(parts: &[(String, Certificate)], read: &[Part]) -> Result<Certificate, Error> {
    let typed = |name: &str, cert: &Certificate| {
        RegimeMapClaim::<ev::RegimeMap>::from_certificate(cert).map_err(|e| bad(name, e))
    };
    let (name0, first) = &parts[0];
    let mut cert = typed(name0, first)?;
    let range_lo = exact(name0, "evidence.eta_range.lo", &cert.evidence.eta_range.lo)?;
    let range_hi = exact(name0, "evidence.eta_range.hi", &cert.evidence.eta_range.hi)?;
    let mut cells: Vec<(BigRational, BigRational, ev::RegimeCell)> = Vec::new();
    let mut per_period: BTreeMap<u64, usize> = BTreeMap::new();
    for (name, part) in parts {
        for c in typed(name, part)?.evidence.cells {
            let lo = exact(name, "cell eta.lo", &c.eta.lo)?;
            let hi = exact(name, "cell eta.hi", &c.eta.hi)?;
            *per_period.entry(c.period).or_default() += 1;
            cells.push((lo, hi, c));
        }
    }
    if let Some((period, n)) = per_period.iter().find(|(_, n)| **n > MAX_CELLS) {
        return Err(Error::BadInput(format!(
            "merge: window of period {period} has {n} cells, more than the {MAX_CELLS} one run \
             proves; use fewer cells (a larger --gap) or a narrower --eta-range"
        )));
    }
    cells.sort_by(|a, b| a.0.cmp(&b.0));
    let total = cells
        .iter()
        .fold(BigRational::zero(), |acc, (lo, hi, _)| acc + (hi - lo));
    let frac = total / (range_hi - range_lo);
    let undetermined: BTreeMap<u64, &str> = read
        .iter()
        .flat_map(|p| p.undetermined.iter().map(|(k, r)| (*k, r.as_str())))
        .collect();
    let failures: Vec<&str> = std::iter::once(read[0].common.as_str())
        .filter(|c| !c.is_empty())
        .chain(undetermined.values().copied())
        .collect();
    let max_period = cert.evidence.max_period;
    let ends = cert.evidence.window_ends.len();
    cert.verified =
        failures.is_empty() && ends == max_period.trailing_zeros() as usize + 1 && max_period > 0;
    cert.reason = failures.join("; ");
    cert.elapsed_s = parts.iter().map(|(_, c)| c.elapsed_s).fold(0.0, f64::max);
    cert.quantities.covered_fraction = Some(Enclosure::exact(&frac));
    cert.quantities.cells = Some(Enclosure::exact(&BigRational::from_integer(
        cells.len().into(),
    )));
    cert.evidence.shard = None;
    cert.evidence.cells = cells.into_iter().map(|(_, _, c)| c).collect();
    Ok(cert.into_certificate())
}
