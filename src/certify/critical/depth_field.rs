//! The averaged field and its proved perturbation bound for the depth-p factorisation at the
//! critical learning rate (`y = 1`, `η = 2/p`), built exactly in rational arithmetic: the
//! prover's own copy of the checker's construction (`certificate::check::depth_field`), kept
//! independent so that the checker trusts nothing of the prover; see that module for the docs.
//!
//! # Coordinates
//! With `σ² = 1/t` a state `θ` near `θ* = 1` is written as
//!
//! ```text
//! θ_k = 1 + σ·a_k − σ²·e₂(a)/p + σ³·μ,     a_k = ρ/p + ξ_k,   Σ_k ξ_k = 0,
//! ```
//!
//! where `ρ = r/σ` (`r = θ₁⋯θ_p − 1`, the normal coordinate, which flips sign every step),
//! `ξ = (θ − θ̄)/σ` (the rescaled deviation from the mean; `ξ_p = −ξ₁ − … − ξ_{p−1}` is
//! eliminated) and `μ` is fixed by the constraint `∏θ_k = 1 + σρ` (module [`Field::mu_poly`]).
//! The tracked quantities are `U = t·r² = ρ²` and `W = t·Σ_k(θ_k − θ̄)² = S₂ := Σ_k ξ_k²`.
//!
//! # The two-step map
//! GD is written on the extended space `(r, θ)`: `r' = r·K(r, θ)`, `θ'_k = θ_k − η·r·π_k`,
//! `π_k = ∏_{j≠k}θ_j`, with `K = 1 + (∏_k(θ_k − ηrπ_k) − ∏_kθ_k)/r` a polynomial (the division
//! is exact). On `r = ∏θ − 1` this is GD. Over two steps, with `t + 2 = t(1 + 2σ²)`,
//!
//! ```text
//! U_{t+2} = U + σ²·U·H_U,   H_U = ((1 + 2σ²)·(K·K')² − 1)/σ²,
//! W_{t+2} = W + σ²·H_W,     H_W = ((1 + 2σ²)·Σ_k Δ_k² − S₂)/σ²,   Δ_k = (θ''_k − θ̄'')/σ.
//! ```
//!
//! Every quantity is a **Taylor model in σ**: an exact polynomial in `(σ, ρ, ξ₁…ξ_{p−1}, μ)`
//! truncated at σ-degree `N` = [`order`]`(p)` plus `σ^{N+1}·[−R, R]`, where `R` bounds every
//! discarded term for all variables in the domain `D = {|ρ| ≤ ρ̄, |ξ_k| ≤ ξ̄ (k < p), μ ∈ [μ_lo, μ_hi],
//! 0 ≤ σ ≤ σ₀}` (products: `R = Σ_{s₁+s₂>N} A₁[s₁]A₂[s₂]σ₀^{s₁+s₂−N−1} + |p₁|R₂ + |p₂|R₁ +
//! σ₀^{N+1}R₁R₂`, `A[s]` the sum of `|coefficient|·bound` of the σ^s part). The σ⁰ part of
//! `H_U` and `H_W` (the averaged field) depends on `ξ` only through `S₂` — verified exactly
//! here, else the construction fails — and is returned as a polynomial in `(ρ, S₂)`; the
//! σ¹…σᴺ parts and the remainder are bounded by one constant `E` over `D`:
//! `H ∈ h₀(ρ, S₂) + [−E, E]` for every state in `D` with `S₂ ≤ W̄ = p·ξ̄²/(p − 1)` (every state
//! of a region whose `W ≤ W_hi` has `ξ̄ ≥ √(W_hi·(p − 1)/p)`) and every `σ ∈ (0, σ₀]`. For
//! p ≥ 4 the σ¹…σᴺ groups are bounded through `S₂` rather than monomial by monomial: every
//! quantity is symmetric in `ξ₁…ξ_p`, so a group's ξ-part is (found exactly) a combination of
//! power-sum products `p_λ(ξ)`, and `|p_k(ξ)| ≤ S₂^{k/2}`.

use std::collections::BTreeMap;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// Truncation order of the Taylor models in σ.
pub const ORDER: u32 = 4;
/// Relative precision (bits) of the rounded-up remainder bounds.
const BOUND_BITS: u32 = 64;
/// The largest depth the construction accepts (its cost grows like `2^p`).
pub const MAX_P: usize = 6;

fn rat(n: i64) -> BigRational {
    BigRational::from_integer(n.into())
}

/// `x` (≥ 0) rounded up to `BOUND_BITS` significant bits.
fn up(x: &BigRational) -> BigRational {
    if !x.is_positive() {
        return x.clone();
    }
    let e = x.numer().bits() as i64 - x.denom().bits() as i64;
    let k = i64::from(BOUND_BITS) - e;
    let scale = if k >= 0 {
        BigRational::from_integer(BigInt::one() << k as u64)
    } else {
        BigRational::new(BigInt::one(), BigInt::one() << (-k) as u64)
    };
    (x * &scale).ceil() / scale
}

