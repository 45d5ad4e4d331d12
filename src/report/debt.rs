//! Debentures: each borrowing year takes out one loan, repaid in level
//! yearly payments that the levy carries for the loan's term.

use rust_decimal::Decimal;

use super::money::cents;
use crate::plan::{Debt, Year};

/// One year's borrowing and how it is repaid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loan {
    /// The borrowing year.
    pub year: Year,
    pub principal: Decimal,
    /// The level yearly payment, to cents.
    pub payment: Decimal,
    /// First and last year a payment falls in (the last may lie past the horizon).
    pub first_payment: Year,
    pub last_payment: Year,
}

impl Loan {
    /// Every payment over the full term, inside the horizon or not.
    pub fn total_paid(&self) -> Option<Decimal> {
        let payments = Decimal::from(self.last_payment - self.first_payment + 1);
        self.payment.checked_mul(payments)
    }

    /// The payments falling after `year` (past the horizon: in no total).
    pub fn paid_after(&self, year: Year) -> Option<Decimal> {
        let from = self.first_payment.max(year.checked_add(1)?);
        let count = (self.last_payment - from + 1).max(0);
        self.payment.checked_mul(Decimal::from(count))
    }

    /// What the full term pays beyond the principal (negative when cents
    /// rounding at 0% leaves it a little short).
    pub fn interest(&self) -> Option<Decimal> {
        self.total_paid()?.checked_sub(self.principal)
    }
}

/// P = L × r ÷ (1 − (1 + r)^−n), or L ÷ n when r = 0, rounded to cents
/// (half away from zero). Exact decimal arithmetic throughout; None on
/// overflow, a rate of −100% or less, or a zero term.
pub fn level_payment(principal: Decimal, rate: Decimal, term: u32) -> Option<Decimal> {
    if term == 0 {
        return None;
    }
    if rate.is_zero() {
        return Some(cents(principal.checked_div(Decimal::from(term))?));
    }
    let growth = Decimal::ONE.checked_add(rate)?;
    if growth <= Decimal::ZERO {
        return None;
    }
    // (1 + r)^−n by repeated division: a high rate shrinks it towards 0
    // instead of overflowing, as (1 + r)^n would.
    let mut discount = Decimal::ONE;
    for _ in 0..term {
        discount = discount.checked_div(growth)?;
    }
    let factor = rate.checked_div(Decimal::ONE.checked_sub(discount)?)?;
    Some(cents(principal.checked_mul(factor)?))
}

/// One loan per year whose borrowing is above zero, under the plan's terms.
/// `borrowing[j]` is the borrowing of year `first_year + j`. None on overflow.
pub fn loans(debt: &Debt, first_year: Year, borrowing: &[Decimal]) -> Option<Vec<Loan>> {
    let term = i32::try_from(debt.term).ok()?;
    let delay = i32::try_from(debt.first_payment).ok()?;
    let mut loans = Vec::new();
    for (year, &principal) in (first_year..).zip(borrowing) {
        if principal <= Decimal::ZERO {
            continue;
        }
        let first_payment = year.checked_add(delay)?;
        loans.push(Loan {
            year,
            principal,
            payment: level_payment(principal, debt.rate, debt.term)?,
            first_payment,
            last_payment: first_payment.checked_add(term - 1)?,
        });
    }
    Some(loans)
}

/// debt_service(y) for `years` horizon years from `first_year`: the payments
/// falling in y. Payments past the horizon are in no total.
pub fn debt_service(loans: &[Loan], first_year: Year, years: usize) -> Option<Vec<Decimal>> {
    let mut service = vec![Decimal::ZERO; years];
    for loan in loans {
        for year in loan.first_payment..=loan.last_payment {
            let Some(j) = usize::try_from(year - first_year)
                .ok()
                .filter(|j| *j < years)
            else {
                continue;
            };
            service[j] = service[j].checked_add(loan.payment)?;
        }
    }
    Some(service)
}
