//! The tail lemma: once the residual is small, bound everything the infinite run adds after
//! step K — by a contraction of the residual in the metric of the frozen kernel `G₀ = X D₀ Xᵀ`.
//!
//! # Why a residual, and which norm
//! The limit of the diagonal network is not an isolated fixed point (every interpolator with the
//! right potential is one), so no norm of the parameters contracts. The residual r = Xβ − y does:
//! one step on the batch B (|B| = b, c = γ/b, v = E_B r the residual restricted to B) is exactly
//!
//! ```text
//! r' = r − c X D_k Xᵀ v + X(x² ⊙ β),   x = c Xᵀ v,   D_k = w₊_k² + w₋_k²,
//! ```
//!
//! (β' − β = −x ⊙ D_k + x² ⊙ β, since w₊' = w₊(1 − x), w₋' = w₋(1 + x)). Freeze D at a lower
//! bound D₀ of every D_k (k ≥ K) and measure r in ‖r‖ := (rᵀ G₀⁻¹ r)^{1/2}, G₀ = X diag(D₀) Xᵀ.
//! The linear part A_B = I − c G₀ E_B satisfies the energy identity
//! ‖A_B r‖² = ‖r‖² − c v_Bᵀ(2I − c G₀,BB) v_B, so it never expands when cΛ ≤ 2.
//!
//! # Lemma (derived for this project)
//! Hypotheses, all checked in exact rational arithmetic:
//! - K is at an epoch boundary; the state (w₊_K, w₋_K) > 0 has D_K ∈ [D_lo, D_hi]; |r_{K,j}| ≤ ρ_j;
//! - s₀ ∈ (0, ½); D₀ ≤ D_lo (1 − s₀)² coordinatewise (rounded down onto a 2⁻⁶⁴-relative grid);
//!   1 + e₀ ≥ max_i D_hi,i / ((1 − s₀)² D₀,i);
//! - G₀ − τ I ≻ 0 (τ > 0; an exact LDLᵀ of the rational matrix G₀ − τI with positive pivots);
//! - Λ ≥ λ_max(G₀,BB) for every batch B the sampler can draw: for GD (B = all) Λ I − G₀ ≻ 0 by LDLᵀ;
//!   for SGD with batch b, Λ = max_j (G₀,jj + the b − 1 largest |G₀,jl|, l ≠ j) (Gershgorin);
//! - cΛ ≤ 2 and, with μ₀ = 2 − cΛ, m = n/b steps per epoch, F² = ½ Σ_{j≠l} G₀,jl², κ² =
//!   max_i Σ_j X_ji²:
//!   θ_lin = max(1 − cτ, cΛ − 1) (GD, the spectrum of I − cG₀ lies in [1 − cΛ, 1 − cτ]),
//!   θ_lin² = 1 − c μ₀ τ / (1 + cF)² (SGD, every ordering of the epoch);
//! - a₀² = Σ_j ρ_j² / τ ≥ ‖r_K‖²; η = cΛe₀; ζ = ½(1 + e₀)c²κΛ^{3/2}; c_x = cκΛ^{1/2};
//! - 2m(η + 2ζa₀) ≤ 1, θ' := θ_lin + 2m(η + 2ζa₀) < 1, x_max := 2c_x a₀ ≤ ½,
//!   s := 2m c_x a₀ / (1 − θ') ≤ s₀.
//!
//! Conclusion: for every k ≥ K, |x_{k,i}| ≤ x_max, Σ_{k≥K} |x_{k,i}| ≤ s, Σ_{k≥K} x_{k,i}² ≤
//! T₂ := 4m c_x² a₀² / (1 − θ'²), and r_k → 0 (the run converges to an interpolator). For SGD
//! this holds for every sequence of epochs (whatever the orderings), for GD for the one run.
//!
//! # Proof
//! (i) *Per step.* Write D_k = D₀ ⊙ (1 + ε), 0 ≤ ε ≤ e₀ (while Σ_{K≤l<k}|x_l| ≤ s₀, D_k ∈
//! [D_lo(1 − s₀)², D_hi(1 − s₀)⁻²], by 1 − s ≤ Π(1 ∓ x_l) ≤ (1 − s)⁻¹). With M = X D₀^{1/2}
//! (G₀ = MMᵀ), ‖Mz‖ ≤ ‖z‖₂ (‖Mz‖² is the squared length of the projection of z on the row space
//! of M). So r' = A_B r + p with
//! ‖p‖ ≤ c‖diag(ε)Mᵀv‖₂ + ‖D₀^{-1/2}(x² ⊙ β)‖₂ ≤ c e₀ √(vᵀG₀v) + ½(1 + e₀)·max|x|·‖D₀^{1/2}x‖₂
//! ≤ c e₀ Λ^{1/2}‖v‖₂ + ½(1 + e₀)c²κΛ^{1/2}‖v‖₂², using |β_i| ≤ ½D_k,i, ‖D₀^{1/2}x‖₂ =
//! c√(vᵀG₀v), max|x_i| ≤ cκ‖v‖₂ (Cauchy–Schwarz), and ‖v‖₂ ≤ Λ^{1/2}‖r‖ (|r_j| = |⟨M_j, z⟩|).
//! Hence ‖p‖ ≤ (η + ζ‖r‖)‖r‖ and |x_{k,i}| ≤ c_x ‖r_k‖.
//! (ii) *Per epoch.* Let a = ‖r‖ at the epoch start. Each A_B is non-expansive, so while every
//! ‖r_t‖ ≤ 2a the perturbations sum to ≤ 2ma(η + 2ζa) ≤ a, which keeps ‖r_t‖ ≤ 2a (induction).
//! The epoch's linear product P satisfies ‖P‖ ≤ θ_lin: for GD by the spectrum; for SGD, let ρ_j
//! be r_j when its batch is processed. Then r_start = (I + cL)ρ with L_jl = G₀,jl when l's batch
//! precedes j's (else 0), ‖L‖₂ ≤ ‖L‖_F ≤ F (each unordered pair contributes at most once), and
//! the energy identity summed over the epoch gives ‖P r‖² ≤ ‖r‖² − cμ₀‖ρ‖₂² ≤ ‖r‖² −
//! cμ₀‖r‖₂²/(1 + cF)² ≤ (1 − cμ₀τ/(1 + cF)²)‖r‖² (G₀ ≽ τI). So the epoch ends with ‖r‖ ≤
//! θ_lin a + 2ma(η + 2ζa) ≤ θ'a (θ' grows with a, and a only decreases).
//! (iii) *Sums.* Epoch e has ‖r_t‖ ≤ 2θ'^e a₀, so |x| ≤ 2c_xθ'^e a₀ ≤ x_max, Σ|x| ≤ Σ_e 2mc_xθ'^e a₀
//! = s, Σx² ≤ Σ_e 4m c_x² θ'^{2e} a₀² = T₂. Since s ≤ s₀, the box assumption of (i) is never
//! violated (at the first step where it would be, the bounds up to that step already give
//! Σ|x| ≤ s ≤ s₀). ∎

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::model::diagonal::Sampler;

