//! Just enough JSON for the patient's stored log (`progress`): any JSON text is read into a
//! [`Value`] (or refused), and a [`Value`] is written as compact JSON, as the browser's
//! `JSON.stringify` writes it.
//!
//! Why not serde (which still writes the messages to the host page): serde's readers put their
//! error messages in the wasm, and with them Rust's formatting of floating-point numbers. Reading
//! the log with serde-wasm-bindgen cost about 8 kB brotli of the patient's first load, for a
//! record of a few small whole numbers and words (issue 36). Numbers are read as whole numbers
//! only: the log holds nothing else, and any other number is kept as [`Value::OtherNumber`] for
//! the reader to refuse.

/// A JSON value, with its numbers reduced to what the log can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number that is a whole number from 0 to `u64::MAX` (`3` and `3.0` alike).
    Whole(u64),
    /// Any other number: negative, with a fraction, with an exponent, or too large.
    OtherNumber,
    Text(String),
    List(Vec<Value>),
    /// The members in their order, duplicates kept (the reader refuses them).
    Object(Vec<(String, Value)>),
}

/// How deep lists and objects may nest: the log has three (the record, its sessions, a
/// session); a deeper text is refused rather than read by a deep recursion.
const DEEPEST: usize = 16;

/// The value a JSON text holds, or `None` if it is not JSON (or nests deeper than the log
/// ever does).
pub fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Whether `literal` comes next (and is then taken).
    fn literal(&mut self, literal: &[u8]) -> bool {
        let end = self.at + literal.len();
        let found = self.bytes.get(self.at..end) == Some(literal);
        if found {
            self.at = end;
        }
        found
    }

    fn word(&mut self, word: &[u8], value: Value) -> Option<Value> {
        self.literal(word).then_some(value)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.space();
        match self.peek()? {
            b'n' => self.word(b"null", Value::Null),
            b't' => self.word(b"true", Value::Bool(true)),
            b'f' => self.word(b"false", Value::Bool(false)),
            b'"' => self.text().map(Value::Text),
            b'[' if depth < DEEPEST => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.closes(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.closes(b']') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Some(Value::List(items))
            }
            b'{' if depth < DEEPEST => {
                self.at += 1;
                let mut members = Vec::new();
                if !self.closes(b'}') {
                    loop {
                        self.space();
                        let name = self.text()?;
                        self.expect(b':')?;
                        members.push((name, self.value(depth + 1)?));
                        if self.closes(b'}') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Some(Value::Object(members))
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    /// After optional space, whether `close` comes next (and is then taken).
    fn closes(&mut self, close: u8) -> bool {
        self.space();
        let closes = self.peek() == Some(close);
        self.at += usize::from(closes);
        closes
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.space();
        (self.next()? == byte).then_some(())
    }

    fn digits(&mut self) -> &[u8] {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Option<Value> {
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let whole = self.digits();
        if whole.is_empty() || (whole.len() > 1 && whole[0] == b'0') {
            return None;
        }
        let value = whole.iter().try_fold(0u64, |n, d| {
            n.checked_mul(10)?.checked_add(u64::from(d - b'0'))
        });
        let mut plain = !negative && value.is_some();
        if self.peek() == Some(b'.') {
            self.at += 1;
            let fraction = self.digits();
            if fraction.is_empty() {
                return None;
            }
            plain &= fraction.iter().all(|&d| d == b'0');
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits().is_empty() {
                return None;
            }
            plain = false;
        }
        Some(match value {
            Some(n) if plain => Value::Whole(n),
            _ => Value::OtherNumber,
        })
    }

    /// A string, from its opening quote; `None` if it is not valid JSON or holds half of a
    /// UTF-16 pair (which a Rust string cannot).
    fn text(&mut self) -> Option<String> {
        if self.next()? != b'"' {
            return None;
        }
        let mut text = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek()?, b'"' | b'\\' | 0..=0x1f) {
                self.at += 1;
            }
            // The input is a &str and the run stops at an ASCII byte: a whole UTF-8 run.
            text.push_str(std::str::from_utf8(&self.bytes[start..self.at]).ok()?);
            match self.next()? {
                b'"' => return Some(text),
                b'\\' => {
                    let escaped = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    };
                    text.push(escaped);
                }
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (its `\u` read), a UTF-16 pair taking two.
    fn escaped_char(&mut self) -> Option<char> {
        let first = self.hex4()?;
        let code = if (0xd800..0xdc00).contains(&first) {
            // The second half must follow at once, as its own escape.
            if !self.literal(b"\\u") {
                return None;
            }
            let second = self.hex4()?;
            if !(0xdc00..0xe000).contains(&second) {
                return None;
            }
            0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
        } else {
            first
        };
        char::from_u32(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        (0..4).try_fold(0, |n, _| {
            Some(n * 16 + char::from(self.next()?).to_digit(16)?)
        })
    }
}

impl Value {
    /// The value as compact JSON text, as `JSON.stringify` writes it. An [`Value::OtherNumber`]
    /// (which keeps no number) is written as `null`: only the reader makes one, never the log's
    /// writer.
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null | Value::OtherNumber => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Whole(n) => out.push_str(&n.to_string()),
            Value::Text(text) => write_text(text, out),
            Value::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (name, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_text(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_text(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[c as usize >> 4]));
                out.push(char::from(HEX[c as usize & 15]));
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    fn written(value: &Value) -> String {
        let mut out = String::new();
        value.write(&mut out);
        out
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(
            parse(
                r#" { "a" : [1, 2.0, -3, 4.5, 1e2, null, true, false, "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"], "b": {} } "#
            ),
            Some(Value::Object(vec![
                (
                    "a".into(),
                    Value::List(vec![
                        Value::Whole(1),
                        Value::Whole(2),
                        Value::OtherNumber,
                        Value::OtherNumber,
                        Value::OtherNumber,
                        Value::Null,
                        Value::Bool(true),
                        Value::Bool(false),
                        text("x\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1f600}"),
                    ])
                ),
                ("b".into(), Value::Object(vec![])),
            ]))
        );
        assert_eq!(parse("18446744073709551615"), Some(Value::Whole(u64::MAX)));
        assert_eq!(parse("18446744073709551616"), Some(Value::OtherNumber));
        assert_eq!(parse("[]"), Some(Value::List(vec![])));
        assert_eq!(parse("\"ñ\""), Some(text("ñ")));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            " ",
            "nul",
            "nulls",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "[1,]",
            "[,1]",
            "{\"a\"}",
            "{\"a\":1,}",
            "{a:1}",
            "[1 2]",
            "\"open",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud83d\"",
            "\"\\ud83d\\u0041\"",
            "\"tab\there\"",
            "'a'",
            "[1]]",
            "{} {}",
            "NaN",
            "Infinity",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        let nested = |depth: usize| "[".repeat(depth) + &"]".repeat(depth);
        assert!(parse(&nested(DEEPEST)).is_some());
        assert_eq!(parse(&nested(DEEPEST + 1)), None);
        assert_eq!(parse(&"[".repeat(100_000)), None, "no deep recursion");
    }

    #[test]
    fn writes_compact_json_that_reads_back() {
        let value = Value::Object(vec![
            ("n".into(), Value::Whole(42)),
            ("t".into(), text("a\"b\\c\n\u{1}é")),
            (
                "l".into(),
                Value::List(vec![Value::Null, Value::Bool(false)]),
            ),
        ]);
        let out = written(&value);
        assert_eq!(out, r#"{"n":42,"t":"a\"b\\c\n\u0001é","l":[null,false]}"#);
        assert_eq!(parse(&out), Some(value));
    }
}
