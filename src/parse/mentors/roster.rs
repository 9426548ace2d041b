//! What a page says of its mentors once, outside the ideas: names for mentors the idea gives
//! only by handle, from the page's own links (a page that introduces its mentors once, "##
//! Mentors" with "[Priya Nair](https://github.com/pnair42)", and gives each idea their handles,
//! "Contact: @pnair42", ties the two itself); and addresses from a directory of the mentors, a
//! section titled with each one's name.

use super::*;
use crate::parse::outline::Table;
use crate::parse::text::strip_md;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::borrow::Cow;

/// Gives each mentor with a handle and no name the name a link of the page is written on, where
/// that link goes to the handle's GitHub profile. A handle linked from two names stays unnamed;
/// a link's text that is not a person's name (the handle again, "GitHub") names no one.
pub(crate) fn name_handles_from_links<'m>(
    text: &str,
    mentors: impl Iterator<Item = &'m mut Mentor>,
) {
    let mut unnamed: Vec<&mut Mentor> = mentors
        .filter(|m| m.name.is_none() && m.github.is_some())
        .collect();
    // (Most pages name everyone: they are not read again.)
    if unnamed.is_empty() {
        return;
    }
    let wanted: Vec<String> = (unnamed.iter())
        .filter_map(|m| m.github.as_deref().map(str::to_ascii_lowercase))
        .collect();
    // (Nor a page with no link to one of their profiles: parsing every such page again was
    // 2.5% of `list --skill go` on the real pages of `benches/`, 0.9% with this look first.)
    let profile = |at: usize| {
        let rest = &text.as_bytes()[at + "github.com/".len()..];
        let end = (rest.iter())
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
            .unwrap_or(rest.len());
        let user = String::from_utf8_lossy(&rest[..end]).to_ascii_lowercase();
        wanted.contains(&user)
    };
    if !memchr::memmem::find_iter(text.as_bytes(), "github.com/").any(profile) {
        return;
    }
    let mut names: HashMap<String, Option<String>> = HashMap::new();
    let mut link: Option<(String, String)> = None;
    for event in Parser::new(text) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                link = github_user_from_url(&dest_url)
                    .filter(|user| wanted.contains(&user.to_ascii_lowercase()))
                    .map(|user| (user, String::new()));
            }
            Event::Text(t) => {
                if let Some((_, words)) = &mut link {
                    words.push_str(&t);
                }
            }
            Event::End(TagEnd::Link) => {
                let Some((user, words)) = link.take().filter(|(_, w)| !w.starts_with('@')) else {
                    continue;
                };
                let person = parse_mentors(&format!("[{words}](https://github.com/{user})"));
                let name = match person.as_slice() {
                    [m] if m.github.as_deref() == Some(&user) => m.name.clone(),
                    _ => None,
                };
                let Some(name) = name.filter(|n| !n.eq_ignore_ascii_case(&user)) else {
                    continue;
                };
                let key = user.to_ascii_lowercase();
                match names.get(&key) {
                    Some(Some(known)) if *known != name => {
                        names.insert(key, None);
                    }
                    Some(_) => {}
                    None => {
                        names.insert(key, Some(name));
                    }
                }
            }
            _ => {}
        }
    }
    for m in &mut unnamed {
        let key = m.github.as_deref().unwrap_or("").to_ascii_lowercase();
        if let Some(Some(name)) = names.get(&key) {
            m.name = Some(name.clone());
        }
    }
}

