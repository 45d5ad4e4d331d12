//! The contract's JSON shape for `itplan budget --format json`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::plan::Year;
use crate::render::number;
use crate::report::budget::{BudgetReport, InitiativeRow};
use crate::view::budget_funding::{FundingJson, FundingTotalsJson, funding_json};
use crate::view::json::{Money, MoneyMap, YearMap, money, money_map};

#[derive(Serialize)]
pub struct BudgetJson<'a> {
    plan: &'a str,
    currency: &'a str,
    years: &'a [i32],
    initiatives: Vec<InitiativeJson<'a>>,
    totals: TotalsJson<'a>,
    #[serde(flatten)]
    funding: Option<FundingJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy: Option<MoneyMap<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_impact_percent: Option<YearMap<'a, Decimal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    levy_change_percent: Option<YearMap<'a, Option<Decimal>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_household: Option<MoneyMap<'a>>,
    unscheduled: &'a [String],
    uncosted: &'a [String],
}

#[derive(Serialize)]
struct InitiativeJson<'a> {
    id: &'a str,
    name: &'a str,
    cash_flow: MoneyMap<'a>,
    total: Option<Money>,
    /// Shown years where a "tbd" amount is left out of `cash_flow`.
    tbd_years: &'a [Year],
}

#[derive(Serialize)]
struct TotalsJson<'a> {
    one_time: MoneyMap<'a>,
    new_recurring: MoneyMap<'a>,
    cash_flow: MoneyMap<'a>,
    one_time_total: String,
    new_recurring_total: String,
    cash_flow_total: String,
    #[serde(flatten)]
    funding: Option<FundingTotalsJson<'a>>,
}

pub fn budget_json(report: &BudgetReport) -> BudgetJson<'_> {
    budget_json_of(report, &report.initiatives)
}

/// The budget's JSON with `initiatives` from the rows given.
pub(super) fn budget_json_of<'a>(
    report: &'a BudgetReport,
    initiatives: &'a [InitiativeRow],
) -> BudgetJson<'a> {
    let years = &report.years[..];
    let totals = &report.totals;
    let percent4: fn(&Decimal) -> Option<String> = |v| Some(number::fixed(*v, 4));
    let (funding, funding_totals) = funding_json(report).unzip();
    BudgetJson {
        plan: &report.plan,
        currency: &report.currency,
        years,
        initiatives: initiatives
            .iter()
            .map(|row| InitiativeJson {
                id: &row.id,
                name: &row.name,
                cash_flow: money_map(
                    if row.cash_flow.is_empty() { &[] } else { years },
                    &row.cash_flow,
                ),
                total: row.total.map(Money),
                tbd_years: &row.tbd_years,
            })
            .collect(),
        totals: TotalsJson {
            one_time: money_map(years, &totals.one_time),
            new_recurring: money_map(years, &totals.new_recurring),
            cash_flow: money_map(years, &totals.cash_flow),
            one_time_total: money(totals.one_time_total),
            new_recurring_total: money(totals.new_recurring_total),
            cash_flow_total: money(totals.cash_flow_total),
            funding: funding_totals,
        },
        funding,
        levy: report.levy.as_ref().map(|l| money_map(years, &l.levy)),
        tax_impact_percent: report.levy.as_ref().map(|l| YearMap {
            years,
            values: &l.tax_impact_percent,
            show: percent4,
        }),
        levy_change_percent: report.levy.as_ref().map(|l| YearMap {
            years,
            values: &l.change_percent,
            show: |v| v.map(|v| number::fixed(v, 4)),
        }),
        per_household: report
            .levy
            .as_ref()
            .and_then(|l| l.per_household.as_deref())
            .map(|p| money_map(years, p)),
        unscheduled: &report.unscheduled,
        uncosted: &report.uncosted,
    }
}
