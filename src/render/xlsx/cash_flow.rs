//! The formula of one initiative's cash flow in one year, built from the
//! contract's arithmetic over the initiative's input cells:
//! one-time(y) + ROUND(recurring × (1 + e)^(y − recurring start), 2)
//! while recurring start ≤ y ≤ recurring end.

use rust_xlsxwriter::RowNum;

use super::input_columns::{ESCALATION, ONE_TIME, PHASED, REC_END, REC_START, RECURRING, START};
use super::sheet::{cell, fixed_col, input};
use crate::plan::{Amount, Initiative, OneTime};

/// What the row's formula must handle, as the plan is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    pub phased: bool,
    pub unscheduled: bool,
    pub tbd_one_time: bool,
    pub tbd_phase: bool,
    pub tbd_recurring: bool,
}

impl Shape {
    pub fn of(initiative: &Initiative) -> Shape {
        let (phased, tbd_one_time, tbd_phase) = match &initiative.one_time {
            OneTime::InStartYear(amount) => (false, amount.is_tbd(), false),
            OneTime::Phased(phases) => (true, false, phases.iter().any(|(_, a)| a.is_tbd())),
        };
        Shape {
            phased,
            unscheduled: initiative.is_unscheduled(),
            tbd_one_time,
            tbd_phase,
            tbd_recurring: initiative.recurring == Amount::Tbd,
        }
    }

    pub fn has_tbd(self) -> bool {
        self.tbd_one_time || self.tbd_phase || self.tbd_recurring
    }
}

/// The formula of the cell for year `year` (a reference to the year's
/// header cell), for the initiative on inputs row `row`, whose one-time
/// amount for that year, when phased, is in inputs column PHASED + `j`.
///
/// A "tbd" input counts as nothing (N()), and a cell whose known part is
/// zero while a "tbd" falls in its year shows the text "tbd". An
/// unscheduled initiative's cells stay empty until it gets a start year.
pub fn year_formula(shape: Shape, row: RowNum, j: u16, year: &str) -> String {
    let at = |col| input(&fixed_col(row, col));
    let (start, one_time, recurring) = (at(START), at(ONE_TIME), at(RECURRING));
    let phase = input(&cell(row, PHASED + j));
    let active = active(row, year);
    let Parts { one, carried } = parts(shape, row, j, year);
    let known = format!("{one}+{carried}");
    let mut unknown = Vec::new();
    if shape.tbd_one_time {
        unknown.push(format!("AND({start}={year},ISTEXT({one_time}))"));
    }
    if shape.tbd_phase {
        unknown.push(format!("ISTEXT({phase})"));
    }
    if shape.tbd_recurring {
        unknown.push(format!("AND({active},ISTEXT({recurring}))"));
    }
    let mut body = if unknown.is_empty() {
        known
    } else {
        format!(
            "IF(AND({known}=0,OR({})),\"tbd\",{known})",
            unknown.join(",")
        )
    };
    if shape.unscheduled {
        body = format!("IF(ISTEXT({start}),\"\",{body})");
    }
    format!("={body}")
}

/// The two parts of a year's cash flow, as formula expressions: the
/// one-time amount and the recurring amount ("tbd" counting as nothing).
pub struct Parts {
    pub one: String,
    pub carried: String,
}

pub fn parts(shape: Shape, row: RowNum, j: u16, year: &str) -> Parts {
    let at = |col| input(&fixed_col(row, col));
    let (start, one_time, recurring) = (at(START), at(ONE_TIME), at(RECURRING));
    let (from, escalation) = (at(REC_START), at(ESCALATION));
    let phase = input(&cell(row, PHASED + j));
    let maybe_tbd = |reference: &str, tbd: bool| {
        if tbd {
            format!("N({reference})")
        } else {
            reference.to_string()
        }
    };
    let one = if shape.phased {
        maybe_tbd(&phase, shape.tbd_phase)
    } else {
        format!(
            "IF({start}={year},{},0)",
            maybe_tbd(&one_time, shape.tbd_one_time)
        )
    };
    let carried = format!(
        "IF({},ROUND({}*(1+{escalation})^({year}-{from}),2),0)",
        active(row, year),
        maybe_tbd(&recurring, shape.tbd_recurring)
    );
    Parts { one, carried }
}

/// True in the years the recurring cost is paid.
fn active(row: RowNum, year: &str) -> String {
    let at = |col| input(&fixed_col(row, col));
    let (from, through) = (at(REC_START), at(REC_END));
    format!("AND({year}>={from},OR({through}=\"\",{year}<={through}))")
}

/// The formula of an initiative's total over the year cells `range`.
pub fn total_formula(shape: Shape, row: RowNum, range: &str) -> String {
    let sum = format!("SUM({range})");
    let mut body = if shape.has_tbd() {
        format!("IF(AND({sum}=0,COUNTIF({range},\"tbd\")>0),\"tbd\",{sum})")
    } else {
        sum
    };
    if shape.unscheduled {
        let start = input(&fixed_col(row, START));
        body = format!("IF(ISTEXT({start}),\"tbd\",{body})");
    }
    format!("={body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_row_is_one_time_plus_the_carried_recurring_cost() {
        assert_eq!(
            year_formula(Shape::default(), 11, 2, "G$6"),
            "=IF(Inputs!$E12=G$6,Inputs!$F12,0)\
             +IF(AND(G$6>=Inputs!$H12,OR(Inputs!$I12=\"\",G$6<=Inputs!$I12)),\
             ROUND(Inputs!$G12*(1+Inputs!$J12)^(G$6-Inputs!$H12),2),0)"
        );
    }

    #[test]
    fn a_phased_row_reads_its_year_column() {
        let shape = Shape {
            phased: true,
            ..Shape::default()
        };
        assert!(year_formula(shape, 11, 2, "G$6").starts_with("=Inputs!M12+IF("));
    }

    #[test]
    fn tbd_shows_where_nothing_is_known() {
        let shape = Shape {
            tbd_one_time: true,
            unscheduled: true,
            ..Shape::default()
        };
        let formula = year_formula(shape, 11, 0, "E$6");
        assert!(formula.starts_with(
            "=IF(ISTEXT(Inputs!$E12),\"\",IF(AND(IF(Inputs!$E12=E$6,N(Inputs!$F12),0)+"
        ));
        assert!(formula.ends_with(",OR(AND(Inputs!$E12=E$6,ISTEXT(Inputs!$F12)))),\"tbd\",IF(Inputs!$E12=E$6,N(Inputs!$F12),0)+IF(AND(E$6>=Inputs!$H12,OR(Inputs!$I12=\"\",E$6<=Inputs!$I12)),ROUND(Inputs!$G12*(1+Inputs!$J12)^(E$6-Inputs!$H12),2),0)))"));
        assert_eq!(
            total_formula(shape, 11, "E12:I12"),
            "=IF(ISTEXT(Inputs!$E12),\"tbd\",IF(AND(SUM(E12:I12)=0,COUNTIF(E12:I12,\"tbd\")>0),\"tbd\",SUM(E12:I12)))"
        );
    }
}
