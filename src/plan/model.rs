//! The validated plan: what the reports compute from.

use std::ops::Range;

use rust_decimal::Decimal;

pub use super::value::{Amount, PartSum};

pub type Year = i32;

/// The longest horizon (and capacity window) a plan may have, in years.
pub const MAX_HORIZON_YEARS: i32 = 100;

#[derive(Debug, Clone)]
pub struct Plan {
    pub name: String,
    pub organization: Option<String>,
    pub currency: String,
    pub source: Option<String>,
    pub first_year: Year,
    pub last_year: Year,
    /// Yearly escalation of recurring costs, as a fraction (2.5% is 0.025).
    pub escalation: Decimal,
    pub levy: Option<Levy>,
    pub initiatives: Vec<Initiative>,
    pub capacity: Option<Capacity>,
    pub stated: Vec<Stated>,
    /// `[debt]`: the terms of every loan the plan's debt shares take out.
    pub debt: Option<Debt>,
}

impl Plan {
    pub fn years(&self) -> impl Iterator<Item = Year> + use<> {
        self.first_year..=self.last_year
    }

    /// The ids of the initiatives that start "tbd", in plan order: each
    /// report lists them, as no total holds them.
    pub fn unscheduled_ids(&self) -> Vec<String> {
        self.initiatives
            .iter()
            .filter(|i| i.is_unscheduled())
            .map(|i| i.id.clone())
            .collect()
    }

    pub fn horizon_len(&self) -> usize {
        (self.last_year - self.first_year + 1) as usize
    }

    /// True when any initiative names its funding or the plan has `[debt]`:
    /// only then do reports show funding, debt service and levy requirement.
    pub fn has_funding(&self) -> bool {
        self.debt.is_some()
            || self
                .initiatives
                .iter()
                .any(|i| i.funding.is_some() || i.recurring_funding.is_some())
    }
}

#[derive(Debug, Clone)]
pub struct Levy {
    pub base_year: Option<Year>,
    pub base: Option<Decimal>,
    pub growth: Decimal,
    pub by_year: Vec<(Year, Decimal)>,
    pub households: Option<Decimal>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Project,
    Tactic,
    Operate,
}

