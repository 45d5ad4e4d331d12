//! Text made safe and fitted for people: control characters shown
//! escaped, long lines wrapped to a width.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// `text` with control characters (escape sequences, bells, carriage
/// returns) and bidirectional overrides written as `\u{1b}`, so text from
/// a plan cannot rewrite a reader's terminal or reorder what they see.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Display width in terminal columns.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Splits `text` into lines of at most `max` columns, at spaces where it
/// can, inside a word only when the word alone is wider.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let fits = line.is_empty() || width(&line) + 1 + width(word) <= max;
        if !fits {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while width(&line) > max {
            let (head, tail) = split_at_width(&line, max);
            lines.push(head);
            line = tail;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn split_at_width(text: &str, max: usize) -> (String, String) {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max && i > 0 {
            return (text[..i].to_string(), text[i..].to_string());
        }
        used += w;
    }
    (text.to_string(), String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_escaped() {
        assert_eq!(printable("plain"), "plain");
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("bell\u{7}\r\n"), "bell\\u{7}\\u{d}\\u{a}");
        assert_eq!(printable("\u{202e}abc"), "\\u{202e}abc");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_inside_long_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("SPR-1.2.1-DESKSRV", 8), ["SPR-1.2.", "1-DESKSR", "V"]);
        assert_eq!(wrap("", 5), [""]);
        for line in wrap("Uncosted: BP-2, BP-4, SPR-1.1.1-AUDIT, SPR-1.1.2-DR", 12) {
            assert!(width(&line) <= 12, "{line}");
        }
    }
}
