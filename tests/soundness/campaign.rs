//! One campaign per entry point: random instances, the entry point's certificate, and each
//! claimed enclosure against the independent reference. `mutant = Some(bits)` runs the same
//! code on the round-to-nearest backend ([`Nearest`]) where the entry point is generic.

use std::cmp::Ordering;
use std::fmt;

use eoscert::arith::Backend;
use eoscert::certify::balancing::{BalanceProblem, prove_balancing};
use eoscert::certify::catapult::{CatapultProblem, prove_catapult, prove_catapult_with};
use eoscert::certify::classify::{Regime, classify as classify_regime};
use eoscert::certify::critical::{
    Coordinates, CriticalProblem, Midpoint, default_checkpoints, prove_critical,
};
use eoscert::certify::orbit::{
    OrbitProblem, prove_flip_boundary, prove_period_two, prove_period_two_with,
};
use eoscert::certify::subcritical::{SubcriticalProblem, prove_subcritical};
use eoscert::certify::trajectory::{TrajectoryProblem, prove_trajectory, prove_trajectory_with};
use eoscert::model::Model;
use eoscert::model::product::Phi;
use num_rational::BigRational;
use num_traits::{One, Signed};
use rug::Float;

use crate::soundness::mutant::Nearest;
use crate::soundness::reference::{
    Kind, Ref, Rng, claimed, cmp_ref, contains_exact, contains_ref, from_rug, label,
    lambda_max_at_least, lambda_max_at_most, rat, to_rug,
};
use rug::Rational;

/// The reference precision: 4× the largest precision under test (256 bits).
const REF_BITS: u32 = 1024;

/// What a campaign found.
pub struct Report {
    pub name: &'static str,
    pub cases: usize,
    /// Cases whose certificate said `verified: true` (only these are checked).
    pub verified: usize,
    /// Cases where the reference could not decide (counted, never a pass or a failure).
    pub inconclusive: usize,
    pub violations: Vec<String>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} cases, {} verified and checked, {} reference-inconclusive, {} violations",
            self.name,
            self.cases,
            self.verified,
            self.inconclusive,
            self.violations.len()
        )
    }
}

/// Outcome of checking one certificate.
enum Outcome {
    NotVerified,
    Sound,
    Inconclusive,
    Violated(String),
}

