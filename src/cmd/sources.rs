//! `ideas sources`: what the last sync did with each source (when, how, how many ideas), so
//! a user can see which pages are current and which failed and why.

use crate::options::Term;
use crate::render::table::Grid;
use crate::render::text::sanitize;
use crate::skills::SkillTable;
use crate::sources::bundled::is_bundled;
use crate::sources::cache::{format_time, now, Cache, SourceState, Status};
use crate::sources::registry::{Registry, Source};
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// Output formats of `sources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcesFormat {
    /// A table for people, tab-separated lines with a header when piped.
    Table(Term),
    /// A JSON array.
    Json,
}

#[derive(Serialize)]
struct Row<'a> {
    url: &'a str,
    /// fresh, unchanged, cached, failed (a copy held), never fetched.
    status: &'a str,
    ideas: usize,
    last_sync: String,
    fetched_at: Option<String>,
    failing_since: Option<String>,
    message: Option<&'a str>,
    program: Option<&'a str>,
    year: Option<u16>,
    term: Option<&'a str>,
    org: Option<&'a str>,
    format: &'a str,
    etag: Option<&'a str>,
    last_modified: Option<&'a str>,
}

/// Runs `sources` on the index in `dir`. Exit status 1 when no sync has written an index.
pub fn run(
    dir: &std::path::Path,
    format: SourcesFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Outcome> {
    let cache = Cache::at(dir.to_path_buf());
    let Some(index) = super::sync::read_previous(&cache, SkillTable::bundled(), err)? else {
        // What a full sync would fetch, none of it yet. (After a sync, the index says what
        // was synced, from whichever registry.)
        let registry = registry(dir, err)?;
        let rows: Vec<Row> = registry.sources.iter().map(|s| row(s, None)).collect();
        write_rows(&rows, format, out)?;
        writeln!(
            err,
            "no sources synced yet in {} ({} registered); run `ideas sync`",
            dir.display(),
            rows.len()
        )?;
        return Ok(Outcome(EXIT_NO_MATCH));
    };
    let bundled = index
        .sources
        .iter()
        .find(|s| is_bundled(&s.state))
        .map_or(0, |s| s.ideas.len());
    let rows: Vec<Row> = index
        .sources
        .iter()
        .filter(|s| !is_bundled(&s.state))
        .map(|s| row(&s.state.source, Some(&s.state)))
        .collect();
    write_rows(&rows, format, out)?;
    let total: usize = rows.iter().map(|r| r.ideas).sum();
    let newest = index
        .sources
        .iter()
        .filter_map(|s| s.state.fetched_at)
        .max();
    let age = match newest {
        Some(t) => format!(
            "newest copy fetched {} ({})",
            format_time(t),
            age(now().saturating_sub(t))
        ),
        None => "no copy fetched yet".to_string(),
    };
    writeln!(
        err,
        "{} sources, {total} ideas, {bundled} more from the bundled catalog; {age}; index written {}",
        rows.len(),
        format_time(index.written_at)
    )?;
    Ok(Outcome(EXIT_OK))
}

/// The registry a full sync reads (the bundled one or `.ideas.toml`'s sources, and those an
/// earlier `--discover` added); a registry that cannot be read is a warning here.
fn registry(dir: &std::path::Path, err: &mut dyn Write) -> Result<Registry> {
    let mut registry = match super::sync::registry(None, &[]) {
        Ok((registry, _)) => registry,
        Err(e) => {
            writeln!(err, "warning: {e:#}")?;
            Registry::default()
        }
    };
    match crate::sources::discover::load(dir) {
        Ok(found) => registry.extend(found),
        Err(e) => writeln!(err, "warning: {e:#}")?,
    }
    Ok(registry)
}

/// A source's row: as the last sync left it (`state`), or never fetched (`None`).
fn row<'a>(source: &'a Source, state: Option<&'a SourceState>) -> Row<'a> {
    Row {
        url: &source.url,
        status: state.map_or("never fetched", state_word),
        ideas: state.map_or(0, |s| s.ideas),
        last_sync: state.map_or_else(|| "never".to_string(), |s| format_time(s.last_sync)),
        fetched_at: state.and_then(|s| s.fetched_at).map(format_time),
        failing_since: state.and_then(|s| s.failing_since).map(format_time),
        message: state.and_then(|s| s.message.as_deref()),
        program: source.program.map(|p| p.as_str()),
        year: source.year,
        term: source.term.as_deref(),
        org: source.org.as_deref(),
        format: source.format().as_str(),
        etag: state.and_then(|s| s.etag.as_deref()),
        last_modified: state.and_then(|s| s.last_modified.as_deref()),
    }
}

/// Writes the rows as JSON or as a table.
fn write_rows(rows: &[Row], format: SourcesFormat, out: &mut dyn Write) -> Result<()> {
    match format {
        SourcesFormat::Json => {
            crate::render::json::write_json(out, rows)?;
        }
        SourcesFormat::Table(term) => {
            let mut grid = Grid::new(&["Status", "Ideas", "Last sync", "URL", "Note"]);
            grid.right = vec![1];
            // The URL and the status say which source and how it stands; the note is longest.
            grid.importance = vec![3, 0, 1, 2, 4];
            grid.rows = rows
                .iter()
                .map(|r| {
                    let note = match (&r.failing_since, r.message) {
                        (Some(since), Some(m)) => format!("failed since {since}: {m}"),
                        (_, Some(m)) => m.to_string(),
                        _ => String::new(),
                    };
                    vec![
                        r.status.to_string(),
                        r.ideas.to_string(),
                        r.last_sync.clone(),
                        r.url.to_string(),
                        sanitize(&note, false),
                    ]
                })
                .collect();
            writeln!(out, "{}", grid.render(term).trim_end_matches('\n'))?;
        }
    }
    Ok(())
}

/// How a source stands, in a word or two.
fn state_word(state: &SourceState) -> &'static str {
    match state.status {
        Status::Fetched => "fresh",
        Status::Unchanged => "unchanged",
        Status::Cached => "cached",
        Status::Failed if state.fetched_at.is_none() => "never fetched",
        Status::Failed => "failed",
    }
}

/// "3 days old", "5 hours old", "just now".
fn age(secs: u64) -> String {
    match secs {
        0..=119 => "just now".to_string(),
        120..=7199 => format!("{} minutes old", secs / 60),
        7200..=172_799 => format!("{} hours old", secs / 3600),
        _ => format!("{} days old", secs / 86_400),
    }
}
