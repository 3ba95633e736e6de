//! The certified bifurcation diagram of a `regime-map`: s on L against η, with the proved
//! orbit tubes per window (one rectangle per cell and orbit point), the enclosed window ends
//! marked, uncovered gaps left blank, and the float64 diagram faint behind.

use std::path::Path;

use num_traits::ToPrimitive;
use plotters::prelude::*;

use crate::Error;
use crate::arith::{DoubleEndpoints, Scalar};
use crate::certify::regime_map::{RegimeMap, RegimeMapProblem};

/// Colours per window (period 1, 2, 4, 8, 16, 32).
const COLOURS: [RGBColor; 6] = [
    RGBColor(0, 128, 0),
    RGBColor(0, 90, 200),
    RGBColor(200, 120, 0),
    RGBColor(150, 0, 150),
    RGBColor(0, 150, 150),
    RGBColor(120, 60, 0),
];

/// The f64 bifurcation diagram of φ_η on L: the last 32 of 3000 iterates from 1.01·y^{1/p}.
fn float_diagram(p: usize, y: f64, lo: f64, hi: f64) -> Vec<(f64, f64)> {
    let mut pts = Vec::new();
    for i in 0..=400 {
        let eta = lo + (hi - lo) * f64::from(i) / 400.0;
        let mut s = 1.01 * y.powf(1.0 / p as f64);
        for t in 0..3000 {
            s -= eta * (s.powi(p as i32) - y) * s.powi(p as i32 - 1);
            if !s.is_finite() || s.abs() > 1e6 {
                break;
            }
            if t >= 3000 - 32 {
                pts.push((eta, s));
            }
        }
    }
    pts
}

/// Write the diagram.
///
/// # Errors
/// [`Error::BadInput`] if drawing fails.
pub fn bifurcation(path: &Path, pr: &RegimeMapProblem, map: &RegimeMap) -> Result<(), Error> {
    let err = |e: String| Error::BadInput(format!("{}: plot failed: {e}", path.display()));
    let (lo, hi) = (
        pr.eta_lo.to_f64().unwrap_or(0.0),
        pr.eta_hi.to_f64().unwrap_or(1.0),
    );
    let p = pr.depth;
    let y = pr.target.to_f64().unwrap_or(1.0);
    let faint = float_diagram(p, y, lo, hi);
    let s_star = y.powf(1.0 / p as f64);
    let mut rects: Vec<(f64, f64, f64, f64, usize)> = Vec::new();
    for c in &map.cells {
        let colour = c.period.trailing_zeros() as usize % COLOURS.len();
        if c.period == 1 {
            rects.push((c.eta.0, c.eta.1, s_star * 0.998, s_star * 1.002, colour));
            continue;
        }
        let k = c.period / 2;
        let z = &c.enclosure;
        let v0 = (z[k].inf_f64().max(0.0).sqrt(), z[k].sup_f64().sqrt());
        for i in 0..k {
            let (wlo, whi) = if i == 0 {
                (1.0, 1.0)
            } else {
                (z[k + i].inf_f64(), z[k + i].sup_f64())
            };
            let vs = [v0.0 * wlo, v0.0 * whi, v0.1 * wlo, v0.1 * whi];
            let (vmin, vmax) = vs
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
                    (a.min(*v), b.max(*v))
                });
            for sign in [1.0, -1.0] {
                let (a, b) = (z[i].inf_f64() + sign * vmin, z[i].sup_f64() + sign * vmax);
                let (a, b) = (
                    a.min(z[i].inf_f64() + sign * vmax),
                    b.max(z[i].sup_f64() + sign * vmin),
                );
                rects.push((c.eta.0, c.eta.1, a, b, colour));
            }
        }
    }
    let (ymin, ymax) = faint
        .iter()
        .map(|p| p.1)
        .chain(rects.iter().flat_map(|r| [r.2, r.3]))
        .filter(|v| v.is_finite())
        .fold((s_star, s_star), |(a, b), v| (a.min(v), b.max(v)));
    let pad = 0.05 * (ymax - ymin).max(1e-6);
    let root = SVGBackend::new(path, (1100, 700)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let mut chart = ChartBuilder::on(&root)
        .margin(20)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .caption(
            format!(
                "certified bifurcation diagram on L, p = {p}, y = {y}: proved orbit tubes (colour per \
                 period), window ends (red), uncovered gaps blank, f64 diagram grey"
            ),
            ("sans-serif", 14),
        )
        .build_cartesian_2d(lo..hi, (ymin - pad)..(ymax + pad))
        .map_err(|e| err(e.to_string()))?;
    chart
        .configure_mesh()
        .x_desc("η")
        .y_desc("s")
        .draw()
        .map_err(|e| err(e.to_string()))?;
    chart
        .draw_series(
            faint
                .iter()
                .map(|&pt| Circle::new(pt, 1, RGBColor(160, 160, 160).mix(0.35).filled())),
        )
        .map_err(|e| err(e.to_string()))?;
    chart
        .draw_series(rects.iter().map(|&(a, b, c, d, col)| {
            Rectangle::new([(a, c), (b, d)], COLOURS[col].mix(0.8).stroke_width(2))
        }))
        .map_err(|e| err(e.to_string()))?;
    for e in &map.ends {
        let x = e.eta().to_f64();
        if (lo..=hi).contains(&x) {
            chart
                .draw_series(LineSeries::new(
                    vec![(x, ymin - pad), (x, ymax + pad)],
                    RED.mix(0.6),
                ))
                .map_err(|e| err(e.to_string()))?;
        }
    }
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}

