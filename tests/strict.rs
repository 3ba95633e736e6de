//! The checker's strictness: every field it does not re-derive or use is rejected. One test
//! per class of edit (an added quantity, an unknown field at each level, a repeated key at
//! each level, an unused model field or input, free text on a verified certificate, an
//! over-cap value); each asserts that the rejection names the field.

use eoscert_check::check::{CheckFailure, check};
use eoscert_check::read::read;
use serde_json::{Value, json};

/// The certificate of the default claim `proofs/NAME.toml` (proved once per test process,
/// `util::default_cert`, which asserts it verifies), as JSON text.
fn prove(name: &str) -> String {
    serde_json::to_string(crate::util::default_cert(name)).unwrap()
}

/// The outcome of reading and checking `text`: `Ok` or the error message.
fn verdict(text: &str) -> Result<(), String> {
    let cert = read(text).map_err(|e| e.to_string())?;
    check(&cert).map(drop).map_err(|e| match e {
        CheckFailure::Rejected { field, reason } => format!("{field}: {reason}"),
        other => other.to_string(),
    })
}

fn rejected_naming(text: &str, needle: &str) {
    match verdict(text) {
        Ok(()) => panic!("accepted although it should be rejected naming {needle}"),
        Err(e) => assert!(
            e.contains(needle),
            "rejected, but not naming {needle:?}: {e}"
        ),
    }
}

fn edit(text: &str, f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(text).unwrap();
    f(&mut v);
    serde_json::to_string(&v).unwrap()
}

#[test]
fn strict_the_default_certificates_pass() {
    for name in ["trajectory-p2-rational", "period-two-p2-eta1.1"] {
        assert_eq!(verdict(&prove(name)), Ok(()), "{name}");
    }
}

#[test]
fn strict_an_added_quantity_is_rejected() {
    let t = prove("trajectory-p2-rational");
    let bad = edit(&t, |v| {
        v["quantities"]["rate"] = json!({"lo": "0", "hi": "1"});
    });
    rejected_naming(&bad, "quantities.rate");
    let bad = edit(&t, |v| v["quantities"]["stable"] = json!(true));
    rejected_naming(&bad, "quantities.stable");
}

/// A named edit of a certificate.
type Edit = (&'static str, fn(&mut Value));

#[test]
fn strict_an_unknown_field_is_rejected_at_every_level() {
    let t = prove("trajectory-p2-rational");
    let cases: [Edit; 6] = [
        ("comment", |v| v["comment"] = json!("x")),
        ("units", |v| v["model"]["units"] = json!("x")),
        ("mid", |v| v["quantities"]["loss"]["mid"] = json!("0")),
        ("note", |v| v["evidence"]["note"] = json!("x")),
        ("weight", |v| {
            v["evidence"]["checkpoints"][0]["weight"] = json!(1)
        }),
        ("norm", |v| v["evidence"]["sharpness"]["norm"] = json!("1")),
    ];
    for (name, f) in cases {
        rejected_naming(&edit(&t, f), name);
    }
}

/// Insert `"key": value,` right after the first occurrence of `anchor` (which ends in `{`).
fn repeat(text: &str, anchor: &str, key: &str, value: &str) -> String {
    assert!(text.contains(anchor), "{anchor} not in the certificate");
    text.replacen(anchor, &format!("{anchor}\"{key}\":{value},"), 1)
}

#[test]
fn strict_a_repeated_key_is_rejected_at_every_level() {
    let t = prove("trajectory-p2-rational");
    let loss = &serde_json::from_str::<Value>(&t).unwrap()["quantities"]["loss"];
    let cases = [
        ("{", "verified", "false"),
        ("\"model\":{", "depth", "3"),
        ("\"quantities\":{", "loss", &loss.to_string()),
        ("\"loss\":{", "lo", "\"-1\""),
        ("\"evidence\":{", "steps", "1"),
        ("\"theta\":[{", "hi", "\"9\""),
        ("\"checkpoints\":[{", "step", "0"),
    ];
    for (anchor, key, value) in cases {
        let bad = repeat(&t, anchor, key, value);
        rejected_naming(&bad, &format!("repeated key `{key}`"));
    }
}

#[test]
fn strict_an_unused_model_field_or_input_is_rejected() {
    let t = prove("trajectory-p2-rational");
    rejected_naming(
        &edit(&t, |v| v["model"]["alpha"] = json!("0.1")),
        "model.alpha",
    );
    rejected_naming(&edit(&t, |v| v["model"]["seed"] = json!(3)), "model.seed");
    rejected_naming(
        &edit(&t, |v| v["model"]["phi"] = json!("quad")),
        "model.phi",
    );
    let p = prove("period-two-p2-eta1.1");
    rejected_naming(&edit(&p, |v| v["init"] = json!(["1", "1"])), "init");
}

#[test]
fn strict_free_text_on_a_verified_certificate_is_rejected() {
    let t = prove("trajectory-p2-rational");
    rejected_naming(&edit(&t, |v| v["reason"] = json!("all good")), "reason");
    let p = prove("period-two-p2-eta1.1");
    rejected_naming(
        &edit(&p, |v| v["evidence"]["method"] = json!("trust me")),
        "evidence.method",
    );
}

#[test]
fn strict_an_over_cap_value_is_rejected_naming_field_and_cap() {
    use eoscert_check::caps::general::{MAX_BIT_STEPS, MAX_NUMBER_CHARS, MAX_PRECISION_BITS};
    let t = prove("trajectory-p2-rational");
    let huge = format!("1{}", "0".repeat(MAX_NUMBER_CHARS));
    rejected_naming(
        &edit(&t, |v| v["eta"] = json!(huge)),
        &format!(
            "eta: a number of {} characters, more than the cap {MAX_NUMBER_CHARS}",
            huge.len()
        ),
    );
    let d = prove("dln-divergence-gd-3");
    rejected_naming(
        &edit(&d, |v| {
            v["evidence"]["precision_bits"] = json!(MAX_PRECISION_BITS + 1)
        }),
        &format!("evidence.precision_bits: expected an integer in 2..={MAX_PRECISION_BITS}"),
    );
    rejected_naming(
        &edit(&d, |v| {
            v["evidence"]["precision_bits"] = json!(MAX_PRECISION_BITS);
            v["evidence"]["steps"] = json!(MAX_BIT_STEPS / u64::from(MAX_PRECISION_BITS) + 1);
        }),
        "evidence.steps: the replay needs steps × precision_bits",
    );
}
