//! Views: reports shaped for the output formats.

pub mod budget;
pub mod json;
