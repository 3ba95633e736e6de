//! The finite run enclosed by a *shadow*: a point iteration with a proved error radius, in
//! place of an interval iteration whose width grows by about half a bit per step.
//!
//! # Why the interval iteration widens
//! The step w ↦ Φ_B(w) = (w₊ ⊙ (1 − x), w₋ ⊙ (1 + x)), x = c X_Bᵀ(X_Bβ − y_B), β = ½(w₊² − w₋²),
//! c = γ/b, is gradient descent on F_B(w) = (1/2b)‖X_Bβ(w) − y_B‖²: Φ_B(w) = w − γ∇F_B(w). Its
//! Jacobian DΦ_B = I − c PᵀX_BᵀX_B P − diag(x, −x), P = [diag w₊, −diag w₋], is symmetric and
//! non-expansive up to |x| (the cancellations of the signs in X_BᵀX_B); interval arithmetic
//! replaces X_BᵀX_B by |X_B|ᵀ|X_B| and the width grows by ≈ 1 + cλ_max(|X_B|D|X_B|ᵀ) per step.
//!
//! # Lemma (derived for this project)
//! Let ĉ_k be points (the *centres*) and suppose ‖w_k − ĉ_k‖₂ ≤ ε_k for the true state w_k.
//! Put, coordinatewise, D̂ = (|ĉ₊| + ε)² + (|ĉ₋| + ε)² ≥ w₊² + w₋² on the ball, a witness pair
//! (D̄, Λ̄) with Λ̄ ≥ λ_max(X_B diag(D̄) X_Bᵀ) for every batch B the sampler draws, ϱ = max_i D̂_i/D̄_i,
//! κ_j = max_l |X_jl|, A = max_i Σ_j |X_ji| κ_j, E = ‖ĉ‖₂ ε + ε²/2, and
//!
//! ```text
//! X̄ = max_i |x_i(ĉ)| + cAE,    L = max(1, cϱΛ̄ − 1) + X̄,
//! δ = ‖B − ĉ_{k+1}‖₂ (B ∋ Φ_B(ĉ_k) the outward-rounded box of the centre's step),
//! ε_{k+1} = L ε_k + δ.
//! ```
//!
//! Then ‖w_{k+1} − ĉ_{k+1}‖₂ ≤ ε_{k+1}, and every x_i(w_k) lies in x_i(ĉ_k) ± cAE.
//!
//! # Proof
//! For ξ in the ball, |ξ±,i| ≤ |ĉ±,i| + ε, so D(ξ) ≤ D̂ ≤ ϱD̄ and X_B D(ξ) X_Bᵀ ≼ ϱ X_B D̄ X_Bᵀ,
//! whence λ_max(PᵀX_BᵀX_BP) = λ_max(X_B D(ξ) X_Bᵀ) ≤ ϱΛ̄. With h = ξ − ĉ,
//! β(ξ) − β(ĉ) = ĉ₊h₊ − ĉ₋h₋ + ½(h₊² − h₋²), so Σ_l |X_jl||Δβ_l| ≤ κ_j(‖ĉ‖₂‖h‖₂ + ½‖h‖₂²) ≤ κ_jE
//! (Cauchy–Schwarz) and |Δx_i| ≤ c Σ_{j∈B}|X_ji| κ_j E ≤ cAE: ‖x(ξ)‖_∞ ≤ X̄. The symmetric DΦ_B(ξ)
//! has its spectrum in [1 − cϱΛ̄ − X̄, 1 + X̄], so ‖DΦ_B(ξ)‖₂ ≤ L on the (convex) ball, and by
//! the mean value inequality ‖Φ_B(w_k) − Φ_B(ĉ_k)‖₂ ≤ Lε_k; add ‖Φ_B(ĉ_k) − ĉ_{k+1}‖₂ ≤ δ. ∎
//!
//! Over a run, ε_K ≤ Σ_k δ_k Π_{j>k} L_j ≈ K·2^{−P}·exp(Σ_k ‖x_k‖_∞) while cϱΛ̄ ≤ 2: the
//! amplification is the run's total movement, not 2^{K/2}.
//!
//! At step 0 the "centre" is the outward rounding of the exact start α𝟙 (an interval holding
//! it) with ε₀ = 0: the box of its step holds Φ_B(w₀), so ε₁ = δ₀ as above; from then on the
//! centres are the (thin) midpoints.
//!
//! # The witnesses
//! At step 0 and whenever ϱ grows past 1 + 2⁻⁶ (or, when cϱΛ̄ > 1, every 64 steps), D̄ is reset
//! to D̂ rounded up onto the 64-bit grid ([`dyadic_up`]) and Λ̄ is chosen: for GD a float64
//! estimate of λ_max(X D̄ Xᵀ) times 1 + 10⁻⁶, proved by an exact LDLᵀ of Λ̄I − X D̄ Xᵀ (and
//! re-proved by the checker), for SGD the Gershgorin bound over b-subsets ([`gershgorin_batches`]) times 1 + 2⁻²⁰.
//! The certificate lists (step, Λ̄); the checker derives its own D̄ from its own replay.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, ToPrimitive};

