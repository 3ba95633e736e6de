//! Precision-sensitive benchmarking: GD run in float64, float32, bfloat16 and float16, each
//! measured against the certified trajectory.
//!
//! **What is certified and what is not.** The reference is certified: an MPFR interval
//! enclosure of the exact iterates θ_t (outward rounding, the `trajectory` prover's step
//! [`Model::gd_step`]). The format runs are float evidence: this module measures them against
//! the reference, it proves nothing about them beyond "this run, in this format, with this
//! order of operations, did this".
//!
//! # The format runs
//! Each run evaluates the same formula as the provers, [`Model::gd_step`] (`e = η·(f − y)`,
//! `θᵢ − e·gᵢ`), in [`Rounded`] arithmetic: every ring operation is computed in float64 and
//! rounded once to the format, which is the format's correctly rounded operation (see
//! [`Format`]; for float32 it is bit-identical to native `f32` arithmetic, which the tests
//! check). η, y and θ₀ enter the format as a kernel would write them, `dtype(float(x))`:
//! the nearest double, then the nearest format value.
//!
//! # Per format, along the run
//! - **correct digits** at step t: d_t = −log₁₀(‖θ̃_t − m_t‖∞ / ‖m_t‖∞), m_t the midpoint of
//!   the enclosure of θ_t, reported only where the enclosure is narrower than the error
//!   (max width < ‖θ̃_t − m_t‖∞, so the digits are the format's, not the reference's);
//!   evaluated in exact rationals, printed as f64;
//! - **departure**: the first step where some coordinate θ̃_t,i lies outside the hull of the
//!   enclosure of θ_t,i rounded outward to the format's grid ([`Format::hull`]) — the first
//!   step where the run is not a correct rounding of the exact trajectory — with its distance
//!   in ulps of the format (exact, [`Format::ulps_outside`]);
//! - **outcome**: what the float run did, read off its own iterates: `stalled` (θ̃_{t+1} = θ̃_t:
//!   a float fixed point, the update rounds away), `period-two` (θ̃_{t+2} = θ̃_t ≠ θ̃_{t+1}),
//!   `diverged` (a non-finite iterate) or `moving` (none of these by step T); with the first
//!   step where it happened. A deterministic float run that stalls or cycles does so forever.
//!
//! The certified regime of (model, η, θ₀) is [`super::classify::classify`] (factorisation only)
//! with horizon min(T, [`CLASSIFY_HORIZON`]).

use std::ops::{Add, Mul, Neg, Sub};

use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};
use serde::Serialize;

use crate::Error;
use crate::arith::parse::rational_from_f64;
use crate::arith::{MpfrInterval, Ring, Scalar};
use crate::certificate::{ModelInfo, format_exact};
use crate::certify::classify::classify;
use crate::guard::{FloatHull, Format};
use crate::model::Model;

/// The largest horizon T accepted (the reference costs ~40 µs per step at 256 bits).
pub const MAX_PRECISION_STEPS: u64 = 10_000_000;

/// The largest reference precision (bits) tried.
pub const MAX_REFERENCE_BITS: u32 = 65536;

/// The horizon of the certified classification of (η, θ₀).
pub const CLASSIFY_HORIZON: u64 = 2000;

/// The number of log-spaced steps at which correct digits are reported (plus t = 0 and T).
pub const DIGIT_SAMPLES: usize = 200;

/// A number of one [`Format`], carried as the double that equals it; every ring operation is
/// computed in float64 and rounded once to the format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rounded {
    /// The value (a value of `format`).
    pub value: f64,
    /// The format.
    pub format: Format,
}

impl Rounded {
    /// `x` rounded to `format`.
    pub fn new(x: f64, format: Format) -> Self {
        Rounded {
            value: format.round(x),
            format,
        }
    }
}

impl Add for Rounded {
    type Output = Rounded;
    fn add(self, o: Rounded) -> Rounded {
        Rounded::new(self.value + o.value, self.format)
    }
}

impl Sub for Rounded {
    type Output = Rounded;
    fn sub(self, o: Rounded) -> Rounded {
        Rounded::new(self.value - o.value, self.format)
    }
}

impl Mul for Rounded {
    type Output = Rounded;
    fn mul(self, o: Rounded) -> Rounded {
        Rounded::new(self.value * o.value, self.format)
    }
}

impl Neg for Rounded {
    type Output = Rounded;
    fn neg(self) -> Rounded {
        Rounded {
            value: -self.value,
            format: self.format,
        }
    }
}

