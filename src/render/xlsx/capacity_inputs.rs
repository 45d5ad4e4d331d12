//! The capacity workbook's Inputs sheet: hours per FTE, the teams, the
//! staff initiatives and what-if hires add, the demand entries and the
//! initiatives' effort, one blue cell per figure.

use rust_xlsxwriter::{RowNum, Worksheet};

use super::capacity_cells::{Writer, YEARS};
use super::capacity_sources::{Staff, effort_initiatives};
use super::formats::Formats;
use super::number::exact;
use super::sheet::{self, TITLE_ROWS, fit, fixed};
use crate::diagnostic::Diagnostic;
use crate::plan::{Capacity, Plan, TeamOperational, Year};

/// Where the Capacity sheet finds each input.
pub struct CapacityInputs {
    /// `$B$7`: hours per FTE per quarter.
    pub h: String,
    /// Rows of the teams table: name, FTE, operational hours, operational share.
    pub teams: Vec<RowNum>,
    /// Rows of the added staff: id, name, start, through, FTE, operational share.
    pub staff: Vec<RowNum>,
    /// Rows of the demand entries: name, then hours per quarter by year.
    pub demand: Vec<RowNum>,
    /// Rows of the effort: id, name, start, end, total hours, then hours by year.
    pub effort: Vec<RowNum>,
}

pub fn write_capacity_inputs(
    sheet: &mut Worksheet,
    plan: &Plan,
    cap: &Capacity,
    staff: &[Staff],
    years: &[Year],
    formats: &Formats,
) -> Result<CapacityInputs, Diagnostic> {
    let f = formats;
    sheet.set_name(sheet::INPUTS)?;
    let lines = vec!["Inputs: the plan as written, in average hours per quarter. Edit a blue cell and the Capacity sheet recomputes.".to_string()];
    sheet::title(sheet, f, &plan.name, &lines)?;
    let span = || Some(cap.span.clone());
    let mut row = TITLE_ROWS;
    sheet.write_string(row, 0, "Hours per FTE per quarter (H)")?;
    let h = exact(cap.hours_per_fte_quarter, || {
        ("`hours_per_fte_quarter`".into(), span())
    })?;
    sheet.write_number_with_format(row, 1, h, &f.number_input)?;
    let h_cell = fixed(row, 1);
    row += 2;
    let mut writer = Writer { sheet, formats: f };
    let (teams, row) = write_teams(&mut writer, cap, row)?;
    let (staff, row) = write_staff(&mut writer, staff, row + 2)?;
    let (demand, row) = write_demand(&mut writer, cap, years, row + 2)?;
    let effort = write_effort(&mut writer, plan, years, row + 2)?;
    let widths = [30.0, 40.0, 14.0, 12.0, 16.0, 16.0];
    for (col, width) in (0..).zip(widths) {
        writer.sheet.set_column_width(col, width)?;
    }
    for (j, _) in (0..).zip(years) {
        writer.sheet.set_column_width(YEARS + j, 12.0)?;
    }
    Ok(CapacityInputs {
        h: h_cell,
        teams,
        staff,
        demand,
        effort,
    })
}

/// The teams table from `row`: its rows, and the last row written.
fn write_teams(
    writer: &mut Writer,
    cap: &Capacity,
    mut row: RowNum,
) -> Result<(Vec<RowNum>, RowNum), Diagnostic> {
    let f = writer.formats;
    let teams_header = [
        "Team",
        "FTE",
        "Operational hours per quarter",
        "Operational share",
    ];
    row = writer.header(row, "Teams", &teams_header, &[])?;
    let mut teams = Vec::new();
    for team in &cap.teams {
        row += 1;
        let what = |field: &str| {
            (
                format!("`{field}` of team `{}`", team.name),
                Some(team.span.clone()),
            )
        };
        writer
            .sheet
            .write_string_with_format(row, 0, fit(&team.name), &f.text_input)?;
        writer.number(row, 1, team.fte, || what("fte"))?;
        let (hours, share) = match team.operational {
            TeamOperational::HoursPerQuarter(hours) => (Some(hours), None),
            TeamOperational::Share(share) => (None, Some(share)),
        };
        writer.optional(
            row,
            2,
            hours,
            || what("operational_hours_per_quarter"),
            false,
        )?;
        writer.optional(row, 3, share, || what("operational"), true)?;
        teams.push(row);
    }
    Ok((teams, row))
}

/// The staff initiatives and what-if hires add, from `row`.
fn write_staff(
    writer: &mut Writer,
    staff: &[Staff],
    mut row: RowNum,
) -> Result<(Vec<RowNum>, RowNum), Diagnostic> {
    let f = writer.formats;
    let staff_header = [
        "ID",
        "Added staff",
        "From",
        "Through",
        "FTE",
        "Operational share",
    ];
    row = writer.header(
        row,
        "Staff added by initiatives and what-if hires",
        &staff_header,
        &[],
    )?;
    let mut staff_rows = Vec::new();
    for added in staff {
        row += 1;
        let what = |field: &str| (format!("`{field}` of `{}`", added.id), added.span.clone());
        writer
            .sheet
            .write_string_with_format(row, 0, fit(&added.id), &f.text_input)?;
        writer
            .sheet
            .write_string_with_format(row, 1, fit(&added.name), &f.text_input)?;
        writer.year(row, 2, added.start)?;
        match added.through {
            Some(year) => writer.year(row, 3, Some(year))?,
            None => {
                writer.sheet.write_blank(row, 3, &f.year_input)?;
            }
        }
        writer.number(row, 4, added.fte, || what("adds_fte"))?;
        writer.optional(row, 5, Some(added.share), || what("operational"), true)?;
        staff_rows.push(row);
    }
    Ok((staff_rows, row))
}

/// The demand entries, hours per quarter by capacity year, from `row`.
fn write_demand(
    writer: &mut Writer,
    cap: &Capacity,
    years: &[Year],
    mut row: RowNum,
) -> Result<(Vec<RowNum>, RowNum), Diagnostic> {
    let f = writer.formats;
    let span = || Some(cap.span.clone());
    row = writer.header(
        row,
        "Demand not tied to an initiative (hours per quarter)",
        &["Demand"],
        years,
    )?;
    let mut demand = Vec::new();
    for entry in &cap.demand {
        row += 1;
        writer
            .sheet
            .write_string_with_format(row, 0, fit(&entry.name), &f.text_input)?;
        for (j, &year) in (0..).zip(years) {
            let hours = entry
                .hours_per_quarter
                .iter()
                .find(|(y, _)| *y == year)
                .map(|(_, h)| *h);
            let what = || {
                (
                    format!("`hours_per_quarter` {year} of demand `{}`", entry.name),
                    span(),
                )
            };
            writer.optional(row, YEARS + j, hours, what, false)?;
        }
        demand.push(row);
    }
    Ok((demand, row))
}

/// The initiatives' effort, hours by year, from `row`: its rows.
fn write_effort(
    writer: &mut Writer,
    plan: &Plan,
    years: &[Year],
    mut row: RowNum,
) -> Result<Vec<RowNum>, Diagnostic> {
    let effort_header = [
        "ID",
        "Initiative",
        "Start",
        "End",
        "Effort hours (spread evenly over start–end)",
    ];
    row = writer.header(
        row,
        "Initiative effort (hours per year; the Capacity sheet divides by 4)",
        &effort_header,
        years,
    )?;
    let mut effort = Vec::new();
    for initiative in effort_initiatives(plan) {
        row += 1;
        writer.effort(row, initiative, years)?;
        effort.push(row);
    }
    Ok(effort)
}
