//! The all-time trapping region of the critical claim for the depth-p factorisation
//! (`y = 1`, `η = η_crit = 2/p`, p ≥ 3): its lemma and its re-verification in exact rational
//! arithmetic. The field is built by [`super::depth_field`] (its module docs state the
//! coordinates `U = t·r²`, `W = t·Σ_k(θ_k − θ̄)²` and the Taylor-model bound).
//!
//! # The statement
//! Over two steps `U'' = U + σ²·F_U`, `W'' = W + σ²·F_W` with `σ² = 1/t` and, for every state in
//! the domain `D` (below) and every `σ ∈ (0, σ₀]`,
//!
//! ```text
//! F_U ∈ U·(h_U(ρ, W) + [−E_U, E_U]),    F_W ∈ h_W(ρ, W) + [−E_W, E_W],    ρ = ±√U,
//! ```
//!
//! `h_U, h_W` the exact averaged field, `E_U, E_W` the proved Taylor-model bounds. The lemma of
//! [`super::trapping`] (tests `O`, `I`, `D` on the boxes of a subdivision of `bbox ⊇ R`,
//! `R = {V ≤ δ²}`, `V = eᵀPe`) applies verbatim with these enclosures of `F`. Here `D`'s
//! decrease is evaluated as `2·fᵀ(P·e) + σ²·fᵀPf` (each component of the forcing enters once)
//! and `h₁` as `h₁,even + ρ·h₁,odd` (one factor `ρ` for every odd ρ-power): the same values,
//! tighter enclosures.
//!
//! # The domain and μ
//! `D = {|ρ| ≤ ρ̄, |ξ_k| ≤ ξ̄, μ ∈ [μ_lo, μ_hi], 0 ≤ σ ≤ σ₀}` with `ρ̄ = √U_hi`,
//! `ξ̄ = √(W_hi·(p−1)/p)` (a zero-sum vector with `Σξ_k² = W` has `ξ_k² ≤ W(p−1)/p`), so every
//! state of `bbox` has its `ρ` and `ξ` in `D`. For `μ`: the checker requires
//! `σ₀(ρ̄/p + (p−1)ξ̄) + σ₀²·C(p,2)(ρ̄/p + (p−1)ξ̄)²/p + σ₀³·max|μ| ≤ 1/2` (so `θ_k(μ) > 0` for
//! `μ ∈ [μ_lo, μ_hi]`), `2σ₀ξ̄ ≤ 1/2` and `σ₀ρ̄ ≤ 1/2` (so the true state has every `θ_k > 0`:
//! otherwise all `θ_j ≤ 2σξ̄` and `|∏θ| ≤ 2^{−p} < 1 − σρ`), and `g(μ_lo) < 0 < g(μ_hi)` on `D`
//! for the constraint polynomial `g` of [`super::depth_field::mu_poly`]. Since `∂g/∂μ =
//! Σ_k∏_{j≠k}θ_j > 0` on the segment between the true `μ` and `μ_lo` or `μ_hi` (where every
//! `θ_k > 0`), the true `μ` lies in `[μ_lo, μ_hi]`.
//!
//! # The reported ranges
//! At even offsets from `T₀` the state is in `R ⊂ bbox`; at odd ones it is one step on:
//! `U_{t+1} = U·K²(1 + σ²)`, `W_{t+1} = (1 + σ²)Σ_kΔ'_k²`. Hence for all `t ≥ T₀`:
//! `t·ℓ = U/2`, `t·Σ_k(θ_k − θ̄)² = W` and `t·‖θ − 1‖² = p·t(θ̄ − 1)² + W` lie in the hulls of
//! the even and odd ranges (all evaluated on `bbox` with the `E` bounds).
//!
//! # The certificate's evidence (`evidence.all_time_depth`)
//! `t0`, `depth`, `sigma` (σ₀), `mu` (`[μ_lo, μ_hi]`), `center`, `p`, `delta2`, `bbox`, `tree`,
//! `leaves` — as in [`super::trapping`].

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::depth_field::{self, Domain, Field, Reduced};
use super::exact;
use super::interval::{RatInterval, Rounded};
use super::trapping::{BITS, MAX_DEPTH, MAX_TREE, Region, split, sqrt_up};

