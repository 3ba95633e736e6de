//! Sharded basin maps (claim `basin-map`): partial certificates and their merge.
//!
//! A basin map labels a cell either by its own replay (*directly*: converged or diverged) or by
//! its image in cells proved *earlier* (see [`super::basin`]). The direct replays are
//! independent and carry almost all the cost; the image proofs need the whole map proved so far.
//! So the work is split in two:
//!
//! - **Shard `I/N`** ([`compute_basin_shard`]) takes the level-0 cells at positions ≡ I (mod N)
//!   of the grid (row by row) and replays each directly; a cell left undetermined is bisected
//!   (down to `max_level`) and its children are replayed the same way. No image proofs: the
//!   shard's tree is the *direct* tree of its cells, a superset of the nodes the unsharded run
//!   replays (which stops bisecting where an image proof succeeds). Its partial certificate
//!   lists the leaves of that tree (every listed converged / diverged cell is a direct proof
//!   the checker re-verifies; `verified: false`, reason `partial: shard I/N`) with
//!   `evidence.shard = {index, count, max_level, max_steps}`.
//! - **Merge** ([`merge`]) runs the unsharded algorithm ([`super::basin::compute_basin_with`])
//!   with the parts as the source of every direct result: a listed leaf answers with its label
//!   and steps, an ancestor of a listed leaf (bisected by its shard, so undetermined) answers
//!   undetermined. Merge does the image passes itself and replays the few cells no part
//!   answers (a shard whose cell cap stopped its bisection earlier than the unsharded run's).
//!   Since each direct result is a deterministic function of the cell, the merged certificate
//!   is the unsharded run's, every byte but `elapsed_s` (the slowest shard's).
//!
//! `eoscert check` re-verifies the merged certificate as any basin map: the partition of the
//! box, every replay and every image proof.

use std::collections::{HashMap, HashSet};

use num_rational::BigRational;
use serde_json::Value;

use super::basin::{
    BasinCell, BasinMap, BasinProblem, Direct, Label, MAX_CELLS, Setup, basin_certificate,
    children, compute_basin_with, grid_cells,
};
use crate::Error;
use crate::arith::parse_rational;
use crate::certificate::Certificate;
use crate::shard::{Shard, check_parts, partial_reason, slowest};

/// The direct tree of shard `shard`'s level-0 cells (module docs). The map's cells are its
/// leaves, level by level; `capped` if the cell cap ([`MAX_CELLS`]) stopped the bisection.
///
/// # Errors
/// [`Error::Field`] for invalid inputs.
pub fn compute_basin_shard(pr: &BasinProblem, shard: Shard) -> Result<BasinMap, Error> {
    pr.validate()?;
    let setup = Setup::new(pr);
    let dim = pr.init_box.len();
    let mut queue: Vec<Vec<u64>> = shard.select(grid_cells(pr)).collect();
    let mut cells = Vec::new();
    let mut capped = false;
    for level in 0..=pr.max_level {
        let mut open = Vec::new();
        for index in queue {
            match setup.direct(pr, level, &index) {
                (Label::Undetermined, _) => open.push(index),
                (label, steps) => cells.push(BasinCell {
                    level,
                    index,
                    label,
                    steps,
                    image: false,
                }),
            }
        }
        let room = (cells.len() + open.len()) << dim <= MAX_CELLS;
        if level == pr.max_level || !room {
            capped |= !room && level < pr.max_level;
            cells.extend(open.into_iter().map(|index| BasinCell {
                level,
                index,
                label: Label::Undetermined,
                steps: 0,
                image: false,
            }));
            break;
        }
        queue = open.iter().flat_map(|i| children(i)).collect();
    }
    let mut map = setup.map();
    map.cells = cells;
    map.capped = capped;
    Ok(map)
}

/// The partial certificate of shard `shard` (its map from [`compute_basin_shard`]): the
/// `basin-map` certificate of the shard's leaves (fractions of the whole box), `verified:
/// false`, reason `partial: shard I/N`, `evidence.shard = {index, count, max_level,
/// max_steps}`.
pub fn partial_certificate(
    pr: &BasinProblem,
    map: &BasinMap,
    shard: Shard,
    elapsed_s: f64,
) -> Certificate {
    let mut cert = super::basin::basin_claim(pr, map, elapsed_s);
    cert.verified = false;
    cert.reason = partial_reason(shard);
    cert.evidence.shard = Some(eoscert_check::evidence::BasinShard {
        index: shard.index() as u64,
        count: shard.count() as u64,
        max_level: pr.max_level,
        max_steps: pr.max_steps,
    });
    cert.into_certificate()
}

fn bad(name: &str, message: impl std::fmt::Display) -> Error {
    Error::BadInput(format!("{name}: {message}"))
}

fn exact(name: &str, field: &str, v: Option<&str>) -> Result<BigRational, Error> {
    v.and_then(|s| parse_rational(s).ok())
        .ok_or_else(|| bad(name, format!("{field} must be an exact number")))
}

