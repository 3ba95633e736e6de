//! Tamper test: every single-number mutation of a certificate, re-checked by [`super::check`].
//!
//! [`mutations`] lists, for one certificate (as a JSON value), every change of one number:
//! - each number written as a decimal string (`"1.25"`, `"-0.3"`, `"104"`) or `p/q` nudged by one
//!   unit in its last digit, up and down (`p/q`: the numerator by ±1); inside a range string such
//!   as `"0.05:0.06"` or `"x:3:5"` each number separately;
//! - each JSON integer ±1, each boolean flipped;
//! - each object field dropped;
//! - each quantity enclosure `[lo, hi]` shifted to the disjoint interval just above
//!   (`[hi + u, hi + u + (hi − lo)]`, `u` the unit of the last digit) and just below;
//! - each label quantity (`regime`) replaced by every other label of its vocabulary.
//!
//! `elapsed_s` is not mutated (it is documented as not checked). Other labels (`claim`,
//! `evidence.method`, …) are only dropped.
//!
//! For the constants of the `nonasymptotic` bound (`t0`, `c`, `rho`: the bound holds for every
//! larger value) the directions are reversed: up is weaker, down stronger.
//!
//! Each mutation carries a [`Category`] saying what it does to the claim. Only
//! [`Category::Contradicting`] mutations are *guaranteed* to make the certificate false (the
//! original was accepted, so its enclosures contain the true values; a disjoint enclosure or a
//! flipped proved boolean cannot), so a sound checker must reject every one of them. The other
//! categories are reported separately: a one-unit narrowing is still true when the checker's own
//! enclosure is tighter than the printed digits, a widening is a weaker true claim, and evidence
//! may be changed into other evidence that proves the same claim.

use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed};
use serde_json::Value;

use super::check::bound::BOUND_CONSTANTS;
use super::check::check;
use super::{Certificate, format_exact};
use crate::arith::parse_rational;

/// What a mutation does to the claim (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Makes the claim false: a quantity enclosure moved off itself, a proved boolean flipped,
    /// `verified` or `rigorous` flipped. Must be rejected.
    Contradicting,
    /// A quantity endpoint moved inward by one unit in its last digit: a stronger claim, false
    /// unless the printed enclosure had slack beyond the checker's own enclosure.
    Narrowing,
    /// An input (`eta`, `init`, `model`, `claim`) changed or dropped, or a required field of the
    /// format dropped: a claim about another instance, or not a certificate.
    Instance,
    /// A weaker claim: an endpoint moved outward, a quantity dropped, a range input shrunk.
    /// Accepting it is sound; rejecting it means a tightness rule of the checker.
    Widening,
    /// A change inside `evidence`: accepted only if the changed evidence still proves the claim.
    Evidence,
    /// `backend` nudged (a provenance label, not part of the mathematical claim).
    Metadata,
}

impl Category {
    /// All categories, in report order.
    pub const ALL: [Category; 6] = [
        Category::Contradicting,
        Category::Narrowing,
        Category::Instance,
        Category::Widening,
        Category::Evidence,
        Category::Metadata,
    ];

    /// The short name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Category::Contradicting => "contradicting",
            Category::Narrowing => "narrowing",
            Category::Instance => "instance",
            Category::Widening => "widening",
            Category::Evidence => "evidence",
            Category::Metadata => "metadata",
        }
    }
}

/// One step of a JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// What the mutation writes at its path.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Set(Value),
    Remove,
}

/// One single-number change of a certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct Mutation {
    path: Vec<Seg>,
    change: Change,
    /// What the change does to the claim.
    pub category: Category,
    /// Human-readable: `+1 unit`, `-1 unit`, `flipped`, `dropped`, `shifted above`, ….
    pub kind: String,
}

impl Mutation {
    /// The JSON path, e.g. `evidence.checkpoints[3].theta[0].lo`.
    pub fn path(&self) -> String {
        render(&self.path, false)
    }

    /// The path with array indices elided (`evidence.checkpoints[].theta[].lo`), for grouping.
    pub fn pattern(&self) -> String {
        render(&self.path, true)
    }

