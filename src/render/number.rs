//! Number formatting lives at the bottom of the crate, in [`crate::number`].

pub use crate::number::*;
