//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::output::ColorChoice;
use crate::render::Format;
use crate::report::group::GroupBy;

#[derive(Debug, Parser)]
#[command(
    name = "itplan",
    version,
    about = "Exact budgets, staff capacity and plan reviews for municipal IT master plans",
    after_help = "Plans are TOML files; see the README for the format. Exit codes: 0 ok, 1 a problem you asked to find, 2 bad usage or input."
)]
pub struct Cli {
    /// When to colour the output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

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
    /// The council report: one self-contained HTML page with charts and tables
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Write to FILE instead of standard output (replaced only if the run succeeds)
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
    #[arg(long, value_enum)]
    pub by: Option<GroupBy>,

    /// First year to show (default: the plan's first_year)
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i32>,

    /// Last year to show (default: the plan's last_year)
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i32>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    /// Average hours per quarter, as in a master plan's capacity table
    Quarter,
    /// Hours per year (quarter × 4); FTE rows stay in FTE
    Year,
}

#[derive(Debug, Args)]
pub struct CapacityArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Show hours per quarter (the master plan's view) or per year
    #[arg(long, value_enum, default_value_t = Period::Quarter)]
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

    /// Exit 1 when the horizon's cash flow grows by more than AMOUNT or PERCENT (e.g. 250000 or 5%)
    #[arg(long, value_name = "AMOUNT|PERCENT")]
    pub max_increase: Option<String>,

    /// Exit 1 when the plans differ at all (like git diff --exit-code)
    #[arg(long)]
    pub exit_code: bool,

    /// Include the change in tax-levy impact
    #[arg(long)]
    pub levy: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The plan file (TOML), or - for standard input
    pub plan: String,

    /// Write the page to FILE (replaced only if the run succeeds); without it, to a pipe
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}
