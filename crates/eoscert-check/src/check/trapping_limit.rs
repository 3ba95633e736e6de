//! The limit of `t·ℓ(θ_t)` for the depth-p factorisation at η_crit (`y = 1`, `η = 2/p`): a
//! trapping region that **shrinks like σ = 1/√t** around the exact fixed point of the averaged
//! field, and its re-verification in exact rational arithmetic. The field and its Taylor-model
//! bounds are those of [`super::depth_field`] (coordinates `U = t·r²`, `W = t·Σ_k(θ_k − θ̄)²`);
//! the constant region of [`super::trapping_depth`] is the same idea without the rescaling.
//!
//! # The statement
//! Write `X = (U, W)`, `c = (U*, W*)` and `ζ_t = (X_t − c)/σ_t`, `σ_t = 1/√t`. Over two steps
//! `X_{t+2} = X_t + σ²F(X_t, σ)` with `F = (U·H_U, H_W)` and, on the domain `D`,
//! `H ∈ h₀ + σ·h₁ + [−E(σ), E(σ)]`. Every term of `E` carries a factor `σ^s`, `s ≥ 1`, so
//! `E(σ) ≤ (σ/σ₀)·E` for `σ ≤ σ₀` (`E` the bound of [`super::depth_field::build`] over
//! `(0, σ₀]`). The checker requires `F₀(c) = 0` **exactly** (`F₀ = (U·h₀_U, h₀_W)`, the averaged
//! field). Then, by Taylor's theorem on the segment from `c` to `c + σζ`,
//!
//! ```text
//! F(c + σζ, σ)/σ ∈ G(ζ, σ) := A·ζ + (σ/2)·(ζᵀ D²F₀,ₖ(X_box) ζ)ₖ
//!                              + (U·(h₁_U + [−E_U, E_U]/σ₀), h₁_W + [−E_W, E_W]/σ₀)
//! ```
//!
//! with `A = DF₀(c)` exact, the Hessians enclosed on `X_box ∋ c + sσζ` (`s ∈ [0, 1]`), and
//! `ζ_{t+2} = √(1 + 2σ²)·(ζ_t + σ²·G)` since `σ_t/σ_{t+2} = √(1 + 2σ²)`. The region is the
//! ellipse `R = {ζ : V(ζ) = ζᵀPζ ≤ δ²}`; a bisection of `zbox ⊇ R` whose every box `Z`, for all
//! `σ ∈ [0, σ₀]`, (`O`) misses `R`, (`I`) has `(1 + 2σ²)·V(Z + σ²G) ≤ δ²`, or (`D`) has
//! `2V(Z) + (1 + 2σ²)(2ZᵀPG + σ²GᵀPG) < 0` (so `V(ζ_{t+2}) < V(ζ_t) ≤ δ²` there, since
//! `V(ζ') − V(ζ) = σ²·[that]`), proves `ζ_t ∈ R` for every `t ≥ T₀` at even offsets, given
//! `ζ_{T₀} ∈ R`. Every true state met lies in `c + [0, σ₀]·zbox`, whose hull is the domain box
//! `xbox` (with `U > 0`, `W ≥ 0`) on which `D`, `μ` and the field are built.
//!
//! # The limit and its rate
//! Hence `X_t → c` with `|X_t − c| ≤ σ_t·zbox`. At even offsets `t·ℓ = U/2`, so
//! `√t·(t·ℓ − U*/2) ∈ zbox_U/2`; at odd offsets `U_{t+1} = U·(h₀ + σh₁ ± E)` of `one_u`, whose
//! averaged part `g = U·h₀` must satisfy `g(c) = U*` exactly, and
//! `√(t+1)·((t+1)ℓ − U*/2) ∈ [1, √(1 + σ₀²)]·(Dg(X_box)·zbox + U·(h₁ ± E/σ₀))/2`. Likewise
//! `t·‖θ − 1‖² = dist_even + W` (odd: `dist_odd + W_{t+1}`) with the limit
//! `D* = h₀(dist_even)(c) + W*`, which the odd averaged part must reproduce exactly. The
//! quantities `t_loss_limit = U*/2`, `t_dist2_limit = D*` are exact, and
//! `t_loss_limit_rate`, `t_dist2_limit_rate` = `[k_lo, k_hi]` with
//! `k_lo/√t ≤ (value − limit) ≤ k_hi/√t` for every `t ≥ T₀`.
//!
//! # The certificate's evidence (`evidence.limit_depth`)
//! `t0`, `depth`, `sigma` (σ₀, `σ₀²·T₀ ≥ 1`), `mu`, `center` (`c`), `p`, `delta2`, `zbox`,
//! `tree`, `leaves` (preorder, as in [`super::trapping`]).

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::depth_field::{self, Field, Reduced};
use super::exact;
use super::interval::{RatInterval, Rounded};
use super::trapping::{BITS, MAX_DEPTH, MAX_TREE, split, sqrt_up};

