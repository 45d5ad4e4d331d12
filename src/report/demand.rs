//! Row D of the capacity table, by source: each `[[capacity.demand]]` entry
//! and each initiative's effort, in hours per quarter, largest first.

use rust_decimal::Decimal;

use super::effort::{Window, add_demand, add_effort};
use crate::diagnostic::Diagnostic;
use crate::plan::{Capacity, Initiative};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Initiative,
    Demand,
}

/// Something that puts project demand on IT staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub kind: SourceKind,
    /// The initiative's id; None for a `[[capacity.demand]]` entry.
    pub id: Option<String>,
    pub name: String,
}

/// The sources with any hours in the window, and their hours per year
/// (parallel Vecs), sorted by their total over the window, largest first.
pub fn sources(
    cap: &Capacity,
    initiatives: &[Initiative],
    window: &Window,
) -> Result<(Vec<Source>, Vec<Vec<Decimal>>), Diagnostic> {
    let mut found: Vec<(Source, Vec<Decimal>, Decimal)> = Vec::new();
    for demand in &cap.demand {
        let mut row = vec![Decimal::ZERO; window.len];
        add_demand(demand, window, &mut row).ok_or_else(|| overflow(cap.span.clone()))?;
        let source = Source {
            kind: SourceKind::Demand,
            id: None,
            name: demand.name.clone(),
        };
        push(&mut found, source, row).ok_or_else(|| overflow(cap.span.clone()))?;
    }
    for initiative in initiatives {
        let mut row = vec![Decimal::ZERO; window.len];
        let source = Source {
            kind: SourceKind::Initiative,
            id: Some(initiative.id.clone()),
            name: initiative.name.clone(),
        };
        add_effort(initiative, window, &mut row)
            .and_then(|()| push(&mut found, source, row))
            .ok_or_else(|| overflow(initiative.span.clone()))?;
    }
    // Stable: equal totals keep the plan's order.
    found.sort_by_key(|(_, _, total)| std::cmp::Reverse(*total));
    Ok(found.into_iter().map(|(s, row, _)| (s, row)).unzip())
}

/// Keeps a source that has hours in the window. None on overflow.
fn push(
    found: &mut Vec<(Source, Vec<Decimal>, Decimal)>,
    source: Source,
    row: Vec<Decimal>,
) -> Option<()> {
    let total = row
        .iter()
        .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v))?;
    if row.iter().any(|v| !v.is_zero()) {
        found.push((source, row, total));
    }
    Some(())
}

fn overflow(span: std::ops::Range<usize>) -> Diagnostic {
    Diagnostic::error(Some(span), "arithmetic overflow in the project demand")
        .label("hours grow past the largest number itplan can hold")
        .help("check `effort_hours` and `hours_per_quarter`")
}
