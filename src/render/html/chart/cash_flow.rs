//! Cash flow by year, stacked: one-time spend below, recurring costs
//! carried forward above, the year's cash flow on top.

use plotters::prelude::*;

use super::frame::{ValueAxis, year_chart};
use super::{
    Chart, DARK, LIGHT, above, bar, bounds, coord, drawing_error, finish, label_style, swatch,
    tick, value_range,
};
use crate::error::Error;
use crate::render::html::sign::with_minus;
use crate::render::number::money;
use crate::report::budget::BudgetReport;

const HEIGHT: u32 = 420;

pub(crate) fn cash_flow_chart(report: &BudgetReport) -> Result<Chart, Error> {
    let totals = &report.totals;
    let (first, last) = bounds(&report.years);
    // Years where a "tbd" amount is left out: labelled as the tables print them.
    let unknown = |i: usize| report.unknown.cash_flow.get(i).copied().unwrap_or(false);
    let axis = ValueAxis {
        desc: &format!("Cash flow ({})", report.currency),
        range: value_range(
            totals
                .one_time
                .iter()
                .chain(&totals.cash_flow)
                .map(|v| coord(*v)),
        ),
        tick: &|v| tick(*v, 0),
    };
    let svg = year_chart(HEIGHT, (first, last), axis, |chart| {
        let years = || report.years.iter().map(|y| *y as f64);
        let one_time = || years().zip(totals.one_time.iter().map(|v| coord(*v)));
        let stacked = || one_time().zip(totals.cash_flow.iter().map(|v| coord(*v)));
        chart
            .draw_series(one_time().flat_map(|(x, top)| bar(x, 0.0, top, DARK)))
            .map_err(drawing_error)?
            .label("One-time spend")
            .legend(|(x, y)| swatch(x, y, DARK));
        chart
            .draw_series(stacked().flat_map(|((x, bottom), top)| bar(x, bottom, top, LIGHT)))
            .map_err(drawing_error)?
            .label("Recurring costs carried forward")
            .legend(|(x, y)| swatch(x, y, LIGHT));
        chart
            .draw_series(report.years.iter().zip(&totals.cash_flow).enumerate().map(
                |(i, (y, v))| {
                    Text::new(
                        flow_label(*v, unknown(i)),
                        (*y as f64, coord(*v).max(0.0)),
                        label_style().pos(above()),
                    )
                },
            ))
            .map_err(drawing_error)?;
        Ok(())
    })?;
    let title = format!("Cash flow by year, {first}–{last} ({})", report.currency);
    let years: Vec<String> = report
        .years
        .iter()
        .zip(&totals.cash_flow)
        .zip(&totals.one_time)
        .enumerate()
        .map(|(i, ((y, flow), once))| {
            format!(
                "{y}: {} (one-time {})",
                flow_label(*flow, unknown(i)),
                with_minus(&money(*once))
            )
        })
        .collect();
    let tbd = match report.unknown.cash_flow.contains(&true) {
        true => " A year marked + tbd leaves out amounts not yet costed.",
        false => "",
    };
    let desc = format!(
        "Stacked bars: one-time spend, then recurring costs carried forward; each bar's top is the year's cash flow.{tbd} {}.",
        years.join("; ")
    );
    let mut chart = finish("chart-cash-flow", svg, &title, &desc);
    if !tbd.is_empty() {
        chart.note = Some(
            "+ tbd: that year leaves out amounts not yet costed (listed under \"Not yet costed or scheduled\").".into(),
        );
    }
    Ok(chart)
}

/// A year's cash flow as the budget table prints it: "+ tbd" when an
/// amount not yet costed is left out of it.
fn flow_label(value: rust_decimal::Decimal, unknown: bool) -> String {
    let amount = with_minus(&money(value));
    match unknown {
        true => format!("{amount} + tbd"),
        false => amount,
    }
}
