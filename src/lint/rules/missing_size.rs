//! `missing-size`: an idea has no expected size.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = !cx.idea().hours.is_empty();
    report_missing(cx, out, Requirement::Size, present, Field::Size);
}
