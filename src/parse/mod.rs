//! Parsing idea pages: front-matter, Markdown layouts, field labels and mentors.
//!
//! [`page::parse_page`] works on text and does no I/O; [`read_page`] reads a file, decodes it
//! (lossily, with a warning, when it is not UTF-8) and parses it.
//!
//! Inside: `outline` reads the Markdown once; the recognisers in `layout` find ideas in it,
//! one per family of page layouts; `builder` turns an idea's fields into the model;
//! [`skipped`] decides what looks like an idea but is not one; [`fields`] reads labels from
//! `schemas/labels.toml`.

mod builder;
pub mod fields;
mod fnv;
pub mod frontmatter;
mod layout;
pub mod lfx_csv;
pub mod lfx_json;
pub mod mentors;
mod outline;
mod packed;
pub mod page;
pub mod skipped;
mod text;
mod titles;
mod yaml_list;
mod yaml_lite;

pub use page::{
    parse_page, resolve_mentors, Defaults, FieldFacts, ParsedIdea, ParsedPage, Warning,
};
pub use skipped::{SkipReason, SkippedSection};

use crate::skills::SkillTable;
use std::borrow::Cow;
use std::path::Path;

/// What reading one file gave.
#[derive(Debug)]
pub enum FileOutcome {
    /// The page was read; it may hold zero ideas and carry warnings.
    Parsed(ParsedPage),
    /// The file was not read as a page (binary data), with the reason.
    Skipped(String),
}

/// Reads and parses one file. `display` is the path as it should appear in output.
pub fn read_page(
    path: &Path,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> std::io::Result<FileOutcome> {
    if let Some(kind) = unsupported_markup(path) {
        return Ok(FileOutcome::Skipped(format!(
            "{kind} is not supported; only Markdown pages are read"
        )));
    }
    let bytes = std::fs::read(path)?;
    Ok(parse_vec(bytes, display, skills, defaults))
}

/// [`read_page`], except that a page whose bytes `may_match` turns down is not parsed: `None`
/// (a filter's test proved that no idea on it could pass, as
/// [`crate::skills::PageTest::may_match`] does).
pub fn read_page_if(
    path: &Path,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
    may_match: impl Fn(&[u8]) -> bool,
) -> std::io::Result<Option<FileOutcome>> {
    let read = read_page_each_if(path, display, skills, defaults, may_match, Some)?;
    Ok(read.map(|(outcome, ideas)| with_ideas(outcome, ideas)))
}

/// [`read_page_if`], handing the page's ideas to `each` in page order and keeping what it
/// gives back instead (the page's `ideas` are left empty): a large page's ideas are never all
/// held as [`ParsedIdea`]s ([`page::Draft::finish_each`]).
pub(crate) fn read_page_each_if<T>(
    path: &Path,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
    may_match: impl Fn(&[u8]) -> bool,
    each: impl FnMut(ParsedIdea) -> Option<T>,
) -> std::io::Result<Option<(FileOutcome, Vec<T>)>> {
    if unsupported_markup(path).is_some() {
        return read_page(path, display, skills, defaults).map(|o| Some((o, Vec::new())));
    }
    let bytes = std::fs::read(path)?;
    Ok(may_match(&bytes)
        .then(|| parse_cow_each(Cow::Owned(bytes), display, skills, defaults, each)))
}

/// The name of the markup a file's extension says it is written in, when it is one `ideas`
/// does not read.
fn unsupported_markup(path: &Path) -> Option<&'static str> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "adoc" | "asciidoc" | "asc" => Some("AsciiDoc"),
        "rst" => Some("reStructuredText"),
        "org" => Some("Org mode"),
        _ => None,
    }
}

/// [`parse_bytes`], letting go of the bytes of a Markdown page as soon as its ideas are read
/// and before they are put in order ([`page::Draft`]): on a large page the text is no longer
/// held beside all of its ideas.
fn parse_vec(
    bytes: Vec<u8>,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> FileOutcome {
    parse_cow(Cow::Owned(bytes), display, skills, defaults)
}

/// Decodes and parses the bytes of one file.
pub fn parse_bytes(
    bytes: &[u8],
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> FileOutcome {
    parse_cow(Cow::Borrowed(bytes), display, skills, defaults)
}

/// [`parse_bytes`] and [`parse_vec`]: bytes it owns are let go of between the two steps of
/// reading a Markdown page.
fn parse_cow(
    bytes: Cow<'_, [u8]>,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> FileOutcome {
    let (outcome, ideas) = parse_cow_each(bytes, display, skills, defaults, Some);
    with_ideas(outcome, ideas)
}

/// A file's outcome with the ideas [`parse_cow_each`] handed over put back in its page.
fn with_ideas(mut outcome: FileOutcome, ideas: Vec<ParsedIdea>) -> FileOutcome {
    if let FileOutcome::Parsed(page) = &mut outcome {
        page.ideas = ideas;
    }
    outcome
}

/// [`parse_cow`], handing the ideas to `each` ([`read_page_each_if`]).
fn parse_cow_each<T>(
    bytes: Cow<'_, [u8]>,
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
    mut each: impl FnMut(ParsedIdea) -> Option<T>,
) -> (FileOutcome, Vec<T>) {
    // A page read whole: its ideas handed over (in the vector they are in, for `Some`).
    let mut handed = |mut page: ParsedPage| {
        let ideas = std::mem::take(&mut page.ideas)
            .into_iter()
            .filter_map(&mut each)
            .collect();
        (FileOutcome::Parsed(page), ideas)
    };
    if looks_binary(&bytes) {
        let why = "binary file (contains NUL bytes)".to_string();
        return (FileOutcome::Skipped(why), Vec::new());
    }
    let draft = match std::str::from_utf8(&bytes) {
        Ok(text) if lfx_json::looks_like_lfx_export(text) => {
            return handed(match lfx_json::parse_lfx_export(display, text, skills) {
                Ok(page) => page,
                Err(w) => ParsedPage {
                    ideas: Vec::new(),
                    warnings: vec![w],
                    skipped: Vec::new(),
                },
            })
        }
        Ok(text) if lfx_csv::looks_like_lfx_tracking(text) => {
            return handed(lfx_csv::parse_lfx_tracking(display, text))
        }
        Ok(text) => page::draft_page(display, text, skills, defaults),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            let text = String::from_utf8_lossy(&bytes);
            let mut page = parse_page(display, &text, skills, defaults);
            page.warnings.insert(
                0,
                Warning {
                    line,
                    message: "invalid UTF-8; undecodable bytes were replaced with U+FFFD"
                        .to_string(),
                },
            );
            return handed(page);
        }
    };
    drop(bytes);
    let (page, ideas) = draft.finish_each(each);
    (FileOutcome::Parsed(page), ideas)
}

fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}
