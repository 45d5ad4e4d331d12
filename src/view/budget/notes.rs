//! The lines under the budget table: what is unscheduled or uncosted, and
//! what the columns cover.

use super::cells::span;
use crate::report::budget::BudgetReport;
use crate::view::budget_funding::{funding_notes, tax_impact_note};

pub(super) fn notes(report: &BudgetReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.unscheduled.is_empty() {
        notes.push(format!(
            "Unscheduled (start \"tbd\", in no total): {}",
            report.unscheduled.join(", ")
        ));
    }
    let (shown, outside) = uncosted(report);
    let years = span(&report.years);
    if !shown.is_empty() {
        notes.push(format!(
            "Uncosted in {years} (an amount is \"tbd\", left out of the totals, marked + tbd): {}",
            shown.join(", ")
        ));
    }
    if !outside.is_empty() {
        notes.push(format!(
            "Uncosted outside {years} (a \"tbd\" amount in other years only, in no total shown): {}",
            outside.join(", ")
        ));
    }
    notes.push(format!(
        "One-time and recurring inputs are the plan's amounts, whatever their years; the year columns and the total cover {years}."
    ));
    notes.extend(funding_notes(report));
    if report.levy.is_some() {
        notes.push(tax_impact_note(report));
    }
    notes
}

/// The uncosted initiatives with a "tbd" amount in the shown years (the
/// ones the totals' counts speak of), and those whose "tbd" falls only in
/// other years. Unscheduled initiatives are listed as such instead.
fn uncosted(report: &BudgetReport) -> (Vec<&str>, Vec<&str>) {
    let shown: Vec<&str> = report
        .initiatives
        .iter()
        .filter(|row| !row.tbd_years.is_empty())
        .map(|row| row.id.as_str())
        .collect();
    let unscheduled: std::collections::HashSet<&str> =
        report.unscheduled.iter().map(String::as_str).collect();
    let listed: std::collections::HashSet<&str> = shown.iter().copied().collect();
    let outside = report
        .uncosted
        .iter()
        .map(String::as_str)
        .filter(|id| !listed.contains(id) && !unscheduled.contains(id))
        .collect();
    (shown, outside)
}
