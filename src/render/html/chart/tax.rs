//! Tax impact by year: each year's cost to the levy, in percent.

use plotters::prelude::*;

use super::frame::{ValueAxis, year_chart};
use super::{
    Chart, MID, above, bar, bounds, coord, drawing_error, finish, label_style, swatch, tick,
    value_range,
};
use crate::error::Error;
use crate::plan::Year;
use crate::render::html::sign::with_minus;
use crate::render::number::fixed;
use crate::report::levy::LevyRows;

const HEIGHT: u32 = 360;

/// The percent as every table prints it: two decimals.
pub(crate) fn percent(value: rust_decimal::Decimal) -> String {
    with_minus(&format!("{}%", fixed(value, 2)))
}

/// What the bars measure: the plan's cost, or, when the plan names funding,
/// the levy requirement (the levy's share of spending plus debt service).
struct Wording {
    axis: &'static str,
    legend: &'static str,
    title: &'static str,
    desc: &'static str,
}

const COST: Wording = Wording {
    axis: "Tax impact (% of levy)",
    legend: "Plan cost as a share of that year's tax levy",
    title: "% of levy",
    desc: "the plan's cost in each year as a percent of that year's tax levy",
};

const REQUIREMENT: Wording = Wording {
    axis: "Levy requirement ÷ levy (%)",
    legend: "Levy requirement (levy-funded cost + debt service) ÷ levy",
    title: "levy requirement, % of levy",
    desc: "the levy requirement in each year (the levy's share of spending plus debt service) as a percent of that year's tax levy",
};

/// `funded`: the plan names funding, so the levy carries only the levy requirement.
pub(crate) fn tax_chart(years: &[Year], levy: &LevyRows, funded: bool) -> Result<Chart, Error> {
    let wording = if funded { &REQUIREMENT } else { &COST };
    let impact = &levy.tax_impact_percent;
    let (first, last) = bounds(years);
    let axis = ValueAxis {
        desc: wording.axis,
        range: value_range(impact.iter().map(|v| coord(*v))),
        tick: &|v| format!("{}%", tick(*v, 2)),
    };
    let svg = year_chart(HEIGHT, (first, last), axis, |chart| {
        let points = || years.iter().zip(impact).map(|(y, v)| (*y as f64, *v));
        chart
            .draw_series(points().flat_map(|(x, v)| bar(x, 0.0, coord(v), MID)))
            .map_err(drawing_error)?
            .label(wording.legend)
            .legend(|(x, y)| swatch(x, y, MID));
        chart
            .draw_series(points().map(|(x, v)| {
                Text::new(
                    percent(v),
                    (x, coord(v).max(0.0)),
                    label_style().pos(above()),
                )
            }))
            .map_err(drawing_error)?;
        Ok(())
    })?;
    let title = format!("Tax impact by year, {first}–{last} ({})", wording.title);
    let values: Vec<String> = years
        .iter()
        .zip(impact)
        .map(|(y, v)| format!("{y}: {}", percent(*v)))
        .collect();
    let desc = format!("Bars: {}. {}.", wording.desc, values.join("; "));
    Ok(finish("chart-tax-impact", svg, &title, &desc))
}
