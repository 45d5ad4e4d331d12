//! `itplan diff`: what changed between two versions of a plan, for review.

use super::{Context, Outcome, invalid, needs};
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::output::{Settings, emit};
use crate::plan::{Loaded, load};
use crate::report::diff::{DiffReport, Figures, diff_with, figures};
use crate::report::guardrail::Guardrails;
use crate::report::threshold::{Threshold, parse_points};
use crate::view::diff::DiffView;

/// What `itplan diff` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub old: String,
    pub new: String,
    /// An amount or a percent, as typed.
    pub max_increase: Option<String>,
    /// An amount or a percent, as typed: a warning only.
    pub warn_increase: Option<String>,
    /// Percentage points of levy, as typed.
    pub max_tax_increase: Option<String>,
    pub exit_code: bool,
    pub levy: bool,
    pub output: Settings,
}

pub fn run(options: &Options, context: &mut Context) -> anyhow::Result<Outcome> {
    let guardrails = guardrails(options)?;
    if options.old == "-" && options.new == "-" {
        return Err(
            Error::usage("OLD and NEW cannot both be - (standard input can be read once)").into(),
        );
    }
    let old = load_side(&options.old, context)?;
    let new = load_side(&options.new, context)?;
    if options.levy {
        needs_levy(&old, "old")?;
        needs_levy(&new, "new")?;
    }
    let old_figures = side_figures(&old, options.levy)?;
    let new_figures = side_figures(&new, options.levy)?;
    let report = diff_with(
        (&old.plan, &old_figures),
        (&new.plan, &new_figures),
        &guardrails,
    )
    .map_err(|d| invalid(&new, d))?;
    let view = DiffView {
        report: &report,
        names: (old.file.name.as_str(), new.file.name.as_str()),
    };
    emit(&view, &options.output, context.io)?;
    Ok(outcome(&report, options.exit_code))
}

/// 1 past a failing guardrail; with --exit-code, 1 on any difference. A
/// tripped --warn-increase is said in the verdict and exits 0.
fn outcome(report: &DiffReport, exit_code: bool) -> Outcome {
    if report.verdict.failed() || (exit_code && report.differs()) {
        Outcome::ProblemFound
    } else {
        Outcome::Success
    }
}

fn guardrails(options: &Options) -> Result<Guardrails, Error> {
    let threshold = |option: &str, text: Option<&str>| {
        text.map(|text| {
            Threshold::parse(text).ok_or_else(|| {
                Error::usage_with_help(
                    format!("{option} \"{text}\" is neither an amount nor a percent"),
                    "write an amount such as 250000 or a percent of the old total such as 5%",
                )
            })
        })
        .transpose()
    };
    let points = options
        .max_tax_increase
        .as_deref()
        .map(|text| {
            parse_points(text).ok_or_else(|| {
                Error::usage_with_help(
                    format!("--max-tax-increase \"{text}\" is not a number of percentage points"),
                    "write the points of levy a year's tax impact may grow by, such as 0.15 (from 1.20% to 1.35%)",
                )
            })
        })
        .transpose()?;
    Ok(Guardrails {
        warn_increase: threshold("--warn-increase", options.warn_increase.as_deref())?,
        max_increase: threshold("--max-increase", options.max_increase.as_deref())?,
        max_tax_increase: points,
    })
}

fn load_side(arg: &str, context: &mut Context) -> Result<Loaded, Error> {
    let loaded = load(context.read_revision(arg)?)?;
    context.print_warnings(&loaded.file, &loaded.warnings);
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
        .help(needs::LEVY_HELP),
    ))
}

fn side_figures(loaded: &Loaded, levy: bool) -> Result<Figures, Error> {
    figures(&loaded.plan, levy).map_err(|d| invalid(loaded, d))
}
