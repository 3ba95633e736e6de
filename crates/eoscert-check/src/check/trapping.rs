//! The all-time trapping region of the critical claim (`eoscert critical --all-time`): its
//! mathematics, and its independent re-verification in exact rational arithmetic.
//!
//! # The statement
//! At the critical learning rate the exact reduced system of GD for p = 2 and for the inner
//! product (MacDonald et al.) reads, in `ρ = r/Y`, `q = Q/Y` (so that `h = ηY = 1`),
//!
//! ```text
//! ρ' = ρ·k(ρ, q),   k(ρ, q) = ρ² − ρ − 1 − q,        q' = q·(1 + ρ)².
//! ```
//!
//! With `σ² = 1/t` the rescaled state `u = t·ρ_t²`, `w = t·q_t` moves, over two steps, by
//!
//! ```text
//! u_{t+2} = u + σ²·u·H_u(ρ, w, σ),     w_{t+2} = w + σ²·w·H_w(ρ, w, σ),     ρ = ±√u,
//! ```
//!
//! where `H_u = (G²·(1 + 2σ²) − 1)/σ²`, `G = k(r, Q)·k(r₁, Q₁)` (so `ρ_{t+2} = ρ·G`), and
//! `H_w = ((1 + r)²(1 + r₁)²(1 + 2σ²) − 1)/σ²`, evaluated at `r = ρσ`, `Q = wσ²`,
//! `r₁ = r·k(r, Q)`, `Q₁ = Q(1 + r)²`. These are polynomials in `(ρ, w, σ)` with rational
//! coefficients, built exactly by [`field`] (the division by `σ²` is exact: the terms of order
//! `σ⁰` and `σ¹` cancel identically, which [`Poly::div_sigma2`] checks). Their `σ⁰` part is
//! the averaged vector field `F₀(u, w) = (u(2 − 8u + 4w), w(2 − 4u))` of the normal form; its
//! fixed point `(1/2, 1/2)` is the power law `t·ρ² → 1/2`, `t·q → 1/2`.
//!
//! **Lemma (trapping region).** Let `V(u, w) = eᵀPe`, `e = (u − u*, w − w*)`, `R = {V ≤ δ²}`,
//! `σ₀² ≥ 1/T₀`, and let a finite set of boxes cover `R`, each of which is
//! - `O`: `V > δ²` on the box (it misses `R`), or
//! - `I`: `V ≤ δ²` on the box `B + [0, σ₀²]·F(B)` (its image stays in `R`), or
//! - `D`: `D(B) < 0` for all `σ ∈ [0, σ₀]`, where `D = 2eᵀPF + σ²FᵀPF` and `F = (u·H_u, w·H_w)`;
//!   then `V(z') − V(z) = σ²·D < 0`.
//!
//! If `(u_{T₀}, w_{T₀}) ∈ R`, then `(u_t, w_t) ∈ R` for every `t = T₀ + 2k` (induction; every
//! later `t` has `σ² = 1/t ≤ σ₀²`), and for `t = T₀ + 2k + 1` the state is one step on:
//! `u_{t+1} = u·k(ρσ, wσ²)²·(1 + σ²)`, `w_{t+1} = w·(1 + ρσ)²(1 + σ²)`. Since `t·ℓ(θ_t) =
//! Y²·u_t/2` and `t·Q_t = Y·w_t`, the ranges of `u` and `w` over `R` (and their one-step images)
//! bound `t·ℓ` and `t·Q` for **all** `t ≥ T₀`.
//!
//! # The certificate's evidence (`evidence.all_time`)
//! `t0`, `sigma` (σ₀), `center` (u*, w*), `p` (P₁₁, P₁₂, P₂₂), `delta2` (δ²), `bbox`
//! (`[[u_lo, u_hi], [w_lo, w_hi]]`), `tree` (the subdivision of `bbox`, preorder: `S` = split, the
//! two halves follow; `O`, `I`, `D` = a leaf and its test), `leaves`. A box is split at the exact
//! midpoint of its wider side (`u` on ties).
//!
//! # What the checker verifies
//! `P₁₁ > 0`, `det P > 0` (so `R` is an ellipse), `bbox ⊇ R` (`(u* − u_lo)²·det P ≥ δ²·P₂₂`, …),
//! `u_lo > 0`, `σ₀ > 0`, `σ₀²·T₀ ≥ 1` (on L, where `w ≡ 0`: the slice `w = 0` instead of the
//! `w` extent), that the tree is complete and every leaf passes its test
//! (exact rational interval arithmetic rounded outward to [`BITS`] bits), that the state box at
//! `T₀` lies in `R`, and it recomputes the ranges. Nothing of the prover's evaluation is used;
//! the polynomials come from [`field`], which a test compares with exact GD.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::exact;
use super::interval::{RatInterval, Rounded};
pub use crate::caps::trapping::*;

