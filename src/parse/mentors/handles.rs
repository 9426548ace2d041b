//! Tokens of a part: GitHub handles, emails (also obfuscated), contact labels (`GitHub:`,
//! `Email:`) and the words left for a name.

use super::*;

/// What a `key:` label introduces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
    Github,
    Email,
    Ignore,
    Name,
    Role,
    Field,
    Unknown,
}

#[derive(Debug, Default)]
pub(super) struct TokenScan {
    /// Words that are not contacts, in order.
    pub(super) words: Vec<String>,
    /// Words from here on follow a label (`Kubeflow: Alice`, `Mentor: Bob`, `Name: Carol`).
    pub(super) label_split: Option<usize>,
    /// The label at `label_split` was a `Name:` label.
    pub(super) name_label: bool,
    /// The text starts with another field's label (`Component: ...`).
    pub(super) reject: bool,
    /// Number of tokens read.
    pub(super) tokens: usize,
    /// Unlabelled `@handle`s, in order (chat handles that cannot be GitHub logins included).
    pub(super) handles: Vec<String>,
    /// The first handle given for a chat rather than GitHub (`Discord: @anya714`).
    pub(super) chat_handle: Option<String>,
}

impl TokenScan {
    /// The words making up the name, and whether they came from a `Name:` label.
    pub(super) fn name_words(&self) -> (&[String], bool) {
        match self.label_split {
            Some(k) if k < self.words.len() => (&self.words[k..], self.name_label),
            _ => (&self.words[..], false),
        }
    }
}

/// Splits text into tokens without emphasis marks; `key:value` becomes `key:` `value`, and a
/// lone `:` is joined to the token before it.
pub(super) fn tokenize(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for raw in text.split_whitespace() {
        let t = trim_decor(raw);
        if t.is_empty() {
            continue;
        }
        if t == ":" {
            if let Some(last) = out.last_mut() {
                if !last.ends_with(':') {
                    last.push(':');
                }
            }
            continue;
        }
        let link = || is_url(t) || strip_prefix_ci(t, "mailto:").is_some();
        if let Some((k, r)) = t.split_once(':').filter(|_| !link()) {
            let r = trim_decor(r);
            if !r.is_empty() && is_key_like(k) {
                // The key with its colon, as written.
                out.push(format!("{k}:"));
                out.push(r.to_string());
                continue;
            }
        }
        out.push(t.to_string());
    }
    out
}

pub(super) fn is_key_like(k: &str) -> bool {
    let count = k.chars().count();
    if count == 0 || count > 40 {
        return false;
    }
    if k.chars().all(|c| c.is_ascii_digit()) {
        return count <= 2;
    }
    k.chars().next().is_some_and(char::is_alphabetic)
        && k.chars()
            .all(|c| c.is_alphanumeric() || "-_()'.".contains(c))
}

