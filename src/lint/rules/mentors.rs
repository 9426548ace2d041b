//! The rules about the mentors of one idea: each one's name, handle and email, and how many.

use crate::lint::context::{Emitter, IdeaContext};
use crate::model::Mentor;
use crate::parse::mentors::{is_valid_email, is_valid_github_handle};

/// Reports each mentor that lacks a part (`part` is `None`) with `message(label)`.
fn each_lacking(
    cx: &IdeaContext<'_>,
    out: &mut Emitter<'_>,
    part: fn(&Mentor) -> &Option<String>,
    message: &str,
) {
    for m in cx.idea().mentors.iter().filter(|m| part(m).is_none()) {
        let (line, col) = cx.mentor_spot(m);
        out.emit(line, col, format!("mentor {} {message}", m.label()));
    }
}

/// Reports each mentor whose part is written but not `valid`, at the part where the page has
/// it: "mentor LABEL: 'PART' MESSAGE".
fn each_invalid(
    cx: &IdeaContext<'_>,
    out: &mut Emitter<'_>,
    part: fn(&Mentor) -> &Option<String>,
    valid: fn(&str) -> bool,
    message: &str,
) {
    let (from, to) = cx.mentor_spots().lines;
    for m in &cx.idea().mentors {
        if let Some(p) = part(m).as_deref().filter(|p| !valid(p)) {
            let (line, col) = cx
                .page
                .locate(p, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(line, col, format!("mentor {}: '{p}' {message}", m.label()));
        }
    }
}

/// `mentor-missing-name`: a mentor is given only as a handle or email.
pub(super) fn mentor_missing_name(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    each_lacking(cx, out, |m| &m.name, "has no name");
}

/// `mentor-missing-github`: a mentor has no GitHub handle.
pub(super) fn mentor_missing_github(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    each_lacking(cx, out, |m| &m.github, "has no GitHub handle");
}

/// `mentor-invalid-github`: a mentor's handle cannot be a GitHub login.
pub(super) fn mentor_invalid_github(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let message = "is not a valid GitHub handle";
    each_invalid(cx, out, |m| &m.github, is_valid_github_handle, message);
}

/// `mentor-missing-email`: a mentor has no email address.
pub(super) fn mentor_missing_email(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    each_lacking(cx, out, |m| &m.email, "has no email address");
}

/// `mentor-invalid-email`: a mentor's email address is not well formed.
pub(super) fn mentor_invalid_email(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let message = "is not a well-formed email address";
    each_invalid(cx, out, |m| &m.email, is_valid_email, message);
}

/// `too-many-mentors`: more than 4 mentors on one idea.
pub(super) fn too_many_mentors(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().mentors.len();
    if n > 4 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, format!("{n} mentors; at most 4 are allowed"));
    }
}

/// `too-few-mentors`: a single mentor.
pub(super) fn too_few_mentors(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if cx.idea().mentors.len() == 1 {
        let (line, col) = cx.mentor_spots().anchor;
        out.emit(line, col, "only one mentor; two are recommended".into());
    }
}
