//! A page that is one idea written as field sections with no title anywhere: the file name
//! titles it (`tekton-integration.md` with `## Project Goal`, `## Skills`, `## Mentors`).

use super::{Found, Next, Page};
use crate::parse::fields::Field;
use crate::parse::outline::Outline;
use crate::parse::titles::title_from_path;

/// Recogniser: see the module docs. Asked only when no other layout found an idea.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) -> Next {
    if !(found.ideas.is_empty() && page.fm.is_none_or(|f| f.title.is_none())) {
        return Next::Continue;
    }
    if let Some(title) = title_from_file_name(page.outline, page.path) {
        found.ideas.push(super::single::single_idea(
            page.outline,
            page.fm,
            title,
            page.ctx,
        ));
    }
    Next::Continue
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
    let fields = doc
        .anchors
        .iter()
        .filter(|a| a.heading && a.field.is_core());
    if Field::count_distinct(fields.map(|a| a.field)) < 3 {
        return None;
    }
    title_from_path(path)
}
