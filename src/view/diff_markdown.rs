//! `itplan diff --format markdown`: a pull-request comment. The verdict
//! and the yearly change come first; long detail is folded away.

use super::diff_costs::{costs_grid, costs_title};
use super::diff_funding::levy_requirement_grid;
use super::diff_tables::{Unit, fields_grid, shared_years_grid, year_changes_grid};
use super::diff_text::{capacity_note, horizon_note, span};
use super::diff_verdict::headline;
use crate::render::Grid;
use crate::report::diff::{CapacityDiff, DiffReport};

/// Above this many initiatives the cost table is folded too.
const VISIBLE_ENTRIES: usize = 10;

pub fn diff_markdown_grids(report: &DiffReport, (old, new): (&str, &str)) -> Vec<Grid> {
    let years = &report.years;
    let mut cash_flow = shared_years_grid(
        report,
        "Cash flow",
        &report.cash_flow,
        Some(&report.cash_flow_total),
        Unit::Money,
    );
    cash_flow.title = vec![
        format!("itplan diff: {}", report.plan),
        format!("Comparing {old} → {new}."),
    ];
    cash_flow.title.extend(horizon_note(report));
    cash_flow.title.extend(capacity_note(report));
    cash_flow.headline = Some(headline(report));
    let mut grids = vec![cash_flow];
    grids.extend(levy_requirement_grid(report));
    grids.extend(changes(report));
    let mut recurring = shared_years_grid(
        report,
        "New recurring",
        &report.new_recurring,
        Some(&report.new_recurring_total),
        Unit::Money,
    );
    recurring.fold = Some(format!("New recurring cost by year, {}", span(years)));
    grids.push(recurring);
    if let CapacityDiff::Both(rows) = &report.capacity {
        let mut grid = year_changes_grid("", rows.iter().map(|(y, c)| (*y, c)), Unit::Hours, None);
        grid.fold = Some("Capacity surplus (hours per quarter)".into());
        grids.push(grid);
    }
    if let Some(rows) = &report.tax_impact {
        let mut grid = shared_years_grid(report, "", rows, None, Unit::Percent);
        grid.fold = Some("Tax impact (% of levy)".into());
        grids.push(grid);
    }
    grids
}

/// The cost of each added, removed and changed initiative (folded when
/// long), any [plan] change, then the field-level detail folded.
fn changes(report: &DiffReport) -> Vec<Grid> {
    let changes = &report.changes;
    if changes.is_empty() {
        let list = Grid {
            notes: vec!["No initiative changed.".into()],
            ..Grid::default()
        };
        return vec![list];
    }
    let mut grids = Vec::new();
    if !report.costs.is_empty() {
        let mut costs = costs_grid(report);
        if report.costs.len() > VISIBLE_ENTRIES {
            costs.title.clear();
            costs.fold = Some(costs_title(report));
        }
        grids.push(costs);
    }
    if !changes.plan.is_empty() {
        let fields: Vec<&str> = changes.plan.iter().map(|f| f.field).collect();
        grids.push(Grid {
            notes: vec![format!("Plan settings changed: {}", fields.join(", "))],
            ..Grid::default()
        });
    }
    let mut fields = fields_grid(changes);
    if !fields.rows.is_empty() {
        fields.fold = Some(format!("Field changes ({})", fields.rows.len()));
        grids.push(fields);
    }
    grids
}
