//! The `regime-map` claim: re-verification of the period-doubling cascade over a range of η.
//!
//! Self-contained: the formulas are re-implemented here in exact rational interval arithmetic
//! ([`RatInterval`], no rounding), in the prover's evaluation order, so each exact interval lies
//! inside the prover's outward-rounded one.
//!
//! # The system
//! On L = {s·1}, φ(s) = s − η(s^p − y)s^{p−1}, with Taylor coefficients at u
//! `c_j = a_j − η b_j`, `b_j = C(2p−1, j)u^{2p−1−j} − C(p−1, j)y·u^{p−1−j}` (a₀ = u, a₁ = 1).
//! For period n = 2k, unknowns x = (u₀…u_{k−1}, t, w₁…w_{k−1}), τ_i = t·w_i² (w₀ = 1),
//! `E = Σ c_{2m}τ^m`, `D = Σ c_{2m+1}τ^m`:
//! `E(u_i, τ_i) − u_{i+1 mod k}`, `D(u_i, τ_i)w_i − w_{i+1}` (i < k−1), `D(u_{k−1}, τ_{k−1})w_{k−1} + 1`.
//! A zero with t > 0 is an orbit of minimal period n (s_i = u_i ± √t·w_i). At t = 0 with η an
//! unknown (z = (u, w, η)) it is a period-k orbit with multiplier ∏φ′ = −1 along L: a window end.
//! Multipliers: ∏_i Q(u_i, τ_i) along L and ∏_i R(u_i, τ_i) on 1^⊥, where Q, R are the even
//! parts of φ′(u+v)φ′(u−v) and g(u+v)g(u−v), g(s) = 1 + η(s^{2p−2} − y s^{p−2}).
//!
//! # Checks
//! - Window ends, periods 1, 2, 4, …, K (`max_period`): two Krawczyk steps (`uniqueness`,
//!   `tight`) on the end system, `K(X) ⊂ int(X)` exactly; tight ⊆ uniqueness; η > 0 and (n ≥ 2)
//!   u_i, u_{i+n/2} disjoint for some i on the uniqueness box (minimal period n); the
//!   `enclosure` contains `K(X_t) ∩ X_t`; `eta_end_period_n` contains its η component and is at
//!   most 16 times as wide plus 2^{8−bits} of its magnitude; for n ≥ 2 the stated transverse
//!   multiplier contains the recomputed one and lies inside (−1, 1); the ends increase with n.
//! - Cells: period 1: `0 < η_a < η_b` and `(η_b p)^p y^{2p−2} < 2^p` (ηλ* < 2: the fixed point
//!   attracts along L). Period n ≥ 2: the parametric Krawczyk step with η = [η_a, η_b] has
//!   `K(X) ⊂ int(X)`, m ∈ X, t > 0 on X; both multipliers recomputed over `K(X) ∩ X` and η are
//!   contained in the stated ones, which lie inside (−1, 1).
//! - With `max_cell_width` W: every cell of period ≥ 2 is at most W wide (exact).
//! - Cells are sorted with disjoint interiors inside [LO, HI]; the cells of each period form a
//!   contiguous chain reaching to within `gap` of max(LO, end of the previous window) and of
//!   min(HI, end of its window); `covered_fraction` = Σ cell widths / (HI − LO) and `cells` =
//!   their number, exactly.
//!
//! # Caps (cost bounds)
//! depth ≤ 16, `max_period` ≤ 32 (a power of two), at most [`MAX_CELLS`] cells, Σ over cells of
//! n³ ≤ [`MAX_WORK`], every number string at most [`MAX_NUMBER_CHARS`] characters, `gap` ≤ 1/10.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};
use serde_json::Value;

use super::interval::RatInterval;
use super::{CheckFailure, Inputs, Model, enclosure, exact, only_known_quantities};
use crate::{Certificate, Quantity};

type R = RatInterval;

/// Largest depth.
pub const MAX_DEPTH: usize = 16;
/// The quantities a `regime-map` certificate may state: the window ends of periods
/// 1, 2, 4, …, [`MAX_PERIOD`], the covered fraction and the cell count.
pub const KNOWN: &[&str] = &[
    "eta_end_period_1",
    "eta_end_period_2",
    "eta_end_period_4",
    "eta_end_period_8",
    "eta_end_period_16",
    "eta_end_period_32",
    "covered_fraction",
    "cells",
];

/// Largest `max_period`.
pub const MAX_PERIOD: usize = 32;
/// Most cells.
pub const MAX_CELLS: usize = 20_000;
/// Largest Σ n³ over the cells (the Krawczyk products cost n³ each).
pub const MAX_WORK: u64 = 200_000_000;
/// Longest accepted number string.
pub const MAX_NUMBER_CHARS: usize = 2000;