type R = RatInterval;

/// `evidence.all_time_depth` (its type: [`crate::evidence::AllTimeDepth`]).
pub use crate::evidence::AllTimeDepth as Evidence;

/// The ranges proved for all `t ≥ T₀`.
#[derive(Clone, Debug)]
pub struct Ranges {
    /// `t·ℓ(θ_t)`.
    pub t_loss: R,
    /// `t·‖θ_t − 1‖²`.
    pub t_dist2: R,
    /// `t·Σ_k(θ_k − θ̄)²` (the tangential drift).
    pub t_w: R,
}

/// The domain of the Taylor models for a `bbox` (module docs).
pub fn domain(
    p: usize,
    sigma0: &BigRational,
    bbox: &[[BigRational; 2]; 2],
    mu: &[BigRational; 2],
) -> Domain {
    let pr = BigRational::from_integer(BigInt::from(p));
    Domain {
        p,
        sigma0: sigma0.clone(),
        rho: sqrt_up(&bbox[0][1]),
        xi: sqrt_up(&(&bbox[1][1] * (&pr - BigRational::one()) / &pr)),
        mu: mu.clone(),
    }
}

struct Eval {
    rd: Rounded,
    region: Region,
    field: Field,
}

impl Eval {
    fn c(&self, x: &BigRational) -> R {
        self.rd.constant(x)
    }

    /// `c·ρ^i·W^j` on the box (`ρ = ±√U` when `i` is odd).
    fn mono(&self, c: &BigRational, i: u32, j: u32, u: &R, w: &R, rho: &R) -> R {
        let mut x = self.c(c);
        for _ in 0..i / 2 {
            x = self.rd.mul(&x, u);
        }
        if i % 2 == 1 {
            x = self.rd.mul(&x, rho);
        }
        for _ in 0..j {
            x = self.rd.mul(&x, w);
        }
        x
    }

    /// A reduced quantity on the box `U × W`: `h₀ + [0, σ₀]·h₁ + [−E, E]` with
    /// `e₃ ∈ κ·W·[−√W, √W]` in `h₁` and `h₁ = h₁,even + ρ·h₁,odd` (ρ factored out of the
    /// odd ρ-powers), `ρ ∈ [−√U, √U]`.
    fn reduced(&self, q: &Reduced, u: &R, w: &R) -> R {
        let rb = sqrt_up(&u.hi);
        let rho = R {
            lo: -rb.clone(),
            hi: rb,
        };
        let mut sum = R::from_int(0);
        for ((i, j), c) in &q.h0 {
            sum = self.rd.add(&sum, &self.mono(c, *i, *j, u, w, &rho));
        }
        let e3 = &q.kappa * sqrt_up(&w.hi);
        let e3 = self.rd.mul(
            w,
            &R {
                lo: -e3.clone(),
                hi: e3,
            },
        );
        // h₁ = even + ρ·odd: the odd ρ-powers share one factor ρ (one real number), so their
        // signs are not decorrelated.
        let (mut s1, mut odd) = (R::from_int(0), R::from_int(0));
        for ((i, j, k), c) in &q.h1 {
            let mut x = self.mono(c, i - i % 2, *j, u, w, &rho);
            if *k == 1 {
                x = self.rd.mul(&x, &e3);
            }
            if i % 2 == 1 {
                odd = self.rd.add(&odd, &x);
            } else {
                s1 = self.rd.add(&s1, &x);
            }
        }
        s1 = self.rd.add(&s1, &self.rd.mul(&rho, &odd));
        let sig = R {
            lo: BigRational::zero(),
            hi: self.region.sigma.clone(),
        };
        sum = self.rd.add(&sum, &self.rd.mul(&sig, &s1));
        let e = self.c(&q.err);
        self.rd.add(
            &sum,
            &R {
                lo: -e.hi.clone(),
                hi: e.hi,
            },
        )
    }

    fn f(&self, u: &R, w: &R) -> [R; 2] {
        [
            self.rd.mul(u, &self.reduced(&self.field.hu, u, w)),
            self.reduced(&self.field.hw, u, w),
        ]
    }