/// An exact polynomial; key = exponents.
type Poly = BTreeMap<Vec<u32>, BigRational>;

fn padd(p: &mut Poly, e: Vec<u32>, c: BigRational) {
    let s = p.entry(e.clone()).or_insert_with(BigRational::zero);
    *s += c;
    if s.is_zero() {
        p.remove(&e);
    }
}

fn pmul(a: &Poly, b: &Poly) -> Poly {
    let mut p = Poly::new();
    for (e, x) in a {
        for (f, y) in b {
            let g: Vec<u32> = e.iter().zip(f).map(|(i, j)| i + j).collect();
            padd(&mut p, g, x * y);
        }
    }
    p
}

/// `K(r, θ₁…θ_p)` (variables: index 0 = r, 1..=p = θ), exact.
fn k_poly(p: usize, eta: &BigRational) -> Poly {
    let n = p + 1;
    let mono = |r: u32, th: &[u32]| {
        let mut e = vec![r];
        e.extend_from_slice(th);
        e
    };
    // ∏_k (θ_k − η r π_k)
    let mut prod = Poly::new();
    prod.insert(vec![0; n], BigRational::one());
    for k in 0..p {
        let mut f = Poly::new();
        let mut th = vec![0; p];
        th[k] = 1;
        f.insert(mono(0, &th), BigRational::one());
        let pi: Vec<u32> = (0..p).map(|j| u32::from(j != k)).collect();
        f.insert(mono(1, &pi), -eta.clone());
        prod = pmul(&prod, &f);
    }
    padd(&mut prod, mono(0, &vec![1; p]), -BigRational::one());
    // divide by r (every term has r-degree ≥ 1), add 1
    let mut k = Poly::new();
    for (e, c) in prod {
        debug_assert!(e[0] >= 1);
        let mut f = e.clone();
        f[0] -= 1;
        padd(&mut k, f, c);
    }
    padd(&mut k, vec![0; n], BigRational::one());
    k
}

/// A Taylor model in σ over the domain of [`Ctx`]: `Σ c·σ^s·x^e + σ^{n+1}·[−rem, rem]`.
#[derive(Clone, Debug)]
pub struct Tm {
    /// Key `(s, e)`.
    terms: BTreeMap<(u32, Vec<u32>), BigRational>,
    /// Truncation level `n`.
    n: u32,
    /// Remainder bound.
    rem: BigRational,
}

/// The domain and the arithmetic.
pub struct Ctx {
    /// Number of non-σ variables (`ρ, ξ₁…ξ_{p−1}, μ`).
    nv: usize,
    sigma0: BigRational,
    /// `|x_i| ≤ b[i]`.
    b: Vec<BigRational>,
}

impl Ctx {
    fn mono_bound(&self, e: &[u32]) -> BigRational {
        e.iter()
            .zip(&self.b)
            .map(|(&k, b)| num_traits::pow(b.clone(), k as usize))
            .product()
    }

    fn sig(&self, k: u32) -> BigRational {
        num_traits::pow(self.sigma0.clone(), k as usize)
    }

    fn konst(&self, c: BigRational, n: u32) -> Tm {
        let mut terms = BTreeMap::new();
        if !c.is_zero() {
            terms.insert((0, vec![0; self.nv]), c);
        }
        Tm {
            terms,
            n,
            rem: BigRational::zero(),
        }
    }

    /// `c·σ^s·x_i` (`i = None`: no variable).
    fn mono(&self, c: BigRational, s: u32, i: Option<usize>, n: u32) -> Tm {
        let mut e = vec![0; self.nv];
        if let Some(i) = i {
            e[i] = 1;
        }
        let mut terms = BTreeMap::new();
        terms.insert((s, e), c);
        Tm {
            terms,
            n,
            rem: BigRational::zero(),
        }
    }

    /// `A[s]`: the bound of the σ^s part (without σ).
    fn parts(&self, a: &Tm) -> Vec<BigRational> {
        let mut v = vec![BigRational::zero(); a.n as usize + 1];
        for ((s, e), c) in &a.terms {
            v[*s as usize] += c.abs() * self.mono_bound(e);
        }
        v.into_iter().map(|x| up(&x)).collect()
    }

    /// `sup_D |polynomial part|`.
    fn poly_bound(&self, a: &Tm) -> BigRational {
        let parts = self.parts(a);
        up(&parts
            .iter()
            .enumerate()
            .map(|(s, x)| x * self.sig(s as u32))
            .sum::<BigRational>())
    }

    fn add(&self, a: &Tm, b: &Tm) -> Tm {
        let n = a.n.min(b.n);
        let (a, b) = (self.truncate(a, n), self.truncate(b, n));
        let mut terms = a.terms;
        for (k, c) in b.terms {
            let s = terms.entry(k.clone()).or_insert_with(BigRational::zero);
            *s += c;
            if s.is_zero() {
                terms.remove(&k);
            }
        }
        Tm {
            terms,
            n,
            rem: a.rem + b.rem,
        }
    }

