//! The rules about the mentors of one idea: each one's name, handle and email, and how many.

use crate::lint::context::{Emitter, IdeaContext};
use crate::parse::mentors::{is_valid_email, is_valid_github_handle};

/// `mentor-missing-name`: a mentor is given only as a handle or email.
pub(super) fn mentor_missing_name(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.name.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(line, col, format!("mentor {} has no name", m.label()));
        }
    }
}

/// `mentor-missing-github`: a mentor has no GitHub handle.
pub(super) fn mentor_missing_github(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.github.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(
                line,
                col,
                format!("mentor {} has no GitHub handle", m.label()),
            );
        }
    }
}

/// `mentor-invalid-github`: a mentor's handle cannot be a GitHub login.
pub(super) fn mentor_invalid_github(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let spots = cx.mentor_spots();
    let (from, to) = spots.lines;
    for m in &cx.idea().mentors {
        if let Some(g) = m.github.as_deref().filter(|g| !is_valid_github_handle(g)) {
            let (line, col) = cx
                .page
                .locate(g, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(
                line,
                col,
                format!("mentor {}: '{g}' is not a valid GitHub handle", m.label()),
            );
        }
    }
}

/// `mentor-missing-email`: a mentor has no email address.
pub(super) fn mentor_missing_email(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for m in &cx.idea().mentors {
        if m.email.is_none() {
            let (line, col) = cx.mentor_spot(m);
            out.emit(
                line,
                col,
                format!("mentor {} has no email address", m.label()),
            );
        }
    }
}

/// `mentor-invalid-email`: a mentor's email address is not well formed.
pub(super) fn mentor_invalid_email(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let spots = cx.mentor_spots();
    let (from, to) = spots.lines;
    for m in &cx.idea().mentors {
        if let Some(e) = m.email.as_deref().filter(|e| !is_valid_email(e)) {
            let (line, col) = cx
                .page
                .locate(e, from, to)
                .unwrap_or_else(|| cx.mentor_spot(m));
            out.emit(
                line,
                col,
                format!(
                    "mentor {}: '{e}' is not a well-formed email address",
                    m.label()
                ),
            );
        }
    }
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