impl Ring for Rounded {
    fn sqr(&self) -> Self {
        *self * *self
    }

    fn mul_int(&self, n: i64) -> Self {
        Rounded::new(self.value * n as f64, self.format)
    }

    fn int_like(&self, n: i64) -> Self {
        Rounded::new(n as f64, self.format)
    }
}

/// The problem: a model, an exact η and θ₀, a horizon, the formats and the reference precision.
#[derive(Clone, Debug)]
pub struct PrecisionProblem {
    /// The model.
    pub model: Model,
    /// The learning rate, exact.
    pub eta: BigRational,
    /// The initial point, exact.
    pub init: Vec<BigRational>,
    /// The horizon T.
    pub steps: u64,
    /// The MPFR precision the reference enclosure starts with (raised 4× at a time, up to
    /// [`MAX_REFERENCE_BITS`], while the enclosure is lost before T).
    pub bits: u32,
    /// The departure tolerance: a run departs at the first step where it is more than this many
    /// ulps of its format outside the enclosure rounded outward to the format (1: more than
    /// one rounding beyond the correctly rounded values).
    pub ulps: u64,
}

impl PrecisionProblem {
    /// Validate and build.
    ///
    /// # Errors
    /// [`Error::BadInput`] for η ≤ 0, a start of the wrong length, `steps` above
    /// [`MAX_PRECISION_STEPS`] or `bits` outside 64..=65536.
    pub fn new(
        model: Model,
        eta: BigRational,
        init: Vec<BigRational>,
        steps: u64,
        bits: u32,
        ulps: u64,
    ) -> Result<Self, Error> {
        crate::certify::trajectory::check_eta(&eta)?;
        model.check_point(&init)?;
        if steps > MAX_PRECISION_STEPS {
            return Err(Error::BadInput(format!(
                "steps {steps}: at most {MAX_PRECISION_STEPS}"
            )));
        }
        if !(64..=MAX_REFERENCE_BITS).contains(&bits) {
            return Err(Error::BadInput(format!(
                "bits {bits}: expected 64..={MAX_REFERENCE_BITS}"
            )));
        }
        Ok(PrecisionProblem {
            model,
            eta,
            init,
            steps,
            bits,
            ulps,
        })
    }

    /// GD in `format` for T steps from θ₀ ([`Rounded`] arithmetic): T + 1 iterates, or fewer
    /// if the run stalls (a float fixed point: every later iterate equals the last) or
    /// diverges (the last iterate is non-finite).
    pub fn run_format(&self, format: Format) -> Vec<Vec<f64>> {
        let to = |q: &BigRational| Rounded::new(q.to_f64().unwrap_or(f64::NAN), format);
        let (eta, y) = (to(&self.eta), to(self.model.target()));
        let mut theta: Vec<Rounded> = self.init.iter().map(to).collect();
        let mut out = vec![theta.iter().map(|r| r.value).collect::<Vec<f64>>()];
        for _ in 0..self.steps {
            let next = self.model.gd_step(&theta, &eta, &y);
            let values: Vec<f64> = next.iter().map(|r| r.value).collect();
            let (stalled, finite) = (next == theta, values.iter().all(|v| v.is_finite()));
            out.push(values);
            theta = next;
            if stalled || !finite {
                break;
            }
        }
        out
    }
}

/// The first step where a format run is not a correct rounding of the exact trajectory.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Departure {
    /// The step t.
    pub step: u64,
    /// The first coordinate outside.
    pub coord: usize,
    /// Its distance from the format hull of the enclosure, in ulps of the format.
    pub ulps: u64,
}

/// What a float run did (read off its own iterates).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "step", rename_all = "kebab-case")]
pub enum Outcome {
    /// θ̃_{t+1} = θ̃_t from this step on.
    Stalled(u64),
    /// θ̃_{t+2} = θ̃_t ≠ θ̃_{t+1} from this step on.
    PeriodTwo(u64),
    /// θ̃_t is not finite at this step.
    Diverged(u64),
    /// Still moving at step T.
    Moving,
}

