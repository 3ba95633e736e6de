//! The checker's cost budget: a wall-clock deadline and a cap on the size of exact numbers.
//!
//! A certificate decides how much work its check takes (replay lengths, tree sizes, box
//! magnitudes, sizes of exact endpoints). So that no certificate can keep the checker busy for
//! hours or exhaust memory, every check runs under a [`Budget`]:
//!
//! - **time**: the checker polls [`tick`] in every loop whose trip count or number sizes depend
//!   on the certificate (replays, tree walks, Krawczyk and `exp`/`ln` evaluations, LDLᵀ). Once
//!   the deadline has passed, `tick` returns [`OverBudget::Time`] and the check stops at that
//!   loop; the overshoot is one loop iteration.
//! - **size**: paths that could allocate unboundedly from one certificate number (the exact
//!   exponential of a huge box endpoint, exact products of huge endpoints) call
//!   [`admit_bits`] before the operation; a number that would exceed [`MAX_EXACT_BITS`] bits is
//!   not computed and the check is marked over budget.
//!
//! # Guarantee
//! [`run`] returns [`OverBudget`] (as [`super::CheckFailure::OverBudget`]) whenever the budget
//! tripped during the check, *whatever* the inner check returned: a path that stops early on an
//! exhausted budget may return any placeholder value, and that value can never produce an
//! acceptance. An over-budget certificate is never accepted.
//!
//! The budget of the running check lives in a thread-local, so that parallel checks on several
//! threads each have their own, and the checker's loops poll it without threading a parameter
//! through every function.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// The default time budget per certificate, in seconds (`eoscert check --budget`).
pub const DEFAULT_SECONDS: f64 = 60.0;

/// The largest bit length of an exact intermediate number a check may create (2²⁰ bits, about
/// 315 000 decimal digits): far above every honest certificate (precisions are at most 2¹⁶
/// bits), small enough that one operation on such numbers (a gcd is quadratic) takes about a
/// second, so that the deadline is polled often enough.
pub const MAX_EXACT_BITS: u64 = 1 << 20;

/// How often [`tick`] reads the clock (every `CLOCK_EVERY`-th call).
const CLOCK_EVERY: u32 = 16;

/// A check's cost budget: a wall-clock limit (or none).
///
/// # Examples
/// ```
/// use eoscert_check::check::budget::Budget;
/// use std::time::Duration;
/// assert_eq!(Budget::seconds(2.5).unwrap().limit(), Some(Duration::from_millis(2500)));
/// assert!(Budget::seconds(-1.0).is_none());
/// assert_eq!(Budget::unlimited().limit(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    limit: Option<Duration>,
}

impl Default for Budget {
    /// [`DEFAULT_SECONDS`].
    fn default() -> Self {
        Budget {
            limit: Some(Duration::from_secs_f64(DEFAULT_SECONDS)),
        }
    }
}

impl Budget {
    /// A budget of `limit` wall-clock time.
    pub fn new(limit: Duration) -> Self {
        Budget { limit: Some(limit) }
    }

    /// A budget of `seconds` (finite, > 0), or `None` for any other value.
    pub fn seconds(seconds: f64) -> Option<Self> {
        (seconds.is_finite() && seconds > 0.0 && seconds < 1e9)
            .then(|| Budget::new(Duration::from_secs_f64(seconds)))
    }

    /// No time limit (the size cap [`MAX_EXACT_BITS`] still applies).
    pub fn unlimited() -> Self {
        Budget { limit: None }
    }

    /// The time limit, if any.
    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }
}

/// Why a check ran out of budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OverBudget {
    /// The deadline passed.
    #[error("the check needs more than its time budget of {} s", .limit.as_secs_f64())]
    Time {
        /// The time limit.
        limit: Duration,
    },
    /// An exact intermediate number would exceed [`MAX_EXACT_BITS`] bits.
    #[error("an exact intermediate number would need about {bits} bits (cap {limit})")]
    Size {
        /// The bits the number would need (a lower bound).
        bits: u64,
        /// The cap, [`MAX_EXACT_BITS`].
        limit: u64,
    },
}

#[derive(Clone, Copy)]
struct Active {
    deadline: Option<Instant>,
    limit: Duration,
    calls: u32,
    tripped: Option<OverBudget>,
}

thread_local! {
    static ACTIVE: Cell<Option<Active>> = const { Cell::new(None) };
}

/// Apply `f` to the running check's state, if any, and store it back.
fn with_active<T>(f: impl FnOnce(&mut Active) -> T) -> Option<T> {
    ACTIVE.with(|cell| {
        let mut a = cell.get()?;
        let out = f(&mut a);
        cell.set(Some(a));
        Some(out)
    })
}

