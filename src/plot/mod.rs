//! SVG plots (plotters; no system libraries). Plots show float64 trajectories beside certified
//! enclosures; the pictures are illustrations, the certificates are the proofs.
//!
//! Layout rules every plot follows: the legend sits in its own strip below the chart (never over
//! the data or the title) and lists only series that have a point to draw; every series has its
//! own marker shape and colour (lines carry markers at up to 30 of their points, so overlapping
//! lines stay distinguishable); an x axis whose points are all small integers (coordinate
//! indices) gets integer tick labels; a logarithmic axis gets labels between the powers of ten
//! when it spans few decades (`log_points`).

pub mod regime;

use std::path::Path;

use plotters::coord::Shift;
use plotters::coord::combinators::{LogCoord, WithKeyPoints};
use plotters::prelude::*;

use crate::Error;

/// One series of points with a legend label; `line` joins the points.
pub struct Series<'a> {
    /// Legend text.
    pub label: &'a str,
    /// The points (x, y).
    pub points: Vec<(f64, f64)>,
    /// Join the points with a line (else: markers only). A point that is not drawn (a NaN, or
    /// a non-positive coordinate on a log axis) breaks the line there.
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

/// A series as drawn: its index (colour and marker), label, line flag and the points kept for
/// the axes' scale.
struct Drawn<'a> {
    k: usize,
    label: &'a str,
    line: bool,
    pts: Vec<(f64, f64)>,
    /// The runs of consecutive drawable points (a line is drawn along each run).
    runs: Vec<Vec<(f64, f64)>>,
}

/// The colours of the series, in order (distinguishable on white, none too light).
const COLOURS: [RGBColor; 8] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(0, 0, 0),
    RGBColor(44, 160, 44),
    RGBColor(148, 103, 189),
    RGBColor(255, 127, 14),
    RGBColor(23, 190, 207),
    RGBColor(140, 86, 75),
];

/// Chart size in pixels (without the legend strip) and the height of one legend row.
const WIDTH: u32 = 900;
const HEIGHT: u32 = 600;
const LEGEND_ROW: u32 = 20;

/// How an axis labels its ticks.
#[derive(Clone, Copy)]
enum Ticks {
    /// Linear axis: decimals chosen from the axis span, trailing zeros trimmed.
    Linear { decimals: usize },
    /// Linear axis whose data are integers: integer labels, other ticks unlabelled.
    Integer,
    /// Logarithmic axis: the ticks are chosen by [`log_points`].
    Log,
}

impl Ticks {
    fn for_axis(log: bool, lo: f64, hi: f64, integer_data: bool) -> Ticks {
        if log {
            Ticks::Log
        } else if integer_data && hi - lo <= 200.0 {
            Ticks::Integer
        } else {
            let span = (hi - lo).max(1e-300);
            let decimals = (2.0 - span.log10().floor()).clamp(0.0, 15.0) as usize;
            Ticks::Linear { decimals }
        }
    }

    /// Tick label count hint for plotters on a linear axis (one per integer for indices).
    fn count(self, lo: f64, hi: f64) -> usize {
        match self {
            Ticks::Integer => ((hi - lo).floor() as usize + 1).clamp(2, 31),
            Ticks::Linear { .. } | Ticks::Log => 10,
        }
    }

    fn label(self, v: f64) -> String {
        match self {
            Ticks::Integer => {
                if (v - v.round()).abs() < 1e-9 {
                    format!("{}", v.round() as i64)
                } else {
                    String::new()
                }
            }
            Ticks::Linear { decimals } => {
                let s = format!("{v:.decimals$}");
                let s = if s.contains('.') {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    s
                };
                if s == "-0" { "0".to_string() } else { s }
            }
            Ticks::Log => {
                let e = v.log10().floor();
                let m = v / 10f64.powf(e);
                let frac = (0..3)
                    .find(|&k| {
                        let s = m * 10f64.powi(k);
                        (s - s.round()).abs() < 1e-6
                    })
                    .unwrap_or(3) as usize;
                if (-3.0..4.0).contains(&e) {
                    let decimals = (frac as i64 - e as i64).max(0) as usize;
                    format!("{v:.decimals$}")
                } else {
                    format!("{m:.frac$}e{e}")
                }
            }
        }
    }
}

