//! Cell formats shared by every sheet. Inputs are blue, as financial
//! models mark the cells a reader may change; formulas stay black.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

const INPUT_BLUE: u32 = 0x0000CC;
const NOTE_GREY: u32 = 0x595959;

pub struct Formats {
    pub title: Format,
    pub note: Format,
    pub section: Format,
    pub header: Format,
    pub year_header: Format,
    pub label: Format,
    pub total_label: Format,
    pub text_input: Format,
    pub year_input: Format,
    pub money_input: Format,
    pub percent_input: Format,
    pub number_input: Format,
    pub year: Format,
    pub money: Format,
    pub money_total: Format,
    pub points: Format,
    pub points_total: Format,
    pub hours: Format,
    pub hours_total: Format,
    pub deficit: Format,
}

impl Formats {
    /// Formats for a plan whose money is in `currency` (display only).
    pub fn new(currency: &str) -> Formats {
        let money = money_format(currency);
        let input = Format::new().set_font_color(Color::RGB(INPUT_BLUE));
        let total = Format::new().set_bold().set_border_top(FormatBorder::Thin);
        Formats {
            title: Format::new().set_bold().set_font_size(14),
            note: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(NOTE_GREY)),
            section: Format::new().set_bold().set_font_size(12),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_border_bottom(FormatBorder::Thin),
            year_header: Format::new()
                .set_bold()
                .set_num_format("0")
                .set_align(FormatAlign::Right)
                .set_border_bottom(FormatBorder::Thin),
            label: Format::new(),
            total_label: total.clone(),
            text_input: input.clone(),
            year_input: input.clone().set_num_format("0"),
            money_input: input.clone().set_num_format(&money),
            percent_input: input.clone().set_num_format("0.00##%"),
            number_input: input.set_num_format("#,##0.00##"),
            year: Format::new().set_num_format("0"),
            money: Format::new()
                .set_num_format(&money)
                .set_align(FormatAlign::Right),
            money_total: total
                .clone()
                .set_num_format(&money)
                .set_align(FormatAlign::Right),
            points: Format::new().set_num_format("0.00"),
            points_total: total.clone().set_num_format("0.00"),
            hours: Format::new().set_num_format("#,##0.00"),
            hours_total: total.set_num_format("#,##0.00"),
            deficit: Format::new()
                .set_background_color(Color::RGB(0xFFC7CE))
                .set_font_color(Color::RGB(0x9C0006)),
        }
    }
}

/// Thousands separators, cents, and the plan's currency code after the
/// amount ("1,458,000.00 CAD"). The code is display text: quotes and
/// backslashes, which would break the format, are dropped.
pub fn money_format(currency: &str) -> String {
    let code: String = currency
        .chars()
        .filter(|c| !matches!(c, '"' | '\\') && !c.is_control())
        .collect();
    let code = code.trim();
    if code.is_empty() {
        "#,##0.00".into()
    } else {
        format!("#,##0.00 \"{code}\"")
    }
}

#[cfg(test)]
mod tests {
    use super::money_format;

    #[test]
    fn currency_codes_are_quoted_literals() {
        assert_eq!(money_format("CAD"), "#,##0.00 \"CAD\"");
        assert_eq!(money_format("C\"A\\D"), "#,##0.00 \"CAD\"");
        assert_eq!(money_format(" "), "#,##0.00");
    }
}
