//! `missing-mentors`: an idea has no Mentor(s).

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().mentors.is_empty();
    report_missing(cx, out, Requirement::Mentors, present, Field::Mentors);
}
