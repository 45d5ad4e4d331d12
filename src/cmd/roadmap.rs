//! `itplan roadmap`: the plan by year, as a master plan draws it.

use super::scenario::{self, ChangeFlags};
use super::{Context, Outcome, invalid};
use crate::output::Settings;
use crate::report::group::GroupBy;
use crate::report::roadmap::roadmap;
use crate::view::roadmap::RoadmapView;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub by: Option<GroupBy>,
    pub changes: ChangeFlags,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    let changes = options.changes.parse()?;
    let scenario = scenario::load(&options.plan, &changes, context)?;
    let report = roadmap(scenario.plan(), options.by).map_err(|d| invalid(&scenario.loaded, d))?;
    scenario::emit_changed(&RoadmapView(&report), &changes, &options.output, context)?;
    Ok(Outcome::Success)
}
