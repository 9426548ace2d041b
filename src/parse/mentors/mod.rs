//! Mentor lists: turning the Markdown source of a "Mentor(s)" field into [`Mentor`] values.
//!
//! Pages write mentors in many ways: `Name (@handle, email)`, `Name <email>`, Markdown links to
//! GitHub profiles, bare `@handle`s, bulleted (and nested) lists, `<br />`-separated lines,
//! `[Name], [Title], [Github: @x, Mail: y]` rows, obfuscated addresses and trailing remarks.
//! [`parse_mentors`] reads all of these with a hand-written scanner (no regex): the text is
//! normalised (HTML entities and tags), cut into lines, each line into people at top-level
//! separators (`,`, `;`, ` and `, ` & `, ` / `, `、`, never inside brackets), and each person
//! into a name, a GitHub handle and an email. Placeholders (`TBD`), prose ("the maintainers",
//! questions) and other field labels (`Component: ...`) yield nothing; the same person given
//! twice is kept once. A mentor is a person (a name, handle or email): link labels written
//! next to mentors ("Idea discussion", "Mailing list") are not names, and a label line that
//! starts another section ("**Zulip streams**", "Related links:") ends the list. Nothing here
//! panics, and the work is linear in the input size (nesting is followed to a small fixed
//! depth).

mod brackets;
mod handle_first;
mod handles;
mod normalize;
mod person;
mod roster;
mod sentence;
mod split;
mod walk;
mod words;

// The files below share one vocabulary (words.rs) and each other's helpers; each imports its
// siblings through this module (`use super::*`), and only this module is seen from outside.
use crate::model::Mentor;
use brackets::*;
pub(crate) use handle_first::{handle_first_mentors, shows_handle_first};
use handles::*;
use normalize::*;
pub(crate) use person::names_match;
use person::*;
pub(crate) use roster::{
    addresses_from_directory, complete_from_roster, name_handles_from_links, names_from_nick_table,
};
pub(crate) use sentence::{linked_after_title, mentored_by, opens_with_lead};
use split::*;
use std::collections::HashMap;
use walk::*;
use words::*;