    fn scale(&self, a: &Tm, c: &BigRational) -> Tm {
        Tm {
            terms: a
                .terms
                .iter()
                .filter(|_| !c.is_zero())
                .map(|(k, x)| (k.clone(), x * c))
                .collect(),
            n: a.n,
            rem: &a.rem * c.abs(),
        }
    }

    /// Lower the level to `n` (discarded terms go into the remainder).
    fn truncate(&self, a: &Tm, n: u32) -> Tm {
        if n >= a.n {
            return a.clone();
        }
        let mut rem = &a.rem * self.sig(a.n - n);
        let mut terms = BTreeMap::new();
        for ((s, e), c) in &a.terms {
            if *s > n {
                rem += c.abs() * self.mono_bound(e) * self.sig(s - n - 1);
            } else {
                terms.insert((*s, e.clone()), c.clone());
            }
        }
        Tm {
            terms,
            n,
            rem: up(&rem),
        }
    }

    fn mul(&self, a: &Tm, b: &Tm) -> Tm {
        let n = a.n.min(b.n);
        let (a, b) = (self.truncate(a, n), self.truncate(b, n));
        let (pa, pb) = (self.parts(&a), self.parts(&b));
        let mut rem = BigRational::zero();
        for (s1, x) in pa.iter().enumerate() {
            for (s2, y) in pb.iter().enumerate() {
                let s = (s1 + s2) as u32;
                if s > n {
                    rem += x * y * self.sig(s - n - 1);
                }
            }
        }
        rem += self.poly_bound(&a) * &b.rem + self.poly_bound(&b) * &a.rem;
        rem += self.sig(n + 1) * &a.rem * &b.rem;
        let mut terms: BTreeMap<(u32, Vec<u32>), BigRational> = BTreeMap::new();
        for ((s1, e1), x) in &a.terms {
            for ((s2, e2), y) in &b.terms {
                if s1 + s2 > n {
                    continue;
                }
                let e: Vec<u32> = e1.iter().zip(e2).map(|(i, j)| i + j).collect();
                let k = (s1 + s2, e);
                let s = terms.entry(k.clone()).or_insert_with(BigRational::zero);
                *s += x * y;
                if s.is_zero() {
                    terms.remove(&k);
                }
            }
        }
        Tm {
            terms,
            n,
            rem: up(&rem),
        }
    }

    /// `a / σ^k`, if every term has σ-degree ≥ k (the level drops by k).
    fn div_sigma(&self, a: &Tm, k: u32) -> Option<Tm> {
        let mut terms = BTreeMap::new();
        for ((s, e), c) in &a.terms {
            if *s < k {
                return None;
            }
            terms.insert((s - k, e.clone()), c.clone());
        }
        Some(Tm {
            terms,
            n: a.n.checked_sub(k)?,
            rem: a.rem.clone(),
        })
    }

    /// Evaluate the exact polynomial `poly` (variables `args`) on Taylor models.
    fn compose(&self, poly: &Poly, args: &[Tm], n: u32) -> Tm {
        let maxdeg: Vec<u32> = (0..args.len())
            .map(|i| poly.keys().map(|e| e[i]).max().unwrap_or(0))
            .collect();
        let pows: Vec<Vec<Tm>> = args
            .iter()
            .zip(&maxdeg)
            .map(|(a, &d)| {
                let mut v = vec![self.konst(BigRational::one(), n)];
                for _ in 0..d {
                    let last = v.last().expect("nonempty");
                    v.push(self.mul(last, a));
                }
                v
            })
            .collect();
        let mut sum = self.konst(BigRational::zero(), n);
        for (e, c) in poly {
            let mut x = self.konst(c.clone(), n);
            for (i, &k) in e.iter().enumerate() {
                if k > 0 {
                    x = self.mul(&x, &pows[i][k as usize]);
                }
            }
            sum = self.add(&sum, &x);
        }
        sum
    }
}

/// A quantity split into its averaged part, its σ¹ part (reduced where it is a function of
/// `(ρ, S₂, e₃(ξ))`) and a uniform bound of the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Reduced {
    /// The σ⁰ part as `Σ c·ρ^i·S₂^j`, key `(i, j)`.
    pub h0: BTreeMap<(u32, u32), BigRational>,
    /// The reduced σ¹ part as `Σ c·ρ^i·S₂^j·e₃(ξ)^k`, key `(i, j, k)`, `k ∈ {0, 1}`;
    /// on `Σξ = 0`, `|e₃(ξ)| ≤ κ_p·S₂^{3/2}` ([`Reduced::kappa`]).
    pub h1: BTreeMap<(u32, u32, u32), BigRational>,
    /// An upper bound of `κ_p = (p − 2)/(3√(p(p − 1)))`.
    pub kappa: BigRational,
    /// `E`: everything else (the σ¹ terms not reduced, the σ²…σᴺ parts, the remainder) is
    /// bounded by `E` on the domain.
    pub err: BigRational,
}

