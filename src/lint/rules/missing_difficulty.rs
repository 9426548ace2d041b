//! `missing-difficulty`: an idea has no difficulty.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.idea().difficulty.is_some();
    report_missing(cx, out, Requirement::Difficulty, present, Field::Difficulty);
}
