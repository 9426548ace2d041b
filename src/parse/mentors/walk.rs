//! Walking a part: Markdown links, parenthesised and angle-bracketed groups read for contacts,
//! the text left over kept for names and remarks.

use super::*;

/// Contact details gathered for one person.
#[derive(Debug, Default)]
pub(super) struct Acc {
    pub(super) github: Option<String>,
    pub(super) email: Option<String>,
    /// Something was found without a label.
    pub(super) free: bool,
}

impl Acc {
    pub(super) fn set_github(&mut self, handle: &str, labelled: bool) {
        if self.github.is_none() {
            self.github = Some(handle.to_string());
            self.free |= !labelled;
        }
    }

    pub(super) fn set_email(&mut self, email: &str, labelled: bool) {
        let email = decode_email(email);
        if self.email.is_none() && !email.is_empty() {
            self.email = Some(email);
            self.free |= !labelled;
        }
    }

    pub(super) fn any(&self) -> bool {
        self.github.is_some() || self.email.is_some()
    }

    pub(super) fn absorb(&mut self, other: Acc) {
        if self.github.is_none() && other.github.is_some() {
            self.github = other.github;
            self.free |= other.free;
        }
        if self.email.is_none() && other.email.is_some() {
            self.email = other.email;
            self.free |= other.free;
        }
    }
}

/// The text left once links and bracket groups are taken out.
#[derive(Debug, Default)]
pub(super) struct Walk {
    /// Text before the first contact-bearing construct that follows some text.
    pub(super) before: String,
    /// Text after it (a remark).
    pub(super) after: String,
    pub(super) closed: bool,
    /// Texts of top-level links (`[Name](url)`), name candidates.
    pub(super) link_names: Vec<String>,
    /// Texts of links inside groups, weaker name candidates.
    pub(super) inner_link_names: Vec<String>,
    /// Plain texts of top-level parenthesised groups that gave no contact (`jdoe (Jane Doe)`).
    pub(super) paren_texts: Vec<String>,
}

impl Walk {
    pub(super) fn push(&mut self, c: char) {
        self.push_all(&[c]);
    }

    pub(super) fn push_all(&mut self, chars: &[char]) {
        let text = if self.closed {
            &mut self.after
        } else {
            &mut self.before
        };
        text.extend(chars);
    }

    pub(super) fn close_if_text(&mut self) {
        self.closed |= !self.before.trim().is_empty();
    }
}

/// Bracket contents kept as plain text: `(at)`, `[dot]` in obfuscated addresses and the `(s)`
/// of `Mentor(s)`.
pub(super) fn is_literal_group(inner: &[char]) -> bool {
    let s: String = inner.iter().collect();
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "at" | "dot" | "s" | "es" | "@" | "."
    )
}

