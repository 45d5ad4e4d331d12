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
use crate::plan::Plan;
use crate::render::Grid;
use crate::render::html::{MAX_ROADMAP_BARS, Page, RoadmapBar, report_page};
use crate::report::budget::{BudgetOptions, BudgetReport, budget};
use crate::report::capacity::{CapacityReport, capacity};
use crate::report::check::CheckReport;
use crate::report::group::GroupBy;
use crate::report::period::Period;
use crate::report::roadmap::{RoadmapReport, roadmap};
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
    /// the levy when the plan has one, capacity when it has a table; `check`
    /// is the reconciliation as `itplan check` reports it.
    pub fn new(
        plan: &Plan,
        file: &'a SourceFile,
        check: CheckReport,
        generated: String,
    ) -> Result<Self, Diagnostic> {
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
        let (roadmap, roadmap_omitted) = roadmap_bars(&roadmap(plan, Some(GroupBy::Theme))?);
        Ok(ReportView {
            file,
            budget: budget(plan, &options)?,
            capacity,
            check,
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

/// The roadmap's scheduled rows as bars, theme by theme, at most
/// [`MAX_ROADMAP_BARS`], and how many more there are.
fn roadmap_bars(report: &RoadmapReport) -> (Vec<RoadmapBar>, usize) {
    let in_groups: Vec<usize> = match &report.groups {
        Some(groups) => groups.iter().flat_map(|g| g.rows.iter().copied()).collect(),
        None => (0..report.rows.len()).collect(),
    };
    let scheduled = in_groups.into_iter().filter_map(|i| {
        let row = report.rows.get(i)?;
        Some(RoadmapBar {
            theme: row.group.clone(),
            id: row.id.clone(),
            name: row.name.clone(),
            start: row.start?,
            end: row.end?,
            ongoing: row.ongoing,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::load;

    /// The page's roadmap is the seed's "5.1.2 Roadmap by Theme": each
    /// initiative over its years, ongoing work apart, the unscheduled left off.
    #[test]
    fn belleville_roadmap_is_the_seeds_roadmap_by_theme() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/plans/belleville-2024.toml"
        ))
        .expect("shipped plan");
        let plan = match load(SourceFile::new("belleville-2024.toml", text)) {
            Ok(loaded) => loaded.plan,
            Err(error) => panic!("{}", error.render(false)),
        };
        let report = roadmap(&plan, Some(GroupBy::Theme)).expect("computes");
        let (bars, omitted) = roadmap_bars(&report);
        assert_eq!(omitted, 0);
        let bar = |id: &str| {
            let bar = bars
                .iter()
                .find(|b| b.id == id)
                .unwrap_or_else(|| panic!("{id} on the roadmap"));
            (
                bar.theme.as_deref().unwrap_or(""),
                bar.start,
                bar.end,
                bar.ongoing,
            )
        };
        let partner = "IT As a Business Partner";
        let resiliency = "IT Service & Performance Resiliency";
        let workforce = "Enabling the Modern Workforce";
        assert_eq!(bar("BP-2"), (partner, 2025, 2025, false));
        assert_eq!(bar("BP-4"), (partner, 2026, 2026, false));
        assert_eq!(bar("SPR-1.2.1-NET"), (resiliency, 2024, 2028, false));
        assert_eq!(bar("SPR-1.2.2"), (resiliency, 2024, 2028, false));
        assert_eq!(bar("SPR-2"), (resiliency, 2024, 2025, false));
        assert_eq!(bar("SPR-1.2.1-SQL"), (resiliency, 2025, 2029, true));
        assert_eq!(bar("MW1.4"), (workforce, 2025, 2026, false));
        assert_eq!(bar("MW1.7"), (workforce, 2024, 2025, false));
        assert_eq!(bar("MW1.6"), (workforce, 2025, 2029, true));
        assert!(bars.iter().all(|b| b.id != "MW1.6.1"), "NG911: start tbd");
        // Theme by theme, in the order the plan first names them.
        let mut themes: Vec<&str> = Vec::new();
        for bar in &bars {
            let theme = bar.theme.as_deref().unwrap_or("");
            if themes.last() != Some(&theme) {
                assert!(!themes.contains(&theme), "{theme} split");
                themes.push(theme);
            }
        }
        assert_eq!(themes[..3], [partner, resiliency, workforce]);
        assert_eq!(
            bars.len() + report.unscheduled.len(),
            plan.initiatives.len()
        );
    }
}
