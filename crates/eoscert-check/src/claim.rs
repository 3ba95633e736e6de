//! Typed certificates: one Rust type per claim kind.
//!
//! [`Claim`] is a certificate read by its kind (`#[serde(tag = "claim")]`): each variant is a
//! struct with the common fields, the model type of the kind (its `kind` an enum, so a
//! certificate cannot name another model), only the inputs (`eta`, `init`) the kind uses, a
//! quantities struct with one typed field per quantity the kind's checker re-derives
//! (enclosure, boolean, label or vector), and the evidence type of [`crate::evidence`]. Every
//! struct is `deny_unknown_fields`; repeated keys are rejected by [`crate::read`] before. So an
//! added quantity or field, a quantity of the wrong type, a model field the kind does not use or
//! an input it does not read is a rejection at any level.
//!
//! The checker reads every certificate that claims verification into its [`Claim`] before any
//! other work ([`typed`]); [`spec`] (the field lists of `docs/certificate.md`) is generated from
//! the same types, so the documentation, the type and the checker cannot drift apart.
//!
//! A certificate with `verified: false` claims nothing; its evidence may be partial (the part
//! the prover got to), so it is checked against the field names of these types only
//! ([`crate::check::check_fields`]).
//!
//! The prover writes every certificate of these kinds through the same types: it fills the
//! claim struct (typed model, inputs, backend, quantities and evidence) and converts it with
//! `into_certificate`, so a quantity, model field or evidence field the checker does not know
//! is a compile error in the prover. A certificate that is not verified is written with the
//! same quantities type; its evidence parameter may be `Option<E>` (`null` when the prover
//! stopped before it had evidence) or, for `implicit-bias` and `dln-divergence`, the prover's
//! partial evidence (the fields reached so far, a subset of the kind's evidence fields, which
//! is all the checker reads of an unverified certificate).

use serde::{Deserialize, Serialize};

pub use crate::backend::Backend;
use crate::evidence::{self as ev, field_names};
use crate::{Certificate, Enclosure};

/// `true` for a value equal to its default (an absent input is not written).
fn is_default<T: Default + PartialEq>(x: &T) -> bool {
    *x == T::default()
}

macro_rules! kind_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $tag:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name {
            $(
                #[doc = concat!("`", $tag, "`.")]
                #[serde(rename = $tag)]
                $variant,
            )+
        }
    };
}

kind_enum!(
    /// The model kinds of the GD claims on `f(θ) = θ1⋯θp` or `⟨u, v⟩`.
    GdKind { Factorisation = "factorisation", InnerProduct = "inner-product" }
);
kind_enum!(
    /// The model kind of the maps over η or over starts (factorisation only).
    FactorisationKind { Factorisation = "factorisation" }
);
kind_enum!(
    /// The model kind of the `catapult` claims.
    UvKind { Uv = "uv" }
);
kind_enum!(
    /// The model kind of the `balancing`, `divergence` and `nonasymptotic` claims.
    ProductKind { Product = "product" }
);
kind_enum!(
    /// The model kind of the diagonal-network claims.
    DiagonalKind { Diagonal = "diagonal" }
);

/// The model fields a claim kind uses besides `kind` (the `model fields` column of
/// `docs/certificate.md`; tested to equal the type's fields).
pub trait ModelFields {
    /// The field names, in the type's order, without `kind`.
    const FIELDS: &'static [&'static str];
}

/// The model of `trajectory`, `period-two`, `flip-boundary`, `critical`, `subcritical`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GdModel {
    /// `factorisation` or `inner-product`.
    pub kind: GdKind,
    /// Depth `p` of the factorisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<usize>,
    /// Dimension `d` of the inner-product model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// The target `y`, exact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
}

impl ModelFields for GdModel {
    const FIELDS: &'static [&'static str] = &["depth", "dim", "target"];
}

/// The model of `regime-map` and `basin-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactorisationModel {
    /// `factorisation`.
    pub kind: FactorisationKind,
    /// Depth `p`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<usize>,
    /// The target `y`, exact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
}

