//! `missing-description`: an idea has no Description.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
