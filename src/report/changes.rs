//! Field-level changes between two versions of a plan: initiatives matched
//! by id, every contract field compared by its exact written value.

use std::collections::HashMap;

use rust_decimal::Decimal;

use crate::number;
use crate::plan::{Amount, Debt, Effort, Funding, Initiative, OneTime, Plan, Start, Status, Year};

/// One field that differs; None where the field is not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub id: String,
    pub name: String,
    pub fields: Vec<FieldChange>,
}

/// An initiative that is only in one of the plans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<Listed>,
    pub removed: Vec<Listed>,
    pub changed: Vec<Changed>,
    /// Changes to [plan] itself (horizon, escalation, …).
    pub plan: Vec<FieldChange>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.plan.is_empty()
    }
}

/// Added and changed in the new plan's order; removed in the old plan's.
pub fn changes(old: &Plan, new: &Plan) -> Changes {
    let old_by_id = by_id(old);
    let new_by_id = by_id(new);
    let listed = |i: &Initiative| Listed {
        id: i.id.clone(),
        name: i.name.clone(),
    };
    let mut out = Changes {
        plan: differing(&plan_fields(old), &plan_fields(new)),
        ..Changes::default()
    };
    for initiative in &new.initiatives {
        match old_by_id.get(initiative.id.as_str()) {
            None => out.added.push(listed(initiative)),
            Some(before) => {
                let fields = differing(&initiative_fields(before), &initiative_fields(initiative));
                if !fields.is_empty() {
                    out.changed.push(Changed {
                        id: initiative.id.clone(),
                        name: initiative.name.clone(),
                        fields,
                    });
                }
            }
        }
    }
    out.removed = old
        .initiatives
        .iter()
        .filter(|i| !new_by_id.contains_key(i.id.as_str()))
        .map(listed)
        .collect();
    out
}

fn by_id(plan: &Plan) -> HashMap<&str, &Initiative> {
    plan.initiatives
        .iter()
        .map(|i| (i.id.as_str(), i))
        .collect()
}

type Fields = Vec<(&'static str, Option<String>)>;

fn differing(old: &Fields, new: &Fields) -> Vec<FieldChange> {
    old.iter()
        .zip(new)
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| FieldChange {
            field,
            old: a.clone(),
            new: b.clone(),
        })
        .collect()
}

fn plan_fields(plan: &Plan) -> Fields {
    vec![
        ("name", Some(plan.name.clone())),
        ("organization", plan.organization.clone()),
        ("currency", Some(plan.currency.clone())),
        ("first_year", Some(plan.first_year.to_string())),
        ("last_year", Some(plan.last_year.to_string())),
        ("escalation", Some(percent(plan.escalation))),
        ("debt", plan.debt.as_ref().map(debt)),
    ]
}

/// The contract's fields, resolved as the arithmetic uses them (an
/// initiative without its own escalation shows the plan's).
fn initiative_fields(i: &Initiative) -> Fields {
    let year = |y: Option<Year>| y.map(|y| y.to_string());
    let score = |s: Option<u8>| s.map(|s| s.to_string());
    vec![
        ("name", Some(i.name.clone())),
        ("theme", i.theme.clone()),
        ("category", i.category.clone()),
        ("kind", i.kind.map(|k| k.as_str().to_string())),
        ("status", Some(status(i.status).to_string())),
        ("start", Some(start(i.start))),
        ("end", year(i.end_year)),
        ("one_time", Some(one_time(&i.one_time))),
        ("recurring", Some(amount(i.recurring))),
        ("recurring_start", year(i.recurring_start)),
        ("recurring_end", year(i.recurring_end)),
        ("escalation", Some(percent(i.escalation))),
        ("urgency", score(i.urgency)),
        ("importance", score(i.importance)),
        ("adds_fte", Some(number::plain(i.adds_fte))),
        ("operational", Some(percent(i.operational))),
        ("effort_hours", Some(effort(&i.effort_hours))),
        ("funding", i.funding.as_ref().map(funding)),
        (
            "recurring_funding",
            i.recurring_funding.as_ref().map(funding),
        ),
    ]
}

/// Funding as a plan writes it: "debt" or "{ grant = "40%", levy = "60%" }".
fn funding(funding: &Funding) -> String {
    match funding {
        Funding::Source(name) => name.clone(),
        Funding::Shares(shares) => {
            let parts: Vec<String> = shares
                .iter()
                .map(|(name, share)| format!("{name} = \"{}\"", percent(*share)))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
    }
}

/// `[debt]` as one line: "rate 4.5%, term 10, first_payment 1".
fn debt(debt: &Debt) -> String {
    format!(
        "rate {}, term {}, first_payment {}",
        percent(debt.rate),
        debt.term,
        debt.first_payment
    )
}

fn status(status: Status) -> &'static str {
    match status {
        Status::New => "new",
        Status::Planned => "planned",
        Status::InProgress => "in-progress",
        Status::Ongoing => "ongoing",
    }
}

fn start(start: Start) -> String {
    match start {
        Start::Year(year) => year.to_string(),
        Start::Ongoing => "ongoing".into(),
        Start::Tbd => "tbd".into(),
    }
}

fn amount(amount: Amount) -> String {
    amount.known().map_or("tbd".into(), number::plain)
}

/// A fraction as the percent a plan writes: 0.025 is "2.5%".
fn percent(fraction: Decimal) -> String {
    let value = fraction
        .checked_mul(Decimal::ONE_HUNDRED)
        .map_or_else(|| fraction.to_string(), number::plain);
    format!("{value}%")
}

fn one_time(one_time: &OneTime) -> String {
    match one_time {
        OneTime::InStartYear(value) => amount(*value),
        OneTime::Phased(phases) => table(phases.iter().map(|(y, a)| (*y, amount(*a)))),
    }
}

fn effort(effort: &Effort) -> String {
    match effort {
        Effort::Total(total) => number::plain(*total),
        Effort::ByYear(hours) => table(hours.iter().map(|(y, h)| (*y, number::plain(*h)))),
    }
}

/// A year table as TOML writes it: "{ 2025 = 200000, 2026 = 150000 }".
fn table(entries: impl Iterator<Item = (Year, String)>) -> String {
    let parts: Vec<String> = entries.map(|(y, v)| format!("{y} = {v}")).collect();
    format!("{{ {} }}", parts.join(", "))
}
