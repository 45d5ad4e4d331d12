//! Grouping budget rows by theme, category or kind, with subtotals.

use rust_decimal::Decimal;

use super::row::InitiativeRow;
use crate::diagnostic::Diagnostic;
use crate::plan::Initiative;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Theme,
    Category,
    Kind,
    /// By funding source: one row per (initiative, source) with its share.
    Funding,
}

impl GroupBy {
    pub const ALL: [GroupBy; 4] = [
        GroupBy::Theme,
        GroupBy::Category,
        GroupBy::Kind,
        GroupBy::Funding,
    ];

    pub fn key(self, initiative: &Initiative) -> Option<String> {
        match self {
            GroupBy::Theme => initiative.theme.clone(),
            GroupBy::Category => initiative.category.clone(),
            GroupBy::Kind => initiative.kind.map(|k| k.as_str().to_string()),
            // Rows by source are built from the funding report instead.
            GroupBy::Funding => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            GroupBy::Theme => "theme",
            GroupBy::Category => "category",
            GroupBy::Kind => "kind",
            GroupBy::Funding => "funding",
        }
    }
}

/// A group of rows, in the order its first member appears in the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// None for the initiatives that give no value.
    pub name: Option<String>,
    /// Indices into the report's initiatives.
    pub rows: Vec<usize>,
    pub one_time: Decimal,
    pub recurring: Decimal,
    pub cash_flow: Vec<Decimal>,
    pub total: Decimal,
}

pub fn group_rows(
    _by: GroupBy,
    rows: &[InitiativeRow],
    years: usize,
) -> Result<Vec<Group>, Diagnostic> {
    let mut groups: Vec<Group> = Vec::new();
    let mut index: std::collections::HashMap<Option<&str>, usize> =
        std::collections::HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let key = row.group.as_deref();
        let g = *index.entry(key).or_insert_with(|| {
            groups.push(Group {
                name: row.group.clone(),
                rows: Vec::new(),
                one_time: Decimal::ZERO,
                recurring: Decimal::ZERO,
                cash_flow: vec![Decimal::ZERO; years],
                total: Decimal::ZERO,
            });
            groups.len() - 1
        });
        add_row(&mut groups[g], i, row)
            .ok_or_else(|| Diagnostic::error(None, "arithmetic overflow in a group subtotal"))?;
    }
    // Rows without a value come last, under "(none)".
    groups.sort_by_key(|group| group.name.is_none());
    Ok(groups)
}

fn add_row(group: &mut Group, i: usize, row: &InitiativeRow) -> Option<()> {
    group.rows.push(i);
    if row.total.is_none() {
        // Unscheduled: its amounts fall in no year, so in no subtotal either.
        return Some(());
    }
    group.one_time = group.one_time.checked_add(row.one_time.known)?;
    group.recurring = group
        .recurring
        .checked_add(row.recurring.known().unwrap_or_default())?;
    for (total, cell) in group.cash_flow.iter_mut().zip(&row.cash_flow) {
        *total = total.checked_add(*cell)?;
    }
    group.total = group.total.checked_add(row.total.unwrap_or_default())?;
    Some(())
}
