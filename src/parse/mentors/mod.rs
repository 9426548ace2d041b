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

mod bytes;
#[cfg(test)]
mod bytes_tests;
mod fast;
#[cfg(test)]
mod fast_tests;
mod handles;
mod normalize;
#[cfg(test)]
mod oracle_tests;
mod person;
#[cfg(test)]
mod prose_tests;
mod split;
#[cfg(test)]
mod tests;
mod walk;
mod words;

// The files below share one vocabulary (words.rs) and each other's helpers; each imports its
// siblings through this module (`use super::*`), and only this module is seen from outside.
use crate::model::Mentor;
use bytes::*;
use fast::*;
use handles::*;
use normalize::*;
use person::*;
use split::*;
use std::collections::HashMap;
use walk::*;
use words::*;

/// Mentors found in the Markdown source of a "Mentor(s)" field value (the text after the label).
///
/// People are returned in the order written, each with whatever parts the page gives. Handles
/// are returned without the leading `@`; emails are kept as written (obfuscated forms such as
/// `jane AT example.org` included, see [`is_valid_email`] to tell them apart).
// (Not inlined: one function to find in a profile, as it was before its buffers were kept.)
#[inline(never)]
pub fn parse_mentors(text: &str) -> Vec<Mentor> {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => {
            let found = read_mentors(text, &mut scratch);
            scratch.keep_small();
            found
        }
        Err(_) => read_mentors(text, &mut Scratch::default()),
    })
}

/// The buffers [`parse_mentors`] reads with, kept from call to call on each thread (texts are
/// read one at a time: none is allocated for every text or line), up to 64 KiB each.
#[derive(Default)]
struct Scratch {
    /// The text of the line being read.
    line: String,
    /// Its characters, when it is not ASCII (ASCII lines are read as bytes).
    chars: Vec<char>,
    /// Its bracket table, built once and sliced for every piece of the line.
    table: Vec<usize>,
    stack: Vec<usize>,
    /// Its parts.
    parts: Vec<(usize, usize)>,
    /// The people found on it.
    found: Vec<Found>,
}