impl ModelFields for FactorisationModel {
    const FIELDS: &'static [&'static str] = &["depth", "target"];
}

/// The model of `catapult` and `catapult-map`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UvModel {
    /// `uv`.
    pub kind: UvKind,
    /// The width `n`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// The label `y`, exact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
}

impl ModelFields for UvModel {
    const FIELDS: &'static [&'static str] = &["dim", "target"];
}

/// The model of `balancing`, `divergence` and `nonasymptotic`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductModel {
    /// `product`.
    pub kind: ProductKind,
    /// The dimension `n`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// The target, exact.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// The loss shape φ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phi: Option<String>,
}

impl ModelFields for ProductModel {
    const FIELDS: &'static [&'static str] = &["dim", "target", "phi"];
}

/// The model of `implicit-bias` and `dln-divergence`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagonalModel {
    /// `diagonal`.
    pub kind: DiagonalKind,
    /// The dimension `d`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// One row per sample, `x1, …, xd, y`, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Vec<String>>>,
    /// The initialisation scale α, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpha: Option<String>,
    /// The SGD batch size (absent: full-batch GD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<usize>,
    /// The seed of the batch sampler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// `with-replacement`; absent: random reshuffling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampler: Option<String>,
}

impl ModelFields for DiagonalModel {
    const FIELDS: &'static [&'static str] = &["dim", "data", "alpha", "batch", "seed", "sampler"];
}

/// The model of `dln-comparison`: the instance of both runs (the SGD run's sampler) and,
/// optionally, a known interpolator β*.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiagonalComparisonModel {
    /// `diagonal`.
    pub kind: DiagonalKind,
    /// The dimension `d`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dim: Option<usize>,
    /// One row per sample, `x1, …, xd, y`, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Vec<String>>>,
    /// The initialisation scale α, exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alpha: Option<String>,
    /// The SGD run's batch size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<usize>,
    /// The seed of the SGD run's sampler.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// `with-replacement`; absent: random reshuffling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampler: Option<String>,
    /// A known interpolator β* (Xβ* = y), exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beta_star: Option<Vec<String>>,
}

impl ModelFields for DiagonalComparisonModel {
    const FIELDS: &'static [&'static str] = &[
        "dim",
        "data",
        "alpha",
        "batch",
        "seed",
        "sampler",
        "beta_star",
    ];
}

/// A label quantity (a classification such as `regime`).
pub type Label = String;
/// A boolean quantity (a proved or refuted property).
pub type Fact = bool;
/// A vector quantity: entry `i` encloses coordinate `i`.
pub type Vector = Vec<Enclosure>;

macro_rules! quantities {
    ($(#[$m:meta])* $name:ident { $($field:ident : $ty:ty),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                #[doc = concat!("`", stringify!($field), "` (", stringify!($ty), ").")]
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )+
        }
    };
}

