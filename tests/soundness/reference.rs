//! Independent references, written here from the formulas and sharing no code with eoscert:
//! exact GMP rationals (`rug::Rational`) for a few GD steps, and a naive outward-rounded
//! interval of two `rug` floats ([`Ref`]) at ≥ 4× the precision under test for everything else.
//! The only eoscert code used is its exact decimal parser, to read the certificates' strings.

use std::cmp::Ordering;

use eoscert::certificate::{Certificate, Quantity};
use num_bigint::BigInt;
use num_rational::BigRational;
use rug::float::Round;
use rug::{Float, Rational};

/// The exact rational `n/d`.
pub fn rat(n: i64, d: i64) -> BigRational {
    BigRational::new(n.into(), d.into())
}

/// SplitMix64: a tiny seeded generator, so that every case is reproducible from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn int(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }

    /// One of `items`.
    pub fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.next() as usize % items.len()].clone()
    }
}

/// The enclosure `[lo, hi]` the certificate states for `name`, as exact rationals.
pub fn claimed(cert: &Certificate, name: &str) -> Option<(BigRational, BigRational)> {
    match cert.quantities.get(name)? {
        Quantity::Enclosure(e) => Some((
            eoscert::arith::parse_rational(&e.lo).ok()?,
            eoscert::arith::parse_rational(&e.hi).ok()?,
        )),
        _ => None,
    }
}

