//! Guardrail for fast float64 kernels: check a user's step function against the rigorous
//! enclosure of the exact step, in float steps (ulps).
//!
//! For downstream code with its own f64 kernel (fused multiply-add, SIMD, reordered sums, …):
//! a [`Guard`] holds the exact map G, encloses G from the kernel's own float input, and reports
//! how many float steps the kernel's output lies outside that enclosure. The map is
//! - the GD step of a [`Model`] with an exact learning rate η ([`Guard::new`], the map
//!   [`GdStep`]), or
//! - any map the user writes once over [`Scalar`] ([`GenericMap`], [`Guard::for_map`]): a GD
//!   step of another model (the uv catapult map, a diagonal network, …), a momentum method, a
//!   reduced recursion. `examples/guard_map.rs` guards the uv catapult map this way.
//!
//! Both go through the same code: `Guard::new(model, η)` is `Guard::for_map(GdStep)`.
//!
//! # Formula
//! For [`Guard::new`] the map is G(θ) = θ − η(f(θ) − y)∇f(θ) ([`Model::gd_step`]), with exact y
//! and η; for [`Guard::for_map`] it is the user's [`GenericMap::step`]. Every finite f64 is a
//! rational, so the kernel's input θ is taken exactly. For each coordinate i the guard
//! 1. encloses G(θ)ᵢ in a rigorous [`Backend`] (default `mpfr:256`) by evaluating the generic
//!    map in that backend (for a model, the same [`Model::gd_step`] the provers use);
//! 2. rounds the enclosure outward to its float hull [aᵢ, bᵢ] (aᵢ the largest double ≤ its lower
//!    end, bᵢ the smallest double ≥ its upper end);
//! 3. counts ulpsᵢ, the float steps from the kernel's output θ̃ᵢ to [aᵢ, bᵢ]
//!    ([`FloatHull::ulps_outside`]): 0 if aᵢ ≤ θ̃ᵢ ≤ bᵢ, k if θ̃ᵢ = next_upᵏ(bᵢ) or
//!    next_downᵏ(aᵢ).
//!
//! The kernel passes with tolerance `k` ([`Guard::with_ulps`]) when every ulpsᵢ ≤ k, that is
//! θ̃ᵢ ∈ [next_downᵏ(aᵢ), next_upᵏ(bᵢ)] ([`FloatHull::widened`]): exact float stepping, no epsilon.
//!
//! # Guarantee
//! Rigorous for [`Guard::new`]. For [`Guard::for_map`], rigorous exactly when the user's
//! [`GenericMap::step`] evaluates G with the backend's operations only (constants through
//! [`Scalar::from_rational`], no detour through `f64`): then every rigorous backend encloses the
//! exact G(θ) (see [`GenericMap`]). The enclosure contains the exact G(θ)ᵢ, so ulpsᵢ never exceeds the true number of
//! float steps from θ̃ᵢ to the floats adjacent to G(θ)ᵢ, and a [`GuardViolation`] proves that the
//! kernel's output is more than `k` steps beyond them. When [aᵢ, bᵢ] is the pair of floats
//! adjacent to G(θ)ᵢ (or G(θ)ᵢ itself when it is a float), ulpsᵢ is exact and 0 means faithfully
//! rounded (a correctly rounded kernel scores 0). With the exact `rational` backend this always
//! holds; with the default `mpfr:256` (relative width ~2⁻²⁵⁰ without cancellation) it holds
//! unless G(θ)ᵢ lies that close to a float, when the hull has 2 ulps. A wider enclosure
//! (`interval`, low-precision `mpfr`) weakens the check by its own width. The resolution is
//! reported, per coordinate, as [`UlpReport::enclosure_ulps`]: 0 or 1 means exact counts.
//!
//! Cost per step (2 shared cores under load, p = 2 / p = 5): `mpfr:256` ≈ 40 / 90 µs, `interval`
//! ≈ 11 / 21 µs, `rational` ≈ 0.2 / 1.5 ms (num-bigint rationals).
//!
//! The kernel may use its own float η (typically the double nearest the exact one): that
//! rounding is part of the error measured against the exact map. To measure the arithmetic
//! alone, give the guard the kernel's η as an exact rational
//! ([`rational_from_f64`]).
//!
//! # Narrow formats
//! A kernel computing in float32, bfloat16 or float16 is guarded the same way with
//! [`Guard::with_format`]: its input θ is a vector of values of that format (taken exactly),
//! the double hull of step 2 is rounded outward once more to the format's grid (the smallest
//! interval of format values containing the enclosure, [`Format::hull`]), and step 3 counts
//! the format's float steps. The guarantee is unchanged with "float" read as "value of the
//! format": a correctly rounded bfloat16 kernel scores 0 bfloat16 ulps.
//!
//! Ulps are relative to the output: where θᵢ − η r gᵢ cancels, any float kernel (including the
//! library's [`FastGd`](crate::model::fast::FastGd)) is many ulps off. Guard a region away from
//! such cancellation, or allow for it in the tolerance.
//!
//! # Examples
//! A kernel computing the p = 2 step with fused multiply-adds, checked over 50 steps
//! (re-anchored on its own iterate, so each step's error is measured alone):
//! ```
//! use eoscert::arith::parse_rational;
//! use eoscert::guard::Guard;
//! use eoscert::model::Model;
//!
//! let model = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
//! let guard = Guard::new(model, parse_rational("1").unwrap()).unwrap().with_ulps(2);
//! let fma_step = |t: &mut [f64]| {
//!     let e = t[0].mul_add(t[1], -1.0); // η (θ₁θ₂ − y), one rounding
//!     let (a, b) = (t[0], t[1]);
//!     t[0] = (-e).mul_add(b, a);
//!     t[1] = (-e).mul_add(a, b);
//! };
//! let report = guard.check_trajectory(&[1.25, 0.85], 50, fma_step).unwrap();
//! assert!(report.worst_ulps() <= 2);
//! // A kernel with the wrong sign in one coordinate is caught at the first step.
//! let buggy = |t: &mut [f64]| {
//!     let e = t[0] * t[1] - 1.0;
//!     let (a, b) = (t[0], t[1]);
//!     t[0] = a - e * b;
//!     t[1] = b + e * a;
//! };
//! let err = guard.check_trajectory(&[1.25, 0.85], 50, buggy).unwrap_err();
//! assert!(err.to_string().contains("step 0, θ[1]"));
//! ```