type R = RatInterval;
type Box2 = [[BigRational; 2]; 2];
/// `Σ c·U^a·W^b` as `(c, a, b)`.
type Monos = Vec<(BigRational, u32, u32)>;

/// `evidence.limit_depth` (its type: [`crate::evidence::LimitDepth`]).
pub use crate::evidence::LimitDepth as Evidence;

/// What the region proves (at `y = 1`).
#[derive(Clone, Debug)]
pub struct Limit {
    /// `lim t·ℓ = U*/2` (exact).
    pub t_loss: BigRational,
    /// `lim t·‖θ − 1‖² = D*` (exact).
    pub t_dist2: BigRational,
    /// `√t·(t·ℓ − U*/2)` for all `t ≥ T₀`.
    pub loss_rate: R,
    /// `√t·(t·‖θ − 1‖² − D*)` for all `t ≥ T₀`.
    pub dist2_rate: R,
}

struct Eval {
    rd: Rounded,
    field: Field,
    /// `F₀ = (U·h₀_U, h₀_W)` as `Σ c·U^a·W^b`.
    f0: [Monos; 2],
    /// `A = DF₀(c)`, exact, by rows.
    a: [[BigRational; 2]; 2],
    center: [BigRational; 2],
    p: [BigRational; 3],
    delta2: BigRational,
    sigma: BigRational,
}

fn pt(x: &BigRational) -> R {
    R::point(x.clone())
}

fn sym(x: &BigRational) -> R {
    R {
        lo: -x.abs(),
        hi: x.abs(),
    }
}

fn hull(a: &R, b: &R) -> R {
    R {
        lo: a.lo.clone().min(b.lo.clone()),
        hi: a.hi.clone().max(b.hi.clone()),
    }
}

/// The state box `c + [0, σ₀]·Z`.
fn xbox(rd: &Rounded, center: &[BigRational; 2], sigma: &BigRational, z: &[R; 2]) -> [R; 2] {
    let s = R {
        lo: BigRational::zero(),
        hi: sigma.clone(),
    };
    [0, 1].map(|i| rd.add(&pt(&center[i]), &rd.mul(&s, &z[i])))
}

/// `F₀ = (U·h₀_U, h₀_W)` as monomials `c·U^a·W^b` (even ρ-powers only).
fn f0_monos(f: &Field) -> Result<[Monos; 2], String> {
    let monos = |q: &Reduced, extra: u32| {
        q.h0.iter()
            .map(|((i, j), c)| {
                if i % 2 == 1 {
                    Err("an averaged part has an odd power of ρ".to_string())
                } else {
                    Ok((c.clone(), i / 2 + extra, *j))
                }
            })
            .collect::<Result<Vec<_>, String>>()
    };
    Ok([monos(&f.hu, 1)?, monos(&f.hw, 0)?])
}

/// `∂_U`, `∂_W` of `Σ c·U^a·W^b` at an exact point.
fn grad_at(m: &[(BigRational, u32, u32)], u: &BigRational, w: &BigRational) -> [BigRational; 2] {
    let pw = |x: &BigRational, k: u32| num_traits::pow(x.clone(), k as usize);
    let mut g = [BigRational::zero(), BigRational::zero()];
    for (c, a, b) in m {
        if *a > 0 {
            g[0] += c * BigRational::from_integer((*a).into()) * pw(u, a - 1) * pw(w, *b);
        }
        if *b > 0 {
            g[1] += c * BigRational::from_integer((*b).into()) * pw(u, *a) * pw(w, b - 1);
        }
    }
    g
}