pub(super) fn normalize_key(key: &str) -> String {
    key.to_lowercase()
        .replace("(s)", "")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// What a `key:` label means, and whether it absorbs the word before it ("GitHub handle:",
/// "Primary mentor:", "Mentor 2:").
pub(super) fn classify_key(key: &str, prev: Option<&str>) -> (Key, bool) {
    let k = normalize_key(key);
    let k = k.as_str();
    let prev = prev.map(normalize_key);
    let prev_in = |list: &[&str]| prev.as_deref().is_some_and(|p| list.contains(&p));
    let contacts = [
        (github_keys(), Key::Github),
        (email_keys(), Key::Email),
        (ignore_keys(), Key::Ignore),
    ];
    if matches!(
        k,
        "handle" | "id" | "username" | "user" | "account" | "login" | "profile" | "address"
    ) {
        let kind = contacts.iter().find(|(list, _)| prev_in(list));
        return kind.map_or((Key::Unknown, false), |&(_, kind)| (kind, true));
    }
    if k == "name" {
        return (Key::Name, prev_in(&["full", "first", "mentor", "mentors"]));
    }
    let numbered =
        k.chars().all(|c| c.is_ascii_digit()) && prev_in(&["mentor", "mentors", "co-mentor"]);
    if numbered || (matches!(k, "mentor" | "mentors") && prev_in(role_qualifiers())) {
        return (Key::Role, true);
    }
    // (The lists share no word.)
    let kinds = [
        (name_keys(), Key::Name),
        (role_keys(), Key::Role),
        (field_keys(), Key::Field),
    ];
    let kind = contacts
        .iter()
        .chain(&kinds)
        .find(|(list, _)| list.contains(&k));
    (kind.map_or(Key::Unknown, |&(_, kind)| kind), false)
}

/// Reads tokens: handles, emails (also obfuscated), GitHub URLs and labels go to `acc`, other
/// words to the result. In a group (`in_group`) words are only remembered, never names.
pub(super) fn scan_tokens(text: &str, in_group: bool, acc: &mut Acc) -> TokenScan {
    let toks = tokenize(text);
    let mut scan = TokenScan {
        tokens: toks.len(),
        ..TokenScan::default()
    };
    // The label the next token is the value of (`None`: no label).
    let mut mode = None;
    let mut email_buf: Vec<&str> = Vec::new();
    let mut prev_was_word = false;
    let mut i = 0;
    while i < toks.len() {
        let tok: &str = &toks[i];
        i += 1;
        // Whether the token before this one was a word (kept for a name).
        let after_word = std::mem::take(&mut prev_was_word);

        if is_url(tok) {
            flush_email(&mut email_buf, acc);
            if matches!(mode, None | Some(Key::Github | Key::Name)) {
                if let Some(h) = github_user_from_url(trim_contact(tok)) {
                    acc.set_github(&h, mode == Some(Key::Github));
                }
            }
            if mode == Some(Key::Github) {
                mode = None;
            }
            continue;
        }
        if let Some(addr) = strip_prefix_ci(tok, "mailto:") {
            flush_email(&mut email_buf, acc);
            acc.set_email(trim_contact(addr), mode == Some(Key::Email));
            mode = None;
            continue;
        }
        if let Some(key) = tok.strip_suffix(':').filter(|k| is_key_like(k)) {
            flush_email(&mut email_buf, acc);
            let prev = scan.words.last().filter(|_| after_word);
            let (kind, pop) = classify_key(key, prev.map(String::as_str));
            if pop {
                scan.words.pop();
            }
            match kind {
                Key::Github | Key::Email | Key::Ignore => mode = Some(kind),
                Key::Name | Key::Role => {
                    mode = Some(kind).filter(|k| *k == Key::Name);
                    scan.label_split = Some(scan.words.len());
                    scan.name_label = kind == Key::Name;
                }
                Key::Field => {
                    if scan.words.is_empty() && !acc.any() && !in_group {
                        scan.reject = true;
                        return scan;
                    }
                    mode = Some(Key::Ignore);
                }
                Key::Unknown => {
                    mode = None;
                    scan.words.push(key.to_string());
                    prev_was_word = true;
                    if !in_group {
                        scan.label_split = Some(scan.words.len());
                        scan.name_label = false;
                    }
                }
            }
            continue;
        }
        match mode {
            Some(Key::Ignore) => {
                if scan.chat_handle.is_none() {
                    let h = tok.strip_prefix('@').map(trim_contact);
                    scan.chat_handle = h.and_then(marked_handle).map(str::to_string);
                }
                continue;
            }
            Some(Key::Github) => {
                if let Some(h) = github_handle(trim_contact(tok).trim_start_matches('@')) {
                    acc.set_github(h, true);
                }
                mode = None;
                continue;
            }
            Some(Key::Email) => {
                if let Some(addr) = spaced_address(email_buf.last().copied(), tok) {
                    // "Email: m.ruiz @example.org": the address with a space before its `@`.
                    email_buf.pop();
                    flush_email(&mut email_buf, acc);
                    acc.set_email(&addr, true);
                    mode = None;
                } else if tok.contains('@') {
                    acc.set_email(trim_contact(tok), true);
                    mode = None;
                } else {
                    email_buf.push(tok);
                }
                continue;
            }
            _ => {}
        }
        let prev = scan.words.last().filter(|_| after_word);
        if let Some(addr) = spaced_address(prev.map(String::as_str), tok) {
            // "m.ruiz @example.org": an address with a space before its `@`, not a handle.
            scan.words.pop();
            acc.set_email(&addr, false);
            continue;
        }
        if let Some(rest) = tok.strip_prefix('@') {
            if let Some(h) = marked_handle(trim_contact(rest)) {
                // ("@jane.doe" names someone on a chat, never a GitHub account.)
                if is_github_shaped(h) {
                    acc.set_github(h, false);
                }
                scan.handles.push(h.to_string());
            }
            continue;
        }
        let c = trim_contact(tok);
        if c.contains('@') || has_inline_obfuscation(c) {
            acc.set_email(c, false);
            continue;
        }
        if after_word && i < toks.len() && is_at_marker(tok) {
            let prev = scan.words.last().map_or("", String::as_str);
            let next = trim_contact(&toks[i]);
            let strict = tok != "at" && tok != "At";
            let local_hint = prev.contains(['.', '_', '+'])
                || prev.chars().any(|ch| ch.is_ascii_digit())
                || next.contains('.')
                || toks.get(i + 1).is_some_and(|t| is_dot_marker(t));
            if is_local_like(prev) && is_domain_like(next) && (strict || local_hint) {
                // "ana DOT ruiz AT uni DOT edu": the local part may be obfuscated too.
                let w = &scan.words;
                let mut first = w.len() - 1;
                while first >= 2 && is_dot_marker(&w[first - 1]) && is_local_like(&w[first - 2]) {
                    first -= 2;
                }
                let mut address = format!("{} {tok} {next}", w[first..].join(" "));
                scan.words.truncate(first);
                i += 1;
                while i + 1 < toks.len()
                    && is_dot_marker(&toks[i])
                    && is_domain_like(trim_contact(&toks[i + 1]))
                {
                    address += &format!(" {} {}", toks[i], trim_contact(&toks[i + 1]));
                    i += 2;
                }
                acc.set_email(&address, mode == Some(Key::Name));
                continue;
            }
        }
        scan.words.push(tok.to_string());
        prev_was_word = true;
    }
    flush_email(&mut email_buf, acc);
    scan
}

/// An email written after an `Email:` label without an `@`: obfuscated, it is the address it
/// decodes to; what decodes to no address ("mail: quikeegmail.com", a scrape that lost its `@`)
/// is no one's email.
pub(super) fn flush_email(buf: &mut Vec<&str>, acc: &mut Acc) {
    let text = buf.join(" ");
    buf.clear();
    let text = text.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    if !is_placeholder(text) && decode_email(text).contains('@') {
        acc.set_email(text, true);
    }
}

pub(super) fn is_placeholder(text: &str) -> bool {
    placeholders().contains(&text.trim().to_lowercase().as_str())
}

/// The bracketed forms of "at" and "dot" in obfuscated addresses (`jane[at]example[dot]org`).
pub(super) const AT_MARKERS: [&str; 6] = ["[at]", "(at)", "{at}", "<at>", "[@]", "(@)"];
pub(super) const DOT_MARKERS: [&str; 6] = ["[dot]", "(dot)", "{dot}", "<dot>", "[.]", "(.)"];

pub(super) fn is_at_marker(t: &str) -> bool {
    ["at", "-at-"]
        .iter()
        .chain(&AT_MARKERS)
        .any(|m| t.eq_ignore_ascii_case(m))
}

pub(super) fn is_dot_marker(t: &str) -> bool {
    let t = trim_decor(t);
    ["dot"]
        .iter()
        .chain(&DOT_MARKERS)
        .any(|m| t.eq_ignore_ascii_case(m))
}

pub(super) fn has_inline_obfuscation(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    AT_MARKERS
        .iter()
        .find_map(|m| {
            lower
                .find(m)
                .map(|pos| pos > 0 && pos + m.len() < lower.len())
        })
        .unwrap_or(false)
}

pub(super) fn is_local_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c))
}

