//! The council report: one self-contained HTML page (inline CSS and
//! SVG, nothing fetched) with the headline figures, four charts and the
//! tables, built from the same reports and grids as every other format.

mod chart;
mod headline;
mod page;
mod sign;
mod style;
mod table;

pub use chart::Bar as RoadmapBar;
pub use chart::MAX_BARS as MAX_ROADMAP_BARS;

use crate::error::Error;
use crate::render::grid::Grid;
use crate::report::budget::BudgetReport;
use crate::report::capacity::CapacityReport;
use crate::report::check::CheckReport;

/// Everything the page shows, computed beforehand.
pub struct Page<'a> {
    /// The whole horizon, grouped by theme, with the levy rows when the plan has a levy.
    pub budget: &'a BudgetReport,
    pub capacity: Option<&'a CapacityReport>,
    pub check: &'a CheckReport,
    /// Scheduled initiatives, at most [`MAX_ROADMAP_BARS`].
    pub roadmap: &'a [RoadmapBar],
    /// Scheduled initiatives left off the roadmap chart.
    pub roadmap_omitted: usize,
    pub budget_grid: &'a Grid,
    pub capacity_grid: Option<&'a Grid>,
    pub check_grid: &'a Grid,
    /// The generation date, e.g. "2025-03-01".
    pub generated: &'a str,
    pub version: &'a str,
}

/// The page as HTML text.
pub fn report_page(page: &Page) -> Result<String, Error> {
    page::render(page)
}
