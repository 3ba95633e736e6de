//! The guard for Python kernels: [`eoscert::guard::Guard`] with a [`Format`], one step at a
//! time (the Python side calls the user's kernel and hands over input and output as exact
//! doubles).

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use eoscert::arith::{Backend, parse_rational};
use eoscert::claims::ModelSpec;
use eoscert::guard::{Format, Guard as RustGuard, GuardError};

use crate::to_py;

/// One coordinate outside the tolerance: `(coord, ulps, hull_lo, hull_hi, message)`.
type Violation = (usize, u64, f64, f64, String);

/// The result of one checked step: per coordinate the ulps outside the hull, the hull ends and
/// its width in ulps; and the first violation, if any.
type StepResult = (Vec<u64>, Vec<(f64, f64)>, Vec<u64>, Option<Violation>);

/// A guard for the GD step of a least-squares model with an exact learning rate, in one format.
#[pyclass(module = "eoscert._native", frozen)]
struct Guard {
    inner: RustGuard,
}

#[pymethods]
impl Guard {
    /// `model`: a claim file's `[model]` table as JSON; `eta` exact; `ulps` the tolerance;
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
        let spec: ModelSpec = serde_json::from_str(model)
            .map_err(|e| PyValueError::new_err(format!("model: {e}")))?;
        let model = spec.build().map_err(to_py)?;
        let eta = parse_rational(eta).map_err(|e| PyValueError::new_err(format!("eta: {e}")))?;
        let format: Format = dtype.parse().map_err(to_py)?;
        let mut inner = RustGuard::new(model, eta)
            .map_err(guard_error)?
            .with_ulps(ulps)
            .with_format(format);
        if let Some(b) = backend {
            let b: Backend = b.parse().map_err(to_py)?;
            inner = inner.with_backend(b).map_err(guard_error)?;
        }
        Ok(Guard { inner })
    }

    /// The number of coordinates of the map.
    #[getter]
    fn dim(&self) -> usize {
        self.inner.model().n_params()
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
        let format = self.inner.format();
        let allowed = self.inner.ulps();
        let deviations = py
            .allow_threads(|| self.inner.measure_step(step, &theta, &output))
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

fn guard_error(e: GuardError) -> PyErr {
    PyValueError::new_err(e.to_string())
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Guard>()
}
