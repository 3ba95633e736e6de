//! The `evidence` of each claim kind, typed: one struct per kind, `deny_unknown_fields` at
//! every level. The checker reads a `verified: true` certificate's evidence into its kind's
//! type before any other work, so an added, misspelt or mistyped field at any depth is a
//! rejection naming it. The prover fills the same structs ([`serde_json::to_value`]), so a
//! field the checker does not know cannot be written without a compile error.
//!
//! Numbers are exact strings (decimal or `p/q`, [`crate::input`]); `Enclosure` is `{lo, hi}`.

use serde::{Deserialize, Serialize};

use crate::Enclosure;

/// One checkpoint of a replayed run: the enclosure of θ after `step` steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepBox {
    /// The step.
    pub step: u64,
    /// The enclosure of every coordinate of θ.
    pub theta: Vec<Enclosure>,
}

/// A Rayleigh-quotient witness for the sharpness: the approximate eigenvector and the shift
/// of the `LDLᵀ` upper bound.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharpnessWitness {
    /// The approximate top eigenvector, exact.
    pub vector: Vec<String>,
    /// The shift `s` with `s·I − H` proved positive definite.
    pub shift: String,
}

/// `trajectory`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trajectory {
    /// Binary precision of the replay (`null`: exact).
    pub precision_bits: Option<u32>,
    /// The number of GD steps.
    pub steps: u64,
    /// The checkpoints of the run.
    pub checkpoints: Vec<StepBox>,
    /// The sharpness witness at the last step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharpness: Option<SharpnessWitness>,
}

/// The tail lemma of the subcritical claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubcriticalTail {
    /// The contraction constant κ.
    pub kappa: String,
    /// The enclosure of the limit's α.
    pub limit_alpha: Enclosure,
    /// The invariant region.
    pub region: Vec<Enclosure>,
}

/// `subcritical`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subcritical {
    /// Binary precision of the replay (`null`: exact).
    pub precision_bits: Option<u32>,
    /// The number of GD steps.
    pub steps: u64,
    /// The checkpoints of the run.
    pub checkpoints: Vec<StepBox>,
    /// The projections α along the run.
    pub projections: Vec<Enclosure>,
    /// λ(θ∥_t) for t = 0..=τ, enclosed (the numbers the hypothesis quantities are decided on).
    pub lambda_to_tau: Vec<Enclosure>,
    /// The tail lemma.
    pub tail: SubcriticalTail,
}

/// One Krawczyk step: candidate box, midpoint, preconditioner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KrawczykStep {
    /// The candidate box.
    #[serde(rename = "box")]
    pub bx: Vec<Enclosure>,
    /// Its midpoint, exact.
    pub midpoint: Vec<String>,
    /// The preconditioner (an approximate inverse Jacobian), exact.
    pub preconditioner: Vec<Vec<String>>,
}

/// `period-two`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodTwo {
    /// Always [`KRAWCZYK`].
    pub method: String,
    /// The names of the unknowns.
    pub unknowns: Vec<String>,
    /// The wide box of the uniqueness proof.
    pub uniqueness: KrawczykStep,
    /// The tight box.
    pub tight: KrawczykStep,
    /// The enclosure of the orbit.
    pub enclosure: Vec<Enclosure>,
}

/// `flip-boundary`: as [`PeriodTwo`], plus the multiplier and the requested width.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlipBoundary {
    /// Always [`KRAWCZYK`].
    pub method: String,
    /// The names of the unknowns.
    pub unknowns: Vec<String>,
    /// The wide box of the uniqueness proof.
    pub uniqueness: KrawczykStep,
    /// The tight box.
    pub tight: KrawczykStep,
    /// The enclosure of the orbit.
    pub enclosure: Vec<Enclosure>,
    /// The multiplier that equals −1 at the boundary.
    pub multiplier: String,
    /// The width the prover was asked for.
    pub requested_width: String,
}

/// The `method` of period-two and flip-boundary evidence.
pub const KRAWCZYK: &str = "krawczyk";

/// The tail lemma of the catapult claim (convergence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatapultTail {
    /// ε.
    pub eps: String,
    /// The λ box, lower end.
    pub lambda_lo: String,
    /// The λ box, upper end.
    pub lambda_hi: String,
    /// The contraction ρ.
    pub rho: String,
    /// The constant b.
    pub b: String,
}

