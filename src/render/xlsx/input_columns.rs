//! Where the budget workbook's Inputs sheet keeps each initiative's
//! figures: the columns the Budget sheet's formulas read.

use rust_xlsxwriter::ColNum;

use crate::plan::Plan;

// Columns of the initiatives table.
pub const ID: ColNum = 0;
pub const START: ColNum = 4;
pub const ONE_TIME: ColNum = 5;
pub const RECURRING: ColNum = 6;
pub const REC_START: ColNum = 7;
pub const REC_END: ColNum = 8;
pub const ESCALATION: ColNum = 9;
/// One-time amounts by year: horizon year j in column PHASED + j.
pub const PHASED: ColNum = 10;

/// How many year columns the horizon takes.
pub fn horizon_cols(plan: &Plan) -> ColNum {
    ColNum::try_from(plan.horizon_len()).unwrap_or(ColNum::MAX)
}