impl Kind {
    pub const NAMES: [&'static str; 3] = ["project", "tactic", "operate"];
    pub const ALL: [Kind; 3] = [Kind::Project, Kind::Tactic, Kind::Operate];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Project => "project",
            Kind::Tactic => "tactic",
            Kind::Operate => "operate",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Planned,
    InProgress,
    Ongoing,
}

impl Status {
    pub const NAMES: [&'static str; 4] = ["new", "planned", "in-progress", "ongoing"];
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::Planned,
        Status::InProgress,
        Status::Ongoing,
    ];
}

/// When an initiative starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Year(Year),
    /// "ongoing": runs through the whole horizon.
    Ongoing,
    /// "tbd": not scheduled, so it touches no year.
    Tbd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OneTime {
    InStartYear(Amount),
    Phased(Vec<(Year, Amount)>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effort {
    /// Spread evenly over start..=end.
    Total(Decimal),
    ByYear(Vec<(Year, Decimal)>),
}

#[derive(Debug, Clone)]
pub struct Initiative {
    pub id: String,
    pub name: String,
    pub theme: Option<String>,
    pub category: Option<String>,
    pub kind: Option<Kind>,
    pub status: Status,
    pub start: Start,
    /// The year `start` resolves to (`first_year` when ongoing); None when tbd.
    pub start_year: Option<Year>,
    /// Last year of the work; None when unscheduled.
    pub end_year: Option<Year>,
    pub one_time: OneTime,
    pub recurring: Amount,
    pub recurring_start: Option<Year>,
    pub recurring_end: Option<Year>,
    pub escalation: Decimal,
    pub urgency: Option<u8>,
    pub importance: Option<u8>,
    pub adds_fte: Decimal,
    pub operational: Decimal,
    pub effort_hours: Effort,
    pub notes: Option<String>,
    /// How the one-time cost is paid; None is the default, the levy.
    pub funding: Option<Funding>,
    /// How the recurring cost is paid; None is the default, the levy.
    pub recurring_funding: Option<Funding>,
    /// Where the initiative is written, for later diagnostics.
    pub span: Range<usize>,
    /// Explicit priority position, 1 = first.
    pub rank: Option<u32>,
    /// False for work the scheduler never moves (written or defaulted).
    pub discretionary: bool,
    /// Initiatives this one needs first, each with where it is written.
    pub depends_on: Vec<Dependency>,
}

/// One id of an initiative's `depends_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub id: String,
    pub span: Range<usize>,
}

impl Initiative {
    pub fn is_unscheduled(&self) -> bool {
        self.start == Start::Tbd
    }

    /// True when a money field is "tbd".
    pub fn is_uncosted(&self) -> bool {
        self.recurring.is_tbd() || self.one_time_amounts().any(|(_, amount)| amount.is_tbd())
    }

    /// The one-time cost as written, all phases together (whatever their
    /// years); None if the sum overflows.
    pub fn one_time_input(&self) -> Option<PartSum> {
        self.one_time_amounts()
            .try_fold(PartSum::default(), |sum, (_, amount)| sum.plus(amount))
    }

    /// One-time amounts with the year each is spent (None when unscheduled).
    pub fn one_time_amounts(&self) -> impl Iterator<Item = (Option<Year>, Amount)> + '_ {
        let (single, phases) = match &self.one_time {
            OneTime::InStartYear(amount) => (Some((self.start_year, *amount)), &[][..]),
            OneTime::Phased(phases) => (None, &phases[..]),
        };
        // An unscheduled initiative spends in no year, whatever its phases say.
        let scheduled = !self.is_unscheduled();
        let phased = phases
            .iter()
            .map(move |(year, amount)| (Some(*year).filter(|_| scheduled), *amount));
        single.into_iter().chain(phased)
    }

    /// The contract's default for `discretionary`: operate work and work
    /// already under way are not discretionary.
    pub fn default_discretionary(kind: Option<Kind>, status: Status) -> bool {
        kind != Some(Kind::Operate) && !matches!(status, Status::InProgress | Status::Ongoing)
    }

    /// The first year the recurring cost is paid, when scheduled (an
    /// unscheduled initiative pays nothing, whatever its `recurring_start`).
    pub fn recurring_from(&self) -> Option<Year> {
        if self.is_unscheduled() {
            return None;
        }
        self.recurring_start.or(self.start_year)
    }
}

#[derive(Debug, Clone)]
pub struct Capacity {
    pub hours_per_fte_quarter: Decimal,
    pub first_year: Year,
    pub last_year: Year,
    pub teams: Vec<Team>,
    pub demand: Vec<Demand>,
    pub span: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Team {
    pub name: String,
    pub fte: Decimal,
    pub operational: TeamOperational,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy)]
pub enum TeamOperational {
    HoursPerQuarter(Decimal),
    Share(Decimal),
}

#[derive(Debug, Clone)]
pub struct Demand {
    pub name: String,
    pub hours_per_quarter: Vec<(Year, Decimal)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    OneTime,
    NewRecurring,
    CashFlow,
    TaxImpact,
    LevyRequirement,
    DebtService,
}

impl Measure {
    pub const NAMES: [&'static str; 6] = [
        "one_time",
        "new_recurring",
        "cash_flow",
        "tax_impact",
        "levy_requirement",
        "debt_service",
    ];
    pub const ALL: [Measure; 6] = [
        Measure::OneTime,
        Measure::NewRecurring,
        Measure::CashFlow,
        Measure::TaxImpact,
        Measure::LevyRequirement,
        Measure::DebtService,
    ];

    pub fn as_str(self) -> &'static str {
        Measure::NAMES[self as usize]
    }
}

#[derive(Debug, Clone)]
pub struct Stated {
    pub measure: Measure,
    pub year: Option<Year>,
    pub amount: Decimal,
    /// For tax_impact: decimals written after the point, to compare at.
    pub decimals: u32,
    pub source: Option<String>,
    pub tolerance: Decimal,
    /// A known difference, with its reason: reported, but not a failure.
    pub accepted: Option<String>,
    pub span: Range<usize>,
}

/// How an amount is paid for: one source, or shares of several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Funding {
    Source(String),
    /// Shares as fractions (0.4 for "40%") summing to 1, in the order the
    /// file writes them: the last one takes the rounding remainder.
    Shares(Vec<(String, Decimal)>),
}

impl Funding {
    /// The source that taxation pays: the default, and what levy requirement counts.
    pub const LEVY: &'static str = "levy";
    /// The source that borrows: each year's debt shares become one loan.
    pub const DEBT: &'static str = "debt";

    /// Source names compare case-insensitively: "Grant" and "grant" are one source.
    pub fn same_source(a: &str, b: &str) -> bool {
        a.trim().eq_ignore_ascii_case(b.trim())
    }
}

/// `[debt]`: the terms of the loan each borrowing year takes out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Debt {
    /// Yearly interest rate, as a fraction (4.5% is 0.045); never negative.
    pub rate: Decimal,
    /// Years of repayment, 1..=40.
    pub term: u32,
    /// Years after the borrowing year of the first payment, 0..=5.
    pub first_payment: u32,
    pub span: Range<usize>,
}
