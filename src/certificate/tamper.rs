//! Tamper test: single-number and adversarial mutations of a certificate, each re-checked by
//! the checker within a budget ([`run`]).
//!
//! The adversarial classes ([`adversarial`], see [`Class`]): added quantities and fields,
//! duplicated keys (raw JSON text, [`Mutation::apply_text`]), free-text edits, coordinated
//! edits and extreme values.
//!
//! [`mutations`] ([`Class::Edit`]) lists, for one certificate (as a JSON value), every change
//! of one number:
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
//! may be changed into other evidence that proves the same claim. [`Category::Unverifiable`]
//! mutations (added content, duplicated keys, edited free text) say something the checker does
//! not re-derive, so they must be rejected too ([`Category::must_reject`]).

use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed};
use serde_json::Value;

use super::check::bound::BOUND_CONSTANTS;
use super::check::budget::Budget;
use super::check::{CheckFailure, check_with_budget};
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
    /// `backend` precision nudged in a certificate whose evidence states no precision
    /// (`period-two`, `flip-boundary`, `regime-map`): the checker's tightness rule uses the
    /// backend's precision, so accepted = the claim re-checked at that precision. (Where the
    /// evidence states the precision or midpoint, a changed `backend` contradicts it and is
    /// [`Category::Unverifiable`].)
    Metadata,
    /// Content the checker does not re-derive: an added quantity or field, a duplicated key
    /// (two readers of the file see different claims), edited free text. Must be rejected.
    Unverifiable,
}

impl Category {
    /// All categories, in report order.
    pub const ALL: [Category; 7] = [
        Category::Contradicting,
        Category::Narrowing,
        Category::Instance,
        Category::Widening,
        Category::Evidence,
        Category::Metadata,
        Category::Unverifiable,
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
            Category::Unverifiable => "unverifiable",
        }
    }

    /// Whether a sound checker must reject every mutation of this category: the mutated
    /// certificate states something false ([`Category::Contradicting`]) or something the checker
    /// cannot vouch for ([`Category::Unverifiable`]). Mutations of the other categories may be
    /// accepted, and then the claim is still true: the checker re-derived it from the mutated
    /// inputs and evidence.
    pub fn must_reject(self) -> bool {
        matches!(self, Category::Contradicting | Category::Unverifiable)
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
    /// The key at the path written twice: first its original value, then this one (raw JSON
    /// text; a last-wins reader sees this value, a first-wins reader the original).
    Duplicate(Value),
    /// Several changes at once (at their own paths; the mutation's path is the first).
    Many(Vec<(Vec<Seg>, Change)>),
}

/// The adversary's technique: the classes of the tamper report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// One number nudged, a boolean flipped, a field dropped, an enclosure moved ([`mutations`]).
    Edit,
    /// A quantity, field or array entry added, at every level.
    Added,
    /// A key written twice, at every level (raw JSON text).
    Duplicate,
    /// A free-text or label field rewritten.
    FreeText,
    /// Several fields changed together: a claim and its evidence, or evidence entries deleted,
    /// duplicated or reordered.
    Coordinated,
    /// An extreme value in a numeric or cost-driving field: huge integers, 10⁵-digit
    /// endpoints, a maximal precision, a deep subdivision tree.
    Extreme,
}

impl Class {
    /// All classes, in report order.
    pub const ALL: [Class; 6] = [
        Class::Edit,
        Class::Added,
        Class::Duplicate,
        Class::FreeText,
        Class::Coordinated,
        Class::Extreme,
    ];

    /// The short name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Class::Edit => "single-edit",
            Class::Added => "added",
            Class::Duplicate => "duplicate-key",
            Class::FreeText => "free-text",
            Class::Coordinated => "coordinated",
            Class::Extreme => "extreme",
        }
    }
}

/// One change of a certificate.
#[derive(Clone, Debug, PartialEq)]
pub struct Mutation {
    path: Vec<Seg>,
    change: Change,
    /// The technique.
    pub class: Class,
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

