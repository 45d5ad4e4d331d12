//! Plans: the file format, its validation and the domain model.

mod capacity;
mod fields;
mod initiative;
mod load;
pub mod model;
pub mod value;

pub use load::{Loaded, MAX_HORIZON_YEARS, load};
pub use model::*;
pub use value::Amount;

#[cfg(test)]
mod value_tests;
