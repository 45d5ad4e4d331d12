//! `itplan check`.

use super::{Context, Outcome};
use crate::cli::CheckArgs;
use crate::error::Error;
use crate::output::ColorChoice;

pub fn run(_args: &CheckArgs, _color: ColorChoice, _context: &Context) -> Result<Outcome, Error> {
    Err(Error::usage("`itplan check` is not available yet"))
}
