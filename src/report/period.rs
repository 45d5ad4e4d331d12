//! The period capacity hours are shown in.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// Average hours per quarter, as in a master plan's capacity table.
    #[default]
    Quarter,
    /// Hours per year (quarter × 4); FTE rows stay in FTE.
    Year,
}

impl Period {
    pub const ALL: [Period; 2] = [Period::Quarter, Period::Year];

    pub fn name(self) -> &'static str {
        match self {
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }
}
