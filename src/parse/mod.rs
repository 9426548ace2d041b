//! Parsing idea pages: front-matter, Markdown layouts, field labels and mentors.
//!
//! [`page::parse_page`] works on text and does no I/O; [`read_page`] reads a file, decodes it
//! (lossily, with a warning, when it is not UTF-8) and parses it.
//!
//! Inside: `outline` reads the Markdown once; the recognisers in `layout` find ideas in it,
//! one per family of page layouts; `builder` turns an idea's fields into the model;
//! [`skipped`] decides what looks like an idea but is not one; [`fields`] reads labels from
//! `schemas/labels.toml`.

mod badges;
mod builder;
mod contacts;
pub mod fields;
pub mod frontmatter;
pub mod hours;
pub mod html_page;
mod idea;
mod layout;
pub mod lfx_csv;
pub mod lfx_json;
pub mod markup;
pub mod mentors;
mod outline;
pub mod page;
pub mod skipped;
mod text;
mod titles;
mod yaml_list;

pub use idea::{Defaults, ParsedIdea, ParsedPage, SkipReason, SkippedSection, Warning};
pub use page::parse_page;

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
            "{kind} is not supported; Markdown, HTML, AsciiDoc and reStructuredText pages are read"
        )));
    }
    let bytes = std::fs::read(path)?;
    Ok(parse_bytes(&bytes, display, skills, defaults))
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
    if unsupported_markup(path).is_some() {
        return read_page(path, display, skills, defaults).map(Some);
    }
    let bytes = std::fs::read(path)?;
    Ok(may_match(&bytes).then(|| parse_bytes(&bytes, display, skills, defaults)))
}

/// The name of the markup a file's extension (or a URL's, before any `?` or `#`) says it is
/// written in, when it is one `ideas` does not read: the file is skipped, by `list` and by
/// `sync` alike. (AsciiDoc and reStructuredText are read: [`markup`].)
pub fn unsupported_markup(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    (ext == "org").then_some("Org mode")
}

/// The extension of a file name or URL (before any `?` or `#`), lower-cased.
fn extension_of(name: &str) -> Option<String> {
    let path = Path::new(name.split(['?', '#']).next().unwrap_or(name));
    Some(path.extension()?.to_string_lossy().to_ascii_lowercase())
}

/// Decodes and parses the bytes of one file.
pub fn parse_bytes(
    bytes: &[u8],
    display: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> FileOutcome {
    if looks_binary(bytes) {
        return FileOutcome::Skipped("binary file (contains NUL bytes)".to_string());
    }
    let page = match std::str::from_utf8(bytes) {
        Ok(text) if lfx_json::looks_like_lfx_export(text) => {
            match lfx_json::parse_lfx_export(display, text) {
                Ok(page) => page,
                Err(w) => ParsedPage {
                    ideas: Vec::new(),
                    warnings: vec![w],
                    skipped: Vec::new(),
                },
            }
        }
        Ok(text) if lfx_csv::looks_like_lfx_tracking(text) => {
            lfx_csv::parse_lfx_tracking(display, text)
        }
        Ok(text) => parse_text(display, text, skills, defaults),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            let text = String::from_utf8_lossy(bytes);
            let mut page = parse_text(display, &text, skills, defaults);
            page.warnings.insert(
                0,
                Warning {
                    line,
                    message: "invalid UTF-8; undecodable bytes were replaced with U+FFFD"
                        .to_string(),
                },
            );
            page
        }
    };
    FileOutcome::Parsed(page)
}

/// Parses a page's text as the Markdown [`as_markdown`] makes of it; problems met converting
/// come first.
fn parse_text(display: &str, text: &str, skills: &SkillTable, defaults: &Defaults) -> ParsedPage {
    let mut read = as_markdown(display, text);
    let site = read.head_title.take().map(|site| Defaults {
        site: Some(site),
        ..defaults.clone()
    });
    let mut page = parse_page(
        display,
        &read.markdown,
        skills,
        site.as_ref().unwrap_or(defaults),
    );
    read.warnings.append(&mut page.warnings);
    page.warnings = read.warnings;
    page
}

