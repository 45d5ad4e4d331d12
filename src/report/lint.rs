//! What `check` warns about: things that are valid but that a reviewer of
//! the plan would want to see before the figures are published.

use rust_decimal::Decimal;

use crate::diagnostic::Diagnostic;
use crate::plan::{Effort, Initiative, Measure, OneTime, Plan, Start, Year};

/// Every warning about the plan, located ones in file order, then the
/// plan-wide lists.
pub fn lint(plan: &Plan) -> Vec<Diagnostic> {
    let mut warnings: Vec<Diagnostic> = Vec::new();
    for initiative in &plan.initiatives {
        initiative_warnings(plan, initiative, &mut warnings);
    }
    for stated in &plan.stated {
        if stated.measure == Measure::TaxImpact && !stated.tolerance.is_zero() {
            warnings.push(Diagnostic::warning(
                Some(stated.span.clone()),
                "`tolerance` does not apply to a tax_impact figure: it is compared at the decimals written",
            ));
        }
        if let Some(year) = stated.year.filter(|y| !in_horizon(plan, *y)) {
            warnings.push(
                Diagnostic::warning(
                    Some(stated.span.clone()),
                    format!(
                        "a stated {} figure for {year} lies outside the horizon {}, where nothing is computed",
                        stated.measure.as_str(),
                        horizon(plan)
                    ),
                ),
            );
        }
    }
    warnings.extend(super::level_deps::dependency_warnings(plan));
    warnings.sort_by_key(|w| w.span.as_ref().map_or(0, |s| s.start));
    warnings.extend(plan_wide(plan));
    warnings
}

fn in_horizon(plan: &Plan, year: Year) -> bool {
    (plan.first_year..=plan.last_year).contains(&year)
}

fn horizon(plan: &Plan) -> String {
    format!("{}–{}", plan.first_year, plan.last_year)
}

fn initiative_warnings(plan: &Plan, initiative: &Initiative, out: &mut Vec<Diagnostic>) {
    let mut messages = schedule_warnings(plan, initiative);
    messages.extend(recurring_warnings(plan, initiative));
    let id = &initiative.id;
    if plan.capacity.is_none() && needs_capacity(initiative) {
        messages.push(format!(
            "`{id}` gives {}, but the plan has no [capacity] section to count it in",
            capacity_fields(initiative)
        ));
    }
    if is_empty(initiative) {
        messages.push(format!(
            "`{id}` costs nothing and needs no effort: no report counts it"
        ));
    }
    out.extend(
        messages
            .into_iter()
            .map(|m| Diagnostic::warning(Some(initiative.span.clone()), m)),
    );
}

/// Years that fall outside the horizon or outside the initiative's own work.
/// (Effort outside the work years is warned of by the plan reader, at the figure.)
fn schedule_warnings(plan: &Plan, initiative: &Initiative) -> Vec<String> {
    let id = &initiative.id;
    let mut out = Vec::new();
    if let Start::Year(start) = initiative.start
        && !in_horizon(plan, start)
    {
        out.push(format!(
            "`{id}` starts in {start}, outside the horizon {}: amounts outside it are in no total",
            horizon(plan)
        ));
    }
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        return out;
    };
    let work = start..=end;
    if let OneTime::Phased(phases) = &initiative.one_time {
        for (year, _) in phases.iter().filter(|(y, _)| !work.contains(y)) {
            out.push(format!(
                "`{id}` has a one_time amount in {year}, outside its work years {start}–{end}"
            ));
        }
        for (year, _) in phases.iter().filter(|(y, _)| !in_horizon(plan, *y)) {
            out.push(format!(
                "`{id}` has a one_time amount in {year}, outside the horizon {}: it is in no total",
                horizon(plan)
            ));
        }
    }
    if let Some(from) = initiative.recurring_start.filter(|from| *from < start) {
        out.push(format!(
            "`{id}`: recurring_start {from} is before the start {start}, so the cost runs before the work begins"
        ));
    }
    out
}

/// Recurring payments that fall outside the horizon: a `recurring_start`
/// after it (the whole cost and its new-recurring figure vanish), a
/// `recurring_end` past it or before it. An initiative that starts after
/// the horizon is already flagged as a whole.
fn recurring_warnings(plan: &Plan, initiative: &Initiative) -> Vec<String> {
    let id = &initiative.id;
    let mut out = Vec::new();
    let (Some(start), Some(from)) = (initiative.start_year, initiative.recurring_from()) else {
        return out;
    };
    if initiative.recurring.known() == Some(Decimal::ZERO) || start > plan.last_year {
        return out;
    }
    let last = plan.last_year;
    if from > last {
        out.push(format!(
            "`{id}` starts paying its recurring cost in {from}, after the horizon {}: the recurring cost and its new-recurring figure are in no total",
            horizon(plan)
        ));
        return out;
    }
    match initiative.recurring_end {
        Some(end) if end > last => {
            let past = if end == last + 1 {
                format!("the payment in {end} is")
            } else {
                format!("the payments in {}–{end} are", last + 1)
            };
            out.push(format!(
                "`{id}` pays its recurring cost through {end}, past the horizon {}: {past} in no total",
                horizon(plan)
            ));
        }
        Some(end) if end < plan.first_year => out.push(format!(
            "`{id}` stops paying its recurring cost in {end}, before the horizon {}: it is in no total",
            horizon(plan)
        )),
        _ => {}
    }
    out
}

/// "effort_hours", "adds_fte" or both, as the initiative gives them.
fn capacity_fields(initiative: &Initiative) -> &'static str {
    match (has_effort(initiative), initiative.adds_fte.is_zero()) {
        (true, true) => "effort_hours",
        (true, false) => "effort_hours and adds_fte",
        _ => "adds_fte",
    }
}

fn has_effort(initiative: &Initiative) -> bool {
    match &initiative.effort_hours {
        Effort::Total(total) => !total.is_zero(),
        Effort::ByYear(hours) => hours.iter().any(|(_, h)| !h.is_zero()),
    }
}

fn needs_capacity(initiative: &Initiative) -> bool {
    has_effort(initiative) || !initiative.adds_fte.is_zero()
}

/// Zero everywhere: no money (not even "tbd"), no effort, no staff.
fn is_empty(initiative: &Initiative) -> bool {
    let zero = |amount: crate::plan::Amount| amount.known() == Some(Decimal::ZERO);
    initiative.one_time_amounts().all(|(_, a)| zero(a))
        && zero(initiative.recurring)
        && !needs_capacity(initiative)
}

/// Lists by id: they concern no single place in the file.
fn plan_wide(plan: &Plan) -> Vec<Diagnostic> {
    let ids = |keep: fn(&Initiative) -> bool| -> Vec<&str> {
        plan.initiatives
            .iter()
            .filter(|i| keep(i))
            .map(|i| i.id.as_str())
            .collect()
    };
    let mut out = Vec::new();
    let unscheduled = ids(Initiative::is_unscheduled);
    if !unscheduled.is_empty() {
        out.push(Diagnostic::warning(
            None,
            format!(
                "{} unscheduled (start \"tbd\", in no total): {}",
                count(unscheduled.len()),
                unscheduled.join(", ")
            ),
        ));
    }
    let uncosted = ids(Initiative::is_uncosted);
    if !uncosted.is_empty() {
        out.push(Diagnostic::warning(
            None,
            format!(
                "{} uncosted (an amount is \"tbd\", left out of the totals): {}",
                count(uncosted.len()),
                uncosted.join(", ")
            ),
        ));
    }
    out
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 initiative is".into()
    } else {
        format!("{n} initiatives are")
    }
}
