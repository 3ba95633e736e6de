//! The `dln-comparison` claim: GD against SGD on one diagonal-linear-network instance (Even et
//! al.), each run proved by an `implicit-bias` certificate, and their comparison.
//!
//! # Inputs
//! `model = {kind: "diagonal", dim: d, data: [[x1, …, xd, y], …], alpha: α, batch: b, seed,
//! [sampler], [beta_star: [β*_1, …, β*_d]]}`: the instance and the SGD run's sampler; `beta_star`
//! is a known interpolator (Xβ* = y exactly). No `eta`: each run states its own stepsize.
//!
//! # Evidence
//! `{"gd": <implicit-bias certificate>, "sgd": <implicit-bias certificate>}`.
//!
//! # What the checker does
//! 1. Both sub-certificates are `implicit-bias` certificates that claim verification, and each
//!    is re-checked in full by the `implicit-bias` checker ([`super::implicit_bias`]); so each
//!    claimed `gain` and `beta_limit` entry contains the run's true value.
//! 2. `gd.model` is the comparison's model without `batch`, `seed`, `sampler`, `beta_star`;
//!    `sgd.model` is it without `beta_star`; `beta_star`, when given, has d entries and
//!    Xβ* = y holds exactly.
//! 3. From those enclosures, in exact rational interval arithmetic (|·| and (·)² tight):
//!    - `stepsize_gd`, `stepsize_sgd` contain the runs' `eta`;
//!    - `gain_l1_gd` ∋ Σ_i |gain_i| (GD), `gain_l1_sgd` likewise, `gain_l1_sgd_minus_gd` ∋ their
//!      difference, `gain_sgd_minus_gd`_i ∋ gain_i(SGD) − gain_i(GD);
//!    - `gain_sign_sgd_minus_gd`: one character per coordinate, `+` only where the difference
//!      is proved > 0, `-` only where proved < 0, `?` otherwise;
//!    - `sgd_gain_l1_larger` (optional): `true` only if the ℓ1 difference is proved > 0, `false`
//!      only if proved < 0;
//!    - with `beta_star`: `gain_support_fraction_*` ∋ S/(S + O), S and O the sums of |gain_i| on
//!      and off the support {i : β*_i ≠ 0}, enclosed as [S.lo/(S.lo + O.hi), S.hi/(S.hi + O.lo)]
//!      (the fraction is increasing in S and decreasing in O); `recovery_error_*` ∋
//!      Σ_i (β∞_i − β*_i)²; `recovery_error_gd_minus_sgd` ∋ their difference;
//!      `sgd_recovery_error_smaller` (optional) `true` only if that difference is proved > 0,
//!      `false` only if proved < 0.
//!
//!    Every claimed enclosure must contain the checker's.

use num_rational::BigRational;
use num_traits::{Signed, Zero};

use super::interval::RatInterval;
use super::{CheckFailure, check_unbudgeted, enclosure, exact, only_known_quantities};
use crate::{Certificate, ModelInfo, Quantity};

/// The quantity names of `dln-comparison`.
pub(crate) const KNOWN: &[&str] = &[
    "stepsize_gd",
    "stepsize_sgd",
    "gain_l1_gd",
    "gain_l1_sgd",
    "gain_l1_sgd_minus_gd",
    "sgd_gain_l1_larger",
    "gain_sgd_minus_gd",
    "gain_sign_sgd_minus_gd",
    "gain_support_fraction_gd",
    "gain_support_fraction_sgd",
    "recovery_error_gd",
    "recovery_error_sgd",
    "recovery_error_gd_minus_sgd",
    "sgd_recovery_error_smaller",
];

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

/// The model is `diagonal` with data, α and an SGD sampler (`batch`, `seed`).
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the field.
pub fn parse_model(cert: &Certificate) -> Result<(), CheckFailure> {
    let m = &cert.model;
    if m.kind != "diagonal" {
        return Err(rej(
            "model.kind",
            "claim dln-comparison needs model kind diagonal",
        ));
    }
    if m.data.is_none() || m.alpha.is_none() {
        return Err(rej("model", "data and alpha are required"));
    }
    if m.batch.is_none() || m.seed.is_none() {
        return Err(rej(
            "model.batch",
            "the SGD run's batch and seed are required",
        ));
    }
    if cert.eta.is_some() {
        return Err(rej("eta", "each run states its own stepsize"));
    }
    Ok(())
}