/// Mentors found in the Markdown source of a "Mentor(s)" field value (the text after the label).
///
/// People are returned in the order written, each with whatever parts the page gives. Handles
/// are returned without the leading `@`; emails are kept as written (obfuscated forms such as
/// `jane AT example.org` included, see [`is_valid_email`] to tell them apart).
pub fn parse_mentors(text: &str) -> Vec<Mentor> {
    let mut list: Vec<Mentor> = Vec::new();
    // Indent of the previous non-blank line, when that line yielded (or completed) a mentor.
    let mut prev_indent: Option<usize> = None;
    let normalized = normalize(text);
    let pairs = name_address_lines(&normalized);
    for raw in normalized.split('\n') {
        let (indent, body) = strip_line_prefix(raw);
        // A label line starts another section ("**Zulip streams**", "Related links:"): the
        // mentors end there. A label naming mentors ("**Co-mentors**") is skipped.
        if let Some(label) = section_label(body) {
            if label.split_whitespace().any(is_role_word) {
                prev_indent = None;
                continue;
            }
            if !is_person_label(label) {
                if list.is_empty() {
                    continue;
                }
                break;
            }
        }
        let mut line = clean_line(&bold_name_with_biography(body));
        if pairs {
            // ("Isaac Miti, imk@example.com" in such a list: one person and their address.)
            if let Some((name, address)) = line.split_once(", ") {
                line = format!("{name} <{}>", address.trim());
            }
        }
        if line.trim().is_empty() || is_template_comment(&line) {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut found = parse_line(&chars, &match_table(&chars), 0);
        // Someone a line names only by a chat handle ("Discord: @anya714") is named by it.
        // (Such a person is complete: a contact on the next line is someone else's.)
        let chat_only = found.is_empty();
        if chat_only {
            let chat = handles::scan_tokens(&line, false, &mut Acc::default()).chat_handle;
            found.extend(chat.map(|h| split::Found {
                mentor: Mentor {
                    name: Some(h),
                    ..Mentor::default()
                },
                labelled_only: false,
            }));
        }
        let single = found.len() == 1;
        let yielded = (!found.is_empty() && !chat_only).then_some(indent);
        for (k, f) in found.into_iter().enumerate() {
            // A labelled-only part ("GitHub: @x", "Email: y") completes the mentor just before it;
            // so does a name-less nested bullet right under a mentor's line.
            let after_mentor = k > 0 || prev_indent.is_some();
            let nested = k == 0
                && single
                && f.mentor.name.is_none()
                && prev_indent.is_some_and(|p| indent > p);
            // ("@bo, bo@example.org": an address that spells the person just before it on
            // the line is theirs.)
            let spelt = k > 0 && list.last().is_some_and(|last| own_address(last, &f.mentor));
            let attach = (f.labelled_only && after_mentor) || nested || spelt;
            match list.last_mut() {
                Some(last) if attach && compatible(last, &f.mentor) => fill_missing(last, f.mentor),
                _ => list.push(f.mentor),
            }
        }
        prev_indent = yielded;
    }
    dedupe(list)
}

/// Whether the text is a list of two lines or more that each give a name, a comma and one
/// address, and nothing else: "- Yo Yehudi, yo@example.org" over "- Isaac Miti,
/// imk@example.com". Such a list writes each person's own address, whether or not it spells
/// their name (a lone "Ann Lee, bo@example.com" may give someone else's).
fn name_address_lines(text: &str) -> bool {
    if !text.contains('@') {
        return false;
    }
    let lines = text
        .split('\n')
        .map(|raw| clean_line(strip_line_prefix(raw).1))
        .filter(|l| !l.trim().is_empty());
    let mut n = 0;
    let pair = |l: &str| {
        l.split_once(", ").is_some_and(|(name, address)| {
            let address = address.trim();
            !name.contains(['@', '[', '(', '<', ','])
                && name.split_whitespace().count() >= 2
                && !address.contains([' ', ',', '<', '[', '('])
                && address
                    .split_once('@')
                    .is_some_and(|(a, d)| !a.is_empty() && d.contains('.'))
        })
    };
    for l in lines {
        if !pair(&l) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// True for a template's comment left in the field ("#For GSoC, it is required to have at
/// least 2 mentors"): `#` glued to a word, then more words. A chat channel ("#gsoc") is one
/// word; a heading ("# Mentors") has its space.
fn is_template_comment(line: &str) -> bool {
    let line = line.trim();
    line.strip_prefix('#')
        .is_some_and(|rest| rest.starts_with(char::is_alphabetic) && rest.contains(' '))
}

/// True when a mentors value is written but is not a list of people: it names nobody and is
/// not a placeholder for people to come ("TBD", "To be announced"). Such a value is prose
/// under a "Mentors:" label ("please be responsive on chat and review within two days").
pub fn names_no_one(text: &str) -> bool {
    if !parse_mentors(text).is_empty() {
        return false;
    }
    let normalized = normalize(text);
    let Some(first) = normalized
        .split('\n')
        .map(|raw| clean_line(strip_line_prefix(raw).1))
        .find(|l| !l.trim().is_empty())
    else {
        // An empty value is a field left blank, as a placeholder is.
        return false;
    };
    let first = first.trim();
    let first_word = first.split_whitespace().next().unwrap_or("");
    let bare_word = first_word.trim_matches(|c: char| !c.is_alphanumeric());
    !(is_placeholder(first) || is_placeholder(first_word) || is_placeholder(bare_word))
}

/// The text of a line that is only a label: `**Label**`, `**Label:**`, `__Label__`,
/// `# Label` or `Label:`. Lines with links, brackets or contacts are not labels.
fn section_label(body: &str) -> Option<&str> {
    let t = body.trim();
    if t.contains(['[', '(', '<', '@']) {
        return None;
    }
    let heading = t.trim_start_matches('#');
    let inner = if heading.len() < t.len() && heading.starts_with(' ') {
        heading
    } else if let Some(rest) = t.strip_prefix("**").or_else(|| t.strip_prefix("__")) {
        let rest = rest.trim_end_matches(':');
        rest.strip_suffix("**")
            .or_else(|| rest.strip_suffix("__"))?
    } else {
        t.strip_suffix(':')?
    };
    let inner = inner.trim().trim_end_matches(':').trim();
    let words = inner.split_whitespace().count();
    (!inner.is_empty() && words <= MAX_NAME_WORDS && !inner.contains(['*', '_', ':']))
        .then_some(inner)
}

/// Whether a label line is rather a person's name written in bold ("**Jane Doe**").
fn is_person_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let field = words
        .iter()
        .any(|w| field_keys().contains(&w.to_lowercase().as_str()));
    !field && !is_prose(&words) && clean_name(&words).is_some()
}

/// True if `handle` is a valid GitHub login: 1-39 chars, ASCII alphanumerics or single hyphens,
/// not starting/ending with a hyphen.
pub fn is_valid_github_handle(handle: &str) -> bool {
    (1..=39).contains(&handle.len())
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !handle.starts_with('-')
        && !handle.ends_with('-')
        && !handle.contains("--")
}

/// An address written to fool harvesters, decoded: "jane at example dot org", "jane (AT)
/// example.com", "jane -at- example.edu", "jane[at]example[dot]org", "jane [at] example [.]
/// org", "janeATexampleDOTorg" → "jane@example.org". A
/// text that does not decode to a well-formed address is returned as written.
pub fn decode_email(text: &str) -> String {
    let t = text.trim();
    if t.contains('@') {
        return t.to_string();
    }
    // ("jane%40example.org": a mailto link's address with its @ percent-encoded.)
    if let Some(at) = t.find("%40").filter(|_| t.matches("%40").count() == 1) {
        let decoded = format!("{}@{}", &t[..at], &t[at + 3..]);
        if is_valid_email(&decoded) {
            return decoded;
        }
    }
    let mut out = String::with_capacity(t.len());
    for word in t.split_whitespace() {
        let bare = word.trim_matches(|c: char| "[](){}<>-_".contains(c));
        match bare.to_ascii_lowercase().as_str() {
            "at" => out.push('@'),
            "dot" => out.push('.'),
            // ("[.]": a full stop only in brackets.)
            "." if bare.len() < word.len() => out.push('.'),
            _ => {
                let mut w = word.to_string();
                for (markers, to) in [(AT_MARKERS, "@"), (DOT_MARKERS, ".")] {
                    for marker in markers {
                        if let Some(pos) = w.to_ascii_lowercase().find(marker) {
                            w.replace_range(pos..pos + marker.len(), to);
                        }
                    }
                }
                out.push_str(&w);
            }
        }
    }
    if is_valid_email(&out) {
        return out;
    }
    // "janeATexampleDOTorg": the words in capitals between small letters.
    let glued = (!t.contains(char::is_whitespace) && t.contains("AT") && t.contains("DOT"))
        .then(|| t.replacen("AT", "@", 1).replace("DOT", "."))
        .filter(|e| {
            let (local, domain) = e.split_once('@').unwrap_or(("", ""));
            local.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
                && domain.starts_with(|c: char| c.is_ascii_lowercase())
                && is_valid_email(e)
        });
    glued.unwrap_or_else(|| t.to_string())
}

/// True if `email` is a well-formed address (local@domain.tld, no spaces, one @, domain has a
/// dot, no obfuscation).
pub fn is_valid_email(email: &str) -> bool {
    if email.is_empty() || email.len() > 254 {
        return false;
    }
    let Some((local, domain)) = email.split_once('@').filter(|(_, d)| !d.contains('@')) else {
        return false;
    };
    if local.is_empty()
        || local.len() > 64
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c))
    {
        return false;
    }
    // The domain: at least two labels between dots, each 1 to 63 letters, digits or inner
    // hyphens, the last of at least two letters.
    let labels: Vec<&str> = domain.split('.').collect();
    let labels_ok = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2 && labels_ok && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
}

