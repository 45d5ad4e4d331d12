//! Numbers on the stack, for writers that take a `&str` (JSON, CSV): no
//! allocation per figure on a plan of 100,000 initiatives.

use std::fmt;

use rust_decimal::Decimal;

use super::digits::{reverse_digits, trimmed, write_digits};

/// Exact money for machines, written straight to a formatter or a JSON
/// string without an allocation of its own: `Plain(x)` shows as [`plain`].
#[derive(Debug, Clone, Copy)]
pub struct Plain(pub Decimal);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (negative, digits, scale) = trimmed(self.0);
        write_digits(f, negative, digits, scale, scale, false)
    }
}

/// [`plain`] on the stack: `PlainText::new(x).as_str()` without an
/// allocation, for writers that take a `&str` (JSON, CSV).
#[derive(Clone, Copy)]
pub struct PlainText {
    // Sign, 29 digits, a point and up to 28 leading zeros fit in 64 bytes.
    bytes: [u8; 64],
    len: usize,
}

impl PlainText {
    pub fn new(value: Decimal) -> PlainText {
        let (negative, digits, scale) = trimmed(value);
        let scale = scale as usize;
        let mut reversed = [b'0'; 40];
        let mut n = reverse_digits(digits, &mut reversed);
        n = n.max(scale + 1);
        let mut text = PlainText {
            bytes: [0; 64],
            len: 0,
        };
        if negative {
            text.push(b'-');
        }
        for i in (scale..n).rev() {
            text.push(reversed[i]);
        }
        if scale > 0 {
            text.push(b'.');
            for i in (0..scale).rev() {
                text.push(reversed[i]);
            }
        }
        text
    }

    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits, '-' and '.' are pushed.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes, for byte buffers (no UTF-8 check).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// A year (or any i32) on the stack, for writers that take a `&str`.
#[derive(Clone, Copy)]
pub struct IntText {
    bytes: [u8; 12],
    start: usize,
}

impl IntText {
    pub fn new(value: i32) -> IntText {
        let mut bytes = [0; 12];
        let mut start = bytes.len();
        let mut rest = value.unsigned_abs();
        loop {
            start -= 1;
            bytes[start] = b'0' + (rest % 10) as u8;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            start -= 1;
            bytes[start] = b'-';
        }
        IntText { bytes, start }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes, for byte buffers (no UTF-8 check).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }
}
