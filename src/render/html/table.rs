//! A grid (the table every other format draws too) as an HTML table:
//! same rows, same figures, with the page's minus sign.

use maud::{Markup, html};

use super::sign::with_minus;
use crate::render::grid::{Cell, Grid, Style};

/// Extra text after the figures of some rows, e.g. " FTE" on row F.
pub(crate) type Units<'a> = &'a [(&'a str, &'a str)];

/// The grid as a table; its title lines after the first become the caption
/// (the first is the plan's name, already the page's heading).
pub(crate) fn table(grid: &Grid, id: &str, units: Units) -> Markup {
    let caption = grid.title.iter().skip(1).cloned().collect::<Vec<_>>();
    html! {
        div.table-wrap {
            @if let Some(headline) = &grid.headline {
                p class={ "headline" @if headline.alarm { " alarm" } } { (headline.text) }
            }
            table id=(id) {
                @if !caption.is_empty() {
                    caption { (caption.join(" · ")) }
                }
                thead {
                    tr {
                        @for column in &grid.columns {
                            th scope="col" class=[column.numeric.then_some("num")] { (column.header) }
                        }
                    }
                }
                tbody {
                    @for row in &grid.rows {
                        tr class=(style_class(row.style)) data-row=(row.kind) {
                            @for (cell, column) in row.cells.iter().zip(&grid.columns) {
                                td class=[cell_class(cell, column.numeric, row.style)] {
                                    (cell_text(cell, unit(units, row.kind)))
                                }
                            }
                        }
                    }
                }
            }
        }
        (notes(grid))
    }
}

/// The notes under a grid, as a list.
pub(crate) fn notes(grid: &Grid) -> Markup {
    html! {
        @if !grid.notes.is_empty() {
            ul.notes {
                @for note in &grid.notes {
                    li { (note) }
                }
            }
        }
    }
}

fn unit<'a>(units: Units<'a>, kind: &str) -> Option<&'a str> {
    units.iter().find(|(k, _)| *k == kind).map(|(_, u)| *u)
}

fn style_class(style: Style) -> &'static str {
    match style {
        Style::Normal => "normal",
        Style::Heading => "heading",
        Style::Subtotal => "subtotal",
        Style::Total => "total",
        Style::Balance => "balance",
        Style::Problem => "problem",
    }
}

/// Numbers right-aligned; on balance rows the deficits marked.
fn cell_class(cell: &Cell, numeric: bool, style: Style) -> Option<&'static str> {
    let deficit = style == Style::Balance && cell.is_negative();
    match (numeric, deficit) {
        (true, true) => Some("num deficit"),
        (true, false) => Some("num"),
        (false, _) => None,
    }
}

fn cell_text(cell: &Cell, unit: Option<&str>) -> String {
    match cell {
        Cell::Empty | Cell::Text(_) | Cell::Tbd => cell.human(),
        figure => {
            let text = with_minus(&figure.human());
            unit.map_or(text.clone(), |unit| format!("{text} {unit}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::grid::Column;
    use rust_decimal::Decimal;

    #[test]
    fn figures_get_the_minus_sign_and_their_unit_text_is_escaped() {
        let mut grid = Grid {
            title: vec!["Plan".into(), "Capacity <2024>".into()],
            columns: vec![Column::text("", "row"), Column::number("2024", "2024")],
            ..Grid::default()
        };
        grid.push(
            "surplus_fte",
            Style::Balance,
            vec![Cell::text("F & <b>"), Cell::Fixed(Decimal::new(-154, 2), 2)],
        );
        let html = table(&grid, "t", &[("surplus_fte", "FTE")]).into_string();
        assert!(
            html.contains("<caption>Capacity &lt;2024&gt;</caption>"),
            "{html}"
        );
        assert!(html.contains("<td>F &amp; &lt;b&gt;</td>"), "{html}");
        assert!(
            html.contains("<td class=\"num deficit\">\u{2212}1.54 FTE</td>"),
            "{html}"
        );
        assert!(html.contains("data-row=\"surplus_fte\""), "{html}");
    }
}
