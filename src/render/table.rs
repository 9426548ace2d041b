//! Tables for people (comfy-table, fitted to the terminal width without cutting words), the
//! same rows tab-separated when piped, and the plain tabular formats (CSV, Markdown) for other
//! tools.

use crate::model::{Idea, Mentor};
use crate::options::Term;
use crate::render::text::sanitize;
use comfy_table::{
    presets, Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table,
    Width,
};
use std::io::{self, Write};

/// Rows of text under a header, printed either fitted to a terminal (`decorated`: borders,
/// wrapped at spaces) or as tab-separated lines with the header first (piped).
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// Column names.
    pub header: Vec<String>,
    /// One cell per column in each row.
    pub rows: Vec<Vec<String>>,
    /// Column indices, most important first: when the terminal is too narrow for every column
    /// to show its words whole, the columns at the end of this list are left out first. Columns
    /// not listed are the least important (in their order).
    pub importance: Vec<usize>,
    /// Columns aligned right (counts).
    pub right: Vec<usize>,
    /// A column printed in yellow in colour (the ids).
    pub highlight: Option<usize>,
}

/// A cell never grows narrower than its longest word up to this many columns: longer words
/// (URLs, rare compound names) may be cut, shorter ones never are.
const LONGEST_WHOLE_WORD: usize = 16;

impl Grid {
    /// A grid with this header and no rows.
    pub fn new(header: &[&str]) -> Grid {
        Grid {
            header: header.iter().map(|h| h.to_string()).collect(),
            ..Grid::default()
        }
    }

    /// Renders the grid: a fitted table when `decorated`, otherwise tab-separated lines.
    pub fn render(&self, term: Term) -> String {
        if term.decorated {
            self.fitted(term.width, term.color)
        } else {
            self.tsv()
        }
    }

    /// One line per row, cells separated by tabs (tabs and line breaks inside cells become
    /// spaces), the header first.
    pub fn tsv(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| crate::words::collapse_whitespace(c))
                .collect::<Vec<_>>()
                .join("\t")
        };
        let rows = std::iter::once(&self.header).chain(&self.rows);
        rows.map(|r| line(r) + "\n").collect()
    }

    /// The columns kept at `width`: every column whose words fit whole, leaving out the least
    /// important ones until the rest fit (the first two by importance always stay).
    pub fn columns_at(&self, width: usize) -> Vec<usize> {
        let mut order: Vec<usize> = self.importance.clone();
        order.extend((0..self.header.len()).filter(|c| !self.importance.contains(c)));
        let mut keep = order;
        // Borders: one per column and one more; padding: one space each side.
        let needed = |keep: &[usize]| -> usize {
            keep.iter().map(|&c| self.min_width(c)).sum::<usize>() + 3 * keep.len() + 1
        };
        while keep.len() > 2 && needed(&keep) > width {
            keep.pop();
        }
        keep.sort_unstable();
        keep
    }

    /// The narrowest a column can be without cutting a word shorter than
    /// [`LONGEST_WHOLE_WORD`].
    fn min_width(&self, column: usize) -> usize {
        std::iter::once(&self.header[column])
            .chain(self.rows.iter().filter_map(|r| r.get(column)))
            .flat_map(|cell| cell.split_whitespace())
            .map(|w| w.chars().count().min(LONGEST_WHOLE_WORD))
            .max()
            .unwrap_or(1)
    }

    fn fitted(&self, width: usize, color: bool) -> String {
        let keep = self.columns_at(width);
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX));
        if color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table.set_header(keep.iter().map(|&c| {
            let cell = Cell::new(&self.header[c]);
            if color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
        for r in &self.rows {
            table.add_row(keep.iter().map(|&c| {
                let cell = Cell::new(r.get(c).map(String::as_str).unwrap_or(""));
                if color && self.highlight == Some(c) {
                    cell.fg(Color::Yellow)
                } else {
                    cell
                }
            }));
        }
        for (k, &c) in keep.iter().enumerate() {
            if let Some(column) = table.column_mut(k) {
                // comfy-table counts the padding (a space each side) in the boundary.
                let min = u16::try_from(self.min_width(c) + 2).unwrap_or(u16::MAX);
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(min)));
                if self.right.contains(&c) {
                    column.set_cell_alignment(CellAlignment::Right);
                }
            }
        }
        table.to_string()
    }
}