thread_local! {
    /// Set by a test that must run every case whatever `EOSCERT_CAMPAIGN_SHARD` says (the
    /// mutation check: a mutant must be caught by its own cases).
    pub static WHOLE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The shard of the campaign this process runs: `EOSCERT_CAMPAIGN_SHARD=I/N` (0-based; default
/// the whole campaign). Shard I runs the cases i ≡ I (mod N) of every entry point, with the
/// same case seeds as the unsharded campaign, so the N shards together run each case once.
///
/// # Panics
/// If the variable is set but not `I/N` with 0 ≤ I < N.
pub fn campaign_shard() -> eoscert::shard::Shard {
    if WHOLE.get() {
        return eoscert::shard::Shard::ALL;
    }
    match std::env::var("EOSCERT_CAMPAIGN_SHARD") {
        Ok(v) => v
            .parse()
            .unwrap_or_else(|e| panic!("EOSCERT_CAMPAIGN_SHARD: {e}")),
        Err(_) => eoscert::shard::Shard::ALL,
    }
}

/// The seed of case `i` of a campaign seeded `seed` (the same whatever the shard or thread).
fn case_seed(seed: u64, i: usize) -> u64 {
    seed ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// The report of `name` from its cases' outcomes, in case order.
fn report(name: &'static str, outcomes: Vec<(u64, Outcome)>) -> Report {
    let mut report = Report {
        name,
        cases: outcomes.len(),
        verified: 0,
        inconclusive: 0,
        violations: Vec::new(),
    };
    for (case_seed, outcome) in outcomes {
        match outcome {
            Outcome::NotVerified => {}
            Outcome::Sound => report.verified += 1,
            Outcome::Inconclusive => {
                report.verified += 1;
                report.inconclusive += 1;
            }
            Outcome::Violated(why) => {
                report.verified += 1;
                report
                    .violations
                    .push(format!("case seed {case_seed:#x}: {why}"));
            }
        }
    }
    report
}

/// Run this process's shard of the campaign's cases on the calling thread (the critical
/// campaign: its mutation switch is per thread, see [`eoscert::certify::critical::with_mutation`]).
fn run(
    name: &'static str,
    cases: usize,
    seed: u64,
    mut case: impl FnMut(&mut Rng) -> Outcome,
) -> Report {
    let outcomes = campaign_shard()
        .select(0..cases)
        .map(|i| {
            let s = case_seed(seed, i);
            (s, case(&mut Rng::new(s)))
        })
        .collect();
    report(name, outcomes)
}

/// [`run`] with the cases spread over the machine's threads (case `i` always gets the same
/// seed, and the report lists the outcomes in case order, so the result does not depend on the
/// number of threads). For the costly campaigns whose engines have no per-thread switch.
fn run_parallel(
    name: &'static str,
    cases: usize,
    seed: u64,
    case: impl Fn(&mut Rng) -> Outcome + Sync,
) -> Report {
    let mine: Vec<usize> = campaign_shard().select(0..cases).collect();
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut outcomes: Vec<(usize, u64, Outcome)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&i) = mine.get(k) else { break done };
                        let s = case_seed(seed, i);
                        done.push((k, s, case(&mut Rng::new(s))));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    outcomes.sort_by_key(|(k, _, _)| *k);
    report(name, outcomes.into_iter().map(|(_, s, o)| (s, o)).collect())
}

fn outcome(checks: Result<(), String>) -> Outcome {
    match checks {
        Ok(()) => Outcome::Sound,
        Err(why) => Outcome::Violated(why),
    }
}

fn model_of(kind: Kind, y: &BigRational) -> Model {
    match kind {
        Kind::Product(p) => Model::factorisation(p, y.clone()).unwrap(),
        Kind::Inner(d) => Model::inner_product(d, y.clone()).unwrap(),
    }
}

fn rigorous_backend(rng: &mut Rng) -> Backend {
    rng.pick(&[
        Backend::Interval,
        Backend::Mpfr(53),
        Backend::Mpfr(128),
        Backend::Mpfr(256),
    ])
}

// ---------------------------------------------------------------- trajectory

/// `simulate`: 1–3 GD steps from random exact starts; `loss`, `t_loss` against exact
/// rationals, `sharpness` by exact principal-minor tests of s·I − ∇²ℓ at both endpoints.
pub fn trajectory(cases: usize, seed: u64, mutant: Option<u32>) -> Report {
    run("trajectory", cases, seed, |rng| {
        let kind = rng.pick(&[
            Kind::Product(2),
            Kind::Product(3),
            Kind::Inner(1),
            Kind::Inner(2),
        ]);
        let y = rat(rng.int(4, 16), 8);
        let scale = match kind {
            Kind::Product(p) => 2.0 / (p as f64),
            Kind::Inner(_) => 1.0,
        };
        // η up to ~1.3 η_crit, sometimes non-dyadic.
        let den = rng.pick(&[100i64, 64, 7]);
        let eta = rat(rng.int(1, (1.3 * den as f64 * scale) as i64), den)
            / y.clone().max(BigRational::one());
        let yf = num_traits::ToPrimitive::to_f64(&y).unwrap();
        let root = match kind {
            Kind::Product(p) => yf.powf(1.0 / p as f64),
            Kind::Inner(d) => (yf / d as f64).sqrt(),
        };
        let init: Vec<BigRational> = (0..kind.n_params())
            .map(|_| rat((root * rng.int(600, 1400) as f64).round() as i64, 1000))
            .collect();
        let steps = rng.int(1, 3) as u64;
        let problem =
            TrajectoryProblem::new(model_of(kind, &y), eta.clone(), init.clone(), steps).unwrap();
        let cert = match mutant {
            Some(bits) => prove_trajectory_with::<Nearest>(&problem, bits, &mut |_| {}),
            None => match prove_trajectory(&problem, rigorous_backend(rng), &mut |_| {}) {
                Ok(c) => c,
                Err(_) => return Outcome::NotVerified,
            },
        };
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let (eta_r, y_r) = (to_rug(&eta), to_rug(&y));
        let mut theta: Vec<Rational> = init.iter().map(to_rug).collect();
        for _ in 0..steps {
            theta = kind.step(&theta, &eta_r, &y_r);
        }
        let r = kind.f(&theta) - &y_r;
        let loss = from_rug(&(Rational::from(&r * &r) / 2u32));
        let t_loss = &loss * rat(steps as i64, 1);
        let h = kind.hess_loss(&theta, &y_r);
        outcome((|| {
            contains_exact(&cert, "loss", &loss)?;
            contains_exact(&cert, "t_loss", &t_loss)?;
            let (lo, hi) = claimed(&cert, "sharpness").ok_or("sharpness missing")?;
            if !lambda_max_at_least(&h, &to_rug(&lo)) || !lambda_max_at_most(&h, &to_rug(&hi)) {
                return Err(format!(
                    "sharpness [{lo}, {hi}] misses λ_max of the exact Hessian"
                ));
            }
            Ok(())
        })())
    })
}

// ---------------------------------------------------------------- period-two

/// The closed forms of the p = 2 orbit at h = ηy: (s₊, s₋) and the rate √max(|m_n|, |m_t|).
fn p2_orbit(y: &BigRational, h: &Ref) -> (Ref, Ref) {
    let one = Ref::int(1, REF_BITS);
    let a = one.add(&Ref::int(3, REF_BITS).div_pos(h)).sqrt();
    let b = one.sub(&one.div_pos(h)).sqrt();
    let half_sqrt_y = Ref::exact(y, REF_BITS)
        .sqrt()
        .mul(&Ref::exact(&rat(1, 2), REF_BITS));
    (half_sqrt_y.mul(&a.add(&b)), half_sqrt_y.mul(&a.sub(&b)))
}

/// `orbit`: p = 2, random target y and h = ηy ∈ (1, 2.3]: s±, both multipliers (exact
/// rationals 9 − 2(1 + h)² and 3 − 2h), `rate` and the `stable` decision.
pub fn period_two(cases: usize, seed: u64, mutant: Option<u32>) -> Report {
    run("period-two", cases, seed, |rng| {
        let y = rat(rng.int(4, 64), 16);
        let den = rng.pick(&[1000i64, 1024, 999]);
        let h = rat(rng.int(den + den / 200, 23 * den / 10), den);
        let eta = &h / &y;
        let problem = OrbitProblem {
            depth: 2,
            target: y.clone(),
            eta,
        };
        let cert = match mutant {
            Some(bits) => prove_period_two_with::<Nearest>(&problem, bits).unwrap(),
            None => prove_period_two(&problem, rigorous_backend(rng)).unwrap(),
        };
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let (sp, sm) = p2_orbit(&y, &Ref::exact(&h, REF_BITS));
        let one_h = BigRational::one() + &h;
        let mn = rat(9, 1) - rat(2, 1) * &one_h * &one_h;
        let mt = rat(3, 1) - rat(2, 1) * &h;
        let rate = Ref::exact(&mn.abs().max(mt.abs()), REF_BITS).sqrt();
        let stable = mn.abs() < BigRational::one() && mt.abs() < BigRational::one();
        outcome((|| {
            contains_ref(&cert, "s_plus", &sp)?;
            contains_ref(&cert, "s_minus", &sm)?;
            contains_exact(&cert, "multiplier_normal", &mn)?;
            contains_exact(&cert, "multiplier_tangent", &mt)?;
            contains_ref(&cert, "rate", &rate)?;
            if label(&cert, "stable") != Some(stable.to_string()) {
                return Err(format!(
                    "stable = {:?}, exactly {stable}",
                    label(&cert, "stable")
                ));
            }
            Ok(())
        })())
    })
}

/// `orbit --flip-boundary`: p = 2, random target y and requested width: `eta_flip` ∋
/// (√5 − 1)/y and the orbit there.
pub fn flip_boundary(cases: usize, seed: u64) -> Report {
    run("flip-boundary", cases, seed, |rng| {
        let y = rat(rng.int(4, 64), rng.pick(&[16, 10, 3]));
        let width = rat(1, 10i64.pow(rng.int(3, 15) as u32));
        let cert = prove_flip_boundary(2, &y, &width, rigorous_backend(rng)).unwrap();
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let h = Ref::int(5, REF_BITS).sqrt().sub(&Ref::int(1, REF_BITS));
        let eta = h.div_pos(&Ref::exact(&y, REF_BITS));
        let (sp, sm) = p2_orbit(&y, &h);
        outcome((|| {
            contains_ref(&cert, "eta_flip", &eta)?;
            contains_ref(&cert, "s_plus", &sp)?;
            contains_ref(&cert, "s_minus", &sm)
        })())
    })
}

// ---------------------------------------------------------------- critical

/// A naive interval GD run of the factorisation model in [`Ref`] arithmetic.
pub fn ref_gd_product(
    theta: &[BigRational],
    eta: &BigRational,
    y: &BigRational,
    steps: u64,
) -> Vec<Ref> {
    let eta = Ref::exact(eta, REF_BITS);
    let y = Ref::exact(y, REF_BITS);
    let mut t: Vec<Ref> = theta.iter().map(|q| Ref::exact(q, REF_BITS)).collect();
    let one = Ref::int(1, REF_BITS);
    for _ in 0..steps {
        let n = t.len();
        let grads: Vec<Ref> = (0..n)
            .map(|i| {
                (0..n)
                    .filter(|&j| j != i)
                    .fold(one.clone(), |a, j| a.mul(&t[j]))
            })
            .collect();
        let r = grads[0].mul(&t[0]).sub(&y);
        let er = eta.mul(&r);
        t = t
            .iter()
            .zip(&grads)
            .map(|(x, g)| x.sub(&er.mul(g)))
            .collect();
    }
    t
}

/// `critical`: p = 2 or 3 at η_crit, target y = c^p (so θ* = c·1 and η_crit are rational),
/// random starts near θ*, T = 1…3 (exact rationals) or T = 4…300 (reference intervals):
/// `t_loss` = T·ℓ(θ_T) and `t_dist2` = T·‖θ_T − θ*‖².
pub fn critical(cases: usize, seed: u64) -> Report {
    run("critical", cases, seed, |rng| {
        let p = rng.pick(&[2usize, 2, 3]);
        let c = rat(rng.int(6, 12), 8);
        let y = (0..p).fold(BigRational::one(), |a, _| a * &c);
        // λ* = p·c^{2p−2}, η_crit = 2/λ*.
        let lambda_star = rat(p as i64, 1) * (0..2 * p - 2).fold(BigRational::one(), |a, _| a * &c);
        let eta = rat(2, 1) / lambda_star;
        let init: Vec<BigRational> = (0..p).map(|_| &c * rat(rng.int(850, 1150), 1000)).collect();
        let exact = rng.int(0, 1) == 0;
        let steps = if exact {
            rng.int(1, 3)
        } else {
            rng.int(4, 300)
        } as u64;
        let problem = CriticalProblem {
            model: Model::factorisation(p, y.clone()).unwrap(),
            init: init.clone(),
            eta: None,
            steps,
            checkpoints: default_checkpoints(steps),
            midpoint: rng.pick(&[Midpoint::F64, Midpoint::Float128]),
            coordinates: rng.pick(&[Coordinates::Auto, Coordinates::Theta]),
            all_time: false,
        };
        let Ok(cert) = prove_critical(&problem, |_| {}) else {
            return Outcome::NotVerified;
        };
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let t = rat(steps as i64, 1);
        if exact {
            let kind = Kind::Product(p);
            let (eta_r, y_r, c_r) = (to_rug(&eta), to_rug(&y), to_rug(&c));
            let mut th: Vec<Rational> = init.iter().map(to_rug).collect();
            for _ in 0..steps {
                th = kind.step(&th, &eta_r, &y_r);
            }
            let r = kind.f(&th) - &y_r;
            let t_loss = &t * from_rug(&(Rational::from(&r * &r) / 2u32));
            let d2 = th.iter().fold(Rational::new(), |a, x| {
                let d = Rational::from(x - &c_r);
                a + Rational::from(&d * &d)
            });
            let t_dist2 = &t * from_rug(&d2);
            return outcome((|| {
                contains_exact(&cert, "t_loss", &t_loss)?;
                contains_exact(&cert, "t_dist2", &t_dist2)
            })());
        }
        let th = ref_gd_product(&init, &eta, &y, steps);
        let tr = Ref::exact(&t, REF_BITS);
        let f = th.iter().skip(1).fold(th[0].clone(), |a, x| a.mul(x));
        let r = f.sub(&Ref::exact(&y, REF_BITS));
        let t_loss = tr.mul(&r.mul(&r)).mul(&Ref::exact(&rat(1, 2), REF_BITS));
        let cr = Ref::exact(&c, REF_BITS);
        let d2 = th
            .iter()
            .map(|x| {
                let d = x.sub(&cr);
                d.mul(&d)
            })
            .reduce(|a, b| a.add(&b))
            .unwrap();
        let t_dist2 = tr.mul(&d2);
        if t_loss.width() > 1e-60 {
            return Outcome::Inconclusive;
        }
        outcome((|| {
            contains_ref(&cert, "t_loss", &t_loss)?;
            contains_ref(&cert, "t_dist2", &t_dist2)
        })())
    })
}

// ---------------------------------------------------------------- catapult

/// The uv recursion in its direct form f⁺ = f − ηgλ + η²g²f/n, λ⁺ = λ − 4ηgf/n + η²g²λ/n
/// (not eoscert's factor form), in [`Ref`] arithmetic.
struct Uv {
    f: Ref,
    lambda: Ref,
    y: Ref,
    eta: Ref,
    inv_n: Ref,
}

impl Uv {
    fn g(&self) -> Ref {
        self.f.sub(&self.y)
    }

    fn step(&mut self) {
        let g = self.g();
        let eg = self.eta.mul(&g);
        let e2g2n = eg.mul(&eg).mul(&self.inv_n);
        let f = self.f.sub(&eg.mul(&self.lambda)).add(&e2g2n.mul(&self.f));
        let lambda = self
            .lambda
            .sub(&Ref::int(4, REF_BITS).mul(&eg).mul(&self.f).mul(&self.inv_n))
            .add(&e2g2n.mul(&self.lambda));
        self.f = f;
        self.lambda = lambda;
    }
}

/// The limit λ∞ of the uv recursion (direct form) by a point iteration, once |g| < 10⁻⁹⁰
/// (the neglected tail Σ|g_k||p_k| is then ~10⁻⁹⁰); `None` if not reached in 5000 steps.
fn uv_limit(
    f0: &BigRational,
    lambda0: &BigRational,
    y: &BigRational,
    eta: &BigRational,
    n: u64,
) -> Option<Float> {
    let fl = |q: &BigRational| Float::with_val(POINT_BITS, &to_rug(q));
    let (mut f, mut lambda, y, eta) = (fl(f0), fl(lambda0), fl(y), fl(eta));
    for _ in 0..5000 {
        let g = Float::with_val(POINT_BITS, &f - &y);
        if g.clone().abs() < 1e-90 {
            return Some(lambda);
        }
        let eg = Float::with_val(POINT_BITS, &eta * &g);
        let e2g2n = Float::with_val(POINT_BITS, &eg * &eg) / n;
        let f_next = Float::with_val(POINT_BITS, &f - Float::with_val(POINT_BITS, &eg * &lambda))
            + Float::with_val(POINT_BITS, &e2g2n * &f);
        let lambda_next = Float::with_val(
            POINT_BITS,
            &lambda - Float::with_val(POINT_BITS, &eg * &f) * 4u32 / n,
        ) + Float::with_val(POINT_BITS, &e2g2n * &lambda);
        f = f_next;
        lambda = lambda_next;
    }
    None
}

/// `catapult`: random width n, f₀, λ₀ (realisable), label and ηλ₀ ∈ (0.2, 4.3): the regime
/// against the reference run (divergent ⇒ |f| grows without settling; otherwise the loss peak
/// step and ratio), and `eta_times_lambda_limit`, `lambda_limit` against [`uv_limit`].
pub fn catapult(cases: usize, seed: u64, mutant: Option<u32>) -> Report {
    run("catapult", cases, seed, |rng| {
        let n = rng.pick(&[10u64, 100, 1000]);
        let lambda0 = rat(rng.int(2, 16), 4);
        let label_y = rng.pick(&[rat(0, 1), rat(0, 1), rat(1, 2), rat(1, 1)]);
        // Realisable: n·λ₀² ≥ 4f₀².
        let fmax = (n as f64).sqrt() * num_traits::ToPrimitive::to_f64(&lambda0).unwrap() / 2.0;
        let f0 = rat(
            rng.int(
                -(10.0 * fmax.min(2.0)) as i64,
                (10.0 * fmax.min(2.0)) as i64,
            ),
            10,
        );
        if f0 == label_y {
            return Outcome::NotVerified;
        }
        // ηλ₀ ∈ [0.2, 4.3] for label 0 (divergence is proved only there), ≤ 3 otherwise
        // and η ≤ 2 otherwise (a non-zero label can diverge below ηλ₀ = 4 when η²g²/n is
        // large; such runs go to the step limit, unverified, at ~5 ms a step).
        let top = if label_y == rat(0, 1) { 430 } else { 300 };
        let eta = rat(rng.int(20, top), 100) / &lambda0;
        if label_y != rat(0, 1) && eta > rat(2, 1) {
            return Outcome::NotVerified;
        }
        let Ok(problem) = CatapultProblem::new(
            n,
            f0.clone(),
            lambda0.clone(),
            eta.clone(),
            label_y.clone(),
            3000,
        ) else {
            return Outcome::NotVerified;
        };
        let cert = match mutant {
            Some(bits) => prove_catapult_with::<Nearest>(&problem, bits),
            None => prove_catapult(&problem, rigorous_backend(rng)).unwrap(),
        };
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let mut uv = Uv {
            f: Ref::exact(&f0, REF_BITS),
            lambda: Ref::exact(&lambda0, REF_BITS),
            y: Ref::exact(&label_y, REF_BITS),
            eta: Ref::exact(&eta, REF_BITS),
            inv_n: Ref::exact(&rat(1, n as i64), REF_BITS),
        };
        let regime = label(&cert, "regime").unwrap_or_default();
        if regime == "divergent" {
            for _ in 0..200 {
                uv.step();
                let g = uv.g().abs();
                if g.lo > Float::with_val(53, 1e12) {
                    return Outcome::Sound;
                }
                if g.hi < Float::with_val(53, 1e-6) {
                    return Outcome::Violated("claimed divergent, the reference converges".into());
                }
                if g.width() > 1.0 {
                    break;
                }
            }
            return Outcome::Inconclusive;
        }
        // Converging: the losses g_t² on reference intervals for the first 200 steps.
        let g0 = uv.g();
        let mut squares = vec![g0.mul(&g0)];
        for _ in 0..200 {
            uv.step();
            let g = uv.g();
            if g.width() > 1e-100 {
                break;
            }
            squares.push(g.mul(&g));
        }
        let settled = uv_limit(&f0, &lambda0, &label_y, &eta, n);
        let Some(tp) =
            claimed(&cert, "t_peak").and_then(|t| num_traits::ToPrimitive::to_usize(&t.0))
        else {
            return Outcome::Violated("t_peak missing".into());
        };
        if tp >= squares.len() {
            return Outcome::Inconclusive;
        }
        outcome((|| {
            for (t, s) in squares.iter().enumerate() {
                if t != tp && s.lo > squares[tp].hi {
                    return Err(format!("loss at t = {t} exceeds the claimed peak t = {tp}"));
                }
            }
            if tp == 0 {
                contains_exact(&cert, "loss_peak_ratio", &BigRational::one())?;
            } else {
                contains_ref(&cert, "loss_peak_ratio", &squares[tp].div_pos(&squares[0]))?;
            }
            if let Some(lambda) = settled {
                let point = |x: Float| Ref {
                    lo: x.clone(),
                    hi: x,
                };
                let eta_lambda = Float::with_val(POINT_BITS, &lambda * &to_rug(&eta));
                contains_ref(&cert, "eta_times_lambda_limit", &point(eta_lambda))?;
                contains_ref(&cert, "lambda_limit", &point(lambda))?;
            }
            Ok(())
        })())
    })
}

// ---------------------------------------------------------------- classify and subcritical

/// The precision of the reference point iterations of limits: their rounding error (~2⁻⁵¹²
/// per step, not amplified where the run converges) is hundreds of orders of magnitude below
/// the widths under test.
const POINT_BITS: u32 = 512;

/// The reference run of the p-factorisation: a point iteration of GD in `rug` floats until
/// convergence to M (|f − y| < 10⁻⁸⁰; λ∞ is then within ~10⁻⁷⁰ of ‖∇f(θ_N)‖², while the
/// claimed widths are ≥ 10⁻⁴⁰), divergence (|θ| > 10⁶) or the step budget.
enum RefRun {
    Converged { lambda: Ref },
    Escaped,
    Open,
}

fn reference_run(init: &[BigRational], eta: &BigRational, y: &BigRational, budget: u64) -> RefRun {
    let fl = |q: &BigRational| Float::with_val(POINT_BITS, &to_rug(q));
    let (eta, y) = (fl(eta), fl(y));
    let mut t: Vec<Float> = init.iter().map(fl).collect();
    let n = t.len();
    for _ in 0..budget {
        let grads: Vec<Float> = (0..n)
            .map(|i| {
                (0..n)
                    .filter(|&j| j != i)
                    .fold(Float::with_val(POINT_BITS, 1), |a, j| a * &t[j])
            })
            .collect();
        let r = Float::with_val(POINT_BITS, &grads[0] * &t[0]) - &y;
        if r.clone().abs() < 1e-80 {
            let lambda = grads.iter().fold(Float::with_val(POINT_BITS, 0), |a, g| {
                a + Float::with_val(POINT_BITS, g * g)
            });
            return RefRun::Converged {
                lambda: Ref {
                    lo: lambda.clone(),
                    hi: lambda,
                },
            };
        }
        if t.iter().any(|x| x.clone().abs() > 1e6) {
            return RefRun::Escaped;
        }
        let er = Float::with_val(POINT_BITS, &eta * &r);
        for (x, g) in t.iter_mut().zip(&grads) {
            *x -= Float::with_val(POINT_BITS, &er * g);
        }
    }
    RefRun::Open
}

/// `classify` (p = 2 and 3, y = 1, 150 steps): each label against exact facts and the
/// reference run: subcritical ⇒ η < η_crit and `sharpness_limit` ∋ λ∞; critical ⇒ η = η_crit;
/// supercritical ⇒ η > η_crit and no convergence to M; divergent ⇒ no convergence to M.
pub fn classify(cases: usize, seed: u64) -> Report {
    run_parallel("classify", cases, seed, |rng| {
        let p = rng.pick(&[2usize, 2, 3]);
        let eta_crit = rat(2, p as i64);
        let eta = if rng.int(0, 9) == 0 {
            eta_crit.clone()
        } else {
            &eta_crit * rat(rng.int(300, 1400), 1000)
        };
        let mut init: Vec<BigRational> = (0..2).map(|_| rat(rng.int(20, 300), 100)).collect();
        if p == 3 {
            init.push(rat(rng.int(50, 150), 100));
        }
        let m = Model::factorisation(p, rat(1, 1)).unwrap();
        let c = classify_regime(&m, &eta, &init, 150, None);
        if c.regime == Regime::Undetermined {
            return Outcome::NotVerified;
        }
        let cmp = eta.cmp(&eta_crit);
        let needs = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                Err(format!("{}: {what}", c.regime.as_str()))
            }
        };
        let exact_facts = match c.regime {
            Regime::Subcritical => needs(cmp == Ordering::Less, "η ≥ η_crit"),
            Regime::Critical => needs(cmp == Ordering::Equal, "η ≠ η_crit"),
            Regime::Supercritical => needs(cmp == Ordering::Greater, "η ≤ η_crit"),
            _ => Ok(()),
        };
        if let Err(why) = exact_facts {
            return Outcome::Violated(why);
        }
        let budget = if c.regime == Regime::Subcritical {
            20_000
        } else {
            3000
        };
        match (c.regime, reference_run(&init, &eta, &rat(1, 1), budget)) {
            (Regime::Subcritical, RefRun::Converged { lambda }) => {
                let Some(e) = &c.sharpness_limit else {
                    return Outcome::Violated("no sharpness_limit".into());
                };
                let (lo, hi) = (
                    eoscert::arith::parse_rational(&e.lo).unwrap(),
                    eoscert::arith::parse_rational(&e.hi).unwrap(),
                );
                if cmp_ref(&lambda, &lo) == Some(Ordering::Less)
                    || cmp_ref(&lambda, &hi) == Some(Ordering::Greater)
                {
                    Outcome::Violated(format!("λ∞ ≈ {} outside [{lo}, {hi}]", lambda.mid()))
                } else {
                    Outcome::Sound
                }
            }
            (Regime::Subcritical, RefRun::Escaped) => {
                Outcome::Violated("subcritical, the reference escapes".into())
            }
            (Regime::Supercritical | Regime::Divergent, RefRun::Converged { .. }) => {
                Outcome::Violated("the reference converges to M".into())
            }
            (Regime::Supercritical, RefRun::Escaped) => {
                Outcome::Violated("supercritical, the reference escapes".into())
            }
            (Regime::Divergent, RefRun::Escaped) | (Regime::Critical, _) => Outcome::Sound,
            _ => Outcome::Inconclusive,
        }
    })
}