/// Tick positions of a logarithmic axis on [lo, hi]: (labelled, grid-only). The grid has every
/// m·10^k (m = 1…9). Labels: an axis spanning 5 decades or more at the powers of ten (every
/// s-th decade, at most ~12 labels); 2.5 to 5 decades also at 3 times them; 1 to 2.5 decades at
/// 1, 2, 3 and 5 times them;
/// a shorter one (or one where those give fewer than three labels) at evenly spaced round values,
/// as on a linear axis ([`linear_points`]).
fn log_points(lo: f64, hi: f64) -> (Vec<f64>, Vec<f64>) {
    let (e0, e1) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
    let in_range = |mantissas: &[f64], every: i32| -> Vec<f64> {
        (e0..=e1)
            .filter(|e| e.rem_euclid(every) == 0)
            .flat_map(|e| mantissas.iter().map(move |m| m * 10f64.powi(e)))
            .filter(|v| (lo..=hi).contains(v))
            .collect()
    };
    let units: Vec<f64> = (1..=9).map(f64::from).collect();
    let light = in_range(&units, 1);
    let decades = (hi / lo).log10();
    let bold = if decades >= 5.0 {
        in_range(&[1.0], (decades / 12.0).ceil().max(1.0) as i32)
    } else if decades >= 2.5 {
        in_range(&[1.0, 3.0], 1)
    } else if decades >= 1.0 {
        in_range(&[1.0, 2.0, 3.0, 5.0], 1)
    } else {
        Vec::new()
    };
    if bold.len() >= 3 {
        return (bold, light);
    }
    let bold = linear_points(lo, hi);
    let mut grid = light;
    grid.extend(bold.iter().copied());
    (bold, grid)
}

/// Four to ten round values in [lo, hi]: the multiples of the first step d·10^k (d ∈ {1, 2, 5})
/// that gives at most ten.
fn linear_points(lo: f64, hi: f64) -> Vec<f64> {
    let base = 10f64.powf(((hi - lo) / 10.0).log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|d| d * base)
        .find(|st| (hi / st).floor() - (lo / st).ceil() < 10.0)
        .unwrap_or(10.0 * base);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// Markers: the k-th series draws shape `k % 4` (circle, triangle, square, cross); the legend
/// ([`legend`]) repeats the same four shapes.
macro_rules! draw_markers {
    ($target:expr, $kind:expr, $points:expr, $size:expr, $style:expr) => {{
        let (size, style) = ($size, $style);
        match $kind % 4 {
            0 => $target.draw_series($points.map(|p| Circle::new(p, size, style))),
            1 => $target.draw_series($points.map(|p| TriangleMarker::new(p, size + 1, style))),
            2 => $target.draw_series($points.map(|p| {
                EmptyElement::at(p) + Rectangle::new([(-size, -size), (size, size)], style)
            })),
            _ => {
                $target.draw_series($points.map(|p| Cross::new(p, size + 1, style.stroke_width(2))))
            }
        }
    }};
}

/// The series with a point to draw, keeping only finite points (positive on a log axis);
/// series without one are neither drawn nor listed in the legend.
fn drawable<'a>(series: &[Series<'a>], scale: Scale) -> Vec<Drawn<'a>> {
    let keep = |&(x, y): &(f64, f64)| {
        x.is_finite() && y.is_finite() && (!scale.log_x() || x > 0.0) && (!scale.log_y() || y > 0.0)
    };
    series
        .iter()
        .enumerate()
        .map(|(k, s)| Drawn {
            k,
            label: s.label,
            line: s.line,
            pts: s.points.iter().copied().filter(keep).collect(),
            runs: s
                .points
                .split(|p| !keep(p))
                .filter(|run| !run.is_empty())
                .map(<[(f64, f64)]>::to_vec)
                .collect(),
        })
        .filter(|d| !d.pts.is_empty())
        .collect()
}

