//! The work and the staff who do it: `[[initiative]]`, `[capacity]`, its
//! teams and its demand.

use super::DefaultValue as D;
use super::Type as T;
use super::{Field, HOURS_BY_YEAR, MONEY_BY_YEAR, SCORE, Table};
use crate::plan::model::{Kind, Status};

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