pub(super) fn is_domain_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
}

/// Strips emphasis, code marks and quotes around a token.
pub(super) fn trim_decor(s: &str) -> &str {
    s.trim_matches(|c: char| matches!(c, '*' | '_' | '`' | '~' | '"' | '“' | '”' | '«' | '»' | '„'))
}

/// Strips brackets, quotes and trailing punctuation around a handle, email or URL.
pub(super) fn trim_contact(s: &str) -> &str {
    s.trim_start_matches(|c: char| "<([{\"'“‘*_`".contains(c))
        .trim_end_matches(|c: char| ".,;:!?)>]}\"'”’*_`".contains(c))
}

/// An explicitly marked handle (`@x`, `GitHub: x`, trimmed of brackets and quotes) without a
/// possessive `'s`, when it is handle-shaped and no placeholder: it is kept as written even when
/// it is not a valid GitHub login, so the validator can report it.
fn marked_handle(h: &str) -> Option<&str> {
    let h = h
        .strip_suffix("'s")
        .or_else(|| h.strip_suffix("’s"))
        .unwrap_or(h);
    let shaped = h.len() <= 60
        && h.chars().any(|c| c.is_ascii_alphanumeric())
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    (shaped && !is_placeholder(h)).then_some(h)
}

/// A marked handle ([`marked_handle`]) that can be a GitHub login.
fn github_handle(h: &str) -> Option<&str> {
    marked_handle(h).filter(|h| is_github_shaped(h))
}