type R = RatInterval;

/// Significant bits of the checker's outward rounding.
pub const BITS: u32 = 160;

/// A polynomial in `(ρ, w, σ)` with exact rational coefficients; key = the exponents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Poly(BTreeMap<[u32; 3], BigRational>);

impl Poly {
    /// The constant `c`.
    pub fn constant(c: BigRational) -> Self {
        let mut p = Poly::default();
        p.insert([0, 0, 0], c);
        p
    }

    /// The variable with index `i` (0 = ρ, 1 = w, 2 = σ).
    pub fn var(i: usize) -> Self {
        let mut e = [0; 3];
        e[i] = 1;
        let mut p = Poly::default();
        p.insert(e, BigRational::one());
        p
    }

    fn insert(&mut self, e: [u32; 3], c: BigRational) {
        let s = self.0.entry(e).or_insert_with(BigRational::zero);
        *s += c;
        if s.is_zero() {
            self.0.remove(&e);
        }
    }

    /// `self + o`.
    pub fn add(&self, o: &Poly) -> Poly {
        let mut p = self.clone();
        for (e, c) in &o.0 {
            p.insert(*e, c.clone());
        }
        p
    }

    /// `self − o`.
    pub fn sub(&self, o: &Poly) -> Poly {
        self.add(&o.scale(&-BigRational::one()))
    }

    /// `c · self`.
    pub fn scale(&self, c: &BigRational) -> Poly {
        let mut p = Poly::default();
        for (e, a) in &self.0 {
            p.insert(*e, a * c);
        }
        p
    }

    /// `self · o`.
    pub fn mul(&self, o: &Poly) -> Poly {
        let mut p = Poly::default();
        for (e, a) in &self.0 {
            for (f, b) in &o.0 {
                p.insert([e[0] + f[0], e[1] + f[1], e[2] + f[2]], a * b);
            }
        }
        p
    }

    /// `self / σ²`, or `None` if some term has σ-degree below 2 (the division is not exact).
    pub fn div_sigma2(&self) -> Option<Poly> {
        let mut p = Poly::default();
        for (e, c) in &self.0 {
            if e[2] < 2 {
                return None;
            }
            p.insert([e[0], e[1], e[2] - 2], c.clone());
        }
        Some(p)
    }

    /// The terms `(exponents [ρ, w, σ], coefficient)`.
    pub fn terms(&self) -> impl Iterator<Item = (&[u32; 3], &BigRational)> {
        self.0.iter()
    }

    /// Evaluate at exact `(ρ, w, σ)`.
    pub fn eval(&self, rho: &BigRational, w: &BigRational, sigma: &BigRational) -> BigRational {
        self.0
            .iter()
            .map(|(e, c)| {
                c * num_traits::pow(rho.clone(), e[0] as usize)
                    * num_traits::pow(w.clone(), e[1] as usize)
                    * num_traits::pow(sigma.clone(), e[2] as usize)
            })
            .sum()
    }
}