// ---------------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------------

fn same(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.to_lowercase() == y.to_lowercase(),
        _ => true,
    }
}

/// Whether `b` is only an address whose local part is `a`'s handle or spells `a`'s name, and
/// `a` has no address yet.
fn own_address(a: &Mentor, b: &Mentor) -> bool {
    let Some(local) = (b.name.is_none() && b.github.is_none() && a.email.is_none())
        .then_some(b.email.as_deref())
        .flatten()
        .and_then(|e| e.split_once('@'))
        .map(|(l, _)| l)
    else {
        return false;
    };
    (a.github.as_deref()).is_some_and(|h| h.eq_ignore_ascii_case(local))
        || (a.name.as_deref()).is_some_and(|n| person::names_match(local, n))
}

/// No part of `b` contradicts `a`.
fn compatible(a: &Mentor, b: &Mentor) -> bool {
    same(&a.name, &b.name) && same(&a.github, &b.github) && same(&a.email, &b.email)
}

fn fill_missing(a: &mut Mentor, b: Mentor) {
    a.name = a.name.take().or(b.name);
    a.github = a.github.take().or(b.github);
    a.email = a.email.take().or(b.email);
    a.affiliation = a.affiliation.take().or(b.affiliation);
}

/// Adds the people a further mentors field names to those named before. A field that gives
/// only addresses ("Mentor email: jane@example.org", "导师邮箱：…" after "Mentor: Jane Doe")
/// gives them, in order, to the people just before it that have none; otherwise its people are
/// more people (a handle alone may well be someone else: "Co-mentor: @bo").
pub(crate) fn add_people(list: &mut Vec<Mentor>, found: Vec<Mentor>) {
    let k = found.len();
    let completes = k > 0
        && k <= list.len()
        && found
            .iter()
            .all(|m| m.name.is_none() && m.github.is_none() && m.email.is_some())
        && list[list.len() - k..].iter().all(|a| a.email.is_none());
    if completes {
        let at = list.len() - k;
        for (a, b) in list[at..].iter_mut().zip(found) {
            fill_missing(a, b);
        }
    } else {
        list.extend(found);
    }
}

