//! The rules about a field's value: placeholders, difficulty, size, skills, upstream issues.

use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::lint::suggest::suggest_skill;
use crate::model::Difficulty;
use crate::parse::fields::Field;
use crate::parse::hours::parse_hours;
use crate::parse::page::FieldSpan;

/// `placeholder-value`: a field holds "TBD", "# " or template text.
pub(super) fn placeholder_value(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let fields = &cx.parsed.fields;
    for (i, f) in fields.iter().enumerate() {
        if f.field.is_core() || f.field == Field::Component {
            // `- Mentor(s):` over `- Primary Mentor: ...` lines, `- Description:` over a quoted
            // `> Description: ...`: the label's value is given by the labels of its kind below.
            let continued = f.value.trim().is_empty()
                && fields.get(i + 1).is_some_and(|next| next.field == f.field);
            if continued {
                continue;
            }
            if let Some(p) = placeholder(&f.value) {
                out.emit(
                    f.line,
                    f.column,
                    format!("{} holds a placeholder ({p})", f.field.template_label()),
                );
            }
        }
    }
}

/// `invalid-difficulty`: a difficulty that is not easy, medium or hard.
pub(super) fn invalid_difficulty(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for (f, v) in values(cx, Field::Difficulty).filter(|(_, v)| !is_size(v)) {
        if Difficulty::parse(&v).is_none() || !allowed(cx.page.difficulty, &v) {
            let allowed = cx
                .page
                .difficulty
                .map_or_else(|| "easy, medium, hard".to_string(), |d| d.join(", "));
            out.emit(
                f.line,
                f.column,
                format!("difficulty '{}' is not one of: {allowed}", first_line(&v)),
            );
        }
    }
}

/// The values of the fields of one kind, Markdown stripped and trimmed, that are neither empty
/// nor a placeholder (those are `placeholder-value`'s).
fn values<'a>(
    cx: &IdeaContext<'a>,
    field: Field,
) -> impl Iterator<Item = (&'a FieldSpan, String)> + 'a {
    cx.spans(field).filter_map(|f| {
        let v = crate::parse::page::strip_md(&f.value).trim().to_string();
        (!v.is_empty() && placeholder(&v).is_none()).then_some((f, v))
    })
}

/// True if every difficulty word written in `value` is allowed (only checked when configured:
/// the words are lower-cased and split only then).
fn allowed(configured: Option<&[String]>, value: &str) -> bool {
    let Some(allowed) = configured else {
        return true;
    };
    let lower = value.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| crate::model::Level::parse_word(w).is_some())
        .all(|w| allowed.iter().any(|a| a == w))
}

/// `size-as-difficulty`: a size (small, large) written as the difficulty.
pub(super) fn size_as_difficulty(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for (f, v) in values(cx, Field::Difficulty).filter(|(_, v)| is_size(v)) {
        out.emit(
            f.line,
            f.column,
            format!("difficulty '{v}' is a size; give easy, medium or hard"),
        );
    }
}

/// True if a difficulty value is not a difficulty but names a size ("small", "large").
pub(super) fn is_size(value: &str) -> bool {
    let lower = value.to_lowercase();
    let size_word = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "small" | "large"));
    size_word && Difficulty::parse(value).is_none()
}

/// `invalid-size`: an expected size that is not a number of hours.
pub(super) fn invalid_size(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for (f, v) in values(cx, Field::Size).filter(|(_, v)| parse_hours(v).is_empty()) {
        out.emit(
            f.line,
            f.column,
            format!("size '{}' is not a number of hours", first_line(&v)),
        );
    }
}

/// `skill-typo`: a skill that looks like a misspelt known skill.
pub(super) fn skill_typo(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let skills = cx.page.skills;
    for s in &cx.idea().skills {
        // A phrase or an item the table knows (an alias, "Golang") is no typo. (The space is
        // looked at first: it is free, and the lookup was 3% of `validate` on real pages.)
        if s.contains(' ') || skills.canonical(s).is_some() {
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

/// `multiple-upstream-issues`: more than one Upstream Issue on one idea.
pub(super) fn multiple_upstream_issues(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    let n = cx.idea().upstream_issues.len();
    if n > 1 {
        let (line, col) = cx
            .first_label(Field::Upstream)
            .unwrap_or_else(|| cx.anchor());
        out.emit(
            line,
            col,
            format!("{n} upstream issues; the template expects one"),
        );
    }
}

/// `upstream-issue-not-url`: the Upstream Issue is text, not a link.
pub(super) fn upstream_issue_not_url(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    if !cx.idea().upstream_issues.is_empty() {
        return;
    }
    for f in cx.spans(Field::Upstream) {
        let v = f.value.trim();
        if !v.is_empty() && placeholder(v).is_none() {
            out.emit(
                f.line,
                f.column,
                format!("'{}' is not an http(s) URL", first_line(v)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_told_from_difficulties() {
        for v in ["Small", "LARGE (350 hours)", "small/large", "x LARGE"] {
            assert!(is_size(v), "{v}");
        }
        for v in ["medium", "Easy", "smallish", "175 hours", "", "largest"] {
            assert!(!is_size(v), "{v}");
        }
    }

    #[test]
    fn configured_difficulty_words_are_the_only_ones_allowed() {
        let easy_hard = ["easy".to_string(), "hard".to_string()];
        assert!(!allowed(Some(&easy_hard), "medium"));
        assert!(!allowed(Some(&easy_hard), "Easy to Medium"));
        assert!(allowed(Some(&easy_hard), "Hard (350 hours)"));
        assert!(allowed(None, "medium"));
    }
}
