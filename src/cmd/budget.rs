//! `itplan budget`: the finance analyst's multi-year cash flow.

use super::scenario::{self, ChangeFlags};
use super::{Context, Outcome, invalid, needs};
use crate::error::Error;
use crate::output::Settings;
use crate::plan::{Plan, Year};
use crate::report::budget::{BudgetOptions, budget};
use crate::report::group::GroupBy;
use crate::view::budget::BudgetView;
use crate::view::debt_schedule::DebtScheduleView;

/// What `itplan budget` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub levy: bool,
    pub by: Option<GroupBy>,
    pub from: Option<Year>,
    pub to: Option<Year>,
    /// Show the loans instead of the budget.
    pub debt_schedule: bool,
    pub changes: ChangeFlags,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    let changes = options.changes.parse()?;
    let scenario = scenario::load(&options.plan, &changes, context)?;
    let (loaded, plan) = (&scenario.loaded, scenario.plan());
    check_window(plan, options.from, options.to)?;
    if options.levy {
        needs::levy(plan, loaded)?;
    }
    let budget_options = BudgetOptions {
        levy: options.levy,
        by: options.by,
        from: options.from,
        to: options.to,
    };
    let report = budget(plan, &budget_options).map_err(|d| invalid(loaded, d))?;
    if options.debt_schedule {
        scenario::emit_changed(
            &DebtScheduleView(&report),
            &changes,
            &options.output,
            context,
        )?;
    } else {
        scenario::emit_changed(
            &BudgetView(&report, plan, loaded),
            &changes,
            &options.output,
            context,
        )?;
    }
    Ok(Outcome::Success)
}

/// `--from`/`--to` must lie in the horizon, in order.
pub fn check_window(plan: &Plan, from: Option<i32>, to: Option<i32>) -> Result<(), Error> {
    let horizon = plan.first_year..=plan.last_year;
    for (flag, year) in [("--from", from), ("--to", to)] {
        if let Some(year) = year.filter(|y| !horizon.contains(y)) {
            return Err(Error::usage_with_help(
                format!(
                    "{flag} {year} is outside the plan's horizon {}–{}",
                    plan.first_year, plan.last_year
                ),
                format!(
                    "choose a year from {} to {}",
                    plan.first_year, plan.last_year
                ),
            ));
        }
    }
    if let (Some(from), Some(to)) = (from, to)
        && to < from
    {
        return Err(Error::usage(format!("--to {to} is before --from {from}")));
    }
    Ok(())
}
