//! `itplan diff`: what changed between two versions of a plan, for review.

use std::io::{self, Write};

use super::{Context, Outcome, invalid, print_warnings};
use crate::cli::DiffArgs;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::git::read_source;
use crate::output::{ColorChoice, Output};
use crate::plan::{Loaded, load};
use crate::render::{Format, Grid, write_grid, write_json};
use crate::report::diff::{DiffReport, Figures, diff, figures};
use crate::report::threshold::Threshold;
use crate::view::diff::diff_grids;
use crate::view::diff_csv::diff_csv_grid;
use crate::view::diff_json::diff_json;
use crate::view::diff_markdown::write_diff_markdown;

pub fn run(args: &DiffArgs, color: ColorChoice, context: &Context) -> Result<Outcome, Error> {
    let max_increase = args.max_increase.as_deref().map(threshold).transpose()?;
    if args.old == "-" && args.new == "-" {
        return Err(Error::usage(
            "OLD and NEW cannot both be - (standard input can be read once)",
        ));
    }
    let old = load_side(&args.old, context)?;
    let new = load_side(&args.new, context)?;
    if args.levy {
        needs_levy(&old, "old")?;
        needs_levy(&new, "new")?;
    }
    let old_figures = side_figures(&old, args.levy)?;
    let new_figures = side_figures(&new, args.levy)?;
    let report = diff(
        (&old.plan, &old_figures),
        (&new.plan, &new_figures),
        max_increase,
    )
    .map_err(|d| invalid(&new, d))?;
    let names = (old.file.name.as_str(), new.file.name.as_str());
    let output = Output {
        path: args.output.output.clone(),
        color,
    };
    output.write(|out, color| match args.output.format {
        Format::Json => write_json(&diff_json(&report, names), out),
        Format::Markdown => write_diff_markdown(&report, names, out),
        Format::Csv => write_grid(&diff_csv_grid(&report), Format::Csv, color, out),
        Format::Table => write_tables(&diff_grids(&report, names), color, out),
    })?;
    Ok(outcome(&report, args.exit_code))
}

/// 1 over the threshold; with --exit-code, 1 on any difference.
fn outcome(report: &DiffReport, exit_code: bool) -> Outcome {
    if report.exceeded || (exit_code && report.differs()) {
        Outcome::ProblemFound
    } else {
        Outcome::Success
    }
}

fn threshold(text: &str) -> Result<Threshold, Error> {
    Threshold::parse(text).ok_or_else(|| {
        Error::usage_with_help(
            format!("--max-increase \"{text}\" is neither an amount nor a percent"),
            "write an amount such as 250000 or a percent of the old total such as 5%",
        )
    })
}

fn load_side(arg: &str, context: &Context) -> Result<Loaded, Error> {
    let loaded = load(read_source(arg)?)?;
    print_warnings(&loaded.file, &loaded.warnings, context);
    Ok(loaded)
}

fn needs_levy(loaded: &Loaded, side: &str) -> Result<(), Error> {
    if loaded.plan.levy.is_some() {
        return Ok(());
    }
    Err(invalid(
        loaded,
        Diagnostic::error(
            None,
            format!("--levy needs a [levy] table in both plans, and the {side} plan has none"),
        )
        .help("add [levy] with base_year, base and growth (or by_year), or run without --levy"),
    ))
}

fn side_figures(loaded: &Loaded, levy: bool) -> Result<Figures, Error> {
    figures(&loaded.plan, levy).map_err(|d| invalid(loaded, d))
}

fn write_tables(grids: &[Grid], color: bool, out: &mut dyn Write) -> io::Result<()> {
    for (i, grid) in grids.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_grid(grid, Format::Table, color, out)?;
    }
    Ok(())
}
