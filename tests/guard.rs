//! The guardrail API (`eoscert::guard`): it accepts the library's own f64 fast path, catches
//! buggy kernels, counts ulps right against exact references, and gives typed errors for bad
//! input.

use std::cell::Cell;

use crate::util::q;
use eoscert::arith::parse::rational_from_f64;
use eoscert::arith::{Backend, Scalar};
use eoscert::guard::{GdStep, GenericMap, Guard, GuardError, deterministic_runner};
use eoscert::model::{Model, fast::FastGd};
use num_rational::BigRational;
use num_traits::ToPrimitive;
use proptest::prelude::*;
use proptest::test_runner::TestError;

/// The three rigorous backends the guard accepts.
const BACKENDS: [Backend; 3] = [Backend::Mpfr(256), Backend::Interval, Backend::Rational];

/// The exact p = 2 step by hand, in rationals: θ₁ − η(θ₁θ₂ − y)θ₂, θ₂ − η(θ₁θ₂ − y)θ₁.
fn exact_step_p2(theta: [f64; 2], eta: &BigRational, y: &BigRational) -> [BigRational; 2] {
    let [a, b] = theta.map(|x| rational_from_f64(x).unwrap());
    let e = eta * (&a * &b - y);
    [&a - &e * &b, &b - &e * &a]
}

/// The float `k` steps above (`k > 0`) or below `x`, by walking.
fn step(mut x: f64, k: i32) -> f64 {
    for _ in 0..k.abs() {
        x = if k > 0 { x.next_up() } else { x.next_down() };
    }
    x
}

/// (1.5, 0.5) at η = 1/2, y = 1 steps to the floats (1.5625, 0.6875) exactly: an output `k`
/// floats away is `|k|` ulps off in every backend, and the enclosure is a single float.
#[test]
fn ulp_counts_on_a_step_with_float_result() {
    let model = Model::factorisation(2, q("1")).unwrap();
    let exact = exact_step_p2([1.5, 0.5], &q("1/2"), &q("1"));
    assert_eq!(exact, [q("1.5625"), q("0.6875")]);
    for backend in BACKENDS {
        let guard = Guard::new(model.clone(), q("1/2"))
            .unwrap()
            .with_ulps(5)
            .with_backend(backend)
            .unwrap();
        for k in -5..=5 {
            let out = [step(1.5625, k), step(0.6875, -2 * k / 3)];
            let report = guard.check_step(&[1.5, 0.5], &out).unwrap();
            let expected = [k.unsigned_abs() as u64, (2 * k / 3).unsigned_abs() as u64];
            assert_eq!(report.ulps, expected, "{backend}, k = {k}");
            assert_eq!(report.enclosure_ulps, [0, 0], "{backend}");
            assert_eq!(report.worst_ulps(), k.unsigned_abs() as u64);
        }
        let err = guard.check_step(&[1.5, 0.5], &[step(1.5625, 6), 0.6875]);
        match err {
            Err(GuardError::Violation(v)) => {
                assert_eq!((v.deviation.coord, v.deviation.ulps, v.allowed), (0, 6, 5));
            }
            other => panic!("{other:?}"),
        }
    }
}

/// η = 1/3, y = 7/5: the exact step is not a float. The reference hull is inari's outward
/// conversion of the hand-computed exact rational; an output k floats beyond it is k ulps off,
/// and its two ends (the floats adjacent to the exact value) are 0 ulps off.
#[test]
fn ulp_counts_against_an_exact_rational_reference() {
    let model = Model::factorisation(2, q("7/5")).unwrap();
    let theta = [1.25, 0.85];
    let exact = exact_step_p2(theta, &q("1/3"), &q("7/5"));
    let hull: Vec<inari::Interval> = exact
        .iter()
        .map(|z| inari::Interval::from_rational(z, &()))
        .collect();
    for h in &hull {
        assert_eq!(h.sup(), h.inf().next_up(), "the exact step is not a float");
    }
    for backend in [Backend::Mpfr(256), Backend::Rational] {
        let guard = Guard::new(model.clone(), q("1/3"))
            .unwrap()
            .with_ulps(1000)
            .with_backend(backend)
            .unwrap();
        for k in 0..=7 {
            let up = [step(hull[0].sup(), k), step(hull[1].inf(), -k)];
            let report = guard.check_step(&theta, &up).unwrap();
            assert_eq!(report.ulps, [k as u64, k as u64], "{backend}");
            assert_eq!(report.enclosure_ulps, [1, 1], "{backend}");
            let at_ends = [hull[0].inf(), hull[1].sup()];
            assert_eq!(guard.check_step(&theta, &at_ends).unwrap().ulps, [0, 0]);
        }
    }
    // The interval backend's enclosure is wider, so it never reports more than the exact count.
    let interval = Guard::new(model, q("1/3"))
        .unwrap()
        .with_ulps(1000)
        .with_backend(Backend::Interval)
        .unwrap();
    let out = [step(hull[0].sup(), 7), step(hull[1].inf(), -7)];
    let report = interval.check_step(&theta, &out).unwrap();
    assert!(report.ulps.iter().all(|&u| u <= 7));
    assert!(report.enclosure_ulps.iter().all(|&w| w >= 1));
}

