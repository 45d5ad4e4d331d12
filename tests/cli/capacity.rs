//! `itplan capacity` end to end.
