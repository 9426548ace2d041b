//! `skill-typo`: a skill that looks like a misspelt known skill.

use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::suggest::suggest_skill;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let skills = cx.page.skills;
    for s in &cx.idea().skills {
        // An item the table knows (an alias, "Golang") or a phrase is no typo.
        if skills.canonical(s).is_some() || s.contains(' ') {
            continue;
        }
        if let Some(suggestion) = suggest_skill(&s.to_lowercase(), skills) {
            // Where the skills are written is looked up only for a finding.
            let (from, to) = cx.field_lines(Field::Skills);
            let fallback = (cx.first_label(Field::Skills).map_or(cx.line(), |p| p.0), 1);
            let (line, col) = cx.page.locate(s, from, to).unwrap_or(fallback);
            out.emit(
                line,
                col,
                format!("unknown skill '{s}'; did you mean '{suggestion}'?"),
            );
        }
    }
}