quantities!(
    /// The quantities of `trajectory`.
    TrajectoryQuantities { loss: Enclosure, t_loss: Enclosure, sharpness: Enclosure, steps: Enclosure }
);
quantities!(
    /// The quantities of `period-two`.
    PeriodTwoQuantities {
        s_plus: Enclosure,
        s_minus: Enclosure,
        multiplier_tangent: Enclosure,
        multiplier_normal: Enclosure,
        rate: Enclosure,
        stable: Fact,
        hypothesis_eta_above_critical: Fact,
        epsilon: Enclosure,
        eta_in_stability_window: Fact,
        instance_of_theorem_5_3: Fact,
    }
);
quantities!(
    /// The quantities of `flip-boundary`.
    FlipBoundaryQuantities {
        eta_flip: Enclosure,
        eta_flip_tangent: Enclosure,
        s_plus: Enclosure,
        s_minus: Enclosure,
    }
);
quantities!(
    /// The quantities of `critical`.
    CriticalQuantities {
        eta_is_critical: Fact,
        eta_note: Label,
        t_loss: Enclosure,
        t_dist2: Enclosure,
        t_q: Enclosure,
        t0: Enclosure,
        t_loss_all_time: Enclosure,
        t_q_all_time: Enclosure,
        t_dist2_all_time: Enclosure,
        t_w_all_time: Enclosure,
        t_loss_limit: Enclosure,
        t_dist2_limit: Enclosure,
        t_loss_limit_rate: Enclosure,
        t_dist2_limit_rate: Enclosure,
        nu_over_c_lambda: Enclosure,
        hypothesis_nu_over_c_lambda_lt_1: Fact,
        hypothesis_c_positive_near_optimum: Fact,
        c_positive_radius: Enclosure,
        hypothesis_unique_flattest_minimum: Fact,
        instance_of_theorem_5_2: Fact,
    }
);
quantities!(
    /// The quantities of `subcritical`.
    SubcriticalQuantities {
        eta_below_critical: Fact,
        steps: Enclosure,
        tau: Enclosure,
        above_threshold_before_tau: Fact,
        below_threshold_from_tau: Fact,
        limit_between: Fact,
        rate: Enclosure,
        sharpness_limit: Enclosure,
        hypothesis_past_edge: Fact,
        instance_of_theorem_5_1: Fact,
        sharpness_nonincreasing_to_tau: Fact,
        beta: Enclosure,
        rate_at_most_beta: Fact,
        suboptimality: Enclosure,
    }
);
quantities!(
    /// The quantities of `catapult`.
    CatapultQuantities {
        regime: Label,
        eta_lambda0: Enclosure,
        escape_step: Enclosure,
        loss_unbounded: Fact,
        eta_times_lambda_limit: Enclosure,
        lambda_limit: Enclosure,
        loss_monotone: Fact,
        loss_peak_ratio: Enclosure,
        t_peak: Enclosure,
    }
);
quantities!(
    /// The quantities of `catapult-map`.
    CatapultMapQuantities {
        cells: Enclosure,
        gaps: Enclosure,
        regimes: Label,
        eta_catapult_start: Enclosure,
        eta_divergent_start: Enclosure,
        eta_lambda0_catapult_start: Enclosure,
        eta_lambda0_divergent_start: Enclosure,
    }
);
quantities!(
    /// The quantities of `balancing`.
    BalancingQuantities {
        eta_times_sharpness: Enclosure,
        imbalance_bound: Enclosure,
        imbalance_limit: Enclosure,
        imbalance_within_bound: Fact,
        sharpness_below_edge: Fact,
        sharpness_limit: Enclosure,
    }
);
quantities!(
    /// The quantities of `divergence`.
    DivergenceQuantities { diverges: Fact, escape_step: Enclosure }
);
quantities!(
    /// The quantities of `nonasymptotic` (`t0`, `c`, `rho`: constants of the bound, see
    /// [`crate::check::bound::BOUND_CONSTANTS`]).
    NonasymptoticQuantities {
        t0: Enclosure,
        c: Enclosure,
        rho: Enclosure,
        boxes: Enclosure,
        diverged_boxes: Enclosure,
        undecided: Enclosure,
    }
);
quantities!(
    /// The quantities of `implicit-bias`.
    ImplicitBiasQuantities {
        sharpness: Vector,
        sharpness_steps: Vector,
        sharpness_limit: Enclosure,
        stepsize_times_sharpness: Enclosure,
        beta_limit: Vector,
        beta_implicit: Vector,
        beta_flow: Vector,
        gain: Vector,
        equal: Fact,
        steps: Enclosure,
        failure_probability: Enclosure,
        route_stepsize_condition: Fact,
        hypothesis_stepsize_condition: Fact,
    }
);
quantities!(
    /// The quantities of `dln-divergence`.
    DlnDivergenceQuantities { escape_step: Enclosure, diverges: Fact }
);
quantities!(
    /// The quantities of `dln-comparison`.
    DlnComparisonQuantities {
        stepsize_gd: Enclosure,
        stepsize_sgd: Enclosure,
        gain_l1_gd: Enclosure,
        gain_l1_sgd: Enclosure,
        gain_l1_sgd_minus_gd: Enclosure,
        sgd_gain_l1_larger: Fact,
        gain_sgd_minus_gd: Vector,
        gain_sign_sgd_minus_gd: Label,
        gain_support_fraction_gd: Enclosure,
        gain_support_fraction_sgd: Enclosure,
        recovery_error_gd: Enclosure,
        recovery_error_sgd: Enclosure,
        recovery_error_gd_minus_sgd: Enclosure,
        sgd_recovery_error_smaller: Fact,
    }
);
quantities!(
    /// The quantities of `regime-map` (window ends up to the largest period,
    /// [`crate::check::regime_map::MAX_PERIOD`]).
    RegimeMapQuantities {
        eta_end_period_1: Enclosure,
        eta_end_period_2: Enclosure,
        eta_end_period_4: Enclosure,
        eta_end_period_8: Enclosure,
        eta_end_period_16: Enclosure,
        eta_end_period_32: Enclosure,
        covered_fraction: Enclosure,
        cells: Enclosure,
    }
);
quantities!(
    /// The quantities of `basin-map`.
    BasinMapQuantities {
        converged_fraction: Enclosure,
        diverged_fraction: Enclosure,
        undetermined_fraction: Enclosure,
        cells: Enclosure,
    }
);