/// The bounds the lemma proves (exact rational upper bounds) and the witnesses it used.
#[derive(Clone, Debug)]
pub struct TailBound {
    /// s ≥ Σ_{k≥K} |x_{k,i}|.
    pub s: BigRational,
    /// T₂ ≥ Σ_{k≥K} x_{k,i}².
    pub t2: BigRational,
    /// x_max ≥ |x_{k,i}| for k ≥ K.
    pub x_max: BigRational,
    /// The a-priori bound s₀ used.
    pub s0: BigRational,
    /// τ ≤ λ_min(G₀).
    pub tau: BigRational,
    /// Λ ≥ λ_max(G₀) (GD only; SGD uses the Gershgorin bound).
    pub lambda: Option<BigRational>,
    /// θ' (the proved contraction per epoch of the residual's G₀⁻¹-norm; per covering window
    /// for with-replacement sampling).
    pub theta: BigRational,
    /// With-replacement sampling only: the window W, the confidence bits h and the failure
    /// probability p = 2^{1−h} of the probabilistic lemma ([`tail_bound_iid`]).
    pub iid: Option<IidTail>,
}

/// The parameters of the with-replacement (probabilistic) tail lemma.
#[derive(Clone, Debug)]
pub struct IidTail {
    /// The window W (steps).
    pub window: usize,
    /// The confidence bits h: A = 2^h·a₀, s = 2^h·2Wc_x a₀/(1 − ϱ).
    pub bits: u32,
    /// p = 2^{1−h} ≥ P(the conclusions fail).
    pub failure_probability: BigRational,
}

/// The inputs of the lemma, all exact.
pub struct TailInput<'a> {
    /// The rows of X.
    pub x: &'a [Vec<BigRational>],
    /// The stepsize γ.
    pub gamma: &'a BigRational,
    /// How the batches are drawn.
    pub sampler: Sampler,
    /// Lower bounds of D_K = w₊_K² + w₋_K² (positive).
    pub d_lo: &'a [BigRational],
    /// Upper bounds of D_K.
    pub d_hi: &'a [BigRational],
    /// ρ_j ≥ |r_{K,j}|.
    pub rho: &'a [BigRational],
}

/// Why the lemma failed.
#[derive(Clone, Debug)]
pub struct TailError {
    /// Which hypothesis failed.
    pub reason: String,
    /// The frozen linear part does not contract (no τ > 0, or cΛ ≥ 2): a smaller residual
    /// cannot help.
    pub no_contraction: bool,
}