/// True for a mailing list's or a group's address ("maps-dev@lists.acme.org",
/// "kde-devel@kde.org", "x@googlegroups.com"): the words that tell them are in
/// `schemas/words.toml` (`group_address_*`).
pub fn is_group_address(email: &str) -> bool {
    let Some((local, domain)) = email.to_ascii_lowercase().rsplit_once('@').map(|(l, d)| {
        let last = l.rsplit('-').next().unwrap_or(l).to_string();
        (last, d.to_string())
    }) else {
        return false;
    };
    domain.starts_with("lists.")
        || group_address_domains()
            .iter()
            .any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
        || group_address_words().contains(&local.as_str())
}

/// An address given to two or more different people is written for a group (a project list
/// such as `team@example.org`), and so is a list's address ([`is_group_address`]): it is
/// nobody's email, and it goes to `contacts` instead.
pub(crate) fn shared_addresses_to_contacts(mentors: &mut Vec<Mentor>, contacts: &mut Vec<String>) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for e in mentors.iter().filter_map(|m| m.email.as_ref()) {
        *count.entry(e.to_lowercase()).or_default() += 1;
    }
    let shared = |e: &mut String| count[&e.to_lowercase()] > 1 || is_group_address(e);
    for e in mentors.iter_mut().filter_map(|m| m.email.take_if(shared)) {
        if !contacts.iter().any(|c| c.eq_ignore_ascii_case(&e)) {
            contacts.push(e);
        }
    }
    mentors.retain(|m| !m.is_empty());
}

