//! Learning-rate sweeps in float64 (no guarantee): the bifurcation diagram (last K iterates of
//! the residual and the Gauss–Newton sharpness ‖∇f(θ)‖², which is λ on M) and the limit sharpness
//! against η — the edge-of-stability picture, λ∞ pinned under 2/η.
//!
//! The grid is split over all cores with `std::thread::scope`, in groups of `LANES` learning
//! rates taken from a shared counter; the step is the model's GD step specialised to f64
//! (prefix/suffix products, no allocation per step), for depths 2…=8 on `LANES` learning rates
//! at once (structure of arrays the compiler vectorises).

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// One grid point's result.
#[derive(Clone, Debug)]
pub struct SweepRow {
    /// The learning rate.
    pub eta: f64,
    /// The last K iterates: (step, r, ‖∇f‖²).
    pub last: Vec<(u64, f64, f64)>,
    /// The first step at which |r| > 10⁶ or a value was not finite.
    pub diverged_at: Option<u64>,
}

/// Run GD in float64 for `steps` steps at each of `points` learning rates evenly spaced in
/// [`eta_lo`, `eta_hi`] ([`grid`]), keeping the last `last` iterates. `progress` counts finished
/// points.
#[allow(clippy::too_many_arguments)]
pub fn sweep(
    depth: usize,
    target: f64,
    eta_lo: f64,
    eta_hi: f64,
    points: usize,
    init: &[f64],
    steps: u64,
    last: usize,
    progress: &AtomicU64,
) -> Vec<SweepRow> {
    let etas = grid(eta_lo, eta_hi, points);
    sweep_at(depth, target, &etas, init, steps, last, progress)
}

/// The learning-rate grid of [`sweep`]: point i of `points` is
/// `eta_lo + (eta_hi − eta_lo)·i/(points − 1)` in float64 (`eta_lo` alone when `points` = 1).
pub fn grid(eta_lo: f64, eta_hi: f64, points: usize) -> Vec<f64> {
    (0..points)
        .map(|i| {
            if points == 1 {
                eta_lo
            } else {
                eta_lo + (eta_hi - eta_lo) * i as f64 / (points - 1) as f64
            }
        })
        .collect()
}

/// [`sweep`] at the given learning rates, one row per η in their order. Every η's row depends
/// only on that η (the lane kernel performs each lane's operations of the one-η loop in its
/// order), so any subset of a grid gives exactly the rows of the whole grid at those η.
pub fn sweep_at(
    depth: usize,
    target: f64,
    etas: &[f64],
    init: &[f64],
    steps: u64,
    last: usize,
    progress: &AtomicU64,
) -> Vec<SweepRow> {
    let points = etas.len();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(points.div_ceil(LANES).max(1));
    // Groups of `LANES` learning rates handed out one at a time (a shared counter), so a core
    // that other processes slow down takes fewer groups instead of holding up the whole sweep.
    let groups: Vec<&[f64]> = etas.chunks(LANES).collect();
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Vec<SweepRow>)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&group) = groups.get(k) else {
                            return mine;
                        };
                        let rows = run_lanes_dyn(depth, target, group, init, steps, last)
                            .unwrap_or_else(|| {
                                group
                                    .iter()
                                    .map(|&eta| run_one(depth, target, eta, init, steps, last))
                                    .collect()
                            });
                        progress.fetch_add(group.len() as u64, Ordering::Relaxed);
                        mine.push((k, rows));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("sweep worker"))
            .collect()
    });
    done.sort_unstable_by_key(|(k, _)| *k);
    done.into_iter().flat_map(|(_, rows)| rows).collect()
}