mod format;
#[cfg(feature = "proptest")]
mod harness;
mod ulps;

#[cfg(feature = "proptest")]
pub use harness::deterministic_runner;

use std::fmt;

use num_rational::BigRational;

use crate::arith::parse::rational_from_f64;
use crate::arith::{Backend, BackendTask, DEFAULT_MPFR_BITS, Scalar};
use crate::model::Model;

pub use format::Format;
pub use ulps::FloatHull;

/// The map trait the guard encloses: [`crate::dynamics::Map`] (contract there), under the
/// guard's name.
///
/// # Examples
/// The Hénon map (a = 7/5, b = 3/10) and a fused-multiply-add kernel of it:
/// ```
/// use eoscert::arith::{Scalar, parse_rational};
/// use eoscert::guard::{GenericMap, Guard};
///
/// struct Henon;
/// impl GenericMap for Henon {
///     fn dim(&self) -> usize {
///         2
///     }
///     fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
///         let a = S::from_rational(&parse_rational("7/5").unwrap(), ctx);
///         let b = S::from_rational(&parse_rational("3/10").unwrap(), ctx);
///         vec![S::from_int(1, ctx) - a * x[0].sqr() + x[1].clone(), b * x[0].clone()]
///     }
/// }
/// let guard = Guard::for_map(Henon).with_ulps(2);
/// let fma = |x: &mut [f64]| {
///     let (u, v) = (x[0], x[1]);
///     x[0] = (-1.4 * u).mul_add(u, 1.0) + v;
///     x[1] = 0.3 * u;
/// };
/// // Two steps from (0.1, 0.2): (1.186, 0.03), then (−0.939…, 0.3558); further on, where
/// // 1 − a·x₀² + x₁ cancels, every float kernel is many ulps off relative to the output.
/// let report = guard.check_trajectory(&[0.1, 0.2], 2, fma).unwrap();
/// assert!(report.worst_ulps() <= 2);
/// // A typo in b is caught at the first step, in coordinate 1.
/// let typo = |x: &mut [f64]| {
///     let (u, v) = (x[0], x[1]);
///     x[0] = (-1.4 * u).mul_add(u, 1.0) + v;
///     x[1] = 0.03 * u;
/// };
/// let err = guard.check_trajectory(&[0.1, 0.2], 2, typo).unwrap_err();
/// assert!(err.to_string().contains("step 0, θ[1]"));
/// ```
pub use crate::dynamics::Map as GenericMap;