/// `(∂_UU, ∂_UW, ∂_WW)` of `Σ c·U^a·W^b` on a box.
fn hessian(rd: &Rounded, m: &[(BigRational, u32, u32)], u: &R, w: &R) -> [R; 3] {
    let pw = |x: &R, k: u32| (0..k).fold(R::from_int(1), |acc, _| rd.mul(&acc, x));
    let mut h = [R::from_int(0), R::from_int(0), R::from_int(0)];
    for (c, a, b) in m {
        let (a, b) = (*a, *b);
        let terms = [
            (a >= 2, a * a.saturating_sub(1), a.saturating_sub(2), b),
            (
                a >= 1 && b >= 1,
                a * b,
                a.saturating_sub(1),
                b.saturating_sub(1),
            ),
            (b >= 2, b * b.saturating_sub(1), a, b.saturating_sub(2)),
        ];
        for (k, (ok, n, ea, eb)) in terms.into_iter().enumerate() {
            if ok {
                let coef = rd.constant(&(c * BigRational::from_integer(n.into())));
                h[k] = rd.add(&h[k], &rd.mul(&coef, &rd.mul(&pw(u, ea), &pw(w, eb))));
            }
        }
    }
    h
}

/// The averaged part of `q` at the exact point `(u, w)` (even ρ-powers only).
fn h0_at(q: &Reduced, u: &BigRational, w: &BigRational) -> Result<BigRational, String> {
    let mut s = BigRational::zero();
    for ((i, j), c) in &q.h0 {
        if i % 2 == 1 {
            return Err("an averaged part has an odd power of ρ".into());
        }
        s += c
            * num_traits::pow(u.clone(), (i / 2) as usize)
            * num_traits::pow(w.clone(), *j as usize);
    }
    Ok(s)
}

impl Eval {
    fn c(&self, x: &BigRational) -> R {
        self.rd.constant(x)
    }

    fn pow(&self, x: &R, k: u32) -> R {
        (0..k).fold(R::from_int(1), |a, _| self.rd.mul(&a, x))
    }

    /// `(h₀, ∂h₀/∂U, ∂h₀/∂W)` on the box (even ρ-powers, checked in [`h0_at`]).
    fn h0(&self, q: &Reduced, u: &R, w: &R) -> [R; 3] {
        let rd = &self.rd;
        let mut out = [R::from_int(0), R::from_int(0), R::from_int(0)];
        for ((i, j), c) in &q.h0 {
            let (a, b) = (i / 2, *j);
            let c = self.c(c);
            let t = rd.mul(&c, &rd.mul(&self.pow(u, a), &self.pow(w, b)));
            out[0] = rd.add(&out[0], &t);
            if a > 0 {
                let d = rd.mul(&c, &rd.mul(&self.pow(u, a - 1), &self.pow(w, b)));
                out[1] = rd.add(&out[1], &d.scale(&BigRational::from_integer(a.into())));
            }
            if b > 0 {
                let d = rd.mul(&c, &rd.mul(&self.pow(u, a), &self.pow(w, b - 1)));
                out[2] = rd.add(&out[2], &d.scale(&BigRational::from_integer(b.into())));
            }
        }
        out
    }

    /// `(H − h₀)/σ ∈ h₁ + [−E, E]/σ₀` on the box (`e₃ ∈ κ·W·[−√W, √W]`, `ρ = ±√U`).
    fn rest(&self, q: &Reduced, u: &R, w: &R) -> R {
        let rd = &self.rd;
        let rb = sqrt_up(&u.hi);
        let rho = sym(&rb);
        let e3 = rd.mul(w, &sym(&(&q.kappa * sqrt_up(&w.hi))));
        let mut sum = sym(&self.c(&(&q.err / &self.sigma)).hi);
        for ((i, j, k), c) in &q.h1 {
            let mut x = rd.mul(&self.c(c), &rd.mul(&self.pow(u, i / 2), &self.pow(w, *j)));
            if i % 2 == 1 {
                x = rd.mul(&x, &rho);
            }
            if *k == 1 {
                x = rd.mul(&x, &e3);
            }
            sum = rd.add(&sum, &x);
        }
        sum
    }

