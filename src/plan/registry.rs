//! Every table and field of the plan format, in one place.
//!
//! The reader (`Fields`) accepts exactly the keys listed here and reads each
//! with the type and range given here; `itplan schema` is generated from the
//! same list. A new field is one `Field` line here, read with one typed getter.

/// What a field holds; each type is read by one getter and has one schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Free text.
    Text,
    /// One of the listed words (any case).
    Choice(&'static [&'static str]),
    /// An integer 1900..=2200.
    Year,
    /// A year, "ongoing" or "tbd".
    Start,
    /// An exact amount: integer, float, numeric string, or "tbd".
    Money,
    /// An exact number that is not money ("tbd" is not allowed).
    Decimal,
    /// An exact number ≥ 0 (hours, FTE).
    NonNegative,
    /// An exact number > 0 (a levy, a household count).
    Positive,
    /// A percent string such as "1.45%".
    Percent,
    /// Money, or a percent string (a stated tax impact).
    MoneyOrPercent,
    /// A percent from "0%" to "100%".
    Share,
    /// A whole number in `min..=max`.
    Integer { min: i64, max: i64 },
    /// true or false.
    Bool,
    /// An array of strings (initiative ids).
    Ids,
    /// A source name, or a table of percent shares by source.
    Funding,
    /// A table of years, e.g. `{ 2025 = 200_000 }`, each value of the inner type.
    Years(&'static Type),
    /// The inner type, or a table of years of it.
    OrYears(&'static Type),
    /// A table described by its own fields (`[plan]`).
    Table(&'static Table),
    /// An array of tables (`[[initiative]]`).
    Tables(&'static Table),
}

/// A default a schema can state as a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DefaultValue {
    Text(&'static str),
    Integer(i64),
    Bool(bool),
    EmptyList,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    /// When required: the example the "missing" error offers (`add name = …`).
    pub required: Option<&'static str>,
    pub default: Option<DefaultValue>,
    pub description: &'static str,
}

impl Field {
    const fn new(name: &'static str, ty: Type, description: &'static str) -> Field {
        Field {
            name,
            ty,
            required: None,
            default: None,
            description,
        }
    }

    const fn required(self, example: &'static str) -> Field {
        Field {
            required: Some(example),
            ..self
        }
    }

    const fn default(self, default: DefaultValue) -> Field {
        Field {
            default: Some(default),
            ..self
        }
    }
}

/// A table of the plan: its header as users write it, and its fields.
#[derive(Debug, PartialEq, Eq)]
pub struct Table {
    /// As written in the file and in messages: "[plan]", "[[initiative]]".
    pub header: &'static str,
    pub description: &'static str,
    pub fields: &'static [Field],
}

impl Table {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| field.name == name)
    }

    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.fields.iter().map(|field| field.name)
    }
}

use super::model::{Kind, Measure, Status};
use DefaultValue as D;
use Type as T;

const MONEY_BY_YEAR: Type = T::OrYears(&T::Money);
const HOURS_BY_YEAR: Type = T::OrYears(&T::NonNegative);
const SCORE: Type = T::Integer { min: 1, max: 5 };

/// The whole file.
pub static DOCUMENT: Table = Table {
    header: "the plan file",
    description: "An IT master plan for itplan (plan format v2).",
    fields: &[
        Field::new(
            "plan",
            T::Table(&PLAN),
            "The plan's title and budget horizon.",
        )
        .required("{ name = \"IT Master Plan\", first_year = 2025, last_year = 2029 }"),
        Field::new(
            "levy",
            T::Table(&LEVY),
            "The tax levy, needed for tax impact.",
        ),
        Field::new(
            "initiative",
            T::Tables(&INITIATIVE),
            "The plan's initiatives.",
        ),
        Field::new(
            "capacity",
            T::Table(&CAPACITY),
            "IT staff capacity (the 455 model): average hours per quarter.",
        ),
        Field::new(
            "stated",
            T::Tables(&STATED),
            "A figure a published report states, to be checked against the computation.",
        ),
        Field::new(
            "debt",
            T::Table(&DEBT),
            "Borrowing terms, required when any funding names `debt`.",
        ),
    ],
};