/// The escape lemma of the catapult claim (divergence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escape {
    /// z.
    pub z: String,
    /// r₀.
    pub r0: String,
    /// δ.
    pub delta: String,
}

/// `catapult`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catapult {
    /// Binary precision of the replay.
    pub precision_bits: u32,
    /// The number of replayed steps.
    pub steps: u64,
    /// `converges` (with `tail`) or `escapes` (with `escape`).
    pub outcome: String,
    /// The tail lemma.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tail: Option<CatapultTail>,
    /// The escape lemma.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<Escape>,
}

/// One cell of a `catapult-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatapultMapCell {
    /// The learning rates `[lo, hi]`, exact.
    pub eta: Vec<String>,
    /// `lazy`, `catapult`, `converges` or `divergent`.
    pub regime: String,
    /// Replayed steps (absent for a lemma cell).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<u64>,
    /// The tail lemma (convergence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tail: Option<CatapultTail>,
    /// The escape lemma (divergence).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<Escape>,
    /// A step whose loss is proved above loss₀ (catapult).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rise_step: Option<u64>,
    /// `sigma-decreasing`: convergence for label 0 and ηλ₀ < 4 without a replay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lemma: Option<String>,
}

/// `catapult-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatapultMap {
    /// Binary precision of the replays.
    pub precision_bits: u32,
    /// The widest uncovered piece allowed, exact.
    pub gap: String,
    /// The cells, sorted.
    pub cells: Vec<CatapultMapCell>,
}

/// The tail lemma of the balancing and nonasymptotic claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalancingTail {
    /// ε.
    pub eps: String,
    /// The q box, lower end.
    pub q_lo: String,
    /// The q box, upper end.
    pub q_hi: String,
    /// The contraction ρ.
    pub rho: String,
    /// The constant b.
    pub b: String,
}

/// `balancing`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Balancing {
    /// Binary precision of the replay.
    pub precision_bits: u32,
    /// The number of replayed steps.
    pub steps: u64,
    /// The tail lemma.
    pub tail: BalancingTail,
}

/// The escape lemma of the `divergence` claim (φ family).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhiEscape {
    /// ρ: `|r_K| ≥ ρ`.
    pub r_min: String,
    /// κ₀: `q_K ≤ κ₀|r_K|`.
    pub kappa0: String,
    /// δ: the slack of κ.
    pub delta: String,
}

/// `divergence`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Divergence {
    /// Binary precision of the replay.
    pub precision_bits: u32,
    /// The number of replayed steps.
    pub steps: u64,
    /// The escape lemma.
    pub escape: PhiEscape,
}

/// One box of the nonasymptotic cover: `[lo, hi]` of x, y and h, and its decision.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundBox {
    /// x range `[lo, hi]`.
    pub x: Vec<String>,
    /// y range `[lo, hi]`.
    pub y: Vec<String>,
    /// h range `[lo, hi]`.
    pub h: Vec<String>,
    /// Steps replayed before the tail lemma (converging box) or the escape lemma (diverging
    /// box) applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<u64>,
    /// The tail lemma of the box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tail: Option<BalancingTail>,
    /// The escape lemma of a diverging box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<PhiEscape>,
    /// Present (true) on a box proved to diverge (`|r_t| → ∞` for every start and step in it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diverges: Option<bool>,
    /// Present (true) on a box the prover could not decide (never in a verified certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undecided: Option<bool>,
}

/// `nonasymptotic`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nonasymptotic {
    /// Binary precision of the replays.
    pub precision_bits: u32,
    /// The cover of the domain.
    pub boxes: Vec<BoundBox>,
    /// A partial certificate's shard (never in a `verified: true` certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<BoundShard>,
}

/// The shard of a partial `nonasymptotic` certificate: shard `index` of `count` (0-based), the
/// job's step budget and depth limit (merge needs them), and the path of each listed box in
/// the bisection tree (`0`: lower half, `1`: upper half; root `""`), in the order of `boxes`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundShard {
    /// The 0-based shard index I.
    pub index: u64,
    /// The number of shards N.
    pub count: u64,
    /// Step budget per sub-box.
    pub max_steps: u64,
    /// Bisection depth limit.
    pub max_depth: u32,
    /// Each listed box's path.
    pub paths: Vec<String>,
}