/// Gives each mentor with a full name and no address the one address written under a heading
/// that is exactly that name: a directory of the page's mentors ("## Complete list of mentors",
/// "### Pilar Bachiller", "pilarb AT unex DOT es"). `sections` are the page's headings with the
/// text of their sections. An address under two names, or a group's, is no one's.
pub(crate) fn addresses_from_directory<'m, 's>(
    sections: impl Iterator<Item = (&'s str, &'s str)>,
    mentors: impl Iterator<Item = &'m mut Mentor>,
) {
    let full_name = |n: &str| (2..=5).contains(&n.split_whitespace().count());
    let mut wanted = mentors
        .filter(|m| m.email.is_none() && m.name.as_deref().is_some_and(full_name))
        .peekable();
    // (Headings are keyed once, and only those shaped as a name: looking every heading up for
    // every mentor was 5% of `list` on the real pages of `benches/`.)
    if wanted.peek().is_none() {
        return;
    }
    let names: Vec<(String, &str)> = sections
        .filter(|(heading, _)| full_name(heading) && !heading.contains(char::is_numeric))
        .map(|(heading, body)| (crate::orgs::squash(heading), body))
        .collect();
    if names.is_empty() {
        return;
    }
    for m in wanted {
        let key = crate::orgs::squash(m.name.as_deref().unwrap_or(""));
        let mut found = (names.iter())
            .filter(|(heading, _)| *heading == key)
            .filter_map(|(_, body)| address_in(body));
        if let (Some(email), None) = (found.next(), found.next()) {
            m.email = Some(email);
        }
    }
}

/// Completes a mentor the idea names only by name from the one person the page's "Mentors"
/// sections (`sections`, their text) list under that name, a roster written once for the whole
/// page: a one-word name ("Yapp", "Pooh") takes the full name of the one person with that word
/// in their name or as the nickname in brackets after it ("Cliff Yapp", "Inderpreet Singh
/// (Pooh)"), as wiki pages write a short name in each idea and link it to that list; a full name
/// ("Jamal Hadi Salim") takes the handle and address the roster ties to that same name ("Jamal
/// Hadi Salim (@jhsmt, jhs@example.org)"). A name that fits two people is completed no further.
pub(crate) fn complete_from_roster<'m>(
    sections: impl Iterator<Item = String>,
    mentors: impl Iterator<Item = &'m mut Mentor>,
) {
    // (A mentor with an address and no handle may take the handle the roster ties to the same
    // name and no other address: "Arkady Borovsky (mailto)" in an idea, "Arkady Borovsky
    // (github.com/borovskyav)" in the page's "Mentors" section.)
    let wanted: Vec<&mut Mentor> = mentors
        .filter(|m| m.github.is_none() && m.name.is_some())
        .collect();
    if wanted.is_empty() {
        return;
    }
    // (Where every mentor wanted has an address, only a roster that links profiles can add
    // anything: parsing the others again was 1% of `list --skill go` on the real pages.)
    let sections: Vec<String> = sections.collect();
    if wanted.iter().all(|m| m.email.is_some())
        && !sections.iter().any(|s| s.contains("github.com/"))
    {
        return;
    }
    let mut roster: Vec<Mentor> = (sections.iter())
        .flat_map(|body| parse_mentors(body))
        .filter(|m| m.name.as_deref().is_some_and(|n| n.contains(' ')))
        .collect();
    if roster.is_empty() {
        return;
    }
    // An address written for several people, or a group's, is no one's own (the rule of the
    // idea's own mentors, over the roster's people each counted once).
    let mut shared = Vec::new();
    shared_addresses_to_contacts(&mut dedupe(roster.clone()), &mut shared);
    for m in &mut roster {
        if m.email
            .as_ref()
            .is_some_and(|e| shared.iter().any(|s| s.eq_ignore_ascii_case(e)))
        {
            m.email = None;
        }
    }
    for m in wanted {
        let name = m.name.clone().unwrap_or_default();
        let one_word = !name.contains(' ');
        let key = crate::orgs::squash(&name);
        let fits = |p: &&Mentor| {
            let theirs = p.name.as_deref().unwrap_or("");
            if one_word {
                theirs.split_whitespace().any(|w| w == name)
                    || p.affiliation.as_deref() == Some(name.as_str())
            } else {
                crate::orgs::squash(theirs) == key
            }
        };
        if one_word {
            if m.email.is_some() {
                continue;
            }
            let mut found = roster.iter().filter(fits);
            if let (Some(p), None) = (found.next(), found.next()) {
                m.name.clone_from(&p.name);
            }
            continue;
        }
        // (The same person may be listed twice, bare once.)
        let tied = |p: &&Mentor| p.github.is_some() || p.email.is_some();
        let mut found = roster.iter().filter(fits).filter(tied);
        if let Some(p) = found.next() {
            let same_address = m.email.is_none() || p.email.is_none() || m.email == p.email;
            if found.all(|q| q.github == p.github && q.email == p.email) && same_address {
                m.github.clone_from(&p.github);
                if m.email.is_none() {
                    m.email.clone_from(&p.email);
                }
            }
        }
    }
}