/// The GD step of a [`Model`] with an exact learning rate η > 0, the map of [`Guard::new`]:
/// [`crate::dynamics::Gd`] under the guard's name.
pub use crate::dynamics::Gd as GdStep;

/// Bad input to the guard, or a kernel output outside the tolerance.
///
/// Everything but [`GuardError::Violation`] is a mistake in the call (fix the input);
/// `Violation` is the guard's finding about the kernel.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum GuardError {
    /// The learning rate is not positive.
    #[error("learning rate {0}: η must be > 0")]
    NonPositiveEta(String),
    /// The `f64` backend was chosen to enclose the exact step.
    #[error("backend f64 proves nothing: enclose the step with interval, mpfr:BITS or rational")]
    NotRigorous,
    /// An input or output vector does not have one entry per coordinate of the map.
    #[error("{what} has {got} coordinates; the map has {expected}")]
    Length {
        /// `"theta"` (the kernel's input), `"output"` (its result) or `"map step"` (the
        /// [`GenericMap::step`] result, a bug in the map).
        what: &'static str,
        /// The length passed.
        got: usize,
        /// The map's dimension ([`GenericMap::dim`]; a model's number of parameters).
        expected: usize,
    },
    /// The kernel's input has a NaN or infinite coordinate.
    #[error("θ[{coord}] = {value}: the kernel's input must be finite")]
    NonFiniteInput {
        /// The coordinate.
        coord: usize,
        /// Its value.
        value: f64,
    },
    /// The enclosure of the exact step has no finite float hull (the exact value leaves the
    /// f64 range, or the backend could not bound it).
    #[error(
        "step {step}, θ[{coord}]: the {backend} enclosure of the exact step is not within the f64 range; guard a region where the iterates stay finite"
    )]
    OutOfRange {
        /// The step (0-based) within the trajectory.
        step: u64,
        /// The coordinate.
        coord: usize,
        /// The enclosing backend.
        backend: String,
    },
    /// A kernel input or output that the guard's format does not represent (a float64 value
    /// given to a bfloat16 guard, …).
    #[error("{what}[{coord}] = {value:e} is not a {format} value")]
    NotInFormat {
        /// `"theta"` or `"output"`.
        what: &'static str,
        /// The coordinate.
        coord: usize,
        /// The value.
        value: f64,
        /// The guard's format.
        format: Format,
    },
    /// The enclosure of the exact step leaves the finite range of the guard's format.
    #[error("step {step}, θ[{coord}]: the exact step is beyond the largest finite {format} value")]
    FormatOverflow {
        /// The step (0-based).
        step: u64,
        /// The coordinate.
        coord: usize,
        /// The guard's format.
        format: Format,
    },
    /// A box of starting points that is empty or not finite.
    #[error("starting box [{lo}, {hi}]: need finite lo <= hi")]
    BadBox {
        /// The lower end passed.
        lo: f64,
        /// The upper end passed.
        hi: f64,
    },
    /// The kernel's output is outside the enclosure widened by the tolerance.
    #[error(transparent)]
    Violation(Box<GuardViolation>),
}

/// One coordinate of one checked step: where the kernel's output lies relative to the enclosure.
#[derive(Clone, Debug, PartialEq)]
pub struct Deviation {
    /// The step (0-based) within the trajectory; 0 for [`Guard::check_step`].
    pub step: u64,
    /// The coordinate.
    pub coord: usize,
    /// The kernel's input θ at this step (exact floats).
    pub theta: Vec<f64>,
    /// The kernel's output θ̃ᵢ.
    pub output: f64,
    /// The float hull of the enclosure of the exact G(θ)ᵢ.
    pub hull: FloatHull,
    /// Float steps from `output` to `hull` (`u64::MAX` for NaN).
    pub ulps: u64,
}

impl fmt::Display for Deviation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "step {}, θ[{}] = {:e} is {} ulps outside the exact step's hull {} (input θ = {:?})",
            self.step, self.coord, self.output, self.ulps, self.hull, self.theta
        )
    }
}