use super::tail::{
    dyadic_up, gershgorin_batches, is_positive_definite, jacobi_eigenvalues, kernel, shifted,
};
use crate::arith::{Certainty, Scalar};
use crate::model::diagonal::{Network, Sampler, State};

/// A Λ̄ witness: from this step on (until the next), λ_max(X_B D̄ X_Bᵀ) ≤ Λ̄ (D̄ the ball's D̂
/// at this step rounded up).
#[derive(Clone, Debug, PartialEq)]
pub struct Witness {
    /// The step k at which D̄ is taken.
    pub step: u64,
    /// Λ̄, exact.
    pub lambda: BigRational,
}

/// The shadow of the run: centre, radius, witnesses.
pub struct Shadow<S> {
    /// The centre ĉ_k (thin) and the enclosure of the true Σ_{j<k} x_j.
    centre: State<S>,
    /// ε_k is the upper endpoint.
    eps: S,
    /// D̄ of the current witness.
    d_ref: Vec<S>,
    /// Λ̄ of the current witness.
    lambda_ref: S,
    /// c·A (see the lemma).
    ca: S,
    /// [−1, 1].
    unit: S,
    steps_since: u64,
    /// The witnesses so far.
    pub witnesses: Vec<Witness>,
    x_rows: Vec<Vec<BigRational>>,
    sampler: Sampler,
    c: BigRational,
}

/// Why a shadow step failed.
pub enum ShadowError {
    /// |x_i| < 1 not proved at this coordinate (`true`: |x_i| ≥ 1 proved).
    Multiplier(usize, bool, f64, f64),
    /// The ball is unbounded or leaves the positive orthant.
    Unbounded,
}

fn sup<S: Scalar>(v: &S) -> Option<BigRational> {
    v.bounds().map(|(_, hi)| hi)
}