/// One run's enclosures of the gains and of the limit, and its stepsize.
struct RunView {
    eta: BigRational,
    gain: Vec<RatInterval>,
    beta: Vec<RatInterval>,
}

/// Re-check one sub-certificate in full and read its `gain`, `beta_limit`.
fn run_view(sub: &Certificate, field: &str, model: &ModelInfo) -> Result<RunView, CheckFailure> {
    if sub.claim != "implicit-bias" || !sub.verified {
        return Err(rej(
            field,
            "expected an implicit-bias certificate that claims verification",
        ));
    }
    if &sub.model != model {
        return Err(rej(
            &format!("{field}.model"),
            "not the comparison's instance (data, α, sampler)",
        ));
    }
    let report = check_unbudgeted(sub).map_err(|e| rej(field, e.to_string()))?;
    if !report.verified {
        return Err(rej(field, "the run is not verified"));
    }
    let eta = exact(&format!("{field}.eta"), sub.eta.as_deref().unwrap_or(""))?;
    let array = |name: &str| match sub.quantities.get(name) {
        Some(Quantity::Array(v)) => v
            .iter()
            .enumerate()
            .map(|(i, e)| enclosure(&format!("{field}.quantities.{name}[{i}]"), e))
            .collect::<Result<Vec<_>, _>>(),
        _ => Err(rej(
            &format!("{field}.quantities.{name}"),
            "expected an array",
        )),
    };
    Ok(RunView {
        eta,
        gain: array("gain")?,
        beta: array("beta_limit")?,
    })
}

/// The tight |x| of an interval.
pub(crate) fn abs(x: &RatInterval) -> RatInterval {
    if !x.lo.is_negative() {
        x.clone()
    } else if !x.hi.is_positive() {
        x.neg()
    } else {
        RatInterval {
            lo: BigRational::zero(),
            hi: (-x.lo.clone()).max(x.hi.clone()),
        }
    }
}

fn sum(items: impl Iterator<Item = RatInterval>) -> RatInterval {
    items.fold(RatInterval::from_int(0), |a, b| a.add(&b))
}

/// The claimed enclosure `name` contains `own`.
fn require(cert: &Certificate, name: &str, own: &RatInterval) -> Result<(), CheckFailure> {
    let field = format!("quantities.{name}");
    match cert.quantities.get(name) {
        Some(Quantity::Enclosure(e)) => {
            let claimed = enclosure(&field, e)?;
            if own.is_subset_of(&claimed) {
                Ok(())
            } else {
                Err(rej(
                    &field,
                    format!("{claimed} does not contain the checker's {own}"),
                ))
            }
        }
        _ => Err(rej(&field, "expected an enclosure")),
    }
}

/// A claimed sign boolean (optional): `true` needs `own > 0`, `false` needs `own < 0`.
fn require_sign(cert: &Certificate, name: &str, own: &RatInterval) -> Result<(), CheckFailure> {
    let field = format!("quantities.{name}");
    match cert.quantities.get(name) {
        None => Ok(()),
        Some(Quantity::Bool(true)) if own.lo.is_positive() => Ok(()),
        Some(Quantity::Bool(false)) if own.hi.is_negative() => Ok(()),
        Some(Quantity::Bool(b)) => Err(rej(
            &field,
            format!("{b} is not proved: the checker's difference is {own}"),
        )),
        Some(_) => Err(rej(&field, "expected a boolean")),
    }
}

/// The support fraction S/(S + O) of the |gains| (module docs, step 3).
fn support_fraction(
    gain: &[RatInterval],
    support: &[bool],
    field: &str,
) -> Result<RatInterval, CheckFailure> {
    let pick = |on: bool| {
        sum(gain
            .iter()
            .zip(support)
            .filter(|(_, s)| **s == on)
            .map(|(g, _)| abs(g)))
    };
    let (s, o) = (pick(true), pick(false));
    let den_lo = &s.lo + &o.hi;
    let den_hi = &s.hi + &o.lo;
    if !den_lo.is_positive() || !den_hi.is_positive() {
        return Err(rej(field, "the total gain is not proved positive"));
    }
    RatInterval::new(&s.lo / den_lo, &s.hi / den_hi).map_err(|e| rej(field, e.to_string()))
}

