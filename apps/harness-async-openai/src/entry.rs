//! What an entry is: one public way into the SDK that users' code goes through; a harness process answers for one.

use crate::answer::Answer;
use crate::input::Text;

pub struct Entry {
    pub name: &'static str,
    pub kind: &'static str,
    pub calls: &'static str,
    /// By catalogue shape: the Rust type user code receives the shape as, and the call.
    pub decoders: &'static [(&'static str, Decoder)],
    /// Why a decode case's text cannot reach the call unchanged, or None.
    pub unservable: fn(&Text) -> Option<&'static str>,
    /// Reads one stream's chunks, handed over one read each; None when the entry has no streaming call.
    pub stream: Option<fn(Vec<bytes::Bytes>) -> Answer>,
}

pub struct Decoder {
    pub rust_type: &'static str,
    pub decode: fn(&str) -> Answer,
}

const ENTRIES: [&Entry; 2] = [&crate::client::ENTRY, &crate::helper::ENTRY];

pub fn find(name: &str) -> Option<&'static Entry> {
    ENTRIES.into_iter().find(|entry| entry.name == name)
}

pub fn names() -> Vec<&'static str> {
    all().map(|entry| entry.name).collect()
}

pub fn all() -> impl Iterator<Item = &'static Entry> {
    ENTRIES.into_iter()
}

impl Entry {
    pub fn decoder(&self, shape: &str) -> Option<&Decoder> {
        self.decoders.iter().find(|(name, _)| *name == shape).map(|(_, decoder)| decoder)
    }

    pub fn operations(&self) -> Vec<&'static str> {
        let mut operations = vec![];
        if !self.decoders.is_empty() {
            operations.push("decode");
        }
        if self.stream.is_some() {
            operations.push("stream");
        }
        operations
    }
}
