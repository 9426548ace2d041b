//! Mentors named in a sentence of the description, for an idea with no mentors field: "It can
//! be mentored by [Ines](https://github.com/ines) and/or [Marek](...)." The people are the
//! words after "mentored by" up to the end of that sentence, read as a mentors field is.

use super::parse_mentors;
use crate::model::Mentor;

/// The phrases that hand an idea to the people after them (then a space or a line break).
const LEADS: [&str; 2] = ["mentored by", "mentors are"];

/// The people a "mentored by" sentence of `text` names; empty when none does.
pub(crate) fn mentored_by(text: &str) -> Vec<Mentor> {
    let lower = text.to_ascii_lowercase();
    let spaced = |at: usize| lower[at..].starts_with(char::is_whitespace);
    let Some((at, lead)) = LEADS
        .iter()
        .filter_map(|l| {
            let at = lower.find(l)?;
            spaced(at + l.len()).then_some((at, l.len()))
        })
        .min()
    else {
        return Vec::new();
    };
    let rest = &text[at + lead..];
    let people = &rest[..sentence_end(rest)];
    // (One line: a mentors field's text, with the sentence's wrapping undone.)
    let people = crate::words::collapse_whitespace(people);
    parse_mentors(&people)
}

/// Where the sentence that `text` continues ends: at a full stop outside brackets followed by
/// a space, a line break or the end, or at a blank line.
fn sentence_end(text: &str) -> usize {
    let mut depth = 0i32;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b'.' | b'!' | b'?'
                if depth <= 0 && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) =>
            {
                return i
            }
            b'\n' if bytes.get(i + 1) == Some(&b'\n') => return i,
            _ => {}
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::mentored_by;

    fn people(text: &str) -> Vec<(Option<String>, Option<String>)> {
        mentored_by(text)
            .into_iter()
            .map(|m| (m.name, m.github))
            .collect()
    }

    #[test]
    fn the_people_after_mentored_by_are_the_mentors() {
        let text = "This needs Flask. It can be mentored by\n[Ines](https://github.com/ines-x) \
                    and/or [Marek](https://github.com/marek-x). Ask on the forum.";
        assert_eq!(
            people(text),
            [
                (Some("Ines".into()), Some("ines-x".into())),
                (Some("Marek".into()), Some("marek-x".into()))
            ]
        );
        assert_eq!(
            people("The mentors are Ada Lovelace and Bo Chen."),
            [
                (Some("Ada Lovelace".into()), None),
                (Some("Bo Chen".into()), None)
            ]
        );
    }

    #[test]
    fn a_description_without_such_a_sentence_names_no_one() {
        assert!(people("Mentors will review the work weekly.").is_empty());
        assert!(people("A dashboard of what members read.").is_empty());
    }
}