/// `subcritical` (p = 2 and 3, y = 1, η ∈ [0.35, 0.65]·η_crit, starts near M): `sharpness_limit`
/// ∋ λ∞ and `rate` ∋ |1 − ηλ∞| from the reference run.
pub fn subcritical(cases: usize, seed: u64) -> Report {
    run_parallel("subcritical", cases, seed, |rng| {
        let p = rng.pick(&[2usize, 2, 3]);
        // ηλ* ∈ [0.7, 1.3] and θ₀ within ±8 % of f = 1: few certified steps (each costs
        // ~2 ms: an interval-Newton projection onto M), so 1000 cases stay cheap.
        let eta = rat(2, p as i64) * rat(rng.int(350, 650), 1000);
        let mut init: Vec<BigRational> = (0..p - 1).map(|_| rat(rng.int(80, 125), 100)).collect();
        let prod = init.iter().fold(BigRational::one(), |a, b| a * b);
        init.push(rat(rng.int(920, 1080), 1000) / prod);
        let m = Model::factorisation(p, rat(1, 1)).unwrap();
        let problem = SubcriticalProblem::new(m, eta.clone(), init.clone(), 3000).unwrap();
        let cert = prove_subcritical(&problem, None, &mut |_, _| {}).unwrap();
        if !cert.verified {
            return Outcome::NotVerified;
        }
        match reference_run(&init, &eta, &rat(1, 1), 20_000) {
            RefRun::Converged { lambda } => {
                let rate = Ref::int(1, REF_BITS)
                    .sub(&Ref::exact(&eta, REF_BITS).mul(&lambda))
                    .abs();
                outcome((|| {
                    contains_ref(&cert, "sharpness_limit", &lambda)?;
                    contains_ref(&cert, "rate", &rate)
                })())
            }
            RefRun::Escaped => Outcome::Violated("the reference escapes".into()),
            RefRun::Open => Outcome::Inconclusive,
        }
    })
}

