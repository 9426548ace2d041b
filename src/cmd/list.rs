//! `ideas list`: print the ideas that pass the filters.

use crate::load::Summary;
use crate::model::Idea;
use crate::options::{ListFormat, SortKey, Term};
use crate::render;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use std::io::Write;

/// Settings of `list`.
#[derive(Debug, Clone)]
pub struct ListConfig {
    /// How to print.
    pub format: ListFormat,
    /// Order of the ideas.
    pub sort: SortKey,
    /// At most this many ideas.
    pub limit: Option<usize>,
    /// The output stream: on a terminal, lines are aligned and fitted to the width.
    pub term: crate::options::Term,
}

/// Runs `list` over the ideas that passed the filters; `read` counts what was read.
pub fn run(
    config: &ListConfig,
    matched: &[&Idea],
    read: &Summary,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let mut ideas: Vec<&Idea> = matched.to_vec();
    sort(&mut ideas, config.sort);
    if let Some(n) = config.limit {
        ideas.truncate(n);
    }
    match config.format {
        ListFormat::Json => render::json::write_json(out, &ideas)?,
        ListFormat::Ids => {
            for i in &ideas {
                writeln!(out, "{}", i.id)?;
            }
        }
        ListFormat::Csv => render::table::write_csv(out, &ideas)?,
        ListFormat::Markdown => render::table::write_markdown(out, &ideas)?,
        ListFormat::Table => {
            if !ideas.is_empty() {
                let table = render::table::render_ideas(&ideas, config.term);
                writeln!(out, "{}", table.trim_end_matches('\n'))?;
                writeln!(err, "{}", count_line(ideas.len(), matched.len(), read))?;
            }
        }
        ListFormat::Human => {
            if !ideas.is_empty() {
                let Term {
                    tty, color, width, ..
                } = config.term;
                let text = if tty || color {
                    render::lines::fitted(&ideas, width, color, None)
                } else {
                    render::lines::plain(&ideas, None)
                };
                out.write_all(text.as_bytes())?;
                if tty {
                    writeln!(err, "{}", count_line(ideas.len(), matched.len(), read))?;
                }
            }
        }
    }
    Ok(Outcome(if matched.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

/// "12 of 59 ideas", "(the first 5 shown)" when --limit cut the list, and how many pages
/// were not read because they cannot hold an idea with the skills filtered on.
fn count_line(shown: usize, matched: usize, read: &Summary) -> String {
    let total = read.total;
    let mut line = if shown < matched {
        format!("{matched} of {total} ideas (the first {shown} shown)")
    } else {
        format!("{matched} of {total} ideas")
    };
    match read.unread_pages {
        0 => {}
        1 => line.push_str("; 1 page that cannot match was not read"),
        n => line.push_str(&format!("; {n} pages that cannot match were not read")),
    }
    line
}

/// Sorts ideas by a key; ties are broken by title so the order is stable (`newest` keeps the
/// page order among ideas of one term, and `page` keeps it throughout).
pub fn sort(ideas: &mut [&Idea], key: SortKey) {
    let title = |i: &Idea| i.title.to_lowercase();
    match key {
        SortKey::Page => {}
        SortKey::Newest => {
            ideas.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| b.term.cmp(&a.term)))
        }
        SortKey::Title => ideas.sort_by_key(|i| title(i)),
        SortKey::Org => {
            ideas.sort_by_key(|i| (i.org.as_deref().unwrap_or("~").to_lowercase(), title(i)))
        }
        SortKey::Year => ideas.sort_by_key(|i| (std::cmp::Reverse(i.year.unwrap_or(0)), title(i))),
        SortKey::Difficulty => ideas.sort_by_key(|i| {
            (
                i.difficulty.map_or((9, 9), |d| (d.low as u8, d.high as u8)),
                title(i),
            )
        }),
        SortKey::Hours => {
            ideas.sort_by_key(|i| (i.hours.first().copied().unwrap_or(u32::MAX), title(i)))
        }
    }
}
