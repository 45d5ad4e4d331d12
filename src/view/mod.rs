//! Views: reports shaped for the output formats.

pub mod budget;
pub mod capacity;
pub mod capacity_json;
pub mod json;