fn rej(field: &str, reason: impl Into<String>) -> CheckFailure {
    CheckFailure::rejected(field, reason)
}

fn int(n: i64) -> R {
    R::from_int(n)
}

fn binomial(n: usize, j: usize) -> i64 {
    if j > n {
        return 0;
    }
    let mut c: i64 = 1;
    for i in 0..j {
        c = c * (n - i) as i64 / (i + 1) as i64;
    }
    c
}

fn horner(coef: &[R], tau: &R) -> R {
    let mut acc = coef[coef.len() - 1].clone();
    for c in coef[..coef.len() - 1].iter().rev() {
        acc = acc.mul(tau).add(c);
    }
    acc
}

fn pair_coefficients(a: &[R]) -> Vec<R> {
    let deg = a.len() - 1;
    (0..=deg)
        .map(|m| {
            let mut acc: Option<R> = None;
            for j in 0..=(2 * m).min(deg) {
                let l = 2 * m - j;
                if l > deg {
                    continue;
                }
                let term = a[j].mul(&a[l]);
                let term = if l % 2 == 1 { term.neg() } else { term };
                acc = Some(match acc {
                    None => term,
                    Some(s) => s.add(&term),
                });
            }
            acc.unwrap_or_else(|| int(0))
        })
        .collect()
}

/// The cascade system (mirror of the prover's evaluation order).
struct Cascade {
    p: usize,
    y: R,
    k: usize,
}

struct Point {
    e: R,
    d: R,
    e_u: R,
    e_tau: R,
    d_u: R,
    d_tau: R,
    e_eta: R,
    d_eta: R,
}

impl Cascade {
    fn powers(&self, u: &R) -> Vec<R> {
        let mut pw = vec![int(1)];
        for i in 1..2 * self.p {
            let next = pw[i - 1].mul(u);
            pw.push(next);
        }
        pw
    }

    fn b_coefficients(&self, pw: &[R]) -> Vec<R> {
        let p = self.p;
        (0..2 * p)
            .map(|j| {
                let first = pw[2 * p - 1 - j].mul(&int(binomial(2 * p - 1, j)));
                if j < p {
                    first.sub(&self.y.mul(&int(binomial(p - 1, j))).mul(&pw[p - 1 - j]))
                } else {
                    first
                }
            })
            .collect()
    }

    fn c_from_b(u: &R, b: &[R], eta: &R) -> Vec<R> {
        b.iter()
            .enumerate()
            .map(|(j, bj)| {
                let a = match j {
                    0 => u.clone(),
                    1 => int(1),
                    _ => int(0),
                };
                a.sub(&eta.mul(bj))
            })
            .collect()
    }

    fn phi_taylor(&self, u: &R, eta: &R) -> Vec<R> {
        let b = self.b_coefficients(&self.powers(u));
        Self::c_from_b(u, &b, eta)
    }

    fn transverse_taylor(&self, u: &R, eta: &R) -> Vec<R> {
        let p = self.p;
        let pw = self.powers(u);
        (0..=2 * p - 2)
            .map(|j| {
                let first = pw[2 * p - 2 - j].mul(&int(binomial(2 * p - 2, j)));
                let tang = if j + 2 <= p {
                    first.sub(&self.y.mul(&int(binomial(p - 2, j))).mul(&pw[p - 2 - j]))
                } else {
                    first
                };
                int(i64::from(j == 0)).add(&eta.mul(&tang))
            })
            .collect()
    }

    fn point(&self, u: &R, tau: &R, eta: &R) -> Point {
        let b = self.b_coefficients(&self.powers(u));
        let c = Self::c_from_b(u, &b, eta);
        let half = self.p;
        let pick = |v: &[R], shift: usize| -> Vec<R> {
            (0..half)
                .filter_map(|m| v.get(2 * m + shift).cloned())
                .collect()
        };
        let eu: Vec<R> = (0..half)
            .map(|m| c[2 * m + 1].mul(&int(2 * m as i64 + 1)))
            .collect();
        let du: Vec<R> = (0..half - 1)
            .map(|m| c[2 * m + 2].mul(&int(2 * m as i64 + 2)))
            .collect();
        let et: Vec<R> = (1..half).map(|m| c[2 * m].mul(&int(m as i64))).collect();
        let dt: Vec<R> = (1..half)
            .map(|m| c[2 * m + 1].mul(&int(m as i64)))
            .collect();
        let be: Vec<R> = (0..half).map(|m| b[2 * m].neg()).collect();
        let bo: Vec<R> = (0..half).map(|m| b[2 * m + 1].neg()).collect();
        Point {
            e: horner(&pick(&c, 0), tau),
            d: horner(&pick(&c, 1), tau),
            e_u: horner(&eu, tau),
            e_tau: horner(&et, tau),
            d_u: horner(&du, tau),
            d_tau: horner(&dt, tau),
            e_eta: horner(&be, tau),
            d_eta: horner(&bo, tau),
        }
    }