/// The two-step and one-step maps of the rescaled critical system, as polynomials.
#[derive(Clone, Debug)]
pub struct Field {
    /// `H_u`: `u_{t+2} = u + σ²·u·H_u`.
    pub hu: Poly,
    /// `H_w`: `w_{t+2} = w + σ²·w·H_w`.
    pub hw: Poly,
    /// `k(r, Q)²(1 + σ²)`: `u_{t+1} = u·k²(1 + σ²)`.
    pub one_u: Poly,
    /// `(1 + r)²(1 + σ²)`: `w_{t+1} = w·(1 + r)²(1 + σ²)`.
    pub one_w: Poly,
}

/// The polynomials of the module docs, built once.
///
/// # Panics
/// Never in practice: the division by σ² is exact by the algebra in the module docs (a test
/// builds the field).
pub fn field() -> &'static Field {
    static FIELD: OnceLock<Field> = OnceLock::new();
    FIELD.get_or_init(|| {
        let one = Poly::constant(BigRational::one());
        let c = |n: i64| Poly::constant(BigRational::from_integer(n.into()));
        let (rho, w, s) = (Poly::var(0), Poly::var(1), Poly::var(2));
        let s2 = s.mul(&s);
        let r = rho.mul(&s);
        let q = w.mul(&s2);
        // k(r, Q) = r² − r − 1 − Q: the normalised map is r' = r·k(r, Q).
        let k = |r: &Poly, q: &Poly| r.mul(r).sub(r).sub(&one).sub(q);
        let k0 = k(&r, &q);
        let r1 = r.mul(&k0);
        let one_r = one.add(&r);
        let q1 = q.mul(&one_r).mul(&one_r);
        let g = k0.mul(&k(&r1, &q1));
        let two_steps = one.add(&c(2).mul(&s2));
        let one_step = one.add(&s2);
        let one_r1 = one.add(&r1);
        let hu = g.mul(&g).mul(&two_steps).sub(&one);
        let hw = one_r
            .mul(&one_r)
            .mul(&one_r1)
            .mul(&one_r1)
            .mul(&two_steps)
            .sub(&one);
        Field {
            hu: hu.div_sigma2().expect("G²(1+2σ²) − 1 = O(σ²)"),
            hw: hw.div_sigma2().expect("(1+r)²(1+r₁)²(1+2σ²) − 1 = O(σ²)"),
            one_u: k0.mul(&k0).mul(&one_step),
            one_w: one_r.mul(&one_r).mul(&one_step),
        }
    })
}

/// An upper bound `s ≥ √x` on the `2⁻⁶⁴` grid (`x ≥ 0`).
pub fn sqrt_up(x: &BigRational) -> BigRational {
    let scale = BigInt::one() << 128u32;
    let n = (x * BigRational::from_integer(scale)).ceil().to_integer();
    let mut s = n.sqrt();
    if &s * &s < n {
        s += 1;
    }
    BigRational::new(s, BigInt::one() << 64u32)
}

/// The parsed region.
#[derive(Clone, Debug)]
pub struct Region {
    /// `T₀`.
    pub t0: u64,
    /// `σ₀`, with `σ₀²·T₀ ≥ 1`.
    pub sigma: BigRational,
    /// `(u*, w*)`.
    pub center: [BigRational; 2],
    /// `(P₁₁, P₁₂, P₂₂)`.
    pub p: [BigRational; 3],
    /// `δ²`.
    pub delta2: BigRational,
    /// `[[u_lo, u_hi], [w_lo, w_hi]]`.
    pub bbox: [[BigRational; 2]; 2],
}

/// `evidence.all_time` (its type: [`crate::evidence::AllTime`]).
pub use crate::evidence::AllTime as Evidence;

/// The ranges the region proves: `u = t·ρ²` and `w = t·q` for all `t ≥ T₀`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranges {
    /// `t·ρ_t²` for all `t ≥ T₀` (`t·ℓ = Y²·u/2`).
    pub u: R,
    /// `t·q_t` for all `t ≥ T₀` (`t·Q = Y·w`).
    pub w: R,
}

