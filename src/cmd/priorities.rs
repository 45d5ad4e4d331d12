//! `itplan priorities`: the initiatives in the order the workplan takes them.

use super::{Context, Outcome, invalid};
use crate::diagnostic::Diagnostic;
use crate::output::{Settings, emit};
use crate::report::priority::priorities;
use crate::view::priorities::PrioritiesView;

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    let loaded = context.load_plan(&options.plan)?;
    let report = priorities(&loaded.plan).ok_or_else(|| {
        invalid(
            &loaded,
            Diagnostic::error(
                None,
                "arithmetic overflow adding up an initiative's amounts",
            ),
        )
    })?;
    emit(&PrioritiesView(&report), &options.output, context.io)?;
    Ok(Outcome::Success)
}
