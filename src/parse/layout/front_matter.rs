//! A file whose front-matter describes one idea (`title`, `mentors`, `skills` keys, or a
//! title over a body of idea fields): the whole file is that idea. A template's example idea
//! ("Example project") is none.

use super::{Found, Layout, Next, Page};
use crate::parse::page::{Warning, UNTITLED_IDEA};
use crate::parse::titles::is_excluded_heading;

/// Recogniser: see the module docs. Asked first; when it applies, nothing else is asked.
pub(crate) struct FrontMatterIdea;

impl Layout for FrontMatterIdea {
    fn detect(&self, page: &Page<'_, '_>, _found: &Found) -> bool {
        let Some(fm) = page.fm else {
            return false;
        };
        let doc = page.outline;
        let body_has_ideas = !doc.selected.is_empty();
        fm.describes_one_idea
            || (fm.title.is_some() && !body_has_ideas && doc.core_kinds(0..doc.anchors.len()) >= 2)
    }

    fn read(&self, page: &Page<'_, '_>, found: &mut Found) -> Next {
        let title = page.fm.and_then(|f| f.title.clone()).unwrap_or_default();
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
                page.skills,
            ));
        }
        Next::Stop
    }
}
