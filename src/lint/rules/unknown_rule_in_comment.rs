//! `unknown-rule-in-comment`: an `ideas-disable` comment names a rule that does not exist.

use super::{info, Check, Rule, RULES};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::suggest::did_you_mean;
use crate::lint::Level;

/// The rule.
pub const RULE: Rule = Rule {
    id: "unknown-rule-in-comment",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "An ideas-disable or ideas-enable comment names an unknown rule.",
    docs: "A misspelt id in `<!-- ideas-disable ... -->` silences nothing, so the finding it was meant to silence is still reported and the comment looks as if it worked. Reported at the comment, with the closest rule id.",
    hint: "Use a rule id from `ideas validate --list-rules`.",
    example: "<!-- ideas-disable-next-line missing-upstream-isue -->",
    check: Check::Page(check),
};

fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
    for (line, id) in cx.controls.named_rules() {
        if info(id).is_none() {
            let column = cx
                .lines()
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
