//! Shards: a deterministic, balanced split of a job's independent cells over N workers.
//!
//! Shard `I/N` (0 ≤ I < N) owns the items whose position k in the job's canonical order
//! satisfies k ≡ I (mod N). Every item belongs to exactly one shard, shard sizes differ by at
//! most one, and the split depends only on (I, N) and the order — so N workers on N machines
//! (a Slurm job array, Ray tasks, a shell loop) each do their part without talking to each
//! other, and the parts merge into what one unsharded run would have produced.
//!
//! # Examples
//! ```
//! use eoscert::shard::Shard;
//! let s: Shard = "1/3".parse().unwrap();
//! let mine: Vec<usize> = s.select(0..10).collect();
//! assert_eq!(mine, [1, 4, 7]);
//! assert!("3/3".parse::<Shard>().is_err()); // indices are 0-based
//! ```

use std::fmt;
use std::str::FromStr;

/// The largest number of shards a job may be split into.
pub const MAX_SHARDS: u32 = 1 << 20;

/// Shard `index` of `count` (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shard {
    index: u32,
    count: u32,
}

/// A shard specification that is not `I/N` with 0 ≤ I < N ≤ [`MAX_SHARDS`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("shard must be I/N with 0 ≤ I < N ≤ {MAX_SHARDS} (0-based, e.g. 0/4 … 3/4), got {0:?}")]
pub struct ShardError(pub String);

impl Shard {
    /// The whole job (shard 0 of 1).
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    /// Shard `index` of `count`.
    ///
    /// # Errors
    /// [`ShardError`] unless 0 ≤ `index` < `count` ≤ [`MAX_SHARDS`].
    pub fn new(index: u32, count: u32) -> Result<Self, ShardError> {
        if count == 0 || count > MAX_SHARDS || index >= count {
            return Err(ShardError(format!("{index}/{count}")));
        }
        Ok(Shard { index, count })
    }

    /// The 0-based index I.
    pub fn index(self) -> u32 {
        self.index
    }

    /// The number of shards N.
    pub fn count(self) -> u32 {
        self.count
    }

    /// Whether this is the whole job.
    pub fn is_all(self) -> bool {
        self.count == 1
    }

    /// Whether the item at position `k` of the job belongs to this shard.
    pub fn owns(self, k: usize) -> bool {
        k % self.count as usize == self.index as usize
    }

    /// The items of this shard, in the job's order.
    pub fn select<T>(self, items: impl IntoIterator<Item = T>) -> impl Iterator<Item = T> {
        items
            .into_iter()
            .enumerate()
            .filter(move |(k, _)| self.owns(*k))
            .map(|(_, item)| item)
    }
}

impl Default for Shard {
    fn default() -> Self {
        Shard::ALL
    }
}

impl FromStr for Shard {
    type Err = ShardError;

