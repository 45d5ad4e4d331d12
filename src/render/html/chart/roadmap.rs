//! The roadmap by theme: one Gantt bar per scheduled initiative from its
//! start year through its end year, ongoing work drawn apart from dated work.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{canvas, legend};
use super::{
    Chart, DARK, FONT, GRID, LIGHT, OUTLINE, drawing_error, finish, span, swatch, swatch_dot,
    year_label, year_range, year_ticks,
};
use crate::error::Error;
use crate::plan::Year;

/// One scheduled initiative on the roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub theme: Option<String>,
    pub id: String,
    pub name: String,
    pub start: Year,
    pub end: Year,
    /// Ongoing work (start "ongoing" or status "ongoing"), not a dated project.
    pub ongoing: bool,
}

/// More bars than this make a chart nobody can read; the tables list all.
pub const MAX_BARS: usize = 150;
/// Years drawn beyond the horizon on either side, at most.
const MARGIN_YEARS: Year = 10;
const ROW_HEIGHT: u32 = 18;
/// Empty rows above the first theme: the legend, then the years again
/// (a long roadmap's axis is far below its first rows).
const LEGEND_ROWS: usize = 5;
const LABEL_CHARS: usize = 46;
const OUTSIDE: RGBColor = RGBColor(0xf0, 0xf0, 0xf0);

enum Row<'a> {
    Theme(&'a str),
    Bar(&'a Bar),
}

/// Themes in the order they first appear, initiatives without one last.
fn rows(bars: &[Bar]) -> Vec<Row<'_>> {
    let mut themes: Vec<Option<&str>> = Vec::new();
    for bar in bars {
        if !themes.contains(&bar.theme.as_deref()) {
            themes.push(bar.theme.as_deref());
        }
    }
    themes.sort_by_key(|t| t.is_none());
    let mut rows = Vec::with_capacity(bars.len() + themes.len());
    for theme in themes {
        rows.push(Row::Theme(theme.unwrap_or("No theme")));
        rows.extend(
            bars.iter()
                .filter(|b| b.theme.as_deref() == theme)
                .map(Row::Bar),
        );
    }
    rows
}

fn label(row: &Row) -> String {
    match row {
        Row::Theme(name) => name.to_uppercase(),
        Row::Bar(bar) => {
            let text = format!("{}  {}", bar.id, bar.name);
            if text.chars().count() > LABEL_CHARS {
                let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
                format!("{}…", cut.trim_end())
            } else {
                text
            }
        }
    }
}