    fn tau(&self, x: &[R], i: usize) -> R {
        let t = &x[self.k];
        if i == 0 {
            t.clone()
        } else {
            t.mul(&x[self.k + i].sqr())
        }
    }

    fn residual(&self, x: &[R], eta: &R) -> Vec<R> {
        let k = self.k;
        let pts: Vec<Point> = (0..k)
            .map(|i| self.point(&x[i], &self.tau(x, i), eta))
            .collect();
        let mut r = Vec::with_capacity(2 * k);
        for (i, pt) in pts.iter().enumerate() {
            r.push(pt.e.sub(&x[(i + 1) % k]));
        }
        for (i, pt) in pts.iter().enumerate() {
            let dw = if i == 0 {
                pt.d.clone()
            } else {
                pt.d.mul(&x[k + i])
            };
            r.push(if i + 1 < k {
                dw.sub(&x[k + i + 1])
            } else {
                dw.add(&int(1))
            });
        }
        r
    }

    fn jacobian(&self, x: &[R], eta: &R) -> Vec<Vec<R>> {
        let k = self.k;
        let mut jac = vec![vec![int(0); 2 * k + 1]; 2 * k];
        let t = &x[k];
        for i in 0..k {
            let pt = self.point(&x[i], &self.tau(x, i), eta);
            let w = (i > 0).then(|| x[k + i].clone());
            let dtau_dt = w.as_ref().map(R::sqr);
            let dtau_dw = w.as_ref().map(|w| t.mul(w).mul(&int(2)));
            let row = &mut jac[i];
            row[i] = pt.e_u.clone();
            let next = (i + 1) % k;
            row[next] = row[next].sub(&int(1));
            row[k] = match &dtau_dt {
                None => pt.e_tau.clone(),
                Some(d) => pt.e_tau.mul(d),
            };
            if let Some(d) = &dtau_dw {
                row[k + i] = pt.e_tau.mul(d);
            }
            row[2 * k] = pt.e_eta.clone();
            let row = &mut jac[k + i];
            match (&w, &dtau_dt, &dtau_dw) {
                (Some(w), Some(dt), Some(dw)) => {
                    row[i] = pt.d_u.mul(w);
                    row[k] = pt.d_tau.mul(dt).mul(w);
                    row[k + i] = pt.d.add(&pt.d_tau.mul(dw).mul(w));
                    row[2 * k] = pt.d_eta.mul(w);
                }
                _ => {
                    row[i] = pt.d_u.clone();
                    row[k] = pt.d_tau.clone();
                    row[2 * k] = pt.d_eta.clone();
                }
            }
            if i + 1 < k {
                row[k + i + 1] = int(1).neg();
            }
        }
        jac
    }

    fn multipliers(&self, x: &[R], eta: &R) -> (R, R) {
        let mut along: Option<R> = None;
        let mut across: Option<R> = None;
        for i in 0..self.k {
            let tau = self.tau(x, i);
            let c = self.phi_taylor(&x[i], eta);
            let d: Vec<R> = (1..c.len()).map(|j| c[j].mul(&int(j as i64))).collect();
            let ql = horner(&pair_coefficients(&d), &tau);
            let qt = horner(
                &pair_coefficients(&self.transverse_taylor(&x[i], eta)),
                &tau,
            );
            along = Some(along.map_or(ql.clone(), |a| a.mul(&ql)));
            across = Some(across.map_or(qt.clone(), |a| a.mul(&qt)));
        }
        (
            along.unwrap_or_else(|| int(1)),
            across.unwrap_or_else(|| int(1)),
        )
    }

    fn split_end(&self, z: &[R]) -> (Vec<R>, R) {
        let k = self.k;
        let mut x = z[..k].to_vec();
        x.push(int(0));
        x.extend_from_slice(&z[k..2 * k - 1]);
        (x, z[2 * k - 1].clone())
    }

    fn end_residual(&self, z: &[R]) -> Vec<R> {
        let (x, eta) = self.split_end(z);
        self.residual(&x, &eta)
    }

