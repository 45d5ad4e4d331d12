//! The one-line verdict every diff format leads with: the change over the
//! shared years, led by PASS, WARNING or FAIL when a guardrail is asked
//! for, naming each guardrail by its option.

use rust_decimal::Decimal;

use super::diff_text::{signed, signed_money};
use crate::plan::Year;
use crate::render::{Headline, number};
use crate::report::diff::DiffReport;
use crate::report::threshold::Threshold;

/// The verdict, flagged when a failing guardrail trips.
pub fn headline(report: &DiffReport) -> Headline {
    Headline {
        text: verdict(report),
        alarm: report.verdict.failed(),
    }
}

/// "Cash flow +$205,000 (+2.22%) over 2025–2029", then how the change
/// stands against each guardrail asked for, led by PASS, WARNING or FAIL
/// and naming every guardrail by its option.
pub fn verdict(report: &DiffReport) -> String {
    let Some((first, last)) = report.common else {
        let ((a, b), (c, d)) = (report.old_horizon, report.new_horizon);
        return format!(
            "{}The plans share no year (old {a}–{b}, new {c}–{d}): no totals compared",
            status(report).map(|s| format!("{s}: ")).unwrap_or_default()
        );
    };
    let mut span = format!("{first}–{last}");
    if report.horizons_differ() {
        span.push_str(", the years both plans cover");
    }
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
    let clauses = total_clauses(report);
    if !clauses.is_empty() {
        line.push_str(&format!(": {}", clauses.join(", ")));
    }
    if let Some(clause) = tax_clause(report) {
        line.push_str(&format!("; {clause}"));
    }
    match status(report) {
        Some(status) => format!("{status}: {line}"),
        None => line,
    }
}

/// FAIL, WARNING or PASS when any guardrail was asked for.
fn status(report: &DiffReport) -> Option<&'static str> {
    let g = &report.guardrails;
    let any = g.warn_increase.is_some() || g.max_increase.is_some() || g.max_tax_increase.is_some();
    let v = &report.verdict;
    any.then_some(if v.failed() {
        "FAIL"
    } else if v.warned {
        "WARNING"
    } else {
        "PASS"
    })
}

/// "EXCEEDS the +$15,000 limit (--max-increase)", "within the +1% warning level (--warn-increase)".
fn total_clauses(report: &DiffReport) -> Vec<String> {
    let (g, v) = (&report.guardrails, &report.verdict);
    let mut clauses = Vec::new();
    if let Some(limit) = g.max_increase {
        let word = if v.exceeded { "EXCEEDS" } else { "within" };
        clauses.push(format!(
            "{word} the {} limit (--max-increase)",
            limit_text(limit, &report.currency)
        ));
    }
    if let Some(limit) = g.warn_increase {
        let word = if v.warned { "above" } else { "within" };
        clauses.push(format!(
            "{word} the {} warning level (--warn-increase)",
            limit_text(limit, &report.currency)
        ));
    }
    clauses
}

/// "+$15,000" or "+5%".
fn limit_text(limit: Threshold, currency: &str) -> String {
    let text = match limit {
        Threshold::Amount(amount) => signed_money(amount, currency),
        Threshold::Percent(percent) => format!("{}%", number::plain(percent)),
    };
    format!("+{}", text.trim_start_matches('+'))
}

/// The tax impact against --max-tax-increase, naming the year.
fn tax_clause(report: &DiffReport) -> Option<String> {
    let limit = report.guardrails.max_tax_increase?;
    let limit = format!("+{}-point limit (--max-tax-increase)", number::plain(limit));
    let points = |growth: Decimal| signed(number::fixed(growth, 4), growth);
    let tripped = &report.verdict.tax_exceeded;
    if let Some((year, growth)) = report.verdict.worst_tax_year() {
        let more = match tripped.len() {
            1 => String::new(),
            2 => " (and 1 more year)".to_string(),
            n => format!(" (and {} more years)", n - 1),
        };
        return Some(format!(
            "tax impact {} points in {year}{more}: EXCEEDS the {limit}",
            points(growth)
        ));
    }
    let largest = largest_tax_growth(report);
    Some(match largest {
        Some((year, growth)) if growth > Decimal::ZERO => format!(
            "tax impact at most {} points ({year}): within the {limit}",
            points(growth)
        ),
        _ => format!("tax impact grows in no year: within the {limit}"),
    })
}

/// The shared year whose tax impact grows most (the first on ties).
fn largest_tax_growth(report: &DiffReport) -> Option<(Year, Decimal)> {
    let rows = report.tax_impact.as_deref()?;
    report
        .years
        .iter()
        .zip(rows)
        .filter_map(|(y, c)| Some((*y, c.delta?)))
        .reduce(|best, next| if next.1 > best.1 { next } else { best })
}