/// A Krawczyk box of the implicit-bias claim: box, midpoint and preconditioner, all enclosures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KrawczykBox {
    /// The candidate box.
    #[serde(rename = "box")]
    pub bx: Vec<Enclosure>,
    /// The midpoint.
    pub mid: Vec<Enclosure>,
    /// The preconditioner.
    pub c: Vec<Vec<Enclosure>>,
}

/// The tail of the implicit-bias claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImplicitBiasTail {
    /// s₀ ∈ (0, ½), exact.
    pub s0: String,
    /// τ ≤ λ_min(G₀), exact.
    pub tau: String,
    /// Λ ≥ λ_max(G₀), exact (full-batch GD only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lambda: Option<String>,
    /// The window W (with-replacement sampling only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window: Option<u64>,
    /// The confidence bits h (with-replacement sampling only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence_bits: Option<u64>,
}

/// `implicit-bias`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImplicitBias {
    /// Binary precision of the replay.
    pub precision_bits: u32,
    /// Whether the enclosure width stopped the prover (always false when verified).
    pub precision_limited: bool,
    /// The number of replayed steps.
    pub steps: u64,
    /// The tail lemma.
    pub tail: ImplicitBiasTail,
    /// The KKT point.
    pub kkt: KrawczykBox,
    /// The gradient-flow limit.
    pub flow: KrawczykBox,
    /// The sharpness witness at the end of the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharpness: Option<SharpnessWitness>,
    /// The sharpness witnesses along the run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharpness_checkpoints: Option<Vec<SharpnessWitness>>,
    /// The shadow of the finite run (absent: the run is replayed as an interval iteration).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shadow: Option<ImplicitBiasShadow>,
}

/// `implicit-bias`: the finite run as a point iteration with a proved error radius
/// (`eoscert::certify::implicit_bias::shadow`), and its Λ̄ witnesses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImplicitBiasShadow {
    /// The steps at which a witness is taken: 0 first, strictly increasing, below `steps`.
    pub witness_steps: Vec<u64>,
    /// Λ̄ ≥ λ_max(X_B D̄ X_Bᵀ) for every batch B, D̄ the ball's bound of w₊² + w₋² at that step
    /// rounded up onto the 64-bit grid; exact, one per witness step.
    pub lambdas: Vec<String>,
}

/// `regime-map`: the window ends and the proved cells of the period-doubling cascade.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeMap {
    /// Always `parametric-krawczyk`.
    pub method: String,
    /// The η-range [LO, HI] the map covers, exact.
    pub eta_range: Enclosure,
    /// The gap left uncovered at each window end, exact.
    pub gap: String,
    /// The largest period K (a power of two).
    pub max_period: u64,
    /// One Krawczyk proof per window end, periods 1, 2, 4, …, K.
    pub window_ends: Vec<RegimeWindowEnd>,
    /// The proved cells.
    pub cells: Vec<RegimeCell>,
    /// The largest width of a cell of period ≥ 2, exact (absent: no limit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cell_width: Option<String>,
    /// A partial certificate's shard (never in a `verified: true` certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<RegimeShard>,
}

/// The shard of a partial `regime-map` certificate: shard `index` of `count` (0-based), and the
/// windows where one of its own cells could not be proved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeShard {
    /// The 0-based shard index I.
    pub index: u64,
    /// The number of shards N.
    pub count: u64,
    /// The windows of this shard left undetermined.
    pub undetermined: Vec<RegimeUndetermined>,
}

/// A window with an unproved cell, named by its period, with the prover's reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeUndetermined {
    /// The period n of the window.
    pub period: u64,
    /// Why (free text, not checked).
    pub reason: String,
}

/// One window end of a `regime-map`: a Krawczyk proof in (orbit, η).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeWindowEnd {
    /// The period k whose window ends here.
    pub period: u64,
    /// The wide box of the uniqueness proof.
    pub uniqueness: NullableKrawczykStep,
    /// The tight box.
    pub tight: NullableKrawczykStep,
    /// The enclosure of the zero (orbit and η).
    pub enclosure: Vec<Enclosure>,
    /// The transverse multiplier at the window end (periods ≥ 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transverse_multiplier: Option<Option<Enclosure>>,
}