/// Independent learning rates advanced together: one GD step is a short dependency chain
/// (latency-bound), so interleaving `LANES` lanes (structure of arrays, `LANES / 4` AVX2 vectors
/// per coordinate) keeps both vector pipes busy. `cargo bench --bench sweep` on the 2-core EPYC
/// (load ≈ 3): 32 lanes 3.0·10⁹ (p = 2) and 2.5·10⁹ (p = 5) lane-steps/s, 16 lanes 1.9·10⁹ and
/// 1.0·10⁹, the old 8-lane p = 2 kernel ≈ 2·10⁹ (plain multiplies and subtractions, no `mul_add`:
/// the iterates equal numpy's bit for bit, and `mul_add` measured no faster). In CPU time
/// (`perf stat -e task-clock`, robust to the load) p = 5 costs 0.75–0.78 ns per lane-step per
/// core, i.e. 2.4 cycles at the 3.16 GHz that a chain of dependent multiplications shows:
/// 84% of the multiply-pipe bound of this operation sequence (16 multiplications on 2 pipes
/// × 4 lanes = 2 cycles); 16 and 64 lanes measured within noise of 32.
const LANES: usize = 32;

/// One coordinate of all lanes, aligned to a cache line. For p ≥ 3 the lane state does not fit in
/// the 16 AVX2 registers and lives on the stack; with the default 8-byte alignment its 32-byte
/// loads and stores split across cache lines or not depending on the caller's stack offset
/// (measured: the p = 5 sweep ran 2× slower from the CLI than from `cargo bench --bench sweep`,
/// same machine code). 64-byte alignment makes every access whole, whoever calls.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Row([f64; LANES]);

impl std::ops::Deref for Row {
    type Target = [f64; LANES];
    fn deref(&self) -> &[f64; LANES] {
        &self.0
    }
}

impl std::ops::DerefMut for Row {
    fn deref_mut(&mut self) -> &mut [f64; LANES] {
        &mut self.0
    }
}

const ZERO_ROW: Row = Row([0.0; LANES]);

/// The lane kernel for depths 2…=8 ([`run_lanes`] at that depth); other depths return `None`.
fn run_lanes_dyn(
    depth: usize,
    y: f64,
    etas: &[f64],
    init: &[f64],
    steps: u64,
    last: usize,
) -> Option<Vec<SweepRow>> {
    let f = match depth {
        2 => run_lanes::<2>,
        3 => run_lanes::<3>,
        4 => run_lanes::<4>,
        5 => run_lanes::<5>,
        6 => run_lanes::<6>,
        7 => run_lanes::<7>,
        8 => run_lanes::<8>,
        _ => return None,
    };
    Some(f(y, etas, init, steps, last))
}

/// gᵢ = ∏_{j≠i} θⱼ of one lane by the prefix/suffix passes of [`run_one`] (same operations, same
/// order); returns (g, f) with f = θ₁⋯θ_p the full prefix product.
#[inline(always)]
fn grad_one<const P: usize>(t: &[f64; P]) -> ([f64; P], f64) {
    let mut g = [0.0; P];
    let mut prefix = 1.0;
    for i in 0..P {
        g[i] = prefix;
        prefix *= t[i];
    }
    let mut suffix = 1.0;
    for i in (0..P).rev() {
        g[i] *= suffix;
        suffix *= t[i];
    }
    (g, prefix)
}

/// ∇f for all lanes ([`grad_one`] lane by lane); returns r = f − y per lane.
#[inline(always)]
fn grad_lanes<const P: usize>(th: &[Row; P], g: &mut [Row; P], y: f64) -> Row {
    let mut r = ZERO_ROW;
    for l in 0..LANES {
        let (gl, f) = grad_one::<P>(&std::array::from_fn(|i| th[i][l]));
        for i in 0..P {
            g[i][l] = gl[i];
        }
        r[l] = f - y;
    }
    r
}

/// One GD step of one lane, θᵢ −= e·gᵢ with e = η(f − y) and (g, f) from [`grad_one`]: the
/// operations of [`run_one`] in its order, which is numpy's (`benches/anchors/sweep_anchor.py`),
/// so the iterates agree with it bit for bit. 4p − 4 multiplications and p + 1 subtractions
/// (the multiplications by 1 fold away); for p = 2: e = η(xy − Y), x' = x − e·y, y' = y − e·x.
///
/// Forms with fewer multiplications were measured and not taken (CPU time per lane-step,
/// p = 5, standalone copies of this loop on the 2-core EPYC): folding e into the suffix
/// products (13 instead of 16) is no faster, because its chain from θ to the next θ is longer
/// (36 against 24 cycles), and a product tree (14) saves ≈ 8%; both give up bit-equality with
/// numpy for p ≥ 3. FMA saves nothing here: it moves the subtractions onto the multiply pipes.
#[inline(always)]
fn step_one<const P: usize>(t: &mut [f64; P], eta: f64, y: f64) {
    let (g, f) = grad_one(t);
    let e = eta * (f - y);
    for i in 0..P {
        t[i] -= e * g[i];
    }
}