/// The field of the module docs for one domain.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// `H_U`.
    pub hu: Reduced,
    /// `H_W`.
    pub hw: Reduced,
    /// `K²(1 + σ²)`: `U_{t+1} = U·K²(1 + σ²)`.
    pub one_u: Reduced,
    /// `(1 + σ²)·Σ_k Δ'_k²` with `Δ' = (θ' − θ̄')/σ`: `W_{t+1}`.
    pub one_w: Reduced,
    /// `p·((θ̄ − 1)/σ)²`: `t·‖θ − 1‖² = this + W`.
    pub dist_even: Reduced,
    /// `(1 + σ²)·p·((θ̄' − 1)/σ)²`: the same one step on (`+ W_{t+1}`).
    pub dist_odd: Reduced,
}

/// The domain: `|ρ| ≤ rho`, `|ξ_k| ≤ xi`, `μ ∈ mu`, `σ ∈ [0, sigma0]`.
#[derive(Clone, Debug)]
pub struct Domain {
    /// Depth p.
    pub p: usize,
    /// `σ₀`.
    pub sigma0: BigRational,
    /// `ρ̄`.
    pub rho: BigRational,
    /// `ξ̄`.
    pub xi: BigRational,
    /// `[μ_lo, μ_hi]`.
    pub mu: [BigRational; 2],
}

fn ctx(d: &Domain) -> Ctx {
    let nv = d.p + 1;
    let mut b = vec![d.rho.clone()];
    b.extend(std::iter::repeat_n(d.xi.clone(), d.p - 1));
    b.push(d.mu[0].abs().max(d.mu[1].abs()));
    Ctx {
        nv,
        sigma0: d.sigma0.clone(),
        b,
    }
}

/// `θ_k` as Taylor models at level `n` (variables ρ = 0, ξ_k = k, μ = p).
fn thetas(c: &Ctx, p: usize, n: u32) -> Vec<Tm> {
    let pr = rat(p as i64);
    let inv_p = BigRational::one() / &pr;
    // a_k = ρ/p + ξ_k (ξ_p = −Σ ξ_k), as σ¹ models
    let a: Vec<Tm> = (0..p)
        .map(|k| {
            let base = c.mono(inv_p.clone(), 1, Some(0), n);
            if k + 1 < p {
                c.add(&base, &c.mono(BigRational::one(), 1, Some(k + 1), n))
            } else {
                (1..p).fold(base, |acc, j| {
                    c.add(&acc, &c.mono(-BigRational::one(), 1, Some(j), n))
                })
            }
        })
        .collect();
    let mut e2 = c.konst(BigRational::zero(), n);
    for i in 0..p {
        for j in i + 1..p {
            e2 = c.add(&e2, &c.mul(&a[i], &a[j]));
        }
    }
    // e2 is σ²·e₂(a); e3 is σ³·e₃(a).
    let mut e3 = c.konst(BigRational::zero(), n);
    for i in 0..p {
        for j in i + 1..p {
            for k in j + 1..p {
                e3 = c.add(&e3, &c.mul(&c.mul(&a[i], &a[j]), &a[k]));
            }
        }
    }
    // θ_k = 1 + σa_k + σ²b + σ³c₃ + σ⁴μ, b = −e₂(a)/p, c₃ = −(e₃(a) + (p−1)·b·ρ)/p: the
    // σ², σ³ coefficients of ∏θ_k − 1 − σρ vanish (checked by `mu_poly`'s exact division).
    let b = c.scale(&e2, &-inv_p.clone());
    let rho_s = c.mono(BigRational::one(), 1, Some(0), n);
    let c3 = c.scale(
        &c.add(
            &e3,
            &c.scale(&c.mul(&b, &rho_s), &(&pr - BigRational::one())),
        ),
        &-inv_p.clone(),
    );
    let common = c.add(
        &c.konst(BigRational::one(), n),
        &c.add(&c.add(&b, &c3), &c.mono(BigRational::one(), 4, Some(p), n)),
    );
    a.iter().map(|ak| c.add(&common, ak)).collect()
}

/// One GD step on `(r, θ)` Taylor models: `(r·K, θ − ηrπ)`.
fn step(c: &Ctx, k: &Poly, eta: &BigRational, r: &Tm, th: &[Tm], n: u32) -> (Tm, Vec<Tm>) {
    let mut args = vec![r.clone()];
    args.extend_from_slice(th);
    let kk = c.compose(k, &args, n);
    let r1 = c.mul(r, &kk);
    let p = th.len();
    let th1 = (0..p)
        .map(|i| {
            let pi = (0..p)
                .filter(|&j| j != i)
                .fold(c.konst(BigRational::one(), n), |a, j| c.mul(&a, &th[j]));
            c.add(&th[i], &c.scale(&c.mul(r, &pi), &-eta.clone()))
        })
        .collect();
    (r1, th1)
}

fn mean(c: &Ctx, th: &[Tm]) -> Tm {
    let inv = BigRational::one() / rat(th.len() as i64);
    let s = th
        .iter()
        .fold(c.konst(BigRational::zero(), th[0].n), |a, b| c.add(&a, b));
    c.scale(&s, &inv)
}