/// The exact β* of the model (d entries, Xβ* = y), if given.
fn beta_star(
    m: &ModelInfo,
    x: &[Vec<BigRational>],
    y: &[BigRational],
) -> Result<Option<Vec<BigRational>>, CheckFailure> {
    let Some(raw) = &m.beta_star else {
        return Ok(None);
    };
    let d = x[0].len();
    if raw.len() != d {
        return Err(rej("model.beta_star", format!("expected d = {d} entries")));
    }
    let b = raw
        .iter()
        .enumerate()
        .map(|(i, s)| exact(&format!("model.beta_star[{i}]"), s))
        .collect::<Result<Vec<_>, _>>()?;
    for (j, (row, yj)) in x.iter().zip(y).enumerate() {
        super::budget::tick()?;
        let v: BigRational = row.iter().zip(&b).map(|(a, c)| a * c).sum();
        if &v != yj {
            return Err(rej(
                "model.beta_star",
                format!("not an interpolator: ⟨x_{j}, β*⟩ ≠ y_{j}"),
            ));
        }
    }
    Ok(Some(b))
}

/// Re-verify a `verified: true` certificate (module docs).
///
/// # Errors
/// [`CheckFailure::Rejected`] at the first failed step.
pub fn check(cert: &Certificate) -> Result<Vec<String>, CheckFailure> {
    only_known_quantities(cert, KNOWN)?;
    let ev: crate::evidence::DlnComparison = serde_json::from_value(cert.evidence.clone())
        .map_err(|e| rej("evidence", e.to_string()))?;
    let sgd_model = ModelInfo {
        beta_star: None,
        ..cert.model.clone()
    };
    let gd_model = ModelInfo {
        batch: None,
        seed: None,
        sampler: None,
        ..sgd_model.clone()
    };
    // The comparison states no precision of its own: its backend is the runs' backend.
    for (run, path) in [(&ev.gd, "evidence.gd"), (&ev.sgd, "evidence.sgd")] {
        if run.backend != cert.backend {
            return Err(rej(
                "backend",
                format!(
                    "{:?} differs from {path}.backend {:?}",
                    cert.backend, run.backend
                ),
            ));
        }
    }
    let gd = run_view(&ev.gd, "evidence.gd", &gd_model)?;
    let sgd = run_view(&ev.sgd, "evidence.sgd", &sgd_model)?;
    let inp = super::implicit_bias::parse_inputs(&ev.gd)?;
    require(cert, "stepsize_gd", &RatInterval::point(gd.eta.clone()))?;
    require(cert, "stepsize_sgd", &RatInterval::point(sgd.eta.clone()))?;
    let l1 = |g: &[RatInterval]| sum(g.iter().map(abs));
    let (l1_gd, l1_sgd) = (l1(&gd.gain), l1(&sgd.gain));
    let diff = l1_sgd.sub(&l1_gd);
    require(cert, "gain_l1_gd", &l1_gd)?;
    require(cert, "gain_l1_sgd", &l1_sgd)?;
    require(cert, "gain_l1_sgd_minus_gd", &diff)?;
    require_sign(cert, "sgd_gain_l1_larger", &diff)?;
    coordinatewise(cert, &gd.gain, &sgd.gain)?;
    let mut details = vec![
        "both runs re-checked in full as implicit-bias certificates of the same instance".into(),
        format!(
            "gains: ℓ1 difference (SGD − GD) enclosed in {}{}",
            short(&diff),
            sign_text(&diff)
        ),
    ];
    match beta_star(&cert.model, &inp.x, &inp.y)? {
        Some(b) => details.extend(with_beta_star(cert, &b, &gd, &sgd)?),
        None => {
            if let Some(name) = KNOWN[8..]
                .iter()
                .find(|n| cert.quantities.contains_key(**n))
            {
                return Err(rej(&format!("quantities.{name}"), "needs model.beta_star"));
            }
        }
    }
    Ok(details)
}