impl Region {
    /// Parse the evidence exactly.
    ///
    /// # Errors
    /// A message naming the field that does not parse.
    pub fn parse(ev: &Evidence) -> Result<Region, String> {
        let q = |name: &str, s: &str| {
            if s.len() > 4096 {
                return Err(format!("{name}: number too long"));
            }
            exact(name, s).map_err(|e| e.to_string())
        };
        Ok(Region {
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
        })
    }

    /// The global conditions: `R` is an ellipse inside `bbox`, `u_lo > 0`, `σ₀²·T₀ ≥ 1`.
    ///
    /// # Errors
    /// The first condition that fails.
    pub fn check_shape(&self, on_l: bool) -> Result<(), String> {
        let [p11, p12, p22] = &self.p;
        let det = p11 * p22 - p12 * p12;
        if !(p11.is_positive() && det.is_positive()) {
            return Err("P is not positive definite".into());
        }
        if !self.delta2.is_positive() {
            return Err("delta2 must be positive".into());
        }
        if !self.sigma.is_positive()
            || &self.sigma * &self.sigma * BigRational::from_integer(self.t0.into())
                < BigRational::one()
        {
            return Err("sigma must satisfy sigma² · t0 ≥ 1".into());
        }
        if !self.bbox[0][0].is_positive() {
            return Err("bbox must have u_lo > 0".into());
        }
        // The extent of the ellipse along axis i: δ²·P_jj/det.
        // On L (Q ≡ 0) only the slice w = 0 is reachable: bbox and centre have w = 0.
        if on_l
            && !(self.center[1].is_zero() && self.bbox[1][0].is_zero() && self.bbox[1][1].is_zero())
        {
            return Err("on L the centre and bbox must have w = 0".into());
        }
        let axes: &[(usize, &BigRational)] = if on_l {
            &[(0, p22)]
        } else {
            &[(0, p22), (1, p11)]
        };
        for &(i, pjj) in axes {
            let need = &self.delta2 * pjj;
            let [lo, hi] = &self.bbox[i];
            let c = &self.center[i];
            let ok = lo <= c
                && c <= hi
                && (c - lo) * (c - lo) * &det >= need
                && (hi - c) * (hi - c) * &det >= need;
            if !ok {
                return Err(format!("bbox does not contain the ellipse along axis {i}"));
            }
        }
        Ok(())
    }
}

/// Exact-rational evaluation on boxes (the checker's own).
struct Eval {
    rd: Rounded,
    region: Region,
}

impl Eval {
    fn constant(&self, x: &BigRational) -> R {
        self.rd.constant(x)
    }

    /// `[0, x]` for `x ≥ 0`.
    fn zero_to(&self, x: &BigRational) -> R {
        R {
            lo: BigRational::zero(),
            hi: self.rd.constant(x).hi,
        }
    }

    /// A polynomial on the box `u × w` with `ρ = ±√u`, `σ ∈ [0, σ₀]`.
    fn poly(&self, poly: &Poly, u: &R, w: &R) -> R {
        let rho_bar = sqrt_up(&u.hi);
        let rho = R {
            lo: -rho_bar.clone(),
            hi: rho_bar,
        };
        let mut sum = R::from_int(0);
        for (e, c) in poly.terms() {
            let mut x = self.constant(c);
            for _ in 0..e[0] / 2 {
                x = self.rd.mul(&x, u);
            }
            if e[0] % 2 == 1 {
                x = self.rd.mul(&x, &rho);
            }
            for _ in 0..e[1] {
                x = self.rd.mul(&x, w);
            }
            if e[2] > 0 {
                let s = num_traits::pow(self.region.sigma.clone(), e[2] as usize);
                x = self.rd.mul(&x, &self.zero_to(&s));
            }
            sum = self.rd.add(&sum, &x);
        }
        sum
    }

    /// `e = (u − u*, w − w*)`.
    fn offset(&self, u: &R, w: &R) -> [R; 2] {
        [
            self.rd.sub(u, &self.constant(&self.region.center[0])),
            self.rd.sub(w, &self.constant(&self.region.center[1])),
        ]
    }

