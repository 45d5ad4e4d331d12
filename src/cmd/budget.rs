//! `itplan budget`: the finance analyst's multi-year cash flow.

use super::{Context, Outcome, invalid, load_plan};
use crate::cli::BudgetArgs;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{ColorChoice, Output};
use crate::plan::Plan;
use crate::render::{Format, write_grid, write_json};
use crate::report::budget::{BudgetOptions, budget};
use crate::view::budget::{budget_grid, budget_json};

pub fn run(args: &BudgetArgs, color: ColorChoice, context: &Context) -> Result<Outcome, Error> {
    let loaded = load_plan(&args.plan, context)?;
    let plan = &loaded.plan;
    check_window(plan, args.from, args.to)?;
    if args.levy && plan.levy.is_none() {
        return Err(invalid(
            &loaded,
            Diagnostic::error(None, "--levy needs a [levy] table, and this plan has none").help(
                "add [levy] with base_year, base and growth (or by_year), or run without --levy",
            ),
        ));
    }
    let options = BudgetOptions {
        levy: args.levy,
        by: args.by,
        from: args.from,
        to: args.to,
    };
    let report = budget(plan, &options).map_err(|d| invalid(&loaded, d))?;
    let output = Output {
        path: args.output.output.clone(),
        color,
    };
    output.write(|out, color| match args.output.format {
        Format::Json => write_json(&budget_json(&report), out),
        format => write_grid(&budget_grid(&report), format, color, out),
    })?;
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
