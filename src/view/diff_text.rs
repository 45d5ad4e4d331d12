//! The diff's words: the notes beside the tables, year labels, and signed
//! figures.

use rust_decimal::Decimal;

use crate::plan::Year;
use crate::render::number;
use crate::report::diff::{CapacityDiff, DiffReport};

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

/// Said whenever the horizons differ: what the totals cover, and which
/// years only one plan has.
pub fn horizon_note(report: &DiffReport) -> Option<String> {
    let ((a, b), (c, d)) = (report.old_horizon, report.new_horizon);
    if !report.horizons_differ() {
        return None;
    }
    let head = format!("The horizons differ (old {a}–{b}, new {c}–{d})");
    let Some((first, last)) = report.common else {
        return Some(format!(
            "{head} and share no year: each year is listed with the one plan that covers it."
        ));
    };
    let mut note = format!(
        "{head}: totals, costs and guardrails cover {first}–{last}, the years both plans cover"
    );
    let apart = unshared_list(report);
    if !apart.is_empty() {
        note.push_str(&format!("; listed apart: {apart}"));
    }
    note.push('.');
    Some(note)
}

/// "2024 (old plan only), 2028 (new plan only)".
fn unshared_list(report: &DiffReport) -> String {
    let mut parts: Vec<String> = Vec::new();
    for old in [true, false] {
        let years: Vec<Year> = report
            .unshared_years()
            .into_iter()
            .filter(|(_, o)| *o == old)
            .map(|(y, _)| y)
            .collect();
        if !years.is_empty() {
            let which = if old { "old" } else { "new" };
            parts.push(format!("{} ({which} plan only)", runs(&years)));
        }
    }
    parts.join(", ")
}

/// "2024", "2028–2029", or "2020–2023 and 2027–2030" for sorted years.
fn runs(years: &[Year]) -> String {
    let mut spans: Vec<(Year, Year)> = Vec::new();
    for &year in years {
        match spans.last_mut() {
            Some((_, last)) if *last + 1 == year => *last = year,
            _ => spans.push((year, year)),
        }
    }
    let text: Vec<String> = spans
        .iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    text.join(" and ")
}

/// The label of a year row: "2028 (new plan only)" outside the shared years.
pub fn year_label(report: &DiffReport, year: Year) -> String {
    if report.is_shared(year) {
        return year.to_string();
    }
    let covers = |(a, b): (Year, Year)| (a..=b).contains(&year);
    let which = if covers(report.old_horizon) {
        "old"
    } else {
        "new"
    };
    format!("{year} ({which} plan only)")
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

/// Row indexes of the years: the shared ones first (they make the total),
/// then those only one plan covers, listed apart after the total.
pub fn year_order(report: &DiffReport) -> (Vec<usize>, Vec<usize>) {
    (0..report.years.len()).partition(|&j| report.is_shared(report.years[j]))
}
