//! The `missing-*` rules: a field the profile (or `[require]`) asks for is not there.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

/// `missing-title`: an idea has no title.
pub(super) fn missing_title(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().title.trim().is_empty() {
        out.emit(cx.line(), 1, "the idea has no title".into());
    }
}

/// `missing-project`: an idea does not name its project or organisation.
pub(super) fn missing_project(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.requires(Requirement::Project) && cx.idea().org.is_none() {
        let (line, column) = cx.anchor();
        out.emit(
            line,
            column,
            "the idea does not name its project or organisation".into(),
        );
    }
}

/// `missing-description`: an idea has no Description.
pub(super) fn missing_description(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.parsed.unlabelled_description.is_some() && cx.requires(Requirement::Description) {
        return;
    }
    let present = cx.idea().description.is_some();
    report_missing(
        cx,
        out,
        Requirement::Description,
        present,
        Field::Description,
    );
}

/// `missing-expected-outcome`: an idea has no Expected Outcome.
pub(super) fn missing_expected_outcome(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.states_outcome();
    report_missing(
        cx,
        out,
        Requirement::ExpectedOutcome,
        present,
        Field::Outcomes,
    );
}

/// `missing-recommended-skills`: an idea has no Recommended Skills.
pub(super) fn missing_recommended_skills(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().skills_raw.is_some();
    report_missing(cx, out, Requirement::Skills, present, Field::Skills);
}

/// `missing-mentors`: an idea has no Mentor(s).
pub(super) fn missing_mentors(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().mentors.is_empty();
    report_missing(cx, out, Requirement::Mentors, present, Field::Mentors);
}

/// `missing-upstream-issue`: an idea has no Upstream Issue.
pub(super) fn missing_upstream_issue(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().upstream_issues.is_empty();
    report_missing(
        cx,
        out,
        Requirement::UpstreamIssue,
        present,
        Field::Upstream,
    );
}

/// `missing-size`: an idea has no expected size.
pub(super) fn missing_size(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().hours.is_empty();
    report_missing(cx, out, Requirement::Size, present, Field::Size);
}

/// `missing-difficulty`: an idea has no difficulty.
pub(super) fn missing_difficulty(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().difficulty.is_some();
    report_missing(cx, out, Requirement::Difficulty, present, Field::Difficulty);
}
