//! Plans: the file format, its validation and the domain model.
//!
//! Imports point down: `load` → the table readers (`header`, `initiative`,
//! `capacity`, `stated`) → `fields` → `registry`, `percent`, `scalar`,
//! `value` → `hint`, `model`.

mod capacity;
mod depends;
mod fields;
mod funding;
mod funding_names;
mod header;
mod hint;
mod initiative;
mod load;
pub mod model;
mod percent;
pub mod registry;
mod scalar;
pub mod schema;
mod source_typos;
mod stated;
mod syntax;
pub mod value;

pub use load::{Loaded, load};
pub use model::*;
pub use value::{Amount, PartSum};

#[cfg(test)]
mod funding_tests;
#[cfg(test)]
mod value_tests;
