//! What a command needs the plan to have: a clear error, pointing at the
//! table to add, when it is missing.

use super::invalid;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::plan::{Capacity, Loaded, Plan};

/// The help for a missing `[levy]` table, wherever `--levy` needs one.
pub const LEVY_HELP: &str =
    "add [levy] with base_year, base and growth (or by_year), or run without --levy";

/// `--levy` needs a `[levy]` table in `plan` (the loaded plan, changed by
/// any what-ifs).
pub fn levy(plan: &Plan, loaded: &Loaded) -> Result<(), Error> {
    if plan.levy.is_some() {
        return Ok(());
    }
    Err(invalid(
        loaded,
        Diagnostic::error(None, "--levy needs a [levy] table, and this plan has none")
            .help(LEVY_HELP),
    ))
}

/// The plan's `[capacity]` table; without one there is no staff to
/// `purpose` (compare, level against).
pub fn capacity<'p>(
    plan: &'p Plan,
    loaded: &Loaded,
    purpose: &str,
    help: &str,
) -> Result<&'p Capacity, Error> {
    plan.capacity.as_ref().ok_or_else(|| {
        invalid(
            loaded,
            Diagnostic::error(
                None,
                format!(
                    "this plan has no [capacity] table, so there is no staff capacity to {purpose}"
                ),
            )
            .help(help),
        )
    })
}
