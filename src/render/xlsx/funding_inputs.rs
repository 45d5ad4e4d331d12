//! The funding inputs of the budget workbook: each initiative's share per
//! source of its one-time and of its recurring cost (to the right of the
//! initiatives table, one column per source), which source takes the
//! rounding remainder, and the `[debt]` terms below the table.

use rust_decimal::Decimal;
use rust_xlsxwriter::{ColNum, RowNum, Worksheet};

use super::formats::Formats;
use super::number::exact;
use super::sheet::{fit, fixed, fixed_row, input, note};
use crate::diagnostic::Diagnostic;
use crate::plan::{Funding, Initiative, Plan};
use crate::report::funding_shares::funding_of;

/// The one-time cost (part 0) or the recurring cost (part 1).
pub const PARTS: [&str; 2] = ["one-time", "recurring"];

/// Where the Funding sheet finds the shares (absolute references).
pub struct FundingInputs {
    pub sources: Vec<String>,
    /// The row of the source names above the share columns.
    pub header_row: RowNum,
    /// The column of the first one-time share.
    pub first_col: ColNum,
    pub debt: Option<DebtInputs>,
}

pub struct DebtInputs {
    pub rate: String,
    pub term: String,
    pub first_payment: String,
}

impl FundingInputs {
    fn count(&self) -> ColNum {
        ColNum::try_from(self.sources.len()).unwrap_or(ColNum::MAX)
    }

    /// The share column of source `s` for `part`.
    pub fn share_col(&self, part: usize, s: usize) -> ColNum {
        let block = if part == 0 { 0 } else { self.count() + 2 };
        self.first_col + block + ColNum::try_from(s).unwrap_or(ColNum::MAX)
    }

    /// The column naming the source that takes the remainder of `part`.
    pub fn last_col(&self, part: usize) -> ColNum {
        self.share_col(part, self.sources.len())
    }

    /// `Inputs!P$12`: the name of source `s`, above its one-time shares.
    pub fn source_name(&self, s: usize) -> String {
        input(&fixed_row(self.header_row, self.share_col(0, s)))
    }

    pub fn debt_index(&self) -> Option<usize> {
        self.sources
            .iter()
            .position(|s| Funding::same_source(s, Funding::DEBT))
    }
}

impl FundingInputs {
    /// The share columns from `first_col` on, beside the initiatives table
    /// whose column headers are on `header_row`.
    pub fn new(sources: &[String], (header_row, first_col): (RowNum, ColNum)) -> FundingInputs {
        FundingInputs {
            sources: sources.to_vec(),
            header_row,
            first_col,
            debt: None,
        }
    }

    /// What each block of share columns is, on the row above `header_row`
    /// (the sheet is written row by row, this with the table's title).
    pub fn write_titles(&self, sheet: &mut Worksheet, formats: &Formats) -> Result<(), Diagnostic> {
        for (part, name) in PARTS.iter().enumerate() {
            sheet.write_string_with_format(
                self.header_row - 1,
                self.share_col(part, 0),
                format!("Funding of the {name} cost: share per source"),
                &formats.header,
            )?;
        }
        Ok(())
    }

    /// The source names over the share columns, on `header_row`.
    pub fn write_headers(
        &self,
        sheet: &mut Worksheet,
        formats: &Formats,
    ) -> Result<(), Diagnostic> {
        for part in 0..PARTS.len() {
            for (s, source) in self.sources.iter().enumerate() {
                let col = self.share_col(part, s);
                sheet.write_string_with_format(
                    self.header_row,
                    col,
                    fit(source),
                    &formats.header,
                )?;
                sheet.set_column_width(col, 11.0)?;
            }
            let col = self.last_col(part);
            let row = self.header_row;
            sheet.write_string_with_format(row, col, "Takes the remainder", &formats.header)?;
            sheet.set_column_width(col, 14.0)?;
            if part == 0 {
                let text = "Each amount is split separately: every share but the one taking the \
                            remainder is rounded to cents, so the shares add up to the amount.";
                sheet.insert_note(row, col, &note(text))?;
            }
        }
        Ok(())
    }

