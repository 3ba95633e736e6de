//! The `period-two` and `flip-boundary` claims: re-verification of the Krawczyk evidence.
//!
//! Independent of the prover: the formulas below are re-implemented here in exact rational
//! interval arithmetic ([`RatInterval`], no rounding), in the same evaluation order as the
//! prover, so every exact interval here lies inside the prover's outward-rounded one.
//!
//! # The map
//! On the line L = {s·1} of ℓ = ½(θ₁⋯θ_p − y)², GD is φ(s) = s − η(s^p − y)s^{p−1}, with
//! φ′(s) = 1 − η((2p−1)s^{2p−2} − (p−1)y s^{p−2}) the multiplier along L and 1 + η(s^p − y)s^{p−2}
//! the multiplier on 1^⊥ (the GD Jacobian at s·1 is diagonal in span(1) ⊕ 1^⊥).
//!
//! # Checks
//! For each of the two Krawczyk steps in the evidence (`uniqueness`, `tight`), with unknowns
//! x = (s₊, s₋) (period-two) or (s₊, s₋, η) (flip-boundary), box X, point m and matrix C:
//! 1. m ∈ X; 0 < X₁ < X₀ (a genuine positive 2-cycle, not a fixed point nor {s, −s}); η > 0;
//! 2. K(X) = m − C·F(m) + (I − C·J(X))(X − m) ⊂ int(X), evaluated exactly (Krawczyk's theorem:
//!    F has exactly one zero in X, and it lies in K(X)).
//!
//! Then: tight ⊆ uniqueness (the zero enclosed is the unique one of the wide box); the evidence
//! `enclosure` Z ⊇ K(X_tight) ∩ X_tight; the claimed quantities contain Z and the multipliers
//! (and `rate`) recomputed over Z; `stable` matches what the recomputed multipliers prove; for
//! `flip-boundary` the `eta_flip` width is at most `requested_width`. Each claimed enclosure must
//! also be tight: its width at most 16 times the recomputed width plus 2^{8−bits} of its
//! magnitude (bits = 53 for `interval`, B for `mpfr:B`), so a widened claim is rejected too.
//!
//! Theorem 5.3's hypothesis quantities (`hypothesis_eta_above_critical`, `epsilon`,
//! `eta_in_stability_window` for p = 2, `instance_of_theorem_5_3`) are re-derived in exact
//! rationals by [`super::hypotheses::period_two`].

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::interval::RatInterval;
use super::{CheckFailure, Inputs, Model, enclosure, exact};
use crate::{Certificate, Quantity};

type R = RatInterval;

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

fn int(n: i64) -> R {
    R::from_int(n)
}

fn mul_int(x: &R, n: i64) -> R {
    x.mul(&int(n))
}

fn power(s: &R, k: usize) -> R {
    if k == 0 {
        return int(1);
    }
    let mut acc = s.clone();
    for _ in 1..k {
        acc = acc.mul(s);
    }
    acc
}

/// The map on L, mirroring the prover's evaluation order.
struct Line {
    p: usize,
    y: R,
}

impl Line {
    fn grad(&self, s: &R) -> R {
        power(s, self.p).sub(&self.y).mul(&power(s, self.p - 1))
    }
    fn phi(&self, s: &R, eta: &R) -> R {
        s.sub(&eta.mul(&self.grad(s)))
    }
    fn curv(&self, s: &R) -> R {
        let p = self.p as i64;
        mul_int(&power(s, 2 * self.p - 2), 2 * p - 1)
            .sub(&mul_int(&self.y, p - 1).mul(&power(s, self.p - 2)))
    }
    fn dphi(&self, s: &R, eta: &R) -> R {
        int(1).sub(&eta.mul(&self.curv(s)))
    }
    fn curv_prime(&self, s: &R) -> R {
        let p = self.p as i64;
        let first = mul_int(&power(s, 2 * self.p - 3), (2 * p - 1) * (2 * p - 2));
        if self.p == 2 {
            first
        } else {
            first.sub(&mul_int(&self.y, (p - 1) * (p - 2)).mul(&power(s, self.p - 3)))
        }
    }
    fn tang(&self, s: &R) -> R {
        power(s, self.p).sub(&self.y).mul(&power(s, self.p - 2))
    }
    fn tang_prime(&self, s: &R) -> R {
        let p = self.p as i64;
        let first = mul_int(&power(s, 2 * self.p - 3), 2 * p - 2);
        if self.p == 2 {
            first
        } else {
            first.sub(&mul_int(&self.y, p - 2).mul(&power(s, self.p - 3)))
        }
    }
    fn tangent(&self, s: &R, eta: &R) -> R {
        int(1).add(&eta.mul(&self.tang(s)))
    }

