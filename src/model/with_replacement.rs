//! The with-replacement batch schedule of paper 002's SGD (reference §1 "Batches"): at every step
//! an independent batch of b distinct samples, drawn uniformly — as a documented deterministic
//! stream, so a checker can replay it from this definition alone.
//!
//! This module is self-contained (std only): a checker may copy it verbatim.
//!
//! # Definition
//! A SplitMix64 stream (Steele, Lea, Flood 2014) with state `seed`: each draw sets
//! `state ← state + 0x9E3779B97F4A7C15` and outputs `z ← (z ^ (z >> 30))·0xBF58476D1CE4E5B9`,
//! `z ← (z ^ (z >> 27))·0x94D049BB133111EB`, `z ^ (z >> 31)` from `z = state` (wrapping u64
//! arithmetic). Step k (k = 0, 1, …) starts from the identity π = (0, 1, …, n − 1) and, for
//! t = 0, …, b − 1, draws u, sets j = t + (u mod (n − t)) and swaps π_t, π_j (a partial
//! Fisher–Yates shuffle); the batch is (π_0, …, π_{b−1}) in this order. So step k consumes draws
//! k·b, …, k·b + b − 1 of the stream. Each batch is a uniformly random b-subset up to the modulo
//! bias (every probability within a factor 1 ± n·2⁻⁶⁴ of uniform); different steps use disjoint
//! draws.

/// The SplitMix64 output function applied after advancing `state`.
fn next(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The infinite stream of with-replacement batches (module docs).
///
/// # Examples
/// ```
/// use eoscert::model::with_replacement::WithReplacement;
/// let mut s = WithReplacement::new(5, 2, 7);
/// let b = s.next().unwrap();
/// assert_eq!(b.len(), 2);
/// assert_ne!(b[0], b[1]);
/// assert!(b.iter().all(|&j| j < 5));
/// ```
#[derive(Clone, Debug)]
pub struct WithReplacement {
    n: usize,
    batch: usize,
    state: u64,
}

impl WithReplacement {
    /// The schedule for n samples, batch size `batch` (1 ≤ batch ≤ n) and `seed`.
    pub fn new(n: usize, batch: usize, seed: u64) -> Self {
        assert!(1 <= batch && batch <= n, "1 ≤ batch ≤ n");
        WithReplacement {
            n,
            batch,
            state: seed,
        }
    }
}

impl Iterator for WithReplacement {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        let mut perm: Vec<usize> = (0..self.n).collect();
        for t in 0..self.batch {
            let u = next(&mut self.state);
            let j = t + (u % (self.n - t) as u64) as usize;
            perm.swap(t, j);
        }
        perm.truncate(self.batch);
        Some(perm)
    }
}