/// A label or boolean of the certificate.
pub fn label(cert: &Certificate, name: &str) -> Option<String> {
    match cert.quantities.get(name)? {
        Quantity::Label(s) => Some(s.clone()),
        Quantity::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `Err` describing the violation unless the claimed enclosure of `name` contains `x`.
pub fn contains_exact(cert: &Certificate, name: &str, x: &BigRational) -> Result<(), String> {
    let (lo, hi) = claimed(cert, name).ok_or(format!("{name} missing"))?;
    if &lo <= x && x <= &hi {
        Ok(())
    } else {
        Err(format!("{name} = [{lo}, {hi}] misses the exact value {x}"))
    }
}

/// `Err` (a proved violation) when the claimed enclosure of `name` is disjoint from the
/// reference enclosure `r`: `r` contains the true value, so a claim missing all of `r` misses the
/// truth. A claim that overlaps `r` without containing it lies within the reference's own width
/// (≈ 10⁻³⁰⁰ at 1024 bits) of the truth and cannot be refuted at this resolution: that is what
/// an exact claim (`lo = hi`, computed without rounding by the prover, e.g. from dyadic inputs)
/// looks like against a rounded reference, and it is not a violation (e.g. a 10⁴-case
/// catapult run flagged `loss_peak_ratio = 289/64` exactly against a reference 10⁻³⁰⁰ wide
/// around 289/64). Unsound backends are still caught: their errors (≈ 10⁻¹⁶ for the
/// round-to-nearest mutant) are far wider than the reference.
pub fn contains_ref(cert: &Certificate, name: &str, r: &Ref) -> Result<(), String> {
    let (lo, hi) = claimed(cert, name).ok_or(format!("{name} missing"))?;
    let (lo, hi) = (to_rug(&lo), to_rug(&hi));
    if r.hi < lo || r.lo > hi {
        Err(format!(
            "{name} = [{}, {}] misses the reference [{}, {}]",
            lo.to_f64(),
            hi.to_f64(),
            r.lo.to_f64(),
            r.hi.to_f64()
        ))
    } else {
        Ok(())
    }
}

pub fn to_rug(q: &BigRational) -> Rational {
    let n: rug::Integer = q.numer().to_string().parse().expect("integer");
    let d: rug::Integer = q.denom().to_string().parse().expect("integer");
    Rational::from((n, d))
}

pub fn from_rug(q: &Rational) -> BigRational {
    let n: BigInt = q.numer().to_string().parse().expect("integer");
    let d: BigInt = q.denom().to_string().parse().expect("integer");
    BigRational::new(n, d)
}

/// A naive interval `[lo, hi]` of two MPFR floats: every operation rounds `lo` down and `hi`
/// up (written here from scratch; it shares no code with `eoscert::arith`).
#[derive(Clone, Debug)]
pub struct Ref {
    pub lo: Float,
    pub hi: Float,
}

impl Ref {
    pub fn exact(q: &BigRational, prec: u32) -> Ref {
        let r = to_rug(q);
        Ref {
            lo: Float::with_val_round(prec, &r, Round::Down).0,
            hi: Float::with_val_round(prec, &r, Round::Up).0,
        }
    }

    pub fn int(n: i64, prec: u32) -> Ref {
        Ref::exact(&rat(n, 1), prec)
    }

    fn prec(&self) -> u32 {
        self.lo.prec()
    }

    pub fn add(&self, o: &Ref) -> Ref {
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, &self.lo + &o.lo, Round::Down).0,
            hi: Float::with_val_round(p, &self.hi + &o.hi, Round::Up).0,
        }
    }

    pub fn sub(&self, o: &Ref) -> Ref {
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, &self.lo - &o.hi, Round::Down).0,
            hi: Float::with_val_round(p, &self.hi - &o.lo, Round::Up).0,
        }
    }

    pub fn mul(&self, o: &Ref) -> Ref {
        let p = self.prec();
        let pairs = [
            (&self.lo, &o.lo),
            (&self.lo, &o.hi),
            (&self.hi, &o.lo),
            (&self.hi, &o.hi),
        ];
        let lo = pairs
            .iter()
            .map(|(a, b)| Float::with_val_round(p, *a * *b, Round::Down).0)
            .reduce(|a, b| if b < a { b } else { a })
            .expect("four corners");
        let hi = pairs
            .iter()
            .map(|(a, b)| Float::with_val_round(p, *a * *b, Round::Up).0)
            .reduce(|a, b| if b > a { b } else { a })
            .expect("four corners");
        Ref { lo, hi }
    }

    /// Division by an interval of positive numbers.
    pub fn div_pos(&self, o: &Ref) -> Ref {
        assert!(o.lo > 0, "reference: divisor must be positive");
        let p = self.prec();
        let pairs = [
            (&self.lo, &o.lo),
            (&self.lo, &o.hi),
            (&self.hi, &o.lo),
            (&self.hi, &o.hi),
        ];
        let lo = pairs
            .iter()
            .map(|(a, b)| Float::with_val_round(p, *a / *b, Round::Down).0)
            .reduce(|a, b| if b < a { b } else { a })
            .expect("four corners");
        let hi = pairs
            .iter()
            .map(|(a, b)| Float::with_val_round(p, *a / *b, Round::Up).0)
            .reduce(|a, b| if b > a { b } else { a })
            .expect("four corners");
        Ref { lo, hi }
    }

    /// √x for x ≥ 0.
    pub fn sqrt(&self) -> Ref {
        assert!(
            self.lo >= 0,
            "reference: sqrt of a possibly negative number"
        );
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, self.lo.sqrt_ref(), Round::Down).0,
            hi: Float::with_val_round(p, self.hi.sqrt_ref(), Round::Up).0,
        }
    }

    pub fn abs(&self) -> Ref {
        if self.lo >= 0 {
            self.clone()
        } else if self.hi <= 0 {
            Ref {
                lo: Float::with_val(self.prec(), -&self.hi),
                hi: Float::with_val(self.prec(), -&self.lo),
            }
        } else {
            let m = if -self.lo.clone() > self.hi {
                Float::with_val(self.prec(), -&self.lo)
            } else {
                self.hi.clone()
            };
            Ref {
                lo: Float::with_val(self.prec(), 0),
                hi: m,
            }
        }
    }

    pub fn width(&self) -> f64 {
        Float::with_val(53, &self.hi - &self.lo).to_f64()
    }

    pub fn mid(&self) -> f64 {
        Float::with_val(53, &self.hi + &self.lo).to_f64() / 2.0
    }
}

