//! Fields that share a line with another: "*Mentors*: A, B · *Difficulty*: Medium",
//! "Mentor: Rui Costa. Skills: Rust", and "[kim](…) - Difficulty: Medium" after an open field.

use crate::parse::fields::{self, Field};

/// A further field on a label's line, after a separator.
pub(crate) struct MoreField {
    /// Byte offset of the separator (where the previous value ends).
    pub(crate) separator: usize,
    /// Byte offset where this field's text starts (after the separator).
    pub(crate) start: usize,
    /// The label, with offsets relative to `start`.
    pub(crate) label: fields::Label,
}

/// The fields written after the first on one line, each after a spaced `·`, `•`, `|` or dash:
/// "*Mentors*: A, B · *Difficulty*: Medium · *Size*: 350h", "Mentors: Ana - Size: 175 hours".
/// A separator not followed by a label is part of the value ("Mentors: Ada | Bo").
pub(crate) fn more_fields(line: &str, value_start: usize) -> Vec<MoreField> {
    // ('|', and the last bytes of '·' (C2 B7) and '•' (E2 80 A2): one SIMD scan of the bytes
    // rejects almost every line, where a search for three chars decoded each one.)
    let rest = &line.as_bytes()[value_start..];
    if memchr::memchr3(b'|', 0xB7, 0xA2, rest).is_none()
        && memchr::memchr3(b'.', b';', b':', rest).is_none()
        && !has_spaced_dash(rest)
    {
        return Vec::new();
    }
    fields_after(line, value_start, &['·', '•', '|', '-', '–', '—'], true)
}

/// The fields after a spaced dash on a line that goes on with another field's value: the
/// list item "- Mentors:" continued by "[kim](…) - Difficulty: Medium" ends the mentors at the
/// dash. Only labels with their colon count ("[kim](…) - Size matters" is prose).
pub(crate) fn dashed_fields(line: &str) -> Vec<MoreField> {
    if !has_spaced_dash(line.as_bytes()) {
        return Vec::new();
    }
    fields_after(line, 0, &['-', '–', '—'], false)
}

/// Whether the bytes hold a hyphen, en dash or em dash with a space on each side (the last
/// bytes of '–' and '—' are 93 and 94). (The first look at a label line: a dash in a link or a
/// hyphenated word sends no line on to be read label by label.)
fn has_spaced_dash(bytes: &[u8]) -> bool {
    memchr::memchr3_iter(b'-', 0x93, 0x94, bytes).any(|i| {
        let at = if bytes[i] == b'-' {
            i
        } else {
            i.saturating_sub(2)
        };
        at > 0 && bytes[at - 1] == b' ' && bytes.get(i + 1) == Some(&b' ')
    })
}

