//! `skill-typo`: a skill that looks like a misspelt known skill.

use super::{Check, Rule};
use crate::lint::context::{Emitter, IdeaContext};
use crate::lint::suggest::suggest_skill;
use crate::lint::Level;
use crate::parse::fields::Field;

/// The rule.
pub const RULE: Rule = Rule {
    id: "skill-typo",
    level: Level::Warning,
    gsoc: Some(Level::Warning),
    neutral: Some(Level::Warning),
    requirement: None,
    summary: "A skill looks like a misspelling of a known skill.",
    docs: "A misspelt skill (\"Kuberntetes\") hides the idea from everyone filtering by the real one. Unknown skills within a small edit distance of a known skill id or name are reported at the word; short names and phrases are left alone.",
    hint: "Use the suggested spelling.",
    example: "- Recommended Skills: Go, Kuberntetes",
    check: Check::Idea(check),
};

fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
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