    /// `aᵀPb`.
    fn form(&self, a: &[R; 2], b: &[R; 2]) -> R {
        let [p11, p12, p22] = self.region.p.each_ref().map(|x| self.constant(x));
        let rd = &self.rd;
        let pb0 = rd.add(&rd.mul(&p11, &b[0]), &rd.mul(&p12, &b[1]));
        let pb1 = rd.add(&rd.mul(&p12, &b[0]), &rd.mul(&p22, &b[1]));
        rd.add(&rd.mul(&a[0], &pb0), &rd.mul(&a[1], &pb1))
    }

    /// `V` on a box, with tight squares.
    fn v(&self, u: &R, w: &R) -> R {
        let [eu, ew] = self.offset(u, w);
        let rd = &self.rd;
        let [p11, p12, p22] = self.region.p.each_ref().map(|x| self.constant(x));
        let cross = rd.mul(&rd.mul(&p12, &R::from_int(2)), &rd.mul(&eu, &ew));
        rd.add(
            &rd.add(&rd.mul(&p11, &rd.sqr(&eu)), &cross),
            &rd.mul(&p22, &rd.sqr(&ew)),
        )
    }

    /// `F = (u·H_u, w·H_w)` on a box.
    fn f(&self, field: &Field, u: &R, w: &R) -> [R; 2] {
        [
            self.rd.mul(u, &self.poly(&field.hu, u, w)),
            self.rd.mul(w, &self.poly(&field.hw, u, w)),
        ]
    }

