//! Who adds staff and who needs it: the rows the capacity workbook lists
//! besides the teams and the demand entries.

use std::ops::Range;

use rust_decimal::Decimal;

use crate::plan::{Effort, Initiative, Plan, Year};
use crate::report::capacity::WhatIf;

/// Staff added from a year on: an initiative's `adds_fte` or a what-if hire.
pub struct Staff {
    pub id: String,
    pub name: String,
    /// None: unscheduled.
    pub start: Option<Year>,
    pub through: Option<Year>,
    pub fte: Decimal,
    pub share: Decimal,
    pub span: Option<Range<usize>>,
}

impl Staff {
    pub fn all(plan: &Plan, what_if: Option<&WhatIf>) -> Vec<Staff> {
        let initiatives = plan.initiatives.iter().filter(|i| !i.adds_fte.is_zero());
        let mut staff: Vec<Staff> = initiatives
            .map(|i| Staff {
                id: i.id.clone(),
                name: i.name.clone(),
                start: i.start_year,
                through: i.recurring_end,
                fte: i.adds_fte,
                share: i.operational,
                span: Some(i.span.clone()),
            })
            .collect();
        if let Some(what_if) = what_if {
            staff.extend(what_if.hires.iter().map(|hire| Staff {
                id: "--hire".into(),
                name: format!(
                    "What-if hire of {} FTE from {}",
                    hire.fte.normalize(),
                    hire.from
                ),
                start: Some(hire.from),
                through: None,
                fte: hire.fte,
                share: what_if.operational,
                span: None,
            }));
        }
        staff
    }
}

/// Initiatives whose effort puts demand on IT staff.
pub fn effort_initiatives(plan: &Plan) -> impl Iterator<Item = &Initiative> {
    plan.initiatives.iter().filter(|i| match &i.effort_hours {
        Effort::Total(total) => !total.is_zero(),
        Effort::ByYear(table) => table.iter().any(|(_, h)| !h.is_zero()),
    })
}