    /// The certificate with this mutation applied, as a JSON value. A duplicated key cannot be
    /// a JSON value: it is applied as its last-wins reading (see [`Mutation::apply_text`]).
    pub fn apply(&self, cert: &Value) -> Value {
        let mut out = cert.clone();
        apply_at(&mut out, &self.path, &self.change);
        out
    }

    /// The certificate with this mutation applied, as the JSON text a checker reads.
    pub fn apply_text(&self, cert: &Value) -> String {
        let Change::Duplicate(new) = &self.change else {
            return self.apply(cert).to_string();
        };
        let Some(Seg::Key(key)) = self.path.last() else {
            unreachable!("only object keys are duplicated")
        };
        let mut marked = cert.clone();
        apply_at(
            &mut marked,
            &self.path,
            &Change::Set(Value::from(DUPLICATE_MARKER)),
        );
        let original = lookup(cert, &self.path).cloned().unwrap_or(Value::Null);
        let key = Value::from(key.as_str()).to_string();
        let needle = format!("{key}:{}", Value::from(DUPLICATE_MARKER));
        marked
            .to_string()
            .replacen(&needle, &format!("{key}:{original},{key}:{new}"), 1)
    }
}

/// A string no certificate contains, marking where a duplicated key is written.
const DUPLICATE_MARKER: &str = "\u{1}eoscert-tamper-duplicate\u{1}";

/// The node at `path`, if any.
fn lookup<'a>(v: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(v, |node, seg| match seg {
        Seg::Key(k) => node.get(k.as_str()),
        Seg::Index(i) => node.get(*i),
    })
}

fn apply_at(out: &mut Value, path: &[Seg], change: &Change) {
    if let Change::Many(changes) = change {
        for (p, c) in changes {
            apply_at(out, p, c);
        }
        return;
    }
    let (last, parent) = path.split_last().expect("non-empty path");
    let mut node = out;
    for seg in parent {
        node = match seg {
            Seg::Key(k) => &mut node[k.as_str()],
            Seg::Index(i) => &mut node[*i],
        };
    }
    match (change, last) {
        (Change::Set(v) | Change::Duplicate(v), Seg::Key(k)) => node[k.as_str()] = v.clone(),
        (Change::Set(v) | Change::Duplicate(v), Seg::Index(i)) => node[*i] = v.clone(),
        (Change::Remove, Seg::Key(k)) => {
            node.as_object_mut().expect("object").remove(k);
        }
        (Change::Remove, Seg::Index(_)) => unreachable!("only object fields are dropped"),
        (Change::Many(_), _) => unreachable!("handled above"),
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
                    class: Class::Edit,
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

/// Record one single edit at `path`.
fn edit(out: &mut Vec<Mutation>, path: &[Seg], change: Change, category: Category, kind: &str) {
    push(out, path.to_vec(), change, Class::Edit, category, kind);
}

/// The category of a change in `section` that is not a quantity endpoint: evidence, or an
/// input (another instance).
fn evidence_or_instance(section: &str) -> Category {
    match section {
        "evidence" => Category::Evidence,
        _ => Category::Instance,
    }
}

/// The category of moving one number of the string at `path` (part `part` of `s`) up or down:
/// a quantity endpoint narrows or widens its enclosure (reversed for a bound constant), a range
/// input's endpoint shrinks or enlarges the domain, anything else is another instance.
fn nudge_category(root: &Value, path: &[Seg], s: &str, part: usize, up: bool) -> Category {
    let section = top(path);
    let constant = section == "quantities"
        && matches!(path.get(1), Some(Seg::Key(q)) if is_bound_constant(root, q));
    let endpoint = path.last().and_then(|seg| match seg {
        Seg::Key(k) => Some(k.as_str()),
        Seg::Index(_) => None,
    });
    let is_range = s.contains(':') && (section == "eta" || section == "init");
    match section {
        "evidence" => Category::Evidence,
        "backend" => backend_category(root),
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
        // A range input "lo:hi" / "x:lo:hi": moving an endpoint inward shrinks the domain (a
        // weaker claim), outward enlarges it.
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
    }
}

/// A label quantity: every other label of its vocabulary contradicts the claim.
fn relabel(path: &[Seg], s: &str, out: &mut Vec<Mutation>) {
    for other in LABELS
        .iter()
        .filter(|v| v.contains(&s))
        .flat_map(|v| v.iter())
    {
        if *other != s {
            edit(
                out,
                path,
                Change::Set(Value::from(*other)),
                Category::Contradicting,
                &format!("relabelled {other}"),
            );
        }
    }
}

/// Every single edit of the node `v` at `path` and below (module docs): booleans flipped,
/// integers ±1, numbers in strings nudged, labels replaced, fields dropped.
fn walk(root: &Value, v: &Value, path: &mut Vec<Seg>, out: &mut Vec<Mutation>) {
    let section = top(path).to_string();
    if section == "elapsed_s" {
        return;
    }
    match v {
        Value::Bool(b) => {
            let category = match section.as_str() {
                "evidence" => Category::Evidence,
                _ => Category::Contradicting,
            };
            edit(out, path, Change::Set(Value::Bool(!b)), category, "flipped");
        }
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                for (d, kind) in [(1, "+1"), (-1, "-1")] {
                    let change = Change::Set(Value::from(i + d));
                    edit(out, path, change, evidence_or_instance(&section), kind);
                }
            }
        }
        Value::String(s) if section == "quantities" && path.len() == 2 => relabel(path, s, out),
        Value::String(s) => {
            for (part, up, new) in nudges(s) {
                let category = nudge_category(root, path, s, part, up);
                let kind = if up { "+1 unit" } else { "-1 unit" };
                edit(out, path, Change::Set(Value::String(new)), category, kind);
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
                    edit(out, path, Change::Remove, category, "dropped");
                }
                walk(root, item, path, out);
                path.pop();
            }
        }
        Value::Null => {}
    }
}

