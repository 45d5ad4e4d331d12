//! The command line: clap's definitions, turned into each command's options.
//! Nothing below this layer knows about clap.

mod budget;
mod capacity;
mod check;
mod common;
mod diff;
mod plan_views;
mod schedule;

use clap::{CommandFactory, Parser, Subcommand};

use crate::cmd::{self, Context, Outcome};
use crate::output::{ColorChoice, Settings};
use budget::BudgetArgs;
use capacity::CapacityArgs;
use check::CheckArgs;
use common::{OutputArgs, choice};
use diff::DiffArgs;
use plan_views::{PrioritiesArgs, ReportArgs, RoadmapArgs};
use schedule::ScheduleArgs;

#[derive(Debug, Parser)]
#[command(
    name = "itplan",
    version,
    about = "Exact budgets, staff capacity, workplans and plan reviews for municipal IT master plans",
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

/// The commands, in the order `--help` lists them: the figures, the
/// reviews, the plan's order and its schedule, the council report, then
/// the helpers for editors and shells.
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
    /// The initiatives in priority order: rank, then urgency × importance
    Priorities(PrioritiesArgs),
    /// The roadmap by year: a bar over each initiative's work years, marks where money is spent
    Roadmap(RoadmapArgs),
    /// Level the plan to the staff capacity: what moves, why, and what it does to the budget
    Schedule(ScheduleArgs),
    /// The council report: one self-contained HTML page with charts and tables
    Report(ReportArgs),
    /// Print the JSON Schema of the plan format, for editors (`#:schema` in a plan)
    Schema,
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. itplan man > ~/.local/share/man/man1/itplan.1
    Man,
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
            Command::Budget(a) => cmd::budget::run(&a.options(self.settings(&a.output)), context),
            Command::Capacity(a) => {
                cmd::capacity::run(&a.options(self.settings(&a.output)), context)
            }
            Command::Check(a) => cmd::check::run(&a.options(self.settings(&a.output)), context),
            Command::Diff(a) => cmd::diff::run(&a.options(self.settings(&a.output)), context),
            Command::Priorities(a) => {
                cmd::priorities::run(&a.options(self.settings(&a.output)), context)
            }
            Command::Roadmap(a) => cmd::roadmap::run(&a.options(self.settings(&a.output)), context),
            Command::Schedule(a) => {
                cmd::schedule::run(&a.options(self.settings(&a.output)), context)
            }
            Command::Report(a) => cmd::report::run(&a.options(self.settings(&a.output)), context),
            Command::Schema => cmd::schema::run(context),
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
        }
    }
}
