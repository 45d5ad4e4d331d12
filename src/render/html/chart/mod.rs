//! The page's charts, drawn by plotters into SVG strings. Figures arrive
//! as exact decimals from the reports and become floats only here, as
//! drawing coordinates.

mod capacity;
mod cash_flow;
mod frame;
mod roadmap;
mod tax;

use maud::html;
use plotters::element::ComposedElement;
use plotters::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub(crate) use capacity::capacity_chart;
pub(crate) use capacity::fte;
pub(crate) use cash_flow::cash_flow_chart;
pub(crate) use roadmap::roadmap_chart;
pub use roadmap::{Bar, MAX_BARS};
pub(crate) use tax::percent;
pub(crate) use tax::tax_chart;

use super::sign::with_minus;
use crate::error::Error;

/// One drawn chart: an inline SVG with its accessible title and description.
pub(crate) struct Chart {
    pub title: String,
    pub svg: String,
    /// A line under the chart that explains a mark the legend cannot.
    pub note: Option<String>,
}

/// Width of every chart, in SVG user units (pixels on screen).
pub(crate) const WIDTH: u32 = 960;
pub(crate) const FONT: &str = "sans-serif";

/// Shades chosen to stay apart when printed in greyscale (dark, mid,
/// light), with a black outline on every mark.
pub(crate) const DARK: RGBColor = RGBColor(0x1f, 0x3b, 0x5c);
pub(crate) const MID: RGBColor = RGBColor(0x5b, 0x7f, 0xa6);
pub(crate) const LIGHT: RGBColor = RGBColor(0xc9, 0xd8, 0xe8);
/// The deficit: darkest of all, and red where colour is printed.
pub(crate) const DEFICIT: RGBColor = RGBColor(0x8b, 0x1a, 0x1a);
pub(crate) const GRID: RGBColor = RGBColor(0xe4, 0xe8, 0xee);
pub(crate) const OUTLINE: RGBColor = RGBColor(0x22, 0x22, 0x22);

/// A decimal as a drawing coordinate.
pub(crate) fn coord(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// An axis tick: whole numbers with thousands separators and a real minus sign.
pub(crate) fn tick(value: f64, decimals: usize) -> String {
    use rust_decimal::prelude::FromPrimitive;
    match Decimal::from_f64(value) {
        Some(decimal) => with_minus(&crate::render::number::grouped_fixed(
            decimal,
            decimals as u32,
        )),
        None => with_minus(&format!("{value:.decimals$}")),
    }
}

/// Room above the tallest mark for value labels and the legend.
pub(crate) fn value_range(values: impl IntoIterator<Item = f64>) -> std::ops::Range<f64> {
    let (mut low, mut high) = (0.0_f64, 0.0_f64);
    for value in values {
        low = low.min(value);
        high = high.max(value);
    }
    if high <= low {
        high = low + 1.0;
    }
    let span = high - low;
    let low = if low < 0.0 { low - span * 0.08 } else { 0.0 };
    low..high + span * 0.3
}

/// The year axis: year y spans y − 0.5 to y + 0.5, centred on its tick.
pub(crate) fn year_range(first: i32, last: i32) -> std::ops::Range<f64> {
    (first as f64 - 0.5)..(last as f64 + 0.5)
}

/// How many ticks to ask for: at most one per year.
pub(crate) fn year_ticks(first: i32, last: i32) -> usize {
    usize::try_from(last - first + 1).unwrap_or(1).clamp(1, 16)
}

/// A tick on the year axis: the year, or nothing between years.
pub(crate) fn year_label(value: f64) -> String {
    if (value - value.round()).abs() < 1e-6 {
        format!("{}", value.round() as i64)
    } else {
        String::new()
    }
}

/// First and last of the shown years.
pub(crate) fn bounds(years: &[i32]) -> (i32, i32) {
    (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    )
}

/// Wraps a drawing failure (plotters' own errors) as itplan's.
pub(crate) fn drawing_error(error: impl std::fmt::Display) -> Error {
    Error::Write {
        path: "the HTML report".into(),
        source: std::io::Error::other(format!("cannot draw a chart: {error}")),
    }
}

/// Puts `<title>` and `<desc>` first in the SVG (what screen readers and
/// tooltips read), makes it an image for assistive technology and lets
/// CSS scale it.
pub(crate) fn finish(id: &str, svg: String, title: &str, desc: &str) -> Chart {
    let accessible = html! {
        title id={ (id) "-title" } { (title) }
        desc id={ (id) "-desc" } { (desc) }
    }
    .into_string();
    let open_end = svg.find('>').map_or(0, |i| i + 1);
    let (open, rest) = svg.split_at(open_end);
    let open = open.trim_end_matches('>');
    let svg = format!(
        "{open} id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\n{accessible}\n{rest}"
    );
    Chart {
        title: title.to_string(),
        svg,
        note: None,
    }
}

/// The style of value labels above marks.
pub(crate) fn label_style<'a>() -> TextStyle<'a> {
    TextStyle::from((FONT, 13).into_font()).color(&OUTLINE)
}

/// Half the width of a bar, in years.
pub(crate) const HALF_BAR: f64 = 0.3;

/// A bar from `bottom` to `top` centred on year `x`: its fill, then its outline.
pub(crate) fn bar(x: f64, bottom: f64, top: f64, colour: RGBColor) -> [Rectangle<(f64, f64)>; 2] {
    span(x - HALF_BAR, x + HALF_BAR, bottom, top, colour)
}

/// A filled, outlined rectangle between two corners in chart coordinates.
pub(crate) fn span(
    left: f64,
    right: f64,
    bottom: f64,
    top: f64,
    colour: RGBColor,
) -> [Rectangle<(f64, f64)>; 2] {
    let corners = [(left, bottom), (right, top)];
    [
        Rectangle::new(corners, colour.filled()),
        Rectangle::new(corners, OUTLINE.stroke_width(1)),
    ]
}

/// A legend sample: a fill, then its outline, placed at a backend point.
pub(crate) type Swatch<DB> =
    ComposedElement<(i32, i32), DB, Rectangle<(i32, i32)>, Rectangle<(i32, i32)>>;

/// The legend's sample of a fill, outlined like the marks.
pub(crate) fn swatch<DB: DrawingBackend>(x: i32, y: i32, colour: RGBColor) -> Swatch<DB> {
    EmptyElement::at((x, y))
        + Rectangle::new([(0, -6), (14, 6)], colour.filled())
        + Rectangle::new([(0, -6), (14, 6)], OUTLINE.stroke_width(1))
}

/// The legend's sample of ongoing work: a light fill with a dot.
pub(crate) fn swatch_dot<'a, DB: DrawingBackend + 'a>(
    x: i32,
    y: i32,
    colour: RGBColor,
) -> impl plotters::element::IntoDynElement<'a, DB, (i32, i32)> {
    swatch(x, y, colour) + Circle::new((7, 0), 3, OUTLINE.filled())
}

/// Text anchored at its bottom centre: a label sitting on a bar.
pub(crate) fn above() -> plotters::style::text_anchor::Pos {
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    Pos::new(HPos::Center, VPos::Bottom)
}
