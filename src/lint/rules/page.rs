//! The rules that look at a whole page: its ideas together, or what is not an idea.

use super::{info, RULES};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::suggest::did_you_mean;
use crate::parse::SkipReason;
use std::collections::HashMap;

/// `duplicate-title`: two ideas of one project share a title.
pub(super) fn duplicate_title(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
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

/// `no-ideas`: a page with no ideas on it.
pub(super) fn no_ideas(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    if cx.ideas.is_empty() {
        out.emit(1, 1, "no ideas found on this page".into());
    }
}

/// `not-counted`: a section the parser left out on purpose, named with the reason.
///
/// Withdrawn ideas ("(taken)", "no longer offered"), lists of completed or past projects, and
/// templates look like ideas but are not offered. They are not counted, which is right; this
/// notice says so where it happens, so a maintainer who expected one more idea in `ideas list`
/// sees why. It never fails a run.
pub(super) fn not_counted(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    for s in cx.skipped {
        if matches!(
            s.reason,
            SkipReason::Withdrawn | SkipReason::PastProjects | SkipReason::Template
        ) {
            let message = format!("'{}' is not counted as an idea: {}", s.title, s.reason);
            out.emit_about(&s.title, s.line, 1, message);
        }
    }
}

/// `unknown-rule-in-comment`: an `ideas-disable` comment names a rule that does not exist.
pub(super) fn unknown_rule_in_comment(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    for (line, id) in cx.controls.named_rules() {
        if info(id).is_none() {
            let column = cx
                .lines
                .get(line - 1)
                .and_then(|l| l.find(id).map(|b| l[..b].chars().count() + 1))
                .unwrap_or(1);
            out.emit(
                line,
                column,
                format!(
                    "unknown rule '{id}' in a control comment{}",
                    did_you_mean(id, RULES.iter().map(|r| r.id))
                ),
            );
        }
    }
}
