//! `invalid-size`: an expected size that is not a number of hours.

use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::parse::fields::Field;
use crate::parse::hours::parse_hours;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in cx.spans(Field::Size) {
        let v = crate::parse::page::strip_md(&f.value);
        let v = v.trim();
        if !v.is_empty() && placeholder(v).is_none() && parse_hours(v).is_empty() {
            out.at_field(
                f,
                format!("size '{}' is not a number of hours", first_line(v)),
            );
        }
    }
}
