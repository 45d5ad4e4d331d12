//! `itplan capacity`: the IT director's staff capacity against project
//! demand (the 455 model), with what-if hires.

pub(crate) mod what_if;

use super::{Context, Outcome, invalid, scenario};
use crate::diagnostic::Diagnostic;
use crate::output::Settings;
use crate::report::capacity::capacity;
use crate::report::period::Period;
use crate::view::capacity::CapacityView;

/// What `itplan capacity` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub period: Period,
    pub detail: bool,
    /// `FTE[@YEAR]`, as typed.
    pub hire: Vec<String>,
    /// A percent, as typed.
    pub operational: Option<String>,
    /// `--defer ID@YEAR` and `--drop ID`, as typed.
    pub defer: Vec<String>,
    pub drop: Vec<String>,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    // Bad flags are reported before the plan is read.
    let hires = what_if::parse_hires(&options.hire)?;
    let operational = what_if::parse_operational(options.operational.as_deref())?;
    let changes = scenario::parse(&options.defer, &options.drop)?;
    let loaded = context.load_plan(&options.plan)?;
    let plan = scenario::changed(&loaded, &changes, context)?;
    let Some(cap) = plan.capacity.as_ref() else {
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
        )
        .into());
    };
    let what_if = what_if::resolve(hires, operational, cap)?;
    let report = capacity(&plan, what_if.as_ref()).map_err(|d| invalid(&loaded, d))?;
    let view = CapacityView {
        report: &report,
        plan: &plan,
        loaded: &loaded,
        period: options.period,
        detail: options.detail,
    };
    scenario::emit_changed(&view, &changes, &options.output, context)?;
    Ok(Outcome::Success)
}