/// The fields on `line` after `from`, each after a spaced separator of `seps` (or, with
/// `after_sentence`, after a sentence's end), where a label that shares a line follows.
fn fields_after(line: &str, from: usize, seps: &[char], after_sentence: bool) -> Vec<MoreField> {
    let mut out = Vec::new();
    let mut from = from;
    // ("...C++ programming.*Difficulty:*Medium.": an italic label straight after a sentence's
    // end, where a scraped page lost the line break between its fields. Bold labels inside a
    // paragraph, "done.**Mentor**: Ada", are the outline's own anchors.)
    // ("Linear Algebra*Possible mentors:*[Sean Kim](…)": or anywhere, an italic label whose
    // colon closes the emphasis.)
    let italic_label = |k: usize, c: char| {
        let rest = &line[k + 1..];
        // (`c` is ASCII: the byte found is a char boundary.)
        let close = rest.bytes().take(48).position(|b| b == c as u8);
        rest.starts_with(char::is_uppercase) && close.is_some_and(|at| rest[..at].ends_with(':'))
    };
    let joined_at = |k: usize, c: char| {
        after_sentence
            && matches!(c, '*' | '_')
            && !line[k + 1..].starts_with(c)
            && !line[..k].ends_with(c)
            && (line[..k].ends_with('.') || italic_label(k, c))
    };
    while let Some(i) = (line[from..].char_indices())
        .find(|&(k, c)| c == ' ' || c == '\t' || joined_at(from + k, c))
        .map(|(k, _)| k)
    {
        let sep_at = from + i;
        let rest = &line[sep_at..];
        let joined = !rest.starts_with([' ', '\t']);
        let t = rest.trim_start_matches([' ', '\t']);
        let sep = t.chars().next().filter(|c| seps.contains(c));
        from = sep_at + 1;
        // "Mentor: Rui Costa. Skills: Rust": a sentence's end before a label with its colon;
        // and a capitalised label with its colon straight after a value, as a rendered
        // paragraph joins lines ("Mentors: Ada Quill Expected size: 175 hours").
        // (A label is a few words: only a colon close after the word can close one.)
        let label_near =
            || t.starts_with(char::is_uppercase) && t.bytes().take(48).any(|b| b == b':');
        let stop = after_sentence && (joined || line[..sep_at].ends_with('.') || label_near());
        let after = match sep {
            Some(sep) => &t[sep.len_utf8()..],
            None if stop => rest,
            None => continue,
        };
        if !joined && !after.starts_with([' ', '\t']) {
            continue;
        }
        let start = line.len() - after.len();
        let start = start + (after.len() - after.trim_start().len());
        if let Some(label) = fields::find_label(&line[start..], false) {
            // After a sentence or a dash, the label must say something: "Difficulty: depends
            // on you." is prose, "- Size matters" too.
            let says = |l: &fields::Label| {
                let value = &line[start + l.value_start..];
                let value = value.split(". ").next().unwrap_or(value);
                l.has_colon
                    && (l.field != Field::Difficulty
                        || crate::parse::text::difficulty_in(value).is_some())
            };
            let dash = sep.is_some_and(|c| c != '·' && c != '•' && c != '|');
            let plain = sep.is_some() && !dash;
            if label.field.shares_a_line() && (plain || says(&label)) {
                from = start + label.value_start;
                out.push(MoreField {
                    separator: sep_at,
                    start,
                    label,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_labels_run_on_after_a_value() {
        // A rendered paragraph joins the lines of its fields ("Possible mentors: ...\nExpected
        // size ...: ...\nDifficulty: ..."); a lower-case word with a colon is no label.
        let line = "Possible mentors: Ada Quill, Bram Oster Expected size of project: 175 hours \
                    Difficulty: hard";
        let first = fields::find_label(line, false).unwrap();
        let got: Vec<Field> = (more_fields(line, first.value_start).iter())
            .map(|m| m.label.field)
            .collect();
        assert_eq!(got, [Field::Size, Field::Difficulty]);
        let prose = "Mentors: Ada Quill, who knows the difficulty: hard";
        let l = fields::find_label(prose, false).unwrap();
        assert!(more_fields(prose, l.value_start).is_empty());
    }

    #[test]
    fn an_emphasised_label_joined_to_a_sentence_end_is_a_field() {
        // A scraped definition list with its line breaks lost.
        let line = "*Required Experience:*Familiarity with C++.*Difficulty:*Medium.";
        let first = fields::find_label(line, false).unwrap();
        let more = more_fields(line, first.value_start);
        let got: Vec<(Field, &str)> = (more.iter())
            .map(|m| (m.label.field, &line[m.start..]))
            .collect();
        assert_eq!(got, [(Field::Difficulty, "*Difficulty:*Medium.")]);
        // Or after a word, when the colon closes the emphasis.
        let line = "*Skills required:*C++, Linear Algebra*Possible mentors:*Sean Kim, Zoë Brontë";
        let first = fields::find_label(line, false).unwrap();
        let more = more_fields(line, first.value_start);
        let got: Vec<Field> = more.iter().map(|m| m.label.field).collect();
        assert_eq!(got, [Field::Mentors]);
        // Emphasis inside a value is no label ("C++.*note*").
        let prose = "*Required Experience:*C++.*not a label* at all";
        let l = fields::find_label(prose, false).unwrap();
        assert!(more_fields(prose, l.value_start).is_empty());
    }

    #[test]
    fn more_fields_on_one_line_after_separators() {
        let line = "*Mentors*: Ada Lee, Bo Chen · *Difficulty*: Medium | Size: 350h";
        let first = fields::find_label(line, false).unwrap();
        let more = more_fields(line, first.value_start);
        let got: Vec<(Field, &str)> = more
            .iter()
            .map(|m| (m.label.field, &line[m.start..]))
            .collect();
        assert_eq!(
            got,
            [
                (Field::Difficulty, "*Difficulty*: Medium | Size: 350h"),
                (Field::Size, "Size: 350h")
            ]
        );
        assert_eq!(
            &line[first.value_start..more[0].separator],
            " Ada Lee, Bo Chen"
        );
        // A separator not followed by a label is part of the value.
        let plain = "Mentors: Ada | Bo · Cy";
        let l = fields::find_label(plain, false).unwrap();
        assert!(more_fields(plain, l.value_start).is_empty());
        // A sentence's end before a label with its colon separates fields too; a label word
        // without a colon after a full stop is prose.
        let line = "Mentor: Rui Costa. Skills: Rust, Tokio. Difficulty: Hard.";
        let first = fields::find_label(line, false).unwrap();
        let kinds: Vec<Field> = more_fields(line, first.value_start)
            .iter()
            .map(|m| m.label.field)
            .collect();
        assert_eq!(kinds, [Field::Skills, Field::Difficulty]);
        let vague = "Skills: curiosity over experience. Difficulty: depends on you.";
        let l = fields::find_label(vague, false).unwrap();
        assert!(more_fields(vague, l.value_start).is_empty());
        let prose = "Mentors: Ada. Skills matter more than tools.";
        let l = fields::find_label(prose, false).unwrap();
        assert!(more_fields(prose, l.value_start).is_empty());
    }
}