impl TailError {
    fn small(reason: String) -> Self {
        TailError {
            reason,
            no_contraction: false,
        }
    }

    fn linear(reason: String) -> Self {
        TailError {
            reason,
            no_contraction: true,
        }
    }
}

/// The grid of the lemma's rounding: 64 significant bits.
pub const GRID_BITS: u32 = 64;

/// The largest `m·2^e ≤ x` (x > 0) with `m < 2^GRID_BITS`; 0 stays 0.
pub fn dyadic_down(x: &BigRational) -> BigRational {
    dyadic(x, false)
}

/// The smallest `m·2^e ≥ x` (x > 0) with `m < 2^GRID_BITS`; 0 stays 0.
pub fn dyadic_up(x: &BigRational) -> BigRational {
    dyadic(x, true)
}

fn dyadic(x: &BigRational, up: bool) -> BigRational {
    assert!(!x.is_negative(), "dyadic rounding of a non-negative number");
    if x.is_zero() {
        return BigRational::zero();
    }
    // e with 2^(GRID_BITS−1) ≤ x·2^e < 2^GRID_BITS.
    let e = i64::from(GRID_BITS) - 1 - log2_floor(x);
    let scaled = shift(x, e);
    let m = if up {
        scaled.ceil().to_integer()
    } else {
        scaled.floor().to_integer()
    };
    shift(&BigRational::from_integer(m), -e)
}

/// ⌊log₂ x⌋ for x > 0.
fn log2_floor(x: &BigRational) -> i64 {
    let (n, d) = (x.numer().abs(), x.denom().clone());
    let mut e = n.bits() as i64 - d.bits() as i64;
    // 2^e ≤ n/d < 2^(e+1) after at most one correction.
    if shift(&BigRational::one(), e) > *x {
        e -= 1;
    }
    e
}

fn shift(x: &BigRational, e: i64) -> BigRational {
    if e >= 0 {
        x * BigRational::from_integer(BigInt::one() << e as u64)
    } else {
        x / BigRational::from_integer(BigInt::one() << (-e) as u64)
    }
}

/// An upper bound of √x (x ≥ 0), relative error ≤ 2⁻⁶².
pub fn sqrt_up(x: &BigRational) -> BigRational {
    if x.is_zero() {
        return BigRational::zero();
    }
    // x = q·4^h with q ≥ 4^GRID_BITS, √x = √q·2^h.
    let h = (log2_floor(x) - 2 * i64::from(GRID_BITS)).div_euclid(2);
    let q = shift(x, -2 * h).ceil().to_integer();
    let mut s = q.sqrt();
    if &s * &s < q {
        s += 1;
    }
    shift(&BigRational::from_integer(s), h)
}

/// Is the symmetric rational matrix `a` positive definite? Exact LDLᵀ: true iff every pivot is
/// positive (Sylvester's criterion in elimination form).
#[allow(clippy::needless_range_loop)] // index notation of the formulas
pub fn is_positive_definite(a: &[Vec<BigRational>]) -> bool {
    let n = a.len();
    let mut m: Vec<Vec<BigRational>> = a.to_vec();
    for k in 0..n {
        let p = m[k][k].clone();
        if !p.is_positive() {
            return false;
        }
        for i in (k + 1)..n {
            let f = &m[i][k] / &p;
            if f.is_zero() {
                continue;
            }
            for j in (k + 1)..n {
                let t = &f * &m[k][j];
                m[i][j] -= t;
            }
        }
    }
    true
}

/// The frozen kernel G₀ = X diag(D₀) Xᵀ (exact).
pub fn kernel(x: &[Vec<BigRational>], d0: &[BigRational]) -> Vec<Vec<BigRational>> {
    let n = x.len();
    let mut g = vec![vec![BigRational::zero(); n]; n];
    for j in 0..n {
        for l in j..n {
            let v: BigRational = x[j]
                .iter()
                .zip(&x[l])
                .zip(d0)
                .map(|((a, b), d)| a * b * d)
                .sum();
            g[j][l] = v.clone();
            g[l][j] = v;
        }
    }
    g
}

pub(crate) fn shifted(
    g: &[Vec<BigRational>],
    diag: &BigRational,
    sign: i32,
) -> Vec<Vec<BigRational>> {
    // sign = +1: G − diag·I; sign = −1: diag·I − G.
    g.iter()
        .enumerate()
        .map(|(j, row)| {
            row.iter()
                .enumerate()
                .map(|(l, v)| {
                    let v = if sign > 0 { v.clone() } else { -v.clone() };
                    if j == l {
                        if sign > 0 { v - diag } else { v + diag }
                    } else {
                        v
                    }
                })
                .collect()
        })
        .collect()
}