impl RegimeMapQuantities {
    /// The slot of `eta_end_period_{n}` (`None` for a period that is not a power of two up to
    /// [`crate::check::regime_map::MAX_PERIOD`]).
    pub fn eta_end_period_mut(&mut self, n: u64) -> Option<&mut Option<Enclosure>> {
        Some(match n {
            1 => &mut self.eta_end_period_1,
            2 => &mut self.eta_end_period_2,
            4 => &mut self.eta_end_period_4,
            8 => &mut self.eta_end_period_8,
            16 => &mut self.eta_end_period_16,
            32 => &mut self.eta_end_period_32,
            _ => return None,
        })
    }
}

/// The type of an input, named by the input: `eta` one exact number or range, `init` one per
/// coordinate.
#[allow(non_camel_case_types)]
pub mod input_type {
    /// `eta`, exact.
    pub type eta = Option<String>;
    /// `init`, exact, one per coordinate.
    pub type init = Vec<String>;
}

/// What one claim kind may contain besides the common fields, generated from its type: its
/// quantities, the model fields it uses (besides `kind`), its top-level inputs (`eta`, `init`)
/// and its evidence type.
#[derive(Clone, Copy)]
pub struct ClaimSpec {
    /// The quantity names.
    pub quantities: &'static [&'static str],
    /// The model fields used (besides `kind`).
    pub model: &'static [&'static str],
    /// The top-level inputs used.
    pub inputs: &'static [&'static str],
    /// Read the evidence of a `verified: true` certificate into its type.
    pub evidence: fn(&serde_json::Value) -> Result<(), serde_json::Error>,
    /// The evidence type's field names (a `verified: false` certificate may carry a subset).
    pub evidence_fields: fn() -> &'static [&'static str],
}

fn read_as<T: serde::de::DeserializeOwned>(v: &serde_json::Value) -> Result<(), serde_json::Error> {
    T::deserialize(v).map(drop)
}

