//! SVG plots (plotters; no system libraries). Plots show float64 trajectories beside certified
//! enclosures; the pictures are illustrations, the certificates are the proofs.

use std::path::Path;

use plotters::prelude::*;

use crate::Error;

/// One series of points with a legend label; `line` joins the points.
pub struct Series<'a> {
    /// Legend text.
    pub label: &'a str,
    /// The points (x, y).
    pub points: Vec<(f64, f64)>,
    /// Join the points with a line (else: dots).
    pub line: bool,
}

/// Axis scaling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// Linear axes.
    Linear,
    /// Both axes logarithmic (points with non-positive coordinates are dropped).
    LogLog,
    /// x linear, y logarithmic (points with y ≤ 0 are dropped).
    LinLog,
    /// x logarithmic, y linear (points with x ≤ 0 are dropped).
    LogLin,
}

impl Scale {
    fn log_x(self) -> bool {
        matches!(self, Scale::LogLog | Scale::LogLin)
    }

    fn log_y(self) -> bool {
        matches!(self, Scale::LogLog | Scale::LinLog)
    }
}

/// Draw `series` into an SVG file with a title and axis labels.
///
/// # Errors
/// [`Error::Io`] if the file cannot be written, [`Error::BadInput`] if there is nothing to plot.
pub fn svg(
    path: &Path,
    title: &str,
    axes: (&str, &str),
    scale: Scale,
    series: &[Series],
) -> Result<(), Error> {
    let keep = |&(x, y): &(f64, f64)| {
        x.is_finite() && y.is_finite() && (!scale.log_x() || x > 0.0) && (!scale.log_y() || y > 0.0)
    };
    let all: Vec<(f64, f64)> = series
        .iter()
        .flat_map(|s| s.points.iter().copied().filter(keep))
        .collect();
    if all.is_empty() {
        return Err(Error::BadInput(format!(
            "{}: nothing to plot",
            path.display()
        )));
    }
    let (mut x0, mut x1, mut y0, mut y1) = all.iter().fold(
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN),
        |(a, b, c, d), &(x, y)| (a.min(x), b.max(x), c.min(y), d.max(y)),
    );
    let pad = |lo: &mut f64, hi: &mut f64, log: bool| {
        if log {
            *lo /= 1.5;
            *hi *= 1.5;
        } else {
            let m = 0.05 * (*hi - *lo).max(1e-12);
            *lo -= m;
            *hi += m;
        }
    };
    pad(&mut x0, &mut x1, scale.log_x());
    pad(&mut y0, &mut y1, scale.log_y());
    let fail = |e: &dyn std::fmt::Display| Error::Io {
        path: path.display().to_string(),
        source: std::io::Error::other(e.to_string()),
    };
    let root = SVGBackend::new(path, (900, 600)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| fail(&e))?;
    let colours = [BLUE, RED, BLACK, GREEN, MAGENTA, CYAN];
    macro_rules! draw {
        ($chart:expr) => {{
            let mut chart = $chart;
            let tick = |log: bool| {
                move |v: &f64| {
                    if log {
                        format!("{v:.0e}")
                    } else {
                        format!("{v:.3}")
                    }
                }
            };
            let (x_tick, y_tick) = (tick(scale.log_x()), tick(scale.log_y()));
            chart
                .configure_mesh()
                .x_desc(axes.0)
                .y_desc(axes.1)
                .x_label_formatter(&x_tick)
                .y_label_formatter(&y_tick)
                .draw()
                .map_err(|e| fail(&e))?;
            for (k, s) in series.iter().enumerate() {
                let colour = colours[k % colours.len()];
                let pts: Vec<(f64, f64)> = s.points.iter().copied().filter(keep).collect();
                let anno = if s.line {
                    chart
                        .draw_series(LineSeries::new(pts, colour.stroke_width(2)))
                        .map_err(|e| fail(&e))?
                } else {
                    chart
                        .draw_series(pts.into_iter().map(|p| Circle::new(p, 3, colour.filled())))
                        .map_err(|e| fail(&e))?
                };
                anno.label(s.label).legend(move |(x, y)| {
                    Rectangle::new([(x, y - 4), (x + 12, y + 4)], colour.filled())
                });
            }
            chart
                .configure_series_labels()
                .background_style(WHITE.mix(0.8))
                .border_style(BLACK)
                .draw()
                .map_err(|e| fail(&e))?;
        }};
    }
    let mut builder = ChartBuilder::on(&root);
    builder
        .caption(title, ("sans-serif", 22))
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(70);
    match scale {
        Scale::Linear => draw!(
            builder
                .build_cartesian_2d(x0..x1, y0..y1)
                .map_err(|e| fail(&e))?
        ),
        Scale::LogLog => {
            draw!(
                builder
                    .build_cartesian_2d((x0..x1).log_scale(), (y0..y1).log_scale())
                    .map_err(|e| fail(&e))?
            )
        }
        Scale::LinLog => {
            draw!(
                builder
                    .build_cartesian_2d(x0..x1, (y0..y1).log_scale())
                    .map_err(|e| fail(&e))?
            )
        }
        Scale::LogLin => {
            draw!(
                builder
                    .build_cartesian_2d((x0..x1).log_scale(), y0..y1)
                    .map_err(|e| fail(&e))?
            )
        }
    }
    root.present().map_err(|e| fail(&e))?;
    Ok(())
}