/// The lemma for the given s₀ and witnesses τ (and Λ for GD).
///
/// # Errors
/// Which hypothesis failed.
pub fn tail_bound(
    input: &TailInput,
    s0: &BigRational,
    tau: &BigRational,
    lambda: Option<&BigRational>,
) -> Result<TailBound, TailError> {
    let one = BigRational::one();
    let two = BigRational::from_integer(2.into());
    let n = input.x.len();
    if matches!(input.sampler, Sampler::WithReplacement { .. }) {
        return Err(TailError::linear(
            "with-replacement sampling needs tail_bound_iid".into(),
        ));
    }
    let (d0, e0) = frozen(input, s0)?;
    let g = kernel(input.x, &d0);
    if !tau.is_positive() || !is_positive_definite(&shifted(&g, tau, 1)) {
        return Err(TailError::linear(format!(
            "λ_min(X D₀ Xᵀ) ≥ τ = {:.3e} not proved (exact LDLᵀ)",
            fl(tau)
        )));
    }
    let b = input.sampler.batch_size(n);
    let m = input.sampler.epoch_len(n);
    let c = input.gamma / BigRational::from_integer(b.into());
    let cap_lambda = match input.sampler {
        Sampler::Full => {
            let l = lambda.ok_or_else(|| TailError::linear("GD needs the witness Λ".into()))?;
            if !is_positive_definite(&shifted(&g, l, -1)) {
                return Err(TailError::linear(format!(
                    "λ_max(X D₀ Xᵀ) ≤ Λ = {:.6e} not proved (exact LDLᵀ)",
                    fl(l)
                )));
            }
            l.clone()
        }
        _ => gershgorin_batches(&g, b),
    };
    let c_l = &c * &cap_lambda;
    if c_l >= two {
        return Err(TailError::linear(format!(
            "(γ/b)·Λ = {:.6} ≥ 2: a step can expand the residual",
            fl(&c_l)
        )));
    }
    let theta_lin = match input.sampler {
        Sampler::Full => (&one - &c * tau).max(&c_l - &one),
        _ => {
            let f2 = g
                .iter()
                .enumerate()
                .flat_map(|(j, row)| row.iter().enumerate().filter(move |(l, _)| *l != j))
                .map(|(_, v)| v * v)
                .sum::<BigRational>()
                / &two;
            let cf = &one + &c * sqrt_up(&f2);
            let mu = &two - &c_l;
            let sq = &one - &c * &mu * tau / (&cf * &cf);
            sqrt_up(&dyadic_up(&sq))
        }
    };
    finish(
        input,
        FinishInput {
            s0,
            tau,
            lambda: &cap_lambda,
            witness: lambda,
            c: &c,
            m,
            e0: &e0,
            theta_lin: &theta_lin,
        },
    )
}

struct FinishInput<'a> {
    s0: &'a BigRational,
    tau: &'a BigRational,
    lambda: &'a BigRational,
    witness: Option<&'a BigRational>,
    c: &'a BigRational,
    m: usize,
    e0: &'a BigRational,
    theta_lin: &'a BigRational,
}

/// Steps (ii)–(iii) of the proof: the perturbed contraction and the sums.
fn finish(input: &TailInput, p: FinishInput) -> Result<TailBound, TailError> {
    let one = BigRational::one();
    let two = BigRational::from_integer(2.into());
    let four = BigRational::from_integer(4.into());
    let half = &one / &two;
    if p.theta_lin >= &one {
        return Err(TailError::linear(format!(
            "the frozen linear part does not contract: θ_lin = {:.9} ≥ 1",
            fl(p.theta_lin)
        )));
    }
    let mq = BigRational::from_integer(p.m.into());
    let Constants { eta, zeta, c_x, a0 } = Constants::new(input, p.c, p.lambda, p.e0, p.tau);
    let pert = &two * &mq * (&eta + &two * &zeta * &a0);
    if pert > one {
        return Err(TailError::small(format!(
            "residual not yet small enough (2m(η + 2ζa₀) = {:.3e} > 1, a₀ = {:.3e})",
            fl(&pert),
            fl(&a0)
        )));
    }
    let theta = p.theta_lin + &pert;
    if theta >= one {
        return Err(TailError::small(format!(
            "residual not yet small enough: θ' = θ_lin + {:.3e} ≥ 1 (θ_lin = {:.9})",
            fl(&pert),
            fl(p.theta_lin)
        )));
    }
    let x_max = &two * &c_x * &a0;
    if x_max > half {
        return Err(TailError::small("tail: x_max > 1/2".into()));
    }
    let s = dyadic_up(&(&two * &mq * &c_x * &a0 / (&one - &theta)));
    if &s > p.s0 {
        return Err(TailError::small(format!(
            "tail: Σ|x| bound {:.3e} exceeds the a-priori s₀ = {:.3e}",
            fl(&s),
            fl(p.s0)
        )));
    }
    let t2 = dyadic_up(&(&four * &mq * &c_x * &c_x * &a0 * &a0 / (&one - &theta * &theta)));
    Ok(TailBound {
        s,
        t2,
        x_max,
        s0: p.s0.clone(),
        tau: p.tau.clone(),
        lambda: p.witness.cloned(),
        theta,
        iid: None,
    })
}