    fn end_jacobian(&self, z: &[R]) -> Vec<Vec<R>> {
        let k = self.k;
        let (x, eta) = self.split_end(z);
        self.jacobian(&x, &eta)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .enumerate()
                    .filter(|(j, _)| *j != k)
                    .map(|(_, v)| v)
                    .collect()
            })
            .collect()
    }
}

fn only_keys(field: &str, v: &Value, keys: &[&str]) -> Result<(), CheckFailure> {
    let obj = v
        .as_object()
        .ok_or_else(|| rej(field, "expected an object"))?;
    match obj.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(rej(&format!("{field}.{k}"), "unknown field")),
        None => Ok(()),
    }
}

fn number(field: &str, v: &Value) -> Result<BigRational, CheckFailure> {
    let s = v.as_str().ok_or_else(|| rej(field, "expected a string"))?;
    if s.len() > MAX_NUMBER_CHARS {
        return Err(rej(
            field,
            format!("longer than {MAX_NUMBER_CHARS} characters"),
        ));
    }
    exact(field, s)
}

fn interval(field: &str, v: &Value) -> Result<R, CheckFailure> {
    only_keys(field, v, &["lo", "hi"])?;
    let lo = number(&format!("{field}.lo"), &v["lo"])?;
    let hi = number(&format!("{field}.hi"), &v["hi"])?;
    R::new(lo, hi).map_err(|e| rej(field, e.to_string()))
}

fn interval_vec(field: &str, v: &Value, n: usize) -> Result<Vec<R>, CheckFailure> {
    let arr = v
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| rej(field, format!("expected {n} intervals")))?;
    arr.iter()
        .enumerate()
        .map(|(i, e)| interval(&format!("{field}[{i}]"), e))
        .collect()
}

fn number_vec(field: &str, v: &Value, n: usize) -> Result<Vec<BigRational>, CheckFailure> {
    let arr = v
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| rej(field, format!("expected {n} numbers")))?;
    arr.iter()
        .enumerate()
        .map(|(i, e)| number(&format!("{field}[{i}]"), e))
        .collect()
}

/// Verify one Krawczyk step (`box`, `midpoint`, `preconditioner`) for F, J; returns (X, K(X)).
fn krawczyk(
    field: &str,
    v: &Value,
    n: usize,
    f: &dyn Fn(&[R]) -> Vec<R>,
    jac: &dyn Fn(&[R]) -> Vec<Vec<R>>,
) -> Result<(Vec<R>, Vec<R>), CheckFailure> {
    only_keys(field, v, &["box", "midpoint", "preconditioner"])?;
    let x = interval_vec(&format!("{field}.box"), &v["box"], n)?;
    let m = number_vec(&format!("{field}.midpoint"), &v["midpoint"], n)?;
    let rows = v["preconditioner"]
        .as_array()
        .filter(|a| a.len() == n)
        .ok_or_else(|| {
            rej(
                &format!("{field}.preconditioner"),
                format!("expected {n} rows"),
            )
        })?;
    let c: Vec<Vec<R>> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            number_vec(&format!("{field}.preconditioner[{i}]"), row, n)
                .map(|r| r.into_iter().map(R::point).collect())
        })
        .collect::<Result<_, _>>()?;
    for i in 0..n {
        if !x[i].contains(&m[i]) {
            return Err(rej(&format!("{field}.midpoint[{i}]"), "not inside the box"));
        }
    }
    let mp: Vec<R> = m.into_iter().map(R::point).collect();
    let fm = f(&mp);
    let jx = jac(&x);
    let k = super::period_two::krawczyk_image(&c, &fm, &jx, &x, &mp);
    for (i, acc) in k.iter().enumerate() {
        if !(acc.lo > x[i].lo && acc.hi < x[i].hi) {
            return Err(rej(
                &format!("{field}.box[{i}]"),
                "Krawczyk inclusion K(X) ⊂ int(X) fails",
            ));
        }
    }
    Ok((x, k))
}

fn meet(k: &[R], x: &[R]) -> Vec<R> {
    k.iter()
        .zip(x)
        .map(|(ki, xi)| R {
            lo: ki.lo.clone().max(xi.lo.clone()),
            hi: ki.hi.clone().min(xi.hi.clone()),
        })
        .collect()
}

fn strictly_inside_unit(r: &R) -> bool {
    r.lo > -BigRational::one() && r.hi < BigRational::one()
}

/// A stated multiplier: contains the recomputed one and lies inside (−1, 1).
fn stated_multiplier(field: &str, v: &Value, computed: &R) -> Result<(), CheckFailure> {
    let stated = interval(field, v)?;
    if !computed.is_subset_of(&stated) {
        return Err(rej(field, "does not contain the recomputed multiplier"));
    }
    if !strictly_inside_unit(&stated) {
        return Err(rej(field, "not inside (−1, 1)"));
    }
    Ok(())
}

