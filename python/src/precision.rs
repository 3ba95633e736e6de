//! `eoscert.precision`: float runs (the library's format runs, or a user's kernel iterates)
//! against the certified trajectory ([`eoscert::certify::precision`]).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use eoscert::arith::parse_rational;
use eoscert::certify::precision::{FloatRun, PrecisionProblem, measure, precision_report};
use eoscert::claims::{ModelSpec, parse_list};
use eoscert::guard::Format;

use crate::{run_detached, to_py};

/// The report (JSON) for `formats` (names), or, when `kernel` is given as
/// `(label, dtype, iterates)`, for those iterates alone.
#[pyfunction]
#[pyo3(signature = (model, eta, init, steps, bits, ulps, formats, kernel=None, progress=None))]
#[allow(clippy::too_many_arguments)]
fn precision(
    py: Python<'_>,
    model: &str,
    eta: &str,
    init: Vec<String>,
    steps: u64,
    bits: u32,
    ulps: u64,
    formats: Vec<String>,
    kernel: Option<(String, String, Vec<Vec<f64>>)>,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let spec: ModelSpec =
        serde_json::from_str(model).map_err(|e| PyValueError::new_err(format!("model: {e}")))?;
    let model = spec.build().map_err(to_py)?;
    let eta = parse_rational(eta).map_err(|e| PyValueError::new_err(format!("eta: {e}")))?;
    let init = parse_list(&init).map_err(|e| PyValueError::new_err(format!("init: {e}")))?;
    let problem = PrecisionProblem::new(model, eta, init, steps, bits, ulps).map_err(to_py)?;
    let formats = formats
        .iter()
        .map(|f| f.parse::<Format>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(to_py)?;
    let run = match kernel {
        Some((label, dtype, iterates)) => Some(FloatRun {
            label,
            format: dtype.parse().map_err(to_py)?,
            iterates,
        }),
        None => None,
    };
    let report = run_detached(py, progress, |report| match &run {
        Some(run) => measure(&problem, std::slice::from_ref(run), &mut |t, n| {
            report(t, n)
        }),
        None => precision_report(&problem, &formats, &mut |t, n| report(t, n)),
    })?
    .map_err(to_py)?;
    Ok(serde_json::to_string(&report).expect("serialisable"))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(precision, m)?)
}