/// `S₂ = Σ_k ξ_k²` (ξ_p eliminated) as a σ⁰ model.
fn s2(c: &Ctx, p: usize, n: u32) -> Tm {
    let xi: Vec<Tm> = (1..p)
        .map(|k| c.mono(BigRational::one(), 0, Some(k), n))
        .collect();
    let last = xi.iter().fold(c.konst(BigRational::zero(), n), |a, b| {
        c.add(&a, &c.scale(b, &-BigRational::one()))
    });
    xi.iter()
        .chain(std::iter::once(&last))
        .fold(c.konst(BigRational::zero(), n), |a, x| {
            c.add(&a, &c.mul(x, x))
        })
}

/// `S₂`, `e₃`, `S₂²`, `S₂·e₃` as polynomials in `ξ₁…ξ_{p−1}` (`ξ_p = −Σ ξ_k`), with their
/// keys `(j, k)` (`S₂^j·e₃^k`).
fn xi_basis(p: usize) -> Vec<(u32, u32, Poly)> {
    let m = p - 1;
    let mut xs: Vec<Poly> = (0..m)
        .map(|k| {
            let mut e = vec![0; m];
            e[k] = 1;
            Poly::from([(e, BigRational::one())])
        })
        .collect();
    let mut last = Poly::new();
    for x in &xs {
        for (e, c) in x {
            padd(&mut last, e.clone(), -c.clone());
        }
    }
    xs.push(last);
    let mut s2 = Poly::new();
    for x in &xs {
        for (e, c) in pmul(x, x) {
            padd(&mut s2, e, c);
        }
    }
    let mut e3 = Poly::new();
    for i in 0..p {
        for j in i + 1..p {
            for k in j + 1..p {
                for (e, c) in pmul(&pmul(&xs[i], &xs[j]), &xs[k]) {
                    padd(&mut e3, e, c);
                }
            }
        }
    }
    let mut v = vec![
        (1, 0, s2.clone()),
        (2, 0, pmul(&s2, &s2)),
        (1, 1, pmul(&s2, &e3)),
    ];
    if !e3.is_empty() {
        v.push((0, 1, e3));
    }
    v
}

/// `q = c·basis` for one basis element: `(j, k, c)`.
fn match_basis(q: &Poly, basis: &[(u32, u32, Poly)]) -> Option<(u32, u32, BigRational)> {
    let deg = |p: &Poly| p.keys().next().map(|e| e.iter().sum::<u32>());
    basis.iter().find_map(|(j, k, b)| {
        if deg(b) != deg(q) || b.len() != q.len() {
            return None;
        }
        let (e, x) = q.iter().next()?;
        let c = x / b.get(e)?;
        b.iter()
            .all(|(f, y)| q.get(f) == Some(&(y * &c)))
            .then_some((*j, *k, c))
    })
}

/// An upper bound of `κ_p = (p − 2)/(3√(p(p−1)))` on the `2⁻⁶⁴` grid.
fn kappa(p: usize) -> BigRational {
    let pr = rat(p as i64);
    let k2 = (&pr - rat(2)) * (&pr - rat(2)) / (rat(9) * &pr * (&pr - BigRational::one()));
    // √ rounded up on the 2⁻⁶⁴ grid
    let scale = BigInt::one() << 128u32;
    let n = (k2 * BigRational::from_integer(scale)).ceil().to_integer();
    let mut r = n.sqrt();
    if &r * &r < n {
        r += 1;
    }
    BigRational::new(r, BigInt::one() << 64u32)
}

/// Split `a` into its σ⁰ part reduced to `(ρ, S₂)`, its σ¹ part reduced where possible, and a
/// bound of the rest.
///
/// The rest is grouped by (σ-degree s ≥ 1, ρ-degree i, μ-degree m, ξ-degree d); a group
/// `σ^s·ρ^i·μ^m·g(ξ)` is bounded by `σ₀^s·ρ̄^i·μ̄^m·B(g)`, `B(g)` the monomial bound
/// `Σ|c_e|·ξ̄^{|e|}` or, for p ≥ 4 ([`symmetric_bounds`]), the smaller of it and the power-sum
/// bound of [`symmetric_bound`] (valid where `S₂ ≤ W̄ = p·ξ̄²/(p − 1)`).
fn reduce(c: &Ctx, a: &Tm, p: usize) -> Result<Reduced, String> {
    // Group the σ⁰ and σ¹ parts by (σ-degree, ρ-degree, ξ-degree); each group's ξ-part is
    // matched against the basis. The rest is keyed (σ-degree, ρ-degree, μ-degree, ξ-degree).
    let basis = xi_basis(p);
    let mut groups: BTreeMap<(u32, u32, u32), Poly> = BTreeMap::new();
    let mut rest: BTreeMap<(u32, u32, u32, u32), Poly> = BTreeMap::new();
    for ((s, e), x) in &a.terms {
        let deg: u32 = e[1..p].iter().sum();
        if *s <= 1 && e[p] == 0 {
            padd(
                groups.entry((*s, e[0], deg)).or_default(),
                e[1..p].to_vec(),
                x.clone(),
            );
        } else if *s == 0 {
            return Err("the averaged part depends on μ".into());
        } else {
            padd(
                rest.entry((*s, e[0], e[p], deg)).or_default(),
                e[1..p].to_vec(),
                x.clone(),
            );
        }
    }
    let mut h0 = BTreeMap::new();
    let mut h1 = BTreeMap::new();
    for ((s, i, deg), g) in groups {
        let matched = if deg == 0 {
            g.values().next().map(|x| (0, 0, x.clone()))
        } else {
            match_basis(&g, &basis)
        };
        match (s, matched) {
            (0, Some((j, 0, x))) => {
                h0.insert((i, j), x);
            }
            (0, _) => {
                return Err(format!(
                    "the averaged part is not a function of (ρ, S₂) (ρ-degree {i}, ξ-degree {deg})"
                ));
            }
            (_, Some((j, k, x))) => {
                h1.insert((i, j, k), x);
            }
            (_, None) => {
                rest.insert((s, i, 0, deg), g);
            }
        }
    }
    Ok(Reduced {
        h0,
        h1,
        kappa: kappa(p),
        err: up(&(rest_bound(c, &rest, p) + &a.rem * c.sig(a.n + 1))),
    })
}