pub static PLAN: Table = Table {
    header: "[plan]",
    description: "The plan's title and budget horizon.",
    fields: &[
        Field::new("name", T::Text, "Title shown on reports.").required("\"IT Master Plan\""),
        Field::new(
            "organization",
            T::Text,
            "The organization, e.g. \"City of Belleville\".",
        ),
        Field::new("currency", T::Text, "ISO currency code, for display only.")
            .default(D::Text("CAD")),
        Field::new(
            "first_year",
            T::Year,
            "First year of the budget horizon (inclusive; the horizon is at most 100 years).",
        )
        .required("2025"),
        Field::new(
            "last_year",
            T::Year,
            "Last year of the budget horizon (inclusive; the horizon is at most 100 years).",
        )
        .required("2029"),
        Field::new(
            "escalation",
            T::Percent,
            "Yearly escalation of recurring costs.",
        )
        .default(D::Text("0%")),
        Field::new(
            "source",
            T::Text,
            "Where the plan's figures come from, free text.",
        ),
    ],
};

pub static LEVY: Table = Table {
    header: "[levy]",
    description: "levy(y) = base × (1 + growth)^(y − base_year); a year in by_year overrides the formula. Levy amounts are rounded to cents.",
    fields: &[
        Field::new("base_year", T::Year, "The year whose levy is `base`."),
        Field::new("base", T::Positive, "The levy in base_year."),
        Field::new("growth", T::Percent, "Yearly growth of the levy.").default(D::Text("0%")),
        Field::new(
            "by_year",
            T::Years(&T::Positive),
            "The levy of given years, e.g. { 2025 = 126_250_000 }; overrides the formula.",
        ),
        Field::new(
            "households",
            T::Positive,
            "Household count, for the impact per household.",
        ),
    ],
};

pub static INITIATIVE: Table = Table {
    header: "[[initiative]]",
    description: "One initiative of the plan: a project, tactic or operating change.",
    fields: &[
        Field::new("id", T::Text, "Unique, non-empty identifier.").required("\"BP-1\""),
        Field::new("name", T::Text, "The initiative's name.").required("\"Initiate an IT Governance Framework\""),
        Field::new("theme", T::Text, "Free text for grouping."),
        Field::new("category", T::Text, "Free text for grouping, e.g. \"STAFFING\"."),
        Field::new("kind", T::Choice(&Kind::NAMES), "What kind of work it is."),
        Field::new("status", T::Choice(&Status::NAMES), "Where the work stands.").default(D::Text("new")),
        Field::new("start", T::Start, "A year, \"ongoing\" (= first_year) or \"tbd\" (unscheduled).").required("2025"),
        Field::new("end", T::Year, "Last year of the work (roadmap bar, effort spread); at least start. Default: start (last_year when ongoing)."),
        Field::new("one_time", MONEY_BY_YEAR, "Money spent in `start`, or a phased table { 2025 = 200_000, 2026 = 150_000 }.").default(D::Integer(0)),
        Field::new("recurring", T::Money, "Yearly operating cost impact.").default(D::Integer(0)),
        Field::new("recurring_start", T::Year, "First year the recurring cost is paid. Default: start."),
        Field::new("recurring_end", T::Year, "Last year the recurring cost is paid. Default: open-ended."),
        Field::new("escalation", T::Percent, "Overrides the plan's escalation for this initiative."),
        Field::new("urgency", SCORE, "Urgency 1..=5 (two-factor prioritization)."),
        Field::new("importance", SCORE, "Importance 1..=5 (two-factor prioritization)."),
        Field::new("adds_fte", T::NonNegative, "Staff this initiative adds to IT capacity, every year from start while its recurring cost runs.").default(D::Integer(0)),
        Field::new("operational", T::Share, "Share of the added FTE's time lost to operations and time out of office.").default(D::Text("0%")),
        Field::new("effort_hours", HOURS_BY_YEAR, "IT staff hours the work needs: a total spread evenly over start..=end, or a table { 2025 = 400, 2026 = 200 }.").default(D::Integer(0)),
        Field::new("notes", T::Text, "Free text."),
        Field::new("rank", T::Integer { min: 1, max: i64::MAX }, "Explicit priority position, 1 = first; unique."),
        Field::new("discretionary", T::Bool, "false for work that must happen when planned: the scheduler never moves it. Default: true, but false when kind = \"operate\" or status is \"in-progress\" or \"ongoing\"."),
        Field::new("depends_on", T::Ids, "Ids of initiatives this one needs first: it starts no earlier than the year each of them ends.").default(D::EmptyList),
        Field::new("funding", T::Funding, "How the one-time cost is paid: a source (\"levy\", \"reserve\", \"grant\", \"debt\", …) or shares { grant = \"40%\", levy = \"60%\" } summing to 100%.").default(D::Text("levy")),
        Field::new("recurring_funding", T::Funding, "How the recurring cost is paid, as for funding (never debt).").default(D::Text("levy")),
    ],
};

