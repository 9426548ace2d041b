//! One idea per line, as `gh issue list` prints issues: short id, title, organisation,
//! programme and year, skills.
//!
//! On a terminal the columns are aligned and fitted to the width: text is cut at a word
//! boundary with `…`, columns that no idea fills are left out, and when the width is too small
//! the least useful columns go first (skills, then programme, then organisation). Ids are never
//! cut: the short id is seven characters. Piped, the same columns are written as plain
//! tab-separated text with the full id, nothing cut and no colour, for `cut`, `awk` and `sort`.

use crate::model::Idea;
use crate::query::short_id;
use crate::render::table::{program_year, Grid};
use crate::render::text::{char_width, display_width, one_line, paint};

/// Space between columns.
const GAP: &str = "  ";
/// SGR codes: the id in yellow, the header bold, programme and skills dimmed.
const SGR_ID: &str = "33";
const SGR_HEADER: &str = "1";
const SGR_DIM: &str = "2";

/// The columns, in the order printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Id,
    Title,
    Org,
    Program,
    Skills,
}

impl Col {
    const ALL: [Col; 5] = [Col::Id, Col::Title, Col::Org, Col::Program, Col::Skills];
    const HEADERS: [&str; 5] = ["ID", "TITLE", "ORG", "PROGRAM", "SKILLS"];
    /// The narrowest each column may be cut to before it is dropped instead.
    const MIN_WIDTHS: [usize; 5] = [7, 20, 10, 9, 14];

    fn header(self) -> &'static str {
        Col::HEADERS[self as usize]
    }
}

/// Columns dropped first when the line is too narrow.
const DROP_ORDER: [Col; 3] = [Col::Skills, Col::Program, Col::Org];

/// A cell to print: its text, its colour (an SGR code, or "" for none) and, for a list, its
/// items.
type Cell<'a> = (String, &'a str, Option<&'a [String]>);

/// One idea's cells, cleaned to one line.
struct Row {
    cells: [String; 5],
    /// The skills one by one (fitted as whole skills and a "+N" count).
    skills: Vec<String>,
    /// An optional prefix column (the search score), printed before the id.
    lead: Option<String>,
}

/// One idea's columns, each cleaned to one line, with `id` first.
fn cells(idea: &Idea, id: String) -> [String; 5] {
    [
        id,
        one_line(&idea.title),
        one_line(idea.org.as_deref().unwrap_or("")),
        program_year(idea.program, idea.year),
        one_line(&idea.skills.join(", ")),
    ]
}

fn row(idea: &Idea, lead: Option<String>) -> Row {
    Row {
        cells: cells(idea, short_id(&idea.id)),
        skills: idea.skills.iter().map(|s| one_line(s)).collect(),
        lead,
    }
}

/// Plain tab-separated lines (for pipes): score (when given), full id, title, org, programme
/// and year, skills. Tabs inside a value become spaces.
pub fn plain(ideas: &[&Idea], scores: Option<&[f64]>) -> String {
    // Nothing matched: nothing on stdout, not even the header.
    if ideas.is_empty() {
        return String::new();
    }
    let header = ["score", "id", "title", "org", "program", "skills"];
    let mut grid = Grid::new(&header[usize::from(scores.is_none())..]);
    grid.rows = ideas
        .iter()
        .enumerate()
        .map(|(k, idea)| {
            let score = scores.map(|s| format!("{:.1}", s[k]));
            score
                .into_iter()
                .chain(cells(idea, one_line(&idea.id)))
                .collect()
        })
        .collect();
    grid.tsv()
}

