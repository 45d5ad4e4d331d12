//! `itplan diff` end to end.