/// The report of one format.
#[derive(Clone, Debug, Serialize)]
pub struct FormatReport {
    /// The format (`f64`, `f32`, `bf16`, `f16`, or `kernel:<dtype>` for a user's kernel).
    pub format: String,
    /// Its significand precision in bits.
    pub precision_bits: u32,
    /// `(t, d_t)` at log-spaced steps: the correct digits, `None` where the enclosure is not
    /// narrower than the error (or the run matches the midpoint exactly).
    pub digits: Vec<(u64, Option<f64>)>,
    /// The first step more than [`PrecisionProblem::ulps`] outside the format hull of the
    /// enclosure (`None`: never, up to the last step with a finite reference).
    pub departure: Option<Departure>,
    /// What the run did.
    pub outcome: Outcome,
    /// ℓ(θ̃_T) in float64 from the run's last iterate (float evidence).
    pub final_loss: f64,
}

/// The certified classification of (η, θ₀) (the only proved statement besides the enclosures).
#[derive(Clone, Debug, Serialize)]
pub struct CertifiedRegime {
    /// `subcritical`, `critical`, `supercritical`, `divergent` or `undetermined`.
    pub regime: String,
    /// Whether the classifier proved it.
    pub verified: bool,
    /// Its reason.
    pub reason: String,
}

/// The whole report.
#[derive(Clone, Debug, Serialize)]
pub struct PrecisionReport {
    /// What is and is not certified here.
    pub note: &'static str,
    /// The model.
    pub model: ModelInfo,
    /// η, exact.
    pub eta: String,
    /// θ₀, exact.
    pub init: Vec<String>,
    /// The horizon T.
    pub steps: u64,
    /// The reference: `mpfr:BITS` (the precision of the last pass).
    pub reference: String,
    /// The largest enclosure width at the last step with a finite reference (float64).
    pub reference_width: f64,
    /// The first step at which the reference enclosure was lost (wider than max(1, |θᵢ|) in some
    /// coordinate, or unbounded), if any.
    pub reference_lost_at: Option<u64>,
    /// The departure tolerance in ulps of each format ([`PrecisionProblem::ulps`]).
    pub departure_ulps: u64,
    /// The certified regime (factorisation only).
    pub certified_regime: Option<CertifiedRegime>,
    /// One report per format run.
    pub formats: Vec<FormatReport>,
}

/// The note every report carries.
pub const NOTE: &str = "float evidence measured against a certified reference: only the \
reference enclosures (and certified_regime when verified) are proved; digits, departures and \
outcomes describe these particular float runs";

/// A float run to measure: a label, its format and its iterates θ̃_0, θ̃_1, … (a run shorter
/// than T + 1 iterates is taken as stalled at its last iterate unless that is non-finite).
#[derive(Clone, Debug)]
pub struct FloatRun {
    /// The label in the report.
    pub label: String,
    /// The format of its values.
    pub format: Format,
    /// The iterates.
    pub iterates: Vec<Vec<f64>>,
}

/// Run every format of `formats` and measure it against the certified reference; `progress`
/// is called with (t, T) along the reference.
///
/// # Errors
/// [`Error::BadInput`] if a run has iterates of the wrong length or values outside its format.
pub fn precision_report(
    problem: &PrecisionProblem,
    formats: &[Format],
    progress: &mut dyn FnMut(u64, u64),
) -> Result<PrecisionReport, Error> {
    let runs: Vec<FloatRun> = formats
        .iter()
        .map(|&f| FloatRun {
            label: f.name().into(),
            format: f,
            iterates: problem.run_format(f),
        })
        .collect();
    measure(problem, &runs, progress)
}

/// Measure given float runs (for instance a user's kernel) against the certified reference.
///
/// # Errors
/// [`Error::BadInput`] if a run is empty, has iterates of the wrong length, or values that
/// its format does not hold.
pub fn measure(
    problem: &PrecisionProblem,
    runs: &[FloatRun],
    progress: &mut dyn FnMut(u64, u64),
) -> Result<PrecisionReport, Error> {
    let n = problem.model.n_params();
    for run in runs {
        validate_run(run, n)?;
    }
    let samples = sample_steps(problem.steps);
    let mut reports: Vec<FormatReport> = runs
        .iter()
        .map(|r| FormatReport {
            format: r.label.clone(),
            precision_bits: r.format.precision(),
            digits: Vec::new(),
            departure: None,
            outcome: outcome(&r.iterates, problem.steps),
            final_loss: final_loss(&problem.model, r.iterates.last().expect("validated")),
        })
        .collect();
    // Naive interval iteration loses about a bit per step to the wrapping effect: on a lost
    // enclosure, restart with 4× the precision, up to MAX_REFERENCE_BITS.
    let mut bits = problem.bits;
    let (reference_width, lost_at) = loop {
        let (width, lost) = reference_pass(problem, bits, runs, &mut reports, &samples, progress);
        if lost.is_none() || bits >= MAX_REFERENCE_BITS {
            break (width, lost);
        }
        bits = (bits * 4).min(MAX_REFERENCE_BITS);
    };
    Ok(PrecisionReport {
        note: NOTE,
        model: problem.model.info(),
        eta: format_exact(&problem.eta),
        init: problem.init.iter().map(format_exact).collect(),
        steps: problem.steps,
        reference: format!("mpfr:{bits}"),
        reference_width,
        reference_lost_at: lost_at,
        departure_ulps: problem.ulps,
        certified_regime: certified_regime(problem),
        formats: reports,
    })
}