    /// The certificate with this mutation applied.
    pub fn apply(&self, cert: &Value) -> Value {
        let mut out = cert.clone();
        let (last, parent) = self.path.split_last().expect("non-empty path");
        let mut node = &mut out;
        for seg in parent {
            node = match seg {
                Seg::Key(k) => &mut node[k.as_str()],
                Seg::Index(i) => &mut node[*i],
            };
        }
        match (&self.change, last) {
            (Change::Set(v), Seg::Key(k)) => node[k.as_str()] = v.clone(),
            (Change::Set(v), Seg::Index(i)) => node[*i] = v.clone(),
            (Change::Remove, Seg::Key(k)) => {
                node.as_object_mut().expect("object").remove(k);
            }
            (Change::Remove, Seg::Index(_)) => unreachable!("only object fields are dropped"),
        }
        out
    }
}

impl fmt::Display for Mutation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.path(), self.kind)
    }
}

fn render(path: &[Seg], elide: bool) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) if elide => s.push_str("[]"),
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// A number string split into its numeric parts: a decimal `[-]d[.d]` or `p/q`.
fn nudge_number(s: &str, up: bool) -> Option<String> {
    if let Some((p, q)) = s.split_once('/') {
        if q.is_empty() || !q.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let p: BigInt = integer(p)?;
        return Some(format!("{}/{q}", if up { p + 1 } else { p - 1 }));
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) || (body.contains('.') && frac.is_empty()) {
        return None;
    }
    let mut scaled: BigInt = format!("{int}{frac}").parse().ok()?;
    if negative {
        scaled = -scaled;
    }
    scaled += if up { BigInt::one() } else { -BigInt::one() };
    let digits = scaled.abs().to_string();
    let k = frac.len();
    let digits = format!("{digits:0>width$}", width = k + 1);
    let (i, f) = digits.split_at(digits.len() - k);
    let sign = if scaled.is_negative() { "-" } else { "" };
    Some(if k == 0 {
        format!("{sign}{i}")
    } else {
        format!("{sign}{i}.{f}")
    })
}

fn integer(s: &str) -> Option<BigInt> {
    let body = s.strip_prefix('-').unwrap_or(s);
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The unit of the last digit of a decimal or `p/q` string (`1/q`).
fn last_unit(s: &str) -> Option<BigRational> {
    nudge_number(s, true)?;
    let q = parse_rational(s).ok()?;
    let up = parse_rational(&nudge_number(s, true)?).ok()?;
    Some(up - q)
}

/// Each numeric part of `s` (separated by `:`) nudged up and down: `(part index, up, string)`.
fn nudges(s: &str) -> Vec<(usize, bool, String)> {
    let parts: Vec<&str> = s.split(':').collect();
    let mut out = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        for up in [true, false] {
            if let Some(new) = nudge_number(part, up) {
                let mut p: Vec<String> = parts.iter().map(|x| x.to_string()).collect();
                p[i] = new;
                out.push((i, up, p.join(":")));
            }
        }
    }
    out
}

/// Every single-number mutation of `cert` (a certificate as JSON), with its category.
pub fn mutations(cert: &Value) -> Vec<Mutation> {
    let mut out = Vec::new();
    walk(cert, cert, &mut Vec::new(), &mut out);
    if let Some(Value::Object(qs)) = cert.get("quantities") {
        for (name, q) in qs {
            let (Some(lo), Some(hi)) = (
                q.get("lo").and_then(Value::as_str),
                q.get("hi").and_then(Value::as_str),
            ) else {
                continue;
            };
            let (Ok(l), Ok(h), Some(ul), Some(uh)) = (
                parse_rational(lo),
                parse_rational(hi),
                last_unit(lo),
                last_unit(hi),
            ) else {
                continue;
            };
            let u = if ul < uh { ul } else { uh };
            let w = &h - &l;
            let constant = is_bound_constant(cert, name);
            for (kind, a, b, category) in [
                (
                    "shifted above",
                    &h + &u,
                    &h + &u + &w,
                    if constant {
                        Category::Widening
                    } else {
                        Category::Contradicting
                    },
                ),
                (
                    "shifted below",
                    &l - &u - &w,
                    &l - &u,
                    if constant {
                        Category::Narrowing
                    } else {
                        Category::Contradicting
                    },
                ),
            ] {
                out.push(Mutation {
                    path: vec![Seg::Key("quantities".into()), Seg::Key(name.clone())],
                    change: Change::Set(serde_json::json!({
                        "lo": format_exact(&a), "hi": format_exact(&b)
                    })),
                    category,
                    kind: kind.into(),
                });
            }
        }
    }
    out
}

/// The label vocabularies of label quantities (`catapult`'s `regime`): each label is replaced by
/// every other one.
const LABELS: &[&[&str]] = &[&["lazy", "catapult", "divergent"]];

