//! A page that is one idea whose title is a field: the LFX proposal issue form as GitHub
//! renders it ("### Program Name", "### Program Description", ...).

use super::{Found, Layout, Next, Page};
use crate::parse::fields::Field;
use crate::parse::text::first_item;

/// Recogniser: see the module docs. Asked only when no other layout found an idea.
pub(crate) struct TitleField;

impl Layout for TitleField {
    fn detect(&self, page: &Page<'_, '_>, found: &Found) -> bool {
        let doc = page.outline;
        found.ideas.is_empty()
            && page.fm.is_none_or(|f| f.title.is_none())
            && doc.anchors.iter().any(|a| a.field == Field::Title)
            && doc.core_kinds(0..doc.anchors.len()) >= 2
    }

    fn read(&self, page: &Page<'_, '_>, found: &mut Found) -> Next {
        let doc = page.outline;
        let title = doc
            .anchors
            .iter()
            .find(|a| a.field == Field::Title)
            .and_then(|a| first_item(&a.value(doc.text)));
        if let Some(title) = title {
            found
                .ideas
                .push(super::single::single_idea(doc, page.fm, title, page.ctx));
        }
        Next::Continue
    }
}
