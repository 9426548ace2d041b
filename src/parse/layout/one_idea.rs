//! A page that is one idea with no title of its own, when no other layout found an idea and the
//! front-matter (if any) has no title. Its title is:
//! - a title field, when the page names two idea fields or more: the LFX proposal issue form as
//!   GitHub renders it ("### Program Name", "### Program Description", ...);
//! - else its file name, when it is written as field sections with no title anywhere
//!   (`tekton-integration.md` with `## Project Goal`, `## Skills`, `## Mentors`).

use super::{Found, Page};
use crate::parse::fields::Field;
use crate::parse::outline::Outline;
use crate::parse::text::first_item;
use crate::parse::titles::title_from_path;

/// Recogniser: see the module docs. Asked last.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    if !found.ideas.is_empty() || page.fm.is_some_and(|f| f.title.is_some()) {
        return;
    }
    let doc = page.outline;
    let title = title_field(doc).or_else(|| title_from_file_name(doc, page.path));
    if let Some(title) = title {
        let idea = super::single::single_idea(doc, page.fm, title, page.ctx);
        found.ideas.push(idea);
    }
}

/// The value of the page's title field, when the page names two idea fields or more.
fn title_field(doc: &Outline<'_>) -> Option<String> {
    let field = doc.anchors.iter().find(|a| a.field == Field::Title)?;
    (doc.core_kinds(0..doc.anchors.len()) >= 2).then(|| first_item(&field.value(doc.text)))?
}

/// The title of a page that is one idea written as field sections (`## Project Goal`,
/// `## Skills`, `## Outcomes`, `## Mentors`: at least three distinct idea fields as
/// headings) with no title of its own (no H1, no front-matter title, no idea found): the
/// file name, as the site that lists these files uses it ("tekton-integration.md" ->
/// "Tekton integration"). Generic names ("README", "ideas") give none.
fn title_from_file_name(doc: &Outline<'_>, path: &str) -> Option<String> {
    if doc.headings.iter().any(|h| h.level == 1) {
        return None;
    }
    if Field::count_distinct(super::field_headings(doc).map(|a| a.field)) < 3 {
        return None;
    }
    title_from_path(path)
}
