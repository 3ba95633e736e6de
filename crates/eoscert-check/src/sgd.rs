//! The documented SGD batch schedule, shared by the prover and the checker as a *definition*:
//! the SplitMix64 stream and random reshuffling. Both sides draw the batches of a certificate
//! from this one definition, so that a certificate names its batches by `(batch, seed)` alone.

/// A batch size that does not divide the number of samples.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "batch {batch}: the batch size must divide the number of samples n = {n} \
     (epochs of random reshuffling)"
)]
pub struct BatchError {
    /// The batch size asked for.
    pub batch: usize,
    /// The number of samples.
    pub n: usize,
}

/// The SplitMix64 generator (Steele, Lea, Flood 2014): `state += 0x9E3779B97F4A7C15`, then the
/// output is `z ← (z ^ (z >> 30))·0xBF58476D1CE4E5B9`, `z ← (z ^ (z >> 27))·0x94D049BB133111EB`,
/// `z ^ (z >> 31)` (wrapping arithmetic).
///
/// # Examples
/// ```
/// use eoscert_check::sgd::SplitMix64;
/// // The reference value of SplitMix64 seeded with 0.
/// assert_eq!(SplitMix64(0).next_u64(), 0xE220A8397B1DCDAF);
/// ```
#[derive(Clone, Debug)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform float in [0, 1): the top 53 bits of [`SplitMix64::next_u64`] times 2⁻⁵³.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// How the batches B_k are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sampler {
    /// Full-batch gradient descent: B_k = {0, …, n−1}.
    Full,
    /// SGD by random reshuffling: each epoch draws a permutation π of {0, …, n−1} by
    /// Fisher–Yates (for i = n−1 down to 1: j = next_u64 mod (i + 1), swap π_i, π_j) from one
    /// [`SplitMix64`] stream seeded with `seed`, and its consecutive chunks of size `batch`
    /// (which divides n) are the batches of the epoch.
    Reshuffle {
        /// The batch size b (divides n).
        batch: usize,
        /// The seed of the stream.
        seed: u64,
    },
}

impl Sampler {
    /// SGD with batch size `batch` and seed `seed` for n samples.
    ///
    /// # Errors
    /// [`BatchError`] unless `1 ≤ batch ≤ n` and `batch` divides n.
    pub fn sgd(batch: usize, seed: u64, n: usize) -> Result<Self, BatchError> {
        if batch == 0 || batch > n || !n.is_multiple_of(batch) {
            return Err(BatchError { batch, n });
        }
        Ok(Sampler::Reshuffle { batch, seed })
    }

    /// The batch size b (n for full batch).
    pub fn batch_size(&self, n: usize) -> usize {
        match self {
            Sampler::Full => n,
            Sampler::Reshuffle { batch, .. } => *batch,
        }
    }

    /// The number of steps per epoch (1 for full batch).
    pub fn epoch_len(&self, n: usize) -> usize {
        n / self.batch_size(n)
    }

    /// The stream of batches.
    pub fn batches(&self, n: usize) -> Batches {
        Batches {
            sampler: *self,
            n,
            rng: SplitMix64(match self {
                Sampler::Full => 0,
                Sampler::Reshuffle { seed, .. } => *seed,
            }),
            epoch: Vec::new(),
        }
    }
}

/// The infinite stream of batches of a [`Sampler`].
#[derive(Clone, Debug)]
pub struct Batches {
    sampler: Sampler,
    n: usize,
    rng: SplitMix64,
    epoch: Vec<Vec<usize>>,
}

impl Iterator for Batches {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        match self.sampler {
            Sampler::Full => Some((0..self.n).collect()),
            Sampler::Reshuffle { batch, .. } => {
                if self.epoch.is_empty() {
                    let mut perm: Vec<usize> = (0..self.n).collect();
                    for i in (1..self.n).rev() {
                        let j = (self.rng.next_u64() % (i as u64 + 1)) as usize;
                        perm.swap(i, j);
                    }
                    self.epoch = perm.chunks(batch).rev().map(<[usize]>::to_vec).collect();
                }
                self.epoch.pop()
            }
        }
    }
}
