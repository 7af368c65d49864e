//! The runner's limits, from its hello, and keeping each result within them.

use crate::answer::{Answer, Value};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub max_message: usize,
    pub max_output: usize,
}

/// The schema's defaults, for a limit the runner did not send.
pub const DEFAULT: Limits = Limits { max_message: 64 << 10, max_output: 16 << 20 };

impl Limits {
    /// Each limit the runner sent (a positive integer), the default for the others.
    pub fn from_hello(limits: Option<&serde_json::Value>) -> Limits {
        let sent = |key: &str, otherwise: usize| {
            limits.and_then(|limits| limits.get(key)).and_then(serde_json::Value::as_u64).filter(|&value| value > 0).map_or(otherwise, |value| value as usize)
        };
        Limits { max_message: sent("max_message_bytes", DEFAULT.max_message), max_output: sent("max_output_bytes", DEFAULT.max_output) }
    }

    /// An output over max_output makes the result errored, saying its size; a message or reason over max_message is
    /// cut, saying so. The harness reports; it judges nothing else.
    pub fn bound(&self, answer: Answer) -> Answer {
        let too_big = |where_: String, value: &Value| {
            let size = value.output.as_ref().map_or(0, String::len);
            (size > self.max_output).then(|| format!("{where_} was {size} bytes, over the runner's limit of {} (limits.max_output_bytes)", self.max_output))
        };
        let answer = match answer {
            Answer::Ok(value) => too_big("the output".into(), &value).map_or(Answer::Ok(value), Answer::Errored),
            Answer::Events(events, error) => {
                let over = events.iter().enumerate().find_map(|(index, value)| too_big(format!("the output of event {index}"), value));
                over.map_or(Answer::Events(events, error), Answer::Errored)
            }
            other => other,
        };
        match answer {
            Answer::Events(events, Some(error)) => Answer::Events(events, Some(truncate(error, self.max_message))),
            Answer::Rejected(message) => Answer::Rejected(truncate(message, self.max_message)),
            Answer::Skipped(reason) => Answer::Skipped(truncate(reason, self.max_message)),
            Answer::Errored(message) => Answer::Errored(truncate(message, self.max_message)),
            other => other,
        }
    }
}

/// `text` cut to at most `limit` UTF-8 bytes on a character boundary, saying so and how long it was.
pub fn truncate(text: String, limit: usize) -> String {
    if text.len() <= limit {
        return text;
    }
    let suffix = format!("…(truncated, {} bytes in all)", text.len());
    let mut cut = limit.saturating_sub(suffix.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}{suffix}", &text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_runners_limits() {
        let sent = serde_json::json!({"max_line_bytes": 1 << 26, "max_message_bytes": 300, "max_output_bytes": 0});
        assert_eq!(Limits::from_hello(Some(&sent)), Limits { max_message: 300, max_output: DEFAULT.max_output });
        assert_eq!(Limits::from_hello(None), DEFAULT);
    }

    #[test]
    fn cuts_messages_on_a_character_boundary() {
        let cut = truncate("é".repeat(400), 301);
        assert!(cut.len() <= 301, "{}", cut.len());
        assert!(cut.ends_with("…(truncated, 800 bytes in all)"));
        assert_eq!(truncate("short".into(), 301), "short");
    }

    #[test]
    fn an_output_over_the_limit_is_an_error() {
        let limits = Limits { max_message: 256, max_output: 1024 };
        let big = Value { output: Some("x".repeat(1025)), ..Value::default() };
        assert_eq!(
            limits.bound(Answer::Ok(big.clone())),
            Answer::Errored("the output was 1025 bytes, over the runner's limit of 1024 (limits.max_output_bytes)".into())
        );
        let events = Answer::Events(vec![Value::default(), big], None);
        assert!(matches!(limits.bound(events), Answer::Errored(message) if message.starts_with("the output of event 1 was 1025 bytes")));
        let small = Answer::Ok(Value { output: Some("x".repeat(1024)), ..Value::default() });
        assert!(matches!(limits.bound(small), Answer::Ok(_)));
    }
}
