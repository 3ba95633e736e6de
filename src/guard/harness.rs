//! The proptest harness of the guard (feature `proptest`, opt-in: `eoscert = { …, features = ["proptest"] }`): starting points as a
//! [`Strategy`] and a run over a [`TestRunner`] that shrinks a failing start. Inside `proptest!`,
//! `guard.check_step(…)?` fails the case with the guard's message (proptest converts every
//! error type, [`GuardError`] included, into a failing [`TestCaseError`](proptest::test_runner::TestCaseError)).

use std::cell::RefCell;

use proptest::collection::vec;
use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngAlgorithm, TestError, TestRng, TestRunner};

use super::{GenericMap, Guard, GuardError, UlpReport};

/// A proptest runner for `cases` cases with a fixed seed (ChaCha, no failure persistence): the
/// same starting points on every run and for every kernel, which is what a CI guardrail or a
/// side-by-side comparison of kernels wants.
///
/// ```
/// let mut a = eoscert::guard::deterministic_runner(8);
/// let mut b = eoscert::guard::deterministic_runner(8);
/// use proptest::strategy::{Strategy, ValueTree};
/// let s = 0.0..1.0f64;
/// assert_eq!(s.new_tree(&mut a).unwrap().current(), s.new_tree(&mut b).unwrap().current());
/// ```
pub fn deterministic_runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

impl<M: GenericMap> Guard<M> {
    /// Starting points with every coordinate drawn from `[lo, hi]`, one per coordinate of the
    /// map (a model's parameters).
    ///
    /// # Errors
    /// [`GuardError::BadBox`] unless `lo ≤ hi` are finite.
    pub fn points(&self, lo: f64, hi: f64) -> Result<impl Strategy<Value = Vec<f64>>, GuardError> {
        if !(lo.is_finite() && hi.is_finite() && lo <= hi) {
            return Err(GuardError::BadBox { lo, hi });
        }
        Ok(vec(lo..=hi, self.map.dim()))
    }

    /// Check `kernel` on every case `runner` draws from `points`: a trajectory of `steps` steps
    /// per case ([`Guard::check_trajectory`]). Returns the merged report of all cases, or
    /// proptest's failure with the start shrunk to a minimal failing one and the guard's
    /// message (the violation, or bad input) as the reason.
    ///
    /// The report is gathered in this process: with proptest's `fork` option it stays empty.
    ///
    /// # Examples
    /// ```
    /// use eoscert::arith::parse_rational;
    /// use eoscert::guard::Guard;
    /// use eoscert::model::{Model, fast::FastGd};
    /// use proptest::test_runner::{Config, TestRunner};
    ///
    /// let model = Model::factorisation(3, parse_rational("1").unwrap()).unwrap();
    /// let guard = Guard::new(model.clone(), parse_rational("1/4").unwrap()).unwrap().with_ulps(8);
    /// let gd = FastGd::new(&model, 0.25);
    /// let mut runner = TestRunner::new(Config::with_cases(32));
    /// let points = guard.points(0.9, 1.1).unwrap();
    /// let report = guard.run(&mut runner, &points, 4, |t| { gd.step_unchecked(t); }).unwrap();
    /// assert_eq!(report.steps, 32 * 4);
    /// assert!(report.worst_ulps() <= 8);
    /// ```
    pub fn run<S>(
        &self,
        runner: &mut TestRunner,
        points: &S,
        steps: u64,
        kernel: impl Fn(&mut [f64]),
    ) -> Result<UlpReport, TestError<Vec<f64>>>
    where
        S: Strategy<Value = Vec<f64>>,
    {
        let total = RefCell::new(UlpReport::empty(self.map.dim()));
        runner.run(points, |theta0| {
            let report = self.check_trajectory(&theta0, steps, &kernel)?;
            total.borrow_mut().merge(report);
            Ok(())
        })?;
        Ok(total.into_inner())
    }
}
