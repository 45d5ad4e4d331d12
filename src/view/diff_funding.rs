//! The levy requirement in `itplan diff`: what taxation must raise, old and
//! new, when either plan names funding.

use super::diff_tables::{Unit, shared_years_grid};
use crate::render::Grid;
use crate::report::diff::DiffReport;

/// The levy requirement by year with its total, or None when neither plan
/// names funding (then it is the cash flow, shown already).
pub fn levy_requirement_grid(report: &DiffReport) -> Option<Grid> {
    let rows = report.levy_requirement.as_deref()?;
    // The total counts the shared years, as the cash flow's does.
    let mut grid = shared_years_grid(
        report,
        "Levy requirement",
        rows,
        report.levy_requirement_total.as_ref(),
        Unit::Money,
    );
    grid.title = vec![format!(
        "Levy requirement ({}; the levy's share of spending + debt service)",
        report.currency
    )];
    Some(grid)
}
