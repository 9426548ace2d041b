//! `missing-upstream-issue`: an idea has no Upstream Issue.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().upstream_issues.is_empty();
    report_missing(
        cx,
        out,
        Requirement::UpstreamIssue,
        present,
        Field::Upstream,
    );
}