/// A Krawczyk step whose midpoint entries may be `null` (an unbounded prover value; the
/// checker rejects such a step).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NullableKrawczykStep {
    /// The candidate box.
    #[serde(rename = "box")]
    pub bx: Vec<Enclosure>,
    /// Its midpoint, exact.
    pub midpoint: Vec<Option<String>>,
    /// The preconditioner, exact.
    pub preconditioner: Vec<Vec<Option<String>>>,
}

/// One cell of a `regime-map`: an η-interval with its period-k orbit proof.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegimeCell {
    /// The period k.
    pub period: u64,
    /// The η-interval, exact.
    pub eta: Enclosure,
    /// The parametric Krawczyk step (absent for the fixed point below η_crit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub krawczyk: Option<NullableKrawczykStep>,
    /// The multiplier along L, uniformly over the cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiplier_along: Option<Option<Enclosure>>,
    /// The transverse multiplier, uniformly over the cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiplier_transverse: Option<Option<Enclosure>>,
}

/// `dln-divergence`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DlnDivergence {
    /// Binary precision of the replay (`null` only in an unverified float certificate).
    pub precision_bits: Option<u32>,
    /// Whether the enclosure width stopped the prover (always false when verified).
    pub precision_limited: bool,
    /// The number of replayed steps (the escape step).
    pub steps: u64,
    /// The coordinate i of the escape lemma.
    pub coordinate: usize,
}

/// `dln-comparison`: the two `implicit-bias` certificates of the compared runs, each
/// re-checked in full.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DlnComparison {
    /// The full-batch GD run (claim `implicit-bias`, no batch).
    pub gd: Box<crate::Certificate>,
    /// The SGD run (claim `implicit-bias`, the comparison's batch, seed and sampler).
    pub sgd: Box<crate::Certificate>,
}

/// The midpoint arithmetic of the `critical` engine (`evidence.midpoint`, and the `M` of the
/// backend `mean-value:M`).
pub use crate::backend::Midpoint;

/// The `method` of `critical` evidence: the one method there is (a label, so no free text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CriticalMethod {
    /// `two-step mean-value radius propagation (docs/certificate.md#critical)`.
    #[serde(rename = "two-step mean-value radius propagation (docs/certificate.md#critical)")]
    TwoStepMeanValue,
}

impl CriticalMethod {
    /// The label as written in the certificate.
    pub fn label(self) -> &'static str {
        match self {
            CriticalMethod::TwoStepMeanValue => {
                "two-step mean-value radius propagation (docs/certificate.md#critical)"
            }
        }
    }
}

/// The coordinates of a `critical` run (`evidence.coordinates`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CriticalCoordinates {
    /// `rq`: the exact planar reduction `(ρ, q) = (r/Y, Q/Y)` (p = 2, inner product).
    #[serde(rename = "rq")]
    Rq,
    /// `theta-deviation`: `w = θ − c·1`, `c` = `center`.
    #[serde(rename = "theta-deviation")]
    ThetaDeviation,
    /// `theta-rescaled`: `w = θ/y^{1/p} − 1` (η = η_crit, centre 1).
    #[serde(rename = "theta-rescaled")]
    ThetaRescaled,
    /// `exact-fixed-point`: the start is on M, `θ_t = θ₀` for all t.
    #[serde(rename = "exact-fixed-point")]
    ExactFixedPoint,
}

impl CriticalCoordinates {
    /// The name as written in the certificate.
    pub fn name(self) -> &'static str {
        match self {
            CriticalCoordinates::Rq => "rq",
            CriticalCoordinates::ThetaDeviation => "theta-deviation",
            CriticalCoordinates::ThetaRescaled => "theta-rescaled",
            CriticalCoordinates::ExactFixedPoint => "exact-fixed-point",
        }
    }
}