impl Scratch {
    /// Drops buffers grown by a large text (a whole page given as mentors), so that a thread
    /// does not keep them: each keeps at most 64 KiB.
    fn keep_small(&mut self) {
        use std::mem::size_of;
        const LARGE: usize = 1 << 16;
        let bytes = [
            self.line.capacity(),
            self.chars.capacity() * size_of::<char>(),
            self.table.capacity() * size_of::<usize>(),
            self.stack.capacity() * size_of::<usize>(),
            self.parts.capacity() * size_of::<(usize, usize)>(),
            self.found.capacity() * size_of::<Found>(),
        ];
        if bytes.iter().any(|&b| b > LARGE) {
            *self = Scratch::default();
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// [`parse_mentors`] with the buffers of `scratch`.
fn read_mentors(text: &str, scratch: &mut Scratch) -> Vec<Mentor> {
    let normalized = normalize(text);
    let mut list: Vec<Mentor> = Vec::new();
    // Indent of the previous non-blank line, when that line yielded (or completed) a mentor.
    let mut prev_indent: Option<usize> = None;
    let Scratch {
        line,
        chars,
        table,
        stack,
        parts,
        found,
    } = scratch;
    for raw in normalized.split('\n') {
        // (An empty line is a blank line, which changes nothing.)
        if raw.is_empty() {
            continue;
        }
        let (indent, body) = strip_line_prefix(raw);
        // A label line starts another section ("**Zulip streams**", "Related links:"): the
        // mentors end there. A label naming mentors ("**Co-mentors**") is skipped.
        if let Some(label) = section_label(body) {
            if is_mentor_label(label) {
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
        line.clear();
        clean_line_into(body, line);
        if line.trim().is_empty() {
            continue;
        }
        found.clear();
        if line.is_ascii() {
            read_line(line.as_bytes(), table, stack, parts, found);
        } else {
            chars.clear();
            chars.extend(line.chars());
            read_line(chars, table, stack, parts, found);
        }
        let single = found.len() == 1;
        let mut yielded = false;
        for (k, f) in found.drain(..).enumerate() {
            // A labelled-only part ("GitHub: @x", "Email: y") completes the mentor just before it;
            // so does a name-less nested bullet right under a mentor's line.
            let after_mentor = k > 0 || prev_indent.is_some();
            let nested = k == 0
                && single
                && f.mentor.name.is_none()
                && prev_indent.is_some_and(|p| indent > p);
            let attach = (f.labelled_only && after_mentor) || nested;
            match list.last_mut() {
                Some(last) if attach && compatible(last, &f.mentor) => fill_missing(last, f.mentor),
                _ => list.push(f.mentor),
            }
            yielded = true;
        }
        prev_indent = if yielded { Some(indent) } else { None };
    }
    dedupe(list)
}

/// The people on a line of units (its characters, or its bytes when it is ASCII), put in
/// `found`, with `table`, `stack` and `parts` as scratch space.
fn read_line<U: Unit>(
    units: &[U],
    table: &mut Vec<usize>,
    stack: &mut Vec<usize>,
    parts: &mut Vec<(usize, usize)>,
    found: &mut Vec<Found>,
) {
    // A line of paired brackets whose parts all have a common shape is read without its
    // bracket table; any other is read with it.
    if simple_parts_into(units, parts) && parse_fast_line(units, parts, found) {
        return;
    }
    found.clear();
    match_table(units, table, stack);
    parse_line_into(units, table, 0, parts, found);
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
    // (Bytes: an ASCII byte is never part of another character.)
    if t.bytes().any(|b| matches!(b, b'[' | b'(' | b'<' | b'@')) {
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

/// Whether a label introduces mentors ("Mentors", "Co-mentor", "Primary").
fn is_mentor_label(label: &str) -> bool {
    label.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let lower = w.to_lowercase();
        lower.contains("mentor") || ROLE_KEYS.contains(&lower.as_str())
    })
}

/// Whether a label line is rather a person's name written in bold ("**Jane Doe**").
fn is_person_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let field = words
        .iter()
        .any(|w| FIELD_KEYS.contains(&w.to_lowercase().as_str()));
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
        && !handle.as_bytes().windows(2).any(|w| w == b"--")
}

/// True if an explicitly marked handle (`@x`, `GitHub: x`) is handle-shaped: it is kept as
/// written even when it is not a valid GitHub login, so the validator can report it.
fn looks_like_handle(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 60
        && h.chars().any(|c| c.is_ascii_alphanumeric())
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// True if `email` is a well-formed address (local@domain.tld, no spaces, one @, domain has a
/// dot, no obfuscation).
pub fn is_valid_email(email: &str) -> bool {
    if email.is_empty() || email.len() > 254 {
        return false;
    }
    // One pass over each part, without splitting them into pieces (the validator asks this of
    // every email of every idea).
    let bytes = email.as_bytes();
    let Some(at) = memchr::memchr(b'@', bytes) else {
        return false;
    };
    let (local, domain) = (&bytes[..at], &bytes[at + 1..]);
    if local.is_empty()
        || local.len() > 64
        || local[0] == b'.'
        || local[local.len() - 1] == b'.'
        || local.windows(2).any(|w| w == b"..")
        || !local.iter().all(|&b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'!' | b'#'
                        | b'$'
                        | b'%'
                        | b'&'
                        | b'\''
                        | b'*'
                        | b'+'
                        | b'/'
                        | b'='
                        | b'?'
                        | b'^'
                        | b'_'
                        | b'`'
                        | b'{'
                        | b'|'
                        | b'}'
                        | b'~'
                        | b'.'
                        | b'-'
                )
        })
    {
        return false;
    }
    // The domain: at least two labels between dots, each 1 to 63 letters, digits or inner
    // hyphens (so no second '@'), the last of at least two letters.
    let mut labels = 0;
    let mut label_start = 0;
    for (i, &b) in domain.iter().enumerate() {
        if b == b'.' {
            if !domain_label_ok(&domain[label_start..i]) {
                return false;
            }
            labels += 1;
            label_start = i + 1;
        } else if !(b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
    }
    let tld = &domain[label_start..];
    labels >= 1
        && domain_label_ok(tld)
        && tld.len() >= 2
        && tld.iter().all(|b| b.is_ascii_alphabetic())
}

/// A label of an email's domain (its bytes already known to be letters, digits or hyphens):
/// 1 to 63 long, no hyphen at either end.
fn domain_label_ok(l: &[u8]) -> bool {
    !l.is_empty() && l.len() <= 63 && l[0] != b'-' && l[l.len() - 1] != b'-'
}

// ---------------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------------

fn same(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => eq_lowercase(x, y),
        _ => true,
    }
}

/// `x.to_lowercase() == y.to_lowercase()`, without the copies. The ASCII characters both
/// start with are compared as ASCII: each lower-cases to one ASCII character, so the first
/// pair that differs tells the strings apart (most names differ in their first letters). From
/// the first non-ASCII character of either (outside ASCII, lower-casing can map a character
/// to ASCII, as the Kelvin sign to `k`), the lower-cased characters are compared one by one,
/// which is what `str::to_lowercase` makes of each character except `Σ` (whose lower case
/// depends on its neighbours): with a `Σ`, the strings are lower-cased.
fn eq_lowercase(x: &str, y: &str) -> bool {
    let (xb, yb) = (x.as_bytes(), y.as_bytes());
    let mut k = 0;
    while k < xb.len() && k < yb.len() && xb[k].is_ascii() && yb[k].is_ascii() {
        if !xb[k].eq_ignore_ascii_case(&yb[k]) {
            return false;
        }
        k += 1;
    }
    if k == xb.len() || k == yb.len() {
        // Equal so far; a rest left on one side lower-cases to at least one character.
        return xb.len() == yb.len();
    }
    if x.contains('Σ') || y.contains('Σ') {
        // (The whole strings: a `Σ` lower-cases by what comes before it.)
        return x.to_lowercase() == y.to_lowercase();
    }
    // (`k` is at a character boundary of both: only ASCII bytes are before it.)
    x[k..]
        .chars()
        .flat_map(char::to_lowercase)
        .eq(y[k..].chars().flat_map(char::to_lowercase))
}

/// No part of `b` contradicts `a`.
fn compatible(a: &Mentor, b: &Mentor) -> bool {
    same(&a.name, &b.name) && same(&a.github, &b.github) && same(&a.email, &b.email)
}

fn fill_missing(a: &mut Mentor, b: Mentor) {
    if a.name.is_none() {
        a.name = b.name;
    }
    if a.github.is_none() {
        a.github = b.github;
    }
    if a.email.is_none() {
        a.email = b.email;
    }
}

/// Keeps each person once: the same handle, the same email (case-insensitive) with no
/// contradicting name or handle (several mentors may give one shared address, such as the
/// programme's), or the same name with no contradicting handle or email. Missing parts are
/// filled from the later mention. A person whose parts were filled may then be one kept
/// earlier (`Ada`, `@ada`, `Ada (@ada)`: the handle's entry gains the name): the list is read
/// again until a reading fills nothing, so deduping twice gives what deduping once gives.
pub fn dedupe(mut list: Vec<Mentor>) -> Vec<Mentor> {
    // A few people who share no part are kept as they are (as a reading would keep them:
    // none is found by an earlier one, none filled), told by comparing each pair.
    if list.len() <= 16 && all_distinct(&list) {
        return list;
    }
    loop {
        // One person (or none) is kept as given.
        if list.len() <= 1 {
            return list;
        }
        // (Each reading that fills a part has merged someone: the list gets shorter.)
        let (out, filled) = dedupe_once(list);
        if !filled {
            return out;
        }
        list = out;
    }
}

/// No two people of `list` have the same handle, email or name (ignoring case).
fn all_distinct(list: &[Mentor]) -> bool {
    let shared = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(x), Some(y)) => eq_lowercase(x, y),
        _ => false,
    };
    list.iter().enumerate().all(|(i, a)| {
        list[..i].iter().all(|b| {
            !(shared(&a.github, &b.github)
                || shared(&a.email, &b.email)
                || shared(&a.name, &b.name))
        })
    })
}

/// One reading of [`dedupe`]: the people kept, and whether a part of one was filled.
fn dedupe_once(list: Vec<Mentor>) -> (Vec<Mentor>, bool) {
    let mut filled = false;
    let mut out: Vec<Mentor> = Vec::with_capacity(list.len());
    let mut by_github = FirstIndex::new(|m| m.github.as_deref());
    let mut by_email = FirstIndex::new(|m| m.email.as_deref());
    let mut by_name = FirstIndex::new(|m| m.name.as_deref());
    for m in list {
        // Each look-up as made: `None` when not made (no such part, or found by an earlier
        // one), `Some(None)` when the key is not registered.
        let by_g = m.github.as_deref().map(|g| by_github.get(&out, g));
        let mut found = by_g.flatten();
        let mut by_e = None;
        if found.is_none() {
            by_e = m.email.as_deref().map(|e| by_email.get(&out, e));
            found = by_e
                .flatten()
                .filter(|&i| same(&out[i].name, &m.name) && same(&out[i].github, &m.github));
        }
        let mut by_n = None;
        if found.is_none() {
            by_n = m.name.as_deref().map(|n| by_name.get(&out, n));
            found = by_n
                .flatten()
                .filter(|&i| same(&out[i].github, &m.github) && same(&out[i].email, &m.email));
        }
        match found {
            Some(i) => {
                let o = &out[i];
                filled |= (o.name.is_none() && m.name.is_some())
                    || (o.github.is_none() && m.github.is_some())
                    || (o.email.is_none() && m.email.is_some());
                fill_missing(&mut out[i], m);
                // The entry's parts, as they are now, are its keys.
                for map in [&mut by_github, &mut by_email, &mut by_name] {
                    map.insert_first(&out, i, false);
                }
            }
            None => {
                out.push(m);
                let i = out.len() - 1;
                // Its parts were all looked up: those found are registered already, the
                // others are new.
                for (map, seen) in [
                    (&mut by_github, by_g),
                    (&mut by_email, by_e),
                    (&mut by_name, by_n),
                ] {
                    if seen == Some(None) {
                        map.insert_first(&out, i, true);
                    }
                }
            }
        }
    }
    (out, filled)
}

/// One part of the people kept so far (handle, email or name), lower-cased, -> the first index
/// registered with it, as a `HashMap` with `entry(k).or_insert(i)` would keep it. A key is the
/// part of the person at its index (a part, once known, never changes), so an idea's few
/// people are searched in order, comparing parts without lower-cased copies; past 16 keys they
/// are hashed.
struct FirstIndex {
    part: fn(&Mentor) -> Option<&str>,
    /// The first `len` are in use, in the order registered (no allocation for few people).
    small: [usize; 16],
    len: usize,
    /// Past 16 keys, all of them, lower-cased (made then: most lists never need it).
    large: Option<HashMap<String, usize>>,
}

impl FirstIndex {
    fn new(part: fn(&Mentor) -> Option<&str>) -> Self {
        FirstIndex {
            part,
            small: [0; 16],
            len: 0,
            large: None,
        }
    }