fn bits_of(backend: &str) -> Result<u32, CheckFailure> {
    backend
        .strip_prefix("mpfr:")
        .and_then(|s| s.parse().ok())
        .filter(|b| (2..=65536).contains(b))
        .ok_or_else(|| rej("backend", "expected mpfr:BITS"))
}

/// Verify a window end of period n; returns the η enclosure claimed.
fn check_end(
    cert: &Certificate,
    v: &Value,
    idx: usize,
    n: usize,
    p: usize,
    y: &R,
    bits: u32,
) -> Result<R, CheckFailure> {
    let field = format!("evidence.window_ends[{idx}]");
    let keys: &[&str] = if n == 1 {
        &["period", "uniqueness", "tight", "enclosure"]
    } else {
        &[
            "period",
            "uniqueness",
            "tight",
            "enclosure",
            "transverse_multiplier",
        ]
    };
    only_keys(&field, v, keys)?;
    if v["period"].as_u64() != Some(n as u64) {
        return Err(rej(&format!("{field}.period"), format!("expected {n}")));
    }
    let sys = Cascade {
        p,
        y: y.clone(),
        k: n,
    };
    let f = |z: &[R]| sys.end_residual(z);
    let j = |z: &[R]| sys.end_jacobian(z);
    let (xu, _) = krawczyk(
        &format!("{field}.uniqueness"),
        &v["uniqueness"],
        2 * n,
        &f,
        &j,
    )?;
    if !xu[2 * n - 1].lo.is_positive() {
        return Err(rej(&format!("{field}.uniqueness.box"), "η > 0 not proved"));
    }
    if n >= 2 {
        let disjoint =
            (0..n / 2).any(|i| xu[i].hi < xu[i + n / 2].lo || xu[i + n / 2].hi < xu[i].lo);
        if !disjoint {
            return Err(rej(
                &format!("{field}.uniqueness.box"),
                "minimal period not proved (no u_i, u_{i+n/2} disjoint)",
            ));
        }
    }
    let (xt, kt) = krawczyk(&format!("{field}.tight"), &v["tight"], 2 * n, &f, &j)?;
    if (0..2 * n).any(|i| !xt[i].is_subset_of(&xu[i])) {
        return Err(rej(
            &format!("{field}.tight.box"),
            "not inside the uniqueness box",
        ));
    }
    let z = interval_vec(&format!("{field}.enclosure"), &v["enclosure"], 2 * n)?;
    let kx = meet(&kt, &xt);
    if (0..2 * n).any(|i| !kx[i].is_subset_of(&z[i])) {
        return Err(rej(
            &format!("{field}.enclosure"),
            "does not contain K(X) ∩ X of the tight box",
        ));
    }
    let eta = &z[2 * n - 1];
    if n >= 2 {
        let t = z[..n]
            .iter()
            .map(|u| sys.transverse_taylor(u, eta)[0].clone())
            .reduce(|a, b| a.mul(&b))
            .unwrap_or_else(|| int(1));
        stated_multiplier(
            &format!("{field}.transverse_multiplier"),
            &v["transverse_multiplier"],
            &t,
        )?;
    }
    let name = format!("eta_end_period_{n}");
    let q = format!("quantities.{name}");
    let Some(Quantity::Enclosure(e)) = cert.quantities.get(&name) else {
        return Err(rej(&q, "missing enclosure"));
    };
    let claimed = enclosure(&q, e)?;
    if !eta.is_subset_of(&claimed) {
        return Err(rej(&q, "does not contain the recomputed enclosure"));
    }
    let mag = eta.lo.abs().max(eta.hi.abs());
    let slack = mag * BigRational::new(BigInt::one(), BigInt::from(2).pow(bits.saturating_sub(8)));
    if claimed.width() > eta.width() * BigRational::from_integer(16.into()) + slack {
        return Err(rej(&q, "much wider than the recomputed enclosure"));
    }
    Ok(claimed)
}