// ---- exact GD for the two models (few steps), in GMP rationals (`rug::Rational`) ----

/// The model, written out again: `Product(p)` is f = θ₁⋯θ_p, `Inner(d)` is f = ⟨u, v⟩ with
/// θ = (u, v).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Product(usize),
    Inner(usize),
}

impl Kind {
    pub fn n_params(self) -> usize {
        match self {
            Kind::Product(p) => p,
            Kind::Inner(d) => 2 * d,
        }
    }

    pub fn f(self, t: &[Rational]) -> Rational {
        match self {
            Kind::Product(_) => t.iter().fold(Rational::from(1), |a, b| a * b),
            Kind::Inner(d) => (0..d).fold(Rational::new(), |a, i| {
                a + Rational::from(&t[i] * &t[d + i])
            }),
        }
    }

    pub fn grad(self, t: &[Rational]) -> Vec<Rational> {
        match self {
            Kind::Product(p) => (0..p)
                .map(|i| {
                    (0..p)
                        .filter(|&j| j != i)
                        .fold(Rational::from(1), |a, j| a * &t[j])
                })
                .collect(),
            Kind::Inner(d) => (0..2 * d).map(|i| t[(i + d) % (2 * d)].clone()).collect(),
        }
    }

    /// ∇²f.
    pub fn hess_f(self, t: &[Rational]) -> Vec<Vec<Rational>> {
        let n = self.n_params();
        let mut h = vec![vec![Rational::new(); n]; n];
        for (i, row) in h.iter_mut().enumerate() {
            for (j, x) in row.iter_mut().enumerate() {
                if i == j {
                    continue;
                }
                *x = match self {
                    Kind::Product(p) => (0..p)
                        .filter(|&k| k != i && k != j)
                        .fold(Rational::from(1), |a, k| a * &t[k]),
                    Kind::Inner(d) => {
                        if (i + d) % (2 * d) == j {
                            Rational::from(1)
                        } else {
                            Rational::new()
                        }
                    }
                };
            }
        }
        h
    }

    /// One GD step θ − η(f − y)∇f, exactly.
    pub fn step(self, t: &[Rational], eta: &Rational, y: &Rational) -> Vec<Rational> {
        let er = eta * (self.f(t) - y);
        let g = self.grad(t);
        t.iter()
            .zip(&g)
            .map(|(x, gi)| x - Rational::from(&er * gi))
            .collect()
    }

    /// ∇²ℓ = ∇f∇fᵀ + (f − y)∇²f.
    pub fn hess_loss(self, t: &[Rational], y: &Rational) -> Vec<Vec<Rational>> {
        let g = self.grad(t);
        let r = self.f(t) - y;
        let hf = self.hess_f(t);
        (0..g.len())
            .map(|i| {
                (0..g.len())
                    .map(|j| Rational::from(&g[i] * &g[j]) + Rational::from(&r * &hf[i][j]))
                    .collect()
            })
            .collect()
    }
}

/// The determinant by fraction-exact Gaussian elimination.
fn det(mut a: Vec<Vec<Rational>>) -> Rational {
    let n = a.len();
    let mut d = Rational::from(1);
    for c in 0..n {
        let Some(piv) = (c..n).find(|&r| a[r][c].cmp0() != Ordering::Equal) else {
            return Rational::new();
        };
        if piv != c {
            a.swap(piv, c);
            d = -d;
        }
        d *= &a[c][c];
        let (top, below) = a.split_at_mut(c + 1);
        let pivot_row = &top[c];
        for row in below.iter_mut() {
            let f = Rational::from(&row[c] / &pivot_row[c]);
            for (x, p) in row[c..].iter_mut().zip(&pivot_row[c..]) {
                *x -= Rational::from(&f * p);
            }
        }
    }
    d
}

fn shifted(h: &[Vec<Rational>], s: &Rational, idx: &[usize]) -> Vec<Vec<Rational>> {
    idx.iter()
        .map(|&i| {
            idx.iter()
                .map(|&j| {
                    let d = if i == j { s.clone() } else { Rational::new() };
                    d - &h[i][j]
                })
                .collect()
        })
        .collect()
}

