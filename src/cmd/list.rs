//! `ideas list`: print the ideas that pass the filters.

use crate::cli::{ListFormat, SortKey};
use crate::model::Idea;
use crate::render;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use std::io::Write;

/// Settings of `list`.
#[derive(Debug, Clone)]
pub struct ListConfig {
    /// How to print.
    pub format: ListFormat,
    /// Order of the ideas; `None` keeps page order.
    pub sort: Option<SortKey>,
    /// At most this many ideas.
    pub limit: Option<usize>,
    /// Terminal width for tables.
    pub width: usize,
    /// Table borders and colour (only for people at a terminal).
    pub decorated: bool,
}

/// Runs `list` over the ideas that passed the filters; `total` is how many were read.
pub fn run(
    config: &ListConfig,
    matched: &[&Idea],
    total: usize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Outcome> {
    let mut ideas: Vec<&Idea> = matched.to_vec();
    if let Some(key) = config.sort {
        sort(&mut ideas, key);
    }
    if let Some(n) = config.limit {
        ideas.truncate(n);
    }
    match config.format {
        ListFormat::Json => render::json::write_ideas(out, &ideas)?,
        ListFormat::Ids => {
            for i in &ideas {
                writeln!(out, "{}", i.id)?;
            }
        }
        ListFormat::Csv => render::table::write_csv(out, &ideas)?,
        ListFormat::Markdown => render::table::write_markdown(out, &ideas)?,
        ListFormat::Table => {
            if ideas.is_empty() {
                writeln!(err, "no ideas matched")?;
            } else {
                let table = render::table::render_ideas(&ideas, config.width, config.decorated);
                writeln!(out, "{table}")?;
                writeln!(err, "{} of {total} ideas", matched.len())?;
            }
        }
    }
    Ok(Outcome(if matched.is_empty() {
        EXIT_NO_MATCH
    } else {
        EXIT_OK
    }))
}

/// Sorts ideas by a key; ties are broken by title so the order is stable.
pub fn sort(ideas: &mut [&Idea], key: SortKey) {
    let title = |i: &Idea| i.title.to_lowercase();
    match key {
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
        SortKey::Hours => ideas.sort_by_key(|i| (i.hours.unwrap_or(u32::MAX), title(i))),
    }
}