impl<S: Scalar> Shadow<S> {
    /// The exact start w₊ = w₋ = α𝟙 (ε₀ = 0).
    pub fn start(
        x_rows: &[Vec<BigRational>],
        alpha: &BigRational,
        c: &BigRational,
        sampler: Sampler,
        ctx: &S::Ctx,
    ) -> Self {
        let d = x_rows[0].len();
        let kappa: Vec<BigRational> = x_rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(num_traits::Signed::abs)
                    .fold(BigRational::from_integer(0.into()), BigRational::max)
            })
            .collect();
        let a = (0..d)
            .map(|i| {
                x_rows
                    .iter()
                    .zip(&kappa)
                    .map(|(r, k)| num_traits::Signed::abs(&r[i]) * k)
                    .sum::<BigRational>()
            })
            .fold(BigRational::from_integer(0.into()), BigRational::max);
        let zero = S::from_int(0, ctx);
        Shadow {
            centre: State::start(alpha, d, ctx),
            eps: zero.clone(),
            d_ref: vec![zero.clone(); d],
            lambda_ref: zero,
            ca: S::from_rational(&dyadic_up(&(c * a)), ctx),
            unit: S::from_bounds(&-BigRational::one(), &BigRational::one(), ctx),
            steps_since: 0,
            witnesses: Vec::new(),
            x_rows: x_rows.to_vec(),
            sampler,
            c: c.clone(),
        }
    }

    /// The enclosure of the true state: ĉ ± ε coordinatewise, and the enclosure of Σx.
    pub fn enclosure(&self) -> State<S> {
        let r = self.eps.clone() * self.unit.clone();
        State {
            wp: self
                .centre
                .wp
                .iter()
                .map(|w| w.clone() + r.clone())
                .collect(),
            wm: self
                .centre
                .wm
                .iter()
                .map(|w| w.clone() + r.clone())
                .collect(),
            sum_x: self.centre.sum_x.clone(),
        }
    }

    /// ε_k (an upper bound, as a float for reports).
    pub fn radius_f64(&self) -> f64 {
        self.eps.to_f64()
    }

    /// D̂ = (|ĉ₊| + ε)² + (|ĉ₋| + ε)².
    fn d_hat(&self) -> Vec<S> {
        self.centre
            .wp
            .iter()
            .zip(&self.centre.wm)
            .map(|(p, m)| (p.abs() + self.eps.clone()).sqr() + (m.abs() + self.eps.clone()).sqr())
            .collect()
    }

    /// A new witness (D̄, Λ̄) at step `k` from the ball's D̂ (module docs).
    fn refresh(&mut self, k: u64, d_hat: &[S]) -> Result<(), ShadowError> {
        let ctx = self.eps.ctx();
        let d_bar = d_hat
            .iter()
            .map(|v| sup(v).map(|h| dyadic_up(&h.max(BigRational::from_integer(0.into())))))
            .collect::<Option<Vec<_>>>()
            .ok_or(ShadowError::Unbounded)?;
        let n = self.x_rows.len();
        let lambda = match self.sampler {
            Sampler::Full => {
                let g = kernel(&self.x_rows, &d_bar);
                let gf: Vec<Vec<f64>> = g
                    .iter()
                    .map(|r| r.iter().map(|v| v.to_f64().unwrap_or(f64::NAN)).collect())
                    .collect();
                let top = jacobi_eigenvalues(&gf)[n - 1];
                let mut lambda = dyadic_up(
                    &BigRational::from_float(top.abs() * (1.0 + 1e-6) + 1e-300)
                        .ok_or(ShadowError::Unbounded)?,
                );
                // Proved here by an exact LDLᵀ of Λ̄I − X D̄ Xᵀ (re-proved by the checker).
                let mut tries = 0;
                while !is_positive_definite(&shifted(&g, &lambda, -1)) {
                    tries += 1;
                    if tries > 8 {
                        return Err(ShadowError::Unbounded);
                    }
                    lambda = dyadic_up(&(lambda * BigRational::new(101.into(), 100.into())));
                }
                lambda
            }
            _ => {
                let g = kernel(&self.x_rows, &d_bar);
                let b = self.sampler.batch_size(n);
                let margin =
                    BigRational::one() + BigRational::new(BigInt::one(), BigInt::one() << 20usize);
                dyadic_up(&(gershgorin_batches(&g, b) * margin))
            }
        };
        self.d_ref = d_bar.iter().map(|v| S::from_rational(v, &ctx)).collect();
        self.lambda_ref = S::from_rational(&lambda, &ctx);
        self.witnesses.push(Witness { step: k, lambda });
        self.steps_since = 0;
        Ok(())
    }

    /// ϱ = max_i D̂_i/D̄_i (an interval whose upper endpoint bounds it).
    fn ratio(&self, d_hat: &[S]) -> S {
        let mut r = d_hat[0].clone() / self.d_ref[0].clone();
        for (h, d) in d_hat.iter().zip(&self.d_ref).skip(1) {
            r = r.hull(&(h.clone() / d.clone()));
        }
        r
    }

    /// One step of the lemma on `batch` (step number `k`): returns the enclosure of the true
    /// x(w_k).
    ///
    /// # Errors
    /// [`ShadowError`] if |x| < 1 is not proved or the ball is unbounded.
    pub fn step(
        &mut self,
        net: &Network<S>,
        batch: &[usize],
        k: u64,
    ) -> Result<Vec<S>, ShadowError> {
        let ctx = self.eps.ctx();
        let one = S::from_int(1, &ctx);
        let d_hat = self.d_hat();
        let mut ratio = if self.witnesses.is_empty() {
            None
        } else {
            Some(self.ratio(&d_hat))
        };
        let c = S::from_rational(&self.c, &ctx);
        let stale = |r: &S, s: &Self| {
            let lim = S::from_rational(&BigRational::new(65.into(), 64.into()), &ctx);
            let big =
                (c.clone() * r.clone() * s.lambda_ref.clone()).lt(&one) != Certainty::Certainly;
            r.lt(&lim) != Certainty::Certainly || (big && s.steps_since >= 64)
        };
        if ratio.as_ref().is_none_or(|r| stale(r, self)) {
            self.refresh(k, &d_hat)?;
            ratio = Some(self.ratio(&d_hat));
        }
        let ratio = ratio.expect("set above");
        self.steps_since += 1;
        let norm_c = self
            .centre
            .wp
            .iter()
            .chain(&self.centre.wm)
            .fold(S::from_int(0, &ctx), |a, w| a + w.sqr())
            .sqrt();
        let half = S::from_rational(&BigRational::new(1.into(), 2.into()), &ctx);
        let e = norm_c * self.eps.clone() + self.eps.sqr() * half;
        let dx = self.ca.clone() * e;
        let xs = self.centre.step(net, batch);
        let spread = dx.clone() * self.unit.clone();
        let mut x_bar = xs[0].abs();
        let mut true_xs = Vec::with_capacity(xs.len());
        for (i, x) in xs.iter().enumerate() {
            self.centre.sum_x[i] = self.centre.sum_x[i].clone() + spread.clone();
            x_bar = x_bar.hull(&x.abs());
            true_xs.push(x.clone() + spread.clone());
        }
        if let Err((i, proved)) = crate::model::diagonal::check_multipliers(&true_xs) {
            let v = &true_xs[i];
            return Err(ShadowError::Multiplier(
                i,
                proved,
                v.to_f64(),
                v.width_f64(),
            ));
        }
        let x_bar = x_bar + dx;
        let expand = c * ratio * self.lambda_ref.clone() - one.clone();
        let lip = one.hull(&expand) + x_bar;
        let mut dev2 = S::from_int(0, &ctx);
        for w in self.centre.wp.iter_mut().chain(self.centre.wm.iter_mut()) {
            let m = w.midpoint();
            dev2 = dev2 + (w.clone() - m.clone()).abs().sqr();
            *w = m;
        }
        self.eps = lip * self.eps.clone() + dev2.sqrt();
        let bad = |w: &S| w.bounds().is_none();
        if bad(&self.eps) || self.centre.wp.iter().chain(&self.centre.wm).any(bad) {
            return Err(ShadowError::Unbounded);
        }
        Ok(true_xs)
    }
}
