//! The council report: every report the page shows, with the grids the
//! other formats print. As HTML it is the page; as a table, CSV, JSON or
//! Markdown it is the page's tables.

use std::io::{self, Write};

use serde_json::json;

use super::budget::{budget_grid, budget_json};
use super::capacity::capacity_grid;
use super::capacity_json::capacity_json;
use super::check::{check_grid, check_json};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{Render, write_json};
use crate::plan::{Plan, Start, Status};
use crate::render::Grid;
use crate::render::html::{MAX_ROADMAP_BARS, Page, RoadmapBar, report_page};
use crate::report::budget::{BudgetOptions, BudgetReport, budget};
use crate::report::capacity::{CapacityReport, capacity};
use crate::report::check::{CheckReport, check};
use crate::report::group::GroupBy;
use crate::report::period::Period;
use crate::source::SourceFile;

/// `itplan report` for the output seam.
pub struct ReportView<'a> {
    file: &'a SourceFile,
    budget: BudgetReport,
    capacity: Option<CapacityReport>,
    check: CheckReport,
    roadmap: Vec<RoadmapBar>,
    roadmap_omitted: usize,
    /// The generation date shown on the page, e.g. "2025-03-01".
    generated: String,
}

impl<'a> ReportView<'a> {
    /// Computes every report of the page: the whole horizon by theme, with
    /// the levy when the plan has one, capacity when it has a table.
    pub fn new(plan: &Plan, file: &'a SourceFile, generated: String) -> Result<Self, Diagnostic> {
        let options = BudgetOptions {
            levy: plan.levy.is_some(),
            by: Some(GroupBy::Theme),
            from: None,
            to: None,
        };
        let capacity = match &plan.capacity {
            Some(_) => Some(capacity(plan, None)?),
            None => None,
        };
        let (roadmap, roadmap_omitted) = roadmap(plan);
        Ok(ReportView {
            file,
            budget: budget(plan, &options)?,
            capacity,
            check: check(plan)?,
            roadmap,
            roadmap_omitted,
            generated,
        })
    }

    fn capacity_grid(&self) -> Option<Grid> {
        self.capacity
            .as_ref()
            .map(|c| capacity_grid(c, Period::Quarter, false))
    }
}

impl Render for ReportView<'_> {
    fn command(&self) -> &'static str {
        "report"
    }

    fn grids(&self) -> Vec<Grid> {
        let mut grids = vec![budget_grid(&self.budget)];
        grids.extend(self.capacity_grid());
        grids.push(check_grid(&self.check, self.file));
        grids
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        let capacity = self
            .capacity
            .as_ref()
            .map(|c| capacity_json(c, Period::Quarter, false));
        let all = json!({
            "budget": budget_json(&self.budget),
            "capacity": capacity,
            "check": check_json(&self.check, self.file),
        });
        write_json(&all, out)
    }

    fn html(&self) -> Option<Result<String, Error>> {
        let capacity_grid = self.capacity_grid();
        Some(report_page(&Page {
            budget: &self.budget,
            capacity: self.capacity.as_ref(),
            check: &self.check,
            roadmap: &self.roadmap,
            roadmap_omitted: self.roadmap_omitted,
            budget_grid: &budget_grid(&self.budget),
            capacity_grid: capacity_grid.as_ref(),
            check_grid: &check_grid(&self.check, self.file),
            generated: &self.generated,
            version: env!("CARGO_PKG_VERSION"),
        }))
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