pub static CAPACITY: Table = Table {
    header: "[capacity]",
    description: "IT staff capacity (the 455 model); every figure is average hours per quarter.",
    fields: &[
        Field::new(
            "hours_per_fte_quarter",
            T::NonNegative,
            "H: hours one FTE works per quarter (35 h/week × 13 weeks); not 0.",
        )
        .default(D::Integer(455)),
        Field::new(
            "first_year",
            T::Year,
            "First year the capacity table covers. Default: the plan's first_year.",
        ),
        Field::new(
            "last_year",
            T::Year,
            "Last year the capacity table covers. Default: the plan's last_year.",
        ),
        Field::new("team", T::Tables(&TEAM), "The IT staff."),
        Field::new(
            "demand",
            T::Tables(&DEMAND),
            "Project work not tied to an initiative.",
        ),
    ],
};

pub static TEAM: Table = Table {
    header: "[[capacity.team]]",
    description: "A team: its FTE and either operational_hours_per_quarter or operational.",
    fields: &[
        Field::new("name", T::Text, "The team's name.").required("\"IT staff\""),
        Field::new("fte", T::NonNegative, "Full-time equivalent staff.").required("12"),
        Field::new(
            "operational_hours_per_quarter",
            T::NonNegative,
            "Hours per quarter the whole team spends on operations and time out of office.",
        ),
        Field::new(
            "operational",
            T::Share,
            "Share of the team's time lost to operations and time out of office.",
        ),
    ],
};

pub static DEMAND: Table = Table {
    header: "[[capacity.demand]]",
    description: "Project work not tied to an initiative.",
    fields: &[
        Field::new("name", T::Text, "What the demand is.").required("\"Projects\""),
        Field::new(
            "hours_per_quarter",
            T::Years(&T::NonNegative),
            "Average hours per quarter, by year: { 2024 = 1533.17 }.",
        )
        .required("{ 2025 = 1632.38 }"),
    ],
};

pub static STATED: Table = Table {
    header: "[[stated]]",
    description: "A figure a published report states, checked by `itplan check`.",
    fields: &[
        Field::new(
            "measure",
            T::Choice(&Measure::NAMES),
            "What the figure measures.",
        )
        .required("\"cash_flow\""),
        Field::new(
            "year",
            T::Year,
            "The year; omitted = the grand total over the horizon (not for tax_impact).",
        ),
        Field::new(
            "amount",
            T::MoneyOrPercent,
            "Money, or a percent for tax_impact (compared at the precision written).",
        )
        .required("1_458_000"),
        Field::new("source", T::Text, "Where the figure is printed, free text."),
        Field::new("tolerance", T::NonNegative, "Money.").default(D::Integer(0)),
        Field::new(
            "accepted",
            T::Text,
            "A known difference, with its reason: check lists it as accepted and does not fail on it.",
        ),
    ],
};

pub static DEBT: Table = Table {
    header: "[debt]",
    description: "Borrowing terms for one-time amounts funded by debt.",
    fields: &[
        Field::new("rate", T::Percent, "Yearly interest rate.").required("\"4%\""),
        Field::new(
            "term",
            T::Integer { min: 1, max: 40 },
            "Years of repayment.",
        )
        .required("20"),
        Field::new(
            "first_payment",
            T::Integer { min: 0, max: 5 },
            "Years after the borrowing year of the first payment.",
        )
        .default(D::Integer(1)),
    ],
};
