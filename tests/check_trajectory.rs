//! Integration tests of the independent checker on `trajectory` certificates built by hand:
//! exact rational GD (exact mode) and a straightforward exact-then-round loop (rounded mode),
//! both written here independently of the checker. Then mutation tests: every single-number
//! mutation that makes a claim false must be rejected.

use crate::util::q;
use eoscert::certificate::check::{check, check_file};
use eoscert::certificate::{Certificate, format_exact};
use num_bigint::BigInt;
use num_rational::BigRational as Q;
use num_traits::{One, Signed, ToPrimitive, Zero};
use serde_json::{Value, json};

fn pow2(e: i64) -> Q {
    let p = Q::from_integer(BigInt::one() << e.unsigned_abs());
    if e >= 0 { p } else { p.recip() }
}

/// Directed rounding to `bits` significant bits, by the loop definition: scale |x| into
/// [2^(bits−1), 2^bits) by halving/doubling, floor or ceil, scale back.
fn round_dir(x: &Q, bits: u32, up: bool) -> Q {
    if x.is_zero() {
        return Q::zero();
    }
    if x.is_negative() {
        return -round_dir(&-x, bits, !up);
    }
    let (lo, hi) = (pow2(bits as i64 - 1), pow2(bits as i64));
    let mut s = x.clone();
    let mut e = 0i64;
    while s >= hi {
        s /= Q::from_integer(2.into());
        e -= 1;
    }
    while s < lo {
        s *= Q::from_integer(2.into());
        e += 1;
    }
    let m = if up { s.ceil() } else { s.floor() };
    m * pow2(-e)
}

/// A minimal interval type for the test's own reference computation.
#[derive(Clone, Debug, PartialEq)]
struct I {
    lo: Q,
    hi: Q,
}

#[derive(Clone, Copy)]
struct Ar {
    bits: Option<u32>,
}

impl Ar {
    fn r(&self, x: I) -> I {
        match self.bits {
            None => x,
            Some(b) => I {
                lo: round_dir(&x.lo, b, false),
                hi: round_dir(&x.hi, b, true),
            },
        }
    }
    fn pt(&self, x: &Q) -> I {
        self.r(I {
            lo: x.clone(),
            hi: x.clone(),
        })
    }
    fn add(&self, a: &I, b: &I) -> I {
        self.r(I {
            lo: &a.lo + &b.lo,
            hi: &a.hi + &b.hi,
        })
    }
    fn sub(&self, a: &I, b: &I) -> I {
        self.r(I {
            lo: &a.lo - &b.hi,
            hi: &a.hi - &b.lo,
        })
    }
    fn mul(&self, a: &I, b: &I) -> I {
        let p = [&a.lo * &b.lo, &a.lo * &b.hi, &a.hi * &b.lo, &a.hi * &b.hi];
        let lo = p.iter().min().unwrap().clone();
        let hi = p.iter().max().unwrap().clone();
        self.r(I { lo, hi })
    }
    fn sqr(&self, a: &I) -> I {
        let (x, y) = (&a.lo * &a.lo, &a.hi * &a.hi);
        let i = if a.lo.is_positive() {
            I { lo: x, hi: y }
        } else if a.hi.is_negative() {
            I { lo: y, hi: x }
        } else {
            I {
                lo: Q::zero(),
                hi: x.max(y),
            }
        };
        self.r(i)
    }
    fn scale(&self, a: &I, c: &Q) -> I {
        let (x, y) = (&a.lo * c, &a.hi * c);
        self.r(if c.is_negative() {
            I { lo: y, hi: x }
        } else {
            I { lo: x, hi: y }
        })
    }
}

#[derive(Clone, Copy)]
enum M {
    Fact(usize),
    Inner(usize),
}

fn prod(ar: Ar, th: &[I], skip: &[usize]) -> Option<I> {
    let mut acc: Option<I> = None;
    for (k, t) in th.iter().enumerate() {
        if !skip.contains(&k) {
            acc = Some(match acc {
                None => t.clone(),
                Some(a) => ar.mul(&a, t),
            });
        }
    }
    acc
}

