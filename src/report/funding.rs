//! Funding: which source pays each amount, the loans the debt shares take
//! out, and the levy requirement: what taxation must raise each year.

use rust_decimal::Decimal;

use super::cash_flow::CashFlow;
use super::debt::{Loan, debt_service, loans};
use super::funding_shares::{Sources, funding_of, split_into, used_sources};
use crate::diagnostic::Diagnostic;
use crate::plan::{Funding, Initiative, Plan, Year};

/// The funding of one initiative by one source, per horizon year (`--by funding`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingRow {
    pub initiative: usize,
    pub source: usize,
    pub amounts: Vec<Decimal>,
}

/// Funding over the whole horizon: index j is year `first_year + j`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingReport {
    pub first_year: Year,
    pub sources: Sources,
    /// `by_source[s][j]`: one-time and recurring shares together, so the
    /// sources of a year add up to its cash flow.
    pub by_source: Vec<Vec<Decimal>>,
    /// The debt shares of each year's one-time amounts.
    pub borrowing: Vec<Decimal>,
    pub loans: Vec<Loan>,
    pub debt_service: Vec<Decimal>,
    /// The levy shares plus debt service: what taxation must raise.
    pub levy_requirement: Vec<Decimal>,
    /// Per (initiative, source), in plan order; empty unless asked for.
    pub rows: Vec<FundingRow>,
}

/// Computes the plan's funding from its cash flow; `rows` asks for the
/// per-initiative split. Errors are overflows, located at the initiative.
pub fn funding(plan: &Plan, flow: &CashFlow, rows: bool) -> Result<FundingReport, Diagnostic> {
    let years = flow.years;
    let mut report = FundingReport {
        first_year: flow.first_year,
        sources: Sources::default(),
        by_source: Vec::new(),
        borrowing: vec![Decimal::ZERO; years],
        loans: Vec::new(),
        debt_service: Vec::new(),
        levy_requirement: Vec::new(),
        rows: Vec::new(),
    };
    report.sources.index(Funding::LEVY);
    let mut one_time = vec![Decimal::ZERO; years];
    for (i, initiative) in plan.initiatives.iter().enumerate() {
        add_initiative(&mut report, flow, i, initiative, &mut one_time, rows)
            .ok_or_else(|| overflow(initiative))?;
    }
    if plan.debt.is_none() && report.borrowing.iter().any(|b| *b > Decimal::ZERO) {
        // Validation requires [debt] whenever a funding names debt.
        return Err(
            Diagnostic::error(None, "the plan borrows, but has no [debt] table")
                .help("add [debt] with rate, term and first_payment"),
        );
    }
    finish(&mut report, plan).ok_or_else(|| {
        Diagnostic::error(
            plan.debt.as_ref().map(|debt| debt.span.clone()),
            "arithmetic overflow in the debt service or levy requirement",
        )
        .help("the loans' payments add up past the largest number itplan can hold (about 7.9 × 10^28): check the rate and the amounts borrowed")
    })?;
    Ok(report)
}

fn overflow(initiative: &Initiative) -> Diagnostic {
    Diagnostic::error(
        Some(initiative.span.clone()),
        format!("arithmetic overflow in the funding of `{}`", initiative.id),
    )
    .help("check the amounts of this initiative")
}

/// Splits one initiative's one-time and recurring amounts of every horizon
/// year. `one_time` is scratch space of one value per year.
fn add_initiative(
    report: &mut FundingReport,
    flow: &CashFlow,
    i: usize,
    initiative: &Initiative,
    one_time: &mut [Decimal],
    rows: bool,
) -> Option<()> {
    let (once, recurring) = funding_of(initiative);
    // Register the sources first, so one paying for amounts outside the
    // horizon is still listed (with zeros).
    let sources: Vec<usize> = used_sources(initiative)
        .map(|name| report.sources.index(name))
        .collect();
    report
        .by_source
        .resize(report.sources.0.len(), vec![Decimal::ZERO; flow.years]);
    let first_row = report.rows.len();
    if rows {
        for &source in &sources {
            if !report.rows[first_row..].iter().any(|r| r.source == source) {
                report.rows.push(FundingRow {
                    initiative: i,
                    source,
                    amounts: vec![Decimal::ZERO; flow.years],
                });
            }
        }
    }
    one_time.fill(Decimal::ZERO);
    for (year, amount) in initiative.one_time_amounts() {
        if let (Some(j), Some(value)) = (year.and_then(|y| flow.index(y)), amount.known()) {
            one_time[j] = one_time[j].checked_add(value)?;
        }
    }
    for (j, cell) in flow.row(i).iter().enumerate() {
        // The cell is one-time plus recurring, so the rest is the recurring amount.
        let parts = [
            (one_time[j], once),
            (cell.checked_sub(one_time[j])?, recurring),
        ];
        for (amount, funding) in parts {
            if amount.is_zero() {
                continue;
            }
            split_into(amount, funding, |name, part| {
                pay(report, first_row, j, name, part)
            })?;
        }
    }
    Some(())
}

/// Adds one share to its source (and to the borrowing when it is debt).
fn pay(
    report: &mut FundingReport,
    first_row: usize,
    j: usize,
    name: &str,
    part: Decimal,
) -> Option<()> {
    let source = report.sources.index(name);
    if source >= report.by_source.len() {
        let years = report.borrowing.len();
        report
            .by_source
            .resize(source + 1, vec![Decimal::ZERO; years]);
    }
    let cell = &mut report.by_source[source][j];
    *cell = cell.checked_add(part)?;
    if Funding::same_source(name, Funding::DEBT) {
        report.borrowing[j] = report.borrowing[j].checked_add(part)?;
    }
    if let Some(row) = report.rows[first_row..]
        .iter_mut()
        .find(|r| r.source == source)
    {
        row.amounts[j] = row.amounts[j].checked_add(part)?;
    }
    Some(())
}

/// Loans, debt service and the levy requirement, from the split amounts.
fn finish(report: &mut FundingReport, plan: &Plan) -> Option<()> {
    let years = report.borrowing.len();
    report.loans = match &plan.debt {
        Some(debt) => loans(debt, report.first_year, &report.borrowing)?,
        None => Vec::new(),
    };
    report.debt_service = debt_service(&report.loans, report.first_year, years)?;
    let levy = report.sources.find(Funding::LEVY)?;
    report.levy_requirement = report.by_source[levy]
        .iter()
        .zip(&report.debt_service)
        .map(|(levy, service)| levy.checked_add(*service))
        .collect::<Option<Vec<_>>>()?;
    Some(())
}
