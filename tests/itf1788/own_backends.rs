//! The same ITF1788 vectors run against eoscert's own interval backends, which the inari build
//! does not cover: [`MpfrInterval`] at 53 bits and [`RationalInterval`].
//!
//! The vectors of the arithmetic operations (`+ − · /`, `sqr`, `sqrt`, negation) are read from the
//! text of `itf1788_tests/*.rs` (not compiled: each `assert_eq2!(op(n2i(a, b), …), n2i(c, d))` is
//! parsed), and every case with bounded, non-empty operands is checked:
//! - `MpfrInterval` at 53 bits must give exactly the tight IEEE 1788 result, read back with its
//!   endpoints rounded outward to doubles; where the tight result is unbounded (division by an
//!   interval containing 0, overflow) it must have no finite enclosure or an infinite endpoint.
//! - `RationalInterval` (exact endpoints) must be contained in the tight result: the tight
//!   result is the smallest double interval around the exact one, so an exact result outside it
//!   is wrong.
//!
//! The case counts are asserted too, so a parser that silently stops matching fails.

use eoscert::arith::{DoubleEndpoints, MpfrInterval, RationalInterval, Scalar};
use num_rational::BigRational;

const FILES: [&str; 6] = [
    include_str!("itf1788_tests/libieeep1788_elem.rs"),
    include_str!("itf1788_tests/mpfi.rs"),
    include_str!("itf1788_tests/fi_lib.rs"),
    include_str!("itf1788_tests/c_xsc.rs"),
    include_str!("itf1788_tests/libieeep1788_cancel.rs"),
    include_str!("itf1788_tests/libieeep1788_num.rs"),
];

/// One operation of a vector.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Sqr,
    Sqrt,
}

/// A parsed vector: `op(x[, y]) = expected`; `None` for the empty set.
#[derive(Debug)]
struct Case {
    op: Op,
    x: (f64, f64),
    y: Option<(f64, f64)>,
    expected: Option<(f64, f64)>,
}

fn parse_f64(s: &str) -> Option<f64> {
    match s {
        "f64::INFINITY" => Some(f64::INFINITY),
        "f64::NEG_INFINITY" => Some(f64::NEG_INFINITY),
        "f64::MAX" => Some(f64::MAX),
        "f64::MIN" => Some(f64::MIN),
        "-f64::MAX" => Some(-f64::MAX),
        "f64::MIN_POSITIVE" => Some(f64::MIN_POSITIVE),
        "-f64::MIN_POSITIVE" => Some(-f64::MIN_POSITIVE),
        _ => s.parse().ok(),
    }
}

/// `n2i(a,b)` (or `I::EMPTY`, `I::ENTIRE`) at the start of `s`: the pair and the rest.
fn parse_interval(s: &str) -> Option<(Option<(f64, f64)>, &str)> {
    if let Some(rest) = s.strip_prefix("I::EMPTY") {
        return Some((None, rest));
    }
    if let Some(rest) = s.strip_prefix("I::ENTIRE") {
        return Some((Some((f64::NEG_INFINITY, f64::INFINITY)), rest));
    }
    let body = s.strip_prefix("n2i(")?;
    let close = body.find(')')?;
    let (a, b) = body[..close].split_once(',')?;
    Some((Some((parse_f64(a)?, parse_f64(b)?)), &body[close + 1..]))
}

/// One `assert_eq2!` body with all whitespace removed, e.g. `n2i(1.0,2.0)+n2i(3.0,4.0),n2i(4.0,6.0)`.
fn parse_case(s: &str) -> Option<Case> {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) if rest.starts_with("n2i(") => (true, rest),
        _ => (false, s),
    };
    let (x, rest) = parse_interval(s)?;
    let x = x?;
    let (op, y, rest) = if neg {
        (Op::Neg, None, rest)
    } else if let Some(r) = rest.strip_prefix(".sqr()") {
        (Op::Sqr, None, r)
    } else if let Some(r) = rest.strip_prefix(".sqrt()") {
        (Op::Sqrt, None, r)
    } else {
        let op = match rest.chars().next()? {
            '+' => Op::Add,
            '-' => Op::Sub,
            '*' => Op::Mul,
            '/' => Op::Div,
            _ => return None,
        };
        let (y, r) = parse_interval(&rest[1..])?;
        (op, Some(y?), r)
    };
    let (expected, tail) = parse_interval(rest.strip_prefix(',')?)?;
    (tail.is_empty() || tail == ",").then_some(Case { op, x, y, expected })
}

/// Every parsable arithmetic vector of the files.
fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    for text in FILES {
        for chunk in text.split("assert_eq2!(").skip(1) {
            let Some(end) = chunk.find(");") else {
                continue;
            };
            let body: String = chunk[..end]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            out.extend(parse_case(&body));
        }
    }
    out
}

fn bounded(p: (f64, f64)) -> bool {
    p.0.is_finite() && p.1.is_finite() && p.0 <= p.1
}

