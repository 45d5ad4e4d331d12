//! The diff's words: the one-line verdict every format leads with, the
//! notes beside it, and signed figures.

use rust_decimal::Decimal;

use crate::plan::Year;
use crate::render::number;
use crate::report::diff::{CapacityDiff, DiffReport};
use crate::report::threshold::Threshold;

/// "Cash flow +$205,000 (+2.22%) over 2025–2029", with the threshold's verdict.
pub fn verdict(report: &DiffReport) -> String {
    let span = span(&report.years);
    let total = &report.cash_flow_total;
    let mut line = match total.delta.filter(|d| !d.is_zero()) {
        None => format!("No change in cash flow over {span}"),
        Some(delta) => {
            let percent = report
                .cash_flow_percent
                .map(|p| format!(" ({}%)", signed(number::fixed(p, 2), p)))
                .unwrap_or_default();
            format!(
                "Cash flow {}{percent} over {span}",
                signed_money(delta, &report.currency)
            )
        }
    };
    if let Some(limit) = report.max_increase {
        let word = if report.exceeded { "EXCEEDS" } else { "within" };
        let limit = match limit {
            Threshold::Amount(amount) => signed_money(amount, &report.currency),
            Threshold::Percent(percent) => format!("{}%", number::plain(percent)),
        };
        line.push_str(&format!(
            ": {word} the +{} limit",
            limit.trim_start_matches('+')
        ));
    }
    line
}

/// Why no surplus is compared, when only one plan has [capacity].
pub fn capacity_note(report: &DiffReport) -> Option<String> {
    let which = match report.capacity {
        CapacityDiff::OnlyOld => "old",
        CapacityDiff::OnlyNew => "new",
        _ => return None,
    };
    Some(format!(
        "Only the {which} plan has [capacity], so no capacity surplus is compared."
    ))
}

/// "2025–2029" for a run of years.
pub fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    }
}

/// Said whenever the horizons differ, so a reader knows where zeros come from.
pub fn horizon_note(report: &DiffReport) -> Option<String> {
    let ((a, b), (c, d)) = (report.old_horizon, report.new_horizon);
    report.horizons_differ().then(|| {
        format!(
            "The horizons differ (old {a}–{b}, new {c}–{d}): compared over {}, a year outside a plan's horizon counts 0 there.",
            span(&report.years)
        )
    })
}

/// "+" before a growth; not before one that rounds to zero ("0.00").
pub fn signed(text: String, value: Decimal) -> String {
    let shown = text.chars().any(|c| ('1'..='9').contains(&c));
    if value > Decimal::ZERO && shown {
        format!("+{text}")
    } else {
        text
    }
}

/// "+$205,000" for dollar currencies, "+205,000 EUR" otherwise.
pub fn signed_money(value: Decimal, currency: &str) -> String {
    let sign = if value > Decimal::ZERO {
        "+"
    } else if value < Decimal::ZERO {
        "-"
    } else {
        ""
    };
    let amount = number::money(value.abs());
    match currency {
        "CAD" | "USD" | "AUD" | "NZD" => format!("{sign}${amount}"),
        other => format!("{sign}{amount} {other}"),
    }
}