/// Gives each mentor an idea names by a nickname alone ("Possible mentors: cebka, az") the
/// person a table of the page's mentors gives that nickname: a table with a column of names
/// ("Mentor", "Name") and one of nicknames ("IRC nick", "Nickname", "Handle"), and perhaps
/// addresses ("E-Mail") and GitHub accounts ("GitHub"). A nickname two rows give is no one's.
pub(crate) fn names_from_nick_table<'m>(
    tables: &[Table<'_>],
    mentors: impl Iterator<Item = &'m mut Mentor>,
) {
    // (Most pages name everyone, or hold no table: nothing is read for them.)
    let mut wanted: Vec<&mut Mentor> = mentors
        .filter(|m| m.github.is_none() && m.email.is_none())
        .filter(|m| m.name.as_deref().is_some_and(|n| !n.contains(' ')))
        .collect();
    if wanted.is_empty() {
        return;
    }
    for table in tables {
        let column = |wanted: &dyn Fn(&str) -> bool| {
            (table.header.iter()).position(|h| wanted(&strip_md(h).to_lowercase()))
        };
        let name = column(&|h| matches!(h, "mentor" | "mentors" | "name" | "full name" | "person"));
        let nick = column(&|h| h.contains("nick") || matches!(h, "irc" | "handle" | "username"));
        let (Some(name), Some(nick)) = (name, nick) else {
            continue;
        };
        let mail = column(&|h| h.contains("mail"));
        let github = column(&|h| h.contains("github"));
        let cell = |row: &[Cow<'_, str>], k: Option<usize>| {
            let text = strip_md(row.get(k?)?);
            let text = text.trim();
            (!text.is_empty()).then(|| text.to_string())
        };
        for m in wanted.iter_mut().filter(|m| m.email.is_none()) {
            let said = m.name.as_deref().unwrap_or("").trim_start_matches('@');
            let mut found = (table.rows.iter()).filter(|(_, r)| {
                cell(r, Some(nick))
                    .is_some_and(|n| n.trim_start_matches('@').eq_ignore_ascii_case(said))
            });
            let (Some((_, row)), None) = (found.next(), found.next()) else {
                continue;
            };
            let Some(full) = cell(row, Some(name)).filter(|n| n.contains(' ')) else {
                continue;
            };
            m.name = Some(full);
            m.email = cell(row, mail).filter(|e| e.contains('@') && !e.contains(' '));
            m.github = cell(row, github).and_then(|g| {
                let g = g.trim_start_matches('@');
                let g = g.rsplit('/').find(|p| !p.is_empty()).unwrap_or(g);
                (!g.is_empty() && g.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                    .then(|| g.to_string())
            });
        }
    }
}

/// The one address the first lines of a directory entry write, decoded.
fn address_in(body: &str) -> Option<String> {
    let text: String = (body.lines().filter(|l| !l.trim().is_empty()).take(4))
        .flat_map(|l| l.chars().chain([' ']))
        .filter(|c| !matches!(c, '*' | '>' | '`'))
        .collect();
    let words: Vec<&str> = (text.split_whitespace())
        .map(|w| w.trim_matches(|c: char| "<>()[],;".contains(c)))
        .collect();
    let mut found = (0..words.len()).filter_map(|i| {
        let w = words[i].strip_prefix("mailto:").unwrap_or(words[i]);
        let spaced = || decode_email(&words[i..(i + 5).min(words.len())].join(" "));
        let own = |e: &String| is_valid_email(e) && !is_group_address(e);
        Some(decode_email(w))
            .filter(own)
            .or_else(|| Some(spaced()).filter(own))
    });
    let first = found.next()?;
    found
        .all(|e| e.eq_ignore_ascii_case(&first))
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_handle(handle: &str) -> Mentor {
        Mentor {
            github: Some(handle.into()),
            ..Mentor::default()
        }
    }

    #[test]
    fn a_handle_takes_the_one_name_the_page_links_to_its_profile() {
        let page = "[Ana Lima](https://github.com/alima) and [Bo Chen](https://github.com/bchen), \
            later [B. Chen Jr](https://github.com/bchen) and [@cy](https://github.com/cy)";
        let mut people = [by_handle("ALima"), by_handle("bchen"), by_handle("cy")];
        name_handles_from_links(page, people.iter_mut());
        let names: Vec<_> = people.iter().map(|m| m.name.as_deref()).collect();
        // Two names for one handle: neither; the handle written again is no name.
        assert_eq!(names, [Some("Ana Lima"), None, None]);
    }

    #[test]
    fn a_directory_of_the_mentors_gives_each_one_their_address() {
        let sections = [
            ("Ideas", "Mentors: Ana Lima, Bo Chen"),
            ("Complete list of mentors", ""),
            ("Ana Lima", "\n>**alima**AT**uni**DOT**es**  \nLecturer\n"),
            ("Bo Chen", "bo at example dot org\n"),
            ("Cy Diaz", "team@lists.example.org\n"),
        ];
        let named = |n: &str| Mentor {
            name: Some(n.into()),
            ..Mentor::default()
        };
        let mut people = [
            named("Ana Lima"),
            named("Bo Chen"),
            named("Cy Diaz"),
            named("Di"),
        ];
        addresses_from_directory(sections.into_iter(), people.iter_mut());
        let emails: Vec<_> = people.iter().map(|m| m.email.as_deref()).collect();
        // A group's address is no one's; a single name is not looked up.
        assert_eq!(
            emails,
            [Some("alima@uni.es"), Some("bo@example.org"), None, None]
        );
        // Glued capitals decode only between small letters.
        assert_eq!(decode_email("janeATexampleDOTorg"), "jane@example.org");
        assert_eq!(decode_email("ATLAS DOT"), "ATLAS DOT");
        assert_eq!(decode_email("jane%40example.org"), "jane@example.org");
        assert_eq!(decode_email("50%40 off"), "50%40 off");
    }

    #[test]
    fn a_nickname_takes_the_person_the_mentors_table_gives_it() {
        let table = |header: &[&'static str], rows: &[&[&'static str]]| Table {
            range: 0..0,
            line: 1,
            header: header.iter().map(|&c| Cow::Borrowed(c)).collect(),
            rows: (rows.iter())
                .map(|r| (2, r.iter().map(|&c| Cow::Borrowed(c)).collect()))
                .collect(),
            fields: Vec::new(),
        };
        let roster = table(
            &["Mentor", "IRC nick", "E-Mail", "Role"],
            &[
                &["Ana Quill", "quill", "ana@quill.example", "Admin"],
                &["Bo Lark", "bo", "bo@quill.example", "Mentor"],
                &["Cy Fenn", "bo", "cy@quill.example", "Mentor"],
            ],
        );
        let named = |n: &str| Mentor {
            name: Some(n.into()),
            ..Mentor::default()
        };
        let mut mentors = [named("quill"), named("bo"), named("Dee")];
        names_from_nick_table(&[roster], mentors.iter_mut());
        assert_eq!(mentors[0].name.as_deref(), Some("Ana Quill"));
        assert_eq!(mentors[0].email.as_deref(), Some("ana@quill.example"));
        // A nickname of two rows, and a name of none, stay as written.
        assert_eq!(mentors[1].name.as_deref(), Some("bo"));
        assert_eq!(mentors[1].email, None);
        assert_eq!(mentors[2].name.as_deref(), Some("Dee"));
        // A table without a column of nicknames names no one.
        let mut mentors = [named("quill")];
        let roles = table(&["Mentor", "Role"], &[&["Ana Quill", "quill"]]);
        names_from_nick_table(&[roles], mentors.iter_mut());
        assert_eq!(mentors[0].name.as_deref(), Some("quill"));
    }
}