fn fval(ar: Ar, m: M, th: &[I]) -> I {
    match m {
        M::Fact(_) => prod(ar, th, &[]).unwrap(),
        M::Inner(d) => {
            let mut f = ar.mul(&th[0], &th[d]);
            for i in 1..d {
                f = ar.add(&f, &ar.mul(&th[i], &th[d + i]));
            }
            f
        }
    }
}

fn step(ar: Ar, m: M, y: &Q, eta: &Q, th: &[I]) -> Vec<I> {
    let f = fval(ar, m, th);
    let r = ar.sub(&f, &ar.pt(y));
    let e = ar.mul(&ar.pt(eta), &r);
    match m {
        M::Fact(p) => (0..p)
            .map(|i| {
                let g = prod(ar, th, &[i]).unwrap();
                ar.sub(&th[i], &ar.mul(&e, &g))
            })
            .collect(),
        M::Inner(d) => {
            let mut out: Vec<I> = (0..d)
                .map(|i| ar.sub(&th[i], &ar.mul(&e, &th[d + i])))
                .collect();
            out.extend((0..d).map(|i| ar.sub(&th[d + i], &ar.mul(&e, &th[i]))));
            out
        }
    }
}

/// Exact interval Hessian of the loss at the box, as the spec orders it.
fn hess(m: M, y: &Q, th: &[I]) -> Vec<Vec<I>> {
    let ar = Ar { bits: None };
    let r = ar.sub(&fval(ar, m, th), &ar.pt(y));
    let n = th.len();
    let zero = ar.pt(&Q::zero());
    let mut h = vec![vec![zero; n]; n];
    for (i, row) in h.iter_mut().enumerate() {
        for (j, hij) in row.iter_mut().enumerate() {
            *hij = match m {
                M::Fact(_) => {
                    let gi = prod(ar, th, &[i]).unwrap();
                    let gj = prod(ar, th, &[j]).unwrap();
                    if i == j {
                        ar.sqr(&gi)
                    } else {
                        let p =
                            prod(ar, th, &[i.min(j), i.max(j)]).unwrap_or_else(|| ar.pt(&Q::one()));
                        ar.add(&ar.mul(&gi, &gj), &ar.mul(&r, &p))
                    }
                }
                M::Inner(d) => {
                    let g = |a: usize| th[(a + d) % (2 * d)].clone();
                    if i == j {
                        ar.sqr(&g(i))
                    } else if i.abs_diff(j) == d {
                        ar.add(&ar.mul(&g(i), &g(j)), &r)
                    } else {
                        ar.mul(&g(i), &g(j))
                    }
                }
            };
        }
    }
    h
}

fn rayleigh(h: &[Vec<I>], v: &[Q]) -> I {
    let ar = Ar { bits: None };
    let n = v.len();
    let w: Vec<I> = (0..n)
        .map(|i| {
            let mut a = ar.scale(&h[i][0], &v[0]);
            for j in 1..n {
                a = ar.add(&a, &ar.scale(&h[i][j], &v[j]));
            }
            a
        })
        .collect();
    let mut num = ar.scale(&w[0], &v[0]);
    for i in 1..n {
        num = ar.add(&num, &ar.scale(&w[i], &v[i]));
    }
    let den: Q = v.iter().map(|x| x * x).sum();
    ar.scale(&num, &den.recip())
}

