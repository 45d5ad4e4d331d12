//! What each added, removed or changed initiative costs: its cash flow
//! summed over the years both plans share, old and new, so a reviewer sees
//! what a change adds before reading its fields.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::budget::InitiativeRow;
use super::changes::Changes;
use crate::diagnostic::Diagnostic;
use crate::plan::Year;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }

    /// The key of the cost lines: + added, − removed, ~ changed.
    pub fn symbol(self) -> &'static str {
        match self {
            ChangeKind::Added => "+",
            ChangeKind::Removed => "−",
            ChangeKind::Changed => "~",
        }
    }
}

/// One plan's total for an initiative over the shared years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostSide {
    /// The known part: "tbd" amounts add nothing.
    pub total: Decimal,
    /// A "tbd" amount falls in the shared years, so the total leaves it out.
    pub tbd: bool,
    /// start = "tbd": no year, so nothing is counted.
    pub unscheduled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeCost {
    pub id: String,
    pub name: String,
    pub change: ChangeKind,
    /// None where the initiative is absent from that plan.
    pub old: Option<CostSide>,
    pub new: Option<CostSide>,
    /// new − old, an absent side counting 0.
    pub delta: Decimal,
}

impl InitiativeCost {
    /// Either total leaves an unknown amount out.
    pub fn tbd(&self) -> bool {
        [self.old, self.new].iter().flatten().any(|side| side.tbd)
    }

    pub fn unscheduled(&self) -> bool {
        [self.old, self.new]
            .iter()
            .flatten()
            .any(|side| side.unscheduled)
    }
}

/// One plan's initiative rows over its horizon starting at `first_year`.
pub struct Rows<'a> {
    pub first_year: Year,
    pub rows: &'a [InitiativeRow],
}

/// Every added, removed and changed initiative with its cost over `common`
/// (None: the plans share no year, so every total is 0), largest change
/// first; equal changes keep added, removed, changed, each in plan order.
pub fn initiative_costs(
    changes: &Changes,
    old: Rows<'_>,
    new: Rows<'_>,
    common: Option<(Year, Year)>,
) -> Result<Vec<InitiativeCost>, Diagnostic> {
    let old_by_id = by_id(old.rows);
    let new_by_id = by_id(new.rows);
    let side = |rows: &Rows<'_>, map: &HashMap<&str, &InitiativeRow>, id: &str| {
        map.get(id)
            .map(|row| cost_side(row, rows.first_year, common))
            .transpose()
    };
    let listed = changes
        .added
        .iter()
        .map(|i| (ChangeKind::Added, &i.id, &i.name))
        .chain(
            changes
                .removed
                .iter()
                .map(|i| (ChangeKind::Removed, &i.id, &i.name)),
        )
        .chain(
            changes
                .changed
                .iter()
                .map(|i| (ChangeKind::Changed, &i.id, &i.name)),
        );
    let mut costs = Vec::new();
    for (change, id, name) in listed {
        let old_side = side(&old, &old_by_id, id)?;
        let new_side = side(&new, &new_by_id, id)?;
        let known = |s: Option<CostSide>| s.map_or(Decimal::ZERO, |s| s.total);
        let delta = known(new_side)
            .checked_sub(known(old_side))
            .ok_or_else(overflow)?;
        costs.push(InitiativeCost {
            id: id.clone(),
            name: name.clone(),
            change,
            old: old_side,
            new: new_side,
            delta,
        });
    }
    costs.sort_by_key(|c| std::cmp::Reverse(c.delta.abs()));
    Ok(costs)
}

fn by_id(rows: &[InitiativeRow]) -> HashMap<&str, &InitiativeRow> {
    rows.iter().map(|row| (row.id.as_str(), row)).collect()
}

fn cost_side(
    row: &InitiativeRow,
    first_year: Year,
    common: Option<(Year, Year)>,
) -> Result<CostSide, Diagnostic> {
    let shared = |year: Year| common.is_some_and(|(a, b)| (a..=b).contains(&year));
    if row.total.is_none() {
        return Ok(CostSide {
            total: Decimal::ZERO,
            tbd: false,
            unscheduled: true,
        });
    }
    let total = row
        .cash_flow
        .iter()
        .zip(first_year..)
        .filter(|(_, year)| shared(*year))
        .try_fold(Decimal::ZERO, |sum, (amount, _)| sum.checked_add(*amount))
        .ok_or_else(overflow)?;
    Ok(CostSide {
        total,
        tbd: row.tbd_years.iter().any(|year| shared(*year)),
        unscheduled: false,
    })
}

