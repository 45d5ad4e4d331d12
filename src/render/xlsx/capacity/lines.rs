//! The capacity sheet's lines, one per source: the staff each team and
//! each added hire brings, and the demand of each entry and initiative.

use rust_decimal::Decimal;

use super::{CapacitySheet, Line};
use crate::plan::TeamOperational;
use crate::render::xlsx::capacity_cells::YEARS;
use crate::render::xlsx::capacity_sources::{Staff, effort_initiatives};
use crate::render::xlsx::sheet::{cell, fixed_col, input};
use crate::report::effort::add_effort;

impl CapacitySheet<'_> {
    /// Teams and added staff: their hours (A), or their operational hours (B).
    pub(super) fn staff_lines(&self, staff: &[Staff], operational: bool) -> Vec<Line> {
        let h = input(&self.inputs.h);
        let years = self.report.years.len();
        let cap = self.plan.capacity.as_ref();
        let teams = cap.map_or(&[][..], |c| &c.teams[..]);
        let mut lines = Vec::new();
        for (team, &r) in teams.iter().zip(&self.inputs.teams) {
            let at = |col| input(&fixed_col(r, col));
            let (fte, hours, share) = (at(1), at(2), at(3));
            let capacity = team.fte.checked_mul(self.h).unwrap_or_default();
            let value = match (operational, team.operational) {
                (false, _) => capacity,
                (true, TeamOperational::HoursPerQuarter(hours)) => hours,
                (true, TeamOperational::Share(share)) => {
                    capacity.checked_mul(share).unwrap_or_default()
                }
            };
            let text = if operational {
                format!("=IF(ISNUMBER({hours}),{hours},{fte}*{h}*{share})")
            } else {
                format!("={fte}*{h}")
            };
            lines.push(Line {
                label: team.name.clone(),
                formula: Box::new(move |_, _| text.clone()),
                values: vec![value; years],
            });
        }
        for (added, &r) in staff.iter().zip(&self.inputs.staff) {
            let at = |col| input(&fixed_col(r, col));
            let (from, through, fte, share) = (at(2), at(3), at(4), at(5));
            let hours = added.fte.checked_mul(self.h).unwrap_or_default();
            let hours = if operational {
                hours.checked_mul(added.share).unwrap_or_default()
            } else {
                hours
            };
            let active = added
                .start
                .map_or(0..0, |s| self.window.offsets(s, added.through));
            let values = (0..years)
                .map(|j| {
                    if active.contains(&j) {
                        hours
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect();
            let amount = if operational {
                format!("{fte}*{h}*{share}")
            } else {
                format!("{fte}*{h}")
            };
            lines.push(Line {
                label: format!("{}: {}", added.id, added.name),
                formula: Box::new(move |_, year| {
                    format!("=IF(AND(ISNUMBER({from}),{year}>={from},OR({through}=\"\",{year}<={through})),{amount},0)")
                }),
                values,
            });
        }
        lines
    }

    /// Demand entries and initiatives' effort, hours per quarter.
    pub(super) fn demand_lines(&self) -> Vec<Line> {
        let mut lines = Vec::new();
        let cap = self.plan.capacity.as_ref();
        let demand = cap.map_or(&[][..], |c| &c.demand[..]);
        for (entry, &r) in demand.iter().zip(&self.inputs.demand) {
            let values = self
                .report
                .years
                .iter()
                .map(|y| {
                    entry
                        .hours_per_quarter
                        .iter()
                        .find(|(year, _)| year == y)
                        .map_or(Decimal::ZERO, |(_, h)| *h)
                })
                .collect();
            lines.push(Line {
                label: entry.name.clone(),
                formula: Box::new(move |j, _| format!("={}", input(&cell(r, YEARS + j)))),
                values,
            });
        }
        for (initiative, &r) in effort_initiatives(self.plan).zip(&self.inputs.effort) {
            let mut values = vec![Decimal::ZERO; self.window.len];
            // Overflow was ruled out when the report was computed.
            let _ = add_effort(initiative, &self.window, &mut values);
            let at = |col| input(&fixed_col(r, col));
            let (start, end, total) = (at(2), at(3), at(4));
            lines.push(Line {
                label: format!("{}: {}", initiative.id, initiative.name),
                formula: Box::new(move |j, year| {
                    let by_year = input(&cell(r, YEARS + j));
                    format!(
                        "=IF(ISNUMBER({start}),IF(AND({year}>={start},{year}<={end}),{total}/(({end}-{start}+1)*4),0)+{by_year}/4,0)"
                    )
                }),
                values,
            });
        }
        lines
    }
}
