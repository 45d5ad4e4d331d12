//! The headline figures: the horizon's totals, the peak tax impact and
//! the worst capacity year, each taken from the reports as they stand.

use maud::{Markup, html};
use rust_decimal::Decimal;

use super::chart::{fte, percent};
use super::sign::with_minus;
use crate::plan::Year;
use crate::render::number::money;
use crate::report::budget::BudgetReport;
use crate::report::capacity::CapacityReport;
use crate::report::left_out::left_out;

pub(crate) struct Figure {
    pub label: String,
    pub value: String,
    /// The year a peak or a trough falls in.
    pub year: Option<Year>,
    pub detail: String,
    pub deficit: bool,
}

/// The largest value and its year; the earliest year on a tie.
fn peak(years: &[Year], values: &[Decimal]) -> Option<(Year, Decimal)> {
    years
        .iter()
        .zip(values)
        .fold(None, |best, (y, v)| match best {
            Some((_, b)) if b >= *v => best,
            _ => Some((*y, *v)),
        })
}

/// The smallest value and its year; the earliest year on a tie.
fn trough(years: &[Year], values: &[Decimal]) -> Option<(Year, Decimal)> {
    years
        .iter()
        .zip(values)
        .fold(None, |best, (y, v)| match best {
            Some((_, b)) if b <= *v => best,
            _ => Some((*y, *v)),
        })
}

/// "; leaves out 25 uncosted, 1 unscheduled", or nothing: every total
/// says which unknowns it does not hold.
fn leaves_out(uncosted: usize, unscheduled: usize) -> String {
    left_out(uncosted, unscheduled)
        .map(|parts| format!("; leaves out {parts}"))
        .unwrap_or_default()
}

pub(crate) fn figures(
    budget: &BudgetReport,
    capacity: Option<&CapacityReport>,
    has_money: bool,
) -> Vec<Figure> {
    let (first, last) = budget.horizon;
    let currency = &budget.currency;
    let totals = &budget.totals;
    let mut figures = Vec::new();
    let unscheduled = budget.unscheduled.len();
    let excluded = budget.excluded;
    let cash_flow_gaps = leaves_out(excluded.cash_flow, unscheduled);
    if has_money {
        let amount = |v: Decimal| with_minus(&money(v));
        figures.push(Figure {
            label: "Total cash flow".into(),
            value: amount(totals.cash_flow_total),
            year: None,
            detail: format!("{currency}, over the horizon {first}–{last}{cash_flow_gaps}"),
            deficit: false,
        });
        figures.push(Figure {
            label: "One-time spend".into(),
            value: amount(totals.one_time_total),
            year: None,
            detail: format!(
                "{currency}, total {first}–{last}{}",
                leaves_out(excluded.one_time, unscheduled)
            ),
            deficit: false,
        });
        figures.push(Figure {
            label: "New recurring costs".into(),
            value: amount(totals.new_recurring_total),
            year: None,
            detail: format!(
                "{currency} a year of operating costs added {first}–{last}{}",
                leaves_out(excluded.new_recurring, unscheduled)
            ),
            deficit: false,
        });
    }
    if let Some(levy) = budget.levy.as_ref().filter(|_| has_money)
        && let Some((year, value)) = peak(&budget.years, &levy.tax_impact_percent)
    {
        figures.push(Figure {
            label: "Peak tax impact".into(),
            value: percent(value),
            year: Some(year),
            detail: match budget.funding {
                Some(_) => format!("levy requirement ÷ that year's levy{cash_flow_gaps}"),
                None => format!("of that year's tax levy{cash_flow_gaps}"),
            },
            deficit: false,
        });
    }
    if let Some(report) = capacity
        && let Some((year, value)) = trough(&report.years, &report.quarter.rows.surplus_fte)
    {
        let deficit = report.deficit_years().contains(&year);
        figures.push(Figure {
            label: "Worst capacity year".into(),
            value: fte(value),
            year: Some(year),
            detail: format!(
                "{}{}",
                if deficit {
                    "project demand beyond available staff time"
                } else {
                    "smallest surplus of staff time for projects"
                },
                leaves_out(0, report.unscheduled.len())
            ),
            deficit,
        });
    }
    figures
}

pub(crate) fn headline(figures: &[Figure]) -> Markup {
    html! {
        dl.headline {
            @for figure in figures {
                div class={ "figure" @if figure.deficit { " deficit" } } {
                    dt { (figure.label) }
                    dd {
                        span.value {
                            (figure.value)
                            @if let Some(year) = figure.year {
                                span.year { " in " (year) }
                            }
                        }
                        span.detail { (figure.detail) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peak_and_trough_take_the_earliest_year_on_a_tie() {
        let years = [2025, 2026, 2027];
        let values = [Decimal::ONE, Decimal::TWO, Decimal::TWO];
        assert_eq!(peak(&years, &values), Some((2026, Decimal::TWO)));
        assert_eq!(trough(&years, &values), Some((2025, Decimal::ONE)));
        let flat = [Decimal::ONE; 3];
        assert_eq!(trough(&years, &flat), Some((2025, Decimal::ONE)));
        assert_eq!(peak(&[], &[]), None);
    }
}
