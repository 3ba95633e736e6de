//! Soundness of trajectory enclosures against independent references:
//! exact rationals (few steps) and MPFR at 4096 bits (≥ 4× the precision under test).

use eoscert::arith::{Backend, MpfrInterval, RationalInterval, Scalar};
use eoscert::certificate::Quantity;
use eoscert::certify::trajectory::{TrajectoryProblem, prove_trajectory};
use eoscert::model::Model;
use num_rational::BigRational;
use proptest::prelude::*;

fn rat(n: i64, d: i64) -> BigRational {
    BigRational::new(n.into(), d.into())
}

/// (model, η, θ₀): depth 2 or 3 or the inner product with d = 1, η up to 1.2·η_crit, θ₀ near θ*.
fn instance() -> impl Strategy<Value = (Model, BigRational, Vec<BigRational>)> {
    (
        0usize..3,
        1i64..=120,
        proptest::collection::vec(700i64..=1300, 3),
    )
        .prop_map(|(kind, eta_pct, init)| {
            let model = match kind {
                0 => Model::factorisation(2, rat(1, 1)).unwrap(),
                1 => Model::factorisation(3, rat(1, 1)).unwrap(),
                _ => Model::inner_product(1, rat(1, 1)).unwrap(),
            };
            // η_crit is 1 (p = 2 and inner product, Y = 1) or 2/3 (p = 3).
            let eta_crit = if kind == 1 { rat(2, 3) } else { rat(1, 1) };
            let eta = eta_crit * rat(eta_pct, 100);
            let theta = init
                .iter()
                .take(model.n_params())
                .map(|&k| rat(k, 1000))
                .collect();
            (model, eta, theta)
        })
}

fn iterate<S: Scalar>(
    model: &Model,
    eta: &BigRational,
    init: &[BigRational],
    steps: usize,
    ctx: &S::Ctx,
) -> Vec<S> {
    let y = S::from_rational(model.target(), ctx);
    let eta = S::from_rational(eta, ctx);
    let mut theta: Vec<S> = init.iter().map(|q| S::from_rational(q, ctx)).collect();
    for _ in 0..steps {
        theta = model.gd_step(&theta, &eta, &y);
    }
    theta
}

fn contains<S: Scalar>(outer: &S, lo: &BigRational, hi: &BigRational) -> bool {
    outer.bounds().is_some_and(|(a, b)| &a <= lo && hi <= &b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Four steps: the exact rational iterate lies in every rigorous enclosure.
    #[test]
    fn enclosures_contain_the_exact_trajectory((model, eta, init) in instance()) {
        let exact = iterate::<RationalInterval>(&model, &eta, &init, 4, &());
        let interval = iterate::<inari::Interval>(&model, &eta, &init, 4, &());
        let mpfr = iterate::<MpfrInterval>(&model, &eta, &init, 4, &64);
        for i in 0..exact.len() {
            let (lo, hi) = exact[i].bounds().unwrap();
            prop_assert_eq!(&lo, &hi);
            prop_assert!(contains(&interval[i], &lo, &hi));
            prop_assert!(contains(&mpfr[i], &lo, &hi));
        }
    }

    /// Twenty-five steps: the 4096-bit enclosure lies in the `interval` and `mpfr:128`
    /// enclosures (where those still carry information), and the f64 iterate lies in the
    /// `interval` enclosure.
    #[test]
    fn enclosures_contain_the_high_precision_trajectory((model, eta, init) in instance()) {
        let steps = 25;
        let reference = iterate::<MpfrInterval>(&model, &eta, &init, steps, &4096);
        let interval = iterate::<inari::Interval>(&model, &eta, &init, steps, &());
        let mpfr = iterate::<MpfrInterval>(&model, &eta, &init, steps, &128);
        let float = iterate::<f64>(&model, &eta, &init, steps, &());
        for i in 0..reference.len() {
            let Some((lo, hi)) = reference[i].bounds() else { continue };
            if interval[i].bounds().is_some() {
                prop_assert!(contains(&interval[i], &lo, &hi), "interval misses the reference");
                prop_assert!(interval[i].contains(float[i]), "f64 outside the interval enclosure");
            }
            if mpfr[i].bounds().is_some() {
                prop_assert!(contains(&mpfr[i], &lo, &hi), "mpfr:128 misses the reference");
            }
        }
    }

    /// The certificate's loss enclosure contains the exact loss after three steps.
    #[test]
    fn certified_loss_contains_the_exact_loss((model, eta, init) in instance()) {
        let exact = iterate::<RationalInterval>(&model, &eta, &init, 3, &());
        let y = RationalInterval::from_rational(model.target(), &());
        let (loss, _) = model.loss(&exact, &y).bounds().unwrap();
        let problem = TrajectoryProblem::new(model, eta, init, 3).unwrap();
        let cert = prove_trajectory(&problem, Backend::Mpfr(64), &mut |_| {}).unwrap();
        prop_assume!(cert.verified);
        let Some(Quantity::Enclosure(e)) = cert.quantities.get("loss") else { panic!("no loss") };
        let lo = eoscert::arith::parse_rational(&e.lo).unwrap();
        let hi = eoscert::arith::parse_rational(&e.hi).unwrap();
        prop_assert!(lo <= loss && loss <= hi);
    }
}