    fn xbox(&self, z: &[R; 2]) -> [R; 2] {
        xbox(&self.rd, &self.center, &self.sigma, z)
    }

    /// `G(Z, σ)` of the module docs.
    fn g(&self, z: &[R; 2]) -> [R; 2] {
        let rd = &self.rd;
        let [u, w] = self.xbox(z);
        let s = R {
            lo: BigRational::zero(),
            hi: self.sigma.clone(),
        };
        let half = BigRational::new(1.into(), 2.into());
        let rests = [
            rd.mul(&u, &self.rest(&self.field.hu, &u, &w)),
            self.rest(&self.field.hw, &u, &w),
        ];
        [0, 1].map(|k| {
            let a = &self.a[k];
            let lin = rd.add(&rd.mul(&pt(&a[0]), &z[0]), &rd.mul(&pt(&a[1]), &z[1]));
            let [huu, huw, hww] = hessian(rd, &self.f0[k], &u, &w);
            let quad = rd.add(
                &rd.add(
                    &rd.mul(&huu, &rd.sqr(&z[0])),
                    &rd.mul(&huw, &rd.mul(&z[0], &z[1]))
                        .scale(&BigRational::from_integer(2.into())),
                ),
                &rd.mul(&hww, &rd.sqr(&z[1])),
            );
            rd.add(&rd.add(&lin, &rd.mul(&s, &quad).scale(&half)), &rests[k])
        })
    }

    fn form(&self, a: &[R; 2], b: &[R; 2]) -> R {
        let [p11, p12, p22] = self.p.each_ref().map(|x| self.c(x));
        let rd = &self.rd;
        let pb0 = rd.add(&rd.mul(&p11, &b[0]), &rd.mul(&p12, &b[1]));
        let pb1 = rd.add(&rd.mul(&p12, &b[0]), &rd.mul(&p22, &b[1]));
        rd.add(&rd.mul(&a[0], &pb0), &rd.mul(&a[1], &pb1))
    }

    fn v(&self, z: &[R; 2]) -> R {
        let rd = &self.rd;
        let [p11, p12, p22] = self.p.each_ref().map(|x| self.c(x));
        let cross = rd.mul(&rd.mul(&p12, &R::from_int(2)), &rd.mul(&z[0], &z[1]));
        rd.add(
            &rd.add(&rd.mul(&p11, &rd.sqr(&z[0])), &cross),
            &rd.mul(&p22, &rd.sqr(&z[1])),
        )
    }

    fn leaf(&self, code: char, z: &[R; 2]) -> Result<(), String> {
        let rd = &self.rd;
        let s = R {
            lo: BigRational::zero(),
            hi: self.sigma.clone(),
        };
        let s2 = rd.sqr(&s);
        let grow = rd.add(
            &R::from_int(1),
            &s2.scale(&BigRational::from_integer(2.into())),
        );
        match code {
            'O' => (self.v(z).lo > self.delta2)
                .then_some(())
                .ok_or_else(|| "an O leaf meets the region".to_string()),
            'I' => {
                let g = self.g(z);
                let z2 = [0, 1].map(|i| rd.add(&z[i], &rd.mul(&s2, &g[i])));
                (rd.mul(&grow, &self.v(&z2)).hi <= self.delta2)
                    .then_some(())
                    .ok_or_else(|| "an I leaf's image may leave the region".to_string())
            }
            'D' => {
                let g = self.g(z);
                let inner = rd.add(
                    &self.form(z, &g).scale(&BigRational::from_integer(2.into())),
                    &rd.mul(&s2, &self.form(&g, &g)),
                );
                let d = rd.add(
                    &self.v(z).scale(&BigRational::from_integer(2.into())),
                    &rd.mul(&grow, &inner),
                );
                d.hi.is_negative()
                    .then_some(())
                    .ok_or_else(|| "a D leaf's decrease of V is not proved".to_string())
            }
            other => Err(format!("unknown leaf code {other:?}")),
        }
    }
}

struct Parsed {
    sigma: BigRational,
    center: [BigRational; 2],
    p: [BigRational; 3],
    delta2: BigRational,
    zbox: Box2,
    mu: [BigRational; 2],
}