macro_rules! claims {
    ($(
        $(#[$m:meta])*
        $tag:literal => $variant:ident($claim:ident) {
            model: $model:ty,
            quantities: $q:ty,
            evidence: $ev:ty,
            inputs: [$($input:ident),*] $(,)?
        }
    ),+ $(,)?) => {
        /// A certificate that claims verification, typed by its claim kind.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "claim")]
        pub enum Claim {
            $(
                $(#[$m])*
                #[serde(rename = $tag)]
                $variant($claim),
            )+
        }

        $(
            $(#[$m])*
            ///
            /// The evidence type `E` is the kind's evidence (the default, what the checker
            /// reads); a prover's certificate that is not verified may carry `Option<E>`
            /// (`null` before the evidence exists) or its partial evidence (see the module docs).
            #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
            #[serde(deny_unknown_fields)]
            pub struct $claim<E = $ev> {
                /// Always [`crate::SCHEMA`].
                pub schema: String,
                /// The model and its exact parameters.
                pub model: $model,
                $(
                    #[doc = concat!("The input `", stringify!($input), "`, exact.")]
                    #[serde(default, skip_serializing_if = "is_default")]
                    pub $input: input_type::$input,
                )*
                /// The arithmetic that produced the result, compared with the evidence
                /// ([`crate::backend::check_backend`]).
                pub backend: Backend,
                /// `false` for float64 results.
                pub rigorous: bool,
                /// `true` only when every condition of the claim was proved.
                pub verified: bool,
                /// Empty for a verified certificate.
                pub reason: String,
                /// The claim's quantities.
                pub quantities: $q,
                /// The evidence.
                pub evidence: E,
                /// Wall-clock time of the proof, in seconds (not checked).
                pub elapsed_s: f64,
            }

            impl<E: Serialize> $claim<E> {
                /// The certificate of this typed claim (the prover's only way to write one):
                /// the same JSON object, with the quantities by name and the evidence as JSON.
                ///
                /// # Panics
                /// Never for a finite `elapsed_s`: [`Certificate`]'s fields are a superset of
                /// every claim type's, and the evidence types are plain data.
                pub fn into_certificate(self) -> Certificate {
                    let mut v = serde_json::to_value(&self).expect("a typed claim is plain data");
                    v["claim"] = $tag.into();
                    Certificate::deserialize(v).expect("every typed claim is a certificate")
                }
            }

            impl<E: serde::de::DeserializeOwned> $claim<E> {
                /// Read a certificate of this kind into its type (e.g. one shard's partial
                /// certificate, to merge it).
                ///
                /// # Errors
                /// The serde error naming the first unknown, missing or mistyped field, or
                /// a certificate of another kind.
                pub fn from_certificate(cert: &Certificate) -> Result<Self, serde_json::Error> {
                    use serde::de::Error as _;
                    if cert.claim != $tag {
                        return Err(serde_json::Error::custom(format!(
                            "a {} certificate, not {}", cert.claim, $tag
                        )));
                    }
                    let mut v = serde_json::to_value(cert)?;
                    if let serde_json::Value::Object(m) = &mut v {
                        m.remove("claim");
                    }
                    Self::deserialize(v)
                }
            }
        )+

        /// Every claim kind, in the order of `docs/certificate.md`.
        pub const KINDS: &[&str] = &[$($tag),+];

        /// The [`ClaimSpec`] of a claim kind, generated from its type; `None` for an unknown kind.
        pub fn spec(claim: &str) -> Option<ClaimSpec> {
            match claim {
                $(
                    $tag => Some(ClaimSpec {
                        quantities: field_names::<$q>(),
                        model: <$model as ModelFields>::FIELDS,
                        inputs: &[$(stringify!($input)),*],
                        evidence: read_as::<$ev>,
                        evidence_fields: field_names::<$ev>,
                    }),
                )+
                _ => None,
            }
        }

        #[cfg(test)]
        fn model_field_names(claim: &str) -> Option<(&'static [&'static str], &'static [&'static str])> {
            match claim {
                $($tag => Some((<$model as ModelFields>::FIELDS, field_names::<$model>())),)+
                _ => None,
            }
        }
    };
}

claims! {
    /// `trajectory`: a GD run's loss and sharpness after T steps.
    "trajectory" => Trajectory(TrajectoryClaim) {
        model: GdModel, quantities: TrajectoryQuantities, evidence: ev::Trajectory,
        inputs: [eta, init],
    },
    /// `period-two`: a stable (or unstable) period-two orbit.
    "period-two" => PeriodTwo(PeriodTwoClaim) {
        model: GdModel, quantities: PeriodTwoQuantities, evidence: ev::PeriodTwo,
        inputs: [eta],
    },
    /// `flip-boundary`: the η where the period-two orbit is born.
    "flip-boundary" => FlipBoundary(FlipBoundaryClaim) {
        model: GdModel, quantities: FlipBoundaryQuantities, evidence: ev::FlipBoundary,
        inputs: [],
    },
    /// `critical`: GD at η = η_crit.
    "critical" => Critical(CriticalClaim) {
        model: GdModel, quantities: CriticalQuantities,
        evidence: ev::Critical,
        inputs: [eta, init],
    },
    /// `subcritical`: Theorem 5.1's τ, limit sharpness and rate.
    "subcritical" => Subcritical(SubcriticalClaim) {
        model: GdModel, quantities: SubcriticalQuantities, evidence: ev::Subcritical,
        inputs: [eta, init],
    },
    /// `catapult`: the regime of one run of the uv model.
    "catapult" => Catapult(CatapultClaim) {
        model: UvModel, quantities: CatapultQuantities, evidence: ev::Catapult,
        inputs: [eta, init],
    },
    /// `catapult-map`: the regimes over a range of η.
    "catapult-map" => CatapultMap(CatapultMapClaim) {
        model: UvModel, quantities: CatapultMapQuantities, evidence: ev::CatapultMap,
        inputs: [eta, init],
    },
    /// `balancing`: the limit imbalance and sharpness of a product model.
    "balancing" => Balancing(BalancingClaim) {
        model: ProductModel, quantities: BalancingQuantities, evidence: ev::Balancing,
        inputs: [eta, init],
    },
    /// `divergence`: a product-model run that diverges.
    "divergence" => Divergence(DivergenceClaim) {
        model: ProductModel, quantities: DivergenceQuantities, evidence: ev::Divergence,
        inputs: [eta, init],
    },
    /// `nonasymptotic`: a loss bound over a box of starts and steps.
    "nonasymptotic" => Nonasymptotic(NonasymptoticClaim) {
        model: ProductModel, quantities: NonasymptoticQuantities, evidence: ev::Nonasymptotic,
        inputs: [eta, init],
    },
    /// `implicit-bias`: the limit of a diagonal network and its implicit bias.
    "implicit-bias" => ImplicitBias(ImplicitBiasClaim) {
        model: DiagonalModel, quantities: ImplicitBiasQuantities, evidence: ev::ImplicitBias,
        inputs: [eta],
    },
    /// `dln-divergence`: a diagonal-network run that diverges.
    "dln-divergence" => DlnDivergence(DlnDivergenceClaim) {
        model: DiagonalModel, quantities: DlnDivergenceQuantities, evidence: ev::DlnDivergence,
        inputs: [eta],
    },
    /// `dln-comparison`: GD against SGD on one diagonal-network instance.
    "dln-comparison" => DlnComparison(DlnComparisonClaim) {
        model: DiagonalComparisonModel, quantities: DlnComparisonQuantities,
        evidence: ev::DlnComparison,
        inputs: [],
    },
    /// `regime-map`: the regimes over a range of η (factorisation).
    "regime-map" => RegimeMap(RegimeMapClaim) {
        model: FactorisationModel, quantities: RegimeMapQuantities, evidence: ev::RegimeMap,
        inputs: [],
    },
    /// `basin-map`: a map of starts at one η.
    "basin-map" => BasinMap(BasinMapClaim) {
        model: FactorisationModel, quantities: BasinMapQuantities, evidence: ev::BasinMap,
        inputs: [eta],
    },
}

/// Read a certificate that claims verification into its [`Claim`] type.
///
/// # Errors
/// The serde error naming the first unknown, missing or mistyped field.
pub fn typed(cert: &Certificate) -> Result<Claim, serde_json::Error> {
    Claim::deserialize(serde_json::to_value(cert)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_fields_are_the_types_fields() {
        for kind in KINDS {
            let (listed, typed) = model_field_names(kind).expect("known");
            let without_kind: Vec<&str> = typed.iter().copied().filter(|f| *f != "kind").collect();
            assert_eq!(listed, without_kind.as_slice(), "{kind}");
        }
    }

    #[test]
    fn regime_map_quantities_cover_every_period() {
        let names = field_names::<RegimeMapQuantities>();
        let mut n = 1;
        while n <= crate::check::regime_map::MAX_PERIOD {
            assert!(
                names.contains(&format!("eta_end_period_{n}").as_str()),
                "{n}"
            );
            n *= 2;
        }
    }

    /// The verified certificates of the fuzz corpus (written by the prover).
    fn corpus() -> Vec<(String, serde_json::Value)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus/certificate");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).expect("the fuzz corpus") {
            let path = entry.expect("an entry").path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if let Ok(cert) = crate::read::read(&text)
                && cert.verified
                && crate::check::check_fields(&cert).is_ok()
            {
                let v = serde_json::to_value(&cert).expect("serialisable");
                out.push((path.display().to_string(), v));
            }
        }
        assert!(out.len() >= 10, "{} verified certificates", out.len());
        out
    }

    #[test]
    fn prover_certificates_are_typed_and_additions_are_rejected() {
        let read = |v: &serde_json::Value| Claim::deserialize(v.clone());
        for (name, cert) in corpus() {
            let claim = read(&cert).unwrap_or_else(|e| panic!("{name}: {e}"));
            // Round trip: the typed certificate is the certificate.
            let again = serde_json::to_value(&claim).expect("serialisable");
            assert_eq!(read(&again).expect("re-read"), claim, "{name}");
            let mut added = cert.clone();
            added["quantities"]["tampered"] = serde_json::json!({"lo": "0", "hi": "1"});
            assert!(
                read(&added).unwrap_err().to_string().contains("tampered"),
                "{name}"
            );
            let mut model = cert.clone();
            model["model"]["tampered"] = 1.into();
            assert!(read(&model).is_err(), "{name}");
            let mut foreign = cert.clone();
            foreign["model"]["kind"] = "tampered".into();
            assert!(read(&foreign).is_err(), "{name}");
            let mut top = cert.clone();
            top["tampered"] = 1.into();
            assert!(read(&top).is_err(), "{name}");
            // A quantity of the wrong type.
            let first = cert["quantities"]
                .as_object()
                .and_then(|q| q.keys().next().cloned())
                .expect("a quantity");
            let mut wrong = cert.clone();
            wrong["quantities"][&first] = match &cert["quantities"][&first] {
                serde_json::Value::Bool(_) => serde_json::json!({"lo": "0", "hi": "1"}),
                _ => serde_json::Value::Bool(true),
            };
            assert!(read(&wrong).is_err(), "{name}: {first}");
        }
    }
}

