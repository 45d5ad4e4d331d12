//! `itplan capacity`.

use super::{Context, Outcome};
use crate::cli::CapacityArgs;
use crate::error::Error;
use crate::output::ColorChoice;

pub fn run(
    _args: &CapacityArgs,
    _color: ColorChoice,
    _context: &Context,
) -> Result<Outcome, Error> {
    Err(Error::usage("`itplan capacity` is not available yet"))
}