/// One checkpoint of a `critical` run: the state box at step `t` (in the run's coordinates)
/// and the enclosures of `t·ℓ`, `t·‖θ − θ*‖²` and (p = 2, inner product) `t·Q`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriticalCheckpoint {
    /// The step.
    pub t: u64,
    /// The state box (empty for `exact-fixed-point`).
    pub state: Vec<Enclosure>,
    /// `t·ℓ(θ_t)`.
    pub t_loss: Enclosure,
    /// `t·‖θ_t − θ*‖²` (inner product: the squared distance to the flattest minima).
    pub t_dist2: Enclosure,
    /// `t·Q_t` (p = 2 and the inner product only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub t_q: Option<Enclosure>,
}

/// `critical`: the finite run (coordinates, checkpoints) and, with `--all-time`, the trapping
/// region (`all_time` for p = 2 / the inner product, `all_time_depth` for p ≥ 3) and, when
/// proved, the shrinking region of the limit (`limit_depth`); the regions are boxed (they are
/// large and usually absent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Critical {
    /// Always [`CriticalMethod::TwoStepMeanValue`].
    pub method: CriticalMethod,
    /// The coordinates of the run.
    pub coordinates: CriticalCoordinates,
    /// The prover's midpoint arithmetic (the backend's `M`).
    pub midpoint: Midpoint,
    /// The exact expansion centre `c` (`theta-deviation`; `"1"` for `theta-rescaled`; else
    /// `null`).
    pub center: Option<String>,
    /// η_crit, exact, when rational (else `null`).
    pub eta_crit: Option<String>,
    /// `Q₀ = 0` exactly (p = 2 / inner product: the start is on L).
    pub on_l: bool,
    /// The horizon T.
    pub steps: u64,
    /// The checkpoints, increasing, the last at T.
    pub checkpoints: Vec<CriticalCheckpoint>,
    /// The all-time trapping region in the rq coordinates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_time: Option<Box<AllTime>>,
    /// The all-time trapping region at depth p ≥ 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_time_depth: Option<Box<AllTimeDepth>>,
    /// The shrinking region that proves the limit (depth p ≥ 3, with `all_time_depth`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_depth: Option<Box<LimitDepth>>,
}

/// The `method` of `critical` `evidence.all_time`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AllTimeMethod {
    /// `trapping region of the rescaled two-step map (docs/certificate.md#critical-all-time)`.
    #[serde(
        rename = "trapping region of the rescaled two-step map (docs/certificate.md#critical-all-time)"
    )]
    TrappingRegion,
}

/// `critical` `evidence.all_time`: the trapping region of the rescaled state `(u, w)` (the
/// lemma: module docs of [`crate::check::trapping`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllTime {
    /// The fixed label.
    pub method: AllTimeMethod,
    /// `T₀`.
    pub t0: u64,
    /// `σ₀`.
    pub sigma: String,
    /// `(u*, w*)`.
    pub center: [String; 2],
    /// `(P₁₁, P₁₂, P₂₂)`.
    pub p: [String; 3],
    /// `δ²`.
    pub delta2: String,
    /// `[[u_lo, u_hi], [w_lo, w_hi]]`.
    pub bbox: [[String; 2]; 2],
    /// The subdivision (preorder; `S`, `O`, `I`, `D`).
    pub tree: String,
    /// The number of leaves.
    pub leaves: usize,
}

/// The `method` of `critical` `evidence.all_time_depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AllTimeDepthMethod {
    /// `trapping region of the rescaled two-step map, depth p (docs/critical-all-time.md)`.
    #[serde(
        rename = "trapping region of the rescaled two-step map, depth p (docs/critical-all-time.md)"
    )]
    TrappingRegion,
}

/// `critical` `evidence.all_time_depth`: the trapping region of `(U, W)` at depth p ≥ 3 (the
/// lemma: module docs of [`crate::check::trapping_depth`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllTimeDepth {
    /// The fixed label.
    pub method: AllTimeDepthMethod,
    /// `T₀`.
    pub t0: u64,
    /// Depth p.
    pub depth: usize,
    /// `σ₀`.
    pub sigma: String,
    /// `[μ_lo, μ_hi]`.
    pub mu: [String; 2],
    /// `(U*, W*)`.
    pub center: [String; 2],
    /// `(P₁₁, P₁₂, P₂₂)`.
    pub p: [String; 3],
    /// `δ²`.
    pub delta2: String,
    /// `[[U_lo, U_hi], [W_lo, W_hi]]`.
    pub bbox: [[String; 2]; 2],
    /// The subdivision (preorder; `S`, `O`, `I`, `D`).
    pub tree: String,
    /// The number of leaves.
    pub leaves: usize,
}