/// A kernel output more than the allowed number of ulps outside the rigorous enclosure: a
/// proof that the kernel is wrong by more than its stated tolerance at this input.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("kernel output outside the exact step widened by {allowed} ulps: {deviation}")]
pub struct GuardViolation {
    /// The offending coordinate.
    pub deviation: Deviation,
    /// The tolerance in ulps.
    pub allowed: u64,
}

/// The ulp errors found over the steps checked.
///
/// # Examples
/// ```
/// use eoscert::arith::parse_rational;
/// use eoscert::guard::Guard;
/// use eoscert::model::Model;
/// let model = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
/// // η = 1/2 and θ = (1.5, 0.5): e = η(f − y) = −1/8 and G(θ) = (1.5625, 0.6875), exact floats.
/// let guard = Guard::new(model, parse_rational("1/2").unwrap()).unwrap().with_ulps(3);
/// let report = guard.check_step(&[1.5, 0.5], &[1.5625, 0.6875_f64.next_up().next_up()]).unwrap();
/// assert_eq!(report.ulps, vec![0, 2]);
/// assert_eq!(report.enclosure_ulps, vec![0, 0]); // G(θ) is a pair of floats, enclosed exactly
/// assert_eq!(report.worst.unwrap().coord, 1);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct UlpReport {
    /// Steps checked.
    pub steps: u64,
    /// Per coordinate, the largest ulps outside the enclosure over all steps checked.
    pub ulps: Vec<u64>,
    /// Per coordinate, the widest float hull of an enclosure, in ulps: the check's resolution
    /// (0 or 1: the counts in `ulps` are exact).
    pub enclosure_ulps: Vec<u64>,
    /// The first coordinate where the largest ulps was found (`None` if nothing was checked).
    pub worst: Option<Deviation>,
}

impl UlpReport {
    /// A report of no steps for `n` coordinates.
    pub fn empty(n: usize) -> Self {
        UlpReport {
            steps: 0,
            ulps: vec![0; n],
            enclosure_ulps: vec![0; n],
            worst: None,
        }
    }

    /// The largest ulps outside the enclosure over every coordinate and step.
    pub fn worst_ulps(&self) -> u64 {
        self.worst.as_ref().map_or(0, |d| d.ulps)
    }

    /// Fold in the report of further steps (of the same model).
    pub fn merge(&mut self, other: UlpReport) {
        self.steps += other.steps;
        for (a, b) in self.ulps.iter_mut().zip(&other.ulps) {
            *a = (*a).max(*b);
        }
        for (a, b) in self.enclosure_ulps.iter_mut().zip(&other.enclosure_ulps) {
            *a = (*a).max(*b);
        }
        if let Some(d) = other.worst
            && self.worst.as_ref().is_none_or(|w| d.ulps > w.ulps)
        {
            self.worst = Some(d);
        }
    }
}

impl fmt::Display for UlpReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} steps, worst {} ulps outside the exact step (per coordinate {:?}), enclosures ≤ {} ulps wide",
            self.steps,
            self.worst_ulps(),
            self.ulps,
            self.enclosure_ulps.iter().max().copied().unwrap_or(0)
        )
    }
}

/// An exact map (by default the GD step of a model), a tolerance in ulps and a rigorous
/// backend: checks a fast f64 kernel's steps (see the [module documentation](self)).
#[derive(Clone, Debug)]
pub struct Guard<M = GdStep> {
    map: M,
    ulps: u64,
    backend: Backend,
    format: Format,
}

impl Guard<GdStep> {
    /// A guard for GD on `model` with the exact learning rate `eta`, tolerance 0 ulps (faithful
    /// rounding) and the `mpfr:256` backend: `Guard::for_map(GdStep::new(model, eta)?)`.
    ///
    /// # Errors
    /// [`GuardError::NonPositiveEta`] unless `eta > 0`.
    pub fn new(model: Model, eta: BigRational) -> Result<Self, GuardError> {
        let eta_text = eta.to_string();
        let map = GdStep::new(model, eta).map_err(|_| GuardError::NonPositiveEta(eta_text))?;
        Ok(Guard::for_map(map))
    }

    /// The model.
    pub fn model(&self) -> &Model {
        self.map.model()
    }