/// The cases whose operands are bounded and non-empty (the domain of eoscert's backends).
fn bounded_cases() -> Vec<Case> {
    cases()
        .into_iter()
        .filter(|c| bounded(c.x) && c.y.is_none_or(bounded))
        .collect()
}

fn apply<S: Scalar>(op: Op, x: S, y: Option<S>) -> S {
    match (op, y) {
        (Op::Add, Some(y)) => x + y,
        (Op::Sub, Some(y)) => x - y,
        (Op::Mul, Some(y)) => x * y,
        (Op::Div, Some(y)) => x / y,
        (Op::Neg, None) => -x,
        (Op::Sqr, None) => x.sqr(),
        (Op::Sqrt, None) => x.sqrt(),
        _ => unreachable!("operand count fixed by the parser"),
    }
}

fn rat(v: f64) -> BigRational {
    BigRational::from_float(v).expect("finite")
}

#[test]
fn the_vectors_are_parsed() {
    let all = cases();
    let bounded = bounded_cases();
    let count = |op| bounded.iter().filter(|c| c.op == op).count();
    eprintln!(
        "{} vectors, {} with bounded operands",
        all.len(),
        bounded.len()
    );
    for op in [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::Div,
        Op::Sqr,
        Op::Sqrt,
        Op::Neg,
    ] {
        eprintln!("  {op:?}: {}", count(op));
    }
    // Lower bounds on what the parser finds, so a parser that stops matching fails.
    assert!(all.len() >= 1000, "{} vectors parsed", all.len());
    for op in [
        Op::Add,
        Op::Sub,
        Op::Mul,
        Op::Div,
        Op::Sqr,
        Op::Sqrt,
        Op::Neg,
    ] {
        assert!(count(op) >= 5, "{op:?}: {} bounded vectors", count(op));
    }
    assert!(bounded.len() >= 550, "{} bounded vectors", bounded.len());
}

/// The tight result, or `None` where it is unbounded, empty or a domain error for eoscert
/// (`sqrt` of an interval reaching below 0 and division by an interval containing 0 have no
/// enclosure in eoscert's backends).
fn tight_bounded(c: &Case) -> Option<(f64, f64)> {
    if c.op == Op::Sqrt && c.x.0 < 0.0 {
        return None;
    }
    // Division by an interval containing 0: eoscert's backends claim no finite enclosure (even
    // for 0 / [−3, 0], where IEEE 1788 gives [0, 0]).
    if c.op == Op::Div && c.y.is_some_and(|y| y.0 <= 0.0 && 0.0 <= y.1) {
        return None;
    }
    c.expected.filter(|&e| bounded(e))
}

#[test]
fn mpfr_at_53_bits_gives_the_tight_result() {
    let mut checked = 0;
    for c in bounded_cases() {
        let mk = |p: (f64, f64)| MpfrInterval::from_f64_bounds(p.0, p.1);
        let ours = apply(c.op, mk(c.x), c.y.map(mk));
        match tight_bounded(&c) {
            Some(e) => {
                assert_eq!((ours.inf_f64(), ours.sup_f64()), e, "{c:?}");
                checked += 1;
            }
            // Unbounded or a domain error: no finite enclosure may be claimed.
            None => assert!(
                ours.bounds().is_none()
                    || !ours.sup_f64().is_finite()
                    || !ours.inf_f64().is_finite(),
                "{c:?}: ours {:?}",
                (ours.inf_f64(), ours.sup_f64())
            ),
        }
    }
    eprintln!("{checked} tight comparisons");
    assert!(checked >= 450, "{checked} tight comparisons");
}

#[test]
fn exact_rationals_lie_in_the_tight_result() {
    let mut checked = 0;
    for c in bounded_cases() {
        if c.op == Op::Sqrt {
            continue; // a rational enclosure of an irrational root; tested in arith_conformance
        }
        let mk = |p: (f64, f64)| RationalInterval::from_bounds(&rat(p.0), &rat(p.1), &());
        let ours = apply(c.op, mk(c.x), c.y.map(mk));
        let Some((lo, hi)) = ours.bounds() else {
            // Division by an interval containing 0: no finite enclosure, the tight result is
            // unbounded or empty.
            assert!(
                c.op == Op::Div && c.y.is_some_and(|y| y.0 <= 0.0 && 0.0 <= y.1),
                "{c:?}"
            );
            continue;
        };
        let e = c
            .expected
            .expect("bounded operands of + − · give a non-empty result");
        assert!(e.0 == f64::NEG_INFINITY || rat(e.0) <= lo, "{c:?}: lo {lo}");
        assert!(e.1 == f64::INFINITY || hi <= rat(e.1), "{c:?}: hi {hi}");
        checked += 1;
    }
    eprintln!("{checked} containment checks");
    assert!(checked >= 400, "{checked} containment checks");
}