/// Whether the power-sum bound is used at depth `p` (p ≥ 4).
pub fn symmetric_bounds(p: usize) -> bool {
    p >= 4
}

/// The truncation order of the field's Taylor models at depth `p`: 4 for p ≤ 3, 5 for p = 4,
/// 6 for p ≥ 5 (where the tangential deviation is larger and its remainder needs it).
pub fn order(p: usize) -> u32 {
    match p {
        0..=3 => ORDER,
        4 => ORDER + 1,
        _ => ORDER + 2,
    }
}

/// `Σ` over the groups of [`reduce`]'s rest of `σ₀^s·ρ̄^i·μ̄^m·B(g)`.
fn rest_bound(c: &Ctx, rest: &BTreeMap<(u32, u32, u32, u32), Poly>, p: usize) -> BigRational {
    let pr = rat(p as i64);
    let wbar = &c.b[1] * &c.b[1] * &pr / (&pr - BigRational::one());
    let mut cache = BTreeMap::new();
    let mut err = BigRational::zero();
    for ((s, i, m, d), g) in rest {
        let mut f = vec![0u32; p + 1];
        f[0] = *i;
        f[p] = *m;
        let scale = c.mono_bound(&f) * c.sig(*s);
        let monomial: BigRational = g
            .iter()
            .map(|(e, x)| {
                let mut f = vec![0u32; p + 1];
                f[1..p].copy_from_slice(e);
                x.abs() * c.mono_bound(&f)
            })
            .sum();
        let sym = symmetric_bounds(p)
            .then(|| symmetric_bound(g, p, *d, &wbar, &mut cache))
            .flatten();
        let b = match sym {
            Some(y) if y < monomial => y,
            _ => monomial,
        };
        err += b * scale;
    }
    err
}

/// The partitions of `d` into parts in `2..=max` (non-increasing).
fn partitions(d: u32, max: u32) -> Vec<Vec<u32>> {
    if d == 0 {
        return vec![vec![]];
    }
    let mut out = Vec::new();
    for k in (2..=max.min(d)).rev() {
        for mut rest in partitions(d - k, k) {
            rest.insert(0, k);
            out.push(rest);
        }
    }
    out
}

/// The products of power sums `p_λ(ξ) = ∏_i p_{λ_i}(ξ)`, `p_k = Σ_{j ≤ p} ξ_j^k` with
/// `ξ_p = −Σ_{j<p} ξ_j`, for the partitions `λ` of `d` into parts in `2..=p`.
fn power_sum_products(p: usize, d: u32) -> Vec<Poly> {
    let m = p - 1;
    let mut xs: Vec<Poly> = (0..m)
        .map(|k| {
            let mut e = vec![0; m];
            e[k] = 1;
            Poly::from([(e, BigRational::one())])
        })
        .collect();
    let last = xs.iter().fold(Poly::new(), |mut acc, x| {
        for (e, c) in x {
            padd(&mut acc, e.clone(), -c.clone());
        }
        acc
    });
    xs.push(last);
    let one = Poly::from([(vec![0; m], BigRational::one())]);
    let sums: Vec<Poly> = (0..=p)
        .map(|k| {
            let mut s = Poly::new();
            for x in xs.iter().filter(|_| k >= 2) {
                for (e, c) in (0..k).fold(one.clone(), |y, _| pmul(&y, x)) {
                    padd(&mut s, e, c);
                }
            }
            s
        })
        .collect();
    partitions(d, p as u32)
        .into_iter()
        .map(|l| {
            l.iter()
                .fold(one.clone(), |acc, &k| pmul(&acc, &sums[k as usize]))
        })
        .collect()
}

