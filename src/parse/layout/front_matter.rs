//! A file whose front-matter describes one idea: the whole file is that idea. Three shapes:
//! - the front-matter has idea keys (`mentors`, `skills`, ...);
//! - the front-matter has a `title` and the body, with no idea of its own, names mentors
//!   (people or a placeholder, not a sentence under "Mentors:") or two idea fields (a single
//!   idea written as prose ending with "**Mentorship**" and a list);
//! - the front-matter has a `title` and the body's top-level sections are the idea's fields
//!   (`## Description`, `## Duration`, `## Task ideas`, `## Mentors`): sections with other
//!   names beside them ("## Task ideas", "## Test") are parts of the idea, not ideas.
//!
//! A template's example idea ("Example project") is none.

use super::{Found, Next, Page};
use crate::parse::fields::Field;
use crate::parse::idea::{Warning, UNTITLED_IDEA};
use crate::parse::outline::Outline;
use crate::parse::titles::is_excluded_heading;

/// Recogniser: see the module docs. Asked first; when it applies, nothing else is asked.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) -> Next {
    if !applies(page) {
        return Next::Continue;
    }
    // As written, without numbering ("Project 1. Faster tiles").
    let title = page
        .fm
        .and_then(|f| f.title.as_deref())
        .map(crate::parse::titles::clean_title)
        .unwrap_or_default();
    if title.trim().is_empty() {
        // Every idea returned has a title: an untitled one is a warning instead, which the
        // validator reports as `missing-title` (`list` skips it).
        found.warnings.push(Warning {
            line: 1,
            message: format!("{UNTITLED_IDEA}: the front-matter has idea keys but no title"),
        });
    } else if !is_excluded_heading(&title) {
        found.ideas.push(super::single::single_idea(
            page.outline,
            page.fm,
            title,
            page.ctx,
        ));
    }
    Next::Stop
}

/// True if the page is one idea described by its front-matter (see the module docs).
fn applies(page: &Page<'_, '_>) -> bool {
    let doc = page.outline;
    let all = || (0..doc.anchors.len()).collect::<Vec<_>>();
    // (Mentors that are people or a placeholder, not a sentence under the label.)
    let body_is_one = || {
        doc.selected.is_empty()
            && (super::names_people(doc, &all()) || doc.core_kinds(0..doc.anchors.len()) >= 2)
    };
    page.fm.is_some_and(|fm| {
        fm.describes_one_idea
            || (fm.title.is_some() && (body_is_one() || fields_are_top_sections(doc)))
    })
}

/// True if the shallowest headings that are field labels (`## Description`, `## Mentors`) name
/// at least two distinct idea fields, and no structural heading sits above them (no `# Title`
/// or `## Project` that they could belong to). Field headings as deep as the shallowest
/// structural heading count too (`# Description` then `## Task idea`, `## Requirements`).
fn fields_are_top_sections(doc: &Outline<'_>) -> bool {
    let field_headings = || super::field_headings(doc);
    let Some(top) = field_headings().map(|a| a.level).min() else {
        return false;
    };
    let structural = doc
        .headings
        .iter()
        .map(|h| h.level)
        .min()
        .unwrap_or(u8::MAX);
    if structural < top {
        return false;
    }
    let top_fields = field_headings().filter(|a| a.level <= structural.max(top));
    Field::count_distinct(top_fields.map(|a| a.field)) >= 2
}
