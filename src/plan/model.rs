//! The validated plan: what the reports compute from.

use std::ops::Range;

use rust_decimal::Decimal;

pub use super::value::Amount;

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
}

impl Plan {
    pub fn years(&self) -> impl Iterator<Item = Year> + use<> {
        self.first_year..=self.last_year
    }

    pub fn horizon_len(&self) -> usize {
        (self.last_year - self.first_year + 1) as usize
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
    /// Where the initiative is written, for later diagnostics.
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

    /// One-time amounts with the year each is spent (None when unscheduled).
    pub fn one_time_amounts(&self) -> impl Iterator<Item = (Option<Year>, Amount)> + '_ {
        let (single, phases) = match &self.one_time {
            OneTime::InStartYear(amount) => (Some((self.start_year, *amount)), &[][..]),
            OneTime::Phased(phases) => (None, &phases[..]),
        };
        let phased = phases.iter().map(|(year, amount)| (Some(*year), *amount));
        single.into_iter().chain(phased)
    }

    /// The first year the recurring cost is paid, when scheduled.
    pub fn recurring_from(&self) -> Option<Year> {
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
}

impl Measure {
    pub const NAMES: [&'static str; 4] = ["one_time", "new_recurring", "cash_flow", "tax_impact"];
    pub const ALL: [Measure; 4] = [
        Measure::OneTime,
        Measure::NewRecurring,
        Measure::CashFlow,
        Measure::TaxImpact,
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