/// Largest eigenvalue and an eigenvector of the midpoint Hessian, by f64 power iteration on
/// H + cI (only used to pick the evidence; the checker proves the bounds).
fn eig_estimate(h: &[Vec<I>]) -> (f64, Vec<f64>) {
    let n = h.len();
    let mid: Vec<Vec<f64>> = h
        .iter()
        .map(|row| {
            row.iter()
                .map(|x| {
                    ((&x.lo + &x.hi) / Q::from_integer(2.into()))
                        .to_f64()
                        .unwrap()
                })
                .collect()
        })
        .collect();
    let c: f64 = mid.iter().flatten().map(|x| x.abs()).sum::<f64>() + 1.0;
    let mut v: Vec<f64> = (0..n).map(|i| 1.0 + 0.1 * i as f64).collect();
    for _ in 0..20000 {
        let w: Vec<f64> = (0..n)
            .map(|i| (0..n).map(|j| mid[i][j] * v[j]).sum::<f64>() + c * v[i])
            .collect();
        let norm = w.iter().map(|x| x * x).sum::<f64>().sqrt();
        v = w.iter().map(|x| x / norm).collect();
    }
    let hv: Vec<f64> = (0..n)
        .map(|i| (0..n).map(|j| mid[i][j] * v[j]).sum())
        .collect();
    let lam = (0..n).map(|i| v[i] * hv[i]).sum::<f64>();
    (lam, v)
}

fn qs(x: &Q) -> String {
    format_exact(x)
}

fn enc(x: &I) -> Value {
    json!({"lo": qs(&x.lo), "hi": qs(&x.hi)})
}

struct Spec {
    model: M,
    target: &'static str,
    eta: &'static str,
    init: Vec<&'static str>,
    steps: u64,
    bits: Option<u32>,
    every: u64,
    with_step0: bool,
}

/// Build a certificate from the test's own reference computation.
fn build(s: &Spec) -> Value {
    let ar = Ar { bits: s.bits };
    let (y, eta) = (q(s.target), q(s.eta));
    let mut th: Vec<I> = s.init.iter().map(|x| Ar { bits: None }.pt(&q(x))).collect();
    let mut cps = Vec::new();
    if s.with_step0 {
        cps.push(json!({"step": 0, "theta": th.iter().map(enc).collect::<Vec<_>>()}));
    }
    for k in 1..=s.steps {
        th = step(ar, s.model, &y, &eta, &th);
        if k % s.every == 0 || k == s.steps {
            cps.push(json!({"step": k, "theta": th.iter().map(enc).collect::<Vec<_>>()}));
        }
    }
    let ex = Ar { bits: None };
    let r = ex.sub(&fval(ex, s.model, &th), &ex.pt(&y));
    let loss = ex.scale(&ex.sqr(&r), &q("1/2"));
    let t_loss = ex.scale(&loss, &Q::from_integer(s.steps.into()));
    let h = hess(s.model, &y, &th);
    let (lam, vf) = eig_estimate(&h);
    let v: Vec<Q> = vf.iter().map(|x| q(&format!("{x:.15e}"))).collect();
    let rq = rayleigh(&h, &v);
    let shift = q(&format!("{:.12e}", lam + 1e-6 * (1.0 + lam.abs())));
    let mut model = match s.model {
        M::Fact(p) => json!({"kind": "factorisation", "depth": p}),
        M::Inner(d) => json!({"kind": "inner-product", "dim": d}),
    };
    model["target"] = json!(s.target);
    json!({
        "schema": "eoscert/1",
        "claim": "trajectory",
        "model": model,
        "eta": s.eta,
        "init": s.init,
        "backend": match s.bits { Some(b) => format!("mpfr:{b}"), None => "rational".into() },
        "rigorous": true,
        "verified": true,
        "reason": "",
        "quantities": {
            "loss": enc(&loss),
            "t_loss": enc(&t_loss),
            "sharpness": {"lo": qs(&rq.lo), "hi": qs(&shift)},
        },
        "evidence": {
            "precision_bits": s.bits,
            "steps": s.steps,
            "checkpoints": cps,
            "sharpness": {"vector": v.iter().map(qs).collect::<Vec<_>>(), "shift": qs(&shift)},
        },
        "elapsed_s": 0.01,
    })
}

fn exact_p2() -> Spec {
    Spec {
        model: M::Fact(2),
        target: "1",
        eta: "1",
        init: vec!["5/4", "17/20"],
        steps: 3,
        bits: None,
        every: 1,
        with_step0: true,
    }
}

fn rounded_p3() -> Spec {
    Spec {
        model: M::Fact(3),
        target: "1",
        eta: "0.3",
        init: vec!["1.2", "0.9", "0.8"],
        steps: 40,
        bits: Some(64),
        every: 10,
        with_step0: false,
    }
}