/// Verify one cell; returns (period, η interval).
fn check_cell(
    v: &Value,
    idx: usize,
    p: usize,
    y: &R,
    max_period: usize,
) -> Result<(usize, R), CheckFailure> {
    let field = format!("evidence.cells[{idx}]");
    let period = v["period"]
        .as_u64()
        .map(|n| n as usize)
        .filter(|n| n.is_power_of_two() && *n <= max_period)
        .ok_or_else(|| {
            rej(
                &format!("{field}.period"),
                "expected a power of two ≤ max_period",
            )
        })?;
    let eta = interval(&format!("{field}.eta"), &v["eta"])?;
    if eta.lo >= eta.hi || !eta.lo.is_positive() {
        return Err(rej(&format!("{field}.eta"), "need 0 < lo < hi"));
    }
    if period == 1 {
        only_keys(&field, v, &["period", "eta"])?;
        let pq = BigRational::from_integer(BigInt::from(p));
        let lhs = num_traits::pow(&eta.hi * pq, p) * num_traits::pow(y.lo.clone(), 2 * p - 2);
        if lhs >= BigRational::from_integer(BigInt::from(2).pow(p as u32)) {
            return Err(rej(&format!("{field}.eta.hi"), "ηλ* < 2 fails"));
        }
        return Ok((1, eta));
    }
    only_keys(
        &field,
        v,
        &[
            "period",
            "eta",
            "krawczyk",
            "multiplier_along",
            "multiplier_transverse",
        ],
    )?;
    let k = period / 2;
    let sys = Cascade { p, y: y.clone(), k };
    let f = |x: &[R]| sys.residual(x, &eta);
    let j = |x: &[R]| -> Vec<Vec<R>> {
        sys.jacobian(x, &eta)
            .into_iter()
            .map(|mut r| {
                r.truncate(2 * k);
                r
            })
            .collect()
    };
    let (x, kx) = krawczyk(&format!("{field}.krawczyk"), &v["krawczyk"], 2 * k, &f, &j)?;
    if !x[k].lo.is_positive() {
        return Err(rej(
            &format!("{field}.krawczyk.box[{k}]"),
            "t > 0 not proved",
        ));
    }
    let z = meet(&kx, &x);
    let (along, across) = sys.multipliers(&z, &eta);
    stated_multiplier(
        &format!("{field}.multiplier_along"),
        &v["multiplier_along"],
        &along,
    )?;
    stated_multiplier(
        &format!("{field}.multiplier_transverse"),
        &v["multiplier_transverse"],
        &across,
    )?;
    Ok((period, eta))
}

fn exact_quantity(cert: &Certificate, name: &str, value: &BigRational) -> Result<(), CheckFailure> {
    let q = format!("quantities.{name}");
    let Some(Quantity::Enclosure(e)) = cert.quantities.get(name) else {
        return Err(rej(&q, "missing"));
    };
    let claimed = enclosure(&q, e)?;
    if &claimed.lo != value || &claimed.hi != value {
        return Err(rej(&q, format!("expected exactly {value}")));
    }
    Ok(())
}

/// Check a `regime-map` certificate.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failed check.
pub fn check(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    check_map(cert, inputs, None)
}

/// Re-verify a partial certificate (one shard of a map, `evidence.shard`, `verified: false`):
/// the window ends, every cell it lists, that its cells are sorted and disjoint inside the range,
/// its `cells` and `covered_fraction` (of its own cells) — everything but the coverage of the
/// windows, which only the merged map can show. So the shards of a map can be checked in
/// parallel; the merged certificate is checked as any map.
///
/// # Errors
/// [`CheckFailure::Rejected`] naming the first failing field.
pub fn check_partial(cert: &Certificate, inputs: &Inputs) -> Result<Vec<String>, CheckFailure> {
    let sh = &cert.evidence["shard"];
    only_keys("evidence.shard", sh, &["index", "count", "undetermined"])?;
    let (Some(i), Some(n)) = (sh["index"].as_u64(), sh["count"].as_u64()) else {
        return Err(rej("evidence.shard", "integer index and count"));
    };
    if n == 0 || i >= n {
        return Err(rej("evidence.shard", "need 0 ≤ index < count"));
    }
    let prefix = format!("partial: shard {i}/{n}");
    if cert.verified || !cert.reason.starts_with(&prefix) {
        return Err(rej(
            "reason",
            format!("a partial certificate is not verified and its reason starts {prefix:?}"),
        ));
    }
    let expected = cert.evidence["max_period"]
        .as_u64()
        .filter(|k| k.is_power_of_two())
        .map(|k| k.trailing_zeros() as usize + 1);
    let ends = cert.evidence["window_ends"].as_array().map(Vec::len);
    if expected.is_none() || ends != expected {
        // The shard's window ends failed (said in the reason): nothing to re-verify.
        return Ok(vec![format!(
            "{prefix}: not all window ends proved (reason: {:?}); fields parse",
            cert.reason
        )]);
    }
    check_map(cert, inputs, Some((i, n)))
}

/// The checked header of a map: depth, precision, range, gap and periods.
struct Header {
    p: usize,
    bits: u32,
    range: R,
    gap: BigRational,
    max_period: usize,
    periods: Vec<usize>,
}

