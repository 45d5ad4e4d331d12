//! `itplan diff`.

use super::{Context, Outcome};
use crate::cli::DiffArgs;
use crate::error::Error;
use crate::output::ColorChoice;

pub fn run(_args: &DiffArgs, _color: ColorChoice, _context: &Context) -> Result<Outcome, Error> {
    Err(Error::usage("`itplan diff` is not available yet"))
}
