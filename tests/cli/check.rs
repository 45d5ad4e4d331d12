//! `itplan check` end to end.
