//! `invalid-difficulty`: a difficulty that is not easy, medium or hard.

use super::size_as_difficulty;
use crate::lint::context::{first_line, placeholder, Emitter, IdeaContext};
use crate::model::Difficulty;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in cx.spans(Field::Difficulty) {
        let v = crate::parse::page::strip_md(&f.value);
        let v = v.trim();
        if v.is_empty() || placeholder(v).is_some() || size_as_difficulty::is_size(v) {
            continue;
        }
        if Difficulty::parse(v).is_none() || !allowed(cx.page.difficulty, v) {
            let allowed = cx
                .page
                .difficulty
                .map_or_else(|| "easy, medium, hard".to_string(), |d| d.join(", "));
            out.at_field(
                f,
                format!("difficulty '{}' is not one of: {allowed}", first_line(v)),
            );
        }
    }
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