// ---------------------------------------------------------------- balancing

/// `balance` (f = φ(xᵀy − 1), φ ∈ quad, pseudo-huber, quartic; n = 1…3; random start, step
/// h with h·(‖x₀‖² + ‖y₀‖²) ∈ [0.2, 2.5]): the limit of full GD x⁺ = x − hφ′(r)y, y⁺ = y − hφ′(r)x (not eoscert's (r, q)
/// reduction) by the 512-bit point iteration until |r| < 10⁻⁸⁰; `sharpness_limit` ∋
/// ‖x∞‖² + ‖y∞‖², `eta_times_sharpness`, `imbalance_limit` ∋ ‖x∞ − y∞‖, `imbalance_bound` ∋
/// √(2/h − 2) (1024-bit interval), and `sharpness_below_edge` where the reference decides.
pub fn balancing(cases: usize, seed: u64) -> Report {
    run_parallel("balancing", cases, seed, |rng| {
        let phi_name = rng.pick(&["quad", "pseudo-huber", "quartic"]);
        let n = rng.int(1, 3) as usize;
        let init: Vec<BigRational> = (0..2 * n).map(|_| rat(rng.int(-8, 14), 10)).collect();
        let (r0, q0) = BalanceProblem::new(Phi::Quad, init.clone(), rat(1, 1), 1)
            .unwrap()
            .reduced();
        // h·q₀ ∈ [0.2, 2.5] and |r₀| ≤ 3/2: GD may cross the edge (h·S > 2) but does not blow
        // up (diverging runs go to the step budget through huge numbers, unverified, slowly).
        if r0.abs() > rat(3, 2) || q0 < rat(1, 10) {
            return Outcome::NotVerified;
        }
        // h·max(q₀, 2) ∈ [0.2, 1.9]: every minimiser has ‖x‖² + ‖y‖² ≥ 2xᵀy = 2, so a larger h
        // diverges (at ~5 s of CPU a case to the prover's "unbounded", through huge numbers).
        let h = rat(rng.int(20, 190), 100) / q0.clone().max(rat(2, 1));
        let problem =
            BalanceProblem::new(phi_name.parse().unwrap(), init.clone(), h.clone(), 300).unwrap();
        let cert = prove_balancing(&problem, rigorous_backend(rng)).unwrap();
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let Some((x, y)) = balancing_limit(phi_name, &init, n, &h) else {
            return Outcome::Inconclusive;
        };
        let sum_sq = |a: &[Float]| {
            a.iter().fold(Float::with_val(POINT_BITS, 0), |s, u| {
                s + Float::with_val(POINT_BITS, u * u)
            })
        };
        let s = Float::with_val(POINT_BITS, sum_sq(&x) + sum_sq(&y));
        let diff: Vec<Float> = x
            .iter()
            .zip(&y)
            .map(|(u, v)| Float::with_val(POINT_BITS, u - v))
            .collect();
        let imbalance = sum_sq(&diff).sqrt();
        let hs = Float::with_val(POINT_BITS, Float::with_val(POINT_BITS, &to_rug(&h)) * &s);
        outcome(balancing_claims(&cert, &h, &s, &hs, &imbalance))
    })
}