/// Parse the evidence and check the shape: `P` positive definite, `δ² > 0`, `σ₀²·T₀ ≥ 1`,
/// `zbox ⊇ R` (extent `√(δ²P_jj/det P)` on each side of 0).
fn parse(ev: &Evidence) -> Result<Parsed, String> {
    let q = |name: &str, s: &str| {
        if s.len() > 4096 {
            return Err(format!("{name}: number too long"));
        }
        exact(name, s).map_err(|e| e.to_string())
    };
    let pair = |name: &str, s: &[String; 2]| -> Result<[BigRational; 2], String> {
        Ok([q(name, &s[0])?, q(name, &s[1])?])
    };
    let x = Parsed {
        sigma: q("sigma", &ev.sigma)?,
        center: pair("center", &ev.center)?,
        p: [q("p", &ev.p[0])?, q("p", &ev.p[1])?, q("p", &ev.p[2])?],
        delta2: q("delta2", &ev.delta2)?,
        zbox: [pair("zbox", &ev.zbox[0])?, pair("zbox", &ev.zbox[1])?],
        mu: pair("mu", &ev.mu)?,
    };
    let p = &x.p;
    let det = &p[0] * &p[2] - &p[1] * &p[1];
    if !(p[0].is_positive() && det.is_positive() && x.delta2.is_positive()) {
        return Err("P must be positive definite and δ² > 0".into());
    }
    let t0 = BigRational::from_integer(ev.t0.into());
    if !x.sigma.is_positive() || &x.sigma * &x.sigma * t0 < BigRational::one() {
        return Err("sigma must satisfy sigma² · t0 ≥ 1".into());
    }
    for (i, pjj) in [(0, &p[2]), (1, &p[0])] {
        let need = &x.delta2 * pjj;
        let [lo, hi] = &x.zbox[i];
        if !(lo.is_negative()
            && hi.is_positive()
            && lo * lo * &det >= need
            && hi * hi * &det >= need)
        {
            return Err(format!("zbox does not contain the ellipse along axis {i}"));
        }
    }
    Ok(x)
}

/// `⌊√n⌋/2⁶⁴ ≤ √n ≤ (⌊√n⌋ + 1)/2⁶⁴` on the `2⁻⁶⁴` grid, `n = T·2¹²⁸`.
pub fn sqrt_t(t: u64) -> R {
    let n = BigInt::from(t) << 128u32;
    let s = n.sqrt();
    let d = BigInt::one() << 64u32;
    R {
        lo: BigRational::new(s.clone(), d.clone()),
        hi: BigRational::new(s + 1, d),
    }
}

/// Verify the shrinking region against the state box `(U, W)` at `T₀` and return the limits
/// and their rates (module docs).
///
/// # Errors
/// The first condition that fails.
pub fn check(ev: &Evidence, u_t0: &R, w_t0: &R) -> Result<Limit, String> {
    if ev.tree.len() > MAX_TREE {
        return Err(format!("tree longer than {MAX_TREE} characters"));
    }
    if !(3..=depth_field::MAX_P).contains(&ev.depth) {
        return Err(format!("depth must lie in 3..={}", depth_field::MAX_P));
    }
    let x = parse(ev)?;
    let rd = Rounded::new(Some(BITS));
    // The domain box c + [0, σ₀]·zbox.
    let zb = [0, 1].map(|i| R {
        lo: x.zbox[i][0].clone(),
        hi: x.zbox[i][1].clone(),
    });
    let xb = xbox(&rd, &x.center, &x.sigma, &zb);
    if !xb[0].lo.is_positive() || xb[1].lo.is_negative() {
        return Err("the domain box c + [0, σ₀]·zbox must have U > 0 and W ≥ 0".into());
    }
    let bbox = [
        [xb[0].lo.clone(), xb[0].hi.clone()],
        [xb[1].lo.clone(), xb[1].hi.clone()],
    ];
    let d = super::trapping_depth::domain(ev.depth, &x.sigma, &bbox, &x.mu);
    depth_field::check_mu(&d)?;
    let field = depth_field::build(&d)?;
    let f0 = f0_monos(&field)?;
    let a = [0, 1].map(|k| grad_at(&f0[k], &x.center[0], &x.center[1]));
    let eval = Eval {
        rd,
        f0,
        a,
        field,
        center: x.center.clone(),
        p: x.p.clone(),
        delta2: x.delta2.clone(),
        sigma: x.sigma.clone(),
    };
    // c is an exact zero of the averaged field F₀ = (U·h_U, h_W).
    let [us, ws] = &x.center;
    let f = &eval.field;
    if !(h0_at(&f.hu, us, ws)?.is_zero() && h0_at(&f.hw, us, ws)?.is_zero()) {
        return Err("center is not an exact zero of the averaged field".into());
    }
    if !us.is_positive() {
        return Err("center must have U* > 0".into());
    }
    // ζ at T₀ lies in R.
    let st = sqrt_t(ev.t0);
    let rd = &eval.rd;
    let z0 = [
        rd.mul(&rd.sub(u_t0, &pt(us)), &st),
        rd.mul(&rd.sub(w_t0, &pt(ws)), &st),
    ];
    if eval.v(&z0).hi > eval.delta2 {
        return Err("the state at t0 does not lie in the region".into());
    }
    walk(&eval, ev, &x.zbox)?;
    rates(&eval, &zb, &xb)
}

