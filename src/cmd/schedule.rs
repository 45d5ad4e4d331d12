//! `itplan schedule`: the plan levelled to the staff it has (the annual IT
//! workplan), with what-if hires, the tax impact, and the levelled plan
//! written back as TOML.

mod write_plan;

use std::path::PathBuf;

use super::capacity::what_if::HireFlags;
use super::scenario::{self, ChangeFlags};
use super::{Context, Outcome, invalid, needs};
use crate::error::Error;
use crate::output::{Settings, write_file};
use crate::report::schedule::schedule;
use crate::source::SourceFile;
use crate::view::schedule::ScheduleView;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub hiring: HireFlags,
    pub levy: bool,
    pub write_plan: Option<PathBuf>,
    pub changes: ChangeFlags,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    // Bad flags are reported before the plan is read.
    let changes = options.changes.parse()?;
    let hiring = options.hiring.parse()?;
    let scenario = scenario::load(&options.plan, &changes, context)?;
    let (loaded, plan) = (&scenario.loaded, scenario.plan());
    let cap = needs::capacity(
        plan,
        loaded,
        "level against",
        "add [capacity] with a [[capacity.team]] (name, fte, operational) and the \
         initiatives' effort_hours",
    )?;
    if options.levy {
        needs::levy(plan, loaded)?;
    }
    let what_if = hiring.resolve(cap)?;
    let report = schedule(plan, what_if.as_ref(), options.levy).map_err(|d| invalid(loaded, d))?;
    if let Some(path) = &options.write_plan {
        let text = write_plan::levelled_text(&loaded.file.text, &loaded.plan, &report.levelled)
            .map_err(Error::usage)?;
        // The written plan must read back as a valid plan.
        crate::plan::load(SourceFile::new(path.display().to_string(), text.clone())).map_err(
            |error| {
                Error::usage(format!(
                    "the levelled plan would not be valid, so {} was not written: {error}",
                    path.display()
                ))
            },
        )?;
        write_file(path, |out| {
            out.write_all(text.as_bytes()).map_err(Into::into)
        })?;
    }
    let view = ScheduleView {
        report: &report,
        path: &options.plan,
    };
    scenario::emit_changed(&view, &changes, &options.output, context)?;
    Ok(Outcome::Success)
}