/// The 512-bit point iteration of GD on ½φ(xᵀy − 1) from `init` (x, y ∈ ℝⁿ) at step `h`, run
/// until |xᵀy − 1| < 10⁻⁸⁰: the limit (x∞, y∞), or `None` if 20 000 steps do not get there.
fn balancing_limit(
    phi_name: &str,
    init: &[BigRational],
    n: usize,
    h: &BigRational,
) -> Option<(Vec<Float>, Vec<Float>)> {
    let fl = |q: &BigRational| Float::with_val(POINT_BITS, &to_rug(q));
    let hf = fl(h);
    let mut x: Vec<Float> = init[..n].iter().map(fl).collect();
    let mut y: Vec<Float> = init[n..].iter().map(fl).collect();
    let mut converged = false;
    for _ in 0..20_000 {
        let r = x
            .iter()
            .zip(&y)
            .fold(Float::with_val(POINT_BITS, -1), |a, (u, v)| {
                a + Float::with_val(POINT_BITS, u * v)
            });
        if r.clone().abs() < 1e-80 {
            converged = true;
            break;
        }
        let r2 = Float::with_val(POINT_BITS, &r * &r);
        let dphi = match phi_name {
            "quad" => r,
            "pseudo-huber" => r / (r2 + 1u32).sqrt(),
            _ => Float::with_val(POINT_BITS, &r * &r2) + r,
        };
        let step = Float::with_val(POINT_BITS, &hf * &dphi);
        let x_next: Vec<Float> = x
            .iter()
            .zip(&y)
            .map(|(u, v)| Float::with_val(POINT_BITS, u - Float::with_val(POINT_BITS, &step * v)))
            .collect();
        let y_next: Vec<Float> = y
            .iter()
            .zip(&x)
            .map(|(v, u)| Float::with_val(POINT_BITS, v - Float::with_val(POINT_BITS, &step * u)))
            .collect();
        x = x_next;
        y = y_next;
    }
    converged.then_some((x, y))
}

/// The balancing certificate's limits against the reference S∞ = ‖x∞‖² + ‖y∞‖² (`s`), h·S∞
/// (`hs`) and ‖x∞ − y∞‖ (`imbalance`); the bound √(2/h − 2) against a 1024-bit interval.
fn balancing_claims(
    cert: &eoscert::certificate::Certificate,
    h: &BigRational,
    s: &Float,
    hs: &Float,
    imbalance: &Float,
) -> Result<(), String> {
    let point = |v: &Float| Ref {
        lo: v.clone(),
        hi: v.clone(),
    };
    // The point iteration stops at |r| < 10⁻⁸⁰, so it resolves the limits to far better than
    // 10⁻⁶⁰ but not exactly: a limit the prover encloses exactly (e.g. h·S∞ = 2h from a
    // balanced start x₀ = y₀) is compared with the reference widened by 10⁻⁶⁰.
    let near = |name: &str, v: &Float| -> Result<(), String> {
        let (lo, hi) = claimed(cert, name).ok_or(format!("{name} missing"))?;
        if point(v).widen(1e-60).meets(&lo, &hi) {
            Ok(())
        } else {
            Err(format!(
                "{name} = [{lo}, {hi}] misses the reference {}",
                v.to_f64()
            ))
        }
    };
    (|| {
        near("sharpness_limit", s)?;
        near("eta_times_sharpness", hs)?;
        near("imbalance_limit", imbalance)?;
        if *h < rat(1, 1) {
            let bound = Ref::int(2, REF_BITS)
                .div_pos(&Ref::exact(h, REF_BITS))
                .sub(&Ref::int(2, REF_BITS))
                .sqrt();
            // A rigorous reference: disjointness proves a violation (containment would
            // flag exact claims such as √(2/h − 2) = 2 at h = 1/3).
            let (lo, hi) = claimed(cert, "imbalance_bound").ok_or("imbalance_bound missing")?;
            if !bound.meets(&lo, &hi) {
                return Err(format!(
                    "imbalance_bound = [{lo}, {hi}] misses the reference {}",
                    bound.mid()
                ));
            }
        }
        if let Some(below) = label(cert, "sharpness_below_edge") {
            // The reference h·S∞ is within ~10⁻⁷⁰ of the limit: compare with 2 only where
            // that error cannot matter.
            let two = Float::with_val(53, 2);
            let margin = Float::with_val(53, 1e-60);
            let decided_below = Float::with_val(POINT_BITS, hs - &two) < -margin.clone();
            let decided_above = Float::with_val(POINT_BITS, hs - &two) > margin;
            if (below == "true" && decided_above) || (below == "false" && decided_below) {
                return Err(format!(
                    "sharpness_below_edge = {below}, h·S∞ ≈ {}",
                    hs.to_f64()
                ));
            }
        }
        Ok(())
    })()
}

