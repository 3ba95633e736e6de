//! Independent checker (placeholder until the checker branch lands).

use std::path::Path;

/// What the checker concluded about a well-formed certificate.
#[derive(Debug)]
pub struct CheckReport {
    /// The claim was re-verified.
    pub verified: bool,
    /// One line on what was checked.
    pub summary: String,
}

/// Why a certificate was rejected.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CheckFailure(pub String);

/// Check a certificate file.
///
/// # Errors
/// Always, until the checker lands.
pub fn check_file(_path: &Path) -> Result<CheckReport, CheckFailure> {
    Err(CheckFailure("checker not yet available".into()))
}
