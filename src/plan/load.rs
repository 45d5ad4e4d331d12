//! From TOML text to a validated `Plan`, collecting every problem on the way.

use toml::de::{DeTable, DeValue};

use super::capacity::read_capacity;
use super::fields::Fields;
use super::funding::read_debt;
use super::funding_names::check_sources;
use super::header::{read_header, read_levy};
use super::initiative::read_initiatives;
use super::model::Plan;
use super::registry::{DOCUMENT, PLAN};
use super::stated::read_stated;
use super::syntax::syntax_diagnostics;
use super::value::{Problems, Value};
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::Error;
use crate::source::SourceFile;

/// A loaded plan and the warnings found while validating it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub file: SourceFile,
    pub plan: Plan,
    pub warnings: Vec<Diagnostic>,
}

/// Parses and validates a whole plan; on failure, every problem found.
pub fn load(file: SourceFile) -> Result<Loaded, Error> {
    let (document, syntax_errors) = DeTable::parse_recoverable(&file.text);
    if !syntax_errors.is_empty() {
        return Err(Error::invalid(
            &file,
            syntax_diagnostics(&file, &syntax_errors),
        ));
    }
    let mut problems = Problems::default();
    let document = Value::new(document.span(), DeValue::Table(document.into_inner()));
    let plan = read_document(&document, &file, &mut problems);
    let (errors, warnings): (Vec<_>, Vec<_>) = problems
        .0
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    match plan {
        Some(plan) if errors.is_empty() => Ok(Loaded {
            file,
            plan,
            warnings,
        }),
        _ => Err(Error::invalid(&file, errors)),
    }
}

fn read_document(document: &Value, file: &SourceFile, problems: &mut Problems) -> Option<Plan> {
    if let DeValue::Table(top) = document.get_ref()
        && !top.contains_key("plan")
    {
        // One error, not one per stray [plan] key: the header is what is missing.
        problems.push(missing_plan(top, file));
        return None;
    }
    let mut top = Fields::new(document, &DOCUMENT, problems)?;
    let header = top.table("plan", read_header);
    let levy = top.table("levy", read_levy);
    let header = header?;
    let initiatives = read_initiatives(&mut top, &header, file);
    let capacity = top.table("capacity", |fields| read_capacity(fields, &header));
    let stated = top.tables("stated", read_stated);
    let debt = top.table("debt", read_debt);
    let (initiative_values, debt_value) = (top.get("initiative"), top.get("debt"));
    check_sources(initiative_values, debt_value, top.problems());
    Some(Plan {
        debt,
        levy,
        initiatives,
        capacity,
        stated,
        ..header
    })
}

fn missing_plan(top: &DeTable, file: &SourceFile) -> Diagnostic {
    let stray = top
        .iter()
        .filter(|(key, _)| PLAN.field(key.get_ref()).is_some())
        .min_by_key(|(key, _)| key.span().start);
    match stray {
        Some((key, _)) => {
            let line = file.lines().line_number(key.span().start);
            Diagnostic::error(Some(key.span()), "the plan has no [plan] table")
                .label("this belongs under [plan]")
                .help(format!(
                    "add a line `[plan]` above line {line}, so name, first_year and last_year are read as the plan's"
                ))
        }
        None => Diagnostic::error(Some(0..0), "the plan has no [plan] table").help(
            "start the file with [plan] and `name = \"IT Master Plan\"`, `first_year = 2025`, `last_year = 2029`",
        ),
    }
}