/// The confidence bits h of the with-replacement lemma (failure probability 2^{1−h}).
pub const IID_BITS: u32 = 40;

/// The with-replacement tail lemma (probabilistic; the paper's sampler).
///
/// # Model
/// The first K batches are those of the recorded schedule; after K the batches are independent
/// and uniform b-subsets of the n samples (paper 002, §1: the model of its Theorem 1).
///
/// # Lemma (derived for this project)
/// Take D₀, e₀, G₀, τ, Λ (Gershgorin over b-subsets), μ₀ = 2 − cΛ ≥ 0, η, ζ, c_x, a₀ as in the
/// module docs, a window of W steps, h ≥ 1 bits, A = 2^h a₀ and
///
/// ```text
/// θ_W² = 1 − cμ₀τ/(1 + c√(ΛW·tr G₀))²,   π = 2W(η + 2ζA) ≤ 1,   θ_c = θ_W + π,   ϑ = 1 + π,
/// q = n(1 − b/n)^W,   ϱ = qϑ + (1 − q)θ_c < 1,   s = 2^h·2Wc_x a₀/(1 − ϱ) ≤ s₀,
/// x_max = 2c_x A ≤ ½.
/// ```
///
/// Then with probability ≥ 1 − 2^{1−h}: every |x_{k,i}| ≤ x_max (k ≥ K), Σ_{k≥K}|x_{k,i}| ≤ s,
/// Σ_{k≥K} x_{k,i}² ≤ T₂ := x_max·s, and r_k → 0.
///
/// # Proof
/// Cut the steps after K into windows of W. While every window start has ‖r‖ ≤ A and Σ|x| ≤ s₀
/// so far, the per-step bound (i) of the module docs holds and, as in (ii), a window started at
/// ‖r‖ = a keeps ‖r_t‖ ≤ 2a, adds perturbations ≤ πa, and ends with ‖r‖ ≤ θ_c a if its batches
/// cover all n samples, ≤ ϑa otherwise. *Covering windows contract by θ_W:* let t_j be the first
/// step of the window whose batch holds j, ρ_j = r_j there, V² = Σ_t ‖v_t‖₂² (≥ ‖ρ‖₂²). Then
/// r_{0,j} − ρ_j = c Σ_{t<t_j} (G₀v_t)_j and |(G₀v_t)_j| ≤ √(G₀,jj Λ)‖v_t‖₂, so ‖r₀‖₂ ≤
/// (1 + c√(ΛW tr G₀))V, and the energy identity gives ‖Pr₀‖² ≤ ‖r₀‖² − cμ₀V² ≤ θ_W²‖r₀‖².
/// A window misses sample j with probability (1 − b/n)^W, so it fails to cover with probability
/// ≤ q, independently of the past. Let Z_j be ‖r‖ at the start of window j, set to 0 from the
/// window after the first j with Z_j > A or Σ_{i≤j} 2Wc_x Z_i > s (so in every window not yet
/// stopped the bounds above hold throughout: Σ|x| ≤ s ≤ s₀ keeps D in its box). Then
/// E[Z_{j+1} | past] ≤ ϱZ_j: Z is a non-negative supermartingale, so P(sup Z > A) ≤ a₀/A =
/// 2^{−h} (Ville's inequality), and E Σ_j 2Wc_x Z_j ≤ 2Wc_x a₀/(1 − ϱ), so
/// P(Σ_j 2Wc_x Z_j > s) ≤ 2^{−h} (Markov). Off these two events nothing is stopped, |x| ≤ 2c_x A, Σ|x| ≤ s, Σx² ≤ x_max Σ|x|; and ‖r‖ → 0 almost
/// surely, since Z_j ≤ a₀ Π (window factors) with i.i.d. factors of E ln ≤ ln ϱ < 0 (Jensen;
/// strong law of large numbers). ∎
///
/// # Errors
/// Which hypothesis failed.
pub fn tail_bound_iid(
    input: &TailInput,
    s0: &BigRational,
    tau: &BigRational,
    window: usize,
    bits: u32,
) -> Result<TailBound, TailError> {
    let one = BigRational::one();
    let two = BigRational::from_integer(2.into());
    let half = &one / &two;
    let n = input.x.len();
    let Sampler::WithReplacement { batch: b, .. } = input.sampler else {
        return Err(TailError::linear(
            "the probabilistic lemma is for with-replacement sampling".into(),
        ));
    };
    let (d0, e0) = frozen(input, s0)?;
    let g = kernel(input.x, &d0);
    if !tau.is_positive() || !is_positive_definite(&shifted(&g, tau, 1)) {
        return Err(TailError::linear(format!(
            "λ_min(X D₀ Xᵀ) ≥ τ = {:.3e} not proved (exact LDLᵀ)",
            fl(tau)
        )));
    }
    let c = input.gamma / BigRational::from_integer(b.into());
    let lambda = gershgorin_batches(&g, b);
    let c_l = &c * &lambda;
    if c_l >= two {
        return Err(TailError::linear(format!(
            "(γ/b)·Λ = {:.6} ≥ 2: a step can expand the residual",
            fl(&c_l)
        )));
    }
    let w = BigRational::from_integer(window.into());
    let trace: BigRational = (0..n).map(|j| g[j][j].clone()).sum();
    let cf = &one + &c * sqrt_up(&dyadic_up(&(&lambda * &w * &trace)));
    let theta_w = sqrt_up(&dyadic_up(&(&one - &c * (&two - &c_l) * tau / (&cf * &cf))));
    let k = Constants::new(input, &c, &lambda, &e0, tau);
    let scale = BigRational::from_integer(BigInt::one() << bits);
    let cap_a = &scale * &k.a0;
    let pi = &two * &w * (&k.eta + &two * &k.zeta * &cap_a);
    if pi > one {
        return Err(TailError::small(format!(
            "residual not yet small enough (2W(η + 2ζA) = {:.3e} > 1)",
            fl(&pi)
        )));
    }
    let miss = &one - BigRational::new(b.into(), n.into());
    let q = BigRational::from_integer(n.into()) * num_traits::pow(miss, window);
    let rho = &q * (&one + &pi) + (&one - &q) * (&theta_w + &pi);
    if rho >= one {
        return Err(TailError::small(format!(
            "no expected contraction per window: ϱ = {:.9} ≥ 1 (θ_W = {:.9}, q = {:.3e})",
            fl(&rho),
            fl(&theta_w),
            fl(&q)
        )));
    }
    let x_max = &two * &k.c_x * &cap_a;
    if x_max > half {
        return Err(TailError::small("tail: x_max > 1/2".into()));
    }
    let s = dyadic_up(&(&scale * &two * &w * &k.c_x * &k.a0 / (&one - &rho)));
    if &s > s0 {
        return Err(TailError::small(format!(
            "tail: Σ|x| bound {:.3e} exceeds the a-priori s₀ = {:.3e}",
            fl(&s),
            fl(s0)
        )));
    }
    Ok(TailBound {
        t2: &x_max * &s,
        s,
        x_max,
        s0: s0.clone(),
        tau: tau.clone(),
        lambda: None,
        theta: rho,
        iid: Some(IidTail {
            window,
            bits,
            failure_probability: BigRational::new(BigInt::one(), BigInt::one() << (bits - 1)),
        }),
    })
}

