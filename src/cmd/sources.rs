//! `ideas sources`: what the last sync did with each source (when, how, how many ideas), so
//! a user can see which pages are current and which failed and why.

use crate::sources::cache::{format_time, Cache};
use crate::sources::index::Index;
use crate::{Outcome, EXIT_NO_MATCH, EXIT_OK};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// Output formats of `sources`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcesFormat {
    /// Aligned columns for people.
    Table,
    /// A JSON array.
    Json,
}

#[derive(Serialize)]
struct Row<'a> {
    url: &'a str,
    status: &'a str,
    ideas: usize,
    last_sync: String,
    fetched_at: Option<String>,
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
    use crate::sources::index::{FILE_NAME, LEGACY_FILE_NAME};
    if !dir.join(FILE_NAME).is_file() && !dir.join(LEGACY_FILE_NAME).is_file() {
        writeln!(
            err,
            "no sources synced yet in {}; run `ideas sync`",
            dir.display()
        )?;
        if format == SourcesFormat::Json {
            writeln!(out, "[]")?;
        }
        return Ok(Outcome(EXIT_NO_MATCH));
    }
    let index = match Index::read(&cache) {
        Ok(index) => index,
        Err(_) if !dir.join(FILE_NAME).is_file() => {
            Index::rebuild(&cache, crate::skills::SkillTable::bundled())
        }
        Err(e) => {
            writeln!(err, "warning: {e:#}; rebuilding it from the cached pages")?;
            Index::rebuild(&cache, crate::skills::SkillTable::bundled())
        }
    };
    let rows: Vec<Row> = index
        .sources
        .iter()
        .map(|s| {
            let st = &s.state;
            Row {
                url: &st.source.url,
                status: st.status.as_str(),
                ideas: st.ideas,
                last_sync: format_time(st.last_sync),
                fetched_at: st.fetched_at.map(format_time),
                message: st.message.as_deref(),
                program: st.source.program.map(|p| p.as_str()),
                year: st.source.year,
                term: st.source.term.as_deref(),
                org: st.source.org.as_deref(),
                format: st.source.format().as_str(),
                etag: st.etag.as_deref(),
                last_modified: st.last_modified.as_deref(),
            }
        })
        .collect();
    match format {
        SourcesFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)?;
        }
        SourcesFormat::Table => {
            writeln!(
                out,
                "{:<9} {:>5}  {:<20}  URL",
                "STATUS", "IDEAS", "LAST SYNC"
            )?;
            for r in &rows {
                writeln!(
                    out,
                    "{:<9} {:>5}  {:<20}  {}",
                    r.status, r.ideas, r.last_sync, r.url
                )?;
                if let Some(m) = r.message {
                    writeln!(out, "{:<39}  {m}", "")?;
                }
            }
        }
    }
    let total: usize = rows.iter().map(|r| r.ideas).sum();
    writeln!(
        err,
        "{} sources, {total} ideas, index written {}",
        rows.len(),
        format_time(index.written_at)
    )?;
    Ok(Outcome(EXIT_OK))
}
