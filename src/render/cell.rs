//! A grid's cell: a figure that stays a number until a writer shows it,
//! for people (grouped, signed, marked "tbd") or for machines (raw).

use rust_decimal::Decimal;

use crate::number;

/// Which way a change is bad news, for colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A rise is bad: a cost or a tax impact growing (red), a fall good (green).
    RiseIsBad,
    /// A fall is bad: a capacity surplus shrinking (red), a rise good (green).
    FallIsBad,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Money(Decimal),
    /// Money partly unknown: the known part, plus a "tbd" amount that is
    /// in no total ("6,000 + tbd").
    Partial(Decimal),
    /// A figure shown with a fixed number of decimals (hours, FTE).
    Fixed(Decimal, u32),
    /// A percent shown with `dp` decimals to people; CSV keeps `csv_dp`.
    Percent {
        value: Decimal,
        dp: u32,
        csv_dp: u32,
    },
    /// A signed change ("+65,000"): money when `dp` is None, else `dp`
    /// fixed decimals; coloured by `tone`.
    Change {
        value: Decimal,
        dp: Option<u32>,
        tone: Tone,
    },
    /// Not yet known: never shown as zero.
    Tbd,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Cell::Text(text.into())
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Cell::Money(v)
            | Cell::Partial(v)
            | Cell::Fixed(v, _)
            | Cell::Percent { value: v, .. }
            | Cell::Change { value: v, .. } => v.is_sign_negative() && !v.is_zero(),
            _ => false,
        }
    }

    /// Good (Some(true)) or bad (Some(false)) news, for colour; None when neutral.
    pub fn good_news(&self) -> Option<bool> {
        match self {
            Cell::Change { value, tone, .. } if !value.is_zero() => {
                let rose = value.is_sign_positive();
                Some(rose == (*tone == Tone::FallIsBad))
            }
            _ => None,
        }
    }

    /// Decimals this cell's money needs alone (0 for other cells).
    pub fn money_decimals(&self) -> u32 {
        match self {
            Cell::Money(v) | Cell::Partial(v) => number::money_decimals(*v),
            Cell::Change {
                value, dp: None, ..
            } => number::money_decimals(*value),
            _ => 0,
        }
    }

    /// The cell for people: grouped thousands.
    pub fn human(&self) -> String {
        self.human_with(0)
    }

    /// [`Cell::human_with`], appended to `out`; money without allocating.
    pub fn push_human(&self, money_dp: u32, out: &mut String) {
        match self {
            Cell::Empty => {}
            Cell::Text(text) => out.push_str(text),
            Cell::Money(value) => number::push_money(out, *value, money_dp),
            other => out.push_str(&other.human_with(money_dp)),
        }
    }

    /// [`Cell::raw`], appended to `out`; money without allocating.
    pub fn push_raw(&self, out: &mut String) {
        match self {
            Cell::Empty => {}
            Cell::Text(text) => out.push_str(text),
            Cell::Money(value) => number::push_plain(out, *value),
            other => out.push_str(&other.raw()),
        }
    }

    /// The cell for people, money with at least `money_dp` decimals so the
    /// amounts of a column line up.
    pub fn human_with(&self, money_dp: u32) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::money_with(*value, money_dp),
            Cell::Partial(value) if value.is_zero() => "tbd".into(),
            Cell::Partial(value) => format!("{} + tbd", number::money_with(*value, money_dp)),
            Cell::Fixed(value, dp) => number::grouped_fixed(*value, *dp),
            Cell::Percent { value, dp, .. } => format!("{}%", number::fixed(*value, *dp)),
            Cell::Change { value, dp, .. } => {
                let text = match dp {
                    None => number::money_with(*value, money_dp),
                    Some(dp) => number::grouped_fixed(*value, *dp),
                };
                signed(text, *value)
            }
            Cell::Tbd => "tbd".into(),
        }
    }

    /// The cell for machines: raw numbers, no separators or symbols.
    pub fn raw(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Money(value) => number::plain(*value),
            Cell::Partial(value) if value.is_zero() => "tbd".into(),
            Cell::Partial(value) => format!("{} + tbd", number::plain(*value)),
            Cell::Fixed(value, dp) => number::fixed(*value, *dp),
            Cell::Percent { value, csv_dp, .. } => number::fixed(*value, *csv_dp),
            Cell::Change { value, dp, .. } => match dp {
                None => number::plain(*value),
                Some(dp) => number::fixed(*value, *dp),
            },
            Cell::Tbd => "tbd".into(),
        }
    }
}

/// "+" before a rise that shows as one; a fall carries its "-".
fn signed(text: String, value: Decimal) -> String {
    let shown = text.chars().any(|c| ('1'..='9').contains(&c));
    if value > Decimal::ZERO && shown {
        format!("+{text}")
    } else if shown {
        text
    } else {
        // "-0.00" and "+0.00" both read as no change.
        text.trim_start_matches('-').to_string()
    }
}

impl Cell {
    /// Makes this cell the text given, reusing its String when it has one.
    pub fn set_text(&mut self, text: &str) {
        match self {
            Cell::Text(own) => {
                own.clear();
                own.push_str(text);
            }
            other => *other = Cell::Text(text.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::number::testing::d;

    #[test]
    fn partly_unknown_money_shows_its_known_part_and_the_mark() {
        assert_eq!(Cell::Partial(d("6000")).human(), "6,000 + tbd");
        assert_eq!(Cell::Partial(d("6000")).raw(), "6000 + tbd");
        assert_eq!(Cell::Partial(d("0")).human(), "tbd");
    }

    #[test]
    fn changes_are_signed_and_toned() {
        let rise = Cell::Change {
            value: d("65000"),
            dp: None,
            tone: Tone::RiseIsBad,
        };
        assert_eq!(rise.human(), "+65,000");
        assert_eq!(rise.good_news(), Some(false));
        let fall = Cell::Change {
            value: d("-0.1825"),
            dp: Some(4),
            tone: Tone::RiseIsBad,
        };
        assert_eq!(fall.human(), "-0.1825");
        assert_eq!(fall.good_news(), Some(true));
        let nothing = Cell::Change {
            value: d("-0.00001"),
            dp: Some(2),
            tone: Tone::FallIsBad,
        };
        assert_eq!(nothing.human(), "0.00");
    }
}
