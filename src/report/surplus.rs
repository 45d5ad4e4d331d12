//! The capacity surplus (row E of the 455 model) per capacity year, for
//! `diff`. Self-contained on purpose: it needs only E, exactly, not the
//! capacity report's rows.

use rust_decimal::Decimal;

use crate::plan::{Capacity, Effort, Initiative, Plan, TeamOperational, Year};

/// E = C − D for each capacity year; None when the plan has no [capacity]
/// or on arithmetic overflow.
pub fn surplus_by_year(plan: &Plan) -> Option<Vec<(Year, Decimal)>> {
    let capacity = plan.capacity.as_ref()?;
    (capacity.first_year..=capacity.last_year)
        .map(|year| Some((year, surplus(plan, capacity, year)?)))
        .collect()
}

fn surplus(plan: &Plan, capacity: &Capacity, year: Year) -> Option<Decimal> {
    let h = capacity.hours_per_fte_quarter;
    let mut available = Decimal::ZERO;
    for team in &capacity.teams {
        let hours = team.fte.checked_mul(h)?;
        let operational = match team.operational {
            TeamOperational::HoursPerQuarter(given) => given,
            TeamOperational::Share(share) => hours.checked_mul(share)?,
        };
        available = available.checked_add(hours.checked_sub(operational)?)?;
    }
    let mut demand = Decimal::ZERO;
    for entry in &capacity.demand {
        if let Some((_, hours)) = entry.hours_per_quarter.iter().find(|(y, _)| *y == year) {
            demand = demand.checked_add(*hours)?;
        }
    }
    for initiative in &plan.initiatives {
        if adds_staff_in(initiative, year) {
            // The added FTE's hours, less their operational share.
            let hours = initiative.adds_fte.checked_mul(h)?;
            let kept = hours.checked_mul(Decimal::ONE.checked_sub(initiative.operational)?)?;
            available = available.checked_add(kept)?;
        }
        let quarterly = effort_in(initiative, year)?.checked_div(Decimal::from(4))?;
        demand = demand.checked_add(quarterly)?;
    }
    available.checked_sub(demand)
}

/// adds_fte counts from `start` while the recurring cost runs.
fn adds_staff_in(initiative: &Initiative, year: Year) -> bool {
    let Some(start) = initiative.start_year else {
        return false;
    };
    !initiative.adds_fte.is_zero()
        && start <= year
        && initiative.recurring_end.is_none_or(|end| year <= end)
}

/// The initiative's effort hours in `year`: a total spread evenly over
/// start..=end, or the table's entry.
fn effort_in(initiative: &Initiative, year: Year) -> Option<Decimal> {
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        return Some(Decimal::ZERO);
    };
    match &initiative.effort_hours {
        Effort::Total(total) if (start..=end).contains(&year) && !total.is_zero() => {
            total.checked_div(Decimal::from(end - start + 1))
        }
        Effort::Total(_) => Some(Decimal::ZERO),
        Effort::ByYear(hours) => Some(
            hours
                .iter()
                .find(|(y, _)| *y == year)
                .map_or(Decimal::ZERO, |(_, h)| *h),
        ),
    }
}