#[cfg(test)]
mod critical_tests {
    use serde_json::{Value, json};

    use crate::evidence::{self as ev, Critical};

    /// A `critical` evidence with every optional part (the type's shape, not a true claim).
    fn full() -> Value {
        let e = json!({"lo": "0", "hi": "1"});
        let region = json!({
            "t0": 10, "sigma": "1/3", "center": ["1", "1"], "p": ["1", "0", "1"],
            "delta2": "1", "tree": "D", "leaves": 1,
        });
        let mut all_time = region.clone();
        all_time["method"] =
            "trapping region of the rescaled two-step map (docs/certificate.md#critical-all-time)"
                .into();
        all_time["bbox"] = json!([["0", "1"], ["0", "1"]]);
        let mut depth = region.clone();
        depth["method"] =
            "trapping region of the rescaled two-step map, depth p (docs/critical-all-time.md)"
                .into();
        depth["depth"] = 3.into();
        depth["mu"] = json!(["-1", "1"]);
        depth["bbox"] = json!([["0", "1"], ["0", "1"]]);
        let mut limit = depth.clone();
        limit["method"] =
            "shrinking trapping region of ζ = (X − c)·√t, depth p (docs/critical-all-time.md)"
                .into();
        limit.as_object_mut().unwrap().remove("bbox");
        limit["zbox"] = json!([["-1", "1"], ["-1", "1"]]);
        json!({
            "method": "two-step mean-value radius propagation (docs/certificate.md#critical)",
            "coordinates": "theta-deviation",
            "midpoint": "float128",
            "center": "1",
            "eta_crit": null,
            "on_l": false,
            "steps": 10,
            "checkpoints": [{"t": 10, "state": [e, e], "t_loss": e, "t_dist2": e, "t_q": e}],
            "all_time": all_time,
            "all_time_depth": depth,
            "limit_depth": limit,
        })
    }