    /// Residual and Jacobian; `eta = Some(η)` for the period-two system in (s₀, s₁), `None`
    /// for the boundary system in (s₀, s₁, η) with the given multiplier.
    fn residual(&self, x: &[R], eta: Option<&R>, tangent: bool) -> Vec<R> {
        let e = eta.unwrap_or_else(|| &x[2]);
        let mut out = vec![self.phi(&x[0], e).sub(&x[1]), self.phi(&x[1], e).sub(&x[0])];
        if eta.is_none() {
            let m = if tangent {
                self.tangent(&x[0], e).mul(&self.tangent(&x[1], e))
            } else {
                self.dphi(&x[0], e).mul(&self.dphi(&x[1], e))
            };
            out.push(m.add(&int(1)));
        }
        out
    }

    fn jacobian(&self, x: &[R], eta: Option<&R>, tangent: bool) -> Vec<Vec<R>> {
        let m1 = int(1).neg();
        let e = eta.unwrap_or_else(|| &x[2]);
        let (s0, s1) = (&x[0], &x[1]);
        if eta.is_some() {
            return vec![
                vec![self.dphi(s0, e), m1.clone()],
                vec![m1, self.dphi(s1, e)],
            ];
        }
        let row3 = if tangent {
            let (t0, t1) = (self.tangent(s0, e), self.tangent(s1, e));
            vec![
                e.mul(&self.tang_prime(s0)).mul(&t1),
                t0.mul(&e.mul(&self.tang_prime(s1))),
                self.tang(s0).mul(&t1).add(&t0.mul(&self.tang(s1))),
            ]
        } else {
            let (d0, d1) = (self.dphi(s0, e), self.dphi(s1, e));
            vec![
                e.mul(&self.curv_prime(s0)).neg().mul(&d1),
                d0.mul(&e.mul(&self.curv_prime(s1)).neg()),
                self.curv(s0)
                    .neg()
                    .mul(&d1)
                    .add(&d0.mul(&self.curv(s1).neg())),
            ]
        };
        vec![
            vec![self.dphi(s0, e), m1.clone(), self.grad(s0).neg()],
            vec![m1, self.dphi(s1, e), self.grad(s1).neg()],
            row3,
        ]
    }
}

fn parse_box(field: &str, v: &Value, n: usize) -> Result<Vec<R>, CheckFailure> {
    let arr = v
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| rej(field, format!("expected an array of {n} intervals")))?;
    arr.iter()
        .enumerate()
        .map(|(i, e)| {
            let f = format!("{field}[{i}]");
            let lo = e["lo"].as_str().ok_or_else(|| rej(&f, "missing lo"))?;
            let hi = e["hi"].as_str().ok_or_else(|| rej(&f, "missing hi"))?;
            R::new(exact(&f, lo)?, exact(&f, hi)?).map_err(|err| rej(&f, err.to_string()))
        })
        .collect()
}

fn parse_vec(field: &str, v: &Value, n: usize) -> Result<Vec<BigRational>, CheckFailure> {
    let arr = v
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| rej(field, format!("expected an array of {n} numbers")))?;
    arr.iter()
        .enumerate()
        .map(|(i, e)| {
            let f = format!("{field}[{i}]");
            exact(&f, e.as_str().ok_or_else(|| rej(&f, "expected a string"))?)
        })
        .collect()
}

