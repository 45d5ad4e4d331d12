//! Plans: the file format, its validation and the domain model.
//!
//! Imports point down: `load` → the table readers (`header`, `initiative`,
//! `capacity`, `stated`) → `fields` → `registry`, `value` → `hint`, `model`.

mod capacity;
mod fields;
mod header;
mod hint;
mod initiative;
mod load;
pub mod model;
pub mod registry;
pub mod schema;
mod stated;
mod syntax;
pub mod value;

pub use load::{Loaded, load};
pub use model::*;
pub use value::Amount;

#[cfg(test)]
mod value_tests;
