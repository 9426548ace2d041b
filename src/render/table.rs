//! Tables for people (comfy-table, fitted to the terminal width) and the plain tabular formats
//! (CSV, Markdown) for other tools.

use crate::model::Idea;
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use std::io::{self, Write};

/// Renders ideas as the full table (`--wide`) `width` columns wide, with the short id `ideas
/// show` accepts; columns no idea fills are left out. `decorated` draws borders (for a
/// terminal), otherwise columns are separated by spaces only; `color` makes the header bold and
/// the ids yellow.
pub fn render_ideas(ideas: &[&Idea], width: usize, decorated: bool, color: bool) -> String {
    let mut table = Table::new();
    table
        .load_preset(if decorated {
            presets::UTF8_FULL_CONDENSED
        } else {
            presets::NOTHING
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX));
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
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
                clean(&idea.title),
                clean(idea.org.as_deref().unwrap_or("")),
                program_year(idea),
                idea.difficulty.map(|d| d.to_string()).unwrap_or_default(),
                idea.hours_label().unwrap_or_default(),
                clean(&abbreviate(&idea.skills, 6)),
                clean(&abbreviate(&mentors, 3)),
            ]
        })
        .collect();
    let keep: Vec<usize> = (0..header.len())
        .filter(|&c| c < 2 || rows.iter().any(|r| !r[c].trim().is_empty()))
        .collect();
    table.set_header(keep.iter().map(|&c| {
        let cell = Cell::new(header[c]);
        if color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    }));
    for r in &rows {
        table.add_row(keep.iter().map(|&c| {
            let cell = Cell::new(&r[c]);
            if color && c == 0 {
                cell.fg(Color::Yellow)
            } else {
                cell
            }
        }));
    }
    table.to_string()
}

/// "gsoc 2025", "lfx", "2021" or "".
pub fn program_year(idea: &Idea) -> String {
    match (idea.program, idea.year) {
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
    let mentors: Vec<String> = idea
        .mentors
        .iter()
        .map(|m| match (&m.name, &m.github) {
            (Some(n), Some(g)) => format!("{n} (@{g})"),
            _ => m.label(),
        })
        .collect();
    [
        idea.id.clone(),
        clean(&idea.title),
        clean(idea.org.as_deref().unwrap_or("")),
        idea.program.map(|p| p.to_string()).unwrap_or_default(),
        idea.year.map(|y| y.to_string()).unwrap_or_default(),
        idea.difficulty.map(|d| d.to_string()).unwrap_or_default(),
        idea.hours_label().unwrap_or_default(),
        idea.skills.join("; "),
        clean(&mentors.join("; ")),
        idea.upstream_issues.first().cloned().unwrap_or_default(),
    ]
}

/// CSV (RFC 4180): a header row, then one row per idea; lists are joined with "; ".
pub fn write_csv(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| {
                if c.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
    write!(out, "{}\r\n", line(&header))?;
    for idea in ideas {
        write!(out, "{}\r\n", line(&row(idea)))?;
    }
    Ok(())
}

/// A GitHub-flavoured Markdown table (pipes in cells escaped).
pub fn write_markdown(out: &mut dyn Write, ideas: &[&Idea]) -> io::Result<()> {
    let cols = [
        "Title",
        "Org",
        "Program",
        "Difficulty",
        "Hours",
        "Skills",
        "Mentors",
    ];
    writeln!(out, "| {} |", cols.join(" | "))?;
    writeln!(out, "|{}", " --- |".repeat(cols.len()))?;
    for idea in ideas {
        let r = row(idea);
        let cells = [
            &r[1],
            &r[2],
            &program_year(idea),
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

pub use crate::tokens::clean;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_removed() {
        assert_eq!(clean("a\u{1b}[2Jb\u{1b}]0;title\u{7}c\u{0}d"), "abcd");
        assert_eq!(clean("x\u{1b}]2;t\u{1b}\\y"), "xy");
        assert_eq!(clean("tab\there"), "tab here");
    }
}