/// One GD step of every lane ([`step_one`]). One pass over the lanes does the whole step of a
/// lane (the compiler vectorises the loop over lanes), so the products stay in registers: per
/// 4-lane vector and step p + 1 loads (θ, η) and p stores.
#[inline(always)]
fn step_lanes<const P: usize>(th: &mut [Row; P], eta: &Row, y: f64) {
    for l in 0..LANES {
        let mut t: [f64; P] = std::array::from_fn(|i| th[i][l]);
        step_one(&mut t, eta[l], y);
        for i in 0..P {
            th[i][l] = t[i];
        }
    }
}

/// Up to `LANES` learning rates of depth `P` at once; records what [`run_one`] records, but
/// checks divergence every 64 steps (the first block end with |r| > 10⁶ or r not finite).
fn run_lanes<const P: usize>(
    y: f64,
    etas: &[f64],
    init: &[f64],
    steps: u64,
    last: usize,
) -> Vec<SweepRow> {
    let n = etas.len();
    let mut eta = ZERO_ROW;
    eta[..n].copy_from_slice(etas);
    let mut th = [ZERO_ROW; P];
    for (row, &x) in th.iter_mut().zip(init) {
        *row = Row([x; LANES]);
    }
    let mut diverged: [Option<u64>; LANES] = [None; LANES];
    let mut out: Vec<Vec<(u64, f64, f64)>> = (0..n).map(|_| Vec::with_capacity(last)).collect();
    let first_kept = steps.saturating_sub(last as u64 - 1);
    let check = |th: &[Row; P], t: u64, diverged: &mut [Option<u64>; LANES]| {
        for l in 0..n {
            let r = th.iter().map(|row| row[l]).product::<f64>() - y;
            if diverged[l].is_none() && !(r.is_finite() && r.abs() <= 1e6) {
                diverged[l] = Some(t);
            }
        }
    };
    // Advance in blocks without per-step branches; check divergence between blocks.
    const BLOCK: u64 = 64;
    let mut t = 0u64;
    while t < first_kept.min(steps) {
        let len = BLOCK.min(first_kept.min(steps) - t);
        for _ in 0..len {
            step_lanes(&mut th, &eta, y);
        }
        t += len;
        check(&th, t, &mut diverged);
    }
    // The kept tail, step by step (values are recorded before each step).
    let mut g = [ZERO_ROW; P];
    while t <= steps {
        let r = grad_lanes(&th, &mut g, y);
        for l in 0..n {
            if diverged[l].is_none() && !(r[l].is_finite() && r[l].abs() <= 1e6) {
                diverged[l] = Some(t);
            }
            if diverged[l].is_none() && last > 0 && t >= first_kept {
                let gn = g.iter().map(|row| row[l] * row[l]).sum();
                out[l].push((t, r[l], gn));
            }
        }
        if t == steps {
            break;
        }
        step_lanes(&mut th, &eta, y);
        t += 1;
    }
    out.into_iter()
        .enumerate()
        .map(|(l, last)| SweepRow {
            eta: eta[l],
            last: if diverged[l].is_some() {
                Vec::new()
            } else {
                last
            },
            diverged_at: diverged[l],
        })
        .collect()
}

