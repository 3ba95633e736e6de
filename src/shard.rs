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
