//! The long-horizon iterator: point iteration plus a rigorous two-step mean-value bound of the
//! accumulated error, propagated as radii in an error basis where the Jacobian is nearly
//! `diag(−1, 1, …)`. See the parent module for the method and its justification.

use num_rational::BigRational;

use super::ball::{Ball, Num, add_up, mul_up};
use super::systems::System;
use crate::arith::parse::rational_from_f64;

/// A proved enclosure of the state at step `t`: `[lo_i, hi_i]` per coordinate (exact).
#[derive(Clone, Debug)]
pub struct StateEnclosure {
    /// Step.
    pub t: u64,
    /// Exact endpoints per coordinate.
    pub bounds: Vec<(BigRational, BigRational)>,
    /// The float midpoint (diagnostics).
    pub mid: Vec<f64>,
    /// The radius per coordinate (diagnostics; the bounds are authoritative).
    pub rad: Vec<f64>,
}

/// The outcome of a run.
#[derive(Clone, Debug)]
pub struct RunOutcome {
    /// Enclosures at the requested checkpoints reached so far.
    pub checkpoints: Vec<StateEnclosure>,
    /// `Some((t, why))` if the proof was lost at step `t`.
    pub failure: Option<(u64, String)>,
}

fn enclosure<T: Num>(t: u64, x: &[T], rad: &[f64]) -> StateEnclosure {
    let bounds = x
        .iter()
        .zip(rad)
        .map(|(xi, &r)| {
            let m = xi.mid_rat();
            let r = rational_from_f64(r).expect("finite radius");
            (&m - &r, &m + &r)
        })
        .collect();
    StateEnclosure {
        t,
        bounds,
        mid: x.iter().map(|v| v.mid_f64()).collect(),
        rad: rad.to_vec(),
    }
}

/// `|A|·v` rounded up, for a ball matrix `A` (`N×N`, row-major) and `v ≥ 0`.
#[inline(always)]
fn absmat_vec<const N: usize>(a: &[Ball], v: &[f64; N]) -> [f64; N] {
    let mut out = [0.0; N];
    for i in 0..N {
        let mut s = 0.0;
        for k in 0..N {
            s = add_up(s, mul_up(a[i * N + k].mag(), v[k]));
        }
        out[i] = s;
    }
    out
}

#[inline(always)]
fn matmul<const N: usize>(a: &[Ball], b: &[Ball], out: &mut [Ball]) {
    for i in 0..N {
        for k in 0..N {
            let mut s = a[i * N] * b[k];
            for j in 1..N {
                s = s + a[i * N + j] * b[j * N + k];
            }
            out[i * N + k] = s;
        }
    }
}