    fn read(v: &Value) -> Result<Critical, String> {
        serde_json::from_value::<Critical>(v.clone()).map_err(|e| e.to_string())
    }

    #[test]
    fn critical_evidence_round_trips_and_is_closed_at_every_level() {
        let v = full();
        let typed = read(&v).expect("the full shape is critical evidence");
        assert_eq!(serde_json::to_value(&typed).unwrap(), v, "round trip");
        assert_eq!(typed.midpoint, ev::Midpoint::Float128);
        // An unknown field at every level of the evidence is rejected, naming it.
        let levels: [&[&str]; 6] = [
            &[],
            &["checkpoints", "0"],
            &["checkpoints", "0", "t_loss"],
            &["all_time"],
            &["all_time_depth"],
            &["limit_depth"],
        ];
        for path in levels {
            let mut m = v.clone();
            let mut at = &mut m;
            for k in path {
                at = match k.parse::<usize>() {
                    Ok(i) => &mut at[i],
                    Err(_) => &mut at[*k],
                };
            }
            at["tampered"] = 1.into();
            let err = read(&m).expect_err("an unknown field");
            assert!(err.contains("tampered"), "{path:?}: {err}");
        }
        // Free text: every label is a closed enum.
        for path in [
            &["method"][..],
            &["coordinates"],
            &["midpoint"],
            &["all_time", "method"],
            &["all_time_depth", "method"],
            &["limit_depth", "method"],
        ] {
            let mut m = v.clone();
            let mut at = &mut m;
            for k in path {
                at = &mut at[*k];
            }
            *at = "trust me".into();
            let err = read(&m).expect_err("free text");
            assert!(err.contains("trust me"), "{path:?}: {err}");
        }
        // The field that was read but never used is no longer part of the format.
        let mut m = v.clone();
        m["fixed_bits"] = 124.into();
        assert!(read(&m).is_err());
    }

