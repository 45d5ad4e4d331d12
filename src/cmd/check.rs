//! `itplan check`: validate a plan and reconcile every figure a report printed.

use super::{Context, Outcome, invalid};
use crate::cli::CheckArgs;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{ColorChoice, Output};
use crate::plan::load;
use crate::render::{Format, write_grid, write_json};
use crate::report::check::check;
use crate::source::SourceFile;
use crate::view::check::{check_grid, check_json};

pub fn run(args: &CheckArgs, color: ColorChoice, _context: &Context) -> Result<Outcome, Error> {
    // The loader's warnings go into the report with check's own, rather
    // than to standard error: the report is where a reviewer reads them.
    let loaded = load(SourceFile::read(&args.plan)?)?;
    let mut report = check(&loaded.plan).map_err(|d| invalid(&loaded, d))?;
    report.warnings = merged(&loaded.warnings, report.warnings);
    let output = Output {
        path: args.output.output.clone(),
        color,
    };
    let file = &loaded.file;
    output.write(|out, color| match args.output.format {
        Format::Json => write_json(&check_json(&report, file), out),
        format => write_grid(&check_grid(&report, file), format, color, out),
    })?;
    let failed = report.mismatches() > 0 || (args.strict && !report.warnings.is_empty());
    Ok(if failed {
        Outcome::ProblemFound
    } else {
        Outcome::Success
    })
}

/// Located warnings in file order, then the plan-wide ones.
fn merged(loader: &[Diagnostic], checked: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut all: Vec<Diagnostic> = loader.iter().cloned().chain(checked).collect();
    all.sort_by_key(|w| (w.span.is_none(), w.span.as_ref().map_or(0, |s| s.start)));
    all
}