/// Re-evaluate every leaf of the tree.
fn walk(eval: &Eval, ev: &Evidence, zbox: &Box2) -> Result<(), String> {
    let mut chars = ev.tree.chars();
    let mut stack = vec![(zbox.clone(), 0usize)];
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
        let z = [0, 1].map(|i| R {
            lo: b[i][0].clone(),
            hi: b[i][1].clone(),
        });
        eval.leaf(code, &z)
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
    Ok(())
}

/// The limits and the rates on `zbox` (module docs: even offsets, and odd ones through
/// `one_u`, `one_w`, `dist_odd`, whose averaged parts must reproduce the limits exactly).
fn rates(eval: &Eval, zb: &[R; 2], xb: &[R; 2]) -> Result<Limit, String> {
    let rd = &eval.rd;
    let f = &eval.field;
    let [us, ws] = &eval.center;
    let (u, w) = (&xb[0], &xb[1]);
    let half = BigRational::new(1.into(), 2.into());
    // Odd offsets: g(X) = U·h₀(one_u), g(c) = U*; Dg = (h + U∂_U h, U∂_W h).
    if &(us * h0_at(&f.one_u, us, ws)?) != us || &h0_at(&f.one_w, us, ws)? != ws {
        return Err("the one-step averaged map does not fix the centre".into());
    }
    let [h, hu, hw] = eval.h0(&f.one_u, u, w);
    let du = rd.add(
        &rd.add(
            &rd.mul(&rd.add(&h, &rd.mul(u, &hu)), &zb[0]),
            &rd.mul(&rd.mul(u, &hw), &zb[1]),
        ),
        &rd.mul(u, &eval.rest(&f.one_u, u, w)),
    );
    let s1 = R {
        lo: BigRational::one(),
        hi: sqrt_up(&(BigRational::one() + &eval.sigma * &eval.sigma)),
    };
    let loss_rate = hull(&zb[0], &rd.mul(&s1, &du)).scale(&half);
    // Distance: D* = h₀(dist_even)(c) + W*; odd: h₀(dist_odd) + h₀(one_w) at c.
    let dstar = h0_at(&f.dist_even, us, ws)? + ws;
    if h0_at(&f.dist_odd, us, ws)? + h0_at(&f.one_w, us, ws)? != dstar {
        return Err("the odd-step distance has another limit".into());
    }
    let lin = |q: &Reduced, plus_w: bool| {
        let [_, a, b] = eval.h0(q, u, w);
        let b = if plus_w {
            rd.add(&b, &R::from_int(1))
        } else {
            b
        };
        rd.add(
            &rd.add(&rd.mul(&a, &zb[0]), &rd.mul(&b, &zb[1])),
            &eval.rest(q, u, w),
        )
    };
    let d_even = lin(&f.dist_even, true);
    let d_odd = rd.add(&lin(&f.dist_odd, false), &lin(&f.one_w, false));
    let dist2_rate = hull(&d_even, &rd.mul(&s1, &d_odd));
    Ok(Limit {
        t_loss: us * half,
        t_dist2: dstar,
        loss_rate,
        dist2_rate,
    })
}
