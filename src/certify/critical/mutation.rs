//! The mutation check's switch for the critical engine: deliberately unsound
//! variants of the radius propagation, compiled only with the test-only cargo feature `mutant`.
//!
//! The critical engine has its own ball arithmetic ([`super::Ball`], [`super::FlBall`], the
//! compensated fast path), so a mutant [`Scalar`](crate::arith::Scalar) backend never reaches
//! it. A `Mutation` instead drops one error term of its proof:
//!
//! - `Mutation::LocalError`: the local error `δ_t ≥ |F(x̃_t) − x̃_{t+1}|` of the midpoint step
//!   (its rounding / truncation error) is taken as 0 in `ρᶻ_{t+2} = |W⁻¹J₁J₀W|ρᶻ_t +
//!   |W⁻¹|(|J₁|δ_t + δ_{t+1})` and in the odd-step bound `|J₀||W|ρᶻ_t + δ_t`: the radii then
//!   carry only the propagated error of the initial point.
//! - `Mutation::MeanValueBox`: the Jacobians are enclosed at the midpoints (the box
//!   `x̃_t ± ρ_t` shrunk to `x̃_t`) instead of on the box that contains the true iterate, which
//!   drops the second-order remainder `J̄_t − J(x̃_t) = O(ρ_t)` of the mean-value form
//!   `e_{t+1} = J̄_t e_t + d_t`.
//!
//! # Cost
//! Without the feature the predicates below are `const fn`s returning `false`: every branch on
//! them folds away at compile time and the engine is exactly the sound one (`cargo build
//! --release` never enables the feature). With the feature (the test, bench and example builds,
//! through the self dev-dependency in `Cargo.toml`) a thread-local holds the mutation, default
//! `None`, so the sound engine runs on every thread that did not ask for a mutant; the engines
//! read it once per run (once per block in pass 2 of the block driver, once per odd
//! checkpoint), never per step, so the loops keep a loop-invariant branch only.
//!
//! Checked on the release binary: the 18 engine functions (`run_fast`, the 8
//! `run_blocks` and 8 `run_per_step` instances, `Block::propagate`) disassemble to the same
//! instructions as before this module existed, and the binary has no `critical::mutation` symbol.

#[cfg(feature = "mutant")]
use std::cell::Cell;

/// One deliberately dropped error term (module docs).
#[cfg(feature = "mutant")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutation {
    /// Drop the local error `δ_t` of every midpoint step.
    LocalError,
    /// Enclose the Jacobians at the midpoints, not on the boxes (drops the second-order
    /// remainder of the mean-value form).
    MeanValueBox,
}

#[cfg(feature = "mutant")]
thread_local! {
    static ACTIVE: Cell<Option<Mutation>> = const { Cell::new(None) };
}

/// Run `f` with the critical engine mutated by `mutation` on this thread (other threads keep
/// the sound engine); the previous setting is restored afterwards, also if `f` panics.
///
/// **Unsound by design**: certificates produced inside `f` may claim false enclosures. Only for
/// the mutation check (`tests/soundness`).
#[cfg(feature = "mutant")]
pub fn with_mutation<R>(mutation: Mutation, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Mutation>);
    impl Drop for Restore {
        fn drop(&mut self) {
            ACTIVE.set(self.0);
        }
    }
    let _restore = Restore(ACTIVE.replace(Some(mutation)));
    f()
}

#[cfg(feature = "mutant")]
fn active(m: Mutation) -> bool {
    ACTIVE.get() == Some(m)
}

/// Whether this run drops the local error `δ_t` ([`Mutation::LocalError`]).
#[cfg(feature = "mutant")]
pub(super) fn drops_local_error() -> bool {
    active(Mutation::LocalError)
}

/// Whether this run encloses the Jacobians at the midpoints ([`Mutation::MeanValueBox`]).
#[cfg(feature = "mutant")]
pub(super) fn drops_mean_value_box() -> bool {
    active(Mutation::MeanValueBox)
}

/// Always `false` without the feature `mutant`: the sound engine.
#[cfg(not(feature = "mutant"))]
#[inline(always)]
pub(super) const fn drops_local_error() -> bool {
    false
}

/// Always `false` without the feature `mutant`: the sound engine.
#[cfg(not(feature = "mutant"))]
#[inline(always)]
pub(super) const fn drops_mean_value_box() -> bool {
    false
}