// ---------------------------------------------------------------- bound (nonasymptotic)

/// The precision of the `bound` reference: its enclosures are rigorous at any precision, and
/// 256 bits (the most the prover uses here) resolve losses far below the claimed bounds.
const BOUND_REF_BITS: u32 = 256;

/// φ′(r) and φ(r) of the sub-quadratic shapes, written from their definitions.
fn phi_prime_and_value(phi: &str, r: &Ref) -> (Ref, Ref) {
    let one = Ref::int(1, BOUND_REF_BITS);
    match phi {
        "quad" => (
            r.clone(),
            r.sqr().mul(&Ref::exact(&rat(1, 2), BOUND_REF_BITS)),
        ),
        "pseudo-huber" => {
            let root = one.add(&r.sqr()).sqrt();
            (r.div_pos(&root), root.sub(&one))
        }
        "logcosh" => (r.tanh(), r.cosh().ln()),
        other => unreachable!("no shape {other}"),
    }
}

/// `bound` (claim `nonasymptotic`, f = φ(xy − 1), φ ∈ quad, pseudo-huber, logcosh): random
/// boxes of starts and steps; at 2 random corners and 2 random grid points of the box
/// (x₀, y₀, h), full GD x⁺ = x − hφ′(r)y, y⁺ = y − hφ′(r)x in [`Ref`] intervals for T₀ + 150
/// steps; a violation is a step t ≥ T₀ where the reference proves
/// φ(x_t y_t − 1) > c.lo·rho.lo^(t − T₀) (the claim holds for every value of the constants).
pub fn bound(cases: usize, seed: u64) -> Report {
    use eoscert::certify::bound::{BoundProblem, Domain, prove_bound};
    run_parallel("bound", cases, seed, |rng| {
        let phi_name = rng.pick(&["quad", "pseudo-huber", "logcosh"]);
        let side = |rng: &mut Rng| {
            let lo = rat(rng.int(3, 40), 10);
            let hi = &lo * rat(100 + rng.int(1, 20), 100);
            (lo, hi)
        };
        let (x, y) = (side(rng), side(rng));
        // h·(x_hi² + y_hi²) ∈ [0.05, 1.2]: inside the convergent range for the whole box.
        let q_max = num_traits::ToPrimitive::to_f64(&(&x.1 * &x.1 + &y.1 * &y.1)).unwrap();
        let h_lo = rat(
            ((rng.int(5, 120) as f64 / 100.0 / q_max) * 10_000.0).ceil() as i64,
            10_000,
        );
        let h = (h_lo.clone(), &h_lo * rat(100 + rng.int(0, 10), 100));
        let domain = Domain {
            x: x.clone(),
            y: y.clone(),
            h: h.clone(),
        };
        let problem = BoundProblem::new(phi_name.parse().unwrap(), domain, 2000, 6).unwrap();
        let cert = prove_bound(&problem, rigorous_backend(rng)).unwrap();
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let (Some((t0, _)), Some((c, _)), Some((rho, _))) = (
            claimed(&cert, "t0"),
            claimed(&cert, "c"),
            claimed(&cert, "rho"),
        ) else {
            return Outcome::Violated("t0, c or rho missing".into());
        };
        let t0 = num_traits::ToPrimitive::to_u64(&t0.to_integer()).unwrap();
        let point = |rng: &mut Rng, iv: &(BigRational, BigRational), corner: bool| {
            let k = if corner {
                rng.pick(&[0i64, 16])
            } else {
                rng.int(0, 16)
            };
            &iv.0 + (&iv.1 - &iv.0) * rat(k, 16)
        };
        let mut checks = Vec::new();
        for i in 0..4 {
            let corner = i < 2;
            checks.push([
                point(rng, &x, corner),
                point(rng, &y, corner),
                point(rng, &h, corner),
            ]);
        }
        let ex = |q: &BigRational| Ref::exact(q, BOUND_REF_BITS);
        for [x0, y0, h0] in &checks {
            let (mut xr, mut yr, hr) = (ex(x0), ex(y0), ex(h0));
            let mut bnd = ex(&c);
            let rho_r = ex(&rho);
            for t in 0..=t0 + 150 {
                let r = xr.mul(&yr).sub(&Ref::int(1, BOUND_REF_BITS));
                let (dphi, loss) = phi_prime_and_value(phi_name, &r);
                if t >= t0 {
                    if loss.lo > bnd.hi {
                        return Outcome::Violated(format!(
                            "start ({x0}, {y0}), h = {h0}: loss at t = {t} is ≥ {:e} > \
                             c·ρ^(t − T₀) ≤ {:e} (T₀ = {t0})",
                            loss.lo.to_f64(),
                            bnd.hi.to_f64()
                        ));
                    }
                    bnd = bnd.mul(&rho_r);
                }
                if loss.width() > 1e-3 * loss.mid().abs().max(1e-300) {
                    break; // the reference no longer resolves the loss
                }
                let g = hr.mul(&dphi);
                let x_next = xr.sub(&g.mul(&yr));
                yr = yr.sub(&g.mul(&xr));
                xr = x_next;
            }
        }
        Outcome::Sound
    })
}

// ---------------------------------------------------------------- implicit bias

/// The reference run stops once every |x_k| of an epoch is below this (the limit is then
/// resolved far below the claimed widths, ≈ 10⁻¹⁸; see [`TAIL_SLACK`]).
const DLN_TOL: f64 = 1e-40;
/// The allowance for the reference's unseen tail Σ_{k≥N}|x_k| (relative to max(1, |value|)):
/// 10¹⁰ times the last epoch's max |x|, while the run converges geometrically. The reference
/// of a limit is its step-N enclosure widened by this; a violation is a claimed enclosure
/// disjoint from it (so a false alarm would need the run to move 10¹⁰ times its last step).
const TAIL_SLACK: f64 = 1e-30;
/// The reference's step budget (cases not converged by then are inconclusive).
const DLN_MAX_STEPS: u64 = 20_000;

/// The limit of (S)GD on the diagonal network, from the reference run (point values).
struct DlnLimit {
    /// β_N = u ⊙ v.
    beta: Vec<Float>,
    /// Σ_{k<N} −ln(1 − x_k²) (≤ the gain: every term is ≥ 0).
    gain: Vec<Float>,
    /// D_N = u² + v² (= w₊² + w₋²).
    d: Vec<Float>,
}

enum DlnRun {
    Converged(DlnLimit),
    /// |x_{k,i}| ≥ 1 at step k (beyond rounding): the claim's |γg| < 1 is false.
    UnitBroken(u64),
    /// Not converged within the budget.
    Open,
}

