//! The largest stable stepsize of (S)GD on a diagonal linear network, bracketed rigorously
//! (Even et al.).
//!
//! # What is proved
//! Two exact stepsizes γ_lo < γ_hi on a dyadic grid with
//! - at γ_lo the run converges to an interpolator (claim `implicit-bias`, which needs
//!   |γg| < 1 at every step, plus its tail lemma), and its limit sharpness S∞ = λ_max(∇²F(w∞))
//!   and γ_lo·S∞ are enclosed;
//! - at γ_hi the loss diverges, L(β_k) → ∞ (claim `dln-divergence`, escape lemma), so
//!   Σ_k L(β_k) = ∞ and the paper's γ̃_max = sup{γ : ∀γ' ≤ γ, Σ_k L(β_k^{γ'}) < ∞} is ≤ γ_hi.
//!
//! Both are ordinary certificates that `eoscert check` re-verifies. Nothing is claimed
//! between γ_lo and γ_hi: there GD may converge with some |γg| ≥ 1 (outside the
//! implicit-bias proof), oscillate for ever, or diverge later than the step budget. Nor is
//! convergence claimed for every γ < γ_lo (convergence need not be monotone in γ).
//!
//! # Between the ends (float evidence only)
//! The stepsizes of the grid strictly between γ_lo and γ_hi (at most [`MAX_GAP_POINTS`],
//! evenly spread) are run in float64 ([`behaviour_f64`]) and classified as converging,
//! diverging, period-two or undecided, with the largest |γg| seen: labelled float evidence in
//! the report, never a proof. Two facts explain the gap:
//! - where some |γg| ≥ 1 occurs, the `implicit-bias` proof refuses the run (a neuron
//!   coordinate changes sign), although GD may still converge;
//! - the network map has no period-two orbit with oscillating coordinates in the open orthant
//!   w₊, w₋ ≠ 0: a period-two orbit needs (1 − x)(1 − x′) = 1 = (1 + x)(1 + x′) at every
//!   coordinate with w₊,i w₋,i ≠ 0, and subtracting gives x′ = −x, then 1 − x² = 1, so x = x′ = 0.
//!   The oscillations seen between the ends are approaches to period-two orbits on the faces
//!   {w₋,i = 0} or {w₊,i = 0} (α_k → 0 while the gain grows linearly), which the run reaches only
//!   in the limit; certifying one needs a capture argument around such an orbit, not only a
//!   Krawczyk proof of the orbit.
//!
//! # Search
//! Without a range: convergence is tried at γ = 2^k (k = −6, −5, …) until it fails, and
//! divergence at 2γ_lo, 4γ_lo, … (at most [`MAX_DOUBLINGS`] times). Then both ends are
//! refined by bisection on the grid γ_lo + j(γ_hi − γ_lo)/2^refine: the largest grid point
//! where convergence is proved (bisecting on "proved"), then the smallest one above it where
//! divergence is proved. Every probe is a full proof; a failed probe only moves the bisection.

use num_rational::BigRational;
use num_traits::Signed;
use serde::Serialize;

use crate::Error;
use crate::arith::Backend;
use crate::certificate::Certificate;
use crate::certify::dln_divergence::prove_divergence;
use crate::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
use crate::model::diagonal::{Dataset, Sampler};
use crate::model::dln_sweep::{BehaviourF64, behaviour_f64};

/// The most gap stepsizes run in float64 between the proved ends.
pub const MAX_GAP_POINTS: u64 = 8;

/// The most doublings tried when searching for a convergent or divergent stepsize.
pub const MAX_DOUBLINGS: u32 = 16;
/// Divergence probes double the MPFR precision up to this many bits only (an oscillating run
/// loses its digits at every precision; a divergence usually shows within a few hundred steps).
pub const DIVERGENCE_BITS: u32 = 4096;
/// The search starts at 2^FIRST_POWER ...
const FIRST_POWER: i32 = -2;
/// ... and goes down to 2^LOWEST_POWER if that fails (small steps need many steps).
const LOWEST_POWER: i32 = -6;

