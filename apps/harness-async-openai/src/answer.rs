//! What a case's call gave, before the protocol writes it as a result.

use serde::Serialize;

/// One decoded value, as protocol v1's decodedValue: the SDK's own output and what user code was handed.
#[derive(Serialize, Default, Debug, Clone, PartialEq)]
pub struct Value {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received: Option<&'static str>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub rust_type: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unrecognized: Vec<String>,
}

#[derive(Debug, PartialEq)]
pub enum Answer {
    Ok(Value),
    /// A stream: the events yielded, and the error that ended it (a rejection) if one did.
    Events(Vec<Value>, Option<String>),
    Rejected(String),
    Skipped(String),
    Errored(String),
}
