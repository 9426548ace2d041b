//! Tables written with spaces (pandoc's "simple tables", as wikis exported to Markdown by pandoc
//! keep them): an indented header line of short column names two spaces apart or more, an
//! optional line of dashes or blanks, then rows whose cells start under the names.
//!
//! ```text
//!   Topic                      Language   Size   Mentors
//!
//!   [Sketch solver](a.md): …   C++        350h   Ana Prieto
//!   Docs translation           Python     175h   Tom Ruiz
//! ```
//!
//! CommonMark reads these lines as paragraphs; here they are read as a table whose first line
//! is the header.

use super::table::Table;
use super::LineIndex;
use std::borrow::Cow;
use std::ops::Range;

/// The space-aligned table that starts at the paragraph `block`, if one does (see the module
/// docs): its range runs to the last row, past the blank line a header may have below it.
pub(crate) fn aligned_table<'t>(
    text: &'t str,
    block: Range<usize>,
    lines: &LineIndex,
) -> Option<Table<'t>> {
    // (A paragraph starts after its indentation: the table's lines start before it.)
    let line_start = text[..block.start].rfind('\n').map_or(0, |n| n + 1);
    if !text[line_start..block.start].bytes().all(|b| b == b' ') {
        return None;
    }
    let mut at = line_start;
    let mut next_line = || {
        let rest = text.get(at..).filter(|r| !r.is_empty())?;
        let line = rest.split_inclusive('\n').next()?;
        let start = at;
        at += line.len();
        Some((start, line.trim_end_matches(['\n', '\r'])))
    };
    let (head_at, head) = next_line()?;
    let starts = column_starts(head)?;
    let mut rows: Vec<(usize, Vec<Cow<'t, str>>)> = Vec::new();
    let mut end = head_at;
    let mut gap = 0;
    while let Some((row_at, row)) = next_line() {
        if row.trim().is_empty() || row.trim().chars().all(|c| c == '-' || c == ' ') {
            // One blank or dashed line under the header; a blank line after rows ends them.
            gap += 1;
            if !rows.is_empty() || gap > 1 {
                break;
            }
            continue;
        }
        // A row starts where the header does, under its first column.
        if indent(row) != starts[0] {
            break;
        }
        rows.push((lines.line(row_at), cells(row, &starts)));
        end = row_at + row.len();
    }
    if rows.len() < 2 {
        return None;
    }
    let header = cells(head, &starts);
    Some(Table {
        range: line_start..end,
        line: lines.line(head_at),
        header,
        rows,
        fields: Vec::new(),
    })
}

/// Where the columns of a header line start (in characters): an indented line of three names
/// or more, each of three words at most, two spaces apart or more.
fn column_starts(line: &str) -> Option<Vec<usize>> {
    let first = indent(line);
    if !(1..=3).contains(&first) || line.contains('|') {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let mut starts = vec![first];
    let mut spaces = 0;
    for (i, &c) in chars.iter().enumerate().skip(first) {
        if c == ' ' {
            spaces += 1;
        } else {
            if spaces >= 2 {
                starts.push(i);
            }
            spaces = 0;
        }
    }
    let names = starts.iter().enumerate().map(|(k, &s)| {
        let e = starts.get(k + 1).copied().unwrap_or(chars.len());
        chars[s..e].iter().collect::<String>()
    });
    let short = names.clone().all(|n| {
        let words = n.split_whitespace().count();
        (1..=3).contains(&words) && n.trim().chars().any(char::is_alphabetic)
    });
    (starts.len() >= 3 && short).then_some(starts)
}

/// A row's cells: the text under each column; a cell that runs past the next column's start
/// goes on to the next gap of two spaces.
fn cells<'t>(row: &str, starts: &[usize]) -> Vec<Cow<'t, str>> {
    // A row split by its gaps into as many cells as the header has columns is read so (a link
    // rewritten after the table was aligned shifts the rest of its row).
    let by_gaps: Vec<&str> = (row.split("  ").map(str::trim))
        .filter(|c| !c.is_empty())
        .collect();
    if by_gaps.len() == starts.len() {
        return by_gaps
            .into_iter()
            .map(|c| Cow::Owned(c.to_string()))
            .collect();
    }
    let chars: Vec<char> = row.chars().collect();
    let len = chars.len();
    let mut out = Vec::with_capacity(starts.len());
    let mut from = starts[0].min(len);
    for k in 0..starts.len() {
        let mut to = starts.get(k + 1).map_or(len, |&s| s.min(len)).max(from);
        if to < len && to > 0 && chars[to - 1] != ' ' {
            while to < len && !(to >= 2 && chars[to - 1] == ' ' && chars[to - 2] == ' ') {
                to += 1;
            }
        }
        let cell: String = chars[from..to].iter().collect();
        out.push(Cow::Owned(cell.trim().to_string()));
        from = to;
    }
    out
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|&c| c == ' ').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_aligned_table_is_read_by_its_columns() {
        let text = "  Topic                   Language   Size   Contact\n   \n  \
                    [Solver](a.md): rewrite   C++        350h   Ana Prieto\n  \
                    Docs translation          Python     175h   Tom Ruiz\n\nAfter.\n";
        let lines = LineIndex::new(text);
        let t = aligned_table(text, 0..text.len(), &lines).expect("a table");
        assert_eq!(t.header, ["Topic", "Language", "Size", "Contact"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            t.rows[0].1,
            ["[Solver](a.md): rewrite", "C++", "350h", "Ana Prieto"]
        );
        assert_eq!(t.rows[1].0, 4);
        assert!(text[t.range.clone()].ends_with("Tom Ruiz"));
    }

    #[test]
    fn prose_and_two_column_lines_are_no_table() {
        for text in [
            "  A sentence that is indented  with two spaces inside it.\n  And another one.\n",
            "  Name   Value\n  a      b\n  c      d\n",
            "Topic   Language   Size\nx   y   z\nx   y   z\n",
        ] {
            let lines = LineIndex::new(text);
            assert!(
                aligned_table(text, 0..text.len(), &lines).is_none(),
                "{text}"
            );
        }
    }
}
