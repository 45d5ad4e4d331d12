//! The command line: clap's definitions, turned into each command's options.
//! Nothing below this layer knows about clap.

use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::cmd::{self, Context, Outcome};
use crate::output::{ColorChoice, Format, Settings};
use crate::report::group::GroupBy;
use crate::report::period::Period;

#[derive(Debug, Parser)]
#[command(
    name = "itplan",
    version,
    about = "Exact budgets, staff capacity and plan reviews for municipal IT master plans",
    after_help = "Plans are TOML files; see the README for the format. Exit codes: 0 ok, 1 a problem you asked to find, 2 bad usage or input."
)]
pub struct Cli {
    /// When to colour the output: auto (a terminal, unless NO_COLOR is set), always (files too), never
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto",
          value_parser = choice(&ColorChoice::ALL, ColorChoice::name, |_| None))]
    pub color: ColorChoice,

    /// Fit tables to N columns (default: the terminal's width; piped output is not wrapped)
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,

    /// Print straight to the terminal instead of through $PAGER (default `less -FRX`)
    #[arg(long, global = true)]
    pub no_pager: bool,

    /// Do not print the plan's warnings (`itplan check PLAN` lists them all)
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Multi-year cash flow: one-time costs plus recurring costs carried forward
    Budget(BudgetArgs),
    /// IT staff capacity against project demand (the 455-hour model)
    Capacity(CapacityArgs),
    /// Validate a plan and reconcile the figures a report printed
    Check(CheckArgs),
    /// Compare two versions of a plan
    Diff(DiffArgs),
    /// Print the JSON Schema of the plan format, for editors (`#:schema` in a plan)
    Schema,
    /// The initiatives in priority order: rank, then urgency × importance
    Priorities(PrioritiesArgs),
    /// The roadmap by year: a bar over each initiative's work years, marks where money is spent
    Roadmap(RoadmapArgs),
    /// Level the plan to the staff capacity: what moves, why, and what it does to the budget
    Schedule(ScheduleArgs),
    /// The council report: one self-contained HTML page with charts and tables
    Report(ReportArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. itplan man > ~/.local/share/man/man1/itplan.1
    Man,
}

/// What-ifs that change the plan for one run, without editing the file.
#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// What-if: start initiative ID in YEAR, moving it whole (as levelling does); repeatable
    #[arg(long, value_name = "ID@YEAR")]
    pub defer: Vec<String>,

    /// What-if: leave initiative ID out; repeatable
    #[arg(long = "drop", value_name = "ID")]
    pub drop: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PrioritiesArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct RoadmapArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Group initiatives (theme, as a master plan's roadmap by theme)
    #[arg(long, value_name = "FIELD", value_parser = choice(&GroupBy::ALL, GroupBy::label, |_| None))]
    pub by: Option<GroupBy>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// What-if: add FTE staff from YEAR (default: the first capacity year); repeatable
    #[arg(long, value_name = "FTE[@YEAR]", allow_hyphen_values = true)]
    pub hire: Vec<String>,

    /// Operational share of hired staff, e.g. "20%" (default: 0%)
    #[arg(long, value_name = "PERCENT")]
    pub operational: Option<String>,

    /// Add the tax impact (% of levy) before and after levelling
    #[arg(long)]
    pub levy: bool,

    /// Write the levelled plan to FILE: the original with only the moved years changed
    #[arg(long, value_name = "FILE")]
    pub write_plan: Option<PathBuf>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format (default: from the -o file's extension, else table)
    #[arg(long, short = 'f', value_name = "FORMAT",
          value_parser = choice(&Format::ALL, Format::name, |f| Some(f.help())))]
    pub format: Option<Format>,

    /// Write to FILE instead of standard output (replaced only if the run succeeds);
    /// .csv, .json, .md, .xlsx and .html pick the format
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct BudgetArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Add the levy, the tax impact (% of levy) and the cost per household
    #[arg(long)]
    pub levy: bool,

    /// Group initiatives, with subtotals
    #[arg(long, value_name = "FIELD", value_parser = choice(&GroupBy::ALL, GroupBy::label, |_| None))]
    pub by: Option<GroupBy>,

    /// First year to show (default: the plan's first_year)
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,

    /// Last year to show (default: the plan's last_year)
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,

    /// List the loans the plan's debt funding takes out: principal, yearly payment, first and last year
    #[arg(long, conflicts_with_all = ["levy", "by", "from", "to"])]
    pub debt_schedule: bool,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "The report is an HTML page unless --format or the -o file's extension (.csv, .json, .md) asks for its tables alone. Without -o the page goes to standard output when that is a pipe or a file; on a terminal, give -o FILE.html."
)]
pub struct ReportArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct CapacityArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Show hours per quarter (the master plan's view) or per year
    #[arg(long, value_name = "PERIOD", default_value = "quarter",
          value_parser = choice(&Period::ALL, Period::name, |p| Some(period_help(p))))]
    pub period: Period,

    /// List the demand per initiative and per demand entry, largest first
    #[arg(long)]
    pub detail: bool,

    /// What-if: add FTE staff from YEAR (default: the first capacity year); repeatable
    #[arg(long, value_name = "FTE[@YEAR]", allow_hyphen_values = true)]
    pub hire: Vec<String>,

    /// Operational share of hired staff, e.g. "20%" (default: 0%)
    #[arg(long, value_name = "PERCENT", requires = "hire")]
    pub operational: Option<String>,

    #[command(flatten)]
    pub changes: ChangeArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Exit 1 on any warning too
    #[arg(long)]
    pub strict: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old plan: a file, -, or REV:path read from git
    pub old: String,

    /// The new plan: a file, -, or REV:path read from git
    pub new: String,

    /// Exit 1 when the cash flow over the shared years grows by more than AMOUNT or PERCENT (e.g. 250000 or 5%)
    #[arg(long, value_name = "AMOUNT|PERCENT")]
    pub max_increase: Option<String>,

    /// Warn (exit 0) when the cash flow over the shared years grows by more than AMOUNT or PERCENT
    #[arg(long, value_name = "AMOUNT|PERCENT")]
    pub warn_increase: Option<String>,

    /// Exit 1 when any year's tax impact grows by more than POINTS percentage points of levy (e.g. 0.15); needs --levy
    #[arg(long, value_name = "POINTS", requires = "levy")]
    pub max_tax_increase: Option<String>,

    /// Exit 1 when the plans differ at all (like git diff --exit-code)
    #[arg(long)]
    pub exit_code: bool,

    /// Include the change in tax-levy impact
    #[arg(long)]
    pub levy: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