/// A page's text as the parser reads it (see [`as_markdown`]).
#[derive(Debug)]
pub struct PageMarkdown<'a> {
    /// The Markdown.
    pub markdown: Cow<'a, str>,
    /// Problems met converting.
    pub warnings: Vec<Warning>,
    /// An HTML page's head title ([`html_page::HtmlPage`]).
    pub head_title: Option<String>,
}

/// The Markdown the parser reads for a page's text: an AsciiDoc or reStructuredText page (by
/// its name's extension: [`markup`]) or an HTML page converted, its front matter (a static site's
/// `---` or `+++` block before the markup) kept as it is, any other page as it is; with the
/// problems met converting (a page that cannot be converted gives no Markdown). Line numbers
/// of the parser then count the Markdown's lines; the converters' own warnings count the page's.
pub fn as_markdown<'a>(display: &str, text: &'a str) -> PageMarkdown<'a> {
    let read = |markdown, warnings| PageMarkdown {
        markdown,
        warnings,
        head_title: None,
    };
    let kind = markup::Markup::of(display);
    let page = match kind {
        Some(_) => text.trim_start_matches('\u{feff}'),
        None => text,
    };
    let (front, body, title) = match frontmatter::split(page) {
        Ok(split) if split.front.is_some() => {
            let (front, body) = page.split_at(split.body_offset);
            // (The title only where the body may refer to it: most pages have no "{{".)
            let title = (split.front)
                .filter(|_| body.contains("{{"))
                .and_then(|raw| frontmatter::parse(raw).ok()?.title);
            (front, body, title)
        }
        _ => ("", page, None),
    };
    // "# {{ title }}" in a site's template page is the front matter's title, as the site shows it.
    let rendered = title.map(|t| with_title(body, &t));
    let body = rendered.as_deref().unwrap_or(body);
    // An HTML page starts as an HTML document, or is named `.html`/`.htm` and its body starts
    // with a tag. (A synced HTML page is kept as the Markdown made of it, under its `.html`
    // URL: that is Markdown.)
    let html_named = matches!(extension_of(display).as_deref(), Some("html" | "htm"));
    let (made_front, html, mut warnings) = match kind {
        Some(kind) => markup::to_html(kind, body),
        None if html_page::is_html(None, text.as_bytes())
            || (html_named && body.trim_start().starts_with('<')) =>
        {
            (String::new(), body.to_string(), Vec::new())
        }
        None => {
            return match rendered {
                Some(body) => read(Cow::Owned(format!("{front}{body}")), Vec::new()),
                None => read(Cow::Borrowed(text), Vec::new()),
            }
        }
    };
    for w in &mut warnings {
        w.line += front.matches('\n').count();
    }
    let front = if front.is_empty() { &made_front } else { front };
    match html_page::to_markdown(&html) {
        Ok(page) => PageMarkdown {
            markdown: Cow::Owned(format!("{front}{}", page.markdown)),
            warnings,
            head_title: page.head_title,
        },
        Err(message) => read(Cow::Borrowed(""), vec![Warning { line: 1, message }]),
    }
}

/// `body` with every `{{ title }}` or `{{ page.title }}` (a site generator's reference to the
/// page's title) written as `title`.
fn with_title(body: &str, title: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find("{{") {
        let close = rest[open..].find("}}").map(|c| open + c + 2);
        let inner = close.map(|c| rest[open + 2..c - 2].trim());
        out.push_str(&rest[..open]);
        match (close, inner) {
            (Some(c), Some("title" | "page.title")) if !title.contains('\n') => {
                out.push_str(title);
                rest = &rest[c..];
            }
            _ => {
                out.push_str("{{");
                rest = &rest[open + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}
