//! `itplan check`: validate a plan and reconcile every figure a report printed.

use super::{Context, Outcome, invalid};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{Settings, emit};
use crate::plan::{Loaded, load};
use crate::report::check::{CheckReport, check};
use crate::view::check::CheckView;

/// What `itplan check` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub plan: String,
    pub strict: bool,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    // The loader's warnings go into the report with check's own, rather
    // than to standard error: the report is where a reviewer reads them.
    let loaded = load(context.read(&options.plan)?)?;
    let report = checked(&loaded)?;
    let view = CheckView {
        report: &report,
        file: &loaded.file,
    };
    emit(&view, &options.output, context.io)?;
    let failed = report.mismatches() > 0 || (options.strict && !report.warnings.is_empty());
    Ok(if failed {
        Outcome::ProblemFound
    } else {
        Outcome::Success
    })
}

/// The reconciliation with every warning, the loader's and check's own,
/// as `itplan check` reports it (`itplan report` shows the same).
pub(super) fn checked(loaded: &Loaded) -> Result<CheckReport, Error> {
    let mut report = check(&loaded.plan).map_err(|d| invalid(loaded, d))?;
    report.warnings = merged(&loaded.warnings, report.warnings);
    Ok(report)
}

/// Located warnings in file order, then the plan-wide ones.
fn merged(loader: &[Diagnostic], checked: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut all: Vec<Diagnostic> = loader.iter().cloned().chain(checked).collect();
    all.sort_by_key(|w| (w.span.is_none(), w.span.as_ref().map_or(0, |s| s.start)));
    all
}