/// The problem of a part (all parts of one job state the same).
fn problem_of(name: &str, cert: &Certificate) -> Result<BasinProblem, Error> {
    let ev = &cert.evidence;
    let num = |v: &Value, field: &str| {
        v.as_u64()
            .ok_or_else(|| bad(name, format!("{field} must be a non-negative integer")))
    };
    let init_box = ev["box"]
        .as_array()
        .ok_or_else(|| bad(name, "evidence.box must be a list"))?
        .iter()
        .map(|b| {
            Ok((
                exact(name, "evidence.box lo", b["lo"].as_str())?,
                exact(name, "evidence.box hi", b["hi"].as_str())?,
            ))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let sh = &ev["shard"];
    let pr = BasinProblem {
        depth: cert
            .model
            .depth
            .ok_or_else(|| bad(name, "model.depth missing"))?,
        target: exact(name, "model.target", Some(&cert.model.target))?,
        eta: exact(name, "eta", cert.eta.as_deref())?,
        init_box,
        grid: usize::try_from(num(&ev["grid"], "evidence.grid")?).unwrap_or(usize::MAX),
        max_level: u32::try_from(num(&sh["max_level"], "evidence.shard.max_level")?)
            .unwrap_or(u32::MAX),
        max_steps: u32::try_from(num(&sh["max_steps"], "evidence.shard.max_steps")?)
            .unwrap_or(u32::MAX),
    };
    pr.validate().map_err(|e| bad(name, e))?;
    Ok(pr)
}

/// The direct results the parts state: each listed leaf, and the bisected (undetermined)
/// ancestors of the leaves.
type Known = (HashMap<(u32, Vec<u64>), Direct>, HashSet<(u32, Vec<u64>)>);

fn known_of(parts: &[(String, Certificate)]) -> Result<Known, Error> {
    let mut leaves: HashMap<(u32, Vec<u64>), Direct> = HashMap::new();
    let mut inner: HashSet<(u32, Vec<u64>)> = HashSet::new();
    for (name, cert) in parts {
        let list = cert.evidence["cells"]
            .as_array()
            .ok_or_else(|| bad(name, "evidence.cells must be a list"))?;
        for (k, c) in list.iter().enumerate() {
            let field = format!("evidence.cells[{k}]");
            let level = c["level"].as_u64().and_then(|l| u32::try_from(l).ok());
            let steps = c["steps"].as_u64().and_then(|l| u32::try_from(l).ok());
            let index: Option<Vec<u64>> = c["index"]
                .as_array()
                .and_then(|a| a.iter().map(Value::as_u64).collect());
            let label = match c["label"].as_str() {
                Some("converged") => Some(Label::Converged),
                Some("diverged") => Some(Label::Diverged),
                Some("undetermined") => Some(Label::Undetermined),
                _ => None,
            };
            let (Some(level), Some(steps), Some(index), Some(label)) = (level, steps, index, label)
            else {
                return Err(bad(name, format!("{field}: level, index, label, steps")));
            };
            if c["image"] != Value::Bool(false) {
                return Err(bad(
                    name,
                    format!("{field}: a shard proves its cells directly (image: false)"),
                ));
            }
            let mut up = index.clone();
            for l in (0..level).rev() {
                up.iter_mut().for_each(|i| *i /= 2);
                if !inner.insert((l, up.clone())) {
                    break;
                }
            }
            if leaves.insert((level, index), (label, steps)).is_some() {
                return Err(bad(name, format!("{field}: a cell listed by two parts")));
            }
        }
    }
    Ok((leaves, inner))
}

/// Merge the partial certificates `parts` (named for messages, e.g. by file) of one sharded
/// basin map into the certificate of the whole map (module docs). Returns the certificate and
/// the number of cells merge replayed itself (none when no shard's cap cut its tree short).
///
/// # Errors
/// [`Error::BadInput`] (one line, naming the part) if a part is not a partial `basin-map`
/// certificate, if the parts come from different jobs, if a shard is given twice or missing,
/// or if two parts list one cell.
pub fn merge(parts: &[(String, Certificate)]) -> Result<(Certificate, usize), Error> {
    check_parts(parts, "basin-map")?;
    let (name0, first) = &parts[0];
    let pr = problem_of(name0, first)?;
    let (leaves, inner) = known_of(parts)?;
    let (map, replayed) = compute_basin_with(&pr, &mut |level, index| {
        let key = (level, index.to_vec());
        if let Some(d) = leaves.get(&key) {
            return Some(*d);
        }
        inner.contains(&key).then_some((Label::Undetermined, 0))
    })?;
    let cert = basin_certificate(&pr, &map, slowest(parts));
    for key in ["attractor_period", "neighbourhoods", "escape"] {
        if cert.evidence[key] != first.evidence[key] {
            return Err(bad(
                name0,
                format!("evidence.{key} is not the one this eoscert proves for the job"),
            ));
        }
    }
    Ok((cert, replayed))
}