/// Coefficients `c` with `g = Σ_j c_j·basis_j` exactly (Gaussian elimination, then an exact
/// re-check of the identity), or `None`.
fn solve_in_span(g: &Poly, basis: &[Poly]) -> Option<Vec<BigRational>> {
    let n = basis.len();
    let mut monos: Vec<&Vec<u32>> = g
        .keys()
        .chain(basis.iter().flat_map(|b| b.keys()))
        .collect();
    monos.sort();
    monos.dedup();
    let coef = |q: &Poly, e: &Vec<u32>| q.get(e).cloned().unwrap_or_else(BigRational::zero);
    let mut rows: Vec<Vec<BigRational>> = monos
        .iter()
        .map(|e| basis.iter().chain([g]).map(|q| coef(q, e)).collect())
        .collect();
    let mut pivots = Vec::new();
    for col in 0..n {
        let row = pivots.len();
        let Some(pr) = (row..rows.len()).find(|&i| !rows[i][col].is_zero()) else {
            continue;
        };
        rows.swap(row, pr);
        let pv = rows[row][col].clone();
        let prow: Vec<BigRational> = rows[row].iter().map(|x| x / &pv).collect();
        for r in rows.iter_mut() {
            if !r[col].is_zero() {
                let f = r[col].clone();
                for (x, y) in r.iter_mut().zip(&prow) {
                    *x -= &f * y;
                }
            }
        }
        rows[row] = prow;
        pivots.push(col);
    }
    let mut c = vec![BigRational::zero(); n];
    for (r, col) in pivots.iter().enumerate() {
        c[*col] = rows[r][n].clone();
    }
    let mut s = Poly::new();
    for (b, x) in basis.iter().zip(&c) {
        for (e, y) in b {
            padd(&mut s, e.clone(), x * y);
        }
    }
    (&s == g).then_some(c)
}

/// An upper bound of `|g(ξ)|` for `g` homogeneous of degree `d` in `ξ` on `Σξ = 0`,
/// `S₂ = Σξ² ≤ w̄`: with `g = Σ_λ c_λ·p_λ` (the power-sum products of [`power_sum_products`],
/// found exactly) and `|p_k(ξ)| ≤ Σ_j|ξ_j|^k ≤ S₂^{k/2}` (k ≥ 2), `|g| ≤ Σ|c_λ|·w̄^{d/2}`.
/// `None` when `g` is not in the span.
fn symmetric_bound(
    g: &Poly,
    p: usize,
    d: u32,
    wbar: &BigRational,
    cache: &mut BTreeMap<u32, Vec<Poly>>,
) -> Option<BigRational> {
    let basis = cache.entry(d).or_insert_with(|| power_sum_products(p, d));
    let c = solve_in_span(g, basis)?;
    let sum: BigRational = c.iter().map(Signed::abs).sum();
    let mut w = num_traits::pow(wbar.clone(), (d / 2) as usize);
    if d % 2 == 1 {
        w *= super::alltime_depth::sqrt_up(wbar);
    }
    Some(sum * w)
}

/// The polynomial `g(μ) = (∏θ_k − 1 − σρ)/σ⁴` (exact; variables as in [`Tm`]) whose unique
/// root is the true `μ`; `g` is increasing in `μ` where every `θ_k > 0`.
///
/// # Errors
/// If the division is not exact (cannot happen: `θ` is built so that it is).
pub fn mu_poly(d: &Domain) -> Result<Vec<(u32, Vec<u32>, BigRational)>, String> {
    let c = ctx(d);
    let n = 4 * d.p as u32 + 4;
    let th = thetas(&c, d.p, n);
    let prod = th
        .iter()
        .fold(c.konst(BigRational::one(), n), |a, b| c.mul(&a, b));
    let g = c.add(
        &prod,
        &c.add(
            &c.konst(-BigRational::one(), n),
            &c.mono(-BigRational::one(), 1, Some(0), n),
        ),
    );
    let g = c
        .div_sigma(&g, 4)
        .ok_or("μ constraint not divisible by σ⁴")?;
    Ok(g.terms.into_iter().map(|((s, e), x)| (s, e, x)).collect())
}

/// Bounds `[lo, hi]` of `g(m)` over the domain (μ fixed to `m`).
pub fn mu_poly_range(
    d: &Domain,
    g: &[(u32, Vec<u32>, BigRational)],
    m: &BigRational,
) -> [BigRational; 2] {
    let c = ctx(d);
    let p = d.p;
    let (mut lo, mut hi) = (BigRational::zero(), BigRational::zero());
    for (s, e, x) in g {
        let mut fixed = e.clone();
        fixed[p] = 0;
        let mag = c.mono_bound(&fixed) * c.sig(*s) * num_traits::pow(m.clone(), e[p] as usize);
        let v = x * mag;
        let even = fixed.iter().all(|k| k % 2 == 0);
        // σ ∈ [0, σ₀]: a σ-dependent term ranges over [0, v] if even in the symmetric variables.
        if even && (*s > 0 || fixed.iter().any(|&k| k > 0)) {
            if v.is_positive() {
                hi += v;
            } else {
                lo += v;
            }
        } else if even {
            lo += v.clone();
            hi += v;
        } else {
            lo -= v.abs();
            hi += v.abs();
        }
    }
    [lo, hi]
}

