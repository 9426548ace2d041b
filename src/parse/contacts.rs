//! An idea's contacts: the addresses and channels written for the project as a group (a
//! mailing list, a chat room), never one person's. They come from contacts fields here, and
//! from addresses several mentors share ([`super::mentors::shared_addresses_to_contacts`]).

use super::fields::{normalize_label, Field};
use super::idea::FieldSpan;
use super::mentors::{decode_email, is_group_address, names_match, parse_mentors};
use super::text::extract_urls;
use crate::model::Mentor;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// The addresses and links a contacts field ("Contact:", "Mailing list:", "Chat:") gives for
/// the project as a group: bare or list addresses, chat and list links. A person it names is
/// not a group's channel: their address and the link on their name ("[Jane Doe](https://…)")
/// stay out. (The builder drops repeats across the idea's fields.)
pub(crate) fn group_contacts(value: &str) -> Vec<String> {
    let people = parse_mentors(value);
    let named = |text: &str| {
        people
            .iter()
            .any(|m| m.name.as_deref() == Some(text.trim()))
    };
    let mut out: Vec<String> = people
        .iter()
        .filter(|m| m.name.is_none() || m.email.as_deref().is_some_and(is_group_address))
        .filter_map(|m| m.email.as_deref().map(decode_email))
        .collect();
    // A link's target and the text it is written on.
    let mut link: Option<(String, String)> = None;
    for event in Parser::new(value) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = Some((dest_url.to_string(), String::new()));
            }
            Event::Text(t) | Event::Code(t) => match &mut link {
                Some((_, text)) => text.push_str(&t),
                None => out.extend(extract_urls(&t)),
            },
            Event::End(TagEnd::Link) => {
                out.extend(
                    link.take()
                        .filter(|(url, text)| url.starts_with("http") && !named(text))
                        .map(|(url, _)| url),
                );
            }
            _ => {}
        }
    }
    out
}

/// The people a contacts field names ("Contact: [Jane Doe](https://github.com/jdoe)",
/// "Contact: @jdoe"): a person to ask about the idea is its mentor when no mentors field names
/// anyone (the builder decides). A list's address, or an address alone, names no one.
pub(crate) fn contact_people(value: &str) -> Vec<Mentor> {
    let mut people = parse_mentors(value);
    // (A bare link to an account, "Contact: https://github.com/xaos-project", names a
    // project's place, often an organisation's: a person by handle is written "@handle".)
    let by_handle = |h: &str| {
        // (Not the part of an address: "jo@viewer.org".)
        let local = |c: char| c.is_alphanumeric() || "-_.+".contains(c);
        let more = |c: char| c.is_alphanumeric() || "-_".contains(c);
        (value.match_indices(&format!("@{h}"))).any(|(at, m)| {
            !value[..at].ends_with(local) && !value[at + m.len()..].starts_with(more)
        })
    };
    people.retain(|m| m.name.is_some() || m.github.as_deref().is_some_and(by_handle));
    for m in &mut people {
        m.email.take_if(|e| is_group_address(e));
    }
    people
}

/// An address under a label for the mentor's contact ("How to contact the mentor:", "Mentor's
/// email:") right after a mentors field that names one person is that person's own address:
/// "**Mentor**: Rui Lobo **How to contact the mentor:** rui+gsoc@example.org"; so is one
/// under any contact label there whose name part holds the person's name ("Mentor: Joe
/// Lund", "Contact: jlund.work@example.org"). It leaves the contacts for the mentor of that
/// name, unless that mentor has an address already or the address is a list's. `fields` are
/// the idea's fields in page order. And an address a contacts field writes beside the name of
/// a mentor ("Ana Lima <ana@x.org>") is that mentor's own.
pub(crate) fn addresses_to_the_mentor(
    fields: &[FieldSpan],
    mentors: &mut [Mentor],
    contacts: &mut Vec<String>,
) {
    for pair in fields.windows(2) {
        let [before, f] = pair else { continue };
        let to_mentor = || {
            let label = normalize_label(&f.label);
            (label.split(' ')).any(|w| ["mentor", "mentor's", "mentor’s"].contains(&w))
                || label.contains("导师")
        };
        if f.field != Field::Contacts || before.field != Field::Mentors {
            continue;
        }
        let named = parse_mentors(&before.value);
        // (Addresses only: "ana@x.org / ana @ irc.oftc.net" gives one, beside a chat nick.)
        let mut given = group_contacts(&f.value);
        given.retain(|c| c.contains('@') && !c.contains(char::is_whitespace));
        let ([person], [address]) = (named.as_slice(), given.as_slice()) else {
            continue;
        };
        let local = address.split_once('@').map_or("", |(l, _)| l);
        let spelt = || (person.name.as_deref()).is_some_and(|n| names_match(local, n));
        if !to_mentor() && !spelt() {
            continue;
        }
        // (The person by their name, or by their handle alone: "Mentor: @ana".)
        let same = |m: &&mut Mentor| {
            let name = m.name.is_some() && m.name == person.name;
            let handle = m.name.is_none() && m.github.is_some() && m.github == person.github;
            (name || handle) && m.email.is_none()
        };
        let Some(m) = mentors.iter_mut().find(same) else {
            continue;
        };
        if address.contains('@') && !is_group_address(address) {
            m.email = Some(address.clone());
            contacts.retain(|c| !c.eq_ignore_ascii_case(address));
        }
    }
    // "How to contact the mentor: Ana Lima <ana@x.org>, Bo Chen <bo@y.org>": an address the
    // contacts field writes beside a mentor's name is that mentor's own.
    for f in fields.iter().filter(|f| f.field == Field::Contacts) {
        for person in parse_mentors(&f.value) {
            let (Some(name), Some(address)) = (&person.name, &person.email) else {
                continue;
            };
            let same = |m: &&mut Mentor| m.name.as_ref() == Some(name) && m.email.is_none();
            if let Some(m) = mentors.iter_mut().find(same) {
                if !is_group_address(address) {
                    m.email = Some(address.clone());
                    contacts.retain(|c| !c.eq_ignore_ascii_case(address));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn handles(value: &str) -> Vec<Option<String>> {
        contact_people(value)
            .into_iter()
            .map(|m| m.github)
            .collect()
    }

    #[test]
    fn a_person_to_contact_is_named_or_written_by_handle() {
        assert_eq!(handles("Contact: @jdoe."), [Some("jdoe".to_string())]);
        // A bare link to an account is a place to ask, not a person.
        assert!(handles("https://github.com/viewer-project").is_empty());
        // The handle inside an address is no handle written as one.
        let value = "https://github.com/viewer, jo@viewer.example";
        assert!(handles(value).iter().all(Option::is_none));
    }
}