/// A threshold search.
#[derive(Clone, Debug)]
pub struct ThresholdSpec {
    /// The data.
    pub data: Dataset,
    /// α.
    pub alpha: BigRational,
    /// The sampler.
    pub sampler: Sampler,
    /// Step budget of each convergence probe.
    pub max_steps: u64,
    /// Step budget of each divergence probe.
    pub divergence_steps: u64,
    /// The backend of each probe.
    pub backend: Backend,
    /// The starting bracket (convergence expected at LO, divergence at HI); `None`: search.
    pub range: Option<(BigRational, BigRational)>,
    /// Bisection depth: the final grid spacing is (γ_hi − γ_lo)/2^refine.
    pub refine: u32,
    /// Report each probe on stderr.
    pub progress: bool,
}

/// One proof attempt of the search.
#[derive(Clone, Debug, Serialize)]
pub struct Probe {
    /// The stepsize, exact.
    pub stepsize: String,
    /// `converges` (claim implicit-bias) or `diverges` (claim dln-divergence).
    pub test: &'static str,
    /// Proved?
    pub verified: bool,
    /// Why not (empty when proved).
    pub reason: String,
}

/// A stepsize strictly between the proved ends, run in float64 (evidence, not proof).
#[derive(Clone, Debug, Serialize)]
pub struct GapPoint {
    /// The stepsize, exact.
    pub stepsize: String,
    /// The float64 run's behaviour.
    #[serde(flatten)]
    pub run: BehaviourF64,
}

/// The result: the two certificates (when found) and every probe.
#[derive(Clone, Debug)]
pub struct Threshold {
    /// Float64 runs at grid stepsizes strictly between the proved ends (module docs).
    pub gap: Vec<GapPoint>,
    /// The `implicit-bias` certificate at γ_lo.
    pub converges: Option<Certificate>,
    /// The `dln-divergence` certificate at γ_hi.
    pub diverges: Option<Certificate>,
    /// Every attempt, in order.
    pub probes: Vec<Probe>,
}

struct Search<'a> {
    spec: &'a ThresholdSpec,
    probes: Vec<Probe>,
}

impl Search<'_> {
    fn problem(&self, gamma: &BigRational, steps: u64) -> Result<ImplicitBiasProblem, Error> {
        ImplicitBiasProblem::new(
            self.spec.data.clone(),
            self.spec.alpha.clone(),
            gamma.clone(),
            self.spec.sampler,
            steps,
        )
    }

    fn converges(&mut self, gamma: &BigRational) -> Result<Option<Certificate>, Error> {
        let problem = self.problem(gamma, self.spec.max_steps)?;
        let cert = prove_implicit_bias(&problem, self.spec.backend)?;
        Ok(self.record(gamma, "converges", cert))
    }

    fn diverges(&mut self, gamma: &BigRational) -> Result<Option<Certificate>, Error> {
        let problem = self.problem(gamma, self.spec.divergence_steps)?;
        let cert = prove_divergence(&problem, self.spec.backend, DIVERGENCE_BITS)?;
        Ok(self.record(gamma, "diverges", cert))
    }

    fn record(
        &mut self,
        gamma: &BigRational,
        test: &'static str,
        cert: Certificate,
    ) -> Option<Certificate> {
        if self.spec.progress {
            eprintln!(
                "  {} at γ = {}: {}",
                test,
                crate::certificate::format_exact(gamma),
                if cert.verified {
                    "proved"
                } else {
                    "not proved"
                }
            );
        }
        self.probes.push(Probe {
            stepsize: crate::certificate::format_exact(gamma),
            test,
            verified: cert.verified,
            reason: cert.reason.clone(),
        });
        cert.verified.then_some(cert)
    }
}

fn pow2(k: i32) -> BigRational {
    let two = BigRational::from_integer(2.into());
    if k >= 0 {
        num_traits::pow(two, k as usize)
    } else {
        num_traits::pow(two, (-k) as usize).recip()
    }
}

