//! The float64 label of where a GD trajectory settles (no guarantee): the period 2^j actually
//! reached, with float multipliers, or an honest `chaotic` / `undetermined`.
//!
//! # Rule
//! Run GD in f64 for `steps` steps (at least 1024). If the last 128 iterates are off L
//! (max |θ_i − mean θ| > 10⁻⁷·|mean θ|) or the run blew up: undetermined. Otherwise, with
//! s_t = mean θ_t, take the smallest j ∈ {1, 2, 4, …, 32} with |s_N−i − s_N−i−j| ≤ 10⁻⁹·|s_N| for
//! i < 2j. The candidate is accepted only if
//! - j = 1: ηλ* < 2 (the fixed point y^{1/p} attracts along L);
//! - j ≥ 2: float Newton on the desingularised period-j system (see
//!   [`crate::certify::regime_map::system`]) from the last j iterates converges to an orbit with
//!   t > 0 (a genuine period-j orbit, not the period-j/2 one approached slowly, whose
//!   continuation has t < 0), within 10⁻⁶ of the iterates, with both float multipliers (along L
//!   and on 1^⊥) inside (−1, 1).
//!
//! Otherwise, if no j passes the distance test: `chaotic` if the float Lyapunov exponent along L,
//! mean log|φ′(s_t)| over the last 1024 steps, exceeds 10⁻² and no distance |s_t − s_{t−j}|
//! (j = 1, 2, …, 32) halved over the last 512 steps (a slow transient is not chaos); else
//! `undetermined`.

use super::regime_map::float::cell_newton;
use super::regime_map::system::Cascade;

/// The float label of a settled trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FastSettle {
    /// Converged to the fixed point on L with |1 − ηλ*| < 1.
    Fixed,
    /// Converged to a stable orbit of this period (2, 4, …, 32).
    Cycle(u32),
    /// Bounded on L, no period ≤ 32 found, positive float Lyapunov exponent.
    Chaotic,
    /// None of the above.
    Undetermined,
}

/// The last `keep` iterates of f64 GD (θ_{N−keep+1}, …, θ_N), or `None` if the run blew up.
fn run(p: usize, y: f64, eta: f64, init: &[f64], steps: u64, keep: usize) -> Option<Vec<Vec<f64>>> {
    let mut th = init.to_vec();
    let mut last = std::collections::VecDeque::with_capacity(keep);
    let mut g = vec![0.0; p];
    for t in 0..=steps {
        let mut prefix = 1.0;
        for i in 0..p {
            g[i] = prefix;
            prefix *= th[i];
        }
        let mut suffix = 1.0;
        for i in (0..p).rev() {
            g[i] *= suffix;
            suffix *= th[i];
        }
        let r = prefix - y;
        if !(r.is_finite() && r.abs() <= 1e6) {
            return None;
        }
        if t + keep as u64 > steps {
            if last.len() == keep {
                last.pop_front();
            }
            last.push_back(th.clone());
        }
        if t == steps {
            break;
        }
        for i in 0..p {
            th[i] -= eta * r * g[i];
        }
    }
    Some(last.into())
}

/// Classify where f64 GD from `init` settles (module docs).
pub fn settle(p: usize, y: f64, eta: f64, init: &[f64], steps: u64) -> FastSettle {
    const KEEP: usize = 1024;
    let steps = steps.max(KEEP as u64);
    let Some(last) = run(p, y, eta, init, steps, KEEP) else {
        return FastSettle::Undetermined;
    };
    let s: Vec<f64> = last
        .iter()
        .map(|th| th.iter().sum::<f64>() / p as f64)
        .collect();
    let tail = last.len() - 128;
    let on_line = last[tail..].iter().zip(&s[tail..]).all(|(th, m)| {
        th.iter()
            .all(|v| (v - m).abs() <= 1e-7 * m.abs().max(1e-300))
    });
    let n = s.len();
    if !on_line || s[n - 1] <= 0.0 {
        return FastSettle::Undetermined;
    }
    let scale = s[n - 1].abs();
    let pf = p as f64;
    for j in [1usize, 2, 4, 8, 16, 32] {
        let close = (0..2 * j).all(|i| (s[n - 1 - i] - s[n - 1 - i - j]).abs() <= 1e-9 * scale);
        if !close {
            continue;
        }
        if j == 1 {
            let lambda = pf * y.powf(2.0 - 2.0 / pf);
            let m = 1.0 - eta * lambda;
            return if m.abs() < 1.0 && (s[n - 1] - y.powf(1.0 / pf)).abs() <= 1e-6 * scale {
                FastSettle::Fixed
            } else {
                FastSettle::Undetermined
            };
        }
        return match float_cycle(p, y, eta, &s[n - j..]) {
            Some(true) => FastSettle::Cycle(j as u32),
            _ => FastSettle::Undetermined,
        };
    }
    // No period found: the float Lyapunov exponent along L.
    let dphi = |v: f64| {
        1.0 - eta
            * ((2.0 * pf - 1.0) * v.powi(2 * p as i32 - 2) - (pf - 1.0) * y * v.powi(p as i32 - 2))
    };
    let lyap = s
        .iter()
        .map(|&v| dphi(v).abs().max(1e-300).ln())
        .sum::<f64>()
        / n as f64;
    // Still converging (some d_j halved over the last 512 steps): a slow transient, not chaos.
    let d = |j: usize, end: usize| {
        (0..2 * j)
            .map(|i| (s[end - 1 - i] - s[end - 1 - i - j]).abs())
            .fold(0.0f64, f64::max)
    };
    let converging = [1usize, 2, 4, 8, 16, 32]
        .iter()
        .any(|&j| d(j, n) < 0.5 * d(j, n - 512));
    if lyap > 1e-2 && !converging {
        FastSettle::Chaotic
    } else {
        FastSettle::Undetermined
    }
}

/// Float Newton on the period-j system from the iterates `s` (one period); `Some(true)` if it
/// converges to a genuine period-j orbit near `s` with both multipliers inside (−1, 1).
fn float_cycle(p: usize, y: f64, eta: f64, s: &[f64]) -> Option<bool> {
    let j = s.len();
    let k = j / 2;
    let v0 = (s[0] - s[k]) / 2.0;
    if v0 == 0.0 {
        return Some(false);
    }
    let mut x: Vec<f64> = (0..k).map(|i| (s[i] + s[i + k]) / 2.0).collect();
    x.push(v0 * v0);
    x.extend((1..k).map(|i| (s[i] - s[i + k]) / 2.0 / v0));
    let sys = Cascade::new(p, y, k);
    let sol = cell_newton(&sys, x.clone(), eta)?;
    let near = (0..k).all(|i| (sol[i] - x[i]).abs() <= 1e-6 * x[i].abs().max(1e-3))
        && (sol[k].sqrt() - v0.abs()).abs() <= 1e-6 * s[0].abs().max(1e-3);
    let (along, across) = sys.multipliers(&sol, &eta);
    Some(near && along.abs() < 1.0 && across.abs() < 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_two_p2() {
        assert_eq!(settle(2, 1.0, 1.1, &[1.3, 0.77], 400), FastSettle::Cycle(2));
    }
}