/// Takes links, parenthesised and angle-bracketed groups out of `chars`, reading their contacts
/// into `acc`; the remaining text goes to `w`. `m` is the [`match_table`] of `chars` (a slice of
/// the line's).
pub(super) fn walk(
    chars: &[char],
    m: &[usize],
    depth: usize,
    top: bool,
    acc: &mut Acc,
    w: &mut Walk,
) {
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match c {
            '!' if i + 1 < n && chars[i + 1] == '[' && m[i + 1] != NONE => {
                // An image: dropped.
                let j = i + 1 + m[i + 1];
                i = group_after(chars, m, j, '(').unwrap_or(j) + 1;
                w.push(' ');
            }
            '[' if m[i] != NONE && group_after(chars, m, i + m[i], '(').is_some() => {
                let j = i + m[i];
                let k = group_after(chars, m, j, '(').unwrap_or(j);
                let (contact, named) = link(&chars[i + 1..j], &chars[j + 2..k], acc, w, top);
                if top && named {
                    w.closed = true;
                } else if top && contact {
                    w.close_if_text();
                }
                w.push(' ');
                i = k + 1;
            }
            _ if m[i] != NONE && is_literal_group(&chars[i + 1..i + m[i]]) => {
                w.push_all(&chars[i..=i + m[i]]);
                i += m[i] + 1;
            }
            '[' if m[i] != NONE => {
                // `[text]`, or `[text][ref]`: the text is read in place, the label dropped.
                let j = i + m[i];
                w.push(' ');
                if depth < MAX_DEPTH {
                    walk(&chars[i + 1..j], &m[i + 1..j], depth + 1, top, acc, w);
                } else {
                    w.push_all(&chars[i + 1..j]);
                }
                w.push(' ');
                i = group_after(chars, m, j, '[').unwrap_or(j) + 1;
            }
            '<' if top
                && m[i] != NONE
                && w.before.trim().is_empty()
                && !w.closed
                && !is_autolink(&chars[i + 1..i + m[i]]) =>
            {
                // `<Jane Doe [jane@x.org](mailto:jane@x.org)>`: brackets around a whole entry
                // that is not an autolink are only brackets; the entry is read in place.
                let j = i + m[i];
                w.push(' ');
                if depth < MAX_DEPTH {
                    walk(&chars[i + 1..j], &m[i + 1..j], depth + 1, top, acc, w);
                }
                w.push(' ');
                i = j + 1;
            }
            '(' | '<' if m[i] != NONE => {
                let j = i + m[i];
                let found = depth < MAX_DEPTH
                    && group(&chars[i + 1..j], &m[i + 1..j], c, depth + 1, acc, w);
                if top && found {
                    w.close_if_text();
                }
                w.push(' ');
                i = j + 1;
            }
            '(' | ')' | '[' | ']' | '<' | '>' | '{' | '}' => {
                w.push(' ');
                i += 1;
            }
            _ => {
                // Plain text up to the next character another arm may take, in one piece.
                let taken = chars[i + 1..].iter().position(|c| "!()[]<>{}".contains(*c));
                let end = taken.map_or(n, |k| i + 1 + k);
                w.push_all(&chars[i..end]);
                i = end;
            }
        }
    }
}

/// Whether the inside of `<…>` is an autolink (`<https://github.com/jdoe>`, `<jane@x.org>`,
/// `<@jdoe>`): one word, or a Markdown link (`<[jane@x.org](mailto:jane@x.org)>`), with no
/// name beside it.
fn is_autolink(inner: &[char]) -> bool {
    let s: String = inner.iter().collect();
    let t = s.trim();
    t.starts_with(['<', '[']) || !t.contains(char::is_whitespace)
}

/// Reads a Markdown link. Returns (gave a contact, gave a name candidate).
pub(super) fn link(
    text: &[char],
    url: &[char],
    acc: &mut Acc,
    w: &mut Walk,
    top: bool,
) -> (bool, bool) {
    let raw: String = text.iter().collect();
    // The words without their marks, joined by single spaces.
    let text = raw
        .split_whitespace()
        .map(trim_decor)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let url: String = url.iter().collect();
    let url = url.split_whitespace().next().unwrap_or("");
    let url = url.trim_matches(|c| c == '<' || c == '>');

    let mut contact = false;
    let mut name_ok = !text.is_empty() && !is_url(&text);
    // `[Jane Doe](jane@example.org)`: a target that is an address, "mailto:" forgotten.
    let bare_address = (!url.contains([':', '/']) && is_valid_email(url)).then_some(url);
    if let Some(addr) = strip_prefix_ci(url, "mailto:").or(bare_address) {
        let addr = addr.split('?').next().unwrap_or("");
        if !addr.is_empty() {
            acc.set_email(addr, false);
            contact = true;
        }
        name_ok &= !text.contains('@');
    } else if let Some(h) = github_user_from_url(url) {
        // `[@ryantm](https://github.com/ryan)`: the handle written on the page wins over the
        // one in the URL (the page shows it; the URL is more often mistyped). When the two
        // differ only in case they are one account, spelled as in the URL.
        let written = text
            .strip_prefix('@')
            .filter(|w| is_valid_github_handle(w) && !w.eq_ignore_ascii_case(&h));
        acc.set_github(written.unwrap_or(&h), false);
        contact = true;
        // `[shaowenchen](https://github.com/shaowenchen)`: text that is exactly the handle is
        // not a name.
        name_ok &= !text.contains('@') && text != h;
    } else {
        let t = trim_contact(&text);
        if text.starts_with('@') {
            // A handle on some other site.
            name_ok = false;
        } else if t.contains('@') {
            if is_valid_email(t) {
                acc.set_email(t, false);
                contact = true;
            }
            name_ok = false;
        } else if is_url(t) {
            if let Some(h) = github_user_from_url(t) {
                acc.set_github(&h, false);
                contact = true;
            }
        }
    }
    if name_ok {
        if top {
            w.link_names.push(text);
        } else {
            w.inner_link_names.push(text);
        }
    }
    (contact, name_ok)
}