/// Run the search (module docs).
///
/// # Errors
/// [`Error::BadInput`] for an invalid instance, range or backend.
pub fn find_threshold(spec: &ThresholdSpec) -> Result<Threshold, Error> {
    if let Some((lo, hi)) = &spec.range
        && !(lo.is_positive() && lo < hi)
    {
        return Err(Error::field("eta_range", "LO:HI: need 0 < LO < HI (exact)"));
    }
    if spec.refine > 20 {
        return Err(Error::field("refine", "at most 20"));
    }
    let mut s = Search {
        spec,
        probes: Vec::new(),
    };
    let done = |s: Search, c, d| {
        Ok(Threshold {
            gap: Vec::new(),
            converges: c,
            diverges: d,
            probes: s.probes,
        })
    };
    // The bracket.
    let (lo, mut conv, hi, mut div) = match &spec.range {
        Some((lo, hi)) => {
            let conv = s.converges(lo)?;
            let div = s.diverges(hi)?;
            (lo.clone(), conv, hi.clone(), div)
        }
        None => {
            // Up from 1/4 while convergence is proved; if 1/4 fails, down to 1/64.
            let mut found: Option<(BigRational, Certificate)> = None;
            for k in FIRST_POWER..FIRST_POWER + MAX_DOUBLINGS as i32 {
                let g = pow2(k);
                match s.converges(&g)? {
                    Some(c) => found = Some((g, c)),
                    None => break,
                }
            }
            if found.is_none() {
                for k in (LOWEST_POWER..FIRST_POWER).rev() {
                    let g = pow2(k);
                    if let Some(c) = s.converges(&g)? {
                        found = Some((g, c));
                        break;
                    }
                }
            }
            let Some((lo, conv)) = found else {
                return done(s, None, None);
            };
            let mut hi = &lo * BigRational::from_integer(2.into());
            let mut div = None;
            for _ in 0..MAX_DOUBLINGS {
                if let Some(d) = s.diverges(&hi)? {
                    div = Some(d);
                    break;
                }
                hi = &hi * BigRational::from_integer(2.into());
            }
            (lo, Some(conv), hi, div)
        }
    };
    if conv.is_none() || div.is_none() {
        return done(s, conv, div);
    }
    // Bisection on the grid lo + j·h, j = 0..=N.
    let n = 1u64 << spec.refine;
    let h = (&hi - &lo) / BigRational::from_integer(n.into());
    let at = |j: u64| &lo + &h * BigRational::from_integer(j.into());
    let (mut a, mut b) = (0u64, n);
    while b - a > 1 {
        let m = (a + b) / 2;
        match s.converges(&at(m))? {
            Some(c) => {
                a = m;
                conv = Some(c);
            }
            None => b = m,
        }
    }
    let (mut a2, mut b2) = (a, n);
    while b2 - a2 > 1 {
        let m = (a2 + b2) / 2;
        match s.diverges(&at(m))? {
            Some(d) => {
                b2 = m;
                div = Some(d);
            }
            None => a2 = m,
        }
    }
    let mut result = done(s, conv, div)?;
    result.gap = gap_runs(spec, a, b2, &at);
    Ok(result)
}

/// Float64 runs at up to [`MAX_GAP_POINTS`] grid points j, a < j < b, evenly spread.
fn gap_runs(
    spec: &ThresholdSpec,
    a: u64,
    b: u64,
    at: &dyn Fn(u64) -> BigRational,
) -> Vec<GapPoint> {
    use num_traits::ToPrimitive;
    if b <= a + 1 {
        return Vec::new();
    }
    let inner = b - a - 1;
    let count = inner.min(MAX_GAP_POINTS);
    let (x, y) = spec.data.to_f64();
    let alpha = spec.alpha.to_f64().unwrap_or(f64::NAN);
    let mut js: Vec<u64> = (1..=count)
        .map(|t| a + (t * (inner + 1)) / (count + 1))
        .collect();
    js.dedup();
    js.into_iter()
        .filter(|j| *j > a && *j < b)
        .map(|j| {
            let gamma = at(j);
            let g = gamma.to_f64().unwrap_or(f64::NAN);
            GapPoint {
                stepsize: crate::certificate::format_exact(&gamma),
                run: behaviour_f64(&x, &y, alpha, g, spec.sampler, spec.max_steps),
            }
        })
        .collect()
}
