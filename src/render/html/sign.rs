//! One minus sign for the whole page: U+2212, as typeset figures use, in
//! tables, headline figures and chart labels alike.

pub(crate) const MINUS: char = '\u{2212}';

/// A formatted number with its leading hyphen-minus turned into U+2212.
pub(crate) fn with_minus(text: &str) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("{MINUS}{rest}"),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_leading_hyphen_is_a_minus() {
        assert_eq!(with_minus("-1.86"), "\u{2212}1.86");
        assert_eq!(with_minus("-0.62%"), "\u{2212}0.62%");
        assert_eq!(with_minus("1,458,000"), "1,458,000");
        assert_eq!(with_minus("SPR-1.2.1"), "SPR-1.2.1");
    }
}