/// `gain_sgd_minus_gd` (optional) and the sign label `gain_sign_sgd_minus_gd` (optional).
fn coordinatewise(
    cert: &Certificate,
    gd: &[RatInterval],
    sgd: &[RatInterval],
) -> Result<(), CheckFailure> {
    let diffs: Vec<RatInterval> = sgd.iter().zip(gd).map(|(s, g)| s.sub(g)).collect();
    if gd.len() != sgd.len() {
        return Err(rej("evidence", "the runs' gains differ in length"));
    }
    match cert.quantities.get("gain_sgd_minus_gd") {
        None => {}
        Some(Quantity::Array(v)) if v.len() == diffs.len() => {
            for (i, (e, own)) in v.iter().zip(&diffs).enumerate() {
                let field = format!("quantities.gain_sgd_minus_gd[{i}]");
                if !own.is_subset_of(&enclosure(&field, e)?) {
                    return Err(rej(&field, format!("does not contain the checker's {own}")));
                }
            }
        }
        Some(_) => {
            return Err(rej(
                "quantities.gain_sgd_minus_gd",
                format!("expected an array of {} enclosures", diffs.len()),
            ));
        }
    }
    match cert.quantities.get("gain_sign_sgd_minus_gd") {
        None => Ok(()),
        Some(Quantity::Label(s)) if s.chars().count() == diffs.len() => {
            for (i, (c, own)) in s.chars().zip(&diffs).enumerate() {
                let ok = match c {
                    '+' => own.lo.is_positive(),
                    '-' => own.hi.is_negative(),
                    '?' => true,
                    _ => false,
                };
                if !ok {
                    return Err(rej(
                        "quantities.gain_sign_sgd_minus_gd",
                        format!("coordinate {i}: {c:?} is not proved (difference {own})"),
                    ));
                }
            }
            Ok(())
        }
        Some(_) => Err(rej(
            "quantities.gain_sign_sgd_minus_gd",
            format!("expected a label of {} characters + - ?", diffs.len()),
        )),
    }
}

/// The quantities that need β*: support fractions and recovery errors.
fn with_beta_star(
    cert: &Certificate,
    b: &[BigRational],
    gd: &RunView,
    sgd: &RunView,
) -> Result<Vec<String>, CheckFailure> {
    let support: Vec<bool> = b.iter().map(|v| !v.is_zero()).collect();
    let f_gd = support_fraction(&gd.gain, &support, "quantities.gain_support_fraction_gd")?;
    let f_sgd = support_fraction(&sgd.gain, &support, "quantities.gain_support_fraction_sgd")?;
    require(cert, "gain_support_fraction_gd", &f_gd)?;
    require(cert, "gain_support_fraction_sgd", &f_sgd)?;
    let err = |beta: &[RatInterval]| {
        sum(beta
            .iter()
            .zip(b)
            .map(|(x, s)| x.sub(&RatInterval::point(s.clone())).sqr()))
    };
    let (e_gd, e_sgd) = (err(&gd.beta), err(&sgd.beta));
    let diff = e_gd.sub(&e_sgd);
    require(cert, "recovery_error_gd", &e_gd)?;
    require(cert, "recovery_error_sgd", &e_sgd)?;
    require(cert, "recovery_error_gd_minus_sgd", &diff)?;
    require_sign(cert, "sgd_recovery_error_smaller", &diff)?;
    Ok(vec![
        format!(
            "β* is an interpolator; gain fraction on its support: GD {}, SGD {}",
            short(&f_gd),
            short(&f_sgd)
        ),
        format!(
            "recovery error ‖β∞ − β*‖² GD − SGD enclosed in {}{}",
            short(&diff),
            sign_text(&diff)
        ),
    ])
}

fn short(x: &RatInterval) -> String {
    use num_traits::ToPrimitive;
    format!(
        "[{:.6e}, {:.6e}]",
        x.lo.to_f64().unwrap_or(f64::NAN),
        x.hi.to_f64().unwrap_or(f64::NAN)
    )
}

fn sign_text(x: &RatInterval) -> &'static str {
    if x.lo.is_positive() {
        " (> 0 proved)"
    } else if x.hi.is_negative() {
        " (< 0 proved)"
    } else {
        " (sign undecided)"
    }
}
