//! The prover's own polynomials of the rescaled critical system (the all-time search).
//!
//! `H_u`, `H_w` and the one-step factors are built here, exactly, from the normalised map
//! `r' = r·k(r, Q)`, `k(r, Q) = r² − r − 1 − Q`, `Q' = Q(1 + r)²` at `r = ρσ`, `Q = wσ²`
//! (the statement and the lemma: `eoscert_check::check::trapping`, which re-verifies the
//! prover's region with its *own* copy of these polynomials — the prover does not use the
//! checker's mathematics, and the checker does not use this module).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

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

/// `H_u`, `H_w`, `k²(1 + σ²)` and `(1 + r)²(1 + σ²)` (module docs), built once.
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

/// Split a box at the exact midpoint of its wider side (`u` on ties).
pub fn split(b: &[[BigRational; 2]; 2]) -> ([[BigRational; 2]; 2], [[BigRational; 2]; 2]) {
    let i = usize::from(&b[1][1] - &b[1][0] > &b[0][1] - &b[0][0]);
    let mid = (&b[i][0] + &b[i][1]) / BigRational::from_integer(2.into());
    let (mut left, mut right) = (b.clone(), b.clone());
    left[i][1] = mid.clone();
    right[i][0] = mid;
    (left, right)
}
