//! Views: reports shaped for the output formats.

pub mod budget;
pub mod capacity;
pub mod capacity_json;
pub mod check;
pub mod diff;
pub mod diff_costs;
pub mod diff_csv;
pub mod diff_json;
pub mod diff_markdown;
pub mod diff_tables;
pub mod diff_text;
pub mod diff_verdict;
pub mod json;

/// " — City of Belleville" after a plan's name, or nothing.
pub fn by(organization: Option<&str>) -> String {
    organization.map(|o| format!(" — {o}")).unwrap_or_default()
}