    /// The exact learning rate.
    pub fn eta(&self) -> &BigRational {
        self.map.eta()
    }
}

impl<M: GenericMap> Guard<M> {
    /// A guard for the user's map `map` (written over [`Scalar`]; see the contract of
    /// [`GenericMap`]), tolerance 0 ulps and the `mpfr:256` backend.
    pub fn for_map(map: M) -> Self {
        Guard {
            map,
            ulps: 0,
            backend: Backend::Mpfr(DEFAULT_MPFR_BITS),
            format: Format::F64,
        }
    }

    /// The same guard with tolerance `ulps` (an unsigned count: a negative tolerance does not
    /// type-check).
    ///
    /// ```compile_fail
    /// # use eoscert::{guard::Guard, model::Model, arith::parse_rational};
    /// # let g = Guard::new(Model::factorisation(2, parse_rational("1").unwrap()).unwrap(), parse_rational("1").unwrap()).unwrap();
    /// g.with_ulps(-1);
    /// ```
    pub fn with_ulps(mut self, ulps: u64) -> Self {
        self.ulps = ulps;
        self
    }

    /// The same guard enclosing the exact step with `backend`.
    ///
    /// # Errors
    /// [`GuardError::NotRigorous`] for [`Backend::F64`].
    pub fn with_backend(mut self, backend: Backend) -> Result<Self, GuardError> {
        if !backend.is_rigorous() {
            return Err(GuardError::NotRigorous);
        }
        self.backend = backend;
        Ok(self)
    }

    /// The same guard for a kernel computing in `format` (default float64): its inputs and
    /// outputs must be values of the format, the enclosure of the exact step is rounded
    /// outward to the format's grid ([`Format::hull`]) and ulps are the format's float steps.
    /// The guarantee is the float64 one with "float" read as "value of the format".
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// The format of the kernel's values.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The map.
    pub fn map(&self) -> &M {
        &self.map
    }

    /// The tolerance in ulps.
    pub fn ulps(&self) -> u64 {
        self.ulps
    }

    /// The backend enclosing the exact step.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The hulls of the rigorous enclosure of the exact step G(θ) in the guard's format (float64
    /// unless [`Guard::with_format`]), one per coordinate.
    ///
    /// # Errors
    /// [`GuardError::Length`], [`GuardError::NonFiniteInput`], [`GuardError::NotInFormat`] for
    /// a bad `theta`; [`GuardError::OutOfRange`] or [`GuardError::FormatOverflow`] if a hull is
    /// not finite.
    pub fn enclose_step(&self, theta: &[f64]) -> Result<Vec<FloatHull>, GuardError> {
        self.hulls(0, theta)
    }

    /// Check one kernel step: `output` should be G(`theta`) within the tolerance.
    ///
    /// # Errors
    /// [`GuardError::Violation`] for the first coordinate more than [`Guard::ulps`] outside the
    /// enclosure; the input errors of [`Guard::enclose_step`], and [`GuardError::Length`] for
    /// `output`.
    pub fn check_step(&self, theta: &[f64], output: &[f64]) -> Result<UlpReport, GuardError> {
        self.check_at(0, theta, output)
    }

    /// Run `kernel` (one GD step in place) for `steps` steps from `theta0`, checking each step
    /// against the exact step *from the kernel's own previous iterate*, so only one-step errors
    /// are measured (errors do not accumulate into the comparison). Stops at the first violation.
    ///
    /// # Errors
    /// As [`Guard::check_step`], with the step index in the violation.
    pub fn check_trajectory(
        &self,
        theta0: &[f64],
        steps: u64,
        mut kernel: impl FnMut(&mut [f64]),
    ) -> Result<UlpReport, GuardError> {
        self.validate(theta0)?;
        let mut report = UlpReport::empty(theta0.len());
        let mut theta = theta0.to_vec();
        let mut next = theta.clone();
        for step in 0..steps {
            next.copy_from_slice(&theta);
            kernel(&mut next);
            report.merge(self.check_at(step, &theta, &next)?);
            std::mem::swap(&mut theta, &mut next);
        }
        Ok(report)
    }