/// (S)GD on β = u ⊙ v in its original form, written from paper 002: u₀ = √2·α, v₀ = 0,
/// x = (γ/b)X_Bᵀ(X_Bβ − y_B), u⁺ = u − x ⊙ v, v⁺ = v − x ⊙ u, as a `prec`-bit point
/// iteration (its rounding errors, ~2⁻ᵖʳᵉᶜ a step, are not amplified by a converging run; a
/// naive interval iteration would need the prover's doubled precisions to survive the same
/// horizon). SGD (`sgd = Some((b, seed))`) by random reshuffling as documented: per epoch a
/// Fisher–Yates permutation (i = n−1 down to 1, j = next mod (i + 1), swap) from one
/// SplitMix64 stream, batches = consecutive chunks. Alongside, Π(1 − x²) and
/// Π(1 + x)/(1 − x) give β again by the closed form β = −α²Π(1 − x²)·sinh(ln Π(1 + x)/(1 − x))
/// (the reference checks itself against it).
fn dln_reference(
    x: &[Vec<BigRational>],
    y: &[BigRational],
    alpha: &BigRational,
    gamma: &BigRational,
    sgd: Option<(usize, u64)>,
    prec: u32,
) -> DlnRun {
    let (n, d) = (x.len(), x[0].len());
    let fl = |q: &BigRational| Float::with_val(prec, &to_rug(q));
    let xf: Vec<Vec<Float>> = x.iter().map(|row| row.iter().map(fl).collect()).collect();
    let yf: Vec<Float> = y.iter().map(fl).collect();
    let b = sgd.map_or(n, |(b, _)| b);
    let c = fl(&(gamma / rat(b as i64, 1)));
    let a = fl(alpha);
    let one = Float::with_val(prec, 1);
    let mut u = vec![Float::with_val(prec, Float::with_val(prec, 2).sqrt() * &a); d];
    let mut v = vec![Float::with_val(prec, 0); d];
    let mut shrink = vec![one.clone(); d];
    let mut ratio = vec![one.clone(); d];
    let mut rng = Rng::new(sgd.map_or(0, |(_, s)| s));
    let mut epoch: std::collections::VecDeque<Vec<usize>> = Default::default();
    let mut epoch_max = 0.0f64;
    let mul = |p: &Float, q: &Float| Float::with_val(prec, p * q);
    for k in 0..DLN_MAX_STEPS {
        if epoch.is_empty() {
            let mut perm: Vec<usize> = (0..n).collect();
            if sgd.is_some() {
                for i in (1..n).rev() {
                    let j = (rng.next() % (i as u64 + 1)) as usize;
                    perm.swap(i, j);
                }
            }
            epoch = perm.chunks(b).map(<[usize]>::to_vec).collect();
            epoch_max = 0.0;
        }
        let rows = epoch.pop_front().unwrap();
        let beta: Vec<Float> = u.iter().zip(&v).map(|(p, q)| mul(p, q)).collect();
        let res: Vec<Float> = rows
            .iter()
            .map(|&j| {
                (0..d).fold(Float::with_val(prec, 0), |s, i| {
                    s + mul(&xf[j][i], &beta[i])
                }) - &yf[j]
            })
            .collect();
        for i in 0..d {
            let sum = rows
                .iter()
                .zip(&res)
                .fold(Float::with_val(prec, 0), |s, (&j, r)| s + mul(&xf[j][i], r));
            let xi = mul(&c, &sum);
            if xi.clone().abs() >= 1 {
                return DlnRun::UnitBroken(k);
            }
            epoch_max = epoch_max.max(xi.to_f64().abs());
            shrink[i] = mul(&shrink[i], &Float::with_val(prec, &one - mul(&xi, &xi)));
            let q = Float::with_val(prec, &one + &xi) / Float::with_val(prec, &one - &xi);
            ratio[i] = mul(&ratio[i], &q);
            let u_next = Float::with_val(prec, &u[i] - mul(&xi, &v[i]));
            v[i] = Float::with_val(prec, &v[i] - mul(&xi, &u[i]));
            u[i] = u_next;
        }
        if epoch.is_empty() && epoch_max < DLN_TOL {
            let beta: Vec<Float> = u.iter().zip(&v).map(|(p, q)| mul(p, q)).collect();
            let a2 = mul(&a, &a);
            for i in 0..d {
                let s = Float::with_val(prec, ratio[i].ln_ref());
                let closed = -mul(&mul(&a2, &shrink[i]), &Float::with_val(prec, s.sinh_ref()));
                let gap = Float::with_val(prec, &closed - &beta[i]).abs().to_f64();
                assert!(
                    gap <= 1e-50 * beta[i].to_f64().abs().max(1.0),
                    "reference: β = u ⊙ v and the closed form −α²Π(1 − x²)sinh(S) differ by {gap:e}"
                );
            }
            return DlnRun::Converged(DlnLimit {
                gain: shrink
                    .iter()
                    .map(|s| -Float::with_val(prec, s.ln_ref()))
                    .collect(),
                d: u.iter()
                    .zip(&v)
                    .map(|(p, q)| mul(p, p) + mul(q, q))
                    .collect(),
                beta,
            });
        }
    }
    DlnRun::Open
}

/// The gradient-flow solution β = α² sinh(Xᵀλ) with Xβ = y, by damped Newton on λ in
/// `prec`-bit floats (n = 2: the 2×2 system solved by Cramer's rule); `None` unless
/// ‖F(λ)‖∞ < 10⁻⁷⁰ with a well-conditioned Jacobian.
fn flow_reference(
    x: &[Vec<BigRational>],
    y: &[BigRational],
    alpha: &BigRational,
    prec: u32,
) -> Option<Vec<Float>> {
    let fl = |q: &BigRational| Float::with_val(prec, &to_rug(q));
    let xf: Vec<Vec<Float>> = x.iter().map(|r| r.iter().map(fl).collect()).collect();
    let yf: Vec<Float> = y.iter().map(fl).collect();
    let a2 = Float::with_val(prec, fl(alpha).square_ref());
    let d = xf[0].len();
    let z = || Float::with_val(prec, 0);
    let eval = |lam: &[Float]| {
        let t: Vec<Float> = (0..d)
            .map(|i| {
                Float::with_val(prec, &xf[0][i] * &lam[0])
                    + Float::with_val(prec, &xf[1][i] * &lam[1])
            })
            .collect();
        let beta: Vec<Float> = t
            .iter()
            .map(|ti| Float::with_val(prec, &a2 * Float::with_val(prec, ti.sinh_ref())))
            .collect();
        let w: Vec<Float> = t
            .iter()
            .map(|ti| Float::with_val(prec, &a2 * Float::with_val(prec, ti.cosh_ref())))
            .collect();
        let f: Vec<Float> = (0..2)
            .map(|j| {
                (0..d).fold(z(), |s, i| s + Float::with_val(prec, &xf[j][i] * &beta[i])) - &yf[j]
            })
            .collect();
        let jac = |j: usize, l: usize| {
            (0..d).fold(z(), |s, i| {
                s + Float::with_val(prec, &xf[j][i] * &w[i]) * &xf[l][i]
            })
        };
        let jm = [[jac(0, 0), jac(0, 1)], [jac(1, 0), jac(1, 1)]];
        (beta, f, jm)
    };
    let norm = |f: &[Float]| f.iter().map(|v| v.to_f64().abs()).fold(0.0, f64::max);
    let mut lam = vec![z(), z()];
    for _ in 0..400 {
        let (beta, f, j) = eval(&lam);
        let det =
            Float::with_val(prec, &j[0][0] * &j[1][1]) - Float::with_val(prec, &j[0][1] * &j[1][0]);
        if norm(&f) < 1e-70 {
            return (det.to_f64().abs() > 1e-12).then_some(beta);
        }
        if det.is_zero() {
            return None;
        }
        let d0 = (Float::with_val(prec, &j[1][1] * &f[0])
            - Float::with_val(prec, &j[0][1] * &f[1]))
            / &det;
        let d1 = (Float::with_val(prec, &j[0][0] * &f[1])
            - Float::with_val(prec, &j[1][0] * &f[0]))
            / &det;
        let mut s = Float::with_val(prec, 1);
        loop {
            let trial = vec![
                Float::with_val(prec, &lam[0] - Float::with_val(prec, &s * &d0)),
                Float::with_val(prec, &lam[1] - Float::with_val(prec, &s * &d1)),
            ];
            if norm(&eval(&trial).1) < norm(&f) || s < 1e-12 {
                lam = trial;
                break;
            }
            s /= 2u32;
        }
    }
    None
}

