//! `itplan schema`: the JSON Schema of the plan format, for editors.

use super::{Context, Outcome};
use crate::plan::schema::schema_text;

pub fn run(context: &mut Context) -> anyhow::Result<Outcome> {
    context.io.stdout.write_all(schema_text().as_bytes())?;
    context.io.stdout.flush()?;
    Ok(Outcome::Success)
}