/// The x and y ranges of the drawn points, padded (4% linear, ×1.25 logarithmic), and whether
/// every x is an integer (step-count axes get integer ticks).
#[allow(clippy::type_complexity)]
fn plot_range(drawn: &[Drawn], scale: Scale) -> ((f64, f64), (f64, f64), bool) {
    let all = drawn.iter().flat_map(|d| d.pts.iter().copied());
    let (mut x0, mut x1, mut y0, mut y1) = all.fold(
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN),
        |(a, b, c, d), (x, y)| (a.min(x), b.max(x), c.min(y), d.max(y)),
    );
    let integer_x = drawn
        .iter()
        .all(|d| d.pts.iter().all(|&(x, _)| x == x.round()));
    let pad = |lo: &mut f64, hi: &mut f64, log: bool| {
        if log {
            *lo /= 1.25;
            *hi *= 1.25;
        } else {
            let m = 0.04 * (*hi - *lo).max(1e-12 * hi.abs().max(1.0));
            *lo -= m;
            *hi += m;
        }
    };
    pad(&mut x0, &mut x1, scale.log_x());
    pad(&mut y0, &mut y1, scale.log_y());
    ((x0, x1), (y0, y1), integer_x)
}

/// Draw `series` into an SVG file with a title and axis labels (layout rules: module docs).
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
    let drawn = drawable(series, scale);
    if drawn.is_empty() {
        return Err(Error::BadInput(format!(
            "{}: nothing to plot",
            path.display()
        )));
    }
    let ((x0, x1), (y0, y1), integer_x) = plot_range(&drawn, scale);
    let x_ticks = Ticks::for_axis(scale.log_x(), x0, x1, integer_x);
    let y_ticks = Ticks::for_axis(scale.log_y(), y0, y1, false);
    let fail = |e: &dyn std::fmt::Display| Error::Io {
        path: path.display().to_string(),
        source: std::io::Error::other(e.to_string()),
    };
    let legend_height = LEGEND_ROW * drawn.len() as u32 + 12;
    let root = SVGBackend::new(path, (WIDTH, HEIGHT + legend_height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| fail(&e))?;
    let (top, bottom) = root.split_vertically(HEIGHT);
    macro_rules! draw {
        ($chart:expr) => {{
            let mut chart = $chart;
            let (xf, yf) = (|v: &f64| x_ticks.label(*v), |v: &f64| y_ticks.label(*v));
            chart
                .configure_mesh()
                .x_desc(axes.0)
                .y_desc(axes.1)
                .x_labels(x_ticks.count(x0, x1))
                .y_labels(y_ticks.count(y0, y1))
                .x_label_formatter(&xf)
                .y_label_formatter(&yf)
                .label_style(("sans-serif", 13))
                .axis_desc_style(("sans-serif", 15))
                .draw()
                .map_err(|e| fail(&e))?;
            for Drawn {
                k, line, pts, runs, ..
            } in &drawn
            {
                let colour = COLOURS[k % COLOURS.len()];
                if *line {
                    for run in runs {
                        chart
                            .draw_series(LineSeries::new(
                                run.iter().copied(),
                                colour.stroke_width(2),
                            ))
                            .map_err(|e| fail(&e))?;
                    }
                    let every = pts.len().div_ceil(30).max(1);
                    draw_markers!(
                        chart,
                        k,
                        pts.iter().copied().step_by(every),
                        3,
                        colour.filled()
                    )
                    .map_err(|e| fail(&e))?;
                } else {
                    draw_markers!(chart, k, pts.iter().copied(), 4, colour.filled())
                        .map_err(|e| fail(&e))?;
                }
            }
        }};
    }
    let mut builder = ChartBuilder::on(&top);
    builder
        .caption(title, ("sans-serif", 20))
        .margin(15)
        .x_label_area_size(50)
        .y_label_area_size(80);
    match scale {
        Scale::Linear => draw!(
            builder
                .build_cartesian_2d(x0..x1, y0..y1)
                .map_err(|e| fail(&e))?
        ),
        Scale::LogLog => draw!(
            builder
                .build_cartesian_2d(log_axis(x0, x1), log_axis(y0, y1))
                .map_err(|e| fail(&e))?
        ),
        Scale::LinLog => draw!(
            builder
                .build_cartesian_2d(x0..x1, log_axis(y0, y1))
                .map_err(|e| fail(&e))?
        ),
        Scale::LogLin => draw!(
            builder
                .build_cartesian_2d(log_axis(x0, x1), y0..y1)
                .map_err(|e| fail(&e))?
        ),
    }
    legend(&bottom, &drawn).map_err(|e| fail(&e))?;
    root.present().map_err(|e| fail(&e))?;
    Ok(())
}