/// The number of digits of the huge endpoints of [`Class::Extreme`] (10⁵).
pub const HUGE_DIGITS: usize = 100_000;

/// Every adversarial mutation of `cert` (the classes other than [`Class::Edit`]), each tried at
/// the first occurrence of every field pattern (array indices elided), so that every level and
/// every kind of field is covered once:
/// - [`Class::Added`]: a field added to every object; to `quantities` an enclosure, a boolean
///   and a label; an entry appended to every array;
/// - [`Class::Duplicate`]: every key of every object written twice, the second time with a
///   changed value when a single edit exists (a contradicting one for quantities), else the same;
/// - [`Class::FreeText`]: every non-numeric string rewritten; `reason` of a verified
///   certificate filled in;
/// - [`Class::Coordinated`]: each quantity moved off itself together with an evidence change
///   (the evidence field of the same name moved along, or the first evidence array's first
///   entry deleted); every evidence array with two or more entries with its first or last entry
///   deleted, its first entry duplicated, its first two swapped, or reversed;
/// - [`Class::Extreme`]: every integer set to 2⁶⁴ − 1, 2³¹ and 0; every numeric string to
///   ±10^[`HUGE_DIGITS`] and 10^−[`HUGE_DIGITS`]; every subdivision `tree` to a chain of 2·10⁵
///   splits and to itself repeated 100 times; `backend` to a precision of 2³² − 1 bits (above
///   the grammar's cap: must be rejected).
///
/// Categories: added quantities and fields, duplicated keys and edited free text (`reason`,
/// `method`, `backend`, quantity labels) are [`Category::Unverifiable`]; a moved quantity keeps its
/// single-edit category, except that moving the same-named evidence field along (`steps`)
/// restates the claim for another instance ([`Category::Instance`]); everything else takes the
/// category of its section (`evidence` → [`Category::Evidence`], quantity endpoints by
/// direction, other inputs → [`Category::Instance`]).
pub fn adversarial(cert: &Value) -> Vec<Mutation> {
    let edits = mutations(cert);
    let nodes = first_of_each_pattern(cert);
    let mut out = Vec::new();
    added(&nodes, &mut out);
    duplicated(&nodes, &edits, &mut out);
    free_text(&nodes, &mut out);
    coordinated(&nodes, &edits, &mut out);
    extreme(&nodes, &mut out);
    out
}

