//! The documented SGD batch schedule, shared by the prover and the checker as a *definition*:
//! the SplitMix64 stream, random reshuffling and with-replacement sampling. Both sides draw the
//! batches of a certificate from this one definition, so that a certificate names its batches by
//! `(sampler, batch, seed)` alone.

/// A batch size that the sampler does not accept for n samples.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BatchError {
    /// Random reshuffling needs a batch size that divides n.
    #[error(
        "batch {batch}: the batch size must divide the number of samples n = {n} \
         (epochs of random reshuffling)"
    )]
    NotADivisor {
        /// The batch size asked for.
        batch: usize,
        /// The number of samples.
        n: usize,
    },
    /// With-replacement sampling needs 1 ≤ batch ≤ n.
    #[error("batch {batch}: the batch size must lie in 1..=n = {n}")]
    OutOfRange {
        /// The batch size asked for.
        batch: usize,
        /// The number of samples.
        n: usize,
    },
}

/// A sampler name other than `reshuffle` and `with-replacement`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected reshuffle or with-replacement, got {0:?}")]
pub struct SamplerKindError(pub String);

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

/// The with-replacement batch schedule (the SGD of the implicit-bias reference, §1 "Batches"):
/// at every step an independent batch of b distinct samples, drawn uniformly — as a documented
/// deterministic stream, so a checker can replay it from this definition alone.
///
/// # Definition
/// A [`SplitMix64`] stream with state `seed`. Step k (k = 0, 1, …) starts from the identity
/// π = (0, 1, …, n − 1) and, for t = 0, …, b − 1, draws u, sets j = t + (u mod (n − t)) and swaps
/// π_t, π_j (a partial Fisher–Yates shuffle); the batch is (π_0, …, π_{b−1}) in this order. So
/// step k consumes draws k·b, …, k·b + b − 1 of the stream. Each batch is a uniformly random
/// b-subset up to the modulo bias (every probability within a factor 1 ± n·2⁻⁶⁴ of uniform);
/// different steps use disjoint draws.
///
/// # Examples
/// ```
/// use eoscert_check::sgd::WithReplacement;
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
    rng: SplitMix64,
}

impl WithReplacement {
    /// The schedule for n samples, batch size `batch` (clamped into 0..=n) and `seed`.
    pub fn new(n: usize, batch: usize, seed: u64) -> Self {
        WithReplacement {
            n,
            batch: batch.min(n),
            rng: SplitMix64(seed),
        }
    }
}

impl Iterator for WithReplacement {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        let mut perm: Vec<usize> = (0..self.n).collect();
        for t in 0..self.batch {
            let u = self.rng.next_u64();
            let j = t + (u % (self.n - t) as u64) as usize;
            perm.swap(t, j);
        }
        perm.truncate(self.batch);
        Some(perm)
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
    /// SGD with replacement: every step an independent uniform batch of `batch` distinct
    /// samples, drawn by the documented schedule [`WithReplacement`] from `seed`.
    WithReplacement {
        /// The batch size b (1 ≤ b ≤ n).
        batch: usize,
        /// The seed of the stream.
        seed: u64,
    },
}

/// How SGD draws its batches (the `sampler` field of a diagonal model).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SamplerKind {
    /// Random reshuffling: one permutation per epoch, cut into batches.
    #[default]
    Reshuffle,
    /// Independent uniform batches at every step.
    WithReplacement,
}

impl SamplerKind {
    /// The name used in certificates and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            SamplerKind::Reshuffle => "reshuffle",
            SamplerKind::WithReplacement => "with-replacement",
        }
    }

    /// Parse [`SamplerKind::name`].
    ///
    /// # Errors
    /// [`SamplerKindError`] for any other string.
    pub fn parse(s: &str) -> Result<Self, SamplerKindError> {
        match s {
            "reshuffle" => Ok(SamplerKind::Reshuffle),
            "with-replacement" => Ok(SamplerKind::WithReplacement),
            _ => Err(SamplerKindError(s.to_string())),
        }
    }
}

impl Sampler {
    /// SGD with batch size `batch` and seed `seed` for n samples.
    ///
    /// # Errors
    /// [`BatchError`] unless `1 ≤ batch ≤ n` and `batch` divides n.
    pub fn sgd(batch: usize, seed: u64, n: usize) -> Result<Self, BatchError> {
        if batch == 0 || batch > n || !n.is_multiple_of(batch) {
            return Err(BatchError::NotADivisor { batch, n });
        }
        Ok(Sampler::Reshuffle { batch, seed })
    }

    /// SGD of the given kind.
    ///
    /// # Errors
    /// As [`Sampler::sgd`] for reshuffling; for with-replacement unless `1 ≤ batch ≤ n`.
    pub fn of_kind(
        kind: SamplerKind,
        batch: usize,
        seed: u64,
        n: usize,
    ) -> Result<Self, BatchError> {
        match kind {
            SamplerKind::Reshuffle => Self::sgd(batch, seed, n),
            SamplerKind::WithReplacement => {
                if batch == 0 || batch > n {
                    return Err(BatchError::OutOfRange { batch, n });
                }
                Ok(Sampler::WithReplacement { batch, seed })
            }
        }
    }

    /// The kind of SGD (`None` for full batch).
    pub fn kind(&self) -> Option<SamplerKind> {
        match self {
            Sampler::Full => None,
            Sampler::Reshuffle { .. } => Some(SamplerKind::Reshuffle),
            Sampler::WithReplacement { .. } => Some(SamplerKind::WithReplacement),
        }
    }

    /// The batch size b (n for full batch).
    pub fn batch_size(&self, n: usize) -> usize {
        match self {
            Sampler::Full => n,
            Sampler::Reshuffle { batch, .. } | Sampler::WithReplacement { batch, .. } => *batch,
        }
    }

    /// The seed (`None` for full batch).
    pub fn seed(&self) -> Option<u64> {
        match self {
            Sampler::Full => None,
            Sampler::Reshuffle { seed, .. } | Sampler::WithReplacement { seed, .. } => Some(*seed),
        }
    }

    /// The number of steps per epoch (1 for full batch and for with-replacement sampling, which
    /// has no epochs).
    pub fn epoch_len(&self, n: usize) -> usize {
        match self {
            Sampler::WithReplacement { .. } => 1,
            _ => n / self.batch_size(n),
        }
    }

    /// The stream of batches.
    pub fn batches(&self, n: usize) -> Batches {
        Batches {
            sampler: *self,
            n,
            rng: SplitMix64(self.seed().unwrap_or(0)),
            epoch: Vec::new(),
            iid: match self {
                Sampler::WithReplacement { batch, seed } => {
                    Some(WithReplacement::new(n, *batch, *seed))
                }
                _ => None,
            },
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
    iid: Option<WithReplacement>,
}

impl Iterator for Batches {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        match self.sampler {
            Sampler::Full => Some((0..self.n).collect()),
            Sampler::WithReplacement { .. } => self.iid.as_mut().and_then(Iterator::next),
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