    fn offset(&self, u: &R, w: &R) -> [R; 2] {
        [
            self.rd.sub(u, &self.c(&self.region.center[0])),
            self.rd.sub(w, &self.c(&self.region.center[1])),
        ]
    }

    fn form(&self, a: &[R; 2], b: &[R; 2]) -> R {
        let [p11, p12, p22] = self.region.p.each_ref().map(|x| self.c(x));
        let rd = &self.rd;
        let pb0 = rd.add(&rd.mul(&p11, &b[0]), &rd.mul(&p12, &b[1]));
        let pb1 = rd.add(&rd.mul(&p12, &b[0]), &rd.mul(&p22, &b[1]));
        rd.add(&rd.mul(&a[0], &pb0), &rd.mul(&a[1], &pb1))
    }

    fn v(&self, u: &R, w: &R) -> R {
        let [eu, ew] = self.offset(u, w);
        let rd = &self.rd;
        let [p11, p12, p22] = self.region.p.each_ref().map(|x| self.c(x));
        let cross = rd.mul(&rd.mul(&p12, &R::from_int(2)), &rd.mul(&eu, &ew));
        rd.add(
            &rd.add(&rd.mul(&p11, &rd.sqr(&eu)), &cross),
            &rd.mul(&p22, &rd.sqr(&ew)),
        )
    }

    fn sigma2(&self) -> R {
        R {
            lo: BigRational::zero(),
            hi: self.c(&(&self.region.sigma * &self.region.sigma)).hi,
        }
    }

    fn leaf(&self, code: char, u: &R, w: &R) -> Result<(), String> {
        let d2 = &self.region.delta2;
        match code {
            'O' => (&self.v(u, w).lo > d2)
                .then_some(())
                .ok_or_else(|| "an O leaf meets the region".to_string()),
            'I' => {
                let f = self.f(u, w);
                let s2 = self.sigma2();
                let u2 = self.rd.add(u, &self.rd.mul(&s2, &f[0]));
                let w2 = self.rd.add(w, &self.rd.mul(&s2, &f[1]));
                (&self.v(&hull(u, &u2), &hull(w, &w2)).hi <= d2)
                    .then_some(())
                    .ok_or_else(|| "an I leaf's image may leave the region".to_string())
            }
            'D' => {
                let f = self.f(u, w);
                let e = self.offset(u, w);
                let lin = self.rd.mul(&R::from_int(2), &self.form(&f, &e));
                let d = self
                    .rd
                    .add(&lin, &self.rd.mul(&self.sigma2(), &self.form(&f, &f)));
                d.hi.is_negative()
                    .then_some(())
                    .ok_or_else(|| "a D leaf's decrease of V is not proved".to_string())
            }
            other => Err(format!("unknown leaf code {other:?}")),
        }
    }
}

fn hull(a: &R, b: &R) -> R {
    R {
        lo: a.lo.clone().min(b.lo.clone()),
        hi: a.hi.clone().max(b.hi.clone()),
    }
}

fn parse(ev: &Evidence) -> Result<(Region, [BigRational; 2]), String> {
    let q = |name: &str, s: &str| {
        if s.len() > 4096 {
            return Err(format!("{name}: number too long"));
        }
        exact(name, s).map_err(|e| e.to_string())
    };
    let region = Region {
        t0: ev.t0,
        sigma: q("sigma", &ev.sigma)?,
        center: [
            q("center[0]", &ev.center[0])?,
            q("center[1]", &ev.center[1])?,
        ],
        p: [
            q("p[0]", &ev.p[0])?,
            q("p[1]", &ev.p[1])?,
            q("p[2]", &ev.p[2])?,
        ],
        delta2: q("delta2", &ev.delta2)?,
        bbox: [
            [
                q("bbox[0][0]", &ev.bbox[0][0])?,
                q("bbox[0][1]", &ev.bbox[0][1])?,
            ],
            [
                q("bbox[1][0]", &ev.bbox[1][0])?,
                q("bbox[1][1]", &ev.bbox[1][1])?,
            ],
        ],
    };
    let mu = [q("mu[0]", &ev.mu[0])?, q("mu[1]", &ev.mu[1])?];
    Ok((region, mu))
}

