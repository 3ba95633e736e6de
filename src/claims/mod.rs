//! Claim files: one theorem instance per TOML file in `proofs/`, and the embedded default set
//! that `eoscert prove` runs without arguments.
//!
//! ```toml
//! # proofs/trajectory-p2-eta1.toml
//! claim = "trajectory"
//! backend = "mpfr:256"
//! eta = "1"
//! init = ["1.25", "0.85"]
//! steps = 1000
//!
//! [model]
//! kind = "factorisation"
//! depth = 2
//! target = "1"
//! ```
//! Numbers are strings, parsed exactly (`"1.17"` is 117/100). Unknown keys are errors, so a
//! typo never silently falls back to a default.

use num_rational::BigRational;
use serde::Deserialize;

use crate::Error;
use crate::arith::{Backend, parse_rational};
use crate::certificate::Certificate;
use crate::certify::subcritical::{MAX_SUB_STEPS, SubcriticalProblem, prove_subcritical};
use crate::certify::trajectory::{Observation, TrajectoryProblem, prove_trajectory};
use crate::model::Model;

/// The default claim set, embedded at build time (the files of `proofs/`).
pub const DEFAULT_CLAIMS: &[(&str, &str)] = &[
    (
        "trajectory-p2-eta1.toml",
        include_str!("../../proofs/trajectory-p2-eta1.toml"),
    ),
    (
        "trajectory-p5-subcritical.toml",
        include_str!("../../proofs/trajectory-p5-subcritical.toml"),
    ),
    (
        "trajectory-inner-product.toml",
        include_str!("../../proofs/trajectory-inner-product.toml"),
    ),
    (
        "trajectory-p2-rational.toml",
        include_str!("../../proofs/trajectory-p2-rational.toml"),
    ),
    (
        "subcritical-p2-reference.toml",
        include_str!("../../proofs/subcritical-p2-reference.toml"),
    ),
    (
        "subcritical-p3-a.toml",
        include_str!("../../proofs/subcritical-p3-a.toml"),
    ),
    (
        "subcritical-p3-b.toml",
        include_str!("../../proofs/subcritical-p3-b.toml"),
    ),
];

/// The model section of a claim file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSpec {
    /// `factorisation` or `inner-product`.
    pub kind: String,
    /// Depth p (factorisation).
    pub depth: Option<usize>,
    /// Dimension d (inner product).
    pub dim: Option<usize>,
    /// Target y, exact.
    pub target: String,
}

impl ModelSpec {
    /// Build the model, validating every field.
    ///
    /// # Errors
    /// [`Error::BadInput`] for an unknown kind, a missing depth/dim, or invalid values.
    pub fn build(&self) -> Result<Model, Error> {
        let target = parse_rational(&self.target)?;
        match (self.kind.as_str(), self.depth, self.dim) {
            ("factorisation", Some(p), None) => Model::factorisation(p, target),
            ("inner-product", None, Some(d)) => Model::inner_product(d, target),
            ("factorisation", _, _) => Err(Error::BadInput(
                "model kind factorisation needs `depth` (and no `dim`)".into(),
            )),
            ("inner-product", _, _) => Err(Error::BadInput(
                "model kind inner-product needs `dim` (and no `depth`)".into(),
            )),
            (other, _, _) => Err(Error::BadInput(format!(
                "unknown model kind {other:?}; expected factorisation or inner-product"
            ))),
        }
    }
}

/// One claim file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimFile {
    /// The claim kind: `trajectory`.
    pub claim: String,
    /// The model.
    pub model: ModelSpec,
    /// The backend (`interval`, `mpfr:BITS`, `rational`); default `mpfr:256` (`subcritical`:
    /// precision chosen from a float plan).
    pub backend: Option<String>,
    /// The learning rate, exact.
    pub eta: Option<String>,
    /// The initial point, exact.
    pub init: Option<Vec<String>>,
    /// The number of steps.
    pub steps: Option<u64>,
    /// `subcritical`: the largest horizon T tried (default [`MAX_SUB_STEPS`]).
    pub max_steps: Option<u64>,
}

impl ClaimFile {
    /// Parse TOML text; `name` is used in error messages.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the file and the offending key.
    pub fn parse(name: &str, text: &str) -> Result<Self, Error> {
        toml::from_str(text).map_err(|e| Error::BadInput(format!("{name}: {}", e.message())))
    }

    /// Run the claim.
    ///
    /// # Errors
    /// [`Error::BadInput`] for missing or invalid fields.
    pub fn run(&self, observe: &mut dyn FnMut(&Observation)) -> Result<Certificate, Error> {
        let model = self.model.build()?;
        if self.claim == "subcritical" {
            let backend: Option<Backend> = self.backend.as_deref().map(str::parse).transpose()?;
            let problem = SubcriticalProblem::new(
                model,
                self.required("eta", &self.eta)
                    .and_then(|s| parse_rational(s))?,
                parse_list(self.required("init", &self.init)?)?,
                self.max_steps.unwrap_or(MAX_SUB_STEPS),
            )?;
            return prove_subcritical(&problem, backend, &mut |_, _| {});
        }
        let backend: Backend = self.backend.as_deref().unwrap_or("mpfr:256").parse()?;
        match self.claim.as_str() {
            "trajectory" => {
                let problem = TrajectoryProblem::new(
                    model,
                    self.required("eta", &self.eta)
                        .and_then(|s| parse_rational(s))?,
                    parse_list(self.required("init", &self.init)?)?,
                    *self.required("steps", &self.steps)?,
                )?;
                prove_trajectory(&problem, backend, observe)
            }
            other => Err(Error::BadInput(format!(
                "unknown claim kind {other:?}; expected trajectory or subcritical"
            ))),
        }
    }

    fn required<'a, T>(&self, key: &str, value: &'a Option<T>) -> Result<&'a T, Error> {
        value
            .as_ref()
            .ok_or_else(|| Error::BadInput(format!("claim {:?} needs the key `{key}`", self.claim)))
    }
}

/// Parse a list of exact numbers.
///
/// # Errors
/// [`Error::BadInput`] for the first entry that is not a number.
pub fn parse_list<T: AsRef<str>>(items: &[T]) -> Result<Vec<BigRational>, Error> {
    items.iter().map(|s| parse_rational(s.as_ref())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded set is exactly the directory `proofs/`, and every file parses.
    #[test]
    fn default_set_matches_proofs_directory() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/proofs");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = DEFAULT_CLAIMS.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
        for (name, text) in DEFAULT_CLAIMS {
            let claim = ClaimFile::parse(name, text).unwrap();
            claim.model.build().unwrap();
        }
    }

    #[test]
    fn typos_are_errors() {
        let text = "claim = \"trajectory\"\nsteps = 3\neta = \"1\"\ninit = [\"1\", \"1\"]\nstep = 4\n[model]\nkind = \"factorisation\"\ndepth = 2\ntarget = \"1\"\n";
        let err = ClaimFile::parse("x.toml", text).unwrap_err().to_string();
        assert!(err.contains("step"), "{err}");
        let text = text
            .replace("step = 4\n", "")
            .replace("factorisation", "factorization");
        let claim = ClaimFile::parse("x.toml", &text).unwrap();
        assert!(
            claim
                .run(&mut |_| {})
                .unwrap_err()
                .to_string()
                .contains("factorization")
        );
    }
}