/// A kernel that is exactly 3 floats above the rounded-up exact step, every step: re-anchored on
/// its own iterate, the trajectory's report is 3 ulps on every coordinate after 200 steps (the
/// kernel's iterate drifts from the exact trajectory; the guard measures one step at a time).
#[test]
fn trajectory_reanchors_on_the_kernels_iterate() {
    let (eta, y) = (q("1"), q("1"));
    let model = Model::factorisation(2, y.clone()).unwrap();
    let guard = Guard::new(model, eta.clone()).unwrap().with_ulps(3);
    let kernel = |t: &mut [f64]| {
        let exact = exact_step_p2([t[0], t[1]], &eta, &y);
        for (ti, z) in t.iter_mut().zip(&exact) {
            *ti = step(inari::Interval::from_rational(z, &()).sup(), 3);
        }
    };
    let report = guard.check_trajectory(&[1.25, 0.85], 200, kernel).unwrap();
    assert_eq!((report.steps, report.ulps.clone()), (200, vec![3, 3]));
    assert!(
        guard
            .clone()
            .with_ulps(2)
            .check_trajectory(&[1.25, 0.85], 200, kernel)
            .is_err()
    );
}

/// The correctly rounded step (MPFR's round-to-nearest of the exact rational) scores 0 ulps.
#[test]
fn correctly_rounded_kernel_scores_zero() {
    let (eta, y) = (q("1.17"), q("1"));
    let model = Model::factorisation(2, y.clone()).unwrap();
    let guard = Guard::new(model, eta.clone()).unwrap();
    let kernel = |t: &mut [f64]| {
        let exact = exact_step_p2([t[0], t[1]], &eta, &y);
        for (ti, z) in t.iter_mut().zip(&exact) {
            let z = rug::Rational::from_str_radix(&z.to_string(), 10).unwrap();
            *ti = rug::Float::with_val(53, &z).to_f64();
        }
    };
    let report = guard.check_trajectory(&[1.25, 0.85], 100, kernel).unwrap();
    assert_eq!(report.worst_ulps(), 0);
}

/// The library's own f64 fast path passes within 2 ulps: p = 2 at η = η_crit = 1, p = 5 at
/// η = η_crit = 2/5 (the kernel uses the double nearest 2/5), the inner product d = 3 at
/// η = 1/4, 200 cases × 10 steps each (measured worst: 1, 2, 1 ulps).
#[test]
fn accepts_the_library_fast_path() {
    let cases = [
        (Model::factorisation(2, q("1")).unwrap(), "1", 0.8, 1.25),
        (Model::factorisation(5, q("1")).unwrap(), "2/5", 0.9, 1.1),
        (Model::inner_product(3, q("1")).unwrap(), "1/4", 0.5, 0.7),
    ];
    for (model, eta, lo, hi) in cases {
        let guard = Guard::new(model.clone(), q(eta)).unwrap().with_ulps(2);
        let gd = FastGd::new(&model, q(eta).to_f64().unwrap());
        let points = guard.points(lo, hi).unwrap();
        let report = guard
            .run(&mut deterministic_runner(200), &points, 10, |t| {
                gd.step_unchecked(t);
            })
            .unwrap();
        assert_eq!(report.steps, 2000);
        assert!(report.worst_ulps() <= 2, "{model:?}: {report}");
        assert!(report.enclosure_ulps.iter().all(|&w| w <= 1));
    }
}

