//! `--defer ID@YEAR` and `--drop ID`: a plan changed on the command line,
//! without editing the file. Each is a transformation of the validated plan;
//! every report then runs on the result as on any plan.

use std::collections::HashSet;

use super::level_deps::dependency_warnings_where;
use super::level_shift::{schedule_in, shift};
use crate::diagnostic::Diagnostic;
use crate::plan::{Plan, Year};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Start the initiative in `year`, moving it as levelling would.
    Defer { id: String, year: Year },
    /// Leave the initiative out.
    Drop { id: String },
}

impl Change {
    /// "BP-1 deferred to 2027", "MW1.5 dropped": for report titles.
    pub fn describe(&self) -> String {
        match self {
            Change::Defer { id, year } => format!("{id} deferred to {year}"),
            Change::Drop { id } => format!("{id} dropped"),
        }
    }
}

/// "what if BP-1 deferred to 2027, MW1.5 dropped"; None without changes.
pub fn title(changes: &[Change]) -> Option<String> {
    (!changes.is_empty()).then(|| {
        let list: Vec<String> = changes.iter().map(Change::describe).collect();
        format!("what if {}", list.join(", "))
    })
}

/// Parses the text of one `--defer`: `ID@YEAR`.
pub fn parse_defer(text: &str) -> Result<Change, String> {
    let (id, year) = text
        .rsplit_once('@')
        .ok_or_else(|| format!("--defer {text:?}: write ID@YEAR, e.g. --defer BP-1@2027"))?;
    let year = year
        .trim()
        .parse::<Year>()
        .ok()
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| {
            format!(
                "--defer {text:?}: YEAR must be a year from 1900 to 2200, e.g. --defer BP-1@2027"
            )
        })?;
    let id = id.trim();
    if id.is_empty() {
        return Err(format!(
            "--defer {text:?}: the initiative id is missing, e.g. --defer BP-1@2027"
        ));
    }
    Ok(Change::Defer {
        id: id.to_string(),
        year,
    })
}

/// The plan with every change applied, in the order given, and the warnings
/// the changes raise (dependencies broken by a defer or a drop).
pub fn apply(plan: &Plan, changes: &[Change]) -> Result<(Plan, Vec<Diagnostic>), Diagnostic> {
    let mut changed = plan.clone();
    let mut warnings = Vec::new();
    let mut deferred: HashSet<String> = HashSet::new();
    for change in changes {
        match change {
            Change::Defer { id, year } => {
                let initiative = changed
                    .initiatives
                    .iter_mut()
                    .find(|i| i.id == *id)
                    .ok_or_else(|| unknown(plan, id, "--defer"))?;
                match initiative.start_year {
                    None => schedule_in(initiative, *year),
                    Some(start) => shift(initiative, year - start).ok_or_else(|| {
                        Diagnostic::error(
                            None,
                            format!("--defer {id}@{year} moves a year out of range"),
                        )
                    })?,
                }
                deferred.insert(id.clone());
            }
            Change::Drop { id } => {
                let at = changed
                    .initiatives
                    .iter()
                    .position(|i| i.id == *id)
                    .ok_or_else(|| unknown(plan, id, "--drop"))?;
                changed.initiatives.remove(at);
                for initiative in &mut changed.initiatives {
                    let dependent = initiative.id.clone();
                    initiative.depends_on.retain(|dep| {
                        if dep.id == *id {
                            warnings.push(
                                Diagnostic::warning(
                                    Some(dep.span.clone()),
                                    format!("`{dependent}` depends on `{id}`, which --drop {id} leaves out"),
                                )
                                .label("this dependency is ignored"),
                            );
                        }
                        dep.id != *id
                    });
                }
                deferred.remove(id);
            }
        }
    }
    // A defer may break a dependency either way round: say so, as check would.
    warnings.extend(dependency_warnings_where(
        &changed,
        |dependent, dependency| {
            deferred.contains(&dependent.id) || deferred.contains(&dependency.id)
        },
    ));
    Ok((changed, warnings))
}

fn unknown(plan: &Plan, id: &str, flag: &str) -> Diagnostic {
    let close = plan
        .initiatives
        .iter()
        .find(|i| i.id.eq_ignore_ascii_case(id))
        .map(|i| format!("did you mean `{}`?", i.id));
    Diagnostic::error(
        None,
        format!("{flag} {id}: no initiative has the id `{id}`"),
    )
    .help(close.unwrap_or_else(|| "`itplan priorities PLAN` lists every id".to_string()))
}

#[cfg(test)]
#[path = "what_if_tests.rs"]
mod tests;
