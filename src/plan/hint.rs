//! Numbers as finance staff type them ("$650,000", "1 234 567", "12.5 %"),
//! turned into the TOML spelling with the user's own digits (`650_000`).

/// What a typed figure most likely meant, in TOML's spelling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meant {
    /// A number: `650_000`, `-1_234.56`.
    Number(String),
    /// A percent, without its quotes: `12.5%`.
    Percent(String),
}

/// Reads `text` as a spreadsheet-style figure: currency signs or codes,
/// thousands separators (commas, spaces, apostrophes, dots), a decimal comma,
/// accounting parentheses for negatives, a trailing percent sign. None when
/// the text is not such a figure.
pub fn finance_figure(text: &str) -> Option<Meant> {
    let text = text.trim();
    if let Some(number) = text.strip_suffix('%') {
        return finance_number(number.trim()).map(Meant::Percent);
    }
    finance_number(text).map(Meant::Number)
}

const CURRENCY: &[&str] = &["CAD", "USD", "EUR", "GBP", "C$", "US$", "$", "€", "£"];

fn finance_number(text: &str) -> Option<String> {
    let (negative, text) = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(inner) => (true, inner.trim()),
        None => (false, text),
    };
    let text = strip_currency(text);
    let (minus, text) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, strip_currency(rest)),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = split_decimal(text)?;
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let sign = if negative != minus { "-" } else { "" };
    let grouped = group_by_three(digits.trim_start_matches('0'));
    let grouped = if grouped.is_empty() {
        "0".into()
    } else {
        grouped
    };
    let fraction = if fraction.is_empty() {
        String::new()
    } else {
        format!(".{fraction}")
    };
    Some(format!("{sign}{grouped}{fraction}"))
}

fn strip_currency(text: &str) -> &str {
    let mut text = text.trim();
    for code in CURRENCY {
        text = text.strip_prefix(code).unwrap_or(text).trim();
        text = text.strip_suffix(code).unwrap_or(text).trim();
    }
    text
}

/// Splits into the whole part (digits and group separators, checked) and
/// the fraction digits, deciding which of `,` and `.` is the decimal mark.
fn split_decimal(text: &str) -> Option<(&str, &str)> {
    let is_separator = |c: char| matches!(c, ',' | '.' | ' ' | '\'' | '_' | '\u{a0}' | '\u{202f}');
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return None;
    }
    let commas = text.matches(',').count();
    let dots = text.matches('.').count();
    let decimal_mark = match (commas, dots) {
        (0, 0) => None,
        (_, 1) if commas == 0 || text.rfind('.') > text.rfind(',') => Some('.'),
        (1, _) if dots == 0 || text.rfind(',') > text.rfind('.') => {
            // "400,000" groups thousands; "12,5" is a decimal comma.
            let after = text.rsplit(',').next().unwrap_or("");
            (after.len() != 3 || dots > 0).then_some(',')
        }
        _ => None,
    };
    let (whole, fraction) = match decimal_mark {
        Some(mark) => text.rsplit_once(mark)?,
        None => (text, ""),
    };
    groups_are_thousands(whole).then_some((whole, fraction))
}

/// "1,234,567" and "1 234 567" group by three after the first group; a
/// figure with no separator at all is fine too.
fn groups_are_thousands(whole: &str) -> bool {
    let groups: Vec<&str> = whole.split(|c: char| !c.is_ascii_digit()).collect();
    match groups.split_first() {
        Some((first, [])) => !first.is_empty(),
        Some((first, rest)) => {
            (1..=3).contains(&first.len()) && rest.iter().all(|group| group.len() == 3)
        }
        None => false,
    }
}

fn group_by_three(digits: &str) -> String {
    if digits.len() <= 4 {
        return digits.into();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('_');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Option<String> {
        match finance_figure(text)? {
            Meant::Number(n) => Some(n),
            Meant::Percent(p) => Some(format!("{p}%")),
        }
    }

    #[test]
    fn spreadsheet_figures_keep_the_users_digits() {
        assert_eq!(number("400,000").as_deref(), Some("400_000"));
        assert_eq!(number("$650,000").as_deref(), Some("650_000"));
        assert_eq!(number("18,400,000").as_deref(), Some("18_400_000"));
        assert_eq!(number("1 234 567").as_deref(), Some("1_234_567"));
        assert_eq!(
            number("1\u{a0}234\u{a0}567,89").as_deref(),
            Some("1_234_567.89")
        );
        assert_eq!(number("1.234.567,89").as_deref(), Some("1_234_567.89"));
        assert_eq!(number("$1,234.50").as_deref(), Some("1234.50"));
        assert_eq!(number("(5,000)").as_deref(), Some("-5000"));
        assert_eq!(number("-$12,000").as_deref(), Some("-12_000"));
        assert_eq!(number("CAD 2,500,000").as_deref(), Some("2_500_000"));
        assert_eq!(number("12.5 %").as_deref(), Some("12.5%"));
        assert_eq!(number("12,5%").as_deref(), Some("12.5%"));
        assert_eq!(number("650000 $").as_deref(), Some("650_000"));
    }

    #[test]
    fn other_text_is_not_a_figure() {
        for text in [
            "lots",
            "",
            "$",
            "1,2,3",
            "1 23",
            "2025-01-01",
            "4e5",
            "1..2",
        ] {
            assert_eq!(finance_figure(text), None, "{text}");
        }
    }
}
