//! `itplan capacity`: the IT director's staff capacity against project
//! demand (the 455 model), with what-if hires.

pub(crate) mod what_if;

use super::scenario::{self, ChangeFlags};
use super::{Context, Outcome, invalid, needs};
use crate::output::Settings;
use crate::report::capacity::capacity;
use crate::report::period::Period;
use crate::view::capacity::CapacityView;
use what_if::HireFlags;

/// What `itplan capacity` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub period: Period,
    pub detail: bool,
    pub hiring: HireFlags,
    pub changes: ChangeFlags,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    // Bad flags are reported before the plan is read.
    let hiring = options.hiring.parse()?;
    let changes = options.changes.parse()?;
    let scenario = scenario::load(&options.plan, &changes, context)?;
    let (loaded, plan) = (&scenario.loaded, scenario.plan());
    let cap = needs::capacity(
        plan,
        loaded,
        "compare",
        "add [capacity] with a [[capacity.team]] (name, fte, operational) and \
         [[capacity.demand]] entries or initiatives' effort_hours",
    )?;
    let what_if = hiring.resolve(cap)?;
    let report = capacity(plan, what_if.as_ref()).map_err(|d| invalid(loaded, d))?;
    let view = CapacityView {
        report: &report,
        plan,
        loaded,
        period: options.period,
        detail: options.detail,
    };
    scenario::emit_changed(&view, &changes, &options.output, context)?;
    Ok(Outcome::Success)
}