fn period_help(period: Period) -> &'static str {
    match period {
        Period::Quarter => "average hours per quarter, as in a master plan's capacity table",
        Period::Year => "hours per year (quarter × 4); FTE rows stay in FTE",
    }
}

/// A parser for one of a fixed set of named values.
fn choice<T: Copy + Send + Sync + 'static>(
    values: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> Option<&'static str>,
) -> impl TypedValueParser<Value = T> {
    let possible = values.iter().map(move |v| {
        let value = PossibleValue::new(name(*v));
        match help(*v) {
            Some(text) => value.help(text),
            None => value,
        }
    });
    PossibleValuesParser::new(possible).try_map(move |text: String| {
        values
            .iter()
            .copied()
            .find(|v| name(*v) == text)
            .ok_or_else(|| format!("unknown value `{text}`"))
    })
}

impl Cli {
    fn settings(&self, output: &OutputArgs) -> Settings {
        Settings {
            format: output.format,
            output: output.output.clone(),
            color: self.color,
            width: self.width.map(usize::from),
            pager: !self.no_pager,
        }
    }

    /// Runs the command the line names.
    pub fn run(&self, context: &mut Context) -> anyhow::Result<Outcome> {
        match &self.command {
            Command::Budget(a) => cmd::budget::run(
                &cmd::budget::Options {
                    plan: a.plan.clone(),
                    levy: a.levy,
                    by: a.by,
                    from: a.from,
                    to: a.to,
                    debt_schedule: a.debt_schedule,
                    defer: a.changes.defer.clone(),
                    drop: a.changes.drop.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Capacity(a) => cmd::capacity::run(
                &cmd::capacity::Options {
                    plan: a.plan.clone(),
                    period: a.period,
                    detail: a.detail,
                    hire: a.hire.clone(),
                    operational: a.operational.clone(),
                    defer: a.changes.defer.clone(),
                    drop: a.changes.drop.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Check(a) => cmd::check::run(
                &cmd::check::Options {
                    plan: a.plan.clone(),
                    strict: a.strict,
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Completions { shell } => {
                // Generated whole first: the generator panics on a closed pipe.
                let mut script = Vec::new();
                clap_complete::generate(*shell, &mut Cli::command(), "itplan", &mut script);
                context.io.stdout.write_all(&script)?;
                context.io.stdout.flush()?;
                Ok(Outcome::Success)
            }
            Command::Man => {
                clap_mangen::Man::new(Cli::command()).render(&mut context.io.stdout)?;
                context.io.stdout.flush()?;
                Ok(Outcome::Success)
            }
            Command::Diff(a) => cmd::diff::run(
                &cmd::diff::Options {
                    old: a.old.clone(),
                    new: a.new.clone(),
                    max_increase: a.max_increase.clone(),
                    warn_increase: a.warn_increase.clone(),
                    max_tax_increase: a.max_tax_increase.clone(),
                    exit_code: a.exit_code,
                    levy: a.levy,
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Schema => cmd::schema::run(context),
            Command::Priorities(a) => cmd::priorities::run(
                &cmd::priorities::Options {
                    plan: a.plan.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Roadmap(a) => cmd::roadmap::run(
                &cmd::roadmap::Options {
                    plan: a.plan.clone(),
                    by: a.by,
                    defer: a.changes.defer.clone(),
                    drop: a.changes.drop.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Schedule(a) => cmd::schedule::run(
                &cmd::schedule::Options {
                    plan: a.plan.clone(),
                    hire: a.hire.clone(),
                    operational: a.operational.clone(),
                    levy: a.levy,
                    write_plan: a.write_plan.clone(),
                    defer: a.changes.defer.clone(),
                    drop: a.changes.drop.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
            Command::Report(a) => cmd::report::run(
                &cmd::report::Options {
                    plan: a.plan.clone(),
                    output: self.settings(&a.output),
                },
                context,
            ),
        }
    }
}
