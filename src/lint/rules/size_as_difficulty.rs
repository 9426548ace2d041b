//! `size-as-difficulty`: a size (small, large) written as the difficulty.

use crate::lint::context::{placeholder, Emitter, IdeaContext};
use crate::model::Difficulty;
use crate::parse::fields::Field;

pub(super) fn check(cx: &IdeaContext<'_>, out: &mut Emitter<'_>) {
    for f in cx.spans(Field::Difficulty) {
        let v = crate::parse::page::strip_md(&f.value);
        let v = v.trim();
        if !v.is_empty() && placeholder(v).is_none() && is_size(v) {
            out.at_field(
                f,
                format!("difficulty '{v}' is a size; give easy, medium or hard"),
            );
        }
    }
}

/// True if a difficulty value is not a difficulty but names a size ("small", "large").
pub(super) fn is_size(value: &str) -> bool {
    size_word(value) && Difficulty::parse(value).is_none()
}

/// True if `value` has the word "small" or "large" (any case). ASCII values are split and
/// compared in place; lower-casing them changes no byte's place or word boundary.
fn size_word(value: &str) -> bool {
    if value.is_ascii() {
        return value
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("small") || w.eq_ignore_ascii_case("large"));
    }
    value
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "small" | "large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_size` as first written: lower-cases every value.
    fn is_size_reference(value: &str) -> bool {
        let lower = value.to_lowercase();
        let size_word = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "small" | "large"));
        Difficulty::parse(value).is_none() && size_word
    }

    proptest::proptest! {
        #[test]
        fn is_size_agrees_with_its_first_version(
            value in "(Small|LARGE|small|large|medium|Easy|hard|\\(|\\)|-|/| |x|s|\u{17f}|\u{212a}|\u{e9}|175|hours){0,5}"
        ) {
            proptest::prop_assert_eq!(is_size(&value), is_size_reference(&value));
        }
    }
}