    fn from_str(s: &str) -> Result<Self, ShardError> {
        let bad = || ShardError(s.to_string());
        let (i, n) = s.trim().split_once('/').ok_or_else(bad)?;
        let i = i.trim().parse().map_err(|_| bad())?;
        let n = n.trim().parse().map_err(|_| bad())?;
        Shard::new(i, n).map_err(|_| bad())
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// The reason of a partial certificate: `partial: shard I/N`.
pub fn partial_reason(shard: Shard) -> String {
    format!("partial: shard {shard}")
}

fn bad(name: &str, message: impl fmt::Display) -> crate::Error {
    crate::Error::BadInput(format!("{name}: {message}"))
}

/// What all parts of one job share: the certificate without `verified`, `reason`,
/// `elapsed_s`, the quantities, the per-shard lists (`evidence.cells`, `evidence.boxes`) and
/// the per-shard fields of `evidence.shard` (`index`, `paths`).
fn job_of(cert: &crate::certificate::Certificate) -> serde_json::Value {
    let mut v = serde_json::to_value(cert).expect("serialisable");
    if let Some(m) = v.as_object_mut() {
        for key in ["verified", "reason", "elapsed_s", "quantities"] {
            m.remove(key);
        }
        if let Some(ev) = m.get_mut("evidence").and_then(|e| e.as_object_mut()) {
            ev.remove("cells");
            ev.remove("boxes");
            if let Some(sh) = ev.get_mut("shard").and_then(|s| s.as_object_mut()) {
                sh.remove("index");
                sh.remove("paths");
            }
        }
    }
    v
}

/// The first field (dotted path) in which two jobs differ.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: &str) -> String {
    use serde_json::Value;
    if let (Value::Object(x), Value::Object(y)) = (a, b) {
        let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
        for k in keys {
            if x.get(k) != y.get(k) {
                let inner = format!("{at}{k}");
                return match (x.get(k), y.get(k)) {
                    (Some(u @ Value::Object(_)), Some(w @ Value::Object(_))) => {
                        first_difference(u, w, &format!("{inner}."))
                    }
                    _ => inner,
                };
            }
        }
    }
    at.trim_end_matches('.').to_string()
}

/// Read and cross-check the parts (named, e.g. by file) of one sharded job of claim `claim`:
/// each is a partial certificate (`evidence.shard` with `index` and `count`, `verified:
/// false`, reason exactly `partial: shard I/N`), all come from one job (the certificates agree
/// apart from the per-shard fields, see `job_of`), split the same way, with no shard given twice
/// and none missing. Returns each part's shard.
///
/// # Errors
/// [`crate::Error::BadInput`] (one line, naming the part) at the first violation.
pub fn check_parts(
    parts: &[(String, crate::certificate::Certificate)],
    claim: &str,
) -> Result<Vec<Shard>, crate::Error> {
    let Some((name0, first)) = parts.first() else {
        return Err(crate::Error::BadInput(
            "merge: give at least one part".into(),
        ));
    };
    let mut shards = Vec::with_capacity(parts.len());
    for (name, cert) in parts {
        if cert.claim != claim {
            return Err(bad(
                name,
                format!(
                    "a {} certificate, not {claim} (the first part's)",
                    cert.claim
                ),
            ));
        }
        let sh = cert
            .evidence
            .get("shard")
            .ok_or_else(|| bad(name, "not a partial certificate (no evidence.shard)"))?;
        let num = |k: &str| sh.get(k).and_then(serde_json::Value::as_u64);
        let shard = match (num("index"), num("count")) {
            (Some(i), Some(n)) => u32::try_from(i)
                .ok()
                .zip(u32::try_from(n).ok())
                .and_then(|(i, n)| Shard::new(i, n).ok())
                .ok_or_else(|| bad(name, format!("evidence.shard: not a shard {i}/{n}")))?,
            _ => return Err(bad(name, "evidence.shard needs integer index and count")),
        };
        if cert.verified || cert.reason != partial_reason(shard) {
            return Err(bad(
                name,
                format!(
                    "a partial certificate has verified: false and reason {:?}",
                    partial_reason(shard)
                ),
            ));
        }
        shards.push(shard);
    }
    let job = job_of(first);
    let count = shards[0].count();
    let mut seen: std::collections::BTreeMap<u32, &str> = std::collections::BTreeMap::new();
    for ((name, cert), shard) in parts.iter().zip(&shards) {
        if shard.count() != count {
            return Err(bad(
                name,
                format!("shard {shard} of a job split into {count} ({name0})"),
            ));
        }
        let other = job_of(cert);
        if other != job {
            return Err(bad(
                name,
                format!(
                    "from a different job than {name0} ({} differs)",
                    first_difference(&job, &other, "")
                ),
            ));
        }
        if let Some(prev) = seen.insert(shard.index(), name) {
            return Err(bad(
                name,
                format!("shard {shard} given twice (also {prev})"),
            ));
        }
    }
    if let Some(missing) = (0..count).find(|i| !seen.contains_key(i)) {
        return Err(crate::Error::BadInput(format!(
            "merge: shard {missing}/{count} missing ({} of {count} parts given)",
            seen.len()
        )));
    }
    Ok(shards)
}

/// The largest `elapsed_s` of the parts (the merged certificate's: the job took as long as
/// its slowest shard).
pub fn slowest(parts: &[(String, crate::certificate::Certificate)]) -> f64 {
    parts.iter().map(|(_, c)| c.elapsed_s).fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every item in exactly one shard, sizes within one of each other, for many (len, N).
    #[test]
    fn shards_partition_and_balance() {
        for len in [0usize, 1, 2, 7, 100, 1001] {
            for n in [1u32, 2, 3, 8, 13] {
                let mut seen = vec![0u32; len];
                let mut sizes = Vec::new();
                for i in 0..n {
                    let part: Vec<usize> = Shard::new(i, n).unwrap().select(0..len).collect();
                    sizes.push(part.len());
                    part.iter().for_each(|&k| seen[k] += 1);
                }
                assert!(seen.iter().all(|&c| c == 1), "len {len}, N {n}");
                let (lo, hi) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
                assert!(hi - lo <= 1, "len {len}, N {n}: {sizes:?}");
            }
        }
    }

    #[test]
    fn parse_and_reject() {
        assert_eq!("0/1".parse::<Shard>().unwrap(), Shard::ALL);
        assert_eq!(
            " 2 / 5 ".parse::<Shard>().unwrap(),
            Shard::new(2, 5).unwrap()
        );
        assert_eq!(Shard::new(2, 5).unwrap().to_string(), "2/5");
        for bad in ["", "1", "1/0", "5/5", "-1/3", "a/b", "1/2/3", "0/2000000"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad:?} accepted");
        }
    }
}
