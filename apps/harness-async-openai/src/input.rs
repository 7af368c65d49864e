//! A case's input as the runner sent it. A JSON string may escape a UTF-16 surrogate with no partner; Rust strings
//! (and serde_json) cannot hold one, so it is read as U+FFFD and the text says it had one.

use serde_json::value::RawValue;

#[derive(Debug, PartialEq)]
pub struct Text {
    pub value: String,
    pub lone_surrogate: bool,
}

/// Reads a JSON string literal (as `&RawValue`, still escaped), replacing each lone surrogate escape with U+FFFD.
pub fn read(raw: &RawValue) -> Result<Text, String> {
    let literal = raw.get();
    let mut fixed = String::with_capacity(literal.len());
    let mut lone_surrogate = false;
    let mut rest = literal;
    while let Some(at) = rest.find('\\') {
        fixed.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(unit) = escaped_unit(rest) else {
            let width = 1 + rest[1..].chars().next().map_or(0, char::len_utf8); // \\, \", \n, …: kept as they are
            fixed.push_str(&rest[..width]);
            rest = &rest[width..];
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&unit) && escaped_unit(&rest[6..]).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            fixed.push_str(&rest[..12]);
            rest = &rest[12..];
        } else if (0xD800..0xE000).contains(&unit) {
            fixed.push_str("\\ufffd");
            lone_surrogate = true;
            rest = &rest[6..];
        } else {
            fixed.push_str(&rest[..6]);
            rest = &rest[6..];
        }
    }
    fixed.push_str(rest);
    let value = serde_json::from_str::<String>(&fixed).map_err(|error| format!("the case's input is not a JSON string: {error}"))?;
    Ok(Text { value, lone_surrogate })
}

/// The code unit of a `\uXXXX` escape at the start of `text`.
fn escaped_unit(text: &str) -> Option<u32> {
    let hex = text.strip_prefix("\\u")?.get(..4)?;
    u32::from_str_radix(hex, 16).ok().filter(|_| hex.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(literal: &str) -> Text {
        read(&RawValue::from_string(literal.to_string()).unwrap()).unwrap()
    }

    #[test]
    fn keeps_escapes_and_pairs() {
        assert_eq!(text(r#""a\"\\\n\u00e9\ud83d\ude00""#), Text { value: "a\"\\\n\u{e9}\u{1F600}".into(), lone_surrogate: false });
        // An escaped backslash, then text.
        assert_eq!(text(r#""\\ud800""#), Text { value: "\\ud800".into(), lone_surrogate: false });
    }

    #[test]
    fn marks_lone_surrogates() {
        assert_eq!(text(r#""x\ud800y""#), Text { value: "x\u{FFFD}y".into(), lone_surrogate: true });
        assert_eq!(text(r#""\udc00""#), Text { value: "\u{FFFD}".into(), lone_surrogate: true });
        assert_eq!(text(r#""\ud800\ud800\udc00""#), Text { value: "\u{FFFD}\u{10000}".into(), lone_surrogate: true });
        assert_eq!(text(r#""\ud800\n""#), Text { value: "\u{FFFD}\n".into(), lone_surrogate: true });
    }

    #[test]
    fn refuses_what_is_not_a_string() {
        assert!(read(&RawValue::from_string("12".into()).unwrap()).is_err());
    }
}