    fn leaf(&self, field: &Field, code: char, u: &R, w: &R) -> Result<(), String> {
        let d2 = &self.region.delta2;
        match code {
            'O' => (&self.v(u, w).lo > d2)
                .then_some(())
                .ok_or_else(|| "an O leaf meets the region".to_string()),
            'I' => {
                let f = self.f(field, u, w);
                let s2 = self.zero_to(&(&self.region.sigma * &self.region.sigma));
                let u2 = self.rd.add(u, &self.rd.mul(&s2, &f[0]));
                let w2 = self.rd.add(w, &self.rd.mul(&s2, &f[1]));
                let (u2, w2) = (hull(u, &u2), hull(w, &w2));
                (&self.v(&u2, &w2).hi <= d2)
                    .then_some(())
                    .ok_or_else(|| "an I leaf's image may leave the region".to_string())
            }
            'D' => {
                let f = self.f(field, u, w);
                let e = self.offset(u, w);
                let s2 = self.zero_to(&(&self.region.sigma * &self.region.sigma));
                let lin = self.rd.mul(&R::from_int(2), &self.form(&e, &f));
                let d = self.rd.add(&lin, &self.rd.mul(&s2, &self.form(&f, &f)));
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

/// Split a box at the exact midpoint of its wider side (`u` on ties).
pub fn split(b: &[[BigRational; 2]; 2]) -> ([[BigRational; 2]; 2], [[BigRational; 2]; 2]) {
    let i = usize::from(&b[1][1] - &b[1][0] > &b[0][1] - &b[0][0]);
    let mid = (&b[i][0] + &b[i][1]) / BigRational::from_integer(2.into());
    let (mut left, mut right) = (b.clone(), b.clone());
    left[i][1] = mid.clone();
    right[i][0] = mid;
    (left, right)
}

/// Verify the region against the state box `(u, w)` at `T₀` and return the proved ranges.
/// `on_l`: the run starts on L (`Q₀ = 0`, so `w_t = 0` for all t, proved by the caller); then
/// the region is the slice `R ∩ {w = 0}` and `bbox` must have `w = [0, 0]`.
///
/// # Errors
/// The first condition that fails (module docs).
pub fn check(ev: &Evidence, u_t0: &R, w_t0: &R, on_l: bool) -> Result<Ranges, String> {
    if ev.tree.len() > MAX_TREE {
        return Err(format!("tree longer than {MAX_TREE} characters"));
    }
    let region = Region::parse(ev)?;
    region.check_shape(on_l)?;
    let eval = Eval {
        rd: Rounded::new(Some(BITS)),
        region,
    };
    let field = field();
    // The start lies in R.
    if eval.v(u_t0, w_t0).hi > eval.region.delta2 {
        return Err("the state at t0 does not lie in the region".into());
    }
    // Walk the tree.
    let mut chars = ev.tree.chars();
    let mut stack = vec![(eval.region.bbox.clone(), 0usize)];
    let mut leaves = 0usize;
    while let Some((b, depth)) = stack.pop() {
        super::budget::tick().map_err(|e| e.to_string())?;
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
        eval.leaf(field, code, &u, &w)
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
    // Ranges: R ⊂ bbox at even offsets, and the one-step image at odd offsets.
    let [bu, bw] = &eval.region.bbox;
    let u = R::new(bu[0].clone(), bu[1].clone()).map_err(|e| e.to_string())?;
    let w = R::new(bw[0].clone(), bw[1].clone()).map_err(|e| e.to_string())?;
    let u1 = eval.rd.mul(&u, &eval.poly(&field.one_u, &u, &w));
    let w1 = eval.rd.mul(&w, &eval.poly(&field.one_w, &u, &w));
    Ok(Ranges {
        u: hull(&u, &u1),
        w: hull(&w, &w1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    /// The normalised critical map, written independently of `field`.
    fn gd(rho: &BigRational, qq: &BigRational) -> (BigRational, BigRational) {
        let one = BigRational::one();
        let r1 = (rho + &one) * (&one - rho) * (&one - rho) - qq * rho - &one;
        let q1 = qq * (&one + rho) * (&one + rho);
        (r1, q1)
    }

    #[test]
    fn field_matches_exact_gd_two_and_one_steps() {
        let f = field();
        for (k, rho, w) in [
            (7, q(3, 5), q(1, 2)),
            (30, q(-7, 10), q(9, 20)),
            (3, q(1, 1), q(0, 1)),
        ] {
            let t = k * k;
            let sigma = q(1, k);
            let r = &rho * &sigma;
            let qq = &w * &sigma * &sigma;
            let u = &rho * &rho;
            let (r1, q1) = gd(&r, &qq);
            let (r2, q2) = gd(&r1, &q1);
            let tt = |n: i64| BigRational::from_integer((t + n).into());
            let s2 = &sigma * &sigma;
            let u2 = tt(2) * &r2 * &r2;
            let w2 = tt(2) * &q2;
            assert_eq!(u2, &u + &s2 * &u * f.hu.eval(&rho, &w, &sigma));
            assert_eq!(w2, &w + &s2 * &w * f.hw.eval(&rho, &w, &sigma));
            assert_eq!(tt(1) * &r1 * &r1, &u * f.one_u.eval(&rho, &w, &sigma));
            assert_eq!(tt(1) * &q1, &w * f.one_w.eval(&rho, &w, &sigma));
        }
    }

    #[test]
    fn averaged_field_is_the_normal_form() {
        // σ⁰ part of u·H_u is u(2 − 8u + 4w) and of w·H_w is w(2 − 4u) (module docs).
        let f = field();
        let part0 = |p: &Poly| -> Vec<([u32; 3], BigRational)> {
            p.terms()
                .filter(|(e, _)| e[2] == 0)
                .map(|(e, c)| (*e, c.clone()))
                .collect()
        };
        let int = |n: i64| BigRational::from_integer(n.into());
        assert_eq!(
            part0(&f.hu),
            vec![
                ([0, 0, 0], int(2)),
                ([0, 1, 0], int(4)),
                ([2, 0, 0], int(-8))
            ]
        );
        assert_eq!(
            part0(&f.hw),
            vec![([0, 0, 0], int(2)), ([2, 0, 0], int(-4))]
        );
    }

    #[test]
    fn sqrt_up_is_an_upper_bound() {
        for x in [q(1, 2), q(2, 1), q(0, 1), q(123456789, 1000)] {
            let s = sqrt_up(&x);
            assert!(&s * &s >= x);
            assert!(&s * &s - &x < q(1, 1 << 30) * (&x + BigRational::one()));
        }
    }
}