/// One pass of the reference at `bits`: fills the digits and departures of `reports`; returns
/// the last finite width and the step at which the enclosure was lost, if it was.
fn reference_pass(
    problem: &PrecisionProblem,
    bits: u32,
    runs: &[FloatRun],
    reports: &mut [FormatReport],
    samples: &[u64],
    progress: &mut dyn FnMut(u64, u64),
) -> (f64, Option<u64>) {
    for r in reports.iter_mut() {
        r.digits.clear();
        r.departure = None;
    }
    let eta = MpfrInterval::from_rational(&problem.eta, &bits);
    let y = MpfrInterval::from_rational(problem.model.target(), &bits);
    let mut theta: Vec<MpfrInterval> = problem
        .init
        .iter()
        .map(|q| MpfrInterval::from_rational(q, &bits))
        .collect();
    let mut width = 0.0;
    let mut next_sample = 0;
    for t in 0..=problem.steps {
        if !carries_digits(&theta) {
            return (width, Some(t));
        }
        let Some(bounds) = theta.iter().map(Scalar::bounds).collect::<Option<Vec<_>>>() else {
            return (width, Some(t));
        };
        width = max_width(&bounds);
        let sampled = samples.get(next_sample) == Some(&t);
        for (run, report) in runs.iter().zip(reports.iter_mut()) {
            let x = iterate(&run.iterates, t);
            if report.departure.is_none() {
                report.departure = departure(run.format, t, &bounds, x, problem.ulps);
            }
            if sampled {
                report.digits.push((t, correct_digits(&bounds, x)));
            }
        }
        if sampled {
            next_sample += 1;
        }
        if t < problem.steps {
            theta = problem.model.gd_step(&theta, &eta, &y);
        }
        if t % 1024 == 0 || t == problem.steps {
            progress(t, problem.steps);
        }
    }
    (width, None)
}

fn validate_run(run: &FloatRun, n: usize) -> Result<(), Error> {
    if run.iterates.is_empty() {
        return Err(Error::BadInput(format!("run {}: no iterates", run.label)));
    }
    for (t, x) in run.iterates.iter().enumerate() {
        if x.len() != n {
            return Err(Error::BadInput(format!(
                "run {}: iterate {t} has {} coordinates; the model has {n}",
                run.label,
                x.len()
            )));
        }
        if let Some(v) = x.iter().find(|v| v.is_finite() && !run.format.holds(**v)) {
            return Err(Error::BadInput(format!(
                "run {}: iterate {t} holds {v:e}, not a {} value",
                run.label, run.format
            )));
        }
    }
    Ok(())
}

/// θ̃_t: a run that ended early (stalled or diverged) stays at its last iterate.
fn iterate(iterates: &[Vec<f64>], t: u64) -> &[f64] {
    let i = usize::try_from(t)
        .unwrap_or(usize::MAX)
        .min(iterates.len() - 1);
    &iterates[i]
}

/// Log-spaced sample steps 0, 1, 2, …, T (at most [`DIGIT_SAMPLES`] + 2, increasing).
fn sample_steps(steps: u64) -> Vec<u64> {
    let mut s = vec![0];
    let ratio = (steps.max(1) as f64).powf(1.0 / DIGIT_SAMPLES as f64);
    let mut x = 1.0f64;
    while (x as u64) < steps {
        let t = x.round() as u64;
        if t > *s.last().expect("nonempty") {
            s.push(t);
        }
        x = (x * ratio).max(x + 1.0);
    }
    if steps > 0 {
        s.push(steps);
    }
    s
}