/// An address the page gives as a contact of the idea ("**Contact:** peter.smith@…") is a
/// mentor's own when its name part spells that mentor's name and no other's ("peter.smith",
/// "peter_smith", "petersmith", "psmith" for Peter Smith) and the mentor has no address yet.
pub(crate) fn own_addresses_from_contacts(mentors: &mut [Mentor], contacts: &mut Vec<String>) {
    contacts.retain(|c| {
        let Some((local, _)) = c.split_once('@') else {
            return true;
        };
        if c.contains(char::is_whitespace) || is_group_address(c) {
            return true;
        }
        let local = local.split('+').next().unwrap_or(local).to_lowercase();
        let spells = |m: &Mentor| m.name.as_deref().is_some_and(|n| spells_name(&local, n));
        let mut owners = mentors.iter_mut().filter(|m| spells(m));
        match (owners.next(), owners.next()) {
            (Some(m), None) if m.email.is_none() => {
                m.email = Some(c.clone());
                false
            }
            _ => true,
        }
    });
}

/// Whether the name part of an address spells a person's name: every word of the name, in
/// order, joined by nothing, ".", "_" or "-", or the first word's initial and the last word.
fn spells_name(local: &str, name: &str) -> bool {
    let words: Vec<String> = (name.split_whitespace())
        .map(|w| w.to_lowercase())
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    let [first, .., last] = words.as_slice() else {
        return false;
    };
    ["", ".", "_", "-"].iter().any(|j| local == words.join(j))
        || first
            .chars()
            .next()
            .is_some_and(|c| local == format!("{c}{last}"))
}

/// Keeps each person once: the same handle, the same email (case-insensitive) with no
/// contradicting name or handle (several mentors may give one shared address, such as the
/// programme's), or the same name with no contradicting handle or email. Missing parts are
/// filled from the later mention. A person whose parts were filled may then be one kept
/// earlier (`Ada`, `@ada`, `Ada (@ada)`: the handle's entry gains the name): the list is read
/// again until a reading fills nothing, so deduping twice gives what deduping once gives.
pub fn dedupe(list: Vec<Mentor>) -> Vec<Mentor> {
    // (Each reading that fills a part has merged someone: the list gets shorter.)
    match dedupe_once(list) {
        (out, true) => dedupe(out),
        (out, false) => out,
    }
}

/// One reading of [`dedupe`]: the people kept, and whether a part of one was filled.
fn dedupe_once(list: Vec<Mentor>) -> (Vec<Mentor>, bool) {
    let mut filled = false;
    let mut out: Vec<Mentor> = Vec::new();
    // Each part (handle, email, name), lower-cased -> the first person kept with it.
    let mut index: [HashMap<String, usize>; 3] = Default::default();
    let key = |s: &Option<String>| s.as_ref().map(|v| v.to_lowercase());
    for m in list {
        let find =
            |k: usize, part: &Option<String>| key(part).and_then(|p| index[k].get(&p).copied());
        let found = find(0, &m.github)
            .or_else(|| {
                find(1, &m.email)
                    .filter(|&i| same(&out[i].name, &m.name) && same(&out[i].github, &m.github))
            })
            .or_else(|| {
                find(2, &m.name)
                    .filter(|&i| same(&out[i].github, &m.github) && same(&out[i].email, &m.email))
            });
        let i = match found {
            Some(i) => {
                let before = out[i].clone();
                fill_missing(&mut out[i], m);
                filled |= out[i] != before;
                i
            }
            None => {
                out.push(m);
                out.len() - 1
            }
        };
        let kept = &out[i];
        for (map, part) in index
            .iter_mut()
            .zip([&kept.github, &kept.email, &kept.name])
        {
            if let Some(k) = key(part) {
                map.entry(k).or_insert(i);
            }
        }
    }
    (out, filled)
}

// (The tests are declared last: what comes after a `#[cfg(test)]` line is not product code.)
#[cfg(test)]
mod contact_tests;
#[cfg(test)]
mod more_tests;
#[cfg(test)]
mod prose_tests;
#[cfg(test)]
mod tests;
