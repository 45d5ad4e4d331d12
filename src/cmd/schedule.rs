//! `itplan schedule`: the plan levelled to the staff it has (the annual IT
//! workplan), with what-if hires, the tax impact, and the levelled plan
//! written back as TOML.

mod write_plan;

use std::path::PathBuf;

use super::capacity::what_if as hiring;
use super::{Context, Outcome, invalid, scenario};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{Settings, write_file};
use crate::report::schedule::schedule;
use crate::source::SourceFile;
use crate::view::schedule::ScheduleView;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    /// `FTE[@YEAR]`, as typed.
    pub hire: Vec<String>,
    pub operational: Option<String>,
    pub levy: bool,
    pub write_plan: Option<PathBuf>,
    pub defer: Vec<String>,
    pub drop: Vec<String>,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    // Bad flags are reported before the plan is read.
    let changes = scenario::parse(&options.defer, &options.drop)?;
    let hires = hiring::parse_hires(&options.hire)?;
    let operational = hiring::parse_operational(options.operational.as_deref())?;
    let loaded = context.load_plan(&options.plan)?;
    let plan = scenario::changed(&loaded, &changes, context)?;
    let Some(cap) = plan.capacity.as_ref() else {
        return Err(invalid(
            &loaded,
            Diagnostic::error(
                None,
                "this plan has no [capacity] table, so there is no staff capacity to level against",
            )
            .help(
                "add [capacity] with a [[capacity.team]] (name, fte, operational) and the \
                 initiatives' effort_hours",
            ),
        )
        .into());
    };
    if options.levy && plan.levy.is_none() {
        return Err(invalid(
            &loaded,
            Diagnostic::error(None, "--levy needs a [levy] table, and this plan has none").help(
                "add [levy] with base_year, base and growth (or by_year), or run without --levy",
            ),
        )
        .into());
    }
    let what_if = hiring::resolve(hires, operational, cap)?;
    let report =
        schedule(&plan, what_if.as_ref(), options.levy).map_err(|d| invalid(&loaded, d))?;
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