/// `bars` holds at most [`MAX_BARS`]; `horizon` is the plan's first and last year.
pub(crate) fn roadmap_chart(bars: &[Bar], horizon: (Year, Year)) -> Result<Chart, Error> {
    let rows = rows(bars);
    let first = bars.iter().map(|b| b.start).min().unwrap_or(horizon.0);
    let last = bars.iter().map(|b| b.end).max().unwrap_or(horizon.1);
    let low = first.clamp(horizon.0 - MARGIN_YEARS, horizon.0);
    let high = last.clamp(horizon.1, horizon.1 + MARGIN_YEARS);
    let total = (rows.len() + LEGEND_ROWS) as f64;
    let centre = |i: usize| total - LEGEND_ROWS as f64 - i as f64 - 0.5;
    let height = 90 + ROW_HEIGHT * (rows.len() + LEGEND_ROWS) as u32;
    let top = total - LEGEND_ROWS as f64;
    let svg = canvas(height, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(330)
            .build_cartesian_2d(year_range(low, high), 0.0..total)
            .map_err(drawing_error)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(year_ticks(low, high))
            .y_labels(0)
            .x_desc("Year (bars run from the start year through the end year)")
            .axis_desc_style((FONT, 15))
            .label_style((FONT, 12))
            .x_label_formatter(&|v| year_label(*v))
            .draw()
            .map_err(drawing_error)?;
        // Years outside the horizon, shaded.
        let outside = [(low, horizon.0 - 1), (horizon.1 + 1, high)];
        chart
            .draw_series(
                outside
                    .iter()
                    .filter(|(from, to)| from <= to)
                    .map(|(from, to)| {
                        Rectangle::new(
                            [(*from as f64 - 0.5, 0.0), (*to as f64 + 0.5, top)],
                            OUTSIDE.filled(),
                        )
                    }),
            )
            .map_err(drawing_error)?
            .label("Outside the plan's horizon")
            .legend(|(x, y)| swatch(x, y, OUTSIDE));
        chart
            .draw_series((low..=high + 1).map(|y| {
                let x = y as f64 - 0.5;
                PathElement::new(vec![(x, 0.0), (x, top)], GRID.stroke_width(1))
            }))
            .map_err(drawing_error)?;
        chart
            .draw_series(rows.iter().enumerate().filter_map(|(i, row)| match row {
                Row::Theme(_) => Some(Rectangle::new(
                    [
                        (low as f64 - 0.5, centre(i) - 0.5),
                        (high as f64 + 0.5, centre(i) + 0.5),
                    ],
                    GRID.filled(),
                )),
                Row::Bar(_) => None,
            }))
            .map_err(drawing_error)?;
        let placed = || {
            rows.iter().enumerate().filter_map(|(i, row)| match row {
                Row::Bar(bar) => Some((centre(i), *bar)),
                Row::Theme(_) => None,
            })
        };
        let clip = |bar: &Bar| (bar.start.max(low), bar.end.min(high));
        let extent = |bar: &Bar| {
            let (from, to) = clip(bar);
            (from as f64 - 0.5, to as f64 + 0.5)
        };
        chart
            .draw_series(placed().filter(|(_, b)| !b.ongoing).flat_map(|(y, bar)| {
                let (from, to) = extent(bar);
                span(from, to, y - 0.32, y + 0.32, DARK)
            }))
            .map_err(drawing_error)?
            .label("Dated work: start year through end year")
            .legend(|(x, y)| swatch(x, y, DARK));
        let ongoing: Vec<(f64, &Bar)> = placed().filter(|(_, b)| b.ongoing).collect();
        chart
            .draw_series(ongoing.iter().flat_map(|(y, bar)| {
                let (from, to) = extent(bar);
                span(from, to, y - 0.32, y + 0.32, LIGHT)
            }))
            .map_err(drawing_error)?
            .label("Ongoing work (a dot in each year)")
            .legend(|(x, y)| swatch_dot(x, y, LIGHT));
        chart
            .draw_series(ongoing.iter().flat_map(|(y, bar)| {
                let (from, to) = clip(bar);
                let y = *y;
                (from..=to).map(move |year| Circle::new((year as f64, y), 3, OUTLINE.filled()))
            }))
            .map_err(drawing_error)?;
        legend(&mut chart, SeriesLabelPosition::UpperRight)?;
        // Row labels beside the bars, themes in bold.
        let right = HPos::Right;
        for (i, row) in rows.iter().enumerate() {
            let (x, y) = chart.backend_coord(&(low as f64 - 0.5, centre(i)));
            let style = match row {
                Row::Theme(_) => TextStyle::from((FONT, 12).into_font().style(FontStyle::Bold)),
                Row::Bar(_) => TextStyle::from((FONT, 12).into_font()),
            };
            root.draw(&Text::new(
                label(row),
                (x - 8, y),
                style.color(&OUTLINE).pos(Pos::new(right, VPos::Center)),
            ))
            .map_err(drawing_error)?;
        }
        for year in low..=high {
            let (x, y) = chart.backend_coord(&(year as f64, top + 0.5));
            root.draw(&Text::new(
                year_label(year as f64),
                (x, y),
                TextStyle::from((FONT, 12).into_font().style(FontStyle::Bold))
                    .color(&OUTLINE)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))
            .map_err(drawing_error)?;
        }
        Ok(())
    })?;
    let dated = bars.iter().filter(|b| !b.ongoing).count();
    let title = format!("Roadmap by theme, {}–{}", horizon.0, horizon.1);
    let desc = format!(
        "Gantt chart of {} scheduled initiatives grouped by theme: {dated} dated (dark bars from start year through end year) and {} ongoing (light bars with a dot in each year).",
        bars.len(),
        bars.len() - dated
    );
    Ok(finish("chart-roadmap", svg, &title, &desc))
}