/// A quantity that is a constant of an upper bound (claim `nonasymptotic`: `t0`, `c`, `rho`,
/// see [`BOUND_CONSTANTS`]): every larger value is also proved, so moving it up is a weaker
/// claim and moving it down a stronger one, not a contradiction.
fn is_bound_constant(cert: &Value, quantity: &str) -> bool {
    cert.get("claim").and_then(Value::as_str) == Some("nonasymptotic")
        && BOUND_CONSTANTS.contains(&quantity)
}

fn top(path: &[Seg]) -> &str {
    match path.first() {
        Some(Seg::Key(k)) => k,
        _ => "",
    }
}

fn walk(root: &Value, v: &Value, path: &mut Vec<Seg>, out: &mut Vec<Mutation>) {
    let section = top(path).to_string();
    let constant = section == "quantities"
        && matches!(path.get(1), Some(Seg::Key(q)) if is_bound_constant(root, q));
    if section == "elapsed_s" {
        return;
    }
    let mut push = |change: Change, category: Category, kind: String| {
        out.push(Mutation {
            path: path.clone(),
            change,
            category,
            kind,
        })
    };
    match v {
        Value::Bool(b) => {
            let category = match section.as_str() {
                "evidence" => Category::Evidence,
                _ => Category::Contradicting,
            };
            push(Change::Set(Value::Bool(!b)), category, "flipped".into());
        }
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                for (d, kind) in [(1, "+1"), (-1, "-1")] {
                    let category = match section.as_str() {
                        "evidence" => Category::Evidence,
                        _ => Category::Instance,
                    };
                    push(Change::Set(Value::from(i + d)), category, kind.into());
                }
            }
        }
        Value::String(s) if section == "quantities" && path.len() == 2 => {
            // A label: every other label of its vocabulary contradicts the claim.
            for other in LABELS
                .iter()
                .filter(|v| v.contains(&s.as_str()))
                .flat_map(|v| v.iter())
            {
                if other != s {
                    push(
                        Change::Set(Value::from(*other)),
                        Category::Contradicting,
                        format!("relabelled {other}"),
                    );
                }
            }
        }
        Value::String(s) => {
            let is_range = s.contains(':') && (section == "eta" || section == "init");
            for (part, up, new) in nudges(s) {
                let endpoint = path.last().and_then(|seg| match seg {
                    Seg::Key(k) => Some(k.as_str()),
                    Seg::Index(_) => None,
                });
                let category = match section.as_str() {
                    "evidence" => Category::Evidence,
                    "backend" => Category::Metadata,
                    "quantities" => match (endpoint, up) {
                        _ if constant => {
                            if up {
                                Category::Widening
                            } else {
                                Category::Narrowing
                            }
                        }
                        (Some("lo"), true) | (Some("hi"), false) => Category::Narrowing,
                        (Some("lo"), false) | (Some("hi"), true) => Category::Widening,
                        _ => Category::Instance,
                    },
                    // A range input "lo:hi" / "x:lo:hi": moving an endpoint inward shrinks the
                    // domain (a weaker claim), outward enlarges it.
                    _ if is_range => {
                        let n_parts = s.split(':').count();
                        let lo_part = part == n_parts - 2;
                        if lo_part == up {
                            Category::Widening
                        } else {
                            Category::Instance
                        }
                    }
                    _ => Category::Instance,
                };
                let kind = if up { "+1 unit" } else { "-1 unit" };
                push(Change::Set(Value::String(new)), category, kind.into());
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(root, item, path, out);
                path.pop();
            }
        }
        Value::Object(fields) => {
            for (k, item) in fields {
                path.push(Seg::Key(k.clone()));
                let category = match (section.as_str(), path.len()) {
                    ("evidence", _) => Category::Evidence,
                    ("quantities", 2) => Category::Widening,
                    _ => Category::Instance,
                };
                if k != "elapsed_s" {
                    out.push(Mutation {
                        path: path.clone(),
                        change: Change::Remove,
                        category,
                        kind: "dropped".into(),
                    });
                }
                walk(root, item, path, out);
                path.pop();
            }
        }
        Value::Null => {}
    }
}

