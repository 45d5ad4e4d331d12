//! Capacity by year: hours available for projects beside the hours
//! projects need; the part of the demand above capacity is the deficit.

use plotters::prelude::*;
use rust_decimal::Decimal;

use super::{
    Chart, DEFICIT, FONT, LIGHT, MID, OUTLINE, WIDTH, above, bounds, coord, drawing_error, finish,
    label_style, span, swatch, tick, value_range, year_label, year_range, year_ticks,
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
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(drawing_error)?;
        let y_range = value_range(rows.available.iter().chain(&rows.demand).map(|v| coord(*v)));
        let mut chart = ChartBuilder::on(&root)
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(96)
            .build_cartesian_2d(year_range(first, last), y_range)
            .map_err(drawing_error)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(year_ticks(first, last))
            .light_line_style(WHITE)
            .bold_line_style(super::GRID)
            .x_desc("Year")
            .y_desc("Hours per quarter")
            .axis_desc_style((FONT, 15))
            .label_style((FONT, 13))
            .x_label_formatter(&|v| year_label(*v))
            .y_label_formatter(&|v| tick(*v, 0))
            .draw()
            .map_err(drawing_error)?;
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
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE)
            .border_style(OUTLINE)
            .label_font((FONT, 14))
            .draw()
            .map_err(drawing_error)?;
        root.present().map_err(drawing_error)?;
    }
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
