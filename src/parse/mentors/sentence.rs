//! Mentors named in a sentence of the description, for an idea with no mentors field: "It can
//! be mentored by [Ines](https://github.com/ines) and/or [Marek](...)." The people are the
//! words after "mentored by" up to the end of that sentence, read as a mentors field is.

use super::handles::github_user_from_url;
use super::parse_mentors;
use super::person::is_capitalised;
use crate::model::Mentor;

/// The people a "mentored by" sentence of `text` names; empty when none does.
pub(crate) fn mentored_by(text: &str) -> Vec<Mentor> {
    let Some((_, end)) = lead(&text.to_ascii_lowercase()) else {
        return Vec::new();
    };
    let rest = &text[end..];
    let people = &rest[..sentence_end(rest)];
    // (One line: a mentors field's text, with the sentence's wrapping undone.)
    let people = crate::words::collapse_whitespace(people);
    parse_mentors(&people)
}

/// Whether a mentors field's text opens with a sentence's lead ("The mentors for this project
/// are [A](…) and [B](…)."): its people are those of [`mentored_by`].
pub(crate) fn opens_with_lead(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lead(&lower).is_some_and(|(at, _)| lower[..at].split_whitespace().count() <= 2)
}

/// For a heading whose title ends in a bracket holding only a link to a person ("Actor
/// Supervision ([@digitalextremist](https://github.com/digitalextremist))", "Thread pools
/// ([Ben Langfeld](https://langfeld.example))"), where the bracket starts and the person it
/// names: the idea's mentor, no part of its title. A link is a person's when its text is an
/// `@handle`, its address is a GitHub profile, or its text is a name of two or three
/// capitalised words and its address a site's own.
pub(crate) fn linked_after_title(heading: &str) -> Option<(usize, Vec<Mentor>)> {
    let inner = heading.trim_end().strip_suffix(')')?;
    let at = inner.rfind(" ([")?;
    let link = &inner[at + 2..];
    let (text, url) = link.strip_prefix('[')?.split_once("](")?;
    let url = url.strip_suffix(')')?;
    if url.contains(char::is_whitespace) || text.contains(['[', ']', '(', ')']) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let handle = text
        .strip_prefix('@')
        .is_some_and(super::is_valid_github_handle);
    let name = (2..=3).contains(&words.len())
        && is_capitalised(&words)
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
    // (A name links to its owner's own site, a domain alone: "Design Doc" links a document.)
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let site = !host.trim_end_matches('/').contains(['/', '?', '#']);
    let person = handle || (name && site) || github_user_from_url(url).is_some();
    let people = parse_mentors(link);
    (person && !inner[..at].trim().is_empty() && !people.is_empty()).then_some((at, people))
}

/// Where the first phrase that hands an idea to the people after it starts and ends, in a
/// lower-cased text: "mentored by", "mentors are", "the mentors for this project are", "the
/// mentor for this idea is" (then a space or a line break). ("The mentor is responsible for"
/// hands it to no one.)
fn lead(lower: &str) -> Option<(usize, usize)> {
    let spaced = |end: usize| lower[end..].starts_with(char::is_whitespace);
    let by = (lower.find("mentored by")).map(|at| (at, at + "mentored by".len()));
    let are = lower.match_indices("mentor").find_map(|(at, _)| {
        let rest = &lower[at..];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        // ("The primary project mentor will be Ada Lee": a future "is".)
        let verb = words.iter().position(|w| ["are", "is", "be"].contains(w))?;
        let between = [
            "for", "of", "this", "the", "project", "idea", "task", "will",
        ];
        let will = |w: &str| {
            if words[verb] == "be" {
                verb > 1 && words[verb - 1] == "will"
            } else {
                words[verb] == w
            }
        };
        let led = match words[0] {
            "mentors" => will("are"),
            "mentor" => will("is") && verb > 1,
            _ => false,
        } && words[1..verb].iter().all(|w| between.contains(w));
        let end = words[verb].as_ptr() as usize - lower.as_ptr() as usize + words[verb].len();
        led.then_some((at, end))
    });
    [by, are]
        .into_iter()
        .flatten()
        .filter(|&(_, end)| spaced(end))
        .min()
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
    fn a_field_may_open_with_the_sentence() {
        let field = "The mentors for this project are [Ada Lovelace](https://a.example.org/) \
                     and [Bo Chen](https://b.example.org/).";
        assert!(super::opens_with_lead(field));
        assert_eq!(
            people(field),
            [
                (Some("Ada Lovelace".into()), None),
                (Some("Bo Chen".into()), None)
            ]
        );
        assert_eq!(
            people("The mentor for this idea is Ada Lovelace."),
            [(Some("Ada Lovelace".into()), None)]
        );
        assert_eq!(
            people("The primary project mentor will be [Ada Lovelace](https://ada.example.org), creator of Quuxlib."),
            [(Some("Ada Lovelace".into()), None)]
        );
        assert!(!super::opens_with_lead("Ada Lovelace, Bo Chen"));
        assert!(!super::opens_with_lead(
            "Ask on the list; this is mentored by Ada."
        ));
    }

    #[test]
    fn a_person_linked_in_a_bracket_after_a_title_mentors_it() {
        let found = |h: &str| {
            super::linked_after_title(h).map(|(at, m)| {
                let m: Vec<_> = m.into_iter().map(|m| (m.name, m.github)).collect();
                (h[..at].to_string(), m)
            })
        };
        assert_eq!(
            found("Actor Supervision ([@ada-l](https://github.com/ada-l))"),
            Some((
                "Actor Supervision".into(),
                vec![(None, Some("ada-l".into()))]
            ))
        );
        assert_eq!(
            found("Thread pools ([Bo Chen](https://bo.example.org))"),
            Some(("Thread pools".into(), vec![(Some("Bo Chen".into()), None)]))
        );
        // A link to a document, a repository or a word is no person.
        assert_eq!(
            found("Faster tiles ([docs](https://docs.example.org))"),
            None
        );
        assert_eq!(
            found("Faster tiles ([Design Doc](https://docs.example.org/x))"),
            None
        );
        assert_eq!(
            found("Port ([#12](https://github.com/o/r/issues/12))"),
            None
        );
        assert_eq!(found("([@ada-l](https://github.com/ada-l))"), None);
    }

    #[test]
    fn a_description_without_such_a_sentence_names_no_one() {
        assert!(people("The mentor is responsible for reviews.").is_empty());
        assert!(people("Mentors will review the work weekly.").is_empty());
        assert!(people("The mentor will be responsible for reviews.").is_empty());
        assert!(people("A dashboard of what members read.").is_empty());
    }
}
