//! `itplan capacity`: the IT director's staff capacity against project
//! demand (the 455 model), with what-if hires.

mod what_if;

use super::{Context, Outcome, invalid, load_plan};
use crate::cli::CapacityArgs;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{ColorChoice, Output};
use crate::render::{Format, write_grid, write_json};
use crate::report::capacity::capacity;
use crate::view::capacity::capacity_grid;
use crate::view::capacity_json::capacity_json;

pub fn run(args: &CapacityArgs, color: ColorChoice, context: &Context) -> Result<Outcome, Error> {
    // Bad flags are reported before the plan is read.
    let hires = what_if::parse_hires(&args.hire)?;
    let operational = what_if::parse_operational(args.operational.as_deref())?;
    let loaded = load_plan(&args.plan, context)?;
    let Some(cap) = loaded.plan.capacity.as_ref() else {
        return Err(invalid(
            &loaded,
            Diagnostic::error(
                None,
                "this plan has no [capacity] table, so there is no staff capacity to compare",
            )
            .help(
                "add [capacity] with a [[capacity.team]] (name, fte, operational) and \
                 [[capacity.demand]] entries or initiatives' effort_hours",
            ),
        ));
    };
    let what_if = what_if::resolve(hires, operational, cap)?;
    let report = capacity(&loaded.plan, what_if.as_ref()).map_err(|d| invalid(&loaded, d))?;
    let output = Output {
        path: args.output.output.clone(),
        color,
    };
    output.write(|out, color| match args.output.format {
        Format::Json => write_json(&capacity_json(&report, args.period, args.detail), out),
        format => write_grid(
            &capacity_grid(&report, args.period, args.detail),
            format,
            color,
            out,
        ),
    })?;
    Ok(Outcome::Success)
}