/// Reads a `( ... )` or `< ... >` group (`open` its opener, `m` the [`match_table`] of `inner`).
/// True when it gave a handle or an email.
pub(super) fn group(
    inner: &[char],
    m: &[usize],
    open: char,
    depth: usize,
    acc: &mut Acc,
    w: &mut Walk,
) -> bool {
    if open == '<' {
        let s: String = inner.iter().collect();
        let t = s.trim();
        // (A Markdown link inside, `<[jane@x.org](mailto:jane@x.org)>`, is read as links are.)
        let plain = !t.starts_with(['<', '[']) && !t.contains(char::is_whitespace);
        if plain && !t.is_empty() {
            // `<https://github.com/jdoe>`, `<@jdoe>`, `<mailto:jane@x.org>`, `<jane@x.org>`.
            if is_url(t) || t.starts_with('@') {
                let written = t.strip_prefix('@').filter(|h| is_valid_github_handle(h));
                let handle = written
                    .map(str::to_string)
                    .or_else(|| github_user_from_url(t));
                if let Some(h) = &handle {
                    acc.set_github(h, false);
                }
                return handle.is_some();
            }
            let mailto = strip_prefix_ci(t, "mailto:");
            if let Some(addr) = mailto.or_else(|| t.contains('@').then_some(t)) {
                acc.set_email(addr, false);
                return true;
            }
        }
    }
    let mut sub = Acc::default();
    let mut gw = Walk::default();
    walk(inner, m, depth, false, &mut sub, &mut gw);
    let mut bare: Vec<String> = Vec::new();
    for item in gw.before.split([',', ';', '|']) {
        let scan = scan_tokens(item, true, &mut sub);
        if !scan.reject && scan.tokens == 1 && scan.words.len() == 1 {
            bare.extend(scan.words);
        }
    }
    // `Name (handle, email)`: a single bare word can be the handle.
    if open == '(' && sub.github.is_none() {
        let has_contact = sub.email.is_some();
        if let Some(b) = bare.iter().find(|b| bare_handle_ok(b, has_contact)) {
            sub.set_github(b, false);
        }
    }
    w.inner_link_names.extend(gw.link_names);
    w.inner_link_names.extend(gw.inner_link_names);
    let found = sub.any();
    if open == '(' && !found && !gw.before.trim().is_empty() {
        w.paren_texts.push(gw.before.trim().to_string());
    }
    acc.absorb(sub);
    found
}

/// Whether a bare word inside parentheses is taken as a GitHub handle. With an email in the
/// same group any plausible login is; alone, a capitalised word ("Google", "FreeType") or an
/// all-caps one ("IBM") is taken for an affiliation instead: logins written bare beside a
/// name are lower case ("Ann Lee (annlee)").
pub(super) fn bare_handle_ok(word: &str, has_contact: bool) -> bool {
    let lower = word.to_lowercase();
    let listed = [
        not_name_words(),
        not_handle_words(),
        stopwords(),
        role_keys(),
    ]
    .iter()
    .any(|list| list.contains(&lower.as_str()));
    if !is_valid_github_handle(word) || word.len() < 2 || listed || is_placeholder(word) {
        return false;
    }
    let all_caps = word.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
        && !word.bytes().any(|b| b.is_ascii_lowercase());
    let plain_word =
        word.starts_with(|c: char| c.is_uppercase()) && word.chars().all(char::is_alphabetic);
    !all_caps && (has_contact || !plain_word)
}
