//! Reading a certificate strictly: a repeated key at any level is an error.
//!
//! `serde_json` keeps the last of two equal keys in a map, so two readers of the same file
//! could see different claims. [`read`] first builds the JSON value with [`StrictValue`], whose
//! map visitor rejects a key it has already seen, then deserialises the typed
//! [`Certificate`] from that value (every struct `deny_unknown_fields`).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::Certificate;

/// A JSON value in which no object has a repeated key.
#[derive(Clone, Debug, PartialEq)]
pub struct StrictValue(pub Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value without repeated keys")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, x: f64) -> Result<Value, E> {
        Number::from_f64(x)
            .map(Value::Number)
            .ok_or_else(|| E::custom("a non-finite number"))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        StrictValue::deserialize(d).map(|v| v.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("repeated key `{key}`")));
            }
            let StrictValue(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// Why a certificate text could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not JSON, or a repeated key (with line and column).
    #[error("{0}")]
    Json(serde_json::Error),
    /// Larger than [`crate::caps::general::MAX_FILE_BYTES`].
    #[error("the file has {0} bytes, more than the cap {cap}", cap = crate::caps::general::MAX_FILE_BYTES)]
    TooLarge(usize),
}

/// Parse JSON text into a value, rejecting a repeated key at any level and a text longer than
/// [`crate::caps::general::MAX_FILE_BYTES`].
///
/// # Errors
/// [`ReadError`].
///
/// # Examples
/// ```
/// use eoscert_check::read::strict_value;
/// assert!(strict_value(r#"{"a": {"b": 1, "c": 2}}"#).is_ok());
/// let e = strict_value(r#"{"a": {"b": 1, "b": 2}}"#).unwrap_err();
/// assert!(e.to_string().contains("repeated key `b`"));
/// ```
pub fn strict_value(text: &str) -> Result<Value, ReadError> {
    if text.len() > crate::caps::general::MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(text.len()));
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let StrictValue(v) = StrictValue::deserialize(&mut de).map_err(ReadError::Json)?;
    de.end().map_err(ReadError::Json)?;
    Ok(v)
}

/// Read a certificate: [`strict_value`], then the typed [`Certificate`] (unknown fields rejected).
///
/// # Errors
/// [`ReadError`].
pub fn read(text: &str) -> Result<Certificate, ReadError> {
    let v = strict_value(text)?;
    Certificate::deserialize(v).map_err(ReadError::Json)
}