/// A logarithmic axis on [lo, hi] with the ticks of [`log_points`].
fn log_axis(lo: f64, hi: f64) -> WithKeyPoints<LogCoord<f64>> {
    let (bold, light) = log_points(lo, hi);
    (lo..hi)
        .log_scale()
        .with_key_points(bold)
        .with_light_points(light)
}

/// The legend strip: one row per drawn series, a line sample (for lines) and the series' marker,
/// then its label.
fn legend(
    area: &DrawingArea<SVGBackend, Shift>,
    drawn: &[Drawn],
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    for (row, Drawn { k, label, line, .. }) in drawn.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let y = (LEGEND_ROW * row as u32 + LEGEND_ROW / 2 + 4) as i32;
        let x = 95;
        if *line {
            area.draw(&PathElement::new(
                vec![(x - 14, y), (x + 14, y)],
                colour.stroke_width(2),
            ))?;
        }
        let style = colour.filled();
        match k % 4 {
            0 => area.draw(&Circle::new((x, y), 4, style))?,
            1 => area.draw(&TriangleMarker::new((x, y), 5, style))?,
            2 => area.draw(&Rectangle::new([(x - 4, y - 4), (x + 4, y + 4)], style))?,
            _ => area.draw(&Cross::new((x, y), 5, style.stroke_width(2)))?,
        }
        area.draw(&Text::new(
            label.to_string(),
            (x + 26, y - 7),
            ("sans-serif", 14),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The largest gap between consecutive labels (and the axis ends), as a fraction of the
    /// axis' log span.
    fn worst_gap(lo: f64, hi: f64) -> f64 {
        let (mut bold, _) = log_points(lo, hi);
        bold.sort_by(f64::total_cmp);
        let mut edges = vec![lo.log10()];
        edges.extend(bold.iter().map(|v| v.log10()));
        edges.push(hi.log10());
        let gap = edges.windows(2).map(|w| w[1] - w[0]).fold(0.0, f64::max);
        gap / (hi / lo).log10()
    }

    #[test]
    fn log_axes_are_labelled_across_their_span() {
        for (lo, hi) in [
            (6.6e-4, 1.72e-3),
            (1.1e-3, 1.9e-3),
            (8e-4, 5.0),
            (0.027, 1.05),
            (0.8, 1.3e6),
        ] {
            let (bold, _) = log_points(lo, hi);
            assert!(bold.len() >= 3, "[{lo}, {hi}]: {bold:?}");
            assert!(
                bold.iter().all(|v| (lo..=hi).contains(v)),
                "[{lo}, {hi}]: {bold:?}"
            );
            assert!(worst_gap(lo, hi) <= 0.45, "[{lo}, {hi}]: {bold:?}");
        }
    }

    #[test]
    fn tick_labels() {
        assert_eq!(Ticks::Integer.label(3.0), "3");
        assert_eq!(Ticks::Integer.label(2.5), "");
        assert_eq!(Ticks::Log.label(0.0012), "0.0012");
        assert_eq!(Ticks::Log.label(8e-4), "8e-4");
        assert_eq!(Ticks::Log.label(1e5), "1e5");
        assert_eq!(Ticks::Linear { decimals: 3 }.label(0.150), "0.15");
        assert_eq!(Ticks::Linear { decimals: 3 }.label(-0.0), "0");
    }

    #[test]
    fn legend_lists_only_series_with_points() {
        let path =
            std::env::temp_dir().join(format!("eoscert-plot-test-{}.svg", std::process::id()));
        let series = [
            Series {
                label: "has data",
                points: vec![(1.0, 1.0), (2.0, 4.0)],
                line: true,
            },
            Series {
                label: "only non-positive",
                points: vec![(1.0, -1.0)],
                line: false,
            },
        ];
        svg(&path, "t", ("x", "y"), Scale::LinLog, &series).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(text.contains("has data"));
        assert!(!text.contains("only non-positive"));
    }
}