fn overflow() -> Diagnostic {
    Diagnostic::error(None, "arithmetic overflow comparing the two plans")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::changes::{Changed, Listed};

    use crate::number::testing::d;

    fn row(id: &str, cash_flow: &[&str], tbd_years: &[Year]) -> InitiativeRow {
        InitiativeRow {
            id: id.into(),
            name: format!("{id} name"),
            start: "2025".into(),
            group: None,
            one_time: crate::plan::PartSum::default(),
            recurring: crate::plan::Amount::Known(Decimal::ZERO),
            cash_flow: cash_flow.iter().map(|v| d(v)).collect(),
            tbd_years: tbd_years.to_vec(),
            total: Some(Decimal::ZERO),
        }
    }

    fn listed(id: &str) -> Listed {
        Listed {
            id: id.into(),
            name: format!("{id} name"),
        }
    }

    fn changes(added: &[&str], removed: &[&str], changed: &[&str]) -> Changes {
        Changes {
            added: added.iter().map(|id| listed(id)).collect(),
            removed: removed.iter().map(|id| listed(id)).collect(),
            changed: changed
                .iter()
                .map(|id| Changed {
                    id: (*id).into(),
                    name: format!("{id} name"),
                    fields: Vec::new(),
                })
                .collect(),
            plan: Vec::new(),
        }
    }

    #[test]
    fn added_removed_and_changed_largest_change_first() {
        let old = [
            row("A", &["10", "20", "30"], &[]),
            row("R", &["5", "5", "5"], &[]),
        ];
        let new = [
            row("A", &["10", "25", "30"], &[]),
            row("N", &["0", "0", "100"], &[]),
        ];
        let costs = initiative_costs(
            &changes(&["N"], &["R"], &["A"]),
            Rows {
                first_year: 2025,
                rows: &old,
            },
            Rows {
                first_year: 2025,
                rows: &new,
            },
            Some((2025, 2027)),
        )
        .unwrap();
        let summary: Vec<(&str, Option<Decimal>, Option<Decimal>, Decimal)> = costs
            .iter()
            .map(|c| {
                (
                    c.id.as_str(),
                    c.old.map(|s| s.total),
                    c.new.map(|s| s.total),
                    c.delta,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                ("N", None, Some(d("100")), d("100")),
                ("R", Some(d("15")), None, d("-15")),
                ("A", Some(d("60")), Some(d("65")), d("5")),
            ]
        );
        assert_eq!(costs[1].change, ChangeKind::Removed);
    }

    #[test]
    fn only_the_shared_years_count_and_tbd_stays_visible() {
        // Old 2024–2026, new 2025–2027: they share 2025–2026.
        let old = [row("A", &["1000", "10", "20"], &[2024])];
        let new = [row("A", &["10", "25", "7000"], &[2026])];
        let costs = initiative_costs(
            &changes(&[], &[], &["A"]),
            Rows {
                first_year: 2024,
                rows: &old,
            },
            Rows {
                first_year: 2025,
                rows: &new,
            },
            Some((2025, 2026)),
        )
        .unwrap();
        let cost = &costs[0];
        assert_eq!(cost.old.map(|s| (s.total, s.tbd)), Some((d("30"), false)));
        assert_eq!(cost.new.map(|s| (s.total, s.tbd)), Some((d("35"), true)));
        assert_eq!(cost.delta, d("5"));
        assert!(cost.tbd());
    }

    #[test]
    fn unscheduled_counts_nothing_but_is_present() {
        let mut unscheduled = row("U", &[], &[]);
        unscheduled.total = None;
        let costs = initiative_costs(
            &changes(&["U"], &[], &[]),
            Rows {
                first_year: 2025,
                rows: &[],
            },
            Rows {
                first_year: 2025,
                rows: &[unscheduled],
            },
            Some((2025, 2027)),
        )
        .unwrap();
        assert_eq!(costs[0].old, None);
        assert_eq!(
            costs[0].new,
            Some(CostSide {
                total: Decimal::ZERO,
                tbd: false,
                unscheduled: true
            })
        );
        assert!(costs[0].unscheduled());
    }
}
