//! `missing-expected-outcome`: an idea has no Expected Outcome.

use super::report_missing;
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::profile::Requirement;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let present = cx.states_outcome();
    report_missing(
        cx,
        out,
        Requirement::ExpectedOutcome,
        present,
        Field::Outcomes,
    );
}