/// The positivity conditions and the sign of `g` = [`mu_poly`] at the ends of `mu` (module
/// docs); `g` is passed in because its terms do not depend on the domain (it is exact: its
/// σ-degree ≤ 4p − 4 lies below the level `4p + 4`).
///
/// # Errors
/// The first condition that fails.
pub fn check_mu_with(d: &Domain, g: &[(u32, Vec<u32>, BigRational)]) -> Result<(), String> {
    let half = BigRational::new(1.into(), 2.into());
    let s = &d.sigma0;
    let c = ctx(d);
    let one = c.konst(-BigRational::one(), ORDER);
    for th in thetas(&c, d.p, ORDER) {
        if c.poly_bound(&c.add(&th, &one)) > half {
            return Err("the domain is too large for the positivity argument".into());
        }
    }
    if BigRational::from_integer(2.into()) * s * &d.xi > half || s * &d.rho > half {
        return Err("the domain is too large for the positivity argument".into());
    }
    if d.mu[0] >= d.mu[1] {
        return Err("mu must be an interval with mu[0] < mu[1]".into());
    }
    if !mu_poly_range(d, g, &d.mu[0])[1].is_negative() {
        return Err("g(mu[0]) < 0 is not proved".into());
    }
    if !mu_poly_range(d, g, &d.mu[1])[0].is_positive() {
        return Err("g(mu[1]) > 0 is not proved".into());
    }
    Ok(())
}

/// Build the field over the domain `d`.
///
/// # Errors
/// Why the construction failed (depth out of range, an averaged part not reducible to
/// `(ρ, S₂)`, a division by σ that is not exact).
pub fn build(d: &Domain) -> Result<Field, String> {
    let p = d.p;
    if !(2..=MAX_P).contains(&p) {
        return Err(format!("depth must lie in 2..={MAX_P}"));
    }
    let c = ctx(d);
    let n = order(p);
    let eta = BigRational::new(2.into(), BigInt::from(p));
    let kp = k_poly(p, &eta);
    let th = thetas(&c, p, n);
    let r = c.mono(BigRational::one(), 1, Some(0), n);
    let (r1, th1) = step(&c, &kp, &eta, &r, &th, n);
    let (r2, th2) = step(&c, &kp, &eta, &r1, &th1, n);
    let one = c.konst(BigRational::one(), n);
    let s2m = c.mono(rat(2), 2, None, n);
    let two_steps = c.add(&one, &s2m);
    let one_step = c.add(&one, &c.mono(BigRational::one(), 2, None, n));
    let sq = |x: &Tm| c.mul(x, x);
    // U: r₂ = r·G, G = K·K' = r₂/r — compute G directly as the product of the two K's.
    let mut args = vec![r.clone()];
    args.extend_from_slice(&th);
    let k0 = c.compose(&kp, &args, n);
    let mut args1 = vec![r1.clone()];
    args1.extend_from_slice(&th1);
    let k1 = c.compose(&kp, &args1, n);
    let g = c.mul(&k0, &k1);
    let hu = c.add(
        &c.mul(&two_steps, &sq(&g)),
        &c.konst(-BigRational::one(), n),
    );
    let hu = c.div_sigma(&hu, 2).ok_or("H_U: not divisible by σ²")?;
    let _ = r2;
    // W
    let dev = |th: &[Tm]| -> Result<Tm, String> {
        let m = mean(&c, th);
        let mut s = c.konst(BigRational::zero(), n);
        for t in th {
            let d = c.add(t, &c.scale(&m, &-BigRational::one()));
            let d = c.div_sigma(&d, 1).ok_or("deviation not divisible by σ")?;
            s = c.add(&s, &sq(&d));
        }
        Ok(s)
    };
    let sum2 = dev(&th2)?;
    let hw = c.add(
        &c.mul(&c.truncate(&two_steps, sum2.n), &sum2),
        &c.scale(&s2(&c, p, sum2.n), &-BigRational::one()),
    );
    let hw = c.div_sigma(&hw, 2).ok_or("H_W: not divisible by σ²")?;
    let one_u = c.mul(&one_step, &sq(&k0));
    let one_w = c.mul(&one_step, &dev(&th1)?);
    let pr = rat(p as i64);
    let mbar = |th: &[Tm]| -> Result<Tm, String> {
        let m = c.add(&mean(&c, th), &c.konst(-BigRational::one(), n));
        c.div_sigma(&m, 1)
            .ok_or_else(|| "mean not divisible by σ".to_string())
    };
    let dist_even = c.scale(&sq(&mbar(&th)?), &pr);
    let dist_odd = c.mul(&one_step, &c.scale(&sq(&mbar(&th1)?), &pr));
    Ok(Field {
        hu: reduce(&c, &hu, p)?,
        hw: reduce(&c, &hw, p)?,
        one_u: reduce(&c, &one_u, p)?,
        one_w: reduce(&c, &one_w, p)?,
        dist_even: reduce(&c, &dist_even, p)?,
        dist_odd: reduce(&c, &dist_odd, p)?,
    })
}
