//! `eoscert._native`: the Rust side of the Python package `eoscert`.
//!
//! Deliberately thin: every prover is reached through the claim-file layer
//! ([`eoscert::claims::ClaimFile`], the same code `eoscert prove` runs), so a Python call and
//! a claim file with the same keys give the same certificate. The Python package
//! (`python/eoscert/`) builds the claim from keyword arguments, wraps the certificate JSON in
//! `Certificate` / `Enclosure` objects with `Fraction` endpoints, and draws the progress bar.
//!
//! Long runs execute on a worker thread while the calling thread waits with the GIL released
//! (`run_detached`), waking every 100 ms to report progress to a Python callable.

mod guard;
mod precision;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;

use eoscert::Error;
use eoscert::arith::{Backend, parse_rational};
use eoscert::certificate::Certificate;
use eoscert::certificate::check::{CheckFailure, check as check_certificate};
use eoscert::certify::classify::classification_certificate;
use eoscert::claims::{ClaimFile, ModelSpec, parse_list};

/// The library's errors as Python exceptions: bad input is a `ValueError`, I/O an `OSError`.
pub(crate) fn to_py(e: Error) -> PyErr {
    match e {
        Error::BadInput(m) => PyValueError::new_err(m),
        e @ Error::Field { .. } => PyValueError::new_err(e.to_string()),
        e @ Error::Io { .. } => PyOSError::new_err(e.to_string()),
    }
}

/// Run `work` on a worker thread with the GIL released; every 100 ms (and once at the end)
/// call `progress(done, total)` with the counts the work reported through its argument.
/// A panic in the work is a `RuntimeError`. Errors raised by `progress` (for instance
/// `KeyboardInterrupt` through the signal check) are raised once the work has finished: the
/// provers have no cancellation point.
pub(crate) fn run_detached<T, F>(
    py: Python<'_>,
    progress: Option<&Bound<'_, PyAny>>,
    work: F,
) -> PyResult<T>
where
    T: Send,
    F: FnOnce(&(dyn Fn(u64, u64) + Sync)) -> T + Send,
{
    let done = AtomicU64::new(0);
    let total = AtomicU64::new(0);
    let (tx, rx) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        let (done, total) = (&done, &total);
        let worker = scope.spawn(move || {
            let report = |t: u64, n: u64| {
                done.store(t, Ordering::Relaxed);
                total.store(n, Ordering::Relaxed);
            };
            let out = work(&report);
            let _ = tx.send(());
            out
        });
        let mut deferred: Option<PyErr> = None;
        let mut rx = rx;
        loop {
            let finished;
            (finished, rx) = py.allow_threads(move || {
                let wait = rx.recv_timeout(Duration::from_millis(100));
                (!matches!(wait, Err(mpsc::RecvTimeoutError::Timeout)), rx)
            });
            if deferred.is_none() {
                let call = || -> PyResult<()> {
                    if let Some(cb) = progress {
                        cb.call1((done.load(Ordering::Relaxed), total.load(Ordering::Relaxed)))?;
                    }
                    py.check_signals()
                };
                deferred = call().err();
            }
            if finished {
                break;
            }
        }
        let out = worker
            .join()
            .map_err(|_| PyRuntimeError::new_err("eoscert: the computation panicked"))?;
        match deferred {
            Some(e) => Err(e),
            None => Ok(out),
        }
    })
}

fn to_json(cert: &Certificate) -> String {
    serde_json::to_string(cert).expect("certificates serialise")
}

/// Prove one claim given as TOML (`format = "toml"`) or JSON (`"json"`) text with the keys of a
/// claim file; returns the certificate as JSON.
#[pyfunction]
#[pyo3(signature = (text, format, name, progress=None))]
fn prove(
    py: Python<'_>,
    text: &str,
    format: &str,
    name: &str,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let claim = match format {
        "toml" => ClaimFile::parse(name, text),
        "json" => ClaimFile::parse_json(name, text),
        other => Err(Error::BadInput(format!(
            "claim format {other:?}: expected toml or json"
        ))),
    }
    .map_err(to_py)?;
    let cert = run_detached(py, progress, |report| {
        claim.run_reporting(&mut |_| {}, &mut |t, n| report(t, n))
    })?
    .map_err(to_py)?;
    Ok(to_json(&cert))
}

/// Classify (model, η, θ₀): the model as a claim file's `[model]` table in JSON, η and θ₀ exact
/// strings. Returns the certificate as JSON (claim `classify`).
#[pyfunction]
#[pyo3(signature = (model, eta, init, steps, backend=None, fast=false, progress=None))]
#[allow(clippy::too_many_arguments)]
fn classify(
    py: Python<'_>,
    model: &str,
    eta: &str,
    init: Vec<String>,
    steps: u64,
    backend: Option<&str>,
    fast: bool,
    progress: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let spec: ModelSpec =
        serde_json::from_str(model).map_err(|e| PyValueError::new_err(format!("model: {e}")))?;
    let model = spec.build().map_err(to_py)?;
    let eta = parse_rational(eta).map_err(|e| PyValueError::new_err(format!("eta: {e}")))?;
    let init = parse_list(&init).map_err(|e| PyValueError::new_err(format!("init: {e}")))?;
    let backend: Option<Backend> = backend.map(str::parse).transpose().map_err(to_py)?;
    let cert = run_detached(py, progress, |_| {
        classification_certificate(&model, &eta, &init, steps, backend, fast)
    })?
    .map_err(to_py)?;
    Ok(to_json(&cert))
}

/// Re-verify a certificate (JSON text) with the independent exact-rational checker.
///
/// Returns `(accepted, claim, verified, details)`: `accepted` is false when the checker
/// rejected the certificate, and `details` then holds the field and reason. A text that is not
/// a certificate at all is a `ValueError`.
#[pyfunction]
fn check(py: Python<'_>, text: &str) -> PyResult<(bool, String, bool, Vec<String>)> {
    let cert: Certificate = eoscert::certificate::read::read(text)
        .map_err(|e| PyValueError::new_err(format!("not an eoscert certificate: {e}")))?;
    let result = run_detached(py, None, |_| check_certificate(&cert))?;
    Ok(match result {
        Ok(report) => (true, report.claim, report.verified, report.details),
        Err(failure @ CheckFailure::Read { .. }) => {
            return Err(PyValueError::new_err(failure.to_string()));
        }
        Err(failure) => (false, cert.claim, false, vec![failure.to_string()]),
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("VERSION", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(prove, m)?)?;
    m.add_function(wrap_pyfunction!(classify, m)?)?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    guard::register(m)?;
    precision::register(m)?;
    Ok(())
}