/// Renders ideas as the full table (`--wide`) `width` columns wide, with the short id `ideas
/// show` accepts; columns no idea fills are left out, and at narrow widths the least important
/// columns (skills, then mentors, hours, difficulty) rather than squeezing words. Piped
/// (`decorated` false), every column is printed, tab-separated with the full id.
pub fn render_ideas(ideas: &[&Idea], term: Term) -> String {
    if !term.decorated {
        let mut grid = Grid::new(&COLUMNS);
        grid.rows = ideas.iter().map(|i| row(i).to_vec()).collect();
        return grid.tsv();
    }
    let header = [
        "Id",
        "Title",
        "Org",
        "Program",
        "Difficulty",
        "Hours",
        "Skills",
        "Mentors",
    ];
    let rows: Vec<[String; 8]> = ideas
        .iter()
        .map(|idea| {
            let mentors: Vec<String> = idea.mentors.iter().map(|m| m.label()).collect();
            [
                crate::query::short_id(&idea.id),
                sanitize(&idea.title, false),
                sanitize(idea.org.as_deref().unwrap_or(""), false),
                program_year(idea.program, idea.year),
                idea.difficulty.map(|d| d.to_string()).unwrap_or_default(),
                idea.hours_label().unwrap_or_default(),
                sanitize(&abbreviate(&idea.skills, 6), false),
                sanitize(&abbreviate(&mentors, 3), false),
            ]
        })
        .collect();
    let filled: Vec<usize> = (0..header.len())
        .filter(|&c| c < 2 || rows.iter().any(|r| !r[c].trim().is_empty()))
        .collect();
    // Most important first: what the idea is, whose, when, how hard, how long, then who
    // mentors it and the skills (the longest cells).
    let importance = [0, 1, 2, 3, 4, 5, 7, 6];
    let mut grid = Grid::new(&filled.iter().map(|&c| header[c]).collect::<Vec<_>>());
    grid.rows = rows
        .iter()
        .map(|r| filled.iter().map(|&c| r[c].clone()).collect())
        .collect();
    grid.importance = importance
        .iter()
        .filter_map(|c| filled.iter().position(|f| f == c))
        .collect();
    grid.highlight = Some(0);
    grid.fitted(term.width, term.color)
}

/// "gsoc 2025", "lfx", "2021" or "".
pub fn program_year(program: Option<crate::model::Program>, year: Option<u16>) -> String {
    match (program, year) {
        (Some(p), Some(y)) => format!("{p} {y}"),
        (Some(p), None) => p.to_string(),
        (None, Some(y)) => y.to_string(),
        (None, None) => String::new(),
    }
}

const COLUMNS: [&str; 10] = [
    "id",
    "title",
    "org",
    "program",
    "year",
    "difficulty",
    "hours",
    "skills",
    "mentors",
    "url",
];

fn row(idea: &Idea) -> [String; 10] {
    let mentors: Vec<String> = idea.mentors.iter().map(Mentor::shown).collect();
    [
        idea.id.clone(),
        sanitize(&idea.title, false),
        sanitize(idea.org.as_deref().unwrap_or(""), false),
        idea.program.map(|p| p.to_string()).unwrap_or_default(),
        idea.year.map(|y| y.to_string()).unwrap_or_default(),
        idea.difficulty.map(|d| d.to_string()).unwrap_or_default(),
        idea.hours_label().unwrap_or_default(),
        idea.skills.join("; "),
        sanitize(&mentors.join("; "), false),
        idea.upstream_issues.first().cloned().unwrap_or_default(),
    ]
}

/// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV (RFC 4180): a header row, then one row per idea; lists are joined with "; ".
pub fn write_csv(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    let rows = std::iter::once(COLUMNS.map(String::from)).chain(ideas.iter().map(|i| row(i)));
    for cells in rows {
        let cells: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
        write!(out, "{}\r\n", cells.join(","))?;
    }
    Ok(())
}

/// A GitHub-flavoured Markdown table (pipes in cells escaped).
pub fn write_markdown(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    writeln!(
        out,
        "| Title | Org | Program | Difficulty | Hours | Skills | Mentors |"
    )?;
    writeln!(out, "|{}", " --- |".repeat(7))?;
    for idea in ideas {
        let r = row(idea);
        let cells = [
            &r[1],
            &r[2],
            &program_year(idea.program, idea.year),
            &r[5],
            &r[6],
            &r[7],
            &r[8],
        ];
        let cells: Vec<String> = cells
            .iter()
            .map(|c| c.replace('|', "\\|").replace('\n', " "))
            .collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

/// The first `n` items joined with ", ", and "+k" for the rest.
fn abbreviate(items: &[String], n: usize) -> String {
    let mut s = items.iter().take(n).cloned().collect::<Vec<_>>().join(", ");
    if items.len() > n {
        s.push_str(&format!(" +{}", items.len() - n));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_removed() {
        assert_eq!(
            sanitize("a\u{1b}[2Jb\u{1b}]0;title\u{7}c\u{0}d", false),
            "abcd"
        );
        assert_eq!(sanitize("x\u{1b}]2;t\u{1b}\\y", false), "xy");
        assert_eq!(sanitize("tab\there", false), "tab here");
    }
}