    /// An initiative's shares of its one-time and its recurring cost, on
    /// its row of the table.
    pub fn write_row(
        &self,
        sheet: &mut Worksheet,
        formats: &Formats,
        initiative: &Initiative,
        row: RowNum,
    ) -> Result<(), Diagnostic> {
        let (once, recurring) = funding_of(initiative);
        for (part, funding) in [once, recurring].into_iter().enumerate() {
            write_shares(sheet, self, formats, initiative, row, part, funding)?;
        }
        Ok(())
    }

    /// The `[debt]` terms, from `debt_row` on (below the table).
    pub fn write_debt(
        &mut self,
        sheet: &mut Worksheet,
        plan: &Plan,
        formats: &Formats,
        debt_row: RowNum,
    ) -> Result<(), Diagnostic> {
        let Some(debt) = &plan.debt else {
            return Ok(());
        };
        let span = || Some(debt.span.clone());
        sheet.write_string_with_format(debt_row, 0, "Debt", &formats.section)?;
        sheet.write_string_with_format(
            debt_row,
            1,
            "Each year's borrowing is one loan, repaid in level yearly payments",
            &formats.note,
        )?;
        let rate = exact(debt.rate, || ("`rate` of the debt".into(), span()))?;
        let values = [
            ("Rate (yearly)", rate, &formats.percent_input),
            ("Term (years)", f64::from(debt.term), &formats.number_input),
            (
                "First payment (years after the borrowing year)",
                f64::from(debt.first_payment),
                &formats.number_input,
            ),
        ];
        let mut cells = Vec::new();
        for (row, (label, value, format)) in (debt_row + 1..).zip(values) {
            sheet.write_string(row, 0, label)?;
            sheet.write_number_with_format(row, 1, value, format)?;
            cells.push(input(&fixed(row, 1)));
        }
        let [rate, term, first_payment] = <[String; 3]>::try_from(cells).unwrap_or_default();
        self.debt = Some(DebtInputs {
            rate,
            term,
            first_payment,
        });
        Ok(())
    }
}

fn write_shares(
    sheet: &mut Worksheet,
    inputs: &FundingInputs,
    formats: &Formats,
    initiative: &Initiative,
    row: RowNum,
    part: usize,
    funding: &Funding,
) -> Result<(), Diagnostic> {
    let whole = [(funding_name(funding), Decimal::ONE)];
    let shares: &[(String, Decimal)] = match funding {
        Funding::Source(_) => &whole,
        Funding::Shares(shares) => shares,
    };
    for s in 0..inputs.sources.len() {
        sheet.write_blank(row, inputs.share_col(part, s), &formats.percent_input)?;
    }
    for (name, share) in shares {
        let Some(s) = inputs
            .sources
            .iter()
            .position(|source| Funding::same_source(source, name))
        else {
            continue;
        };
        let value = exact(*share, || {
            let field = ["funding", "recurring_funding"][part];
            (
                format!("`{field}` of `{}`", initiative.id),
                Some(initiative.span.clone()),
            )
        })?;
        sheet.write_number_with_format(
            row,
            inputs.share_col(part, s),
            value,
            &formats.percent_input,
        )?;
    }
    // The source taking the remainder, spelled as in the header above.
    let last = shares
        .last()
        .map_or(Funding::LEVY, |(name, _)| name.as_str());
    let last = inputs
        .sources
        .iter()
        .find(|source| Funding::same_source(source, last))
        .map_or(last, String::as_str);
    sheet.write_string_with_format(row, inputs.last_col(part), fit(last), &formats.text_input)?;
    Ok(())
}

fn funding_name(funding: &Funding) -> String {
    match funding {
        Funding::Source(name) => name.clone(),
        Funding::Shares(_) => String::new(),
    }
}
