//! The levy requirement in `itplan diff`: what taxation must raise, old and
//! new, when either plan names funding.

use super::diff_tables::{Unit, year_changes_grid};
use crate::render::Grid;
use crate::report::diff::DiffReport;

/// The levy requirement by year with its total, or None when neither plan
/// names funding (then it is the cash flow, shown already).
pub fn levy_requirement_grid(report: &DiffReport) -> Option<Grid> {
    let rows = report.levy_requirement.as_deref()?;
    let mut grid = year_changes_grid(
        "Levy requirement",
        report.years.iter().copied().zip(rows),
        Unit::Money,
        report.levy_requirement_total.as_ref(),
    );
    grid.title = vec![format!(
        "Levy requirement ({}; the levy's share of spending + debt service)",
        report.currency
    )];
    Some(grid)
}