/// The `method` of `critical` `evidence.limit_depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LimitDepthMethod {
    /// `shrinking trapping region of ζ = (X − c)·√t, depth p (docs/critical-all-time.md)`.
    #[serde(
        rename = "shrinking trapping region of ζ = (X − c)·√t, depth p (docs/critical-all-time.md)"
    )]
    ShrinkingRegion,
}

/// `critical` `evidence.limit_depth`: the shrinking region of `ζ = (X − c)·√t` that pins the
/// limit (the lemma: module docs of [`crate::check::trapping_limit`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitDepth {
    /// The fixed label.
    pub method: LimitDepthMethod,
    /// `T₀`.
    pub t0: u64,
    /// Depth p.
    pub depth: usize,
    /// `σ₀`.
    pub sigma: String,
    /// `[μ_lo, μ_hi]`.
    pub mu: [String; 2],
    /// `(U*, W*)`: an exact zero of the averaged field.
    pub center: [String; 2],
    /// `(P₁₁, P₁₂, P₂₂)`.
    pub p: [String; 3],
    /// `δ²`.
    pub delta2: String,
    /// `[[ζ_U lo, hi], [ζ_W lo, hi]]`.
    pub zbox: [[String; 2]; 2],
    /// The subdivision of `zbox` (preorder; `S`, `O`, `I`, `D`).
    pub tree: String,
    /// The number of leaves.
    pub leaves: usize,
}

/// The names of the fields of a struct `T` (its serde field list), e.g. to document a type or
/// to whitelist the keys of a partial (`verified: false`) evidence.
pub fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    struct Names(Option<&'static [&'static str]>);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut names = Names(None);
    let _ = T::deserialize(&mut names);
    names.0.unwrap_or(&[])
}

/// The evidence of a `basin-map` (see [`crate::check::basin_map`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasinMap {
    /// Always `interval-iteration`.
    pub method: String,
    /// `plane` (depth 2, starts (θ₁, θ₂)) or `line` (starts s₀·1 on L).
    pub mode: String,
    /// The box of starts, exact: two intervals (plane) or one (line).
    #[serde(rename = "box")]
    pub init_box: Vec<Enclosure>,
    /// Cells per side at level 0.
    pub grid: u64,
    /// The attractor's period: 1 (fixed point on L), 2 (period-two orbit), 0 (none proved).
    pub attractor_period: u64,
    /// The proved contraction neighbourhoods.
    pub neighbourhoods: Vec<BasinNeighbourhood>,
    /// The escape threshold: R on |ρ| (plane) or S₀ on |s| (line), exact.
    pub escape: String,
    /// Every cell of the partition.
    pub cells: Vec<BasinCell>,
    /// A partial certificate's shard (never in a `verified: true` certificate).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<BasinShard>,
}

/// The shard of a partial `basin-map` certificate: shard `index` of `count` (0-based), which
/// owns the level-0 cells at positions ≡ `index` (mod `count`) of the grid (row by row), and
/// the job's bisection and replay limits (merge needs them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasinShard {
    /// The 0-based shard index I.
    pub index: u64,
    /// The number of shards N.
    pub count: u64,
    /// Bisection levels below the grid.
    pub max_level: u32,
    /// Steps per cell.
    pub max_steps: u32,
}

/// A contraction neighbourhood of one attractor point of a `basin-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasinNeighbourhood {
    /// The enclosure of the point c (plane: (c, 0) in (α, β)).
    pub point: Enclosure,
    /// The radius ε, exact.
    pub eps: String,
}

/// One cell of a `basin-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasinCell {
    /// Bisection level (0 = grid).
    pub level: u32,
    /// Index per coordinate at that level.
    pub index: Vec<u64>,
    /// `converged`, `diverged` or `undetermined`.
    pub label: String,
    /// Replay length (0 for undetermined).
    pub steps: u32,
    /// Proved by its image: after `steps` steps the set lies in the union of cells listed
    /// earlier with the same label.
    pub image: bool,
}