/// Verify the region against the state box `(U, W)` at `T₀` and return the proved ranges.
///
/// # Errors
/// The first condition that fails (module docs).
pub fn check(ev: &Evidence, u_t0: &R, w_t0: &R) -> Result<Ranges, String> {
    if ev.tree.len() > MAX_TREE {
        return Err(format!("tree longer than {MAX_TREE} characters"));
    }
    if !(3..=depth_field::MAX_P).contains(&ev.depth) {
        return Err(format!("depth must lie in 3..={}", depth_field::MAX_P));
    }
    let (region, mu) = parse(ev)?;
    region.check_shape(false)?;
    if region.bbox[1][0].is_negative() {
        return Err("bbox must have W_lo ≥ 0".into());
    }
    let d = domain(ev.depth, &region.sigma, &region.bbox, &mu);
    depth_field::check_mu(&d)?;
    let field = depth_field::build(&d)?;
    let eval = Eval {
        rd: Rounded::new(Some(BITS)),
        region,
        field,
    };
    if eval.v(u_t0, w_t0).hi > eval.region.delta2 {
        return Err("the state at t0 does not lie in the region".into());
    }
    let mut chars = ev.tree.chars();
    let mut stack = vec![(eval.region.bbox.clone(), 0usize)];
    let mut leaves = 0usize;
    while let Some((b, depth)) = stack.pop() {
        let code = chars.next().ok_or("tree ends early")?;
        if code == 'S' {
            if depth >= MAX_DEPTH {
                return Err(format!("tree deeper than {MAX_DEPTH}"));
            }
            let (l, r) = split(&b);
            stack.push((r, depth + 1));
            stack.push((l, depth + 1));
            continue;
        }
        let u = R::new(b[0][0].clone(), b[0][1].clone()).map_err(|e| e.to_string())?;
        let w = R::new(b[1][0].clone(), b[1][1].clone()).map_err(|e| e.to_string())?;
        eval.leaf(code, &u, &w)
            .map_err(|e| format!("leaf {leaves}: {e}"))?;
        leaves += 1;
    }
    if chars.next().is_some() {
        return Err("tree has trailing characters".into());
    }
    if leaves != ev.leaves {
        return Err(format!(
            "tree has {leaves} leaves, evidence says {}",
            ev.leaves
        ));
    }
    let [bu, bw] = &eval.region.bbox;
    let u = R::new(bu[0].clone(), bu[1].clone()).map_err(|e| e.to_string())?;
    let w = R::new(bw[0].clone(), bw[1].clone()).map_err(|e| e.to_string())?;
    let f = &eval.field;
    let rd = &eval.rd;
    let u1 = rd.mul(&u, &eval.reduced(&f.one_u, &u, &w));
    let w1 = eval.reduced(&f.one_w, &u, &w);
    let half = eval.c(&BigRational::new(1.into(), 2.into()));
    let d0 = rd.add(&eval.reduced(&f.dist_even, &u, &w), &w);
    let d1 = rd.add(&eval.reduced(&f.dist_odd, &u, &w), &w1);
    Ok(Ranges {
        t_loss: rd.mul(&hull(&u, &u1), &half),
        t_dist2: hull(&d0, &d1),
        t_w: hull(&w, &w1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    /// Exact GD for ∏θ at η = 2/p, independent of the field.
    fn gd(th: &[BigRational]) -> Vec<BigRational> {
        let p = th.len();
        let eta = q(2, p as i64);
        let prod: BigRational = th.iter().product();
        let r = &prod - BigRational::one();
        (0..p)
            .map(|i| {
                let pi: BigRational = (0..p).filter(|&j| j != i).map(|j| th[j].clone()).product();
                &th[i] - &eta * &r * pi
            })
            .collect()
    }

    fn uw(th: &[BigRational], t: i64) -> (BigRational, BigRational, BigRational) {
        let p = th.len() as i64;
        let tt = q(t, 1);
        let r = th.iter().product::<BigRational>() - BigRational::one();
        let m = th.iter().sum::<BigRational>() / q(p, 1);
        let w: BigRational = th.iter().map(|x| (x - &m) * (x - &m)).sum();
        let d: BigRational = th
            .iter()
            .map(|x| (x - BigRational::one()) * (x - BigRational::one()))
            .sum();
        (&tt * &r * &r, &tt * w, tt * d)
    }

    fn eval_for(p: usize) -> Eval {
        let sigma = q(1, 1000);
        let bbox = [[q(1, 10), q(4, 1)], [q(0, 1), q(4, 1)]];
        let mu = (0..=8)
            .map(|j| {
                let b = q(1 << j, 1);
                [-b.clone(), b]
            })
            .find(|mu| depth_field::check_mu(&domain(p, &sigma, &bbox, mu)).is_ok())
            .unwrap();
        let field = depth_field::build(&domain(p, &sigma, &bbox, &mu)).unwrap();
        Eval {
            rd: Rounded::new(Some(BITS)),
            region: Region {
                t0: 1_000_000,
                sigma,
                center: [q(1, 1), q(1, 1)],
                p: [q(1, 1), q(0, 1), q(1, 1)],
                delta2: q(1, 1),
                bbox,
            },
            field,
        }
    }

    /// `(U'' − U)/σ² ∈ U·H_U`, `(W'' − W)/σ² ∈ H_W` and the one-step and distance ranges, at
    /// exact states with t = 10⁶, against exact rational GD.
    fn encloses(e: &Eval, starts: &[Vec<BigRational>]) -> bool {
        let t = 1_000_000i64;
        let s2 = q(1, t);
        let pt = |x: &BigRational| R::point(x.clone());
        starts.iter().all(|th0| {
            let (u, w, d) = uw(th0, t);
            let th1 = gd(th0);
            let th2 = gd(&th1);
            let (u1, w1, d1) = uw(&th1, t + 1);
            let (u2, w2, _) = uw(&th2, t + 2);
            let f = &e.field;
            let (ui, wi) = (pt(&u), pt(&w));
            let hu = e.rd.mul(&ui, &e.reduced(&f.hu, &ui, &wi));
            let hw = e.reduced(&f.hw, &ui, &wi);
            let ou = e.rd.mul(&ui, &e.reduced(&f.one_u, &ui, &wi));
            let ow = e.reduced(&f.one_w, &ui, &wi);
            let de = e.rd.add(&e.reduced(&f.dist_even, &ui, &wi), &wi);
            let dodd = e.rd.add(&e.reduced(&f.dist_odd, &ui, &wi), &pt(&w1));
            hu.contains(&((&u2 - &u) / &s2))
                && hw.contains(&((&w2 - &w) / &s2))
                && ou.contains(&u1)
                && ow.contains(&w1)
                && de.contains(&d)
                && dodd.contains(&d1)
        })
    }

    fn starts(p: usize) -> Vec<Vec<BigRational>> {
        // θ_k = 1 + v_k/10⁴ (so ρ ≈ Σv/10 and ξ = (v − mean v)/10 at σ = 10⁻³).
        let pats: [&[i64]; 3] = [&[13, -4, 5, 2], &[-9, 11, 2, -6], &[7, 7, -12, 0]];
        pats.iter()
            .map(|v| (0..p).map(|k| q(10_000 + v[k], 10_000)).collect())
            .collect()
    }

    #[test]
    fn field_encloses_exact_two_step_gd() {
        for p in [3usize, 4] {
            let e = eval_for(p);
            assert!(encloses(&e, &starts(p)), "p = {p}");
        }
    }

    #[test]
    fn the_averaged_part_alone_does_not_enclose_gd() {
        // A deliberately broken field (σ¹ part and remainder dropped) misses exact GD: the
        // Taylor-model terms are needed.
        let mut e = eval_for(3);
        for r in [&mut e.field.hu, &mut e.field.hw] {
            r.h1.clear();
            r.err = BigRational::zero();
        }
        assert!(!encloses(&e, &starts(3)));
    }
}
