//! Rows A and B of the capacity table: staff hours, and the part of them
//! lost to operations and time out of office.

use rust_decimal::Decimal;

use super::effort::{Window, staffed};
use crate::diagnostic::Diagnostic;
use crate::plan::{Capacity, Initiative, Team, TeamOperational, Year};

/// What-if staff: `fte` more people from `from` on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hire {
    pub fte: Decimal,
    pub from: Year,
}

/// Staff added on the command line rather than in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIf {
    pub hires: Vec<Hire>,
    /// Share of the hires' time lost to operations (0.2 for 20%).
    pub operational: Decimal,
}

/// A and B per capacity year, in hours per quarter.
#[derive(Debug, Clone, PartialEq)]
pub struct Supply {
    pub capacity: Vec<Decimal>,
    pub operational: Vec<Decimal>,
}

/// Teams, staffing initiatives and what-if hires, year by year.
pub fn supply(
    cap: &Capacity,
    initiatives: &[Initiative],
    what_if: Option<&WhatIf>,
    window: &Window,
) -> Result<Supply, Diagnostic> {
    let h = cap.hours_per_fte_quarter;
    // Teams are the same every year: sum them once, then fill.
    let (mut a, mut b) = (Decimal::ZERO, Decimal::ZERO);
    for team in &cap.teams {
        let (ta, tb) = team_hours(team, h).ok_or_else(|| overflow(Some(team.span.clone())))?;
        (a, b) = add_pair((a, b), (ta, tb)).ok_or_else(|| overflow(Some(cap.span.clone())))?;
    }
    let mut supply = Supply {
        capacity: vec![a; window.len],
        operational: vec![b; window.len],
    };
    for initiative in initiatives.iter().filter(|i| !i.adds_fte.is_zero()) {
        add_staff(
            &mut supply,
            staffed(initiative, window),
            initiative.adds_fte,
            initiative.operational,
            h,
        )
        .ok_or_else(|| overflow(Some(initiative.span.clone())))?;
    }
    if let Some(what_if) = what_if {
        for hire in &what_if.hires {
            let years = window.offsets(hire.from, None);
            add_staff(&mut supply, years, hire.fte, what_if.operational, h)
                .ok_or_else(|| overflow(None))?;
        }
    }
    Ok(supply)
}

/// A team's capacity and operational hours per quarter.
fn team_hours(team: &Team, h: Decimal) -> Option<(Decimal, Decimal)> {
    let capacity = team.fte.checked_mul(h)?;
    let operational = match team.operational {
        TeamOperational::HoursPerQuarter(hours) => hours,
        TeamOperational::Share(share) => capacity.checked_mul(share)?,
    };
    Some((capacity, operational))
}

/// Adds `fte` staff with an operational `share` in the years at `offsets`.
fn add_staff(
    supply: &mut Supply,
    offsets: std::ops::Range<usize>,
    fte: Decimal,
    share: Decimal,
    h: Decimal,
) -> Option<()> {
    let capacity = fte.checked_mul(h)?;
    let added = (capacity, capacity.checked_mul(share)?);
    for j in offsets {
        let sum = add_pair((supply.capacity[j], supply.operational[j]), added)?;
        (supply.capacity[j], supply.operational[j]) = sum;
    }
    Some(())
}

fn add_pair(a: (Decimal, Decimal), b: (Decimal, Decimal)) -> Option<(Decimal, Decimal)> {
    Some((a.0.checked_add(b.0)?, a.1.checked_add(b.1)?))
}

fn overflow(span: Option<std::ops::Range<usize>>) -> Diagnostic {
    let what = if span.is_some() {
        "arithmetic overflow in the staff hours"
    } else {
        "arithmetic overflow in the staff hours of --hire"
    };
    Diagnostic::error(span, what)
        .label("FTE × hours per FTE grows past the largest number itplan can hold")
        .help("check `fte`, `adds_fte` and `hours_per_fte_quarter`")
}