/// Verify one Krawczyk step; returns (X, K(X)).
fn krawczyk(
    field: &str,
    v: &Value,
    line: &Line,
    eta: Option<&R>,
    tangent: bool,
    n: usize,
) -> Result<(Vec<R>, Vec<R>), CheckFailure> {
    let x = parse_box(&format!("{field}.box"), &v["box"], n)?;
    let m = parse_vec(&format!("{field}.midpoint"), &v["midpoint"], n)?;
    let c_rows = v["preconditioner"]
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| {
            rej(
                &format!("{field}.preconditioner"),
                format!("expected {n} rows"),
            )
        })?;
    let c: Vec<Vec<BigRational>> = c_rows
        .iter()
        .enumerate()
        .map(|(i, row)| parse_vec(&format!("{field}.preconditioner[{i}]"), row, n))
        .collect::<Result<_, _>>()?;
    for i in 0..n {
        if !x[i].contains(&m[i]) {
            return Err(rej(&format!("{field}.midpoint[{i}]"), "not inside the box"));
        }
    }
    let zero = BigRational::zero();
    if x[1].lo <= zero || x[1].hi >= x[0].lo {
        return Err(rej(
            &format!("{field}.box"),
            "0 < s₋ < s₊ is not proved on the box (the zero could be a fixed point or the cycle through 0)",
        ));
    }
    if n == 3 && x[2].lo <= zero {
        return Err(rej(&format!("{field}.box[2]"), "η > 0 is not proved"));
    }
    let mp: Vec<R> = m.iter().cloned().map(R::point).collect();
    let cp: Vec<Vec<R>> = c
        .iter()
        .map(|row| row.iter().cloned().map(R::point).collect())
        .collect();
    let fm = line.residual(&mp, eta, tangent);
    let jx = line.jacobian(&x, eta, tangent);
    let k = krawczyk_image(&cp, &fm, &jx, &x, &mp);
    for (i, acc) in k.iter().enumerate() {
        if !(acc.lo > x[i].lo && acc.hi < x[i].hi) {
            return Err(rej(
                &format!("{field}.box[{i}]"),
                format!(
                    "Krawczyk inclusion K(X) ⊂ int(X) fails: K = {acc}, X = {}",
                    x[i]
                ),
            ));
        }
    }
    Ok((x, k))
}

fn bits_of(backend: &str) -> Result<u32, CheckFailure> {
    match backend {
        "interval" => Ok(53),
        b => b
            .strip_prefix("mpfr:")
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| {
                rej(
                    "backend",
                    format!("unsupported backend {b:?} for this claim"),
                )
            }),
    }
}

/// The claimed enclosure must contain `computed` and be at most 16× as wide plus 2^{8−bits}·|·|.
fn tight_contains(
    cert: &Certificate,
    name: &str,
    computed: &R,
    bits: u32,
) -> Result<R, CheckFailure> {
    let field = format!("quantities.{name}");
    let Some(Quantity::Enclosure(e)) = cert.quantities.get(name) else {
        return Err(rej(&field, "missing enclosure"));
    };
    let claimed = enclosure(&field, e)?;
    if !computed.is_subset_of(&claimed) {
        return Err(rej(
            &field,
            format!("does not contain the recomputed enclosure {computed}"),
        ));
    }
    let mag = computed.lo.abs().max(computed.hi.abs());
    let slack = mag * BigRational::new(BigInt::one(), BigInt::from(2).pow(bits.saturating_sub(8)));
    if claimed.width() > computed.width() * BigRational::from_integer(16.into()) + slack {
        return Err(rej(
            &field,
            format!("much wider than the recomputed enclosure {computed}"),
        ));
    }
    Ok(claimed)
}

fn common(cert: &Certificate, inputs: &Inputs) -> Result<(Line, u32, usize), CheckFailure> {
    let Model::Factorisation { depth } = inputs.model else {
        return Err(rej("model.kind", "period-two needs a factorisation model"));
    };
    let bits = bits_of(&cert.backend)?;
    if !super::budget::admit_bits(u64::from(bits)) {
        return Err(rej("backend", "a precision above the checker's size cap"));
    }
    Ok((
        Line {
            p: depth,
            y: R::point(inputs.target.clone()),
        },
        bits,
        depth,
    ))
}

