//! What every chart shares: a white SVG canvas, and for the charts over
//! years a frame with the year axis, a value axis with grid lines, and the
//! legend drawn once the series are in.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::{FONT, GRID, OUTLINE, WIDTH, drawing_error, year_label, year_range, year_ticks};
use crate::error::Error;

/// The chart area of a chart over years: years across, values up.
pub(crate) type YearChart<'a> =
    ChartContext<'a, SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Draws on a white canvas as wide as every chart and returns the SVG.
pub(crate) fn canvas(
    height: u32,
    draw: impl FnOnce(&DrawingArea<SVGBackend, Shift>) -> Result<(), Error>,
) -> Result<String, Error> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(drawing_error)?;
        draw(&root)?;
        root.present().map_err(drawing_error)?;
    }
    Ok(svg)
}

/// The value axis of a chart over years: what it measures and how its
/// ticks read.
pub(crate) struct ValueAxis<'a> {
    pub desc: &'a str,
    pub range: std::ops::Range<f64>,
    pub tick: &'a dyn Fn(&f64) -> String,
}

/// A chart over the years `first` to `last`: the frame, then the series
/// `draw` adds, then their legend in the upper left.
pub(crate) fn year_chart(
    height: u32,
    (first, last): (i32, i32),
    axis: ValueAxis,
    draw: impl FnOnce(&mut YearChart<'_>) -> Result<(), Error>,
) -> Result<String, Error> {
    canvas(height, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(96)
            .build_cartesian_2d(year_range(first, last), axis.range)
            .map_err(drawing_error)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(year_ticks(first, last))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_desc("Year")
            .y_desc(axis.desc)
            .axis_desc_style((FONT, 15))
            .label_style((FONT, 13))
            .x_label_formatter(&|v| year_label(*v))
            .y_label_formatter(axis.tick)
            .draw()
            .map_err(drawing_error)?;
        draw(&mut chart)?;
        legend(&mut chart, SeriesLabelPosition::UpperLeft)
    })
}

/// The series' labels in a white, outlined box.
pub(crate) fn legend(
    chart: &mut YearChart<'_>,
    position: SeriesLabelPosition,
) -> Result<(), Error> {
    chart
        .configure_series_labels()
        .position(position)
        .background_style(WHITE)
        .border_style(OUTLINE)
        .label_font((FONT, 14))
        .draw()
        .map_err(drawing_error)
}
