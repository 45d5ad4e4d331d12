//! `--defer ID@YEAR` and `--drop ID` on any report command: parse the
//! flags, change the loaded plan, say what the changes broke, and state
//! the changes in the report's title.

use super::Context;
use crate::error::Error;
use crate::output::{Render, Settings, emit};
use crate::plan::{Loaded, Plan};
use crate::report::what_if::{Change, apply, parse_defer};
use crate::view::what_if::ChangedView;

/// `--defer ID@YEAR` and `--drop ID`, as typed.
#[derive(Debug, Clone, Default)]
pub struct ChangeFlags {
    pub defer: Vec<String>,
    pub drop: Vec<String>,
}

impl ChangeFlags {
    /// The changes asked for: every `--defer`, then every `--drop`.
    pub fn parse(&self) -> Result<Vec<Change>, Error> {
        parse(&self.defer, &self.drop)
    }
}

/// The plan as loaded, and as changed by the command line's flags.
pub struct Scenario {
    pub loaded: Loaded,
    /// None when no change was asked for: the plan is the loaded one.
    changed: Option<Plan>,
}

impl Scenario {
    /// The plan the report is of: the loaded plan with the changes applied.
    pub fn plan(&self) -> &Plan {
        self.changed.as_ref().unwrap_or(&self.loaded.plan)
    }
}

/// Loads the plan at `path` and applies `changes` to it.
pub fn load(path: &str, changes: &[Change], context: &mut Context) -> Result<Scenario, Error> {
    let loaded = context.load_plan(path)?;
    let changed = changed(&loaded, changes, context)?;
    Ok(Scenario { loaded, changed })
}

/// The changes asked for: every `--defer`, then every `--drop`.
fn parse(defer: &[String], drop: &[String]) -> Result<Vec<Change>, Error> {
    let mut changes = Vec::with_capacity(defer.len() + drop.len());
    for text in defer {
        changes.push(parse_defer(text).map_err(Error::usage)?);
    }
    for id in drop {
        let id = id.trim();
        if id.is_empty() {
            return Err(Error::usage_with_help(
                "--drop needs an initiative id",
                "e.g. --drop MW1.5",
            ));
        }
        changes.push(Change::Drop { id: id.to_string() });
    }
    Ok(changes)
}

/// The loaded plan with `changes` applied (None when there are none, so a
/// large plan is not copied); their warnings go to stderr.
fn changed(
    loaded: &Loaded,
    changes: &[Change],
    context: &mut Context,
) -> Result<Option<Plan>, Error> {
    if changes.is_empty() {
        return Ok(None);
    }
    // A wrong id is a mistake on the command line, not in the plan.
    let (plan, warnings) = apply(&loaded.plan, changes).map_err(|d| match d.help {
        Some(help) => Error::usage_with_help(d.message, help),
        None => Error::usage(d.message),
    })?;
    context.print_warnings(&loaded.file, &warnings);
    Ok(Some(plan))
}

/// Emits `view`, titled with the changes when there are any.
pub fn emit_changed(
    view: &dyn Render,
    changes: &[Change],
    settings: &Settings,
    context: &mut Context,
) -> anyhow::Result<()> {
    if changes.is_empty() {
        return emit(view, settings, context.io);
    }
    emit(
        &ChangedView {
            inner: view,
            changes,
        },
        settings,
        context.io,
    )
}
