//! The guard for Python kernels: [`eoscert::guard::Guard`] with a [`Format`], one step at a
//! time (the Python side calls the user's kernel and hands over input and output as exact
//! doubles).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use eoscert::arith::{Backend, parse_rational};
use eoscert::claims::ModelSpec;
use eoscert::dynamics::Uv;
use eoscert::guard::{Format, GenericMap, Guard as RustGuard, GuardError};
use num_rational::BigRational;
use num_traits::Signed;

use crate::to_py;

/// One coordinate outside the tolerance: `(coord, ulps, hull_lo, hull_hi, message)`.
type Violation = (usize, u64, f64, f64, String);

/// The result of one checked step: per coordinate the ulps outside the hull, the hull ends and
/// its width in ulps; and the first violation, if any.
type StepResult = (Vec<u64>, Vec<(f64, f64)>, Vec<u64>, Option<Violation>);

/// The map a guard encloses: GD of a least-squares model, or the uv catapult map.
enum Inner {
    Gd(RustGuard),
    Uv(RustGuard<Uv>),
}

/// `$body` with `$g` bound to the inner guard, whatever its map.
macro_rules! with_guard {
    ($inner:expr, $g:ident => $body:expr) => {
        match $inner {
            Inner::Gd($g) => $body,
            Inner::Uv($g) => $body,
        }
    };
}

/// A guard for one exact map (the GD step of a least-squares model, or the uv catapult map)
/// with an exact learning rate, in one format.
#[pyclass(module = "eoscert._native", frozen)]
struct Guard {
    inner: Inner,
}

#[pymethods]
impl Guard {
    /// `model`: a claim file's `[model]` table as JSON, or `{"kind": "uv", "width": n,
    /// "target": y}` for the uv catapult map on (f − y, λ); `eta` exact; `ulps` the tolerance;
    /// `dtype` one of f64/float64, f32/float32, bf16/bfloat16, f16/float16; `backend` a
    /// rigorous backend (default mpfr:256).
    #[new]
    #[pyo3(signature = (model, eta, ulps, dtype, backend=None))]
    fn new(
        model: &str,
        eta: &str,
        ulps: u64,
        dtype: &str,
        backend: Option<&str>,
    ) -> PyResult<Self> {
        let spec: serde_json::Value = serde_json::from_str(model)
            .map_err(|e| PyValueError::new_err(format!("model: {e}")))?;
        let eta = parse_rational(eta).map_err(|e| PyValueError::new_err(format!("eta: {e}")))?;
        let format: Format = dtype.parse().map_err(to_py)?;
        let backend: Option<Backend> = backend.map(str::parse).transpose().map_err(to_py)?;
        let inner = if spec.get("kind").and_then(|k| k.as_str()) == Some("uv") {
            let map = uv_map(&spec, eta)?;
            Inner::Uv(configure(RustGuard::for_map(map), ulps, format, backend)?)
        } else {
            let spec: ModelSpec = serde_json::from_value(spec)
                .map_err(|e| PyValueError::new_err(format!("model: {e}")))?;
            let model = spec.build().map_err(to_py)?;
            let guard = RustGuard::new(model, eta).map_err(guard_error)?;
            Inner::Gd(configure(guard, ulps, format, backend)?)
        };
        Ok(Guard { inner })
    }

    /// The number of coordinates of the map.
    #[getter]
    fn dim(&self) -> usize {
        with_guard!(&self.inner, g => g.map().dim())
    }

    /// Check one kernel step `theta → output` (values of the format, as doubles) and label it
    /// `step` in messages. Bad input raises `ValueError`; a violation is returned, not raised.
    fn check(
        &self,
        py: Python<'_>,
        theta: Vec<f64>,
        output: Vec<f64>,
        step: u64,
    ) -> PyResult<StepResult> {
        let format = with_guard!(&self.inner, g => g.format());
        let allowed = with_guard!(&self.inner, g => g.ulps());
        let deviations = py
            .allow_threads(|| with_guard!(&self.inner, g => g.measure_step(step, &theta, &output)))
            .map_err(|e| PyValueError::new_err(format!("step {step}: {e}")))?;
        let violation = deviations.iter().find(|d| d.ulps > allowed).map(|d| {
            let ulps = if d.ulps == u64::MAX {
                "NaN, infinitely many".to_string()
            } else {
                d.ulps.to_string()
            };
            let message = format!(
                "step {step}, θ[{}] = {:e} is {ulps} {format} ulps outside the exact step's {format} hull {} (tolerance {allowed}; input θ = {:?})",
                d.coord, d.output, d.hull, d.theta,
            );
            (d.coord, d.ulps, d.hull.lo(), d.hull.hi(), message)
        });
        Ok((
            deviations.iter().map(|d| d.ulps).collect(),
            deviations
                .iter()
                .map(|d| (d.hull.lo(), d.hull.hi()))
                .collect(),
            deviations
                .iter()
                .map(|d| format.width_ulps(&d.hull))
                .collect(),
            violation,
        ))
    }
}

/// The uv map of `{"kind": "uv", "width": n, "target": y}` with learning rate `eta` > 0.
fn uv_map(spec: &serde_json::Value, eta: BigRational) -> PyResult<Uv> {
    let width = spec
        .get("width")
        .and_then(serde_json::Value::as_u64)
        .filter(|&w| w >= 1)
        .ok_or_else(|| PyValueError::new_err("model: uv needs an integer width ≥ 1"))?;
    let target = match spec.get("target") {
        None => BigRational::from_integer(0.into()),
        Some(serde_json::Value::String(t)) => {
            parse_rational(t).map_err(|e| PyValueError::new_err(format!("target: {e}")))?
        }
        Some(other) => parse_rational(&other.to_string())
            .map_err(|e| PyValueError::new_err(format!("target: {e}")))?,
    };
    if !eta.is_positive() {
        return Err(guard_error(GuardError::NonPositiveEta(eta.to_string())));
    }
    Ok(Uv::new(width, target, eta))
}

/// `guard` with tolerance, format and (if given) backend.
fn configure<M: GenericMap>(
    guard: RustGuard<M>,
    ulps: u64,
    format: Format,
    backend: Option<Backend>,
) -> PyResult<RustGuard<M>> {
    let guard = guard.with_ulps(ulps).with_format(format);
    match backend {
        Some(b) => guard.with_backend(b).map_err(guard_error),
        None => Ok(guard),
    }
}

fn guard_error(e: GuardError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Guard>()
}