/// Is λ_max(H) ≤ s? Exactly: s·I − H is positive semidefinite iff all its principal minors
/// are ≥ 0.
pub fn lambda_max_at_most(h: &[Vec<Rational>], s: &Rational) -> bool {
    let n = h.len();
    (1u32..1 << n).all(|mask| {
        let idx: Vec<usize> = (0..n).filter(|i| mask >> i & 1 == 1).collect();
        det(shifted(h, s, &idx)).cmp0() != Ordering::Less
    })
}

/// Is λ_max(H) ≥ s? Exactly: s·I − H is *not* positive definite (Sylvester: some leading
/// principal minor ≤ 0).
pub fn lambda_max_at_least(h: &[Vec<Rational>], s: &Rational) -> bool {
    let n = h.len();
    (1..=n).any(|k| {
        let idx: Vec<usize> = (0..k).collect();
        det(shifted(h, s, &idx)).cmp0() != Ordering::Greater
    })
}

/// Compare a reference enclosure with an exact rational: `Some(ordering)` when decided.
pub fn cmp_ref(r: &Ref, q: &BigRational) -> Option<Ordering> {
    let q = to_rug(q);
    if r.hi < q {
        Some(Ordering::Less)
    } else if r.lo > q {
        Some(Ordering::Greater)
    } else {
        None
    }
}

// ---- elementary functions of [`Ref`] (MPFR's correctly rounded ones, directed) ----

impl Ref {
    /// ln x for x > 0.
    pub fn ln(&self) -> Ref {
        assert!(
            self.lo > 0,
            "reference: ln of a possibly non-positive number"
        );
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, self.lo.ln_ref(), Round::Down).0,
            hi: Float::with_val_round(p, self.hi.ln_ref(), Round::Up).0,
        }
    }

    pub fn tanh(&self) -> Ref {
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, self.lo.tanh_ref(), Round::Down).0,
            hi: Float::with_val_round(p, self.hi.tanh_ref(), Round::Up).0,
        }
    }

    /// cosh x = cosh |x| (increasing in |x|).
    pub fn cosh(&self) -> Ref {
        let a = self.abs();
        let p = self.prec();
        Ref {
            lo: Float::with_val_round(p, a.lo.cosh_ref(), Round::Down).0,
            hi: Float::with_val_round(p, a.hi.cosh_ref(), Round::Up).0,
        }
    }

    /// x² (tight: ≥ 0 when the interval contains 0).
    pub fn sqr(&self) -> Ref {
        let a = self.abs();
        a.mul(&a)
    }

    /// `[lo − e, hi + e]` with `e = slack·max(1, |x|)`, rounded outward.
    pub fn widen(&self, slack: f64) -> Ref {
        let p = self.prec();
        let m = Float::with_val(p, self.abs().hi.clone().max(&Float::with_val(p, 1)));
        let e = Float::with_val_round(p, &m * slack, Round::Up).0;
        Ref {
            lo: Float::with_val_round(p, &self.lo - &e, Round::Down).0,
            hi: Float::with_val_round(p, &self.hi + &e, Round::Up).0,
        }
    }

    /// Whether the two enclosures share a point.
    pub fn meets(&self, lo: &BigRational, hi: &BigRational) -> bool {
        self.lo <= to_rug(hi) && self.hi >= to_rug(lo)
    }
}

/// The array of enclosures `[lo, hi]` the certificate states for `name`.
pub fn claimed_array(cert: &Certificate, name: &str) -> Option<Vec<(BigRational, BigRational)>> {
    match cert.quantities.get(name)? {
        Quantity::Array(items) => items
            .iter()
            .map(|e| {
                Some((
                    eoscert::arith::parse_rational(&e.lo).ok()?,
                    eoscert::arith::parse_rational(&e.hi).ok()?,
                ))
            })
            .collect(),
        _ => None,
    }
}