/// Iterate `sys` from the exact point `x0` for `steps` steps and return proved enclosures at
/// `checkpoints` (sorted, each `≤ steps`). `progress` is called with the current step every
/// 2¹⁶ steps.
pub fn run<T: Num, S: System<T>, const N: usize>(
    sys: &S,
    x0: &[BigRational],
    steps: u64,
    checkpoints: &[u64],
    progress: &mut dyn FnMut(u64),
) -> RunOutcome {
    assert_eq!(sys.dim(), N);
    let zero_ball = Ball::new(0.0, 0.0);
    // Error basis W (columns) and W⁻¹, as exact balls, with |W|, |W⁻¹| as float matrices.
    let basis = sys.basis().map(|(w, wi)| {
        let wb: Vec<Ball> = w.iter().map(Ball::from_rat).collect();
        let wib: Vec<Ball> = wi.iter().map(Ball::from_rat).collect();
        (wb, wib)
    });
    let mut out = RunOutcome {
        checkpoints: Vec::new(),
        failure: None,
    };
    let mut cps = checkpoints.iter().copied().peekable();

    // Initial point: balls containing the exact rationals; their radii are the initial error.
    let mut x = [T::from_rat(&BigRational::default()); N];
    let mut e0 = [0.0f64; N];
    for i in 0..N {
        let b = T::from_rat(&x0[i]);
        x[i] = b.point();
        e0[i] = b.rad();
    }
    // |z| ≤ rz with e = W z.
    let mut rz = match &basis {
        Some((_, wib)) => absmat_vec::<N>(wib, &e0),
        None => e0,
    };
    let to_theta = |rz: &[f64; N]| -> [f64; N] {
        match &basis {
            Some((wb, _)) => absmat_vec::<N>(wb, rz),
            None => *rz,
        }
    };

    let mut j0 = [zero_ball; 64];
    let mut j1 = [zero_ball; 64];
    let mut m = [zero_ball; 64];
    let mut tmp = [zero_ball; 64];
    let mut y = x;
    let mut t: u64 = 0;
    let fail = |t: u64, why: String| Some((t, why));
    loop {
        let eth = to_theta(&rz);
        if cps.peek() == Some(&t) {
            cps.next();
            out.checkpoints.push(enclosure(t, &x, &eth));
        }
        if t >= steps {
            break;
        }
        if t & 0xffff == 0 {
            progress(t);
        }
        // Step t → t+1.
        let mut b0 = [zero_ball; N];
        for i in 0..N {
            b0[i] = x[i].to_ball(eth[i]);
        }
        if !sys.domain_ok(&b0) {
            out.failure = fail(
                t,
                "the enclosure left the domain of the reduced formulas".into(),
            );
            break;
        }
        sys.jac(&b0, &mut j0[..N * N]);
        sys.step(&x, &mut y);
        let mut x1 = y;
        let mut d0 = [0.0; N];
        for i in 0..N {
            x1[i] = y[i].point();
            d0[i] = y[i].rad();
        }
        let rho1 = {
            let mut r = absmat_vec::<N>(&j0[..N * N], &eth);
            for i in 0..N {
                r[i] = add_up(r[i], d0[i]);
            }
            r
        };
        t += 1;
        if cps.peek() == Some(&t) {
            cps.next();
            if rho1.iter().all(|r| r.is_finite()) {
                out.checkpoints.push(enclosure(t, &x1, &rho1));
            }
        }
        if t >= steps {
            if !rho1.iter().all(|r| r.is_finite()) {
                out.failure = fail(t, "the error bound overflowed".into());
            }
            break;
        }
        // Step t+1 → t+2.
        let mut b1 = [zero_ball; N];
        for i in 0..N {
            b1[i] = x1[i].to_ball(rho1[i]);
        }
        if !sys.domain_ok(&b1) {
            out.failure = fail(
                t,
                "the enclosure left the domain of the reduced formulas".into(),
            );
            break;
        }
        sys.jac(&b1, &mut j1[..N * N]);
        sys.step(&x1, &mut y);
        let mut d1 = [0.0; N];
        for i in 0..N {
            x[i] = y[i].point();
            d1[i] = y[i].rad();
        }
        // Two-step propagation: z ← |W⁻¹ J̄₁ J̄₀ W| z + |W⁻¹|(|J̄₁| d₀ + d₁).
        matmul::<N>(&j1[..N * N], &j0[..N * N], &mut m[..N * N]);
        let mut rhs = absmat_vec::<N>(&j1[..N * N], &d0);
        for i in 0..N {
            rhs[i] = add_up(rhs[i], d1[i]);
        }
        if let Some((wb, wib)) = &basis {
            matmul::<N>(&m[..N * N], wb, &mut tmp[..N * N]);
            matmul::<N>(wib, &tmp[..N * N], &mut m[..N * N]);
            rhs = absmat_vec::<N>(wib, &rhs);
        }
        let prop = absmat_vec::<N>(&m[..N * N], &rz);
        let mut ok = true;
        for i in 0..N {
            rz[i] = add_up(prop[i], rhs[i]);
            ok &= rz[i].is_finite();
        }
        t += 1;
        if !ok {
            out.failure = fail(t, "the error bound overflowed (enclosure lost)".into());
            break;
        }
    }
    progress(t.min(steps));
    if out.failure.is_none() && cps.peek().is_some() {
        out.failure = Some((t, "run ended before all checkpoints".into()));
    }
    out
}