/// Every node of `v` (root included) at the first occurrence of its path pattern, in document
/// order, skipping `elapsed_s`.
fn first_of_each_pattern(v: &Value) -> Vec<(Vec<Seg>, Value)> {
    fn go(
        v: &Value,
        path: &mut Vec<Seg>,
        seen: &mut std::collections::HashSet<String>,
        out: &mut Vec<(Vec<Seg>, Value)>,
    ) {
        if top(path) == "elapsed_s" || !seen.insert(render(path, true)) {
            return;
        }
        out.push((path.clone(), v.clone()));
        match v {
            Value::Object(fields) => {
                for (k, item) in fields {
                    path.push(Seg::Key(k.clone()));
                    go(item, path, seen, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    go(item, path, seen, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    go(v, &mut Vec::new(), &mut Default::default(), &mut out);
    out
}

/// The category of a change in `path`'s section that is not otherwise classified.
fn section_category(path: &[Seg]) -> Category {
    match top(path) {
        "evidence" => Category::Evidence,
        "reason" | "backend" => Category::Unverifiable,
        _ => Category::Instance,
    }
}

/// The category of a `backend` that still parses but names another precision: it contradicts
/// the evidence where the evidence states the precision (`precision_bits`) or the midpoint
/// (must be rejected), else it is the precision of the checker's tightness rule
/// ([`Category::Metadata`]).
fn backend_category(root: &Value) -> Category {
    let ev = &root["evidence"];
    if ev.get("precision_bits").is_some() || ev.get("midpoint").is_some() {
        Category::Unverifiable
    } else {
        Category::Metadata
    }
}

fn with(path: &[Seg], seg: Seg) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

fn push(
    out: &mut Vec<Mutation>,
    path: Vec<Seg>,
    change: Change,
    class: Class,
    category: Category,
    kind: &str,
) {
    out.push(Mutation {
        path,
        change,
        class,
        category,
        kind: kind.into(),
    });
}

fn added(nodes: &[(Vec<Seg>, Value)], out: &mut Vec<Mutation>) {
    for (path, v) in nodes {
        match v {
            Value::Object(_) if path.len() == 1 && top(path) == "quantities" => {
                for (name, q) in [
                    ("tampered_bound", serde_json::json!({"lo": "0", "hi": "0"})),
                    ("tampered_proved", Value::Bool(true)),
                    ("tampered_regime", Value::from("lazy")),
                    (
                        "tampered_vector",
                        serde_json::json!([{"lo": "0", "hi": "0"}]),
                    ),
                ] {
                    let p = with(path, Seg::Key(name.into()));
                    push(
                        out,
                        p,
                        Change::Set(q),
                        Class::Added,
                        Category::Unverifiable,
                        "added quantity",
                    );
                }
            }
            Value::Object(_) => {
                let p = with(path, Seg::Key("tampered_field".into()));
                let change = Change::Set(Value::from(1));
                push(
                    out,
                    p,
                    change,
                    Class::Added,
                    Category::Unverifiable,
                    "added field",
                );
            }
            Value::Array(items) if !items.is_empty() => {
                let mut longer = items.clone();
                longer.push(items[items.len() - 1].clone());
                let category = match top(path) {
                    "evidence" => Category::Evidence,
                    "quantities" => Category::Unverifiable,
                    _ => Category::Instance,
                };
                push(
                    out,
                    path.clone(),
                    Change::Set(Value::Array(longer)),
                    Class::Added,
                    category,
                    "entry appended",
                );
            }
            _ => {}
        }
    }
}

fn duplicated(nodes: &[(Vec<Seg>, Value)], edits: &[Mutation], out: &mut Vec<Mutation>) {
    for (path, v) in nodes {
        let Value::Object(fields) = v else { continue };
        for (k, original) in fields {
            let p = with(path, Seg::Key(k.clone()));
            let changed = edits
                .iter()
                .filter(|m| m.path == p)
                .filter_map(|m| match &m.change {
                    Change::Set(x) => Some((m.category != Category::Contradicting, x.clone())),
                    _ => None,
                })
                .min_by_key(|(not_contradicting, _)| *not_contradicting)
                .map(|(_, x)| x);
            let (value, kind) = match changed {
                Some(x) => (x, "duplicated, second changed"),
                None => (original.clone(), "duplicated, same value"),
            };
            push(
                out,
                p,
                Change::Duplicate(value),
                Class::Duplicate,
                Category::Unverifiable,
                kind,
            );
        }
    }
}

/// Whether `s` is a number or a range of numbers (`0.05:0.06`, `x:3:5`).
fn is_numeric(s: &str) -> bool {
    s.split(':')
        .filter(|part| part.len() != 1 || !part.chars().all(|c| c.is_ascii_alphabetic()))
        .all(|part| parse_rational(part).is_ok())
}

fn free_text(nodes: &[(Vec<Seg>, Value)], out: &mut Vec<Mutation>) {
    for (path, v) in nodes {
        let Value::String(s) = v else { continue };
        if is_numeric(s) && !s.is_empty() {
            continue;
        }
        let last = match path.last() {
            Some(Seg::Key(k)) => k.as_str(),
            _ => "",
        };
        let category =
            if last == "method" || matches!(top(path), "reason" | "quantities" | "backend") {
                Category::Unverifiable
            } else {
                section_category(path)
            };
        let text = if s.is_empty() {
            "checked by hand".to_string()
        } else {
            format!("{s} (edited by hand)")
        };
        push(
            out,
            path.clone(),
            Change::Set(Value::from(text)),
            Class::FreeText,
            category,
            "rewritten",
        );
    }
}

fn coordinated(nodes: &[(Vec<Seg>, Value)], edits: &[Mutation], out: &mut Vec<Mutation>) {
    let evidence_arrays: Vec<&(Vec<Seg>, Value)> = nodes
        .iter()
        .filter(|(p, v)| top(p) == "evidence" && v.as_array().is_some_and(|a| a.len() >= 2))
        .collect();
    // A claim and its evidence together.
    for m in edits.iter().filter(|m| m.kind == "shifted above") {
        let Some(Seg::Key(name)) = m.path.last() else {
            continue;
        };
        let twin = nodes.iter().find(|(p, _)| {
            top(p) == "evidence" && matches!(p.last(), Some(Seg::Key(k)) if k == name)
        });
        let moved_twin = twin.and_then(|(p, _)| {
            edits
                .iter()
                .find(|e| &e.path == p && matches!(e.kind.as_str(), "+1" | "+1 unit"))
                .map(|e| (p.clone(), e.change.clone()))
        });
        let (extra, category, kind) = match (moved_twin, evidence_arrays.first()) {
            (Some(twin), _) => (twin, Category::Instance, "moved with its evidence field"),
            (None, Some((p, v))) => {
                let mut shorter = v.as_array().expect("array").clone();
                shorter.remove(0);
                (
                    (p.clone(), Change::Set(Value::Array(shorter))),
                    m.category,
                    "moved, first evidence entry deleted",
                )
            }
            (None, None) => continue,
        };
        let change = Change::Many(vec![(m.path.clone(), m.change.clone()), extra]);
        push(
            out,
            m.path.clone(),
            change,
            Class::Coordinated,
            category,
            kind,
        );
    }
    // Evidence entries deleted, duplicated, reordered.
    for (path, v) in evidence_arrays {
        let items = v.as_array().expect("array");
        let n = items.len();
        let variants: [(&str, Vec<Value>); 5] = [
            ("first entry deleted", items[1..].to_vec()),
            ("last entry deleted", items[..n - 1].to_vec()),
            ("first entry duplicated", {
                let mut x = items.clone();
                x.insert(1, items[0].clone());
                x
            }),
            ("first two entries swapped", {
                let mut x = items.clone();
                x.swap(0, 1);
                x
            }),
            ("entries reversed", items.iter().rev().cloned().collect()),
        ];
        for (kind, new) in variants {
            if new == *items {
                continue;
            }
            push(
                out,
                path.clone(),
                Change::Set(Value::Array(new)),
                Class::Coordinated,
                Category::Evidence,
                kind,
            );
        }
    }
}

fn extreme(nodes: &[(Vec<Seg>, Value)], out: &mut Vec<Mutation>) {
    let huge = format!("1{}", "0".repeat(HUGE_DIGITS));
    for (path, v) in nodes {
        let last = match path.last() {
            Some(Seg::Key(k)) => k.as_str(),
            _ => "",
        };
        let mut values: Vec<(Value, Category, &str)> = Vec::new();
        match v {
            Value::Number(n) if n.is_u64() || n.is_i64() => {
                for (x, kind) in [
                    (Value::from(u64::MAX), "2^64 - 1"),
                    (Value::from(1u64 << 31), "2^31"),
                    (Value::from(0), "0"),
                ] {
                    values.push((x, section_category(path), kind));
                }
            }
            Value::String(s) if last == "tree" => {
                values.push((
                    Value::from("S".repeat(200_000)),
                    Category::Evidence,
                    "2e5 nested splits",
                ));
                values.push((
                    Value::from(s.repeat(100)),
                    Category::Evidence,
                    "repeated 100 times",
                ));
            }
            Value::String(_) if top(path) == "backend" => {
                values.push((
                    Value::from("mpfr:4294967295"),
                    Category::Unverifiable,
                    "precision 2^32 - 1",
                ));
            }
            Value::String(s) if is_numeric(s) && !s.is_empty() && !s.contains(':') => {
                let in_quantity = top(path) == "quantities";
                let endpoint = |lo_cat: Category, hi_cat: Category| match last {
                    "lo" if in_quantity => lo_cat,
                    "hi" if in_quantity => hi_cat,
                    _ => section_category(path),
                };
                values.push((
                    Value::from(huge.clone()),
                    endpoint(Category::Contradicting, Category::Widening),
                    "10^100000",
                ));
                values.push((
                    Value::from(format!("-{huge}")),
                    endpoint(Category::Widening, Category::Contradicting),
                    "-10^100000",
                ));
                values.push((
                    Value::from(format!("1/{huge}")),
                    endpoint(Category::Narrowing, Category::Narrowing),
                    "10^-100000",
                ));
            }
            _ => {}
        }
        for (x, category, kind) in values {
            push(
                out,
                path.clone(),
                Change::Set(x),
                Class::Extreme,
                category,
                kind,
            );
        }
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
    match verdict(&value.to_string(), Budget::default()) {
        Status::Accepted => Ok(()),
        Status::Rejected(why) | Status::OverBudget(why) => Err(why),
    }
}

/// The checker's verdict on a mutated certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Accepted as verified.
    Accepted,
    /// Not read, not verified, or rejected (the reason).
    Rejected(String),
    /// The check would exceed its budget (the reason).
    OverBudget(String),
}

/// Read `text` as a certificate with the checker's strict reader (repeated keys rejected at
/// every level, as `eoscert check` reads a file) and check it within `budget`.
pub fn verdict(text: &str, budget: Budget) -> Status {
    let cert: Certificate = match eoscert_check::read::read(text) {
        Ok(c) => c,
        Err(e) => return Status::Rejected(format!("not read: {e}")),
    };
    match check_with_budget(&cert, budget) {
        Ok(r) if r.verified => Status::Accepted,
        Ok(_) => Status::Rejected("well-formed but not verified".into()),
        Err(e @ CheckFailure::OverBudget(_)) => Status::OverBudget(e.to_string()),
        Err(e) => Status::Rejected(e.to_string()),
    }
}

/// The result of one mutation.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The mutation.
    pub mutation: Mutation,
    /// `true` iff the checker accepted the mutated certificate as verified.
    pub accepted: bool,
    /// `true` iff the check ran out of budget (then `accepted` is `false`).
    pub over_budget: bool,
    /// Wall-clock seconds of the check (reading the text included).
    pub seconds: f64,
}

/// Apply each mutation to `cert` and check the result within `budget`, on `jobs` threads;
/// `tick` is called after each check. Outcomes are in the order of `list`.
pub fn run(
    cert: &Value,
    list: Vec<Mutation>,
    jobs: usize,
    budget: Budget,
    tick: &(dyn Fn() + Sync),
) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<(Status, f64)>>> = Mutex::new(vec![None; list.len()]);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(m) = list.get(i) else { break };
                    let text = m.apply_text(cert);
                    let start = Instant::now();
                    let status = verdict(&text, budget);
                    let seconds = start.elapsed().as_secs_f64();
                    results.lock().expect("no panics while held")[i] = Some((status, seconds));
                    tick();
                }
            });
        }
    });
    let results = results.into_inner().expect("no panics while held");
    list.into_iter()
        .zip(results)
        .map(|(mutation, r)| {
            let (status, seconds) = r.expect("every mutation checked");
            Outcome {
                mutation,
                accepted: status == Status::Accepted,
                over_budget: matches!(status, Status::OverBudget(_)),
                seconds,
            }
        })
        .collect()
}