/// The constants of step (i) of the module docs.
struct Constants {
    eta: BigRational,
    zeta: BigRational,
    c_x: BigRational,
    a0: BigRational,
}

impl Constants {
    fn new(
        input: &TailInput,
        c: &BigRational,
        lambda: &BigRational,
        e0: &BigRational,
        tau: &BigRational,
    ) -> Self {
        let one = BigRational::one();
        let half = BigRational::new(1.into(), 2.into());
        let kappa2 = (0..input.x[0].len())
            .map(|i| input.x.iter().map(|r| &r[i] * &r[i]).sum::<BigRational>())
            .fold(BigRational::zero(), BigRational::max);
        let kappa = sqrt_up(&kappa2);
        let sqrt_l = sqrt_up(lambda);
        let rho2: BigRational = input.rho.iter().map(|r| r * r).sum();
        Constants {
            eta: dyadic_up(&(c * lambda * e0)),
            zeta: dyadic_up(&(&half * (&one + e0) * c * c * &kappa * lambda * &sqrt_l)),
            c_x: dyadic_up(&(c * &kappa * &sqrt_l)),
            a0: sqrt_up(&dyadic_up(&(rho2 / tau))),
        }
    }
}

/// D₀ = ⌊D_lo(1 − s₀)²⌋ and e₀ (module docs).
fn frozen(
    input: &TailInput,
    s0: &BigRational,
) -> Result<(Vec<BigRational>, BigRational), TailError> {
    let one = BigRational::one();
    if !s0.is_positive() || s0 >= &BigRational::new(1.into(), 2.into()) {
        return Err(TailError::small("s₀ must lie in (0, 1/2)".into()));
    }
    let f = (&one - s0) * (&one - s0);
    let d0: Vec<BigRational> = input.d_lo.iter().map(|d| dyadic_down(&(d * &f))).collect();
    if d0.iter().any(|d| !d.is_positive()) {
        return Err(TailError::small("the frozen D₀ is not positive".into()));
    }
    let e0 = input
        .d_hi
        .iter()
        .zip(&d0)
        .map(|(hi, lo)| hi / (&f * lo) - &one)
        .fold(BigRational::zero(), BigRational::max);
    Ok((d0, dyadic_up(&e0)))
}