/// Whether every coordinate's enclosure is at most max(1, |θᵢ|) wide. Past that it carries no
/// digit of the iterate and its endpoints only grow (doubly exponentially for the product map),
/// so the reference counts as lost there: carrying it on would cost without telling anything.
fn carries_digits(theta: &[MpfrInterval]) -> bool {
    theta
        .iter()
        .all(|x| x.width_f64() <= x.to_f64().abs().max(1.0))
}

fn max_width(bounds: &[(BigRational, BigRational)]) -> f64 {
    bounds
        .iter()
        .map(|(lo, hi)| (hi - lo).to_f64().unwrap_or(f64::INFINITY))
        .fold(0.0, f64::max)
}

/// The first coordinate of `x` more than `tolerance` format ulps outside the format hull of
/// the enclosure (`None` if there is none).
fn departure(
    format: Format,
    t: u64,
    bounds: &[(BigRational, BigRational)],
    x: &[f64],
    tolerance: u64,
) -> Option<Departure> {
    bounds
        .iter()
        .zip(x)
        .enumerate()
        .find_map(|(coord, ((lo, hi), &v))| {
            let hull = FloatHull::enclosing(lo, hi).and_then(|h| format.hull(&h));
            let ulps = match hull {
                Some(h) => format.ulps_outside(&h, v),
                None => u64::from(v.is_finite()),
            };
            (ulps > tolerance).then_some(Departure {
                step: t,
                coord,
                ulps,
            })
        })
}

/// −log₁₀(‖x − m‖∞ / ‖m‖∞), where m is the enclosure's midpoint, if the enclosure is narrower
/// than the error (exact rationals; the result rounded to f64).
fn correct_digits(bounds: &[(BigRational, BigRational)], x: &[f64]) -> Option<f64> {
    let mut err = BigRational::zero();
    let mut scale = BigRational::zero();
    let mut width = BigRational::zero();
    for ((lo, hi), &v) in bounds.iter().zip(x) {
        let q = rational_from_f64(v)?;
        let mid = (lo + hi) / BigRational::from_integer(2.into());
        err = err.max((&q - &mid).abs());
        scale = scale.max(mid.abs());
        width = width.max(hi - lo);
    }
    if err.is_zero() || width >= err || scale.is_zero() {
        return None;
    }
    let rel = (err / scale).to_f64()?;
    (rel > 0.0).then(|| -rel.log10())
}

fn outcome(iterates: &[Vec<f64>], steps: u64) -> Outcome {
    for (t, x) in iterates.iter().enumerate() {
        if x.iter().any(|v| !v.is_finite()) {
            return Outcome::Diverged(t as u64);
        }
        if iterates.get(t + 1) == Some(x) {
            return Outcome::Stalled(t as u64);
        }
        if iterates.get(t + 2) == Some(x) && iterates.get(t + 1) != Some(x) {
            return Outcome::PeriodTwo(t as u64);
        }
    }
    if (iterates.len() as u64) <= steps {
        // A run that ended before T without diverging has stalled at its last iterate.
        return Outcome::Stalled(iterates.len() as u64 - 1);
    }
    Outcome::Moving
}

fn final_loss(model: &Model, x: &[f64]) -> f64 {
    let y = model.target().to_f64().unwrap_or(f64::NAN);
    let r = model.f(x) - y;
    0.5 * r * r
}

fn certified_regime(problem: &PrecisionProblem) -> Option<CertifiedRegime> {
    if !matches!(problem.model, Model::Factorisation { .. }) {
        return None;
    }
    let horizon = problem.steps.clamp(1, CLASSIFY_HORIZON);
    let c = classify(&problem.model, &problem.eta, &problem.init, horizon, None);
    Some(CertifiedRegime {
        regime: c.regime.as_str().into(),
        verified: c.regime != crate::certify::classify::Regime::Undetermined,
        reason: c.reason,
    })
}

impl Outcome {
    /// Whether this float outcome is the behaviour the certified regime proves (a float run
    /// cannot converge in infinitely many steps: converging regimes match `stalled`).
    pub fn matches(self, regime: &str) -> Option<bool> {
        if self == Outcome::Moving {
            return None; // undecided within T
        }
        let expected = match regime {
            "subcritical" | "critical" => "stalled",
            "supercritical" => "period-two",
            "divergent" => "diverged",
            _ => return None,
        };
        Some(self.kind() == expected)
    }