/// The unknowns of the Krawczyk systems: the first two for `period-two`, all three for
/// `flip-boundary`.
const UNKNOWNS: [&str; 3] = ["s_plus", "s_minus", "eta"];

/// Verify both Krawczyk steps and the enclosure; returns Z.
fn verify_zero(
    cert: &Certificate,
    line: &Line,
    eta: Option<&R>,
    tangent: bool,
    n: usize,
) -> Result<Vec<R>, CheckFailure> {
    let ev = &cert.evidence;
    if ev["method"] != "krawczyk" {
        return Err(rej("evidence.method", "expected \"krawczyk\""));
    }
    // The names of the unknowns are re-derived: (s₊, s₋), and η for the flip boundary.
    let names = &UNKNOWNS[..n];
    if ev["unknowns"] != serde_json::json!(names) {
        return Err(rej("evidence.unknowns", format!("expected {names:?}")));
    }
    let (xu, _) = krawczyk(
        "evidence.uniqueness",
        &ev["uniqueness"],
        line,
        eta,
        tangent,
        n,
    )?;
    let (xt, kt) = krawczyk("evidence.tight", &ev["tight"], line, eta, tangent, n)?;
    for i in 0..n {
        if !xt[i].is_subset_of(&xu[i]) {
            return Err(rej(
                &format!("evidence.tight.box[{i}]"),
                "not inside the uniqueness box",
            ));
        }
    }
    let z = parse_box("evidence.enclosure", &ev["enclosure"], n)?;
    for i in 0..n {
        // Z must contain K(X) ∩ X (the zero lies in both).
        let lo = kt[i].lo.clone().max(xt[i].lo.clone());
        let hi = kt[i].hi.clone().min(xt[i].hi.clone());
        if z[i].lo > lo || z[i].hi < hi {
            return Err(rej(
                &format!("evidence.enclosure[{i}]"),
                "does not contain K(X) ∩ X of the tight box",
            ));
        }
    }
    Ok(z)
}

/// Check a `period-two` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failed check.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let (line, bits, p) = common(cert, inputs)?;
    let eta = R::point(
        inputs
            .eta
            .clone()
            .ok_or_else(|| rej("eta", "missing learning rate"))?,
    );
    if !eta.lo.is_positive() {
        return Err(rej("eta", "must be positive"));
    }
    let z = verify_zero(cert, &line, Some(&eta), false, 2)?;
    tight_contains(cert, "s_plus", &z[0], bits)?;
    tight_contains(cert, "s_minus", &z[1], bits)?;
    let mn = line.dphi(&z[0], &eta).mul(&line.dphi(&z[1], &eta));
    let mt = line.tangent(&z[0], &eta).mul(&line.tangent(&z[1], &eta));
    tight_contains(cert, "multiplier_normal", &mn, bits)?;
    tight_contains(cert, "multiplier_tangent", &mt, bits)?;
    // rate = √max(|mn|, |mt|): check rate.lo² ≤ max.lo and rate.hi² ≥ max.hi, rate.lo ≥ 0.
    let abs = |r: &R| {
        if r.lo.is_negative() && r.hi.is_positive() {
            (BigRational::zero(), r.lo.abs().max(r.hi.abs()))
        } else {
            let (a, b) = (r.lo.abs(), r.hi.abs());
            (a.clone().min(b.clone()), a.max(b))
        }
    };
    let ((alo, ahi), (blo, bhi)) = (abs(&mn), abs(&mt));
    let (mlo, mhi) = (alo.max(blo), ahi.max(bhi));
    let Some(Quantity::Enclosure(re)) = cert.quantities.get("rate") else {
        return Err(rej("quantities.rate", "missing enclosure"));
    };
    let rate = enclosure("quantities.rate", re)?;
    if rate.lo.is_negative() || &rate.lo * &rate.lo > mlo || &rate.hi * &rate.hi < mhi {
        return Err(rej(
            "quantities.rate",
            "does not contain √max|multiplier| over the recomputed multipliers",
        ));
    }
    let slack = &mhi * BigRational::new(BigInt::one(), BigInt::from(2).pow(bits.saturating_sub(8)));
    if &rate.hi * &rate.hi - &rate.lo * &rate.lo
        > (&mhi - &mlo) * BigRational::from_integer(16.into()) + slack
    {
        return Err(rej(
            "quantities.rate",
            "much wider than the recomputed enclosure",
        ));
    }
    let one = BigRational::one();
    let inside = |r: &R| r.lo > -one.clone() && r.hi < one;
    let outside = |r: &R| r.hi < -one.clone() || r.lo > one;
    let proved = if outside(&mn) || outside(&mt) {
        false
    } else if inside(&mn) && inside(&mt) {
        true
    } else {
        return Err(rej(
            "quantities.stable",
            "stability is not decided by the recomputed multipliers",
        ));
    };
    match cert.quantities.get("stable") {
        Some(Quantity::Bool(b)) if *b == proved => {}
        _ => {
            return Err(rej(
                "quantities.stable",
                format!("the recomputed multipliers prove stable = {proved}"),
            ));
        }
    }
    let hyp = super::hypotheses::period_two(cert, p, &inputs.target, &eta.lo, proved)?;
    Ok(vec![
        format!(
            "p = {p}: Krawczyk K(X) ⊂ int(X) re-verified exactly on the uniqueness and tight boxes (0 < s₋ < s₊ proved)"
        ),
        hyp,
        "s_plus, s_minus, multipliers, rate contain the exact recomputation over the enclosure"
            .into(),
        format!("stable = {proved} re-derived"),
    ])
}

