//! `duplicate-title`: two ideas of one project share a title.

use crate::lint::context::{Emitter, PageContext};
use std::collections::HashMap;

pub(super) fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    // One idea cannot repeat a title (most pages checked are one-idea files).
    if cx.ideas.len() < 2 {
        return;
    }
    let mut titles: HashMap<(String, String), usize> = HashMap::with_capacity(cx.ideas.len());
    for parsed in cx.ideas {
        let idea = &parsed.idea;
        let key = (
            idea.org.as_deref().unwrap_or_default().to_lowercase(),
            idea.title.trim().to_lowercase(),
        );
        if let Some(first) = titles.get(&key) {
            out.emit_about(
                &idea.title,
                idea.source.line,
                1,
                format!("the title '{}' is already used at line {first}", idea.title),
            );
        } else {
            titles.insert(key, idea.source.line);
        }
    }
}
