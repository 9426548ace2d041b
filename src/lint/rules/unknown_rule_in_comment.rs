//! `unknown-rule-in-comment`: an `ideas-disable` comment names a rule that does not exist.

use super::{info, RULES};
use crate::lint::context::{Emitter, PageContext};
use crate::lint::suggest::did_you_mean;

pub(super) fn check(cx: &PageContext<'_>, out: &mut Emitter<'_>) {
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
