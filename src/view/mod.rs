//! Views: reports shaped for the output formats.

pub mod budget;
pub mod budget_funding;
pub mod capacity;
pub mod capacity_json;
pub mod check;
pub mod check_json;
mod check_lines;
pub mod debt_schedule;
pub mod diff;
pub mod diff_costs;
pub mod diff_csv;
pub mod diff_funding;
pub mod diff_json;
pub mod diff_markdown;
pub mod diff_tables;
pub mod diff_text;
pub mod diff_verdict;
pub mod json;
pub mod priorities;
pub mod report;
pub mod roadmap;
pub mod schedule;
pub mod schedule_json;
pub mod schedule_tables;
pub mod what_if;

/// " — City of Belleville" after a plan's name, or nothing.
pub fn by(organization: Option<&str>) -> String {
    organization.map(|o| format!(" — {o}")).unwrap_or_default()
}

/// "2026, 2027": years in a sentence.
pub fn years_text(years: &[crate::plan::Year]) -> String {
    let years: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    years.join(", ")
}
