//! Moving an initiative in time: the one transformation levelling and the
//! `--defer` what-if share, so both move exactly the same fields.

use crate::plan::{Effort, Initiative, OneTime, Start, Year};

/// Moves the whole initiative by `years` (negative: earlier): `start`,
/// `end`, phased one-time years, `recurring_start` and `recurring_end` when
/// set, and `effort_hours` table years. The years `adds_fte` counts follow
/// from start and recurring_end. An unscheduled initiative does not move.
/// None when a year would overflow.
pub fn shift(initiative: &mut Initiative, years: i32) -> Option<()> {
    let (Some(start), Some(end)) = (initiative.start_year, initiative.end_year) else {
        return Some(());
    };
    if years == 0 {
        return Some(());
    }
    let by = |year: Year| year.checked_add(years);
    initiative.start = Start::Year(by(start)?);
    initiative.start_year = Some(by(start)?);
    initiative.end_year = Some(by(end)?);
    if let OneTime::Phased(phases) = &mut initiative.one_time {
        for (year, _) in phases.iter_mut() {
            *year = by(*year)?;
        }
    }
    if let Some(year) = initiative.recurring_start.as_mut() {
        *year = by(*year)?;
    }
    if let Some(year) = initiative.recurring_end.as_mut() {
        *year = by(*year)?;
    }
    if let Effort::ByYear(table) = &mut initiative.effort_hours {
        for (year, _) in table.iter_mut() {
            *year = by(*year)?;
        }
    }
    Some(())
}

/// Schedules an unscheduled initiative in `year` alone (start = end = year).
pub fn schedule_in(initiative: &mut Initiative, year: Year) {
    initiative.start = Start::Year(year);
    initiative.start_year = Some(year);
    initiative.end_year = Some(year);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Amount;
    use crate::report::budget_tests::{d, plan};

    #[test]
    fn every_year_field_moves_together() {
        let plan = plan(
            "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2030\n\
             [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = 2025\nend = 2026\n\
             one_time = { 2025 = 10, 2026 = 20 }\nrecurring = 5\nrecurring_start = 2026\n\
             recurring_end = 2028\neffort_hours = { 2025 = 100, 2026 = 50 }\n",
        );
        let mut a = plan.initiatives[0].clone();
        shift(&mut a, 2).expect("no overflow");
        assert_eq!(a.start, Start::Year(2027));
        assert_eq!((a.start_year, a.end_year), (Some(2027), Some(2028)));
        assert_eq!(
            a.one_time,
            OneTime::Phased(vec![
                (2027, Amount::Known(d("10"))),
                (2028, Amount::Known(d("20")))
            ])
        );
        assert_eq!(
            (a.recurring_start, a.recurring_end),
            (Some(2028), Some(2030))
        );
        assert_eq!(
            a.effort_hours,
            Effort::ByYear(vec![(2027, d("100")), (2028, d("50"))])
        );
    }

    #[test]
    fn unscheduled_work_does_not_move_until_scheduled() {
        let plan = plan(
            "[plan]\nname = \"P\"\nfirst_year = 2025\nlast_year = 2030\n\
             [[initiative]]\nid = \"A\"\nname = \"a\"\nstart = \"tbd\"\n",
        );
        let mut a = plan.initiatives[0].clone();
        shift(&mut a, 3).expect("no overflow");
        assert_eq!(a.start, Start::Tbd);
        schedule_in(&mut a, 2027);
        assert_eq!((a.start_year, a.end_year), (Some(2027), Some(2027)));
    }
}
