//! `duplicate-title`: two ideas of one project share a title.

use super::{Check, Rule};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::Level;
use std::collections::HashMap;

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-title",
    level: Level::Error,
    gsoc: Some(Level::Error),
    neutral: Some(Level::Error),
    requirement: None,
    summary: "Two ideas of one project have the same title.",
    docs: "Ideas are picked and discussed by title; two ideas of one project with the same title (ignoring case) cannot be told apart. Every repeat is reported at its heading.",
    hint: "Make the titles distinct or merge the ideas.",
    example: "### Harbor\n\n#### CLI\n...\n\n#### CLI\n...",
    check: Check::Page(check),
};

fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
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