    #[test]
    fn a_repeated_key_inside_critical_evidence_is_rejected() {
        let cert = json!({
            "schema": crate::SCHEMA, "claim": "critical",
            "model": {"kind": "factorisation", "depth": 3, "target": "1"},
            "eta": "2/3", "init": ["1.1", "0.95", "0.97"], "backend": "mean-value:float128",
            "rigorous": true, "verified": true, "reason": "", "quantities": {},
            "evidence": full(), "elapsed_s": 0.0,
        });
        let text = serde_json::to_string(&cert).unwrap();
        crate::read::read(&text).expect("no repeated key");
        for (anchor, key, value) in [
            ("\"checkpoints\":[{", "t", "1"),
            ("\"t_loss\":{", "hi", "\"9\""),
            ("\"all_time\":{", "t0", "5"),
            ("\"all_time_depth\":{", "depth", "4"),
            ("\"limit_depth\":{", "zbox", "[]"),
        ] {
            assert!(text.contains(anchor), "{anchor}");
            let bad = text.replacen(anchor, &format!("{anchor}\"{key}\":{value},"), 1);
            let err = crate::read::read(&bad)
                .expect_err("a repeated key")
                .to_string();
            assert!(
                err.contains(&format!("repeated key `{key}`")),
                "{anchor}: {err}"
            );
        }
    }
}
