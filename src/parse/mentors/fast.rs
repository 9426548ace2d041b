//! The parts most pages write, read in one pass over their text: `Name Surname (@handle,
//! email)`, `Name Surname (@handle)`, `Name Surname <email>`, `Name Surname` (each maybe after
//! a role label, `Co-Mentor: ...`), a bare `@handle` and a `[Name Surname](https://github.com/
//! handle)` link.
//! [`fast_part`] gives what [`parse_part`] gives for them, without the walk, the token scans
//! and the strings they build; it declines (`None`) anything else, which [`parse_part`] then
//! reads. Each shape is recognised only where the general reading is known to take one way
//! through it (see `fast_tests.rs`, where [`parse_part`] is the oracle): name words are
//! letters only (no `at`, no leading `and`), handles ASCII letters, digits and hyphens,
//! emails a plain `local@domain` without marks around them.

use super::*;

/// What [`parse_part`] gives for a part [`fast_part`] reads: one person, nobody (words that
/// are no name), or nobody because the part reads as prose. (Never a remark that ends the
/// line.)
#[derive(Debug, PartialEq)]
pub(super) enum Fast {
    One(Found),
    Nothing,
    Prose,
}

impl Fast {
    /// As [`parse_part`] returns it: the people found, whether the rest of the line is a
    /// remark, and whether the part reads as prose.
    #[cfg(test)]
    pub(super) fn reading(self) -> (Vec<Found>, bool, bool) {
        match self {
            Fast::One(f) => (vec![f], false, false),
            Fast::Nothing => (Vec::new(), false, false),
            Fast::Prose => (Vec::new(), false, true),
        }
    }
}

/// [`parse_part`] of a part of a top-level line (`depth` 0), trimmed, when it has one of the
/// shapes above; `None` otherwise.
pub(super) fn fast_part(part: &str) -> Option<Fast> {
    match part.as_bytes().first()? {
        b'@' => handle_only(part),
        b'[' => profile_link(part),
        _ => named(part),
    }
}

/// One person found with everything given freely (`labelled_only` false).
fn one(name: Option<String>, github: Option<&str>, email: Option<&str>) -> Fast {
    let mentor = Mentor {
        name,
        github: github.map(str::to_string),
        email: email.map(str::to_string),
    };
    Fast::One(Found {
        mentor,
        labelled_only: false,
    })
}

/// A handle as the general reading keeps it (`@` already taken off): ASCII letters, digits
/// and hyphens (which no trimming of marks or possessive changes), handle-shaped and no
/// placeholder.
fn handle_ok(h: &str) -> bool {
    // (Of such a handle, `looks_like_handle` asks only its length and a letter or digit.)
    !h.is_empty()
        && h.len() <= 60
        && h.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && h.bytes().any(|b| b.is_ascii_alphanumeric())
        && !is_placeholder(h)
}

/// For each byte, whether it may be in the local part of a plain email (bit 0: ASCII letters,
/// digits and `._+-`) or in its domain (bit 1: ASCII letters, digits and `.-`).
pub(super) static EMAIL_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'.' || c == b'-' {
            t[b] = 3;
        } else if c == b'_' || c == b'+' {
            t[b] = 1;
        }
        b += 1;
    }
    t
};

/// A plain email: letters, digits and `._+-` around one `@`, with a letter or digit at both
/// ends (so that no trimming changes it) and not read as a URL (`www.x@y`).
fn email_ok(e: &str) -> bool {
    let b = e.as_bytes();
    let Some(at) = memchr::memchr(b'@', b) else {
        return false;
    };
    alnum_ends(e)
        && b[..at]
            .iter()
            .all(|&c| EMAIL_BYTES[usize::from(c)] & 1 != 0)
        && b[at + 1..]
            .iter()
            .all(|&c| EMAIL_BYTES[usize::from(c)] & 2 != 0)
        && !is_url(e)
}

/// `@handle`, alone.
fn handle_only(part: &str) -> Option<Fast> {
    let h = &part[1..];
    handle_ok(h).then(|| one(None, Some(h), None))
}

/// Up to [`MAX_NAME_WORDS`] words of letters separated by spaces (none of them `at`, which
/// can start an obfuscated address), put in `words`: how many, or `None` for anything else
/// or nothing.
pub(super) fn name_words<'a>(
    text: &'a str,
    words: &mut [&'a str; MAX_NAME_WORDS],
) -> Option<usize> {
    let b = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii_letters = true;
        while i < b.len() && b[i] != b' ' {
            ascii_letters &= b[i].is_ascii_alphabetic();
            i += 1;
        }
        // (A space is a character of its own: the word is text between two boundaries.)
        let w = &text[start..i];
        let letters = ascii_letters || (!w.is_ascii() && w.chars().all(char::is_alphabetic));
        if !letters || n == MAX_NAME_WORDS || (w.len() == 2 && w.eq_ignore_ascii_case("at")) {
            return None;
        }
        words[n] = w;
        n += 1;
    }
    (n > 0).then_some(n)
}

/// The name the general reading makes of free name words, or `Err` when they read as prose.
fn name_of(words: &[&str]) -> Result<Option<String>, ()> {
    let words = without_affiliation(words);
    if letters_prose(words) {
        return Err(());
    }
    Ok(letters_name(words))
}

/// [`is_prose`] of words of letters (as [`name_words`] gives them). ASCII words written
/// capitalised, as names are, are neither lower-case words nor stop words (which are written
/// in lower case): only a strong stop word ("The", "Please") makes them prose.
pub(super) fn letters_prose(words: &[&str]) -> bool {
    let capitalised = |w: &&str| w.is_ascii() && w.as_bytes()[0].is_ascii_uppercase();
    if words.len() <= MAX_NAME_WORDS && words.iter().all(capitalised) {
        words.iter().any(|w| is_strong_stopword(w))
    } else {
        is_prose(words)
    }
}

