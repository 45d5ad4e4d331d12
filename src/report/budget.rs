//! The budget report: each initiative's cash flow per year, the yearly
//! totals, and optionally the tax-levy impact. A pure function of the plan.

use rust_decimal::Decimal;

pub use super::budget_totals::{Excluded, Totals, UnknownYears};
use super::budget_totals::{excluded, totals, unknown_years};
use super::cash_flow::{CashFlow, cash_flow, overflow};
use super::funding::funding;
use super::funding_rows::FundingRows;
use super::group::{Group, GroupBy, group_rows};
use super::levy::{LevyRows, levy_rows};
pub use super::row::InitiativeRow;
use crate::diagnostic::Diagnostic;
use crate::plan::{Initiative, Plan, Start, Year};

#[derive(Debug, Clone, Default)]
pub struct BudgetOptions {
    pub levy: bool,
    pub by: Option<GroupBy>,
    pub from: Option<Year>,
    pub to: Option<Year>,
}

#[derive(Debug, Clone)]
pub struct BudgetReport {
    pub plan: String,
    pub organization: Option<String>,
    pub currency: String,
    pub horizon: (Year, Year),
    /// The shown years: the horizon, or the window asked for.
    pub years: Vec<Year>,
    pub initiatives: Vec<InitiativeRow>,
    pub groups: Option<Vec<Group>>,
    pub totals: Totals,
    pub levy: Option<LevyRows>,
    /// Funding by source, debt service and levy requirement, for the shown
    /// years; None when the plan names no funding (all of it is the levy's).
    pub funding: Option<FundingRows>,
    pub unscheduled: Vec<String>,
    pub uncosted: Vec<String>,
    pub excluded: Excluded,
    /// Per shown year: whether a "tbd" amount falls in each total there.
    pub unknown: UnknownYears,
}

/// Builds the budget report for the shown years.
pub fn budget(plan: &Plan, options: &BudgetOptions) -> Result<BudgetReport, Diagnostic> {
    let mut flow = cash_flow(plan)?;
    let (from, to) = (
        options.from.unwrap_or(plan.first_year),
        options.to.unwrap_or(plan.last_year),
    );
    let end = flow.index(to).map_or(flow.years, |j| j + 1);
    // `from` after `to` is an empty window, not a reversed range.
    let window = flow.index(from).unwrap_or(0).min(end)..end;
    let years: Vec<Year> = (from..=to).collect();
    // Grouping by funding shows the split even when all of it is the levy's.
    let by_funding = options.by == Some(GroupBy::Funding);
    let funded = match plan.has_funding() || by_funding {
        true => Some(funding(plan, &flow, by_funding)?),
        false => None,
    };
    // The rows move into the report (the funding above was their last reader).
    let rows = std::mem::take(&mut flow.rows);
    let initiatives: Vec<InitiativeRow> = plan
        .initiatives
        .iter()
        .zip(rows)
        .enumerate()
        .map(|(i, (initiative, row))| {
            initiative_row(initiative, row, &flow, i, window.clone(), options.by)
        })
        .collect::<Result<_, _>>()?;
    let totals = totals(&flow, window.clone())?;
    // What taxation must raise: the cash flow unless the plan names funding.
    let requirement = funded.as_ref().map_or(&flow.total, |f| &f.levy_requirement);
    let levy = match (&plan.levy, options.levy) {
        (Some(levy), true) => {
            let previous = window.start.checked_sub(1).map(|j| requirement[j]);
            Some(levy_rows(
                levy,
                &years,
                &requirement[window.clone()],
                previous,
            )?)
        }
        _ => None,
    };
    let funding = funded
        .map(|f| FundingRows::new(f, plan, &initiatives, window.clone()))
        .transpose()?;
    let grouped = match (&funding, options.by) {
        (Some(funding), Some(GroupBy::Funding)) => &funding.by_initiative,
        _ => &initiatives,
    };
    let groups = options.by.map(|by| group_rows(by, grouped, years.len()));
    let mut groups = groups.transpose()?;
    if let (Some(groups), Some(funding), true) = (groups.as_mut(), &funding, by_funding) {
        // Sources in the order of the funding rows: the levy first.
        let position = |name: &Option<String>| {
            funding
                .sources
                .iter()
                .position(|s| Some(s) == name.as_ref())
        };
        groups.sort_by_key(|group| position(&group.name));
    }
    Ok(BudgetReport {
        plan: plan.name.clone(),
        organization: plan.organization.clone(),
        currency: plan.currency.clone(),
        horizon: (plan.first_year, plan.last_year),
        excluded: excluded(plan, &initiatives, &flow, &years),
        unknown: unknown_years(plan, &initiatives, &years),
        unscheduled: plan
            .initiatives
            .iter()
            .filter(|i| i.is_unscheduled())
            .map(|i| i.id.clone())
            .collect(),
        uncosted: plan
            .initiatives
            .iter()
            .filter(|i| i.is_uncosted())
            .map(|i| i.id.clone())
            .collect(),
        years,
        initiatives,
        groups,
        totals,
        levy,
        funding,
    })
}

impl BudgetReport {
    /// The rows `groups` index into: one per (initiative, source) when
    /// grouped by funding, else one per initiative.
    pub fn grouped_rows(&self) -> &[InitiativeRow] {
        match (&self.funding, &self.groups) {
            (Some(funding), Some(_)) if !funding.by_initiative.is_empty() => &funding.by_initiative,
            _ => &self.initiatives,
        }
    }

    /// What taxation must raise in each shown year, and over them: the cash
    /// flow, unless the plan names funding.
    pub fn levy_requirement(&self) -> (&[Decimal], Decimal) {
        match &self.funding {
            Some(f) => (&f.levy_requirement, f.levy_requirement_total),
            None => (&self.totals.cash_flow, self.totals.cash_flow_total),
        }
    }

    /// Debt service in each shown year, and over them (zero without debt).
    pub fn debt_service(&self) -> (Vec<Decimal>, Decimal) {
        match &self.funding {
            Some(f) => (f.debt_service.clone(), f.debt_service_total),
            None => (vec![Decimal::ZERO; self.years.len()], Decimal::ZERO),
        }
    }
}

/// The initiative's line, its cash flow `row` cut to the shown years.
fn initiative_row(
    initiative: &Initiative,
    mut row: Vec<Decimal>,
    flow: &CashFlow,
    i: usize,
    window: std::ops::Range<usize>,
    by: Option<GroupBy>,
) -> Result<InitiativeRow, Diagnostic> {
    let scheduled = !initiative.is_unscheduled();
    let cash_flow: Vec<Decimal> = if scheduled {
        row.truncate(window.end);
        row.drain(..window.start);
        row
    } else {
        Vec::new()
    };
    let shown = |year: &&Year| flow.index(**year).is_some_and(|j| window.contains(&j));
    Ok(InitiativeRow {
        id: initiative.id.clone(),
        name: initiative.name.clone(),
        start: match initiative.start {
            Start::Year(year) => year.to_string(),
            Start::Ongoing => "ongoing".into(),
            Start::Tbd => "tbd".into(),
        },
        group: by.and_then(|by| by.key(initiative)),
        one_time: initiative
            .one_time_input()
            .ok_or_else(|| overflow(initiative))?,
        recurring: initiative.recurring,
        // Cells hold sums of cents; a row can only overflow if a total did.
        total: scheduled.then(|| {
            cash_flow
                .iter()
                .fold(Decimal::ZERO, |a, b| a.saturating_add(*b))
        }),
        tbd_years: flow.tbd_years[i].iter().filter(shown).copied().collect(),
        cash_flow,
    })
}
