//! Sharded bounds (claim `nonasymptotic`): partial certificates and their merge.
//!
//! The branch and bound of [`super::bound`] iterates sub-boxes of a bisection tree. A box is
//! named by its path from the root (`0`: lower half, `1`: upper half of the split side).
//! **Shard `I/N`** ([`super::bound::prove_bound_shard`]) walks the tree as the unsharded run
//! does, but below depth D = ⌈log₂ N⌉ + 3 ([`super::bound::split_depth`]) only in the subtrees of
//! the depth-D boxes it owns (the depth-D box of index k, in binary from its path, belongs to
//! shard k mod N, [`super::bound::owner`]); the few boxes above D are iterated by every shard and
//! listed only by their owner. Its partial certificate lists its boxes (each re-verified by the
//! checker as in any bound), `verified: false`, reason `partial: shard I/N`, and
//! `evidence.shard = {index, count, max_steps, max_depth, paths}` (`paths`: each listed box's
//! path, in the order of `evidence.boxes`).
//!
//! **Merge** ([`merge`]) replays the unsharded walk (same order, same box cap) taking each
//! box's outcome from the parts: a listed box gives its entry, an ancestor of a listed box was
//! bisected by its shard (it failed). A box no part states (a shard stopped by its own box cap
//! earlier than the unsharded run) is iterated by merge. Each box's outcome is a deterministic
//! function of the box, so the merged certificate is the unsharded run's, every byte but
//! `elapsed_s` (the slowest shard's).

use num_rational::BigRational;
use serde::Deserialize;
use serde_json::Value;

use super::bound::{BoundProblem, Domain, Known, run_known};
use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certificate::Certificate;
use crate::model::product::Phi;
use crate::shard::{check_parts, slowest};

fn bad(name: &str, message: impl std::fmt::Display) -> Error {
    Error::BadInput(format!("{name}: {message}"))
}

/// `LO:HI` (after `prefix`), exact.
fn range(
    name: &str,
    field: &str,
    text: &str,
    prefix: &str,
) -> Result<(BigRational, BigRational), Error> {
    let parsed = text
        .strip_prefix(prefix)
        .and_then(|r| r.split_once(':'))
        .and_then(|(a, b)| Some((parse_rational(a).ok()?, parse_rational(b).ok()?)));
    parsed.ok_or_else(|| bad(name, format!("{field}: expected {prefix}LO:HI")))
}

/// The problem and backend of a part (all parts of one job state the same).
fn problem_of(name: &str, cert: &Certificate) -> Result<(BoundProblem, Backend), Error> {
    let phi: Phi = cert
        .model
        .phi
        .as_deref()
        .ok_or_else(|| bad(name, "model.phi missing"))?
        .parse()
        .map_err(|e| bad(name, e))?;
    if cert.init.len() != 2 {
        return Err(bad(name, "init: expected [x:LO:HI, y:LO:HI]"));
    }
    let domain = Domain {
        x: range(name, "init[0]", &cert.init[0], "x:")?,
        y: range(name, "init[1]", &cert.init[1], "y:")?,
        h: range(name, "eta", cert.eta.as_deref().unwrap_or(""), "")?,
    };
    let sh = &cert.evidence["shard"];
    let (Some(max_steps), Some(max_depth)) = (
        sh["max_steps"].as_u64(),
        sh["max_depth"].as_u64().and_then(|d| u32::try_from(d).ok()),
    ) else {
        return Err(bad(
            name,
            "evidence.shard needs integer max_steps and max_depth",
        ));
    };
    let problem = BoundProblem::new(phi, domain, max_steps, max_depth).map_err(|e| bad(name, e))?;
    let backend: Backend = cert.backend.parse().map_err(|e| bad(name, e))?;
    Ok((problem, backend))
}

fn known_of(parts: &[(String, Certificate)]) -> Result<Known, Error> {
    let mut known = Known::default();
    for (name, cert) in parts {
        let boxes = cert.evidence["boxes"].as_array();
        let paths = cert.evidence["shard"]["paths"].as_array();
        let (Some(boxes), Some(paths)) = (boxes, paths) else {
            return Err(bad(
                name,
                "evidence.boxes and evidence.shard.paths must be lists",
            ));
        };
        if boxes.len() != paths.len() {
            return Err(bad(name, "evidence.shard.paths: one path per box"));
        }
        for (k, (entry, path)) in boxes.iter().zip(paths).enumerate() {
            let path = path
                .as_str()
                .filter(|p| p.len() <= 64 && p.bytes().all(|b| b == b'0' || b == b'1'))
                .ok_or_else(|| {
                    bad(
                        name,
                        format!("evidence.shard.paths[{k}]: a string of 0 and 1"),
                    )
                })?;
            for end in (0..path.len()).rev() {
                if !known.inner.insert(path[..end].to_string()) {
                    break;
                }
            }
            let entry = eoscert_check::evidence::BoundBox::deserialize(entry)
                .map_err(|e| bad(name, format!("evidence.boxes[{k}]: {e}")))?;
            if known.leaves.insert(path.to_string(), entry).is_some() {
                return Err(bad(
                    name,
                    format!("evidence.shard.paths[{k}]: box {path:?} listed by two parts"),
                ));
            }
        }
    }
    Ok(known)
}

/// Merge the partial certificates `parts` (named for messages, e.g. by file) of one sharded
/// bound into the certificate of the whole bound (module docs). Returns the certificate and
/// the number of boxes merge iterated itself.
///
/// # Errors
/// [`Error::BadInput`] (one line, naming the part) if a part is not a partial
/// `nonasymptotic` certificate, if the parts come from different jobs, if a shard is given
/// twice or missing, or if two parts list one box.
pub fn merge(parts: &[(String, Certificate)]) -> Result<(Certificate, usize), Error> {
    check_parts(parts, "nonasymptotic")?;
    let (name0, first) = &parts[0];
    let (problem, backend) = problem_of(name0, first)?;
    let known = known_of(parts)?;
    let (mut cert, iterated) = run_known(&problem, backend, &known);
    cert.elapsed_s = slowest(parts);
    if cert.evidence["precision_bits"] != first.evidence["precision_bits"] {
        return Err(bad(
            name0,
            "evidence.precision_bits differs from the backend's",
        ));
    }
    Ok((cert, iterated))
}

/// Whether a certificate is a partial one (has `evidence.shard`).
pub fn is_partial(cert: &Certificate) -> bool {
    matches!(&cert.evidence, Value::Object(m) if m.contains_key("shard"))
}
