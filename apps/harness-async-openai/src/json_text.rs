//! Whether a text is exactly one JSON value (an RFC 8259 JSON-text): what may sit unchanged in a response envelope.
//! Not serde_json: it refuses some JSON (1e400, nesting past 128), and a value it refuses is still one value the client
//! must be served. Iterative, so no depth can overflow the stack.

pub fn one_value(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut open: Vec<u8> = vec![];
    loop {
        skip_space(bytes, &mut at);
        let scalar = match bytes.get(at) {
            Some(b'{') | Some(b'[') => {
                let bracket = bytes[at];
                at += 1;
                skip_space(bytes, &mut at);
                if bytes.get(at) == Some(&(bracket + 2)) {
                    at += 1; // {} or []: ] is [ + 2, } is { + 2
                    true
                } else {
                    open.push(bracket);
                    if bracket == b'{' && !key(bytes, &mut at) {
                        return false;
                    }
                    continue;
                }
            }
            Some(b'"') => string(bytes, &mut at),
            Some(b'-' | b'0'..=b'9') => number(bytes, &mut at),
            Some(b't') => word(bytes, &mut at, b"true"),
            Some(b'f') => word(bytes, &mut at, b"false"),
            Some(b'n') => word(bytes, &mut at, b"null"),
            _ => false,
        };
        if !scalar {
            return false;
        }
        // After a value: close what it ends, or go on to the next element.
        loop {
            skip_space(bytes, &mut at);
            let Some(&bracket) = open.last() else { return at == bytes.len() };
            match bytes.get(at) {
                Some(b',') => {
                    at += 1;
                    if bracket == b'{' && !key(bytes, &mut at) {
                        return false;
                    }
                    break;
                }
                Some(&close) if close == bracket + 2 => {
                    at += 1;
                    open.pop();
                }
                _ => return false,
            }
        }
    }
}

fn skip_space(bytes: &[u8], at: &mut usize) {
    while matches!(bytes.get(*at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        *at += 1;
    }
}

/// A member's name and its colon.
fn key(bytes: &[u8], at: &mut usize) -> bool {
    skip_space(bytes, at);
    if bytes.get(*at) != Some(&b'"') || !string(bytes, at) {
        return false;
    }
    skip_space(bytes, at);
    if bytes.get(*at) != Some(&b':') {
        return false;
    }
    *at += 1;
    true
}

/// A string from its opening quote. The text is a &str, so its bytes are UTF-8 already.
fn string(bytes: &[u8], at: &mut usize) -> bool {
    *at += 1;
    loop {
        match bytes.get(*at) {
            Some(b'"') => {
                *at += 1;
                return true;
            }
            Some(b'\\') => match bytes.get(*at + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => *at += 2,
                Some(b'u') if bytes.len() >= *at + 6 && bytes[*at + 2..*at + 6].iter().all(u8::is_ascii_hexdigit) => *at += 6,
                _ => return false,
            },
            Some(&byte) if byte >= 0x20 => *at += 1,
            _ => return false, // a control character, or the end
        }
    }
}

fn number(bytes: &[u8], at: &mut usize) -> bool {
    let digits = |at: &mut usize| {
        let start = *at;
        while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at > start
    };
    if bytes.get(*at) == Some(&b'-') {
        *at += 1;
    }
    match bytes.get(*at) {
        Some(b'0') => *at += 1,
        Some(b'1'..=b'9') => {
            digits(at);
        }
        _ => return false,
    }
    if bytes.get(*at) == Some(&b'.') {
        *at += 1;
        if !digits(at) {
            return false;
        }
    }
    if matches!(bytes.get(*at), Some(b'e' | b'E')) {
        *at += 1;
        if matches!(bytes.get(*at), Some(b'+' | b'-')) {
            *at += 1;
        }
        if !digits(at) {
            return false;
        }
    }
    true
}

fn word(bytes: &[u8], at: &mut usize, expected: &[u8]) -> bool {
    let found = bytes[*at..].starts_with(expected);
    *at += expected.len();
    found
}

#[cfg(test)]
mod tests {
    use super::one_value;

    #[test]
    fn takes_one_value_with_space_around() {
        for text in [
            "{}",
            " [ ] ",
            "\t\r\n{\"a\" : [1, -0.5e+3, \"x\\u00e9\\n\", true, false, null, {}]}\n",
            "1e400",
            "\"\u{1F600}\"",
            "0",
            "-0",
            r#"{"a":1,"a":2}"#,
            "[[[[]]]]",
        ] {
            assert!(one_value(text), "{text:?}");
        }
        assert!(one_value(&format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))));
    }

    #[test]
    fn refuses_anything_else() {
        for text in [
            "",
            " ",
            "{} {}",
            "1, 2",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\"}",
            "{1:2}",
            "NaN",
            "01",
            "1.",
            ".5",
            "1e",
            "-",
            "tru",
            "nul",
            "\"\t\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"abc",
            "\u{FEFF}{}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "]",
            "[}",
            "{]",
        ] {
            assert!(!one_value(text), "{text:?}");
        }
    }
}