/// Step 1: the model, the inputs, the evidence keys, method, range, gap and periods, and the
/// quantity names.
fn check_header(
    cert: &Certificate,
    inputs: &Inputs,
    shard: Option<(u64, u64)>,
) -> Result<Header, CheckFailure> {
    let Model::Factorisation { depth: p } = inputs.model else {
        return Err(rej("model.kind", "regime-map needs a factorisation model"));
    };
    if p > MAX_DEPTH {
        return Err(rej("model.depth", format!("at most {MAX_DEPTH}")));
    }
    if inputs.eta.is_some() || !inputs.init.is_empty() {
        return Err(rej("eta", "a regime map has no single η or start"));
    }
    let bits = bits_of(&cert.backend)?;
    let ev = &cert.evidence;
    if shard.is_none() && ev.get("shard").is_some() {
        return Err(rej(
            "evidence.shard",
            "a partial certificate (one shard of a map) never claims verification; merge the shards",
        ));
    }
    only_keys(
        "evidence",
        ev,
        &[
            "method",
            "eta_range",
            "gap",
            "max_period",
            "window_ends",
            "cells",
            "max_cell_width",
            if shard.is_some() { "shard" } else { "cells" },
        ],
    )?;
    if ev["method"] != "parametric-krawczyk" {
        return Err(rej("evidence.method", "expected \"parametric-krawczyk\""));
    }
    let range = interval("evidence.eta_range", &ev["eta_range"])?;
    if !range.lo.is_positive() || range.lo >= range.hi {
        return Err(rej("evidence.eta_range", "need 0 < lo < hi"));
    }
    let gap = number("evidence.gap", &ev["gap"])?;
    if !gap.is_positive() || gap > BigRational::new(1.into(), 10.into()) {
        return Err(rej("evidence.gap", "must lie in (0, 1/10]"));
    }
    let max_period = ev["max_period"]
        .as_u64()
        .map(|n| n as usize)
        .filter(|n| n.is_power_of_two() && *n <= MAX_PERIOD)
        .ok_or_else(|| {
            rej(
                "evidence.max_period",
                format!("a power of two ≤ {MAX_PERIOD}"),
            )
        })?;
    let periods: Vec<usize> = (0..=max_period.trailing_zeros())
        .map(|j| 1usize << j)
        .collect();
    let mut known: Vec<String> = periods
        .iter()
        .map(|n| format!("eta_end_period_{n}"))
        .collect();
    known.push("covered_fraction".into());
    known.push("cells".into());
    let known_ref: Vec<&str> = known.iter().map(String::as_str).collect();
    only_known_quantities(cert, &known_ref)?;
    Ok(Header {
        p,
        bits,
        range,
        gap,
        max_period,
        periods,
    })
}

/// Step 2: every window end ([`check_end`]), increasing.
fn check_ends(cert: &Certificate, h: &Header, y: &R) -> Result<Vec<R>, CheckFailure> {
    let ends_v = cert.evidence["window_ends"]
        .as_array()
        .filter(|a| a.len() == h.periods.len())
        .ok_or_else(|| {
            rej(
                "evidence.window_ends",
                format!("expected {} ends", h.periods.len()),
            )
        })?;
    let mut ends = Vec::new();
    for (i, (v, &n)) in ends_v.iter().zip(&h.periods).enumerate() {
        let e = check_end(cert, v, i, n, h.p, y, h.bits)?;
        if ends.last().is_some_and(|prev: &R| prev.hi >= e.lo) {
            return Err(rej(
                &format!("quantities.eta_end_period_{n}"),
                "window ends must increase",
            ));
        }
        ends.push(e);
    }
    Ok(ends)
}

/// Step 3: the caps on the cells (count, Σ period³), then every cell ([`check_cell`]).
fn check_cells(cert: &Certificate, h: &Header, y: &R) -> Result<Vec<(usize, R)>, CheckFailure> {
    let cells_v = cert.evidence["cells"]
        .as_array()
        .filter(|a| a.len() <= MAX_CELLS)
        .ok_or_else(|| {
            rej(
                "evidence.cells",
                format!("expected at most {MAX_CELLS} cells"),
            )
        })?;
    let work: u64 = cells_v
        .iter()
        .map(|c| {
            c["period"]
                .as_u64()
                .unwrap_or(0)
                .min(MAX_PERIOD as u64)
                .pow(3)
        })
        .sum();
    if work > MAX_WORK {
        return Err(rej(
            "evidence.cells",
            format!("Σ period³ = {work} exceeds {MAX_WORK}"),
        ));
    }
    let mut cells = Vec::with_capacity(cells_v.len());
    for (i, v) in cells_v.iter().enumerate() {
        cells.push(check_cell(v, i, h.p, y, h.max_period)?);
    }
    Ok(cells)
}

