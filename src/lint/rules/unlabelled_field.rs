//! `unlabelled-field`: the description is written without its label.

use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if let Some(line) = cx.parsed.unlabelled_description {
        if cx.requires(Requirement::Description) {
            out.emit(
                line,
                cx.page.indent_column(line),
                "the description has no label; expected 'Description:'".into(),
            );
        }
    }
}