/// GitHub user names never hold a `.` ("@example.org" is a domain), though chat handles
/// ("@jane.doe" on Rocket.Chat or Discord) may.
pub(super) fn is_github_shaped(handle: &str) -> bool {
    !handle.contains('.')
}

/// The address `word` and `tok` make when a page writes a space before the `@` ("m.ruiz
/// @example.org"): `word` is a lower-case local part (or one with `.`, `_`, `+` or a digit,
/// never a capitalised name), and `tok` is `@` and a domain with a dot.
fn spaced_address(word: Option<&str>, tok: &str) -> Option<String> {
    let local = word?;
    let domain = trim_contact(tok.strip_prefix('@')?);
    let local_shaped = is_local_like(local)
        && (!local.chars().any(|c| c.is_uppercase())
            || local
                .chars()
                .any(|c| "._+".contains(c) || c.is_ascii_digit()));
    let addr = format!("{local}@{domain}");
    (local_shaped && domain.contains('.') && is_valid_email(&addr)).then_some(addr)
}

pub(super) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

pub(super) fn is_url(t: &str) -> bool {
    let t = t.trim_start_matches(['<', '(', '[']);
    ["http://", "https://", "www.", "github.com/"]
        .iter()
        .any(|p| strip_prefix_ci(t, p).is_some())
}

/// The user of a `https://github.com/<user>` profile URL (scheme and `www.` optional, trailing
/// slash, query and fragment allowed). Repository and organisation-page URLs give nothing.
pub(super) fn github_user_from_url(url: &str) -> Option<String> {
    let mut u = url.trim();
    for prefix in ["https://", "http://", "www."] {
        u = strip_prefix_ci(u, prefix).unwrap_or(u);
    }
    let path = strip_prefix_ci(u, "github.com/")?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let user = segments.next()?;
    if segments.next().is_some()
        || !is_valid_github_handle(user)
        || github_reserved().contains(&user.to_ascii_lowercase().as_str())
    {
        return None;
    }
    Some(user.to_string())
}