/// The basin map as a coloured grid: converged cells green, diverged red, undetermined grey
/// (plane: θ₁ against θ₂; line: s₀ along x, one row).
///
/// # Errors
/// [`Error::BadInput`] if drawing fails.
pub fn basin(
    path: &Path,
    pr: &crate::certify::basin::BasinProblem,
    map: &crate::certify::basin::BasinMap,
) -> Result<(), Error> {
    use crate::certify::basin::{Label, cell_bounds};
    let err = |e: String| Error::BadInput(format!("{}: plot failed: {e}", path.display()));
    let f = |q: &num_rational::BigRational| q.to_f64().unwrap_or(0.0);
    let plane = pr.init_box.len() == 2;
    let (x0, x1) = (f(&pr.init_box[0].0), f(&pr.init_box[0].1));
    let (y0, y1) = if plane {
        (f(&pr.init_box[1].0), f(&pr.init_box[1].1))
    } else {
        (0.0, 1.0)
    };
    let root = SVGBackend::new(path, (800, 860)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(e.to_string()))?;
    let caption = format!(
        "basin map, p = {}, y = {}, η = {}: converged (green), diverged (red), undetermined (grey)",
        pr.depth,
        f(&pr.target),
        f(&pr.eta)
    );
    let mut chart = ChartBuilder::on(&root)
        .margin(20)
        .x_label_area_size(40)
        .y_label_area_size(50)
        .caption(caption, ("sans-serif", 14))
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(|e| err(e.to_string()))?;
    let (xd, yd) = if plane {
        ("θ₁", "θ₂")
    } else {
        ("s₀", "")
    };
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc(xd)
        .y_desc(yd)
        .draw()
        .map_err(|e| err(e.to_string()))?;
    let colour = |l: Label| match l {
        Label::Converged => RGBColor(40, 160, 60),
        Label::Diverged => RGBColor(210, 50, 40),
        Label::Undetermined => RGBColor(170, 170, 170),
    };
    chart
        .draw_series(map.cells.iter().map(|c| {
            let b = cell_bounds(pr, c.level, &c.index);
            let (ya, yb) = if plane {
                (f(&b[1].0), f(&b[1].1))
            } else {
                (y0, y1)
            };
            Rectangle::new(
                [(f(&b[0].0), ya), (f(&b[0].1), yb)],
                colour(c.label).filled(),
            )
        }))
        .map_err(|e| err(e.to_string()))?;
    root.present().map_err(|e| err(e.to_string()))?;
    Ok(())
}
