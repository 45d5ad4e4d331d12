//! `itplan budget --debt-schedule`: every loan the plan takes out, its
//! level payment and the years it is repaid.

use std::io::{self, Write};

use rust_decimal::Decimal;
use serde::Serialize;

use super::budget_funding::LoanJson;
use super::json::money;
use crate::output::{Render, write_json};
use crate::plan::{Debt, Year};
use crate::render::number;
use crate::render::{Cell, Column, Grid, Style};
use crate::report::budget::BudgetReport;
use crate::report::debt::Loan;

pub struct DebtScheduleView<'a>(pub &'a BudgetReport);

impl DebtScheduleView<'_> {
    fn loans(&self) -> &[Loan] {
        self.0.funding.as_ref().map_or(&[], |f| &f.loans)
    }

    fn debt(&self) -> Option<&Debt> {
        self.0.funding.as_ref().and_then(|f| f.debt.as_ref())
    }
}

impl Render for DebtScheduleView<'_> {
    fn command(&self) -> &'static str {
        "budget"
    }

    fn grids(&self) -> Vec<Grid> {
        vec![schedule_grid(self.0, self.loans(), self.debt())]
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_json(&schedule_json(self.0, self.loans(), self.debt()), out)
    }
}

fn terms(debt: &Debt) -> String {
    let years = |n: u32| format!("{n} year{}", if n == 1 { "" } else { "s" });
    let first = match debt.first_payment {
        0 => "first payment in the borrowing year".to_string(),
        n => format!("first payment {} after borrowing", years(n)),
    };
    format!(
        "Debt at {}% over {}, {first}",
        number::percent_of_share(debt.rate),
        years(debt.term)
    )
}

fn schedule_grid(report: &BudgetReport, loans: &[Loan], debt: Option<&Debt>) -> Grid {
    let currency = &report.currency;
    let (first, last) = report.horizon;
    let mut title = vec![
        format!(
            "{}{}",
            report.plan,
            super::by(report.organization.as_deref())
        ),
        format!("Debt schedule {first}–{last}, amounts in {currency}"),
    ];
    title.extend(debt.map(terms));
    let mut grid = Grid {
        title,
        ..Grid::default()
    };
    if loans.is_empty() {
        grid.notes
            .push("The plan borrows nothing: no funding names debt in a horizon year.".into());
        return grid;
    }
    grid.columns = vec![
        Column::number("Borrowed in", "year"),
        Column::number(format!("Principal ({currency})"), "principal"),
        Column::number(format!("Yearly payment ({currency})"), "payment"),
        Column::number("First payment", "first_payment"),
        Column::number("Last payment", "last_payment"),
        Column::number(format!("Total paid ({currency})"), "total_paid"),
        Column::number(format!("Interest ({currency})"), "interest"),
        Column::number(format!("Paid after {last} ({currency})"), "after_horizon"),
    ];
    let money_or_empty = |v: Option<Decimal>| v.map_or(Cell::Empty, Cell::Money);
    for loan in loans {
        grid.push(
            "loan",
            Style::Normal,
            vec![
                Cell::text(loan.year.to_string()),
                Cell::Money(loan.principal),
                Cell::Money(loan.payment),
                Cell::text(loan.first_payment.to_string()),
                Cell::text(loan.last_payment.to_string()),
                money_or_empty(loan.total_paid()),
                money_or_empty(loan.interest()),
                money_or_empty(loan.paid_after(last)),
            ],
        );
    }
    let totals = Totals::of(loans, last);
    grid.push(
        "total",
        Style::Total,
        vec![
            Cell::text("Total"),
            money_or_empty(totals.principal),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            money_or_empty(totals.total_paid),
            money_or_empty(totals.interest),
            money_or_empty(totals.after_horizon),
        ],
    );
    grid.notes.push(format!(
        "Payment = principal × r ÷ (1 − (1 + r)^−term), rounded to cents; debt service in {first}–{last} is the payments falling in each year; payments after {last} are in no total."
    ));
    grid
}

/// Sums over every loan; None where a sum overflows.
struct Totals {
    principal: Option<Decimal>,
    total_paid: Option<Decimal>,
    interest: Option<Decimal>,
    after_horizon: Option<Decimal>,
}

impl Totals {
    fn of(loans: &[Loan], last: Year) -> Totals {
        let sum = |pick: &dyn Fn(&Loan) -> Option<Decimal>| {
            loans
                .iter()
                .try_fold(Decimal::ZERO, |a, loan| a.checked_add(pick(loan)?))
        };
        Totals {
            principal: sum(&|l| Some(l.principal)),
            total_paid: sum(&|l| l.total_paid()),
            interest: sum(&|l| l.interest()),
            after_horizon: sum(&|l| l.paid_after(last)),
        }
    }
}

#[derive(Serialize)]
struct ScheduleJson<'a> {
    plan: &'a str,
    currency: &'a str,
    debt: Option<TermsJson>,
    loans: Vec<LoanJson>,
    totals: TotalsJson,
}

#[derive(Serialize)]
struct TermsJson {
    /// Percent, as written in the plan: "4.5".
    rate_percent: String,
    term: u32,
    first_payment: u32,
}

#[derive(Serialize)]
struct TotalsJson {
    principal: Option<String>,
    total_paid: Option<String>,
    interest: Option<String>,
    after_horizon: Option<String>,
}

fn schedule_json<'a>(
    report: &'a BudgetReport,
    loans: &[Loan],
    debt: Option<&Debt>,
) -> ScheduleJson<'a> {
    let totals = Totals::of(loans, report.horizon.1);
    ScheduleJson {
        plan: &report.plan,
        currency: &report.currency,
        debt: debt.map(|d| TermsJson {
            rate_percent: number::percent_of_share(d.rate),
            term: d.term,
            first_payment: d.first_payment,
        }),
        loans: loans
            .iter()
            .map(|loan| LoanJson::new(loan, report.horizon.1))
            .collect(),
        totals: TotalsJson {
            principal: totals.principal.map(money),
            total_paid: totals.total_paid.map(money),
            interest: totals.interest.map(money),
            after_horizon: totals.after_horizon.map(money),
        },
    }
}