/// A GD step in place.
type Kernel<'a> = &'a dyn Fn(&mut [f64]);

/// A kernel for the depth-5 factorisation at η = 2/5 with `f` computed by `product`.
fn step_with(t: &mut [f64], f: f64) {
    let e = 0.4 * (f - 1.0);
    let g: Vec<f64> = (0..t.len())
        .map(|i| (0..t.len()).filter(|&j| j != i).map(|j| t[j]).product())
        .collect();
    for (ti, gi) in t.iter_mut().zip(g) {
        *ti -= e * gi;
    }
}

#[test]
fn catches_buggy_kernels() {
    let guard = Guard::new(Model::factorisation(5, q("1")).unwrap(), q("2/5"))
        .unwrap()
        .with_ulps(4);
    let points = guard.points(0.9, 1.1).unwrap();
    let cache = Cell::new(None::<f64>);
    let stale_product = |t: &mut [f64]| {
        let fresh: f64 = t.iter().product();
        let f = cache.replace(Some(fresh)).unwrap_or(fresh);
        step_with(t, f);
    };
    let in_place = |t: &mut [f64]| {
        let e = 0.4 * (t.iter().product::<f64>() - 1.0);
        for i in 0..t.len() {
            let g: f64 = (0..t.len()).filter(|&j| j != i).map(|j| t[j]).product();
            t[i] -= e * g;
        }
    };
    let f32_product = |t: &mut [f64]| {
        let f = t.iter().map(|&x| x as f32).product::<f32>();
        step_with(t, f64::from(f));
    };
    let wrong_sign = |t: &mut [f64]| {
        let f = t.iter().product();
        let before = t[3];
        step_with(t, f);
        t[3] = 2.0 * before - t[3];
    };
    let correct = |t: &mut [f64]| {
        let f = t.iter().product();
        step_with(t, f);
    };
    let kernels: [Kernel; 4] = [&stale_product, &in_place, &f32_product, &wrong_sign];
    for (i, kernel) in kernels.into_iter().enumerate() {
        match guard.run(&mut deterministic_runner(100), &points, 20, kernel) {
            Err(TestError::Fail(reason, _)) => {
                assert!(reason.message().contains("ulps outside"), "{reason}");
            }
            other => panic!("buggy kernel {i} not caught: {other:?}"),
        }
    }
    // The same kernel without a bug passes, so the failures above are the bugs'.
    let report = guard
        .run(&mut deterministic_runner(100), &points, 20, correct)
        .unwrap();
    assert!(report.worst_ulps() <= 4);
    // The stale product is caught at the second step of a single trajectory.
    cache.set(None);
    let err = guard
        .check_trajectory(&[1.05, 0.97, 1.02, 0.99, 1.01], 20, stale_product)
        .unwrap_err();
    match err {
        GuardError::Violation(v) => assert_eq!(v.deviation.step, 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_input_gives_typed_errors() {
    let model = Model::factorisation(3, q("1")).unwrap();
    assert!(matches!(
        Guard::new(model.clone(), q("0")),
        Err(GuardError::NonPositiveEta(_))
    ));
    assert!(matches!(
        Guard::new(model.clone(), q("-1/2")),
        Err(GuardError::NonPositiveEta(_))
    ));
    let guard = Guard::new(model, q("1/3")).unwrap();
    assert_eq!(
        guard.clone().with_backend(Backend::F64).unwrap_err(),
        GuardError::NotRigorous
    );
    let ok = [1.0, 1.0, 1.0];
    for (coord, bad) in [(1, f64::NAN), (0, f64::INFINITY), (2, f64::NEG_INFINITY)] {
        let mut theta = ok;
        theta[coord] = bad;
        match guard.check_step(&theta, &ok) {
            Err(GuardError::NonFiniteInput { coord: c, .. }) => assert_eq!(c, coord),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            guard.check_trajectory(&theta, 0, |_| {}),
            Err(GuardError::NonFiniteInput { .. })
        ));
    }
    assert!(matches!(
        guard.check_step(&[1.0, 1.0], &ok),
        Err(GuardError::Length {
            what: "theta",
            got: 2,
            expected: 3
        })
    ));
    assert!(matches!(
        guard.check_step(&ok, &[1.0; 4]),
        Err(GuardError::Length {
            what: "output",
            got: 4,
            expected: 3
        })
    ));
    assert!(matches!(
        guard.enclose_step(&[]),
        Err(GuardError::Length {
            what: "theta",
            got: 0,
            ..
        })
    ));
    // A NaN output is a violation at any tolerance.
    match guard
        .clone()
        .with_ulps(u64::MAX - 1)
        .check_step(&ok, &[1.0, f64::NAN, 1.0])
    {
        Err(GuardError::Violation(v)) => {
            assert_eq!((v.deviation.coord, v.deviation.ulps), (1, u64::MAX));
        }
        other => panic!("{other:?}"),
    }
    // The exact step from (1e200, 1e200, 1) is about −1e600: beyond the doubles.
    assert!(matches!(
        guard.check_step(&[1e200, 1e200, 1.0], &ok),
        Err(GuardError::OutOfRange { step: 0, .. })
    ));
    for (lo, hi) in [(1.0, 0.5), (f64::NAN, 1.0), (0.0, f64::INFINITY)] {
        assert!(matches!(
            guard.points(lo, hi),
            Err(GuardError::BadBox { .. })
        ));
    }
    // Negative tolerances do not type-check (`with_ulps(-1)` is a compile_fail doctest).
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// The guard inside a user's own `proptest!`: `?` turns a guard error into a failing case.
    #[test]
    fn guard_in_a_users_proptest(theta in proptest::collection::vec(0.9f64..1.1, 4)) {
        let model = Model::factorisation(4, q("1")).unwrap();
        let guard = Guard::new(model.clone(), q("1/2")).unwrap().with_ulps(2);
        let mut out = theta.clone();
        FastGd::new(&model, 0.5).step_unchecked(&mut out);
        let report = guard.check_step(&theta, &out)?;
        prop_assert!(report.worst_ulps() <= 2);
    }
}

// ---------------------------------------------------------------- a user's map (GenericMap)

/// The uv catapult map on (f, λ) as a user would write it over `Scalar`, in the direct form
/// f⁺ = f − ηgλ + η²g²f/n, λ⁺ = λ − 4ηgf/n + η²g²λ/n, g = f − y (width n, label y).
struct Uv {
    n: i64,
    y: BigRational,
    eta: BigRational,
}

impl GenericMap for Uv {
    fn dim(&self) -> usize {
        2
    }

    fn step<S: Scalar>(&self, x: &[S], ctx: &S::Ctx) -> Vec<S> {
        let (f, l) = (x[0].clone(), x[1].clone());
        let eta = S::from_rational(&self.eta, ctx);
        let inv_n = S::from_rational(&BigRational::new(1.into(), self.n.into()), ctx);
        let eg = eta * (f.clone() - S::from_rational(&self.y, ctx));
        let c = eg.sqr() * inv_n.clone();
        vec![
            f.clone() - eg.clone() * l.clone() + c.clone() * f.clone(),
            l.clone() - (eg * f).mul_int(4) * inv_n + c * l,
        ]
    }
}

/// The same map by hand in exact rationals from float inputs (the reference).
fn exact_uv(x: [f64; 2], n: i64, y: &BigRational, eta: &BigRational) -> [BigRational; 2] {
    let [f, l] = x.map(|v| rational_from_f64(v).unwrap());
    let n = BigRational::from_integer(n.into());
    let eg = eta * (&f - y);
    let c = &eg * &eg / &n;
    [
        &f - &eg * &l + &c * &f,
        &l - BigRational::from_integer(4.into()) * &eg * &f / &n + &c * &l,
    ]
}

fn uv_guard() -> Guard<Uv> {
    Guard::for_map(Uv {
        n: 100,
        y: q("0"),
        eta: q("1"),
    })
}

/// A user's map is enclosed like a model's step: in every backend the float hull contains the
/// hand-computed exact rational, and with `mpfr:256` and `rational` it is exactly the pair of
/// floats adjacent to it (inari's outward conversion of the exact value).
#[test]
fn generic_map_hulls_against_exact_rationals() {
    let (y, eta) = (q("0"), q("1"));
    for x in [[0.1, 2.5], [0.2875, 3.1], [-1.75, 2.2], [3.3, 0.7]] {
        let exact = exact_uv(x, 100, &y, &eta);
        for backend in BACKENDS {
            let guard = uv_guard().with_backend(backend).unwrap();
            let hulls = guard.enclose_step(&x).unwrap();
            for (h, z) in hulls.iter().zip(&exact) {
                let reference = inari::Interval::from_rational(z, &());
                let (lo, hi) = (
                    rational_from_f64(h.lo()).unwrap(),
                    rational_from_f64(h.hi()).unwrap(),
                );
                assert!(lo <= *z && *z <= hi, "{backend}: {x:?}");
                if backend != Backend::Interval {
                    assert_eq!(
                        (h.lo(), h.hi()),
                        (reference.inf(), reference.sup()),
                        "{backend}"
                    );
                }
            }
        }
    }
}

/// The fma kernel of the uv map (as in `examples/guard_map.rs`) passes within 2 ulps over 200
/// cases × 6 steps of the catapult's growth phase (f₀ ∈ [0.01, 0.1], ηλ₀ ∈ [2.2, 3]: f stays
/// below the peak, where f⁺ = f(1 + η²f²/n − ηλ) cancels); the kernel that drops λ⁺'s η²g²λ/n
/// term is caught.
#[test]
fn generic_map_fma_kernel_passes_and_buggy_kernel_is_caught() {
    let kernel = |x: &mut [f64], second_order: bool| {
        let (f, l) = (x[0], x[1]);
        let eg = f;
        let c = eg * eg / 100.0;
        x[0] = (-eg).mul_add(l, f.mul_add(c, f));
        let lc = if second_order { l.mul_add(c, l) } else { l };
        x[1] = (-4.0 * eg / 100.0).mul_add(f, lc);
    };
    let guard = uv_guard().with_ulps(2);
    let points = (0.01..=0.1, 2.2..=3.0).prop_map(|(f, l): (f64, f64)| vec![f, l]);
    let report = guard
        .run(&mut deterministic_runner(200), &points, 6, |x| {
            kernel(x, true)
        })
        .unwrap();
    assert_eq!(report.steps, 1200);
    assert!(report.enclosure_ulps.iter().all(|&w| w <= 1), "{report}");
    eprintln!("uv fma kernel: {report}");
    match guard.run(&mut deterministic_runner(200), &points, 6, |x| {
        kernel(x, false)
    }) {
        Err(TestError::Fail(reason, _)) => {
            assert!(reason.message().contains("θ[1]"), "{reason}");
        }
        other => panic!("the first-order λ kernel was not caught: {other:?}"),
    }
}

/// A map whose `step` returns the wrong number of coordinates is a typed error, not a panic;
/// `Guard::new` is `Guard::for_map(GdStep)`: the same hulls.
#[test]
fn generic_map_errors_and_the_model_map() {
    struct Short;
    impl GenericMap for Short {
        fn dim(&self) -> usize {
            2
        }
        fn step<S: Scalar>(&self, x: &[S], _: &S::Ctx) -> Vec<S> {
            vec![x[0].clone()]
        }
    }
    let err = Guard::for_map(Short).enclose_step(&[1.0, 2.0]).unwrap_err();
    assert_eq!(
        err,
        GuardError::Length {
            what: "map step",
            got: 1,
            expected: 2
        }
    );
    let model = Model::factorisation(3, q("7/5")).unwrap();
    let by_map = Guard::for_map(GdStep::new(model.clone(), q("1/3")).unwrap());
    let by_model = Guard::new(model, q("1/3")).unwrap();
    let x = [1.1, 0.95, 1.05];
    assert_eq!(
        by_map.enclose_step(&x).unwrap(),
        by_model.enclose_step(&x).unwrap()
    );
    assert!(matches!(
        GdStep::new(by_model.model().clone(), q("0")),
        Err(eoscert::Error::BadInput(_))
    ));
    assert!(matches!(
        Guard::new(by_model.model().clone(), q("0")),
        Err(GuardError::NonPositiveEta(_))
    ));
}