/// One learning rate, any depth: the step of [`step_one`] with a dynamic depth, the divergence
/// check every step.
fn run_one(depth: usize, y: f64, eta: f64, init: &[f64], steps: u64, last: usize) -> SweepRow {
    let mut th = init.to_vec();
    let mut g = vec![0.0; depth];
    let mut out = Vec::with_capacity(last);
    let first_kept = steps.saturating_sub(last as u64 - 1);
    for t in 0..=steps {
        // g_i = ∏_{j≠i} θ_j via prefix/suffix products; f = θ_0·g_0.
        let mut prefix = 1.0;
        for i in 0..depth {
            g[i] = prefix;
            prefix *= th[i];
        }
        let mut suffix = 1.0;
        for i in (0..depth).rev() {
            g[i] *= suffix;
            suffix *= th[i];
        }
        let f = prefix;
        let r = f - y;
        if !(r.is_finite() && r.abs() <= 1e6) {
            return SweepRow {
                eta,
                last: out,
                diverged_at: Some(t),
            };
        }
        if last > 0 && t >= first_kept {
            out.push((t, r, g.iter().map(|x| x * x).sum()));
        }
        if t == steps {
            break;
        }
        let e = eta * r;
        for i in 0..depth {
            th[i] -= e * g[i];
        }
    }
    SweepRow {
        eta,
        last: out,
        diverged_at: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against the model's own f64 step (a different code path: products left to right).
    #[test]
    fn step_matches_model() {
        let m = crate::model::Model::factorisation(3, crate::arith::parse_rational("1").unwrap())
            .unwrap();
        let init = [0.9, 1.05, 1.0];
        let row = run_one(3, 1.0, 0.6, &init, 50, 1);
        let mut th = init.to_vec();
        for _ in 0..50 {
            th = m.gd_step(&th, &0.6, &1.0);
        }
        let r = m.f(&th) - 1.0;
        approx::assert_abs_diff_eq!(row.last[0].1, r, epsilon = 1e-12);
    }

    /// The lane kernel against the one-lane one: same operations in the same order, so the
    /// recorded iterates agree bit for bit (p = 2 and 5, diverging lanes included).
    #[test]
    fn lanes_match_general() {
        let cases: [(usize, &[f64], &[f64]); 2] = [
            (2, &[1.3, 0.77], &[0.5, 0.9, 1.0, 1.1, 1.2, 3.0, 0.7]),
            (
                5,
                &[1.03, 0.98, 1.01, 0.99, 1.02],
                &[0.2, 0.3, 0.39, 0.4, 0.41, 0.45, 2.0],
            ),
        ];
        for (depth, init, etas) in cases {
            let rows = run_lanes_dyn(depth, 1.0, etas, init, 300, 3).unwrap();
            assert_eq!(rows.len(), etas.len());
            for (row, &eta) in rows.iter().zip(etas) {
                let one = run_one(depth, 1.0, eta, init, 300, 3);
                assert_eq!(
                    row.diverged_at.is_some(),
                    one.diverged_at.is_some(),
                    "p = {depth}, η = {eta}"
                );
                if row.diverged_at.is_none() {
                    assert_eq!(row.last, one.last, "p = {depth}, η = {eta}");
                }
            }
        }
    }

    /// p = 2, y = 1 on L: for 1 < η < √5 − 1 the limit is the 2-cycle with residuals
    /// r± = (1/η − 1 ± √((1 + 3/η)(1 − 1/η)))/2 (`docs/theory.md`, closed form).
    #[test]
    fn two_cycle_on_l() {
        let eta: f64 = 1.1;
        let rows = sweep(
            2,
            1.0,
            eta,
            eta,
            1,
            &[1.05, 1.05],
            4000,
            2,
            &AtomicU64::new(0),
        );
        let disc = ((1.0 + 3.0 / eta) * (1.0 - 1.0 / eta)).sqrt();
        let (rp, rm) = (
            (1.0 / eta - 1.0 + disc) / 2.0,
            (1.0 / eta - 1.0 - disc) / 2.0,
        );
        let mut got: Vec<f64> = rows[0].last.iter().map(|x| x.1).collect();
        got.sort_by(f64::total_cmp);
        approx::assert_abs_diff_eq!(got[0], rm, epsilon = 1e-12);
        approx::assert_abs_diff_eq!(got[1], rp, epsilon = 1e-12);
    }
}
