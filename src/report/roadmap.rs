//! The roadmap by year, as a master plan draws it: one row per initiative,
//! a bar over its work years, a mark where money is spent.

use std::collections::HashMap;

use super::cash_flow::cash_flow;
use super::group::GroupBy;
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Start, Status, Year};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapRow {
    pub id: String,
    pub name: String,
    pub theme: Option<String>,
    /// The group key when grouped.
    pub group: Option<String>,
    /// "ongoing" resolved to first_year; None when unscheduled.
    pub start: Option<Year>,
    pub end: Option<Year>,
    /// Started "ongoing" or with status "ongoing": drawn as such.
    pub ongoing: bool,
    /// `start = "ongoing"` as written.
    pub start_ongoing: bool,
    /// start..=end within the horizon.
    pub active_years: Vec<Year>,
    /// Horizon years with a non-zero or "tbd" amount.
    pub spend_years: Vec<Year>,
    /// Horizon years whose amount is "tbd".
    pub tbd_years: Vec<Year>,
}

/// Rows of one group, in plan order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapGroup {
    /// None for initiatives that give no value.
    pub name: Option<String>,
    pub rows: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapReport {
    pub plan: String,
    pub organization: Option<String>,
    pub years: Vec<Year>,
    pub rows: Vec<RoadmapRow>,
    pub by: Option<GroupBy>,
    pub groups: Option<Vec<RoadmapGroup>>,
    pub unscheduled: Vec<String>,
}

pub fn roadmap(plan: &Plan, by: Option<GroupBy>) -> Result<RoadmapReport, Diagnostic> {
    let flow = cash_flow(plan)?;
    let years: Vec<Year> = plan.years().collect();
    let rows: Vec<RoadmapRow> = plan
        .initiatives
        .iter()
        .enumerate()
        .map(|(i, initiative)| {
            let scheduled = !initiative.is_unscheduled();
            let active_years = match (initiative.start_year, initiative.end_year) {
                (Some(start), Some(end)) => {
                    (start.max(plan.first_year)..=end.min(plan.last_year)).collect()
                }
                _ => Vec::new(),
            };
            let tbd_years = if scheduled {
                flow.tbd_years[i].clone()
            } else {
                Vec::new()
            };
            let spend_years = years
                .iter()
                .zip(flow.row(i))
                .filter(|(year, amount)| !amount.is_zero() || tbd_years.contains(year))
                .map(|(year, _)| *year)
                .filter(|_| scheduled)
                .collect();
            RoadmapRow {
                id: initiative.id.clone(),
                name: initiative.name.clone(),
                theme: initiative.theme.clone(),
                group: by.and_then(|by| by.key(initiative)),
                start: initiative.start_year,
                end: initiative.end_year,
                ongoing: initiative.start == Start::Ongoing || initiative.status == Status::Ongoing,
                start_ongoing: initiative.start == Start::Ongoing,
                active_years,
                spend_years,
                tbd_years,
            }
        })
        .collect();
    let groups = by.map(|_| groups(&rows));
    Ok(RoadmapReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        years,
        unscheduled: plan.unscheduled_ids(),
        rows,
        by,
        groups,
    })
}

/// Groups in the order their first member appears; no value last.
fn groups(rows: &[RoadmapRow]) -> Vec<RoadmapGroup> {
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    let mut index: HashMap<Option<&str>, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let g = *index.entry(row.group.as_deref()).or_insert_with(|| {
            groups.push(RoadmapGroup {
                name: row.group.clone(),
                rows: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].rows.push(i);
    }
    groups.sort_by_key(|group| group.name.is_none());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::budget_tests::plan;

    #[test]
    fn bars_cover_the_work_and_marks_the_money_within_the_horizon() {
        let plan = plan(
            "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2028\n\
             [[initiative]]\nid = \"BP-1\"\nname = \"a\"\ntheme = \"T1\"\nstart = 2024\nend = 2025\none_time = { 2025 = 60_000 }\n\
             [[initiative]]\nid = \"R\"\nname = \"r\"\nstart = 2026\none_time = \"tbd\"\nrecurring = 5\nrecurring_start = 2027\n\
             [[initiative]]\nid = \"O\"\nname = \"o\"\ntheme = \"T1\"\nstart = \"ongoing\"\n\
             [[initiative]]\nid = \"U\"\nname = \"u\"\ntheme = \"T2\"\nstart = \"tbd\"\none_time = 5\n",
        );
        let report = roadmap(&plan, Some(GroupBy::Theme)).expect("computes");
        let got: Vec<_> = report
            .rows
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.start,
                    r.end,
                    r.ongoing,
                    r.active_years.clone(),
                    r.spend_years.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "BP-1",
                    Some(2024),
                    Some(2025),
                    false,
                    vec![2025],
                    vec![2025]
                ),
                (
                    "R",
                    Some(2026),
                    Some(2026),
                    false,
                    vec![2026],
                    vec![2026, 2027, 2028]
                ),
                (
                    "O",
                    Some(2025),
                    Some(2028),
                    true,
                    vec![2025, 2026, 2027, 2028],
                    vec![]
                ),
                ("U", None, None, false, vec![], vec![]),
            ]
        );
        let groups: Vec<_> = report
            .groups
            .expect("grouped")
            .into_iter()
            .map(|g| (g.name, g.rows))
            .collect();
        assert_eq!(
            groups,
            vec![
                (Some("T1".to_string()), vec![0, 2]),
                (Some("T2".to_string()), vec![3]),
                (None, vec![1])
            ]
        );
        assert_eq!(report.unscheduled, vec!["U"]);
    }
}
