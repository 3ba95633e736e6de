//! Float (f64) continuation of the cascade: candidates only, nothing here is a proof.

use super::system::Cascade;

/// Solve `a·x = b` by Gaussian elimination with partial pivoting; `None` if singular.
pub fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let piv = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col] == 0.0 || !a[piv][col].is_finite() {
            return None;
        }
        a.swap(col, piv);
        b.swap(col, piv);
        for i in col + 1..n {
            let f = a[i][col] / a[col][col];
            if f != 0.0 {
                let (top, bottom) = a.split_at_mut(i);
                for (x, pv) in bottom[0][col..].iter_mut().zip(&top[col][col..]) {
                    *x -= f * pv;
                }
                b[i] -= f * b[col];
            }
        }
    }
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let s: f64 = (i + 1..n).map(|j| a[i][j] * x[j]).sum();
        x[i] = (b[i] - s) / a[i][i];
    }
    x.iter().all(|v| v.is_finite()).then_some(x)
}

/// The inverse of `a` (columns solved one by one); `None` if singular.
pub fn inverse(a: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let n = a.len();
    let cols: Option<Vec<Vec<f64>>> = (0..n)
        .map(|j| {
            let e: Vec<f64> = (0..n).map(|i| f64::from(u8::from(i == j))).collect();
            solve(a.to_vec(), e)
        })
        .collect();
    let cols = cols?;
    Some(
        (0..n)
            .map(|i| (0..n).map(|j| cols[j][i]).collect())
            .collect(),
    )
}

/// Newton on `F(z) = 0` from `z`: at most 40 steps; converged when a step is below 1e-13 of
/// ‖z‖∞ (one more step polishes). `None` if it does not converge.
pub fn newton(
    mut z: Vec<f64>,
    f: impl Fn(&[f64]) -> Vec<f64>,
    jac: impl Fn(&[f64]) -> Vec<Vec<f64>>,
) -> Option<Vec<f64>> {
    let mut done = false;
    for _ in 0..40 {
        let step = solve(jac(&z), f(&z))?;
        for (zi, si) in z.iter_mut().zip(&step) {
            *zi -= si;
        }
        if done {
            return z.iter().all(|v| v.is_finite()).then_some(z);
        }
        let norm = z.iter().fold(0.0f64, |a, v| a.max(v.abs()));
        let size = step.iter().fold(0.0f64, |a, v| a.max(v.abs()));
        done = size <= 1e-13 * norm;
    }
    None
}

/// The cell system's Newton at fixed η (the first 2k columns of the Jacobian).
pub fn cell_newton(sys: &Cascade<f64>, x: Vec<f64>, eta: f64) -> Option<Vec<f64>> {
    let n = 2 * sys.k;
    newton(
        x,
        |x| sys.residual(x, &eta),
        |x| {
            sys.jacobian(x, &eta)
                .into_iter()
                .map(|mut r| {
                    r.truncate(n);
                    r
                })
                .collect()
        },
    )
    .filter(|x| x[sys.k] > 0.0)
}

/// The orbit points s₀…s_{2k−1} of a cell-system point x = (u, t, w).
pub fn orbit_points(k: usize, x: &[f64]) -> Vec<f64> {
    let v0 = x[k].max(0.0).sqrt();
    let w = |i: usize| if i == 0 { 1.0 } else { x[k + i] };
    let mut s: Vec<f64> = (0..k).map(|i| x[i] + v0 * w(i)).collect();
    s.extend((0..k).map(|i| x[i] - v0 * w(i)));
    s
}

/// A branch of period-2k orbits traced in η: the table of (η, x) and the candidate for the
/// window's end (a point of the end system of the period-4k cascade).
#[derive(Clone, Debug)]
pub struct Branch {
    /// (η, x) pairs, increasing η.
    pub table: Vec<(f64, Vec<f64>)>,
    /// Window-end candidate z = (s₀…s_{2k−1}, w₁…w_{2k−1}, η) for [`Cascade`] with half
    /// period 2k.
    pub end: Vec<f64>,
}

/// Trace the period-2k branch born at the window-end point `start` = (u, w, η) of the
/// period-k orbit (an exact zero of the period-2k system at t = 0), until its multiplier along
/// L crosses −1. `None` if the continuation fails.
pub fn trace(sys: &Cascade<f64>, start: &[f64], width_hint: f64) -> Option<Branch> {
    let (mut x, eta0) = sys.split_end(start);
    let mut eta = eta0;
    let mut table = vec![(eta, x.clone())];
    let mut h = width_hint * 1e-3;
    let max_h = width_hint / 40.0;
    let mult = |x: &[f64], eta: f64| sys.multipliers(x, &eta).0;
    for _ in 0..100_000 {
        let cand = cell_newton(sys, x.clone(), eta + h);
        match cand {
            Some(next) if mult(&next, eta + h) >= -1.0 => {
                eta += h;
                x = next;
                table.push((eta, x.clone()));
                h = (h * 1.3).min(max_h);
            }
            Some(next) => {
                // Crossed −1 within (eta, eta + h): bisect on the multiplier.
                let (mut lo, mut hi) = ((eta, x.clone()), (eta + h, next));
                for _ in 0..200 {
                    let mid = 0.5 * (lo.0 + hi.0);
                    if mid <= lo.0 || mid >= hi.0 {
                        break;
                    }
                    let xm = cell_newton(sys, lo.1.clone(), mid)?;
                    if mult(&xm, mid) >= -1.0 {
                        lo = (mid, xm);
                    } else {
                        hi = (mid, xm);
                    }
                }
                table.push(lo.clone());
                let end = end_candidate(sys, &lo.1, lo.0)?;
                return Some(Branch { table, end });
            }
            None => {
                h /= 4.0;
                if h < width_hint * 1e-14 {
                    return None;
                }
            }
        }
    }
    None
}

/// The end-system candidate of the period-2k orbit at x: (s, w′, η) with w′₀ = 1,
/// w′_{i+1} = φ′(s_i)w′_i, polished by Newton on the end system of half period 2k.
fn end_candidate(sys: &Cascade<f64>, x: &[f64], eta: f64) -> Option<Vec<f64>> {
    let k = sys.k;
    let s = orbit_points(k, x);
    let next = Cascade::new(sys.p, sys.y, 2 * k);
    let mut z = s.clone();
    let mut w = 1.0;
    for si in s.iter().take(2 * k - 1) {
        let c = next.phi_taylor(si, &eta);
        w *= c[1];
        z.push(w);
    }
    z.push(eta);
    newton(z, |z| next.end_residual(z), |z| next.end_jacobian(z))
}