fn rounded_inner() -> Spec {
    Spec {
        model: M::Inner(2),
        target: "1.5",
        eta: "0.2",
        init: vec!["1", "0.5", "0.7", "0.3"],
        steps: 25,
        bits: Some(64),
        every: 5,
        with_step0: true,
    }
}

/// Accepted as verified (a serde failure, a check failure or a not-verified report is not).
fn accepted(v: &Value) -> bool {
    match serde_json::from_value::<Certificate>(v.clone()) {
        Err(_) => false,
        Ok(c) => matches!(check(&c), Ok(r) if r.verified),
    }
}

#[test]
fn exact_factorisation_certificate_passes() {
    let v = build(&exact_p2());
    // The hand computation of the first step: θ1θ2 = 17/16, r = 1/16, θ1' = 5/4 − 17/320,
    // θ2' = 17/20 − 5/64.
    assert_eq!(
        v["evidence"]["checkpoints"][1]["theta"][0]["lo"],
        "1.196875"
    );
    assert_eq!(
        v["evidence"]["checkpoints"][1]["theta"][1]["lo"],
        "0.771875"
    );
    let c: Certificate = serde_json::from_value(v).unwrap();
    let r = check(&c).unwrap();
    assert!(r.verified, "{r:?}");
}

#[test]
fn rounded_certificates_pass() {
    for s in [rounded_p3(), rounded_inner()] {
        let v = build(&s);
        let c: Certificate = serde_json::from_value(v).unwrap();
        let r = check(&c).unwrap_or_else(|e| panic!("{e}"));
        assert!(r.verified);
    }
}