/// The report of one [`Class`]: mutations, rejected, accepted with a still-true claim, accepted
/// although they must be rejected ([`Category::must_reject`]; a checker bug, or on this format
/// version a field the checker does not read), over budget, and the longest check.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ClassTally {
    /// Mutations tried.
    pub tried: usize,
    /// Rejected (over-budget ones included).
    pub rejected: usize,
    /// Accepted, of a category that may be accepted: the claim is still true.
    pub accepted_true: usize,
    /// Accepted, of a category that must be rejected.
    pub accepted_false: usize,
    /// Mutations that must be rejected.
    pub must_reject: usize,
    /// Rejected because the check ran out of budget.
    pub over_budget: usize,
    /// The longest check, in seconds.
    pub max_seconds: f64,
}

impl ClassTally {
    /// Count the outcomes of one class.
    pub fn of(outcomes: &[Outcome], class: Class) -> Self {
        let mut t = ClassTally::default();
        for o in outcomes.iter().filter(|o| o.mutation.class == class) {
            t.add(o);
        }
        t
    }

    fn add(&mut self, o: &Outcome) {
        let must = o.mutation.category.must_reject();
        self.tried += 1;
        self.must_reject += usize::from(must);
        match (o.accepted, must) {
            (false, _) => self.rejected += 1,
            (true, false) => self.accepted_true += 1,
            (true, true) => self.accepted_false += 1,
        }
        self.over_budget += usize::from(o.over_budget);
        self.max_seconds = self.max_seconds.max(o.seconds);
    }

    /// Add another tally.
    pub fn merge(&mut self, o: &ClassTally) {
        self.tried += o.tried;
        self.rejected += o.rejected;
        self.accepted_true += o.accepted_true;
        self.accepted_false += o.accepted_false;
        self.must_reject += o.must_reject;
        self.over_budget += o.over_budget;
        self.max_seconds = self.max_seconds.max(o.max_seconds);
    }
}

/// Tried / rejected counts per category.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// `(tried, rejected)` per category, in the order of [`Category::ALL`].
    pub counts: [(usize, usize); 7],
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
        // Where the evidence states the precision, another backend precision contradicts it.
        let mut stated = cert.clone();
        stated["evidence"]["precision_bits"] = 256.into();
        let nudged = mutations(&stated);
        let backend = nudged
            .iter()
            .find(|m| m.path() == "backend" && m.kind == "+1 unit")
            .expect("backend nudged");
        assert_eq!(backend.category, Unverifiable);
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
