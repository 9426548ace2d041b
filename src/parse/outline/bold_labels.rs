//! Fields written as bold labels inside a line of prose: "Run untrusted plugins in a sandbox.
//! **Skills:** Go, WebAssembly **Mentors:** Jane Doe (@jdoe)".
//!
//! Only a bold run that is exactly a known idea field's label with its colon (`**Skills:**` or
//! `**Skills**:`) counts, written as a label is: capitalised, after a space, and, for the first
//! one on a line of prose, at the start of a sentence (after `.`, `!` or `?`). Bold words that
//! are not labels stay prose, and so does a label used as a word in a sentence ("the
//! **mentors:** decide"): a field not read is better than a wrong one.

use super::line_fields::MoreField;
use crate::parse::fields;

/// The fields written as bold labels in `line` after byte `from`, in order. With
/// `after_field`, the text from `from` is a field's value ("**Skills:** Go **Mentors:** Ana"),
/// so the first label needs no sentence before it; otherwise `from` is the start of a line of
/// prose, whose text up to the first label is a sentence.
pub(crate) fn bold_fields(line: &str, from: usize, after_field: bool) -> Vec<MoreField> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    // Where the text before the next label starts (the previous value, or the prose).
    let mut prev = from;
    let mut at = from;
    while let Some(i) = next_bold(bytes, at) {
        at = i + 2;
        let first = out.is_empty() && !after_field;
        // (After a value, a label may be glued to it, as pages copied from a wiki run their
        // fields together: "**Mentor**: Ana Lima**Difficulty**: Hard".)
        if i == 0 || (first && !matches!(bytes[i - 1], b' ' | b'\t')) {
            continue;
        }
        let before = line[prev..i].trim();
        if before.is_empty() || (first && !ends_sentence(before)) {
            continue;
        }
        let Some(label) = fields::find_label(&line[i..], false) else {
            continue;
        };
        // (Within a field's value, a bold label of a field not kept ends it too: "**Skills**:
        // Go**What you will learn:** …".)
        let ends_value =
            after_field && matches!(label.field, fields::Field::Other | fields::Field::Links);
        if !(label.field.shares_a_line() || ends_value)
            || !label.has_colon
            || label.misspelt
            || !label
                .text
                .starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase())
            || !bold_is_label(&line[i..], &label.text)
        {
            continue;
        }
        let separator = line[..i].trim_end().len();
        prev = i + label.value_start;
        at = prev;
        out.push(MoreField {
            separator,
            start: i,
            label,
        });
    }
    out
}

/// The byte offset of the next `**` or `__` at or after `at`.
fn next_bold(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    let stars = memchr::memmem::find(rest, b"**");
    let unders = memchr::memmem::find(rest, b"__");
    let i = match (stars, unders) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(at + i)
}

/// True if `text` (with its emphasis and closing brackets or quotes) ends a sentence.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['*', '_', ')', '"', '\'', '’', '”'])
        .ends_with(['.', '!', '?', '。', '！', '？'])
}

/// True if `text` starts with a bold run that is exactly `label` and its colon:
/// `**Skills:**`, `**Skills**:` (or with `__`).
fn bold_is_label(text: &str, label: &str) -> bool {
    let mark = &text[..2];
    let Some(end) = text[2..].find(mark).map(|e| e + 2) else {
        return false;
    };
    let inner = &text[2..end];
    let colon_inside = inner.ends_with([':', '：']);
    let colon_after = text[end + 2..].starts_with([':', '：']);
    (colon_inside || colon_after)
        && !inner.starts_with(char::is_whitespace)
        && inner.trim_end_matches([':', '：']).trim_end() == label
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::fields::Field;

    /// The fields found: (field, label offset, value).
    fn found(line: &str, from: usize, after_field: bool) -> Vec<(Field, usize, String)> {
        let more = bold_fields(line, from, after_field);
        more.iter()
            .enumerate()
            .map(|(k, m)| {
                let end = more.get(k + 1).map_or(line.len(), |n| n.separator);
                let value = line[m.start + m.label.value_start..end].trim().to_string();
                (m.label.field, m.start, value)
            })
            .collect()
    }

    #[test]
    fn labels_after_a_sentence_are_fields() {
        let line =
            "Run untrusted plugins in a sandbox. **Skills:** Go, WebAssembly **Mentors:** Jane Doe (@jdoe)";
        assert_eq!(
            found(line, 0, false),
            [
                (Field::Skills, 36, "Go, WebAssembly".to_string()),
                (Field::Mentors, 64, "Jane Doe (@jdoe)".to_string()),
            ]
        );
        // The colon after the bold, `__`, and a sentence ending in `!` or a parenthesis.
        assert_eq!(
            found("Make it fast (really!) __Difficulty__: Hard", 0, false),
            [(Field::Difficulty, 23, "Hard".to_string())]
        );
        assert_eq!(
            found("Speed it up (twice as fast.) **Size:** 175 hours", 0, false),
            [(Field::Size, 29, "175 hours".to_string())]
        );
    }

    #[test]
    fn after_a_field_the_next_label_needs_no_sentence() {
        let line = "**Skills:** Go, WebAssembly **Mentors:** Jane Doe";
        assert_eq!(
            found(line, 11, true),
            [(Field::Mentors, 28, "Jane Doe".to_string())]
        );
        // Without the field before it, "Go, WebAssembly" is not a sentence.
        assert!(found("Go, WebAssembly **Mentors:** Jane Doe", 0, false).is_empty());
    }

    #[test]
    fn bold_words_and_labels_used_in_sentences_are_prose() {
        for line in [
            // A label in the middle of a sentence, in lower case or not.
            "In this project the **mentors:** decide which plugins to port first.",
            "Ask first. Then the **Mentors:** decide.",
            "We care about **Skills:** more than degrees.",
            // Bold that is not exactly a label and its colon.
            "Run it in a sandbox. **Skills** matter more than tools.",
            "Run it in a sandbox. **Skills needed: Go**",
            "Run it in a sandbox. **Important:** read the guide.",
            "Run it in a sandbox. **Skils:** Go",
            // A label at the start of the line is the line's own, not one inside it.
            "**Skills:** Go",
            // Bold without a space before it.
            "Run it in a sandbox.**Skills:** Go",
        ] {
            assert!(found(line, 0, false).is_empty(), "{line:?}");
        }
        // After a value, a label glued to it is a field of its own.
        let glued = found("Ana Lima**Difficulty:** Hard**Skills:** Go", 0, true);
        assert_eq!(
            glued.iter().map(|f| f.0).collect::<Vec<_>>(),
            [Field::Difficulty, Field::Skills]
        );
        // The first label after a sentence, a later one after a value.
        assert_eq!(
            found(
                "Port it. **Mentors:** Ana Lima the **skills:** part",
                0,
                false
            ),
            [(
                Field::Mentors,
                9,
                "Ana Lima the **skills:** part".to_string()
            )]
        );
    }
}
