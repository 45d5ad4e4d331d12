//! Capacity by year: hours available for projects beside the hours
//! projects need; the part of the demand above capacity is the deficit.

use plotters::prelude::*;
use rust_decimal::Decimal;

use super::frame::{ValueAxis, year_chart};
use super::{
    Chart, DEFICIT, LIGHT, MID, above, bounds, coord, drawing_error, finish, label_style, span,
    swatch, tick, value_range,
};
use crate::error::Error;
use crate::render::html::sign::with_minus;
use crate::render::number::grouped_fixed;
use crate::report::capacity::CapacityReport;

const HEIGHT: u32 = 400;

pub(crate) fn fte(value: Decimal) -> String {
    with_minus(&format!("{} FTE", grouped_fixed(value, 2)))
}

fn hours(value: Decimal) -> String {
    with_minus(&grouped_fixed(value, 2))
}

pub(crate) fn capacity_chart(report: &CapacityReport) -> Result<Chart, Error> {
    let rows = &report.quarter.rows;
    let deficits = report.deficit_years();
    let (first, last) = bounds(&report.years);
    let axis = ValueAxis {
        desc: "Hours per quarter",
        range: value_range(rows.available.iter().chain(&rows.demand).map(|v| coord(*v))),
        tick: &|v| tick(*v, 0),
    };
    let svg = year_chart(HEIGHT, (first, last), axis, |chart| {
        let years = || report.years.iter().map(|y| *y as f64);
        let available = || years().zip(rows.available.iter().map(|v| coord(*v)));
        let demand = || available().zip(rows.demand.iter().map(|v| coord(*v)));
        chart
            .draw_series(available().flat_map(|(x, c)| span(x - 0.36, x - 0.02, 0.0, c, LIGHT)))
            .map_err(drawing_error)?
            .label("Available project capacity (C)")
            .legend(|(x, y)| swatch(x, y, LIGHT));
        // Demand up to capacity, then the deficit above it.
        chart
            .draw_series(
                demand()
                    .flat_map(|((x, c), d)| span(x + 0.02, x + 0.36, 0.0, d.min(c.max(0.0)), MID)),
            )
            .map_err(drawing_error)?
            .label("Project demand met by capacity (D)")
            .legend(|(x, y)| swatch(x, y, MID));
        let short = report.years.iter().zip(demand()).zip(&rows.surplus_fte);
        let short: Vec<_> = short
            .filter(|((year, _), _)| deficits.contains(year))
            .map(|((_, ((x, c), d)), f)| (x, c.max(0.0), d, *f))
            .collect();
        chart
            .draw_series(
                short
                    .iter()
                    .flat_map(|(x, c, d, _)| span(x + 0.02, x + 0.36, *c, *d, DEFICIT)),
            )
            .map_err(drawing_error)?
            .label("Deficit: demand above capacity (E < 0)")
            .legend(|(x, y)| swatch(x, y, DEFICIT));
        chart
            .draw_series(
                short.iter().map(|(x, _, d, f)| {
                    Text::new(fte(*f), (x + 0.19, *d), label_style().pos(above()))
                }),
            )
            .map_err(drawing_error)?;
        Ok(())
    })?;
    let title =
        format!("Staff capacity against project demand, {first}–{last} (hours per quarter)");
    let values: Vec<String> = report
        .years
        .iter()
        .enumerate()
        .map(|(j, y)| {
            format!(
                "{y}: available {}, demand {}, {} {}",
                hours(rows.available[j]),
                hours(rows.demand[j]),
                if deficits.contains(y) {
                    "deficit"
                } else {
                    "surplus"
                },
                fte(rows.surplus_fte[j])
            )
        })
        .collect();
    let desc = format!(
        "Paired bars per year: available project capacity (row C) and project demand (row D), average hours per quarter; demand above capacity is marked as deficit with its FTE. {}.",
        values.join("; ")
    );
    Ok(finish("chart-capacity", svg, &title, &desc))
}