/// Λ for SGD with batch b: max_j (G_jj + the b − 1 largest |G_jl|, l ≠ j) ≥ λ_max(G_BB) for
/// every B of size b (Gershgorin on the principal submatrix).
pub fn gershgorin_batches(g: &[Vec<BigRational>], b: usize) -> BigRational {
    g.iter()
        .enumerate()
        .map(|(j, row)| {
            let mut off: Vec<BigRational> = row
                .iter()
                .enumerate()
                .filter(|(l, _)| *l != j)
                .map(|(_, v)| v.abs())
                .collect();
            off.sort_unstable_by(|a, b| b.cmp(a));
            &row[j] + off.into_iter().take(b - 1).sum::<BigRational>()
        })
        .fold(BigRational::zero(), BigRational::max)
}

/// Choose s₀ and the witnesses τ, Λ from float64 estimates (no rigour: only the choice), then run
/// the rigorous [`tail_bound`].
///
/// s₀ is the largest power of two ≤ min(⅛, (1 − θ̂)/(16·m·cΛ̂)) — it makes the drift term 2mη
/// about half the linear gap —, τ = λ̂_min·(1 − 10⁻³) and Λ = λ̂_max·(1 + 10⁻⁹) rounded onto the
/// grid, with λ̂ the Jacobi eigenvalues of G at the centre of the box.
///
/// # Errors
/// As [`tail_bound`]; `no_contraction` if the float64 estimate does not contract.
pub fn find_tail(input: &TailInput) -> Result<TailBound, TailError> {
    let n = input.x.len();
    let b = input.sampler.batch_size(n);
    let m = input.sampler.epoch_len(n) as f64;
    let c = fl(input.gamma) / b as f64;
    let xf: Vec<Vec<f64>> = input.x.iter().map(|r| r.iter().map(fl).collect()).collect();
    let d_lo: Vec<f64> = input.d_lo.iter().map(fl).collect();
    let est = |scale: f64| estimate(&xf, &d_lo, scale, c, input.sampler);
    let (lmin0, _, theta, cap) = est(1.0)?;
    // With-replacement: windows of W ≈ (n/b)·ln(1000n) steps miss a sample with probability
    // q ≤ 10⁻³; θ_W from the float trace.
    let iid_window = matches!(input.sampler, Sampler::WithReplacement { .. }).then(|| {
        let nb = n as f64 / b as f64;
        (nb * (1000.0 * n as f64).ln()).ceil().max(1.0) as usize
    });
    let (theta, m) = match iid_window {
        Some(w) => {
            let trace: f64 = input
                .d_lo
                .iter()
                .map(fl)
                .zip(0..)
                .map(|(d, i)| d * xf.iter().map(|r| r[i] * r[i]).sum::<f64>())
                .sum();
            let cf = 1.0 + c * (cap * w as f64 * trace).sqrt();
            let tw = (1.0 - c * (2.0 - c * cap) * lmin0 / (cf * cf))
                .max(0.0)
                .sqrt();
            (tw, w as f64)
        }
        None => (theta, m),
    };
    let target = ((1.0 - theta) / (16.0 * m * c * cap)).min(0.125);
    let s0 = BigRational::new(
        BigInt::one(),
        BigInt::one() << (-target.log2().floor()) as u64,
    );
    // The witnesses for the frozen D₀ = D_lo(1 − s₀)² actually used.
    let (lmin, lmax, _, _) = est((1.0 - fl(&s0)).powi(2))?;
    let tau = dyadic_down(&BigRational::from_float(lmin * (1.0 - 1e-3)).unwrap_or_default());
    let lambda = dyadic_up(&BigRational::from_float(lmax * (1.0 + 1e-9)).unwrap_or_default());
    if let Some(w) = iid_window {
        return tail_bound_iid(input, &s0, &tau, w, IID_BITS);
    }
    let witness = matches!(input.sampler, Sampler::Full).then_some(&lambda);
    tail_bound(input, &s0, &tau, witness)
}