/// Step 5: `max_cell_width` (if given) bounds every cell of period ≥ 2; `covered_fraction`
/// and `cells` exactly.
fn check_totals(cert: &Certificate, h: &Header, cells: &[(usize, R)]) -> Result<(), CheckFailure> {
    if let Some(w) = cert.evidence.get("max_cell_width") {
        let w = number("evidence.max_cell_width", w)?;
        if let Some(i) = cells.iter().position(|(n, e)| *n >= 2 && e.width() > w) {
            return Err(rej(
                &format!("evidence.cells[{i}].eta"),
                "wider than max_cell_width",
            ));
        }
    }
    let total = cells
        .iter()
        .fold(BigRational::zero(), |a, (_, e)| a + e.width());
    exact_quantity(cert, "covered_fraction", &(total / h.range.width()))?;
    exact_quantity(
        cert,
        "cells",
        &BigRational::from_integer(BigInt::from(cells.len())),
    )
}

/// A whole map or one shard of it: [`check_header`], [`check_ends`], [`check_cells`], cells
/// sorted ([`check_sorted`]) and, for a whole map, covering the windows ([`check_coverage`]),
/// then [`check_totals`].
fn check_map(
    cert: &Certificate,
    inputs: &Inputs,
    shard: Option<(u64, u64)>,
) -> Result<Vec<String>, CheckFailure> {
    let h = check_header(cert, inputs, shard)?;
    let y = R::point(inputs.target.clone());
    let ends = check_ends(cert, &h, &y)?;
    let cells = check_cells(cert, &h, &y)?;
    check_sorted(&cells, &h.range)?;
    if shard.is_none() {
        check_coverage(&cells, &ends, &h.periods, &h.range, &h.gap)?;
    }
    check_totals(cert, &h, &cells)?;
    if let Some((i, n)) = shard {
        return Ok(vec![format!(
            "partial: shard {i}/{n}: {} window ends and the shard's {} cells re-verified; the \
             coverage of the windows is checked on the merged map",
            ends.len(),
            cells.len()
        )]);
    }
    Ok(vec![format!(
        "p = {}: {} window ends (periods 1…{}) re-verified by Krawczyk in (u, w, η); {} cells re-verified by parametric Krawczyk with both multipliers in (−1, 1); coverage up to the gap checked exactly",
        h.p,
        ends.len(),
        h.max_period,
        cells.len()
    )])
}

/// Cells sorted, disjoint, inside the range.
fn check_sorted(cells: &[(usize, R)], range: &R) -> Result<(), CheckFailure> {
    for (i, (_, e)) in cells.iter().enumerate() {
        if e.lo < range.lo || e.hi > range.hi {
            return Err(rej(
                &format!("evidence.cells[{i}].eta"),
                "outside eta_range",
            ));
        }
        if i > 0 && cells[i - 1].1.hi > e.lo {
            return Err(rej(
                &format!("evidence.cells[{i}].eta"),
                "cells not sorted and disjoint",
            ));
        }
    }
    Ok(())
}

/// Each window's chain of cells contiguous and within `gap` of the window's ends.
fn check_coverage(
    cells: &[(usize, R)],
    ends: &[R],
    periods: &[usize],
    range: &R,
    gap: &BigRational,
) -> Result<(), CheckFailure> {
    for (w, &n) in periods.iter().enumerate() {
        let lower = if w == 0 {
            range.lo.clone()
        } else {
            range.lo.clone().max(ends[w - 1].hi.clone())
        };
        let upper = range.hi.clone().min(ends[w].lo.clone());
        let chain: Vec<&R> = cells
            .iter()
            .filter(|(m, _)| *m == n)
            .map(|(_, e)| e)
            .collect();
        let field = format!("evidence.cells (period {n})");
        if lower >= upper {
            continue;
        }
        let (Some(first), Some(last)) = (chain.first(), chain.last()) else {
            if &upper - &lower > gap + gap {
                return Err(rej(&field, "window not covered"));
            }
            continue;
        };
        if chain.windows(2).any(|c| c[0].hi != c[1].lo) {
            return Err(rej(&field, "cells of the window are not contiguous"));
        }
        if &first.lo - &lower > *gap || &upper - &last.hi > *gap {
            return Err(rej(
                &field,
                "the uncovered part at a window end exceeds gap",
            ));
        }
    }
    Ok(())
}
