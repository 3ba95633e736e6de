//! # eoscert — certified gradient descent at large learning rates
//!
//! eoscert proves, with outward-rounded interval arithmetic, what gradient descent (GD) does at
//! the edge of stability: trajectories, period-two orbits, critical power laws. Results are JSON
//! certificates that an independent exact-rational checker re-verifies.
//!
//! Layout (one concept per module):
//! - [`arith`]: the scalar abstraction and its four backends (`f64`, `interval`, `mpfr:BITS`,
//!   `rational`);
//! - [`model`]: the least-squares models (deep scalar factorisation, inner product), their
//!   constants λ*, η_crit, ν, c* and the exact planar reduction;
//! - [`dynamics`]: the maps GD iterates, written once over any scalar (step and Jacobian);
//! - [`certify`]: the rigorous engines, one per claim kind;
//! - [`certificate`]: the JSON certificate format and the independent checker;
//! - [`claims`]: claim files (`proofs/*.toml`) and the default set;
//! - [`guard`]: the guardrail for fast f64 GD kernels (their steps against the rigorous
//!   enclosure, in ulps; a proptest harness);
//! - [`shard`]: deterministic, balanced splits of a job over N workers;
//! - [`cli`]: the command line.

pub mod arith;
pub mod certificate;
pub mod certify;
pub mod claims;
pub mod cli;
pub mod dynamics;
pub mod guard;
pub mod model;
pub mod plot;
pub mod shard;

/// Errors for bad input and I/O. A claim that fails to verify is *not* an error: it is a
/// certificate with `verified: false` and a reason.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A command-line argument or claim-file field is invalid; the message says how to fix it.
    #[error("{0}")]
    BadInput(String),
    /// A field of a problem is invalid. `field` is its name in claim files (`steps`, `eta`,
    /// `init`, `max_steps`, `model.depth`); the command line shows it as its flag (`--steps`),
    /// the claim-file loader as the key with its position in the file. The library never
    /// names a command-line flag.
    #[error("{field}: {message}")]
    Field {
        /// The field, as spelled in claim files.
        field: &'static str,
        /// What is wrong and how to fix it (without the field name).
        message: String,
    },
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl From<eoscert_check::sgd::BatchError> for Error {
    fn from(e: eoscert_check::sgd::BatchError) -> Self {
        Error::field("batch", e.to_string())
    }
}

impl From<eoscert_check::sgd::SamplerKindError> for Error {
    fn from(e: eoscert_check::sgd::SamplerKindError) -> Self {
        Error::field("sampler", e.to_string())
    }
}

impl Error {
    /// An [`Error::Field`] for `field`.
    pub fn field(field: &'static str, message: impl Into<String>) -> Self {
        Error::Field {
            field,
            message: message.into(),
        }
    }

    /// The same error attributed to `field` if it names no field yet (a number that does not
    /// parse, say); I/O errors and field errors are returned unchanged.
    pub fn in_field(self, field: &'static str) -> Self {
        match self {
            Error::BadInput(message) => Error::Field { field, message },
            other => other,
        }
    }
}
