//! The table fitted to a width, drawn by comfy-table.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{
    Attribute, Cell as ComfyCell, CellAlignment, Color, ColumnConstraint, ContentArrangement,
    Table, Width,
};

use super::super::grid::{Cell, Grid};
use super::super::text::{printable, width};
use super::layout::{self, Need, table_width};
use super::{Paint, first_total};

pub fn write_body(grid: &Grid, max: usize, color: bool, out: &mut dyn Write) -> io::Result<()> {
    let dp = grid.money_decimals();
    let headers: Vec<String> = grid
        .columns
        .iter()
        .map(|c| printable(&c.header).into_owned())
        .collect();
    let cells: Vec<Vec<String>> = grid
        .rows
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .zip(&dp)
                .map(|(cell, dp)| human(cell, *dp))
                .collect()
        })
        .collect();
    let needs = needs(grid, &headers, &cells);
    let naming = grid.naming_columns();
    for (b, block) in layout::blocks(&needs, &naming, max).iter().enumerate() {
        if b > 0 {
            writeln!(out)?;
        }
        let page = Page {
            grid,
            headers: &headers,
            cells: &cells,
            naming: &naming,
            color,
        };
        for line in page.draw(block) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

fn human(cell: &Cell, dp: u32) -> String {
    match cell {
        Cell::Text(text) => printable(text).into_owned(),
        other => other.human_with(dp),
    }
}

fn needs(grid: &Grid, headers: &[String], cells: &[Vec<String>]) -> Vec<Need> {
    (0..grid.columns.len())
        .map(|i| {
            let numeric = grid.columns[i].numeric;
            let widest = cells.iter().map(|row| width(&row[i])).max().unwrap_or(0);
            let words = |text: &str| text.split(' ').map(width).max().unwrap_or(0);
            let mut word = words(&headers[i]);
            if !numeric {
                word = word.max(cells.iter().map(|row| words(&row[i])).max().unwrap_or(0));
            }
            Need::of(&headers[i], widest, word, numeric)
        })
        .collect()
}

/// One grid's prepared text, drawn a block of columns at a time.
struct Page<'a> {
    grid: &'a Grid,
    headers: &'a [String],
    cells: &'a [Vec<String>],
    naming: &'a [usize],
    color: bool,
}

impl Page<'_> {
    /// The block's lines; the totals set apart by a rule.
    fn draw(&self, block: &[(usize, usize)]) -> Vec<String> {
        let rows = self.grid.rows.len();
        let split = first_total(self.grid).unwrap_or(rows);
        let mut lines: Vec<String> = self.table(block, 0..split, true).lines().collect();
        if split < rows {
            // Two tables of equal widths, stitched with a middle rule.
            if let Some(bottom) = lines.pop() {
                lines.push(bottom.replace('└', "├").replace('┴', "┼").replace('┘', "┤"));
            }
            lines.extend(self.table(block, split..rows, false).lines().skip(1));
        }
        lines
    }

    fn table(&self, block: &[(usize, usize)], rows: std::ops::Range<usize>, header: bool) -> Table {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(clamp(table_width(block.iter().map(|(_, w)| *w))));
        if self.color {
            table.enforce_styling();
        }
        if header {
            table.set_header(block.iter().map(|(c, _)| {
                let cell = ComfyCell::new(&self.headers[*c]);
                if self.color {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            }));
        }
        let label = self.label_column(block);
        for r in rows {
            let row = &self.grid.rows[r];
            let named = self.naming.iter().any(|&c| !self.cells[r][c].is_empty());
            let first_naming = block.iter().position(|(c, _)| self.naming.contains(c));
            let cells = block.iter().enumerate().map(|(k, (c, _))| {
                let mut text = self.cells[r][*c].as_str();
                if !named && Some(k) == first_naming {
                    // A total row is named by its label when the label's
                    // column is in another block.
                    if let Some(l) = label {
                        text = self.cells[r][l].as_str();
                    }
                }
                let cell = ComfyCell::new(text);
                if !self.color {
                    return cell;
                }
                match Paint::of(&row.cells[*c], row.style) {
                    Paint::Plain => cell,
                    Paint::Bold => cell.add_attribute(Attribute::Bold),
                    Paint::Red => cell.fg(Color::Red),
                    Paint::Green => cell.fg(Color::Green),
                }
            });
            table.add_row(cells.collect::<Vec<_>>());
        }
        // Columns exist once rows do: constrain them now.
        for (k, (c, w)) in block.iter().enumerate() {
            if let Some(column) = table.column_mut(k) {
                // comfy-table counts the padding in an absolute width.
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(clamp(w + 2))));
                if self.grid.columns[*c].numeric {
                    column.set_cell_alignment(CellAlignment::Right);
                }
            }
        }
        table
    }

    /// The text column that labels unnamed rows, when this block lacks it.
    fn label_column(&self, block: &[(usize, usize)]) -> Option<usize> {
        (0..self.grid.columns.len()).find(|c| {
            !self.grid.columns[*c].numeric
                && !self.naming.contains(c)
                && !block.iter().any(|(b, _)| b == c)
        })
    }
}

fn clamp(width: usize) -> u16 {
    u16::try_from(width).unwrap_or(u16::MAX)
}