/// `implicit-bias` (paper 002), small instances: n = 2, d = 3, X and y random tenths, α ∈
/// {¼, ½, 1}, GD or SGD with b = 1, γ a random fraction of 1/max‖x_j‖², mpfr:64 or
/// interval (the prover doubles the precision where needed). Against [`dln_reference`] at
/// max(256, 4 × the prover's bits): `beta_limit`, `beta_implicit` (= β∞ by the theorem the
/// claim `equal` asserts) and `gain` must meet the reference limit widened by [`TAIL_SLACK`],
/// the gain's upper end must be ≥ the reference's partial sum (rigorous: the terms are ≥ 0),
/// `sharpness_limit` and `stepsize_times_sharpness` must meet λ_max((1/n)X diag(D)Xᵀ)
/// (2×2 closed form) and γ times it; `beta_flow` must meet the Newton solution of
/// X(α² sinh(Xᵀλ)) = y (widened by [`TAIL_SLACK`]).
pub fn implicit_bias(cases: usize, seed: u64) -> Report {
    use crate::soundness::reference::claimed_array;
    use eoscert::certify::implicit_bias::{ImplicitBiasProblem, prove_implicit_bias};
    use eoscert::model::diagonal::{Dataset, Sampler};
    run_parallel("implicit-bias", cases, seed, |rng| {
        let Some((rows, alpha, gamma, sgd)) = implicit_bias_instance(rng) else {
            return Outcome::NotVerified;
        };
        let d = rows[0].len() - 1;
        let x: Vec<Vec<BigRational>> = rows.iter().map(|r| r[..d].to_vec()).collect();
        let y: Vec<BigRational> = rows.iter().map(|r| r[d].clone()).collect();
        let sampler = match sgd {
            Some((b, s)) => Sampler::sgd(b, s, rows.len()).unwrap(),
            None => Sampler::Full,
        };
        let Ok(data) = Dataset::from_rows(rows) else {
            return Outcome::NotVerified;
        };
        let Ok(problem) =
            ImplicitBiasProblem::new(data, alpha.clone(), gamma.clone(), sampler, 1000)
        else {
            return Outcome::NotVerified;
        };
        let backend = Backend::Mpfr(64);
        let Ok(cert) = prove_implicit_bias(&problem, backend) else {
            return Outcome::NotVerified;
        };
        if !cert.verified {
            return Outcome::NotVerified;
        }
        let prec = 256;
        let lim = match dln_reference(&x, &y, &alpha, &gamma, sgd, prec) {
            DlnRun::Converged(l) => l,
            DlnRun::UnitBroken(k) => {
                return Outcome::Violated(format!(
                    "the reference proves |γg| ≥ 1 at step {k}, the claim needs |γg| < 1"
                ));
            }
            DlnRun::Open => return Outcome::Inconclusive,
        };
        let flow = flow_reference(&x, &y, &alpha, prec);
        let point = |v: &Float| Ref {
            lo: v.clone(),
            hi: v.clone(),
        };
        let meet = |name: &str, refs: &[Float]| -> Result<(), String> {
            let claim = claimed_array(&cert, name).ok_or(format!("{name} missing"))?;
            for (i, ((lo, hi), r)) in claim.iter().zip(refs).enumerate() {
                if !point(r).widen(TAIL_SLACK).meets(lo, hi) {
                    return Err(format!(
                        "{name}[{i}] = [{lo}, {hi}] misses the reference {}",
                        r.to_f64()
                    ));
                }
            }
            Ok(())
        };
        outcome((|| {
            meet("beta_limit", &lim.beta)?;
            meet("beta_implicit", &lim.beta)?;
            meet("gain", &lim.gain)?;
            for (i, ((_, hi), g)) in claimed_array(&cert, "gain")
                .ok_or("gain missing")?
                .iter()
                .zip(&lim.gain)
                .enumerate()
            {
                // The partial sum is a lower bound of the gain up to its rounding (≪ 10⁻⁷⁰).
                if Float::with_val(prec, g - 1e-70f64) > to_rug(hi) {
                    return Err(format!("gain[{i}] ≤ {hi} < the partial sum {}", g.to_f64()));
                }
            }
            if let Some(beta) = &flow {
                meet("beta_flow", beta)?;
            }
            implicit_bias_sharpness(&cert, &x, &lim.d, &gamma, prec)
        })())
    })
}

/// A random implicit-bias instance with n = 2 rows and d = 3 features: the rows `[x | y]` with
/// entries in {−1, −0.9, …, 1}, α ∈ {¼, ½, 1}, γ ∈ [0.4, 1]/max‖xᵢ‖² and, one time in four,
/// SGD with batch 1 and a random seed (`Some((batch, seed))`); `None` if the rows are less than
/// 30° apart (det XXᵀ < ¼‖x₀‖²‖x₁‖²) or zero: well-conditioned instances converge in a few
/// hundred steps, which keeps the campaign cheap.
#[allow(clippy::type_complexity)]
fn implicit_bias_instance(
    rng: &mut Rng,
) -> Option<(
    Vec<Vec<BigRational>>,
    BigRational,
    BigRational,
    Option<(usize, u64)>,
)> {
    use num_traits::Zero;
    let (n, d) = (2usize, 3usize);
    let rows: Vec<Vec<BigRational>> = (0..n)
        .map(|_| (0..=d).map(|_| rat(rng.int(-10, 10), 10)).collect())
        .collect();
    let x: Vec<&[BigRational]> = rows.iter().map(|r| &r[..d]).collect();
    let alpha = rng.pick(&[rat(1, 4), rat(1, 2), rat(1, 1)]);
    let row_max = x
        .iter()
        .map(|r| r.iter().map(|v| v * v).sum::<BigRational>())
        .max()
        .unwrap();
    let dot = |a: &[BigRational], b: &[BigRational]| {
        a.iter().zip(b).map(|(p, q)| p * q).sum::<BigRational>()
    };
    let (g00, g01, g11) = (dot(x[0], x[0]), dot(x[0], x[1]), dot(x[1], x[1]));
    if row_max.is_zero() || &g00 * &g11 - &g01 * &g01 < &g00 * &g11 * rat(1, 4) {
        return None;
    }
    let gamma = rat(rng.int(40, 100), 100) / &row_max;
    let sgd = (rng.int(0, 3) == 0).then(|| (1usize, rng.int(0, 1000) as u64));
    Some((rows, alpha, gamma, sgd))
}

/// The certificate's `sharpness_limit` and `stepsize_times_sharpness` against the reference
/// λ_max of the 2×2 matrix M = (1/n)·X·diag(D)·Xᵀ at the reference limit `d` (and γ·λ_max),
/// computed in `prec`-bit outward intervals.
fn implicit_bias_sharpness(
    cert: &eoscert::certificate::Certificate,
    x: &[Vec<BigRational>],
    lim_d: &[Float],
    gamma: &BigRational,
    prec: u32,
) -> Result<(), String> {
    let d = lim_d.len();
    let point = |v: &Float| Ref {
        lo: v.clone(),
        hi: v.clone(),
    };
    // λ_max of the 2×2 matrix M = (1/n)X diag(D)Xᵀ.
    let half = Ref::exact(&rat(1, 2), prec);
    let m = |j: usize, l: usize| {
        (0..d)
            .map(|i| {
                Ref::exact(&x[j][i], prec)
                    .mul(&point(&lim_d[i]))
                    .mul(&Ref::exact(&x[l][i], prec))
            })
            .reduce(|s, t| s.add(&t))
            .unwrap()
            .mul(&half)
    };
    let (m00, m01, m11) = (m(0, 0), m(0, 1), m(1, 1));
    let mean = m00.add(&m11).mul(&half);
    let dev = m00.sub(&m11).mul(&half);
    let lambda = mean.add(&dev.sqr().add(&m01.sqr()).sqrt());
    let gamma_lambda = Ref::exact(gamma, prec).mul(&lambda);
    for (name, r) in [
        ("sharpness_limit", &lambda),
        ("stepsize_times_sharpness", &gamma_lambda),
    ] {
        let (lo, hi) = claimed(cert, name).ok_or(format!("{name} missing"))?;
        if !r.widen(TAIL_SLACK).meets(&lo, &hi) {
            return Err(format!(
                "{name} = [{lo}, {hi}] misses the reference {}",
                r.mid()
            ));
        }
    }
    Ok(())
}