#[test]
fn check_file_reads_json() {
    let dir = std::env::temp_dir().join(format!("eoscert-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("t.json");
    std::fs::write(
        &path,
        serde_json::to_string_pretty(&build(&exact_p2())).unwrap(),
    )
    .unwrap();
    assert!(check_file(&path).unwrap().verified);
    std::fs::write(&path, "{\"schema\": \"eoscert/1\"}").unwrap();
    assert!(check_file(&path).is_err());
    let mut v = build(&exact_p2());
    v["extra"] = json!(1);
    std::fs::write(&path, v.to_string()).unwrap();
    assert!(check_file(&path).is_err(), "unknown fields are rejected");
    assert!(check_file(dir.join("missing.json")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// How a mutation must be judged.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// The mutated claim is false (or unverifiable): the checker must reject it.
    Reject,
    /// The mutated claim is wider / still true: accepting or rejecting are both sound.
    Either,
}

struct Mutation {
    what: String,
    value: Value,
    expect: Expect,
}

#[derive(Clone, Debug)]
enum PathSeg {
    Key(String),
    Idx(usize),
}

fn path_str(p: &[PathSeg]) -> String {
    p.iter()
        .map(|s| match s {
            PathSeg::Key(k) => format!(".{k}"),
            PathSeg::Idx(i) => format!("[{i}]"),
        })
        .collect()
}

fn at<'a>(v: &'a mut Value, path: &[PathSeg]) -> &'a mut Value {
    let mut cur = v;
    for seg in path {
        cur = match seg {
            PathSeg::Key(k) => &mut cur[k.as_str()],
            PathSeg::Idx(i) => &mut cur[*i],
        };
    }
    cur
}

fn set(root: &Value, path: &[PathSeg], new: Value) -> Value {
    let mut v = root.clone();
    *at(&mut v, path) = new;
    v
}

fn remove(root: &Value, path: &[PathSeg]) -> Value {
    let mut v = root.clone();
    let (last, parent) = path.split_last().unwrap();
    let cur = at(&mut v, parent);
    match last {
        PathSeg::Key(k) => {
            cur.as_object_mut().unwrap().remove(k);
        }
        PathSeg::Idx(i) => {
            cur.as_array_mut().unwrap().remove(*i);
        }
    }
    v
}

fn nodes(v: &Value, path: &mut Vec<PathSeg>, out: &mut Vec<(Vec<PathSeg>, Value)>) {
    out.push((path.clone(), v.clone()));
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                path.push(PathSeg::Key(k.clone()));
                nodes(x, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                path.push(PathSeg::Idx(i));
                nodes(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// The unit in the last digit of a decimal string (`1/q` for `p/q`).
fn last_unit(s: &str) -> Q {
    if let Some((_, d)) = s.split_once('/') {
        return q(d).recip();
    }
    let frac = s.split_once('.').map_or(0, |(_, f)| f.len());
    Q::new(BigInt::one(), num_traits::pow(BigInt::from(10), frac))
}

/// Every single-field mutation of a certificate, with what the checker must do about it.
fn mutations(root: &Value, exact_mode: bool) -> Vec<Mutation> {
    let mut all = Vec::new();
    nodes(root, &mut Vec::new(), &mut all);
    let mut out = Vec::new();
    for (path, v) in all {
        let p = path_str(&path);
        let key = match path.last() {
            Some(PathSeg::Key(k)) => k.as_str(),
            _ => "",
        };
        // Dropping the field or array element.
        if !path.is_empty() {
            let expect = if p == ".quantities.t_loss"
                || (p.starts_with(".evidence.checkpoints[") && path.len() == 3)
            {
                // t_loss is optional; without an intermediate checkpoint the replay just runs
                // on (a later box must still contain it).
                Expect::Either
            } else {
                // Everything else is required (`reason` and `elapsed_s` by serde).
                Expect::Reject
            };
            out.push(Mutation {
                what: format!("drop {p}"),
                value: remove(root, &path),
                expect,
            });
        }
        match &v {
            Value::String(s) => {
                out.extend(string_mutations(root, &path, key, s, exact_mode));
            }
            Value::Bool(b) => out.push(Mutation {
                what: format!("{p} flipped"),
                value: set(root, &path, Value::Bool(!b)),
                // Flipping `verified` gives a not-verified certificate: not accepted either.
                expect: Expect::Reject,
            }),
            Value::Number(n) => {
                if let Some(i) = n.as_u64() {
                    for d in [1i64, -1] {
                        let expect = if key == "precision_bits" {
                            // A finer replay is inside the coarser boxes; a coarser one may not be.
                            Expect::Either
                        } else {
                            Expect::Reject
                        };
                        out.push(Mutation {
                            what: format!("{p} {d:+}"),
                            value: set(root, &path, json!(i as i64 + d)),
                            expect,
                        });
                    }
                } else {
                    out.push(Mutation {
                        what: format!("{p} + 1"),
                        value: set(root, &path, json!(n.as_f64().unwrap() + 1.0)),
                        expect: Expect::Either,
                    });
                }
            }
            Value::Null if key == "precision_bits" => out.push(Mutation {
                what: format!("{p} = 64"),
                value: set(root, &path, json!(64)),
                expect: Expect::Reject,
            }),
            _ => {}
        }
    }
    out
}

/// The mutations of the string at `path` (last key `key`): a number moved up and down by 10⁻⁶⁰
/// and by one unit in its last digit, with whether the checker must reject each (an endpoint
/// moved inward, an exact input changed, any input changed by more than the rounded replay's
/// grid); any other text replaced by another value of the field (or `"changed"`).
fn string_mutations(
    root: &Value,
    path: &[PathSeg],
    key: &str,
    s: &str,
    exact_mode: bool,
) -> Vec<Mutation> {
    let p = path_str(path);
    let in_vector = p.starts_with(".evidence.sharpness.vector");
    let tiny = q("1e-60");
    let mut out = Vec::new();
    if let Some(x) = eoscert::arith::parse_rational(s)
        .ok()
        .filter(|_| key != "reason")
    {
        let is_endpoint = key == "lo" || key == "hi";
        for (delta, how) in [(tiny.clone(), "1e-60"), (last_unit(s), "last digit")] {
            for up in [true, false] {
                let new = if up { &x + &delta } else { &x - &delta };
                let inward = (key == "lo") == up;
                let expect = if is_endpoint {
                    // Moving an endpoint inward past the checker's (tight) bound.
                    if inward {
                        Expect::Reject
                    } else {
                        Expect::Either
                    }
                } else if in_vector {
                    Expect::Either
                } else if p == ".evidence.sharpness.shift" {
                    // The claimed hi equals the shift: a larger shift is unproved.
                    if up { Expect::Reject } else { Expect::Either }
                } else if exact_mode || how == "last digit" {
                    // eta, target, init: an exact replay notices any change, a
                    // rounded one any change above the grid spacing.
                    Expect::Reject
                } else {
                    // 1e-60 is far below the 64-bit grid: the rounded boxes still
                    // enclose the perturbed trajectory, so the claim stays true.
                    Expect::Either
                };
                out.push(Mutation {
                    what: format!("{p} {} {how}", if up { "+" } else { "-" }),
                    value: set(root, path, Value::String(qs(&new))),
                    expect,
                });
            }
        }
    } else {
        let (alt, expect) = match p.as_str() {
            ".schema" => ("eoscert/2", Expect::Reject),
            ".claim" => ("period-two", Expect::Reject),
            ".model.kind" if s == "factorisation" => ("inner-product", Expect::Reject),
            ".model.kind" => ("factorisation", Expect::Reject),
            ".backend" => ("f64", Expect::Reject),
            _ => ("changed", Expect::Either),
        };
        out.push(Mutation {
            what: format!("{p} = {alt:?}"),
            value: set(root, path, Value::String(alt.into())),
            expect,
        });
    }
    out
}

/// Returns (tried, must be rejected, rejected in total).
fn run_mutations(name: &str, spec: &Spec) -> (usize, usize, usize) {
    let root = build(spec);
    assert!(
        accepted(&root),
        "{name}: the unmutated certificate must pass"
    );
    let ms = mutations(&root, spec.bits.is_none());
    let (mut must, mut caught_must, mut caught_total) = (0, 0, 0);
    let mut missed = Vec::new();
    for m in &ms {
        let ok = accepted(&m.value);
        if !ok {
            caught_total += 1;
        }
        if m.expect == Expect::Reject {
            must += 1;
            if ok {
                missed.push(m.what.clone());
            } else {
                caught_must += 1;
            }
        }
    }
    eprintln!(
        "{name}: {} mutations tried, {caught_total} rejected; {must} must be rejected, \
         {caught_must} were",
        ms.len()
    );
    assert!(
        missed.is_empty(),
        "{name}: accepted false claims: {missed:#?}"
    );
    (ms.len(), must, caught_total)
}

#[test]
fn mutations_exact_factorisation() {
    let (tried, must, _) = run_mutations("exact p=2", &exact_p2());
    assert!(tried > 80 && must > 60, "{tried} {must}");
}

#[test]
fn mutations_rounded_factorisation() {
    run_mutations("rounded p=3", &rounded_p3());
}

#[test]
fn mutations_rounded_inner_product() {
    run_mutations("rounded inner d=2", &rounded_inner());
}

fn vector_path() -> Vec<PathSeg> {
    ["evidence", "sharpness", "vector"]
        .iter()
        .map(|k| PathSeg::Key((*k).into()))
        .collect()
}

#[test]
fn vector_with_smaller_rayleigh_quotient_is_rejected() {
    for s in [exact_p2(), rounded_p3(), rounded_inner()] {
        let root = build(&s);
        let n = root["init"].as_array().unwrap().len();
        // A unit vector has a smaller quotient than the (approximate) top eigenvector.
        let mut e = vec![Value::String("0".into()); n];
        e[n - 1] = Value::String("1".into());
        assert!(!accepted(&set(&root, &vector_path(), Value::Array(e))));
        let zero = vec![Value::String("0".into()); n];
        assert!(!accepted(&set(&root, &vector_path(), Value::Array(zero))));
    }
}

#[test]
fn shift_at_the_rayleigh_bound_is_rejected() {
    for s in [exact_p2(), rounded_p3(), rounded_inner()] {
        let root = build(&s);
        let lo = root["quantities"]["sharpness"]["lo"].clone();
        // Shift (and claimed hi) at the Rayleigh lower bound: uI − H is not PD.
        let mut v = root.clone();
        v["evidence"]["sharpness"]["shift"] = lo.clone();
        v["quantities"]["sharpness"]["hi"] = lo;
        assert!(!accepted(&v));
    }
}

#[test]
fn limits_are_failures_not_hangs() {
    // Exact mode beyond 40 steps.
    let mut v = build(&exact_p2());
    v["evidence"]["steps"] = json!(41);
    assert!(!accepted(&v));
    // Absurd step counts.
    for t in [100_000_001u64, u64::MAX] {
        let mut v = build(&rounded_p3());
        v["evidence"]["steps"] = json!(t);
        let c: Certificate = serde_json::from_value(v).unwrap();
        let e = check(&c).unwrap_err().to_string();
        assert!(e.contains("evidence.steps"), "{e}");
    }
    // Absurd precision.
    let mut v = build(&rounded_p3());
    v["evidence"]["precision_bits"] = json!(0);
    assert!(!accepted(&v));
    v["evidence"]["precision_bits"] = json!(1u64 << 20);
    assert!(!accepted(&v));
    // A long exact replay without checkpoints: bit sizes are bounded, then it fails.
    let mut v = build(&exact_p2());
    let last = v["evidence"]["checkpoints"][3]["theta"].clone();
    v["evidence"]["steps"] = json!(40);
    v["evidence"]["checkpoints"] = json!([{"step": 40, "theta": last}]);
    let c: Certificate = serde_json::from_value(v).unwrap();
    let t0 = std::time::Instant::now();
    let e = check(&c).unwrap_err().to_string();
    assert!(e.contains("bits"), "{e}");
    assert!(t0.elapsed().as_secs() < 60);
}

#[test]
fn general_rules() {
    // Non-rigorous certificates never say verified.
    let mut v = build(&exact_p2());
    v["rigorous"] = json!(false);
    let c: Certificate = serde_json::from_value(v.clone()).unwrap();
    assert!(check(&c).unwrap_err().to_string().contains("verified"));
    // ... but a non-rigorous, non-verified one parses and is reported as not verified.
    v["verified"] = json!(false);
    v["reason"] = json!("float64 run");
    let c: Certificate = serde_json::from_value(v.clone()).unwrap();
    assert!(!check(&c).unwrap().verified);
    // Even when not verified, enclosures must parse with lo ≤ hi.
    v["quantities"]["loss"] = json!({"lo": "2", "hi": "1"});
    let c: Certificate = serde_json::from_value(v.clone()).unwrap();
    assert!(check(&c).is_err());
    v["quantities"]["loss"] = json!({"lo": "nan", "hi": "1"});
    let c: Certificate = serde_json::from_value(v).unwrap();
    assert!(check(&c).is_err());
    // Unknown claims and unknown quantities.
    let mut v = build(&exact_p2());
    v["claim"] = json!("frobnicate");
    assert!(!accepted(&v));
    let mut v = build(&exact_p2());
    v["quantities"]["stable"] = json!(true);
    assert!(!accepted(&v));
    // A steps quantity must equal T.
    let mut v = build(&exact_p2());
    v["quantities"]["steps"] = json!({"lo": "3", "hi": "3"});
    assert!(accepted(&v));
    v["quantities"]["steps"] = json!({"lo": "3", "hi": "4"});
    assert!(!accepted(&v));
    // Unknown evidence fields; a missing precision_bits key.
    let mut v = build(&exact_p2());
    v["evidence"]["extra"] = json!(0);
    assert!(!accepted(&v));
    let mut v = build(&exact_p2());
    v["evidence"]
        .as_object_mut()
        .unwrap()
        .remove("precision_bits");
    assert!(!accepted(&v));
    // Backend f64.
    let mut v = build(&rounded_p3());
    v["backend"] = json!("f64");
    assert!(!accepted(&v));
}
