//! A page that is one idea whose title is a field: the LFX proposal issue form as GitHub
//! renders it ("### Program Name", "### Program Description", ...).

use super::{Found, Next, Page};
use crate::parse::fields::Field;
use crate::parse::text::first_item;

/// Recogniser: see the module docs. Asked only when no other layout found an idea.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) -> Next {
    let doc = page.outline;
    let field = doc.anchors.iter().find(|a| a.field == Field::Title);
    let applies = found.ideas.is_empty()
        && page.fm.is_none_or(|f| f.title.is_none())
        && field.is_some()
        && doc.core_kinds(0..doc.anchors.len()) >= 2;
    let title = field.filter(|_| applies);
    if let Some(title) = title.and_then(|a| first_item(&a.value(doc.text))) {
        let idea = super::single::single_idea(doc, page.fm, title, page.ctx);
        found.ideas.push(idea);
    }
    Next::Continue
}