/// Float64 estimates (λ_min, λ_max, θ_lin, Λ) for G = X diag(scale·d) Xᵀ.
fn estimate(
    xf: &[Vec<f64>],
    d: &[f64],
    scale: f64,
    c: f64,
    sampler: Sampler,
) -> Result<(f64, f64, f64, f64), TailError> {
    let n = xf.len();
    let b = sampler.batch_size(n);
    let g: Vec<Vec<f64>> = (0..n)
        .map(|j| {
            (0..n)
                .map(|l| {
                    (0..d.len())
                        .map(|i| xf[j][i] * scale * d[i] * xf[l][i])
                        .sum()
                })
                .collect()
        })
        .collect();
    let eig = jacobi_eigenvalues(&g);
    let (lmin, lmax) = (eig[0], eig[n - 1]);
    if lmin.is_nan() || lmin <= 0.0 || !lmin.is_finite() {
        return Err(TailError::linear(
            "X D Xᵀ is singular in float64 (are the samples linearly independent?)".into(),
        ));
    }
    let (cap, theta) = match sampler {
        Sampler::Full => (lmax, (1.0 - c * lmin).max(c * lmax - 1.0)),
        _ => {
            let cap = (0..n)
                .map(|j| {
                    let mut off: Vec<f64> =
                        (0..n).filter(|&l| l != j).map(|l| g[j][l].abs()).collect();
                    off.sort_by(|a, b| b.total_cmp(a));
                    g[j][j] + off.iter().take(b - 1).sum::<f64>()
                })
                .fold(0.0, f64::max);
            let f2: f64 = (0..n)
                .flat_map(|j| (0..n).filter(move |&l| l != j).map(move |l| (j, l)))
                .map(|(j, l)| g[j][l] * g[j][l])
                .sum::<f64>()
                / 2.0;
            let cf = 1.0 + c * f2.sqrt();
            (
                cap,
                (1.0 - c * (2.0 - c * cap) * lmin / (cf * cf))
                    .max(0.0)
                    .sqrt(),
            )
        }
    };
    if theta.is_nan() || theta >= 1.0 {
        return Err(TailError::linear(format!(
            "the frozen linear part does not contract (float64 estimate θ = {theta:.9})"
        )));
    }
    Ok((lmin, lmax, theta, cap))
}

/// The eigenvalues (ascending) of a symmetric float64 matrix by cyclic Jacobi rotations (float
/// only; picks the witnesses).
#[allow(clippy::needless_range_loop)] // index notation of the formulas
pub fn jacobi_eigenvalues(a: &[Vec<f64>]) -> Vec<f64> {
    let n = a.len();
    let mut a = a.to_vec();
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i][j] * a[i][j])
            .sum();
        let diag: f64 = (0..n).map(|i| a[i][i] * a[i][i]).sum();
        if off <= 1e-30 * diag || off == 0.0 {
            break;
        }
        for p in 0..n {
            for q in (p + 1)..n {
                if a[p][q] == 0.0 {
                    continue;
                }
                let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let cs = 1.0 / (t * t + 1.0).sqrt();
                let sn = t * cs;
                for k in 0..n {
                    let (akp, akq) = (a[k][p], a[k][q]);
                    a[k][p] = cs * akp - sn * akq;
                    a[k][q] = sn * akp + cs * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p][k], a[q][k]);
                    a[p][k] = cs * apk - sn * aqk;
                    a[q][k] = sn * apk + cs * aqk;
                }
            }
        }
    }
    let mut e: Vec<f64> = (0..n).map(|i| a[i][i]).collect();
    e.sort_by(f64::total_cmp);
    e
}

fn fl(q: &BigRational) -> f64 {
    q.to_f64().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(a: i64, b: i64) -> BigRational {
        BigRational::new(a.into(), b.into())
    }

    #[test]
    fn ldl_decides_definiteness_exactly() {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        let g = vec![vec![q(2, 1), q(1, 1)], vec![q(1, 1), q(2, 1)]];
        assert!(is_positive_definite(&shifted(&g, &q(99, 100), 1)));
        assert!(!is_positive_definite(&shifted(&g, &q(1, 1), 1)));
        assert!(is_positive_definite(&shifted(&g, &q(301, 100), -1)));
        assert!(!is_positive_definite(&shifted(&g, &q(3, 1), -1)));
    }

    #[test]
    fn rounding_and_sqrt_are_directed() {
        let x = q(1, 3);
        assert!(dyadic_down(&x) <= x && x <= dyadic_up(&x));
        for v in [q(2, 1), q(1, 1_000_000_007), q(10_i64.pow(15), 7)] {
            let s = sqrt_up(&v);
            assert!(&s * &s >= v);
            assert!(&s * &s <= &v * q(1_000_001, 1_000_000));
        }
        let e = jacobi_eigenvalues(&[vec![2.0, 1.0], vec![1.0, 2.0]]);
        assert!((e[0] - 1.0).abs() < 1e-12 && (e[1] - 3.0).abs() < 1e-12);
    }
}
