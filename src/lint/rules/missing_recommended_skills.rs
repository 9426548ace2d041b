//! `missing-recommended-skills`: an idea has no Recommended Skills.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().skills_raw.is_some();
    report_missing(cx, out, Requirement::Skills, present, Field::Skills);
}