/// Poll the running check's budget: `Err` once its deadline has passed or it tripped the size
/// cap. Cheap (reads the clock every few calls); `Ok` outside [`run`].
///
/// # Errors
/// The [`OverBudget`] that tripped.
pub fn tick() -> Result<(), OverBudget> {
    poll(false)
}

/// [`tick`], reading the clock at every call: for a poll before an operation that may itself
/// take long (on numbers of many thousands of bits).
///
/// # Errors
/// As [`tick`].
pub fn tick_now() -> Result<(), OverBudget> {
    poll(true)
}

fn poll(clock: bool) -> Result<(), OverBudget> {
    with_active(|a| {
        if let Some(t) = a.tripped {
            return Err(t);
        }
        a.calls = a.calls.wrapping_add(1);
        if (clock || a.calls.is_multiple_of(CLOCK_EVERY))
            && let Some(deadline) = a.deadline
            && Instant::now() >= deadline
        {
            let t = OverBudget::Time { limit: a.limit };
            a.tripped = Some(t);
            return Err(t);
        }
        Ok(())
    })
    .unwrap_or(Ok(()))
}

/// Whether the running check may create an exact number of about `bits` bits: `false` (and the
/// check is marked over budget) above [`MAX_EXACT_BITS`]. The caller then skips the operation
/// and may return any placeholder: [`run`] rejects the certificate as over budget. Outside
/// [`run`] there is no cap (`true`), so a placeholder is never returned where nothing would
/// discard it.
pub fn admit_bits(bits: u64) -> bool {
    bits <= MAX_EXACT_BITS
        || with_active(|a| {
            a.tripped.get_or_insert(OverBudget::Size {
                bits,
                limit: MAX_EXACT_BITS,
            });
        })
        .is_none()
}

/// Run `check` under `budget` on this thread: [`tick`] and [`admit_bits`] inside it see this
/// budget. Returns `Err(OverBudget)` if the budget tripped, whatever `check` returned.
///
/// # Errors
/// The [`OverBudget`] that tripped (the inner result is discarded), or `check`'s own error.
pub fn run<T, E: From<OverBudget>>(
    budget: Budget,
    check: impl FnOnce() -> Result<T, E>,
) -> Result<T, E> {
    /// Restores the previous budget (nested runs), also on unwinding.
    struct Restore(Option<Active>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ACTIVE.with(|cell| cell.set(self.0));
        }
    }
    let start = Instant::now();
    let ours = Active {
        deadline: budget.limit.map(|l| start + l),
        limit: budget.limit.unwrap_or(Duration::MAX),
        calls: 0,
        tripped: None,
    };
    let restore = Restore(ACTIVE.with(|cell| cell.replace(Some(ours))));
    let result = check();
    let state = ACTIVE.with(Cell::get).expect("set above");
    drop(restore);
    // A check that finished after its deadline without polling again is over budget too.
    let late = state
        .deadline
        .filter(|&d| Instant::now() > d)
        .map(|_| OverBudget::Time { limit: state.limit });
    match state.tripped.or(late) {
        Some(t) => Err(t.into()),
        None => result,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum E {
        Over(OverBudget),
        Other,
    }
    impl From<OverBudget> for E {
        fn from(o: OverBudget) -> Self {
            E::Over(o)
        }
    }

    #[test]
    fn a_loop_that_polls_stops_at_the_deadline() {
        let budget = Budget::seconds(0.05).unwrap();
        let start = Instant::now();
        let r: Result<(), E> = run(budget, || {
            loop {
                tick()?;
            }
        });
        assert!(matches!(r, Err(E::Over(OverBudget::Time { .. }))));
        assert!(start.elapsed() < Duration::from_secs(2));
        // Outside `run` nothing is polled.
        assert_eq!(tick(), Ok(()));
    }

    #[test]
    fn a_tripped_size_cap_overrides_any_result() {
        let r: Result<u32, E> = run(Budget::unlimited(), || {
            assert!(admit_bits(MAX_EXACT_BITS));

            assert!(!admit_bits(MAX_EXACT_BITS + 1));
            Ok(7)
        });
        assert!(matches!(r, Err(E::Over(OverBudget::Size { .. }))));
        assert!(admit_bits(u64::MAX), "no cap outside a budgeted run");
        let r: Result<u32, E> = run(Budget::unlimited(), || Err(E::Other));
        assert_eq!(r, Err(E::Other));
        let r: Result<u32, E> = run(Budget::default(), || Ok(1));
        assert_eq!(r, Ok(1));
    }
}