/// Check a `flip-boundary` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failed check.
pub fn check_boundary(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let (line, bits, p) = common(cert, inputs)?;
    let (tangent, name) = match cert.evidence["multiplier"].as_str() {
        Some("normal") => (false, "eta_flip"),
        Some("tangent") => (true, "eta_flip_tangent"),
        _ => {
            return Err(rej(
                "evidence.multiplier",
                "expected \"normal\" or \"tangent\"",
            ));
        }
    };
    let z = verify_zero(cert, &line, None, tangent, 3)?;
    tight_contains(cert, "s_plus", &z[0], bits)?;
    tight_contains(cert, "s_minus", &z[1], bits)?;
    let claimed = tight_contains(cert, name, &z[2], bits)?;
    let requested = exact(
        "evidence.requested_width",
        cert.evidence["requested_width"]
            .as_str()
            .ok_or_else(|| rej("evidence.requested_width", "missing"))?,
    )?;
    if claimed.width() > requested {
        return Err(rej(
            &format!("quantities.{name}"),
            "wider than the requested width",
        ));
    }
    Ok(vec![format!(
        "p = {p}: Krawczyk in (s₊, s₋, η) re-verified exactly; {name} encloses the unique η in the box where the {} multiplier is −1",
        if tangent { "tangent" } else { "normal" }
    )])
}

/// The Krawczyk image K(X) = m − C·F(m) + (I − C·J(X))·(X − m), component by component, in
/// exact interval arithmetic (`c` the preconditioner, `fm` = F(m), `jx` = J(X), `mp` = m).
pub(super) fn krawczyk_image(c: &[Vec<R>], fm: &[R], jx: &[Vec<R>], x: &[R], mp: &[R]) -> Vec<R> {
    let n = x.len();
    (0..n)
        .map(|i| {
            let cf = (0..n).fold(int(0), |a, j| a.add(&c[i][j].mul(&fm[j])));
            (0..n).fold(mp[i].sub(&cf), |acc, j| {
                let cj = (0..n).fold(int(0), |a, kk| a.add(&c[i][kk].mul(&jx[kk][j])));
                let e = int(i64::from(i == j)).sub(&cj);
                acc.add(&e.mul(&x[j].sub(&mp[j])))
            })
        })
        .collect()
}
