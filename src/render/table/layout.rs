//! Fitting a table to a width: columns shrink (text wraps, numbers never
//! break), and when even that is too wide the columns are split into
//! blocks, each repeating the columns that name a row.

/// A text column shrinks to its longest word, but to no less than this...
const TEXT_MIN: usize = 12;
/// ...and no more: longer words (ids) wrap inside them.
const WORD_MAX: usize = 16;

/// What a column needs: its natural width, and the least it can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Need {
    pub natural: usize,
    pub min: usize,
    pub numeric: bool,
}

impl Need {
    /// A text column wraps down to its longest word (within 12 to 16
    /// columns); a numeric one keeps its widest figure whole (its header
    /// may wrap, at spaces).
    pub fn of(header: &str, widest_cell: usize, longest_word: usize, numeric: bool) -> Need {
        let natural = widest_cell.max(super::super::text::width(header));
        let min = if numeric {
            widest_cell.max(longest_word)
        } else {
            natural.min(longest_word.clamp(TEXT_MIN, WORD_MAX))
        };
        Need {
            natural,
            min,
            numeric,
        }
    }
}

/// Width of a table whose columns hold `widths` characters: a border and
/// a space either side of every column.
pub fn table_width(widths: impl IntoIterator<Item = usize>) -> usize {
    let (sum, n) = widths.into_iter().fold((0, 0), |(s, n), w| (s + w, n + 1));
    sum + 3 * n + 1
}

/// The blocks of columns to draw, each as (column, width) in column order.
pub fn blocks(needs: &[Need], naming: &[usize], width: usize) -> Vec<Vec<(usize, usize)>> {
    let all: Vec<usize> = (0..needs.len()).collect();
    if table_width(needs.iter().map(|n| n.natural)) <= width {
        return vec![all.iter().map(|&i| (i, needs[i].natural)).collect()];
    }
    if table_width(needs.iter().map(|n| n.min)) <= width {
        return vec![fit(needs, &all, width)];
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = naming.to_vec();
    for i in all.iter().copied().filter(|i| !naming.contains(i)) {
        let mut trial = current.clone();
        trial.push(i);
        let has_own = current.iter().any(|c| !naming.contains(c));
        if has_own && table_width(trial.iter().map(|&c| needs[c].min)) > width {
            groups.push(std::mem::replace(&mut current, naming.to_vec()));
            current.push(i);
        } else {
            current = trial;
        }
    }
    groups.push(current);
    groups
        .into_iter()
        .map(|mut group| {
            group.sort_unstable();
            fit(needs, &group, width)
        })
        .collect()
}

/// Widths for `columns` within `width`: each its minimum, then the room
/// left given a column at a time to the one furthest from its natural
/// width: text first (names unwrap), then numeric headers.
fn fit(needs: &[Need], columns: &[usize], width: usize) -> Vec<(usize, usize)> {
    let mut widths: Vec<usize> = columns.iter().map(|&c| needs[c].min).collect();
    let mut room = width.saturating_sub(table_width(widths.iter().copied()));
    while room > 0 {
        let short = (0..columns.len())
            .map(|k| {
                let need = needs[columns[k]];
                let text = !need.numeric;
                (text, need.natural.saturating_sub(widths[k]), k)
            })
            .filter(|(_, missing, _)| *missing > 0)
            .max()
            .map(|(_, missing, k)| (missing, k));
        match short {
            Some((missing, k)) if missing > 0 => {
                widths[k] += 1;
                room -= 1;
            }
            _ => break,
        }
    }
    columns.iter().copied().zip(widths).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn need(natural: usize, min: usize) -> Need {
        Need {
            natural,
            min,
            numeric: natural == min,
        }
    }

    #[test]
    fn a_table_that_fits_keeps_its_natural_widths() {
        let needs = [need(5, 5), need(10, 10)];
        assert_eq!(blocks(&needs, &[0], 22), vec![vec![(0, 5), (1, 10)]]);
    }

    #[test]
    fn text_columns_shrink_before_blocks_are_made() {
        // id 10, name 40 (min 12), a number 9: natural 59 + 10 = 69 wide.
        let needs = [need(10, 10), need(40, 12), need(9, 9)];
        let fitted = blocks(&needs, &[0], 50);
        assert_eq!(fitted.len(), 1);
        let widths: Vec<usize> = fitted[0].iter().map(|(_, w)| *w).collect();
        assert_eq!(table_width(widths.iter().copied()), 50);
        assert_eq!(widths, vec![10, 21, 9]);
    }

    #[test]
    fn too_many_years_split_into_blocks_that_repeat_the_naming_column() {
        let mut needs = vec![need(8, 8)];
        needs.extend(std::iter::repeat_n(need(11, 11), 6));
        let made = blocks(&needs, &[0], 40);
        for block in &made {
            assert_eq!(block[0].0, 0, "every block starts with the id");
            assert!(table_width(block.iter().map(|(_, w)| *w)) <= 40);
        }
        let shown: Vec<usize> = made
            .iter()
            .flatten()
            .map(|(c, _)| *c)
            .filter(|c| *c > 0)
            .collect();
        assert_eq!(shown, vec![1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn a_column_wider_than_the_screen_still_gets_a_block() {
        let needs = [need(4, 4), need(30, 30)];
        assert_eq!(blocks(&needs, &[0], 20), vec![vec![(0, 4), (1, 30)]]);
    }
}
