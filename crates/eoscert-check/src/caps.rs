//! Every cap of the checker: the bounds on the cost-driving fields of a certificate, one
//! module per claim checker. A certificate whose field exceeds its cap is rejected before any
//! expensive work, with a message naming the field and the cap. The prover reads the same
//! constants (definitions, not mathematics) so that it never writes a certificate the checker
//! refuses.

/// Caps of [`crate::check::balancing`].
pub mod balancing {
    /// The largest dimension accepted.
    pub const MAX_DIM: usize = 4096;
    /// The largest number of replayed steps.
    pub const MAX_STEPS: u64 = 1_000_000;
}

/// Caps of [`crate::check::bound`].
pub mod bound {
    /// The largest number of boxes accepted.
    pub const MAX_BOXES: usize = 4096;
}

/// Caps of [`crate::check::catapult`].
pub mod catapult {
    /// The largest width accepted.
    pub const MAX_WIDTH: u64 = 1_000_000_000_000;
    /// The largest number of replayed steps.
    pub const MAX_STEPS: u64 = 1_000_000;
    /// The largest precision accepted.
    pub const MAX_BITS: u32 = 1 << 16;
}

/// Caps of [`crate::check::catapult_map`].
pub mod catapult_map {
    /// The largest number of cells (proved cells and undecided gaps together).
    pub const MAX_CELLS: usize = 16384;
    /// The largest number of replayed steps of one cell.
    pub const MAX_CELL_STEPS: u64 = 100_000;
    /// The largest total number of replayed steps over all cells.
    pub const MAX_TOTAL_STEPS: u64 = 2_000_000;
}

/// Caps of [`crate::check::divergence`].
pub mod divergence {
    /// The largest number of replayed steps.
    pub const MAX_STEPS: u64 = 1_000_000;
}

/// Caps of [`crate::check::critical`].
pub mod critical {
    /// The largest horizon the checker accepts.
    pub const MAX_STEPS: u64 = 100_000_000;
    /// The largest number of checkpoints.
    pub const MAX_CHECKPOINTS: usize = 10_000;
    /// The largest depth (θ coordinates).
    pub const MAX_DEPTH: usize = 8;
    /// The longest number string accepted in the evidence.
    pub const MAX_NUMBER_CHARS: usize = 4096;
    /// Wall-clock limit of one check, in seconds.
    pub const TIME_LIMIT_S: f64 = 900.0;
}

/// Caps of [`crate::check::implicit_bias`].
pub mod implicit_bias {
    use num_rational::BigRational;

    /// `numer.bits() − denom.bits()` of `q ≠ 0`: the `k` with 2^(k−1) < |q| < 2^(k+1) (0 for 0).
    pub fn log2_size(q: &BigRational) -> i64 {
        q.numer().bits() as i64 - q.denom().bits() as i64
    }

    /// The largest d accepted.
    pub const MAX_DIM: usize = 64;
    /// The largest n (the tail lemma factorises two n×n matrices exactly).
    pub const MAX_SAMPLES: usize = 64;
    /// The largest number of replayed steps.
    pub const MAX_STEPS: u64 = 1_000_000;
    /// The largest bit size (numerator plus denominator) of a tail witness s₀, τ, Λ (caps the
    /// cost of the exact LDLᵀ).
    pub const MAX_WITNESS_BITS: u64 = 512;
    /// The largest window W of the with-replacement tail lemma.
    pub const MAX_WINDOW: u64 = 100_000;
    /// The largest confidence bits h of the with-replacement tail lemma.
    pub const MAX_CONFIDENCE_BITS: u64 = 256;
    /// The most Λ̄ witnesses of the shadow replay (each costs one n×n exact LDLᵀ).
    pub const MAX_SHADOW_WITNESSES: usize = 8192;
    /// The most checkpoints of `sharpness` along the run.
    pub const MAX_SHARPNESS_CHECKPOINTS: usize = 64;
    /// The replay's range: every non-zero endpoint of the replayed w₊, w₋ must have
    /// [`log2_size`] within ±`MAX_STATE_LOG2` (so 2^−16385 < |w| < 2^16385), else the certificate is
    /// rejected. It bounds the bit sizes of the replay (a diverging run roughly cubes |β| every step
    /// once it escapes, so replaying a few steps past the escape would otherwise need numbers of
    /// millions of bits); the provers give `verified: false` before their state leaves it.
    pub const MAX_STATE_LOG2: u64 = 1 << 14;
}

/// Caps of [`crate::check`] (every claim).
pub mod general {
    /// The largest certificate file, in bytes (40 MiB: room for the largest honest maps, a
    /// 200 000-cell `basin-map` (~170 bytes per cell) or a 20 000-cell `regime-map` (~1.8 kB
    /// per cell); parsing takes about 15× the file size in memory).
    pub const MAX_FILE_BYTES: usize = 40 << 20;
    /// The longest exact number string (decimal or `p/q`, every field): with the input
    /// syntax's exponent range (`crate::input::MAX_EXPONENT`) it bounds every parsed number to
    /// about 2¹⁷ bits.
    pub const MAX_NUMBER_CHARS: usize = 40_000;
    /// The precision range of `evidence.precision_bits` (every claim that has one).
    pub const MAX_PRECISION_BITS: u32 = 1 << 16;
    /// The largest |argument| of the checker's exact `exp` (`e^4096 ≈ 2^5909`): a Krawczyk
    /// box of `implicit-bias` whose `Xᵀλ − δ` leaves ±`MAX_EXP_ARG` is rejected (the cost of
    /// `e^q` grows like |q| bits).
    pub const MAX_EXP_ARG: u32 = 4096;
    /// The largest replay work `steps × precision_bits` (summed over boxes for
    /// `nonasymptotic`) of every claim with `evidence.precision_bits`.
    pub const MAX_BIT_STEPS: u64 = 1 << 31;
    /// The largest model size (parameters) the checker accepts (keeps the Hessian work bounded).
    pub const MAX_PARAMS: usize = 128;
}

/// Caps of [`crate::check::subcritical`].
pub mod subcritical {
    /// The largest horizon accepted.
    pub const MAX_STEPS: u64 = 1_000_000;
    /// The largest `precision_bits`.
    pub const MAX_PRECISION_BITS: u32 = 1 << 16;
    /// The largest total number of rounded operations of the replay.
    pub const MAX_STEP_OPS: u64 = 100_000_000;
}

/// Caps of [`crate::check::trajectory`].
pub mod trajectory {
    /// The largest number of steps accepted.
    pub const MAX_STEPS: u64 = 100_000_000;
    /// The largest number of steps accepted in exact mode (`precision_bits: null`).
    pub const MAX_EXACT_STEPS: u64 = 40;
    /// The largest `precision_bits`.
    pub const MAX_PRECISION_BITS: u32 = 1 << 16;
    /// The largest total number of rounded interval operations of the replay.
    pub const MAX_STEP_OPS: u64 = 200_000_000;
    /// The largest bit length of a numerator or denominator in a replayed box.
    pub const MAX_NUMBER_BITS: u64 = 1 << 16;
    /// The largest bit length of a numerator or denominator in the exact interval `LDLᵀ`.
    pub const MAX_LDL_BITS: u64 = 1 << 20;
}

/// Caps of [`crate::check::trapping`].
pub mod trapping {
    /// The deepest subdivision accepted.
    pub const MAX_DEPTH: usize = 60;
    /// The longest tree accepted (characters): two per box of the prover's search budget
    /// of 200 000 boxes, plus one. Every leaf costs an exact polynomial evaluation.
    pub const MAX_TREE: usize = 400_001;
}