/// Aligned lines fitted to `width` columns for a terminal, with a header line. `scores` adds a
/// right-aligned score column in front (for `search`).
pub fn fitted(ideas: &[&Idea], width: usize, color: bool, scores: Option<&[f64]>) -> String {
    let rows: Vec<Row> = ideas
        .iter()
        .enumerate()
        .map(|(k, i)| row(i, scores.map(|s| format!("{:.1}", s[k]))))
        .collect();
    let lead_width = rows
        .iter()
        .filter_map(|r| r.lead.as_deref().map(display_width))
        .max()
        .map(|w| w.max("SCORE".len()));
    let natural: Vec<usize> = Col::ALL
        .iter()
        .enumerate()
        .map(|(c, col)| {
            rows.iter()
                .map(|r| display_width(&r.cells[c]))
                .max()
                .unwrap_or(0)
                .max(col.header().len())
        })
        .collect();
    // Columns no idea fills are left out.
    let mut shown: Vec<Col> = Col::ALL
        .iter()
        .copied()
        .enumerate()
        .filter(|(c, col)| *col == Col::Id || rows.iter().any(|r| !r.cells[*c].is_empty()))
        .map(|(_, col)| col)
        .collect();
    let room = width.saturating_sub(lead_width.map_or(0, |w| w + GAP.len()));
    let min_of = |col: Col| natural[col as usize].min(Col::MIN_WIDTHS[col as usize]);
    let needed = |shown: &[Col]| -> usize {
        shown.iter().map(|&c| min_of(c)).sum::<usize>() + GAP.len() * shown.len().saturating_sub(1)
    };
    for drop in DROP_ORDER {
        if needed(&shown) <= room {
            break;
        }
        shown.retain(|&c| c != drop);
    }
    let widths = share(&shown, &natural, room, min_of);

    let mut out = String::new();
    let mut line = |cells: Vec<Cell>, lead: Option<String>| {
        let mut s = String::new();
        if let (Some(w), Some(l)) = (lead_width, lead) {
            s.push_str(&" ".repeat(w.saturating_sub(display_width(&l))));
            s.push_str(&l);
            s.push_str(GAP);
        }
        let n = cells.len();
        for (k, ((text, sgr, list), &w)) in cells.into_iter().zip(&widths).enumerate() {
            let cut = match list {
                Some(items) => fit_list(items, w),
                None => truncate(&text, w),
            };
            let pad = w.saturating_sub(display_width(&cut));
            s.push_str(&paint(&cut, sgr, color));
            if k + 1 < n {
                s.push_str(&" ".repeat(pad));
                s.push_str(GAP);
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    if !rows.is_empty() {
        let header = shown
            .iter()
            .map(|c| (c.header().to_string(), SGR_HEADER, None))
            .collect();
        line(
            header,
            lead_width.map(|_| paint("SCORE", SGR_HEADER, color)),
        );
    }
    for r in &rows {
        let cells = shown
            .iter()
            .map(|&c| {
                let sgr = match c {
                    Col::Id => SGR_ID,
                    Col::Program | Col::Skills => SGR_DIM,
                    _ => "",
                };
                let list = (c == Col::Skills).then_some(r.skills.as_slice());
                (r.cells[c as usize].clone(), sgr, list)
            })
            .collect();
        line(cells, r.lead.clone());
    }
    out
}

/// Widths for the shown columns: each starts at its minimum; the room left goes first to the
/// programme (short), then the title up to 60 columns, the organisation up to 24, the skills up
/// to 40, and then whatever any column still lacks, in column order.
fn share(
    shown: &[Col],
    natural: &[usize],
    room: usize,
    min_of: impl Fn(Col) -> usize,
) -> Vec<usize> {
    let mut widths: Vec<usize> = shown.iter().map(|&c| min_of(c)).collect();
    let used = |w: &[usize]| w.iter().sum::<usize>() + GAP.len() * w.len().saturating_sub(1);
    let mut left = room.saturating_sub(used(&widths));
    let first = [
        (Col::Id, usize::MAX),
        (Col::Program, usize::MAX),
        (Col::Title, 60),
        (Col::Org, 24),
        (Col::Skills, 40),
    ];
    for (col, upto) in first
        .into_iter()
        .chain(shown.iter().map(|&c| (c, usize::MAX)))
    {
        if let Some(k) = shown.iter().position(|&c| c == col) {
            let add = natural[col as usize].min(upto).saturating_sub(widths[k]);
            let add = add.min(left);
            widths[k] += add;
            left -= add;
        }
    }
    widths
}

/// As many whole items as fit in `width` columns, joined with ", ", and "+N" for the rest
/// ("go, kubernetes +3"); the first item is cut only when it alone does not fit.
pub fn fit_list(items: &[String], width: usize) -> String {
    let all = items.join(", ");
    if display_width(&all) <= width {
        return all;
    }
    // Each item more is wider, so the first that fits counting down is the most that fit.
    (1..items.len())
        .rev()
        .map(|k| format!("{} +{}", items[..k].join(", "), items.len() - k))
        .find(|s| display_width(s) <= width)
        .unwrap_or_else(|| truncate(&all, width))
}

/// `text` cut to at most `width` display columns at the last word boundary (mid-word only when
/// the first word alone is too long), with `…` where text was left out.
pub fn truncate(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let budget = width - 1; // room for the ellipsis
    let mut end = 0;
    let mut used = 0;
    let mut last_space: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        used += w;
        end = i + c.len_utf8();
    }
    let at_boundary = text[end..].starts_with(' ');
    let cut = match last_space {
        _ if at_boundary => &text[..end],
        Some(sp) if sp > 0 => &text[..sp],
        _ => &text[..end],
    };
    let cut = cut.trim_end_matches([' ', ',', ';', ':', '-', '(']);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_put_each_value_on_one_line() {
        let idea = Idea {
            id: "\u{1b}[31mred-id".into(),
            title: "two  spaces\tand\r\nnew \u{202e}line ".into(),
            org: Some(" lead".into()),
            program: None,
            year: None,
            term: None,
            status: None,
            description: None,
            expected_outcomes: None,
            skills: vec!["go".into(), "nb\u{a0}sp".into()],
            skills_raw: None,
            mentors: Vec::new(),
            difficulty: None,
            hours: Vec::new(),
            contacts: Vec::new(),
            upstream_issues: Vec::new(),
            links: Vec::new(),
            source: crate::model::Source::default(),
        };
        assert_eq!(
            plain(&[&idea], Some(&[2.0])),
            "score\tid\ttitle\torg\tprogram\tskills\n2.0\tred-id\ttwo spaces and new line\tlead\t\tgo, nb sp\n"
        );
    }

    #[test]
    fn truncation_prefers_word_boundaries() {
        assert_eq!(truncate("Harbor CLI", 20), "Harbor CLI");
        assert_eq!(
            truncate("Expose LoadBalancer services", 20),
            "Expose LoadBalancer…"
        );
        assert_eq!(truncate("Expose LoadBalancer services", 18), "Expose…");
        assert_eq!(
            truncate("Add support for multi cluster", 20),
            "Add support for…"
        );
        assert_eq!(truncate("Velichkevich", 6), "Velic…");
        assert_eq!(truncate("go, rust, kubernetes", 12), "go, rust…");
        assert!(display_width(&truncate("日本語のタイトルです", 7)) <= 7);
    }

    #[test]
    fn lists_keep_whole_items_and_count_the_rest() {
        let items: Vec<String> = ["kubernetes", "go", "yaml", "python"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(fit_list(&items, 40), "kubernetes, go, yaml, python");
        assert_eq!(fit_list(&items, 20), "kubernetes, go +2");
        assert_eq!(fit_list(&items, 13), "kubernetes +3");
        assert_eq!(fit_list(&items, 8), "kuberne…");
    }
}
