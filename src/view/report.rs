//! The council report: every report the page shows, with the grids the
//! other formats print, ready for the HTML page.

use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::plan::{Plan, Start, Status};
use crate::render::Grid;
use crate::render::html::{MAX_ROADMAP_BARS, Page, RoadmapBar, report_page};
use crate::report::budget::{BudgetOptions, BudgetReport, budget};
use crate::report::capacity::{CapacityReport, capacity};
use crate::report::check::{CheckReport, check};
use crate::report::group::GroupBy;
use crate::source::SourceFile;

use super::budget::budget_grid;
use super::capacity::capacity_grid;
use super::check::check_grid;

pub struct ReportView {
    budget: BudgetReport,
    capacity: Option<CapacityReport>,
    check: CheckReport,
    roadmap: Vec<RoadmapBar>,
    roadmap_omitted: usize,
    budget_grid: Grid,
    capacity_grid: Option<Grid>,
    check_grid: Grid,
}

impl ReportView {
    /// Computes every report of the page: the whole horizon by theme, with
    /// the levy when the plan has one, capacity when it has a table.
    pub fn new(plan: &Plan, file: &SourceFile) -> Result<Self, Diagnostic> {
        let options = BudgetOptions {
            levy: plan.levy.is_some(),
            by: Some(GroupBy::Theme),
            from: None,
            to: None,
        };
        let budget = budget(plan, &options)?;
        let capacity = match &plan.capacity {
            Some(_) => Some(capacity(plan, None)?),
            None => None,
        };
        let check = check(plan)?;
        let (roadmap, roadmap_omitted) = roadmap(plan);
        Ok(ReportView {
            budget_grid: budget_grid(&budget),
            capacity_grid: capacity
                .as_ref()
                .map(|c| capacity_grid(c, crate::cli::Period::Quarter, false)),
            check_grid: check_grid(&check, file),
            budget,
            capacity,
            check,
            roadmap,
            roadmap_omitted,
        })
    }

    /// The page, dated `generated` (e.g. "2025-03-01").
    pub fn html(&self, generated: &str) -> Result<String, Error> {
        report_page(&Page {
            budget: &self.budget,
            capacity: self.capacity.as_ref(),
            check: &self.check,
            roadmap: &self.roadmap,
            roadmap_omitted: self.roadmap_omitted,
            budget_grid: &self.budget_grid,
            capacity_grid: self.capacity_grid.as_ref(),
            check_grid: &self.check_grid,
            generated,
            version: env!("CARGO_PKG_VERSION"),
        })
    }
}

/// Scheduled initiatives as roadmap bars, at most [`MAX_ROADMAP_BARS`],
/// and how many more there are.
fn roadmap(plan: &Plan) -> (Vec<RoadmapBar>, usize) {
    let scheduled = plan.initiatives.iter().filter_map(|initiative| {
        let (start, end) = (initiative.start_year?, initiative.end_year?);
        Some(RoadmapBar {
            theme: initiative.theme.clone(),
            id: initiative.id.clone(),
            name: initiative.name.clone(),
            start,
            end,
            ongoing: initiative.start == Start::Ongoing || initiative.status == Status::Ongoing,
        })
    });
    let mut bars: Vec<RoadmapBar> = Vec::new();
    let mut omitted = 0;
    for bar in scheduled {
        if bars.len() < MAX_ROADMAP_BARS {
            bars.push(bar);
        } else {
            omitted += 1;
        }
    }
    (bars, omitted)
}
