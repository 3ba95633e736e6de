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
use crate::certify::balancing::{
    BalanceProblem, DEFAULT_MAX_STEPS as BALANCE_MAX_STEPS, prove_balancing,
};
use crate::certify::bound::{BoundProblem, Domain, prove_bound};
use crate::certify::catapult::{CatapultProblem, DEFAULT_MAX_STEPS, prove_catapult};
use crate::certify::catapult_map::{CatapultMapProblem, DEFAULT_CELL_STEPS, prove_catapult_map};
use crate::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, default_checkpoints, prove_critical,
};
use crate::certify::dln_comparison::{ComparisonProblem, prove_comparison};
use crate::certify::dln_divergence::prove_divergence;
use crate::certify::implicit_bias::{
    DEFAULT_MAX_STEPS as IB_MAX_STEPS, ImplicitBiasProblem, MAX_AUTO_BITS, prove_implicit_bias,
};
use crate::certify::orbit::{OrbitProblem, default_width, prove_flip_boundary, prove_period_two};
use crate::certify::regime_map::{RegimeMapProblem, prove_regime_map};
use crate::certify::subcritical::{MAX_SUB_STEPS, SubcriticalProblem, prove_subcritical};
use crate::certify::trajectory::{Observation, TrajectoryProblem, prove_trajectory};
use crate::model::Model;
use crate::model::diagonal::{Dataset, Sampler, SamplerKind};
use crate::model::product::Phi;

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
        "period-two-p2-eta1.1.toml",
        include_str!("../../proofs/period-two-p2-eta1.1.toml"),
    ),
    (
        "period-two-p2-eta21_20.toml",
        include_str!("../../proofs/period-two-p2-eta21_20.toml"),
    ),
    (
        "period-two-p2-eta1.3-unstable.toml",
        include_str!("../../proofs/period-two-p2-eta1.3-unstable.toml"),
    ),
    (
        "period-two-p3-eps0.05.toml",
        include_str!("../../proofs/period-two-p3-eps0.05.toml"),
    ),
    (
        "period-two-p5-eps0.05.toml",
        include_str!("../../proofs/period-two-p5-eps0.05.toml"),
    ),
    (
        "period-two-p8-eta0.26.toml",
        include_str!("../../proofs/period-two-p8-eta0.26.toml"),
    ),
    (
        "flip-boundary-p2.toml",
        include_str!("../../proofs/flip-boundary-p2.toml"),
    ),
    (
        "flip-boundary-p3.toml",
        include_str!("../../proofs/flip-boundary-p3.toml"),
    ),
    (
        "flip-boundary-p5.toml",
        include_str!("../../proofs/flip-boundary-p5.toml"),
    ),
    (
        "catapult-2.01.toml",
        include_str!("../../proofs/catapult-2.01.toml"),
    ),
    (
        "catapult-2.5.toml",
        include_str!("../../proofs/catapult-2.5.toml"),
    ),
    (
        "catapult-3.99.toml",
        include_str!("../../proofs/catapult-3.99.toml"),
    ),
    (
        "catapult-divergent-4.01.toml",
        include_str!("../../proofs/catapult-divergent-4.01.toml"),
    ),
    (
        "catapult-map-n10.toml",
        include_str!("../../proofs/catapult-map-n10.toml"),
    ),
    (
        "catapult-label-0.5.toml",
        include_str!("../../proofs/catapult-label-0.5.toml"),
    ),
    (
        "catapult-lazy-1.99.toml",
        include_str!("../../proofs/catapult-lazy-1.99.toml"),
    ),
    (
        "divergence-quad-h0.3.toml",
        include_str!("../../proofs/divergence-quad-h0.3.toml"),
    ),
    (
        "divergence-quartic-h0.2.toml",
        include_str!("../../proofs/divergence-quartic-h0.2.toml"),
    ),
    (
        "balancing-logcosh-h0.2.toml",
        include_str!("../../proofs/balancing-logcosh-h0.2.toml"),
    ),
    (
        "balancing-logcosh-h0.5.toml",
        include_str!("../../proofs/balancing-logcosh-h0.5.toml"),
    ),
    (
        "balancing-phuber-h0.2.toml",
        include_str!("../../proofs/balancing-phuber-h0.2.toml"),
    ),
    (
        "balancing-power3over2-h0.2.toml",
        include_str!("../../proofs/balancing-power3over2-h0.2.toml"),
    ),
    (
        "balancing-phuber-h0.5.toml",
        include_str!("../../proofs/balancing-phuber-h0.5.toml"),
    ),
    (
        "balancing-phuber-h0.99.toml",
        include_str!("../../proofs/balancing-phuber-h0.99.toml"),
    ),
    (
        "balancing-power4-dim2.toml",
        include_str!("../../proofs/balancing-power4-dim2.toml"),
    ),
    (
        "balancing-quad-h0.1.toml",
        include_str!("../../proofs/balancing-quad-h0.1.toml"),
    ),
    (
        "balancing-quad-h0.2.toml",
        include_str!("../../proofs/balancing-quad-h0.2.toml"),
    ),
    (
        "balancing-quad-h0.249.toml",
        include_str!("../../proofs/balancing-quad-h0.249.toml"),
    ),
    (
        "critical-p2.toml",
        include_str!("../../proofs/critical-p2.toml"),
    ),
    (
        "critical-inner-product.toml",
        include_str!("../../proofs/critical-inner-product.toml"),
    ),
    (
        "critical-p5.toml",
        include_str!("../../proofs/critical-p5.toml"),
    ),
    (
        "critical-p2-all-time.toml",
        include_str!("../../proofs/critical-p2-all-time.toml"),
    ),
    (
        "critical-p3-all-time.toml",
        include_str!("../../proofs/critical-p3-all-time.toml"),
    ),
    (
        "critical-p3-y2-all-time.toml",
        include_str!("../../proofs/critical-p3-y2-all-time.toml"),
    ),
    (
        "critical-inner-product-all-time.toml",
        include_str!("../../proofs/critical-inner-product-all-time.toml"),
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
    (
        "nonasymptotic-logcosh.toml",
        include_str!("../../proofs/nonasymptotic-logcosh.toml"),
    ),
    (
        "nonasymptotic-phuber.toml",
        include_str!("../../proofs/nonasymptotic-phuber.toml"),
    ),
    (
        "nonasymptotic-quad.toml",
        include_str!("../../proofs/nonasymptotic-quad.toml"),
    ),
    (
        "dln-divergence-gd-3.toml",
        include_str!("../../proofs/dln-divergence-gd-3.toml"),
    ),
    (
        "implicit-bias-gd-small.toml",
        include_str!("../../proofs/implicit-bias-gd-small.toml"),
    ),
    (
        "implicit-bias-gd-large.toml",
        include_str!("../../proofs/implicit-bias-gd-large.toml"),
    ),
    (
        "implicit-bias-sgd.toml",
        include_str!("../../proofs/implicit-bias-sgd.toml"),
    ),
    (
        "implicit-bias-sgd-with-replacement.toml",
        include_str!("../../proofs/implicit-bias-sgd-with-replacement.toml"),
    ),
    (
        "dln-comparison-small.toml",
        include_str!("../../proofs/dln-comparison-small.toml"),
    ),
    (
        "regime-map-p2.toml",
        include_str!("../../proofs/regime-map-p2.toml"),
    ),
    (
        "basin-map-p2.toml",
        include_str!("../../proofs/basin-map-p2.toml"),
    ),
    (
        "regime-map-p5.toml",
        include_str!("../../proofs/regime-map-p5.toml"),
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
    /// Target y, exact (absent for `diagonal`, whose targets are the last column of `data`).
    #[serde(default)]
    pub target: String,
    /// Loss shape φ of a `product` model (`quad`, `pseudo-huber`, `quartic`, `power:K`).
    pub phi: Option<String>,
    /// The rows `x1, …, xd, y` of a `diagonal` model, exact.
    pub data: Option<Vec<Vec<String>>>,
    /// A known interpolator β* of a `diagonal` model (`dln-comparison`), exact.
    pub beta_star: Option<Vec<String>>,
}

impl ModelSpec {
    /// Build the model, validating every field.
    ///
    /// # Errors
    /// [`Error::BadInput`] for an unknown kind, a missing depth/dim, or invalid values.
    pub fn build(&self) -> Result<Model, Error> {
        let target = parse_rational(&self.target).map_err(|e| e.in_field("model.target"))?;
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
    /// The claim kind: `trajectory`, `period-two`, `flip-boundary` or `critical`.
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
    /// The requested width of a boundary enclosure (`flip-boundary`), exact.
    pub width: Option<String>,
    /// Initial output f₀ of the uv model (`catapult`), exact.
    pub f0: Option<String>,
    /// Initial tangent kernel λ₀ of the uv model (`catapult`), exact.
    pub lambda0: Option<String>,
    /// Step budget: the largest horizon tried (`subcritical`, `catapult`, `balancing`).
    pub max_steps: Option<u64>,
    /// Extra checkpoints (`critical`; the horizon `steps` is always one).
    pub checkpoints: Option<Vec<u64>>,
    /// The midpoint arithmetic (`critical`): `f64` (default) or `float128` (alias `fixed128`).
    pub midpoint: Option<String>,
    /// Also prove the all-time trapping region after `steps` (`critical`, reduced coordinates).
    pub all_time: Option<bool>,
    /// The coordinates (`critical`): `auto` (default; reduced (r, Q) where they exist) or
    /// `theta`.
    pub coordinates: Option<String>,
    /// The initialisation scale α (`implicit-bias`), exact.
    pub alpha: Option<String>,
    /// The stepsize γ (`implicit-bias`), exact.
    pub stepsize: Option<String>,
    /// The GD stepsize (`dln-comparison`), exact.
    pub stepsize_gd: Option<String>,
    /// The SGD stepsize (`dln-comparison`), exact.
    pub stepsize_sgd: Option<String>,
    /// SGD batch size (`implicit-bias`; absent: full-batch GD).
    pub batch: Option<usize>,
    /// SGD sampler seed (`implicit-bias`).
    pub seed: Option<u64>,
    /// The learning-rate range `"LO:HI"` (`regime-map`, `catapult-map`), exact.
    pub eta_range: Option<String>,
    /// The largest period K (`regime-map`; default 8).
    pub max_period: Option<usize>,
    /// The uncovered gap allowed at each window end (`regime-map`; default 1e-6) or boundary
    /// (`catapult-map`; default (HI − LO)/10⁶), exact.
    pub gap: Option<String>,
    /// SGD sampler (`implicit-bias`): `reshuffle` (default) or `with-replacement`.
    pub sampler: Option<String>,
    /// The box of starts `"a:b,c:d"` (plane, depth 2) or `"a:b"` (line) (`basin-map`), exact.
    pub init_box: Option<String>,
    /// Cells per side before bisection (`basin-map`; default 8).
    pub cells: Option<usize>,
    /// Bisection levels below the grid (`basin-map`; default 2).
    pub max_level: Option<u32>,
}

impl ClaimFile {
    /// Parse TOML text; `name` is used in error messages.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the file and the offending key.
    pub fn parse(name: &str, text: &str) -> Result<Self, Error> {
        toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map(|span| position(text, span.start))
                .map_or(String::new(), |(line, col)| format!(":{line}:{col}"));
            Error::BadInput(format!("{name}{at}: {}", e.message().trim()))
        })
    }

    /// Parse a claim given as JSON (the same keys as the TOML form; the Python bindings build
    /// claims this way); `name` is used in error messages.
    ///
    /// # Errors
    /// [`Error::BadInput`] naming the offending key.
    pub fn parse_json(name: &str, text: &str) -> Result<Self, Error> {
        serde_json::from_str(text).map_err(|e| Error::BadInput(format!("{name}: {e}")))
    }

    /// Run the claim.
    ///
    /// # Errors
    /// [`Error::BadInput`] for missing or invalid fields.
    pub fn run(&self, observe: &mut dyn FnMut(&Observation)) -> Result<Certificate, Error> {
        self.run_reporting(observe, &mut |_, _| {})
    }

    /// Run the claim, reporting progress as `progress(done, total)` in steps for the long-running
    /// kinds (`trajectory`, `critical`, `subcritical`; `total` may grow for `subcritical`, whose
    /// horizon is found as it runs); the other kinds report nothing.
    ///
    /// # Errors
    /// [`Error::BadInput`] for missing or invalid fields.
    pub fn run_reporting(
        &self,
        observe: &mut dyn FnMut(&Observation),
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Certificate, Error> {
        let chosen: Option<Backend> = self
            .backend
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(|e: Error| e.in_field("backend"))?;
        let backend = chosen.unwrap_or(Backend::Mpfr(256));
        // The paper-003 models (`uv`, `product`) are not least-squares `Model`s.
        match self.claim.as_str() {
            "catapult" => return self.run_catapult(backend),
            "catapult-map" => return self.run_catapult_map(backend),
            "implicit-bias" => {
                return prove_implicit_bias(&self.diagonal_problem("implicit-bias")?, backend);
            }
            "dln-comparison" => return prove_comparison(&self.comparison_problem()?, backend),
            "dln-divergence" => {
                return prove_divergence(
                    &self.diagonal_problem("dln-divergence")?,
                    backend,
                    MAX_AUTO_BITS,
                );
            }
            "balancing" | "divergence" => return self.run_balancing(backend),
            _ => {}
        }
        if self.claim == "nonasymptotic" {
            return self.run_bound(backend);
        }
        let model = self.model.build()?;
        match self.claim.as_str() {
            "subcritical" => {
                let problem = SubcriticalProblem::new(
                    model,
                    self.exact("eta", &self.eta)?,
                    self.exact_list("init", &self.init)?,
                    self.max_steps.unwrap_or(MAX_SUB_STEPS),
                )?;
                prove_subcritical(&problem, chosen, progress)
            }
            "trajectory" => {
                let problem = TrajectoryProblem::new(
                    model,
                    self.exact("eta", &self.eta)?,
                    self.exact_list("init", &self.init)?,
                    *self.required("steps", &self.steps)?,
                )?;
                let steps = problem.steps;
                prove_trajectory(&problem, backend, &mut |obs| {
                    progress(obs.step, steps);
                    observe(obs);
                })
            }
            "period-two" => {
                let (depth, target) = factorisation_of(&model, "period-two")?;
                let eta = self.exact("eta", &self.eta)?;
                prove_period_two(&OrbitProblem { depth, target, eta }, backend)
            }
            "flip-boundary" => {
                let (depth, target) = factorisation_of(&model, "flip-boundary")?;
                let width = self
                    .width
                    .as_deref()
                    .map(parse_rational)
                    .transpose()
                    .map_err(|e| e.in_field("width"))?
                    .unwrap_or_else(default_width);
                prove_flip_boundary(depth, &target, &width, backend)
            }
            "critical" => {
                let problem = self.critical_problem(&model)?;
                prove_critical(&problem, |t| progress(t, problem.steps))
            }
            "regime-map" => self.run_regime_map(&model, backend),
            "basin-map" => self.run_basin_map(&model),
            other => Err(Error::BadInput(format!(
                "unknown claim kind {other:?}; expected trajectory, period-two, flip-boundary, \
                 critical, subcritical, catapult, balancing, nonasymptotic, implicit-bias, \
                 dln-divergence or dln-comparison"
            ))),
        }
    }

    /// The `regime-map` claim: `eta_range = "LO:HI"`, `max_period`, `gap`; the backend
    /// (`mpfr:BITS`) is the precision of the window-end proofs.
    fn run_regime_map(&self, model: &Model, backend: Backend) -> Result<Certificate, Error> {
        let (depth, target) = factorisation_of(model, "regime-map")?;
        let range = self.required("eta_range", &self.eta_range)?;
        let (lo, hi) = range
            .split_once(':')
            .ok_or_else(|| Error::BadInput("eta_range: expected \"LO:HI\"".into()))?;
        let Backend::Mpfr(end_bits) = backend else {
            return Err(Error::BadInput(
                "claim \"regime-map\" needs backend mpfr:BITS".into(),
            ));
        };
        let problem = RegimeMapProblem {
            depth,
            target,
            eta_lo: parse_rational(lo)?,
            eta_hi: parse_rational(hi)?,
            max_period: self.max_period.unwrap_or(8),
            gap: parse_rational(self.gap.as_deref().unwrap_or("1e-6"))?,
            end_bits,
        };
        prove_regime_map(&problem)
    }

    /// The `basin-map` claim: `eta`, `init_box = "a:b,c:d"` (or `"a:b"` on the line), `cells`,
    /// `max_level`.
    fn run_basin_map(&self, model: &Model) -> Result<Certificate, Error> {
        let (depth, target) = factorisation_of(model, "basin-map")?;
        let text = self.required("init_box", &self.init_box)?;
        let init_box = text
            .split(',')
            .map(|part| {
                let (lo, hi) = part
                    .split_once(':')
                    .ok_or_else(|| Error::field("init_box", "expected \"a:b,c:d\" or \"a:b\""))?;
                Ok((
                    parse_rational(lo).map_err(|e| e.in_field("init_box"))?,
                    parse_rational(hi).map_err(|e| e.in_field("init_box"))?,
                ))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let problem = crate::certify::basin::BasinProblem {
            depth,
            target,
            eta: self.exact("eta", &self.eta)?,
            init_box,
            grid: self.cells.unwrap_or(8),
            max_level: self.max_level.unwrap_or(2),
            max_steps: 400,
        };
        crate::certify::basin::prove_basin(&problem)
    }

    /// The `catapult` claim: `[model] kind = "uv"`, `dim` = width n, `target` = label.
    fn run_catapult(&self, backend: Backend) -> Result<Certificate, Error> {
        if self.model.kind != "uv" || self.model.depth.is_some() {
            return Err(Error::BadInput(
                "claim \"catapult\" needs model kind uv with `dim` (the width n) and no `depth`"
                    .into(),
            ));
        }
        let n = *self.required("model.dim", &self.model.dim)?;
        let problem = CatapultProblem::new(
            n as u64,
            self.exact("f0", &self.f0)?,
            self.exact("lambda0", &self.lambda0)?,
            self.exact("eta", &self.eta)?,
            parse_rational(&self.model.target).map_err(|e| e.in_field("model.target"))?,
            self.max_steps.unwrap_or(DEFAULT_MAX_STEPS),
        )?;
        prove_catapult(&problem, backend)
    }

    /// The `catapult-map` claim: `[model] kind = "uv"`, `dim` = width n, `target` = label;
    /// `eta_range = "LO:HI"`, `f0`, `lambda0`, optional `gap` and `max_steps` (per cell).
    fn run_catapult_map(&self, backend: Backend) -> Result<Certificate, Error> {
        if self.model.kind != "uv" || self.model.depth.is_some() {
            return Err(Error::BadInput(
                "claim \"catapult-map\" needs model kind uv with `dim` (the width n) and no \
                 `depth`"
                    .into(),
            ));
        }
        let n = *self.required("model.dim", &self.model.dim)?;
        let range = self.required("eta_range", &self.eta_range)?;
        let (lo, hi) = range
            .split_once(':')
            .ok_or_else(|| Error::field("eta_range", "expected \"LO:HI\""))?;
        let gap = self
            .gap
            .as_deref()
            .map(parse_rational)
            .transpose()
            .map_err(|e| e.in_field("gap"))?;
        let problem = CatapultMapProblem::new(
            n as u64,
            self.exact("f0", &self.f0)?,
            self.exact("lambda0", &self.lambda0)?,
            parse_rational(&self.model.target).map_err(|e| e.in_field("model.target"))?,
            parse_rational(lo).map_err(|e| e.in_field("eta_range"))?,
            parse_rational(hi).map_err(|e| e.in_field("eta_range"))?,
            gap,
            self.max_steps.unwrap_or(DEFAULT_CELL_STEPS),
        )?;
        prove_catapult_map(&problem, backend)
    }

    /// The `implicit-bias` and `dln-divergence` claims: `[model] kind = "diagonal"`, `data` =
    /// rows `x1, …, xd, y`; `alpha`, `stepsize`, and for SGD `batch` and `seed`.
    fn diagonal_problem(&self, claim: &str) -> Result<ImplicitBiasProblem, Error> {
        if self.model.kind != "diagonal" || !self.model.target.is_empty() {
            return Err(Error::BadInput(format!(
                "claim \"{claim}\" needs model kind diagonal with `data` (rows x1,…,xd,y) \
                 and no `target`"
            )));
        }
        let rows = self
            .required("model.data", &self.model.data)?
            .iter()
            .map(|r| parse_list(r).map_err(|e| e.in_field("model.data")))
            .collect::<Result<Vec<_>, _>>()?;
        let data = Dataset::from_rows(rows)?;
        let sampler = match self.batch {
            Some(b) => {
                let kind = match &self.sampler {
                    Some(s) => SamplerKind::parse(s)?,
                    None => SamplerKind::Reshuffle,
                };
                Sampler::of_kind(kind, b, self.seed.unwrap_or(0), data.n())?
            }
            None => Sampler::Full,
        };
        ImplicitBiasProblem::new(
            data,
            self.exact("alpha", &self.alpha)?,
            self.exact("stepsize", &self.stepsize)?,
            sampler,
            self.max_steps.unwrap_or(IB_MAX_STEPS),
        )
    }

    /// The `dln-comparison` claim: the `implicit-bias` instance keys with `stepsize_gd`,
    /// `stepsize_sgd` (instead of `stepsize`), the SGD run's `batch`, `seed`, `sampler`, and
    /// optionally `[model] beta_star`.
    fn comparison_problem(&self) -> Result<ComparisonProblem, Error> {
        if self.stepsize.is_some() {
            return Err(Error::field(
                "stepsize",
                "claim \"dln-comparison\" takes stepsize_gd and stepsize_sgd",
            ));
        }
        let gamma_gd = self.exact("stepsize_gd", &self.stepsize_gd)?;
        let gamma_sgd = self.exact("stepsize_sgd", &self.stepsize_sgd)?;
        let sgd = ClaimFile {
            stepsize: self.stepsize_sgd.clone(),
            ..self.clone()
        }
        .diagonal_problem("dln-comparison")?;
        let base = ClaimFile {
            stepsize: self.stepsize_gd.clone(),
            batch: None,
            ..self.clone()
        }
        .diagonal_problem("dln-comparison")?;
        let beta_star = self
            .model
            .beta_star
            .as_ref()
            .map(|b| parse_list(b).map_err(|e| e.in_field("model.beta_star")))
            .transpose()?;
        ComparisonProblem::new(&base, gamma_gd, gamma_sgd, sgd.sampler, beta_star)
    }

    /// The `balancing` claim: `[model] kind = "product"`, `phi`, `target = "1"`; `init` is
    /// x1..xn, y1..yn; `eta` is the step h.
    fn run_balancing(&self, backend: Backend) -> Result<Certificate, Error> {
        if self.model.kind != "product" || self.model.depth.is_some() || self.model.target != "1" {
            return Err(Error::BadInput(
                "claim \"balancing\" needs model kind product with `phi`, target \"1\" and no \
                 `depth`"
                    .into(),
            ));
        }
        let phi: Phi = self.required("model.phi", &self.model.phi)?.parse()?;
        let init = self.exact_list("init", &self.init)?;
        if let Some(n) = self.model.dim
            && init.len() != 2 * n
        {
            return Err(Error::BadInput(format!(
                "claim \"balancing\": init has {} numbers, expected 2·dim = {}",
                init.len(),
                2 * n
            )));
        }
        let problem = BalanceProblem::new(
            phi,
            init,
            self.exact("eta", &self.eta)?,
            self.max_steps.unwrap_or(BALANCE_MAX_STEPS),
        )?;
        prove_balancing(&problem, backend)
    }

    /// The critical-regime problem of a `claim = "critical"` file (`eta` defaults to η_crit,
    /// `checkpoints` to the powers of ten below `steps`).
    ///
    /// # Errors
    /// [`Error::BadInput`] for missing or invalid keys.
    pub fn critical_problem(&self, model: &Model) -> Result<CriticalProblem, Error> {
        let steps = *self.required("steps", &self.steps)?;
        let midpoint = match self.midpoint.as_deref().unwrap_or("f64") {
            "f64" => Midpoint::F64,
            "float128" | "fixed128" => Midpoint::Float128,
            other => {
                return Err(Error::field(
                    "midpoint",
                    format!("{other:?}: expected f64 or float128"),
                ));
            }
        };
        let coordinates = match self.coordinates.as_deref().unwrap_or("auto") {
            "auto" => Coordinates::Auto,
            "theta" => Coordinates::Theta,
            other => {
                return Err(Error::field(
                    "coordinates",
                    format!("{other:?}: expected auto or theta"),
                ));
            }
        };
        Ok(CriticalProblem {
            all_time: self.all_time.unwrap_or(false),
            model: model.clone(),
            init: self.exact_list("init", &self.init)?,
            eta: self
                .eta
                .as_deref()
                .map(parse_rational)
                .transpose()
                .map_err(|e| e.in_field("eta"))?,
            steps,
            checkpoints: self
                .checkpoints
                .clone()
                .unwrap_or_else(|| default_checkpoints(steps)),
            midpoint,
            coordinates,
        })
    }

    /// The `nonasymptotic` claim: `[model] kind = "product"`, `dim = 1`, `phi`;
    /// `init = ["x:LO:HI", "y:LO:HI"]`, `eta = "LO:HI"`.
    fn run_bound(&self, backend: Backend) -> Result<Certificate, Error> {
        if self.model.kind != "product" || self.model.dim.unwrap_or(1) != 1 {
            return Err(Error::BadInput(
                "claim \"nonasymptotic\" needs model kind product with dim 1 and `phi`".into(),
            ));
        }
        let phi: Phi = self.required("model.phi", &self.model.phi)?.parse()?;
        let init = self.required("init", &self.init)?;
        let range = |key: &'static str, text: &str, prefix: &str| -> Result<_, Error> {
            let bad = || Error::field(key, format!("{text:?}: expected {prefix}LO:HI"));
            let (lo, hi) = text
                .strip_prefix(prefix)
                .and_then(|r| r.split_once(':'))
                .ok_or_else(bad)?;
            let exact = |s: &str| parse_rational(s).map_err(|e| e.in_field(key));
            Ok((exact(lo)?, exact(hi)?))
        };
        if init.len() != 2 {
            return Err(Error::BadInput(
                "claim \"nonasymptotic\": init = [\"x:LO:HI\", \"y:LO:HI\"]".into(),
            ));
        }
        let domain = Domain {
            x: range("init[0]", &init[0], "x:")?,
            y: range("init[1]", &init[1], "y:")?,
            h: range("eta", self.required("eta", &self.eta)?, "")?,
        };
        let problem = BoundProblem::new(phi, domain, self.max_steps.unwrap_or(2000), 8)?;
        prove_bound(&problem, backend)
    }

    fn required<'a, T>(&self, key: &'static str, value: &'a Option<T>) -> Result<&'a T, Error> {
        value
            .as_ref()
            .ok_or_else(|| Error::field(key, format!("missing: claim {:?} needs it", self.claim)))
    }

    /// The exact number of the required key `key`.
    fn exact(&self, key: &'static str, value: &Option<String>) -> Result<BigRational, Error> {
        parse_rational(self.required(key, value)?).map_err(|e| e.in_field(key))
    }

    /// The exact numbers of the required list `key`.
    fn exact_list(
        &self,
        key: &'static str,
        value: &Option<Vec<String>>,
    ) -> Result<Vec<BigRational>, Error> {
        parse_list(self.required(key, value)?).map_err(|e| e.in_field(key))
    }
}

/// A claim file's error as the claim-file loader shows it: a field error names the key and the
/// position of that key in the file, `NAME:LINE:COLUMN: key: message` (just `NAME: key: …`
/// when the key is absent); other errors are prefixed by the file name.
pub fn in_file(name: &str, text: &str, e: Error) -> Error {
    match e {
        Error::Field { field, message } => {
            let at =
                locate(text, field).map_or(String::new(), |(line, col)| format!(":{line}:{col}"));
            Error::BadInput(format!("{name}{at}: {field}: {message}"))
        }
        Error::BadInput(message) => Error::BadInput(format!("{name}: {message}")),
        io => io,
    }
}

/// The 1-based line and column of the key `field` (`steps`, or `model.depth` in the `[model]`
/// table) in TOML text, if it is there.
fn locate(text: &str, field: &str) -> Option<(usize, usize)> {
    let (table, key) = match field.split_once('.') {
        Some((table, key)) => (Some(table), key),
        None => (None, field),
    };
    let mut current: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(header) = trimmed.strip_prefix('[') {
            current = header.split(']').next().map(str::trim);
            continue;
        }
        let is_key = trimmed
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if is_key && current == table {
            return Some((i + 1, line.len() - trimmed.len() + 1));
        }
    }
    None
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The depth and target of a factorisation model (the orbit claims live on its line L).
fn factorisation_of(model: &Model, claim: &str) -> Result<(usize, BigRational), Error> {
    match model {
        Model::Factorisation { depth, target } => Ok((*depth, target.clone())),
        Model::InnerProduct { .. } => Err(Error::BadInput(format!(
            "claim {claim:?} needs model kind factorisation"
        ))),
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
            if ![
                "catapult",
                "catapult-map",
                "balancing",
                "divergence",
                "nonasymptotic",
                "implicit-bias",
                "dln-divergence",
                "dln-comparison",
            ]
            .contains(&claim.claim.as_str())
            {
                claim.model.build().unwrap();
            }
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