/// Keep every mutation outside `evidence` and at most `max_evidence` evidence mutations, evenly
/// spaced in document order (all of them when `max_evidence` is `None`). Returns the kept list
/// and the number of evidence mutations skipped.
pub fn select(all: Vec<Mutation>, max_evidence: Option<usize>) -> (Vec<Mutation>, usize) {
    let n_evidence = all
        .iter()
        .filter(|m| m.category == Category::Evidence)
        .count();
    let Some(cap) = max_evidence.filter(|&c| c < n_evidence) else {
        return (all, 0);
    };
    // Evidence mutation number j is kept iff it is the first one at or after a multiple of
    // n_evidence / cap: floor(j·cap/n) increases at j.
    let mut j = 0usize;
    let kept = all
        .into_iter()
        .filter(|m| {
            if m.category != Category::Evidence {
                return true;
            }
            let keep = j == 0 || (j * cap) / n_evidence != ((j - 1) * cap) / n_evidence;
            j += 1;
            keep
        })
        .collect();
    (kept, n_evidence - cap)
}

/// Does the checker accept `value` as a verified certificate? `Err` carries the rejection.
pub fn accepts(value: Value) -> Result<(), String> {
    let cert: Certificate = serde_json::from_value(value).map_err(|e| format!("not read: {e}"))?;
    match check(&cert) {
        Ok(r) if r.verified => Ok(()),
        Ok(_) => Err("well-formed but not verified".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// The result of one mutation.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The mutation.
    pub mutation: Mutation,
    /// `true` iff the checker accepted the mutated certificate as verified.
    pub accepted: bool,
}

/// Apply each mutation to `cert` and check the result, on `jobs` threads; `tick` is called
/// after each check. Outcomes are in the order of `list`.
pub fn run(
    cert: &Value,
    list: Vec<Mutation>,
    jobs: usize,
    tick: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<bool>>> = Mutex::new(vec![None; list.len()]);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(m) = list.get(i) else { break };
                    let accepted = accepts(m.apply(cert)).is_ok();
                    results.lock().expect("no panics while held")[i] = Some(accepted);
                    tick();
                }
            });
        }
    });
    let results = results.into_inner().expect("no panics while held");
    list.into_iter()
        .zip(results)
        .map(|(mutation, accepted)| Outcome {
            mutation,
            accepted: accepted.expect("every mutation checked"),
        })
        .collect()
}

/// Tried / rejected counts per category.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// `(tried, rejected)` per category, in the order of [`Category::ALL`].
    pub counts: [(usize, usize); 6],
}

impl Tally {
    /// Count the outcomes.
    pub fn of(outcomes: &[Outcome]) -> Self {
        let mut t = Tally::default();
        for o in outcomes {
            t.add(o.mutation.category, o.accepted);
        }
        t
    }

    fn add(&mut self, c: Category, accepted: bool) {
        let i = Category::ALL.iter().position(|&x| x == c).expect("listed");
        self.counts[i].0 += 1;
        if !accepted {
            self.counts[i].1 += 1;
        }
    }