    /// The first index registered with the key of `k`.
    fn get(&self, out: &[Mentor], k: &str) -> Option<usize> {
        match &self.large {
            None => {
                let part = self.part;
                self.small[..self.len]
                    .iter()
                    .copied()
                    .find(|&i| part(&out[i]).is_some_and(|p| eq_lowercase(p, k)))
            }
            Some(large) => large.get(&k.to_lowercase()).copied(),
        }
    }

    /// Registers `out[i]`'s part (if it has one) unless its key is registered already (`new`:
    /// it is known not to be).
    fn insert_first(&mut self, out: &[Mentor], i: usize, new: bool) {
        let part = self.part;
        let Some(k) = part(&out[i]) else {
            return;
        };
        let large = match &mut self.large {
            Some(large) => large,
            None => {
                let known = |&j: &usize| part(&out[j]).is_some_and(|p| eq_lowercase(p, k));
                if !new && self.small[..self.len].iter().any(known) {
                    return;
                }
                if self.len < self.small.len() {
                    self.small[self.len] = i;
                    self.len += 1;
                    return;
                }
                self.len = 0;
                self.large.insert(
                    self.small
                        .iter()
                        .filter_map(|&j| part(&out[j]).map(|p| (p.to_lowercase(), j)))
                        .collect(),
                )
            }
        };
        large.entry(k.to_lowercase()).or_insert(i);
    }
}