    /// Where each coordinate of the kernel's `output` lies relative to the enclosure of the
    /// exact step from `theta`, whatever the tolerance (`step` labels the deviations): one
    /// [`Deviation`] per coordinate.
    ///
    /// # Errors
    /// The input errors of [`Guard::enclose_step`]; [`GuardError::Length`] and
    /// [`GuardError::NotInFormat`] for `output`.
    pub fn measure_step(
        &self,
        step: u64,
        theta: &[f64],
        output: &[f64],
    ) -> Result<Vec<Deviation>, GuardError> {
        let hulls = self.hulls(step, theta)?;
        if output.len() != hulls.len() {
            return Err(GuardError::Length {
                what: "output",
                got: output.len(),
                expected: hulls.len(),
            });
        }
        let format = self.format;
        if let Some((coord, &value)) = output
            .iter()
            .enumerate()
            .find(|(_, x)| !x.is_nan() && !format.holds(**x))
        {
            return Err(GuardError::NotInFormat {
                what: "output",
                coord,
                value,
                format,
            });
        }
        Ok(hulls
            .iter()
            .zip(output)
            .enumerate()
            .map(|(coord, (hull, &x))| Deviation {
                step,
                coord,
                theta: theta.to_vec(),
                output: x,
                hull: *hull,
                ulps: format.ulps_outside(hull, x),
            })
            .collect())
    }

    fn check_at(&self, step: u64, theta: &[f64], output: &[f64]) -> Result<UlpReport, GuardError> {
        let deviations = self.measure_step(step, theta, output)?;
        let mut report = UlpReport::empty(deviations.len());
        report.steps = 1;
        for d in deviations {
            report.ulps[d.coord] = d.ulps;
            report.enclosure_ulps[d.coord] = self.format.width_ulps(&d.hull);
            if d.ulps > self.ulps {
                return Err(GuardError::Violation(Box::new(GuardViolation {
                    deviation: d,
                    allowed: self.ulps,
                })));
            }
            if report.worst.as_ref().is_none_or(|w| d.ulps > w.ulps) {
                report.worst = Some(d);
            }
        }
        Ok(report)
    }

    fn validate(&self, theta: &[f64]) -> Result<Vec<BigRational>, GuardError> {
        let expected = self.map.dim();
        if theta.len() != expected {
            return Err(GuardError::Length {
                what: "theta",
                got: theta.len(),
                expected,
            });
        }
        theta
            .iter()
            .enumerate()
            .map(|(coord, &value)| {
                let q =
                    rational_from_f64(value).ok_or(GuardError::NonFiniteInput { coord, value })?;
                if !self.format.holds(value) {
                    return Err(GuardError::NotInFormat {
                        what: "theta",
                        coord,
                        value,
                        format: self.format,
                    });
                }
                Ok(q)
            })
            .collect()
    }

    fn hulls(&self, step: u64, theta: &[f64]) -> Result<Vec<FloatHull>, GuardError> {
        let exact = self.validate(theta)?;
        let task = EncloseStep {
            map: &self.map,
            x: &exact,
        };
        let bounds = self.backend.dispatch(task);
        if bounds.len() != exact.len() {
            return Err(GuardError::Length {
                what: "map step",
                got: bounds.len(),
                expected: exact.len(),
            });
        }
        bounds
            .into_iter()
            .enumerate()
            .map(|(coord, bounds)| {
                let hull = bounds
                    .and_then(|(lo, hi)| FloatHull::enclosing(&lo, &hi))
                    .ok_or_else(|| GuardError::OutOfRange {
                        step,
                        coord,
                        backend: self.backend.to_string(),
                    })?;
                self.format.hull(&hull).ok_or(GuardError::FormatOverflow {
                    step,
                    coord,
                    format: self.format,
                })
            })
            .collect()
    }
}

/// The rigorous enclosure of one exact step of the map from an exact rational x, as exact
/// bounds.
struct EncloseStep<'a, M> {
    map: &'a M,
    x: &'a [BigRational],
}

impl<M: GenericMap> BackendTask for EncloseStep<'_, M> {
    type Output = Vec<Option<(BigRational, BigRational)>>;

    fn run<S: Scalar>(self, ctx: S::Ctx) -> Self::Output {
        let x: Vec<S> = self.x.iter().map(|q| S::from_rational(q, &ctx)).collect();
        self.map.step(&x, &ctx).iter().map(Scalar::bounds).collect()
    }
}