    /// Add another tally.
    pub fn merge(&mut self, other: &Tally) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }

    /// `(tried, rejected)` for one category.
    pub fn get(&self, c: Category) -> (usize, usize) {
        let i = Category::ALL.iter().position(|&x| x == c).expect("listed");
        self.counts[i]
    }

    /// Total `(tried, rejected)`.
    pub fn total(&self) -> (usize, usize) {
        self.counts
            .iter()
            .fold((0, 0), |(a, b), &(t, r)| (a + t, b + r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nudges_move_the_last_digit() {
        let n = |s: &str, up| nudge_number(s, up);
        assert_eq!(n("1.25", true).as_deref(), Some("1.26"));
        assert_eq!(n("1.25", false).as_deref(), Some("1.24"));
        assert_eq!(n("0.00", false).as_deref(), Some("-0.01"));
        assert_eq!(n("-0.01", true).as_deref(), Some("0.00"));
        assert_eq!(n("-0.267", true).as_deref(), Some("-0.266"));
        assert_eq!(n("-0.267", false).as_deref(), Some("-0.268"));
        assert_eq!(n("104", true).as_deref(), Some("105"));
        assert_eq!(n("0.999", true).as_deref(), Some("1.000"));
        assert_eq!(n("1/316", false).as_deref(), Some("0/316"));
        assert_eq!(n("-7/3", true).as_deref(), Some("-6/3"));
        for bad in ["", "x", "1.", ".5", "1e5", "mpfr", "1/", "a/3", "--1"] {
            assert_eq!(n(bad, true), None, "{bad:?}");
        }
        assert_eq!(
            nudges("x:3:5"),
            vec![
                (1, true, "x:4:5".to_string()),
                (1, false, "x:2:5".to_string()),
                (2, true, "x:3:6".to_string()),
                (2, false, "x:3:4".to_string()),
            ]
        );
        assert_eq!(
            last_unit("1.250"),
            Some(BigRational::new(1.into(), 1000.into()))
        );
    }

    #[test]
    fn every_number_is_mutated_and_categorised() {
        let cert = serde_json::json!({
            "schema": "eoscert/1", "claim": "c", "model": {"kind": "k", "depth": 2, "target": "1"},
            "eta": "0.05:0.06", "init": ["1.5"], "backend": "mpfr:256", "rigorous": true,
            "verified": true, "reason": "",
            "quantities": {"q": {"lo": "0.1", "hi": "0.3"}, "b": true},
            "evidence": {"steps": 3, "x": ["2/3"]}, "elapsed_s": 0.5
        });
        let all = mutations(&cert);
        let find = |path: &str, kind: &str| {
            all.iter()
                .find(|m| m.path() == path && m.kind == kind)
                .unwrap_or_else(|| panic!("{path} {kind}"))
                .category
        };
        use Category::*;
        assert_eq!(find("quantities.q.lo", "+1 unit"), Narrowing);
        assert_eq!(find("quantities.q.lo", "-1 unit"), Widening);
        assert_eq!(find("quantities.q.hi", "-1 unit"), Narrowing);
        assert_eq!(find("quantities.q.hi", "+1 unit"), Widening);
        assert_eq!(find("quantities.q", "dropped"), Widening);
        assert_eq!(find("quantities.b", "flipped"), Contradicting);
        assert_eq!(find("verified", "flipped"), Contradicting);
        assert_eq!(find("init[0]", "-1 unit"), Instance);
        assert_eq!(find("model.depth", "+1"), Instance);
        assert_eq!(find("backend", "+1 unit"), Metadata);
        assert_eq!(find("evidence.steps", "-1"), Evidence);
        assert_eq!(find("evidence.x[0]", "+1 unit"), Evidence);
        assert!(all.iter().all(|m| m.path() != "elapsed_s"));
        let regime = serde_json::json!({"quantities": {"regime": "lazy"}});
        let relabelled: Vec<_> = mutations(&regime)
            .iter()
            .filter(|m| m.kind.starts_with("relabelled"))
            .map(|m| (m.apply(&regime)["quantities"]["regime"].clone(), m.category))
            .collect();
        assert_eq!(
            relabelled,
            vec![
                (Value::from("catapult"), Contradicting),
                (Value::from("divergent"), Contradicting)
            ]
        );
        let shifted = all.iter().find(|m| m.kind == "shifted above").unwrap();
        assert_eq!(
            shifted.apply(&cert)["quantities"]["q"],
            serde_json::json!({"lo": "0.4", "hi": "0.6"})
        );
        let shifted = all.iter().find(|m| m.kind == "shifted below").unwrap();
        assert_eq!(
            shifted.apply(&cert)["quantities"]["q"],
            serde_json::json!({"lo": "-0.2", "hi": "0"})
        );
        // eta "0.05:0.06": lo up and hi down shrink the domain (weaker), the others enlarge it.
        let eta: Vec<_> = all
            .iter()
            .filter(|m| m.path() == "eta" && m.kind != "dropped")
            .map(|m| (m.apply(&cert)["eta"].clone(), m.category))
            .collect();
        assert_eq!(
            eta,
            vec![
                (Value::from("0.06:0.06"), Widening),
                (Value::from("0.04:0.06"), Instance),
                (Value::from("0.05:0.07"), Instance),
                (Value::from("0.05:0.05"), Widening),
            ]
        );
        let dropped = all
            .iter()
            .find(|m| m.path() == "model.target" && m.kind == "dropped");
        assert!(
            dropped.unwrap().apply(&cert)["model"]
                .get("target")
                .is_none()
        );
    }

    #[test]
    fn evidence_sampling_keeps_everything_else() {
        let cert = serde_json::json!({"quantities": {"b": true},
            "evidence": {"x": (0..100).map(|i| i.to_string()).collect::<Vec<_>>()}});
        let all = mutations(&cert);
        let n_evidence = all
            .iter()
            .filter(|m| m.category == Category::Evidence)
            .count();
        let (kept, skipped) = select(all.clone(), Some(10));
        assert_eq!(skipped, n_evidence - 10);
        assert_eq!(
            kept.iter()
                .filter(|m| m.category == Category::Evidence)
                .count(),
            10
        );
        assert!(kept.iter().any(|m| m.category == Category::Contradicting));
        assert_eq!(select(all.clone(), None).0.len(), all.len());
    }
}
