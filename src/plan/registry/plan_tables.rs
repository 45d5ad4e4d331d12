//! The plan's own tables: the file as a whole, `[plan]`, `[levy]`,
//! `[stated]` and `[debt]`.

use super::DefaultValue as D;
use super::Type as T;
use super::work_tables::{CAPACITY, INITIATIVE};
use super::{Field, Table};
use crate::plan::model::Measure;

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