/// [`clean_name`] of words of letters (as [`name_words`] gives them), which no trimming or
/// filtering changes: the words joined by spaces, unless there are too many, one is a word no
/// name has, or the whole is a placeholder.
pub(super) fn letters_name(words: &[&str]) -> Option<String> {
    if words.is_empty()
        || words.len() > MAX_NAME_WORDS
        || words.iter().any(|w| NOT_NAME_SET.contains_lowered(w))
    {
        return None;
    }
    let mut name = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for w in words {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w);
    }
    (!is_placeholder(&name)).then_some(name)
}

/// `[Name Surname](https://github.com/handle)`, `[@handle](https://github.com/handle)` or
/// `[Name Surname](mailto:email)`, maybe followed by an affiliation in parentheses
/// (`(University of Alabama)`).
// (Not inlined into `fast_part`: the links are the rarer shape.)
#[inline(never)]
fn profile_link(part: &str) -> Option<Fast> {
    let close = memchr::memchr(b']', part.as_bytes())?;
    let text = &part[1..close];
    let after = part[close + 1..].strip_prefix('(')?;
    let end = memchr::memchr(b')', after.as_bytes())?;
    let url = &after[..end];
    if !url.bytes().all(|b| {
        b.is_ascii_alphanumeric() || matches!(b, b':' | b'/' | b'.' | b'_' | b'-' | b'@' | b'+')
    }) || !affiliation_ok(&after[end + 1..])
    {
        return None;
    }
    if let Some(addr) = strip_prefix_ci(url, "mailto:") {
        // The address is the contact; the text, a name candidate (unless it is a handle-like
        // word, which a name in the affiliation's place would replace).
        let mut words = [""; MAX_NAME_WORDS];
        let n = name_words(text, &mut words)?;
        let name = name_of(&words[..n]).ok().flatten();
        if !email_ok(addr) || name.as_deref().is_some_and(is_bare_handle) {
            return None;
        }
        return Some(one(name, None, Some(addr)));
    }
    let h = github_user_from_url(url)?;
    if let Some(written) = text.strip_prefix('@') {
        // `[@ryantm](https://github.com/ryan)`: the handle written wins unless it differs
        // only in case; the text is no name.
        if !(1..=39).contains(&written.len())
            || !written
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return None;
        }
        let written = (is_valid_github_handle(written) && !written.eq_ignore_ascii_case(&h))
            .then_some(written);
        return Some(one(None, Some(written.unwrap_or(&h)), None));
    }
    let mut words = [""; MAX_NAME_WORDS];
    let n = name_words(text, &mut words)?;
    let words = &words[..n];
    // The link's text (its words joined by single spaces) is a name candidate unless it is
    // the handle itself (which has no space).
    let name = if n == 1 && words[0] == h {
        None
    } else {
        name_of(words).ok().flatten()
    };
    Some(one(name, Some(&h), None))
}

/// Nothing, or ` (Words of an affiliation)`: letter words that give no contact (none is
/// `at`, and a single one is no handle-like word, nor a literal group such as `(s)`).
fn affiliation_ok(tail: &str) -> bool {
    if tail.is_empty() {
        return true;
    }
    let Some(inner) = tail.strip_prefix(" (").and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    let mut words = [""; MAX_NAME_WORDS];
    match name_words(inner, &mut words) {
        Some(1) => words[0].len() > 3 && !bare_handle_ok(words[0], false),
        Some(_) => true,
        None => false,
    }
}

/// `Name Surname (@handle, email)` (the items in either order, or one of them),
/// `Name Surname <email>` or `Name Surname`, maybe after a role label (`Co-Mentor:`).
fn named(part: &str) -> Option<Fast> {
    let mut rest = part;
    // A first token ending with `:` is a role label (anything else it could be is declined).
    if let Some(sp) = memchr::memchr(b' ', rest.as_bytes()) {
        if let Some(key) = rest[..sp].strip_suffix(':') {
            let word_key = key.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
                && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
            if !(word_key && is_key_like(key) && classify_key(key, None) == (Key::Role, false)) {
                return None;
            }
            rest = &rest[sp + 1..];
        }
    }
    let open = memchr::memchr2(b'(', b'<', rest.as_bytes());
    let mut words = [""; MAX_NAME_WORDS];
    let n = name_words(&rest[..open.unwrap_or(rest.len())], &mut words)?;
    let words = &words[..n];
    // (A part starting with "and " loses it in the general reading.)
    if words[0].eq_ignore_ascii_case("and") {
        return None;
    }
    let Some(open) = open else {
        // A name alone.
        return Some(match name_of(words) {
            Ok(Some(name)) => one(Some(name), None, None),
            Ok(None) => Fast::Nothing,
            Err(()) => Fast::Prose,
        });
    };
    let (mut github, mut email) = (None, None);
    if rest.as_bytes()[open] == b'(' {
        let inner = rest[open + 1..].strip_suffix(')')?;
        for item in inner.split(',') {
            let item = item.trim_matches(' ');
            if let Some(h) = item.strip_prefix('@') {
                if !handle_ok(h) {
                    return None;
                }
                github = github.or(Some(h));
            } else {
                if !email_ok(item) {
                    return None;
                }
                email = email.or(Some(item));
            }
        }
    } else {
        let inner = rest[open + 1..].strip_suffix('>')?;
        if !email_ok(inner) {
            return None;
        }
        email = Some(inner);
    }
    match name_of(words) {
        Ok(name) => Some(one(name, github, email)),
        Err(()) => Some(Fast::Prose),
    }
}