    /// The label: `stalled`, `period-two`, `diverged` or `moving`.
    pub fn kind(self) -> &'static str {
        match self {
            Outcome::Stalled(_) => "stalled",
            Outcome::PeriodTwo(_) => "period-two",
            Outcome::Diverged(_) => "diverged",
            Outcome::Moving => "moving",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::arith::parse_rational;

    fn problem(eta: &str, init: [&str; 2], steps: u64) -> PrecisionProblem {
        let model = Model::factorisation(2, parse_rational("1").unwrap()).unwrap();
        let init = init.iter().map(|s| parse_rational(s).unwrap()).collect();
        PrecisionProblem::new(model, parse_rational(eta).unwrap(), init, steps, 256, 0).unwrap()
    }

    /// Emulated float32 is native float32: the same p = 2 step written with `f32` operations.
    #[test]
    fn rounded_f32_is_native_f32() {
        let p = problem("1", ["1.3", "0.8"], 2000);
        let emulated = p.run_format(Format::F32);
        let (mut a, mut b) = (1.3f64 as f32, 0.8f64 as f32);
        for x in emulated.iter().skip(1) {
            let e = 1.0f32 * (a * b - 1.0f32);
            (a, b) = (a - e * b, b - e * a);
            assert_eq!(x, &vec![f64::from(a), f64::from(b)]);
        }
    }

    /// At the critical rate a 64-bit reference loses its digits within a few hundred steps;
    /// the pass stops at the first step where an enclosure is wider than max(1, |θᵢ|), while it
    /// still has finite endpoints (carrying the blown-up enclosure on is what made long runs
    /// hang in exact rational arithmetic).
    #[test]
    fn a_lost_reference_stops_where_it_carries_no_digit() {
        let p = problem("1", ["1.3", "0.8"], 100_000);
        let (_, lost) = reference_pass(&p, 64, &[], &mut [], &[], &mut |_, _| {});
        let lost = lost.expect("a 64-bit reference cannot last 10^5 critical steps");
        assert!(lost < 1000, "lost at {lost}");
        let eta = MpfrInterval::from_rational(&p.eta, &64);
        let y = MpfrInterval::from_rational(p.model.target(), &64);
        let mut theta: Vec<MpfrInterval> = p
            .init
            .iter()
            .map(|q| MpfrInterval::from_rational(q, &64))
            .collect();
        for _ in 0..lost {
            theta = p.model.gd_step(&theta, &eta, &y);
        }
        assert!(!carries_digits(&theta));
        assert!(
            theta.iter().all(|x| x.bounds().is_some()),
            "still finite at the loss"
        );
    }

    /// Float64 at a subcritical rate stays within a few ulps: digits ≥ 14 at the end, and a
    /// deliberately wrong run (one ulp of bf16 added at step 5) departs exactly there.
    #[test]
    fn digits_and_departure() {
        let p = problem("1/2", ["1.5", "0.5"], 200);
        let report = precision_report(&p, &[Format::F64, Format::Bf16], &mut |_, _| {}).unwrap();
        let f64_run = &report.formats[0];
        assert!(f64_run.digits.iter().filter_map(|d| d.1).all(|d| d > 14.0));
        assert_eq!(f64_run.outcome.kind(), "stalled");
        assert_eq!(
            report.certified_regime.as_ref().unwrap().regime,
            "subcritical"
        );
        let mut exact = p.run_format(Format::F64);
        let bf = |x: f64| Format::Bf16.round(x);
        let mut bad: Vec<Vec<f64>> = exact
            .drain(..)
            .map(|v| v.into_iter().map(bf).collect())
            .collect();
        // bf16-rounded f64 iterates are within the bf16 hull (correct roundings) until the
        // shifted step.
        bad[5][1] = Format::Bf16.next_up(Format::Bf16.next_up(bad[5][1]));
        let runs = [FloatRun {
            label: "shifted".into(),
            format: Format::Bf16,
            iterates: bad,
        }];
        let r = measure(&p, &runs, &mut |_, _| {}).unwrap();
        let d = r.formats[0].departure.clone().unwrap();
        assert_eq!((d.step, d.coord), (5, 1));
        assert!(d.ulps >= 1);
    }

    #[test]
    fn sample_steps_are_increasing_and_end_at_t() {
        for t in [0, 1, 5, 1000, 10_000_000] {
            let s = sample_steps(t);
            assert!(s.windows(2).all(|w| w[0] < w[1]), "{t}");
            assert_eq!(*s.last().unwrap(), t);
            assert!(s.len() <= DIGIT_SAMPLES + 3);
        }
    }
}
