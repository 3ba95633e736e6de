//! The `trajectory` claim (in progress).

use super::{CheckFailure, Inputs};
use crate::certificate::Certificate;

/// Check a `trajectory` certificate.
///
/// # Errors
/// Always, for now.
pub fn check(_cert: &Certificate, _inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    Err(CheckFailure::rejected(
        "claim",
        "trajectory checker not implemented yet",
    ))
}
