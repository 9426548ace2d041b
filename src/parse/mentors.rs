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

use crate::model::Mentor;
use std::collections::HashMap;

/// Mentors found in the Markdown source of a "Mentor(s)" field value (the text after the label).
///
/// People are returned in the order written, each with whatever parts the page gives. Handles
/// are returned without the leading `@`; emails are kept as written (obfuscated forms such as
/// `jane AT example.org` included, see [`is_valid_email`] to tell them apart).
pub fn parse_mentors(text: &str) -> Vec<Mentor> {
    let normalized = normalize(text);
    let mut list: Vec<Mentor> = Vec::new();
    // Indent of the previous non-blank line, when that line yielded (or completed) a mentor.
    let mut prev_indent: Option<usize> = None;
    for raw in normalized.split('\n') {
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
        let body = clean_line(body);
        if body.trim().is_empty() {
            continue;
        }
        let chars: Vec<char> = body.chars().collect();
        let found = parse_line(&chars, 0);
        let single = found.len() == 1;
        let mut yielded = false;
        for (k, f) in found.into_iter().enumerate() {
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
    let words: Vec<String> = label.split_whitespace().map(str::to_string).collect();
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
        && !handle.contains("--")
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
    let mut pieces = email.split('@');
    let (local, domain) = match (pieces.next(), pieces.next(), pieces.next()) {
        (Some(l), Some(d), None) => (l, d),
        _ => return false,
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
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let labels_ok = labels.iter().all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let tld = labels.last().copied().unwrap_or("");
    labels_ok && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
}

// ---------------------------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------------------------

/// How deep brackets inside brackets are followed; deeper content is read as plain text.
const MAX_DEPTH: usize = 4;

/// A name with more words than this is prose.
const MAX_NAME_WORDS: usize = 6;

/// Words that make a candidate name prose when written in lower case ("the maintainers",
/// "Almost any committer", "please use ..."). Name particles (von, de, da, bin, ...) and words
/// that are also common given names or pinyin syllables are deliberately absent.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "all",
    "also",
    "and",
    "any",
    "are",
    "as",
    "ask",
    "at",
    "available",
    "be",
    "been",
    "but",
    "by",
    "contact",
    "could",
    "did",
    "does",
    "each",
    "etc",
    "everyone",
    "feel",
    "for",
    "free",
    "from",
    "get",
    "had",
    "has",
    "have",
    "help",
    "here",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "like",
    "looking",
    "me",
    "more",
    "must",
    "my",
    "need",
    "needed",
    "needs",
    "no",
    "not",
    "of",
    "on",
    "only",
    "or",
    "other",
    "others",
    "our",
    "out",
    "over",
    "per",
    "please",
    "reach",
    "same",
    "see",
    "shall",
    "she",
    "should",
    "some",
    "someone",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "us",
    "use",
    "using",
    "via",
    "want",
    "was",
    "we",
    "welcome",
    "were",
    "what",
    "when",
    "where",
    "who",
    "why",
    "with",
    "would",
    "you",
    "your",
];

/// Words that make a candidate name prose whatever their case.
const STRONG_STOPWORDS: &[&str] = &[
    "the", "any", "anyone", "someone", "everyone", "please", "almost",
];

/// Words that never appear in a person's name: roles, job titles, companies, and the labels of
/// links written next to mentors ("Idea discussion", "Zulip streams", "Mailing list").
const NOT_NAME_WORDS: &[&str] = &[
    "advocate",
    "analyst",
    "anyone",
    "approver",
    "approvers",
    "architect",
    "backup",
    "blog",
    "ceo",
    "channel",
    "channels",
    "chat",
    "cio",
    "co-founder",
    "co-mentor",
    "co-mentors",
    "cofounder",
    "comentor",
    "comentors",
    "committer",
    "committers",
    "communication",
    "community",
    "company",
    "consultant",
    "contact",
    "contributor",
    "contributors",
    "corp",
    "corporation",
    "cto",
    "developer",
    "developers",
    "development",
    "director",
    "discord",
    "discussion",
    "discussions",
    "docs",
    "documentation",
    "e-mail",
    "email",
    "engineer",
    "engineering",
    "engineers",
    "evangelist",
    "everyone",
    "forum",
    "founder",
    "further",
    "github",
    "gitlab",
    "gitter",
    "gmbh",
    "group",
    "here",
    "homepage",
    "inc",
    "institute",
    "intern",
    "irc",
    "issue",
    "issues",
    "lead",
    "lecturer",
    "link",
    "linkedin",
    "links",
    "list",
    "llc",
    "ltd",
    "mail",
    "mailing",
    "maintainer",
    "maintainers",
    "manager",
    "meeting",
    "meetings",
    "member",
    "members",
    "mentor",
    "mentors",
    "mentorship",
    "n/a",
    "nobody",
    "none",
    "org",
    "organisation",
    "organization",
    "position",
    "president",
    "primary",
    "principal",
    "professor",
    "profile",
    "project",
    "references",
    "related",
    "repo",
    "repository",
    "researcher",
    "resources",
    "reviewer",
    "reviewers",
    "role",
    "scientist",
    "secondary",
    "senior",
    "sig",
    "slack",
    "software",
    "someone",
    "specialist",
    "stream",
    "streams",
    "student",
    "tba",
    "tbc",
    "tbd",
    "team",
    "teams",
    "title",
    "twitter",
    "university",
    "unknown",
    "volunteer",
    "volunteers",
    "vp",
    "website",
    "wiki",
    "zulip",
];

/// Whole values that stand for "no mentor yet".
const PLACEHOLDERS: &[&str] = &[
    "?",
    "-",
    "--",
    "n.a.",
    "n/a",
    "na",
    "nil",
    "nobody",
    "none",
    "none yet",
    "not yet",
    "null",
    "open",
    "pending",
    "tba",
    "tbc",
    "tbd",
    "to be announced",
    "to be confirmed",
    "to be decided",
    "to be determined",
    "todo",
    "unknown",
    "vacant",
    "x",
    "xxx",
];

/// Single words in parentheses that are remarks, not handles: `Name (primary)`.
const NOT_HANDLE_WORDS: &[&str] = &[
    "alternate",
    "co",
    "confirmed",
    "emeritus",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "main",
    "maybe",
    "new",
    "optional",
    "pending",
    "remote",
    "shadow",
    "tentative",
    "them",
    "they",
    "xe",
];

const GITHUB_KEYS: &[&str] = &[
    "gh",
    "git",
    "github",
    "github-handle",
    "github-id",
    "github-username",
    "github_handle",
    "github_id",
    "githubhandle",
    "githubid",
];
const EMAIL_KEYS: &[&str] = &[
    "e-mail",
    "e-mails",
    "email",
    "email-address",
    "emails",
    "mail",
    "mails",
];
/// Contact keys whose value is not a GitHub handle or email (dropped).
const IGNORE_KEYS: &[&str] = &[
    "affiliation",
    "availability",
    "bitbucket",
    "blog",
    "company",
    "country",
    "dingtalk",
    "discord",
    "employer",
    "feishu",
    "gitlab",
    "gitter",
    "homepage",
    "irc",
    "job",
    "kakao",
    "keybase",
    "lark",
    "line",
    "linkedin",
    "location",
    "mastodon",
    "matrix",
    "mobile",
    "org",
    "organisation",
    "organization",
    "phone",
    "position",
    "pronouns",
    "qq",
    "role",
    "site",
    "skype",
    "slack",
    "tel",
    "telegram",
    "time-zone",
    "timezone",
    "title",
    "twitter",
    "tz",
    "url",
    "web",
    "website",
    "wechat",
    "weibo",
    "x",
    "zulip",
];
const NAME_KEYS: &[&str] = &["fullname", "full-name", "full_name", "mentor-name", "name"];
const ROLE_KEYS: &[&str] = &[
    "additional",
    "backup",
    "co-mentor",
    "co-mentors",
    "comentor",
    "comentors",
    "lead",
    "lead-mentor",
    "main",
    "mentor",
    "mentors",
    "primary",
    "primary-mentor",
    "secondary",
    "secondary-mentor",
    "shadow",
];
/// Qualifiers written before "mentor:" ("Primary mentor:", "Co mentor:").
const ROLE_QUALIFIERS: &[&str] = &[
    "additional",
    "alternate",
    "assistant",
    "backup",
    "co",
    "first",
    "lead",
    "main",
    "other",
    "possible",
    "potential",
    "primary",
    "project",
    "proposed",
    "second",
    "secondary",
    "senior",
    "shadow",
    "technical",
];
/// Labels of other idea fields: a part starting with one of these is not a mentor.
const FIELD_KEYS: &[&str] = &[
    "area",
    "areas",
    "category",
    "component",
    "components",
    "deliverable",
    "deliverables",
    "description",
    "details",
    "difficulty",
    "duration",
    "effort",
    "estimate",
    "estimated",
    "expected",
    "expected-outcome",
    "expected-outcomes",
    "goal",
    "goals",
    "gsoc",
    "hours",
    "issue",
    "issues",
    "language",
    "languages",
    "length",
    "level",
    "lfx",
    "link",
    "links",
    "note",
    "notes",
    "outcome",
    "outcomes",
    "prerequisite",
    "prerequisites",
    "program",
    "project",
    "project-size",
    "proposal",
    "recommended",
    "reference",
    "references",
    "repo",
    "repositories",
    "repository",
    "required",
    "requirement",
    "requirements",
    "size",
    "skill",
    "skills",
    "stack",
    "status",
    "summary",
    "tag",
    "tags",
    "technologies",
    "technology",
    "term",
    "time",
    "timeline",
    "type",
    "upstream",
];
/// First path segments of github.com URLs that are not user profiles.
const GITHUB_RESERVED: &[&str] = &[
    "about",
    "apps",
    "blog",
    "codespaces",
    "collections",
    "contact",
    "copilot",
    "customer-stories",
    "dashboard",
    "discussions",
    "enterprise",
    "events",
    "explore",
    "features",
    "home",
    "issues",
    "join",
    "login",
    "logout",
    "marketplace",
    "new",
    "nonprofit",
    "notifications",
    "open-source",
    "orgs",
    "organizations",
    "pages",
    "pricing",
    "pulls",
    "readme",
    "resources",
    "search",
    "security",
    "settings",
    "signup",
    "site",
    "solutions",
    "sponsors",
    "team",
    "teams",
    "topics",
    "trending",
    "users",
];

// ---------------------------------------------------------------------------------------------
// Normalisation: entities, HTML tags, odd characters, line prefixes
// ---------------------------------------------------------------------------------------------

/// Decodes entities, turns HTML line/block tags into newlines and `<a href>` into Markdown
/// links, and folds full-width punctuation and odd spaces to ASCII.
fn normalize(text: &str) -> String {
    let decoded = decode_entities(text);
    let tagged = convert_html_tags(&decoded);
    let mut out = String::with_capacity(tagged.len());
    for c in tagged.chars() {
        match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{A0}' | '\u{2007}' | '\u{202F}' | '\u{3000}' => out.push(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '（' => out.push('('),
            '）' => out.push(')'),
            '［' => out.push('['),
            '］' => out.push(']'),
            '＜' => out.push('<'),
            '＞' => out.push('>'),
            '，' | '、' => out.push(','),
            '；' => out.push(';'),
            '：' => out.push(':'),
            '＠' => out.push('@'),
            _ => out.push(c),
        }
    }
    out
}

/// Decodes the HTML entities pages use (`&lt;`, `&amp;`, `&nbsp;`, `&#64;`, `&#x40;`, ...).
/// Unknown entities are left as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let mut end = None;
        for (i, c) in after.char_indices() {
            if c == ';' {
                end = Some(i);
                break;
            }
            if i >= 10 || !(c.is_ascii_alphanumeric() || c == '#') {
                break;
            }
        }
        if let Some(e) = end {
            if let Some(decoded) = entity(&after[..e]) {
                out.push(decoded);
                rest = &after[e + 1..];
                continue;
            }
        }
        out.push('&');
        rest = after;
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "commat" => '@',
        "period" => '.',
        "comma" => ',',
        "colon" => ':',
        "lpar" => '(',
        "rpar" => ')',
        _ => return None,
    })
}

/// Rewrites known HTML tags: line/block tags become newlines, `<a href="u">t</a>` becomes
/// `[t](u)`, strike-through tags become `~~`, other inline tags vanish. Anything else in angle
/// brackets (autolinks such as `<a@b.c>`) is kept.
fn convert_html_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut href: Option<String> = None;
    let mut rest = s;
    while let Some(pos) = rest.find('<') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let mut end = None;
        for (i, c) in after.char_indices() {
            if c == '>' {
                end = Some(i);
                break;
            }
            if c == '<' || c == '\n' {
                break;
            }
        }
        if let Some(e) = end {
            if let Some(rep) = tag_replacement(&after[..e], &mut href) {
                out.push_str(&rep);
                rest = &after[e + 1..];
                continue;
            }
        }
        out.push('<');
        rest = after;
    }
    out.push_str(rest);
    out
}

fn tag_replacement(inner: &str, href: &mut Option<String>) -> Option<String> {
    let closing = inner.starts_with('/');
    let body = inner.trim_start_matches('/');
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if name_len == 0 {
        return None;
    }
    let (name, attrs) = body.split_at(name_len);
    if !(attrs.is_empty() || attrs.starts_with(|c: char| c.is_whitespace() || c == '/')) {
        return None;
    }
    let name = name.to_ascii_lowercase();
    let rep = match name.as_str() {
        "br" | "p" | "div" | "li" | "ul" | "ol" | "tr" | "td" | "th" | "hr" | "dd" | "dt"
        | "dl" | "table" | "tbody" | "thead" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        | "blockquote" | "section" | "details" | "summary" => "\n".to_string(),
        "b" | "strong" | "em" | "i" | "u" | "code" | "span" | "sub" | "sup" | "small" | "big"
        | "font" | "mark" | "kbd" | "tt" | "center" | "img" | "ins" | "abbr" | "cite" | "q"
        | "samp" | "var" | "nobr" | "wbr" => String::new(),
        "s" | "del" | "strike" => "~~".to_string(),
        "a" => {
            if closing {
                match href.take() {
                    Some(h) => format!("]({h})"),
                    None => String::new(),
                }
            } else {
                *href = extract_href(attrs);
                if href.is_some() {
                    "[".to_string()
                } else {
                    String::new()
                }
            }
        }
        _ => return None,
    };
    Some(rep)
}

fn extract_href(attrs: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let pos = lower.find("href")?;
    let rest = attrs
        .get(pos + 4..)?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value = if let Some(r) = rest.strip_prefix('"') {
        r.split('"').next()?
    } else if let Some(r) = rest.strip_prefix('\'') {
        r.split('\'').next()?
    } else {
        rest.split(char::is_whitespace).next()?
    };
    let value = value.trim();
    (!value.is_empty() && !value.contains(['(', ')', ' '])).then(|| value.to_string())
}

/// Indent width (tab = 4) and the line without blockquote, bullet, number and task markers.
fn strip_line_prefix(line: &str) -> (usize, &str) {
    let mut indent = 0;
    for c in line.chars() {
        match c {
            ' ' => indent += 1,
            '\t' => indent += 4,
            _ => break,
        }
    }
    let mut s = line.trim();
    for _ in 0..6 {
        let before = s.len();
        if let Some(r) = s.strip_prefix('>') {
            s = r.trim_start();
        }
        s = strip_bullet(s);
        s = strip_task(s);
        if s.len() == before {
            break;
        }
    }
    (indent, s.trim_end_matches('\\').trim())
}

fn strip_bullet(s: &str) -> &str {
    let Some(first) = s.chars().next() else {
        return s;
    };
    if matches!(first, '-' | '*' | '+' | '•' | '·' | '◦' | '▪' | '‣') {
        let rest = &s[first.len_utf8()..];
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            return rest.trim_start();
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &s[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            if r.is_empty() || r.starts_with(char::is_whitespace) {
                return r.trim_start();
            }
        }
    }
    s
}

fn strip_task(s: &str) -> &str {
    for mark in ["[ ]", "[x]", "[X]"] {
        if let Some(r) = s.strip_prefix(mark) {
            if r.is_empty() || r.starts_with(char::is_whitespace) {
                return r.trim_start();
            }
        }
    }
    s
}

/// Removes emphasis and code marks and struck-through spans (`~~former mentor~~`).
fn clean_line(line: &str) -> String {
    let no_marks: String = line.chars().filter(|c| !matches!(c, '*' | '`')).collect();
    let pieces: Vec<&str> = no_marks.split("~~").collect();
    let mut out = String::with_capacity(no_marks.len());
    // Pieces at odd positions are between a pair of `~~`; an unpaired last one is kept.
    let paired = if pieces.len() % 2 == 1 {
        pieces.len()
    } else {
        pieces.len() - 1
    };
    for (i, piece) in pieces.iter().enumerate() {
        if i % 2 == 0 || i >= paired {
            out.push_str(piece);
            out.push(' ');
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Lines and parts
// ---------------------------------------------------------------------------------------------

/// One person found in a part of a line.
#[derive(Debug)]
struct Found {
    mentor: Mentor,
    /// Everything known came from labels (`GitHub: x`, `Email: y`, `Name: z`).
    labelled_only: bool,
}

const NONE: usize = usize::MAX;

fn bracket_kind(c: char) -> Option<(usize, bool)> {
    match c {
        '(' => Some((0, true)),
        ')' => Some((0, false)),
        '[' => Some((1, true)),
        ']' => Some((1, false)),
        '<' => Some((2, true)),
        '>' => Some((2, false)),
        '{' => Some((3, true)),
        '}' => Some((3, false)),
        _ => None,
    }
}

fn is_opener(c: char) -> bool {
    matches!(bracket_kind(c), Some((_, true)))
}

/// For each opening bracket, the index of its matching closer (`NONE` when unmatched), in one
/// pass. A closer that does not match the innermost opener closes the nearest opener of its own
/// kind, abandoning the openers in between; a closer with no opener of its kind is literal.
fn match_table(chars: &[char]) -> Vec<usize> {
    let mut table = vec![NONE; chars.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut open = [0usize; 4];
    for (i, &c) in chars.iter().enumerate() {
        match bracket_kind(c) {
            Some((k, true)) => {
                stack.push(i);
                open[k] += 1;
            }
            Some((k, false)) if open[k] > 0 => {
                while let Some(o) = stack.pop() {
                    let ok = bracket_kind(chars[o]).map_or(0, |(ok, _)| ok);
                    open[ok] -= 1;
                    if ok == k {
                        table[o] = i;
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    table
}

/// Splits a line at top-level person separators: `,` `;` ` and ` ` & ` ` / `.
fn split_parts(chars: &[char], m: &[usize]) -> Vec<(usize, usize)> {
    let n = chars.len();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if is_opener(c) && m[i] != NONE {
            i = m[i] + 1;
            continue;
        }
        if c == ',' || c == ';' {
            parts.push((start, i));
            i += 1;
            start = i;
            continue;
        }
        if c.is_whitespace() {
            if let Some(len) = word_separator_len(chars, i) {
                parts.push((start, i));
                i += len;
                start = i;
                continue;
            }
        }
        i += 1;
    }
    parts.push((start, n));
    parts.retain(|&(s, e)| chars[s..e].iter().any(|c| !c.is_whitespace()));
    parts
}

/// Length of a ` and ` / ` & ` / ` / ` separator starting at the whitespace `chars[i]`.
fn word_separator_len(chars: &[char], i: usize) -> Option<usize> {
    let seps: [&[char]; 3] = [&['a', 'n', 'd'], &['&'], &['/']];
    for sep in seps {
        let l = sep.len();
        let end = i + 1 + l;
        if end < chars.len()
            && chars[end].is_whitespace()
            && chars[i + 1..end]
                .iter()
                .zip(sep)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
        {
            return Some(l + 2);
        }
    }
    None
}

fn trim_range(chars: &[char], s: usize, e: usize) -> (usize, usize) {
    let mut s = s;
    let mut e = e;
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// The people on one line.
fn parse_line(chars: &[char], depth: usize) -> Vec<Found> {
    let m = match_table(chars);
    let parts = split_parts(chars, &m);

    // `[Name], [Title, Company], [Github: @x, Mail: y]`: a row of bracketed parts is one person
    // when any part carries contact details.
    let bracketed = |&(s, e): &(usize, usize)| {
        let (s, e) = trim_range(chars, s, e);
        e > s + 1 && chars[s] == '[' && m[s] == e - 1
    };
    if depth < MAX_DEPTH && parts.len() >= 2 && parts.iter().all(bracketed) {
        let subs: Vec<Found> = parts
            .iter()
            .flat_map(|&(s, e)| {
                let (s, e) = trim_range(chars, s, e);
                parse_line(&chars[s + 1..e - 1], depth + 1)
            })
            .collect();
        if subs
            .iter()
            .any(|f| f.mentor.github.is_some() || f.mentor.email.is_some())
        {
            let mut mentor = Mentor::default();
            for f in subs {
                fill_missing(&mut mentor, f.mentor);
            }
            return vec![Found {
                mentor,
                labelled_only: false,
            }];
        }
    }

    let mut out = Vec::new();
    for (s, e) in parts {
        let (found, truncate) = parse_part(&chars[s..e], depth);
        out.extend(found);
        if truncate {
            break;
        }
    }
    out
}

/// Finds the first top-level spaced dash (` - `, ` -- `, ` – `, ` — `): what follows is a remark.
fn find_spaced_dash(chars: &[char], m: &[usize]) -> Option<(usize, usize)> {
    let n = chars.len();
    let mut i = 0;
    let mut seen_text = false;
    while i < n {
        let c = chars[i];
        if is_opener(c) && m[i] != NONE {
            i = m[i] + 1;
            seen_text = true;
            continue;
        }
        if c.is_whitespace() && seen_text && i + 1 < n {
            let mut j = i + 1;
            match chars[j] {
                '-' => {
                    j += 1;
                    if j < n && chars[j] == '-' {
                        j += 1;
                    }
                }
                '–' | '—' => j += 1,
                _ => {}
            }
            if j > i + 1 && (j == n || chars[j].is_whitespace()) {
                return Some((i, j));
            }
        }
        if !c.is_whitespace() {
            seen_text = true;
        }
        i += 1;
    }
    None
}

/// One person (or nothing) from one part of a line, and whether the rest of the line is a
/// remark to skip.
fn parse_part(chars: &[char], depth: usize) -> (Vec<Found>, bool) {
    let (s, e) = trim_range(chars, 0, chars.len());
    let mut chars = &chars[s..e];
    for conj in ["and ", "& "] {
        let n = conj.chars().count();
        if chars.len() > n
            && chars[..n]
                .iter()
                .zip(conj.chars())
                .all(|(a, b)| a.to_ascii_lowercase() == b)
        {
            chars = &chars[n..];
        }
    }
    if chars.is_empty() {
        return (Vec::new(), false);
    }
    let m = match_table(chars);
    let (head, tail) = match find_spaced_dash(chars, &m) {
        Some((a, b)) => (&chars[..a], Some(&chars[b..])),
        None => (chars, None),
    };

    let mut acc = Acc::default();
    let mut w = Walk::default();
    walk(head, depth, true, &mut acc, &mut w);
    if has_question(&w.before) || has_question(&w.after) {
        return (Vec::new(), false);
    }
    let scan = scan_tokens(&w.before, false, &mut acc);
    if scan.reject {
        // Another field's label: its value (which may hold commas) runs to the end of the line.
        return (Vec::new(), true);
    }
    let (words, name_labelled) = scan.name_words();
    let words = without_affiliation(words);
    let mut name = None;
    let mut name_free = false;
    if !words.is_empty() {
        if is_prose(words) {
            return (Vec::new(), false);
        }
        name = clean_name(words);
        name_free = name.is_some() && !name_labelled;
    }
    if name.is_none() {
        name = w
            .link_names
            .iter()
            .chain(w.inner_link_names.iter())
            .find_map(|n| {
                let words: Vec<String> = n.split_whitespace().map(str::to_string).collect();
                let words = without_affiliation(&words);
                if is_prose(words) {
                    None
                } else {
                    clean_name(words)
                }
            });
        name_free |= name.is_some();
    }
    // `jdoe (Jane Doe)`: a lower-case handle written first, the name in parentheses.
    if acc.github.is_none() && !name_labelled {
        let handle = name
            .as_deref()
            .filter(|n| is_bare_handle(n))
            .map(str::to_string);
        let full = w.paren_texts.iter().find_map(|t| {
            let words: Vec<String> = t.split_whitespace().map(str::to_string).collect();
            (words.len() >= 2 && !is_prose(&words) && is_capitalised(&words))
                .then(|| clean_name(&words))
                .flatten()
        });
        if let (Some(handle), Some(full)) = (handle, full) {
            acc.set_github(&handle, false);
            name = Some(full);
        }
    }

    // Remarks: text after a contact group ("Name (@x) from Red Hat") and after a spaced dash
    // ("Name (@x) - primary", "... - please use the same email ..."). Their contacts count
    // unless they read as prose; a long remark ends the line.
    // `@alice @bob`: handles side by side are different people.
    if name.is_none()
        && acc.email.is_none()
        && scan.handles.len() >= 2
        && tail.is_none()
        && w.after.trim().is_empty()
    {
        let found = scan
            .handles
            .iter()
            .map(|h| Found {
                mentor: Mentor {
                    github: Some(h.clone()),
                    ..Mentor::default()
                },
                labelled_only: false,
            })
            .collect();
        return (found, false);
    }
    let mut truncate = trailing(&w.after, Acc::default(), &mut acc);
    if let Some(tail) = tail {
        let mut tacc = Acc::default();
        let mut tw = Walk::default();
        walk(tail, depth, true, &mut tacc, &mut tw);
        let text = format!("{} {}", tw.before, tw.after);
        truncate |= trailing(&text, tacc, &mut acc);
    }

    let mentor = Mentor {
        name,
        github: acc.github,
        email: acc.email,
    };
    if mentor.is_empty() {
        return (Vec::new(), truncate);
    }
    let labelled_only = !acc.free && !name_free;
    (
        vec![Found {
            mentor,
            labelled_only,
        }],
        truncate,
    )
}

/// Reads a remark; merges its contacts into `acc` unless it is prose. True when the remark is
/// long enough that the rest of the line belongs to it.
fn trailing(text: &str, mut tacc: Acc, acc: &mut Acc) -> bool {
    if text.trim().is_empty() {
        if tacc.any() {
            acc.absorb(tacc);
        }
        return false;
    }
    let scan = scan_tokens(text, false, &mut tacc);
    let long = scan.words.len() >= 4 || has_question(text);
    if !(long || scan.reject || is_prose(&scan.words)) {
        acc.absorb(tacc);
    }
    long
}

fn has_question(text: &str) -> bool {
    text.split_whitespace()
        .any(|t| t.contains('?') && !is_url(t))
}

// ---------------------------------------------------------------------------------------------
// Walking a part: links, groups, residual text
// ---------------------------------------------------------------------------------------------

/// Contact details gathered for one person.
#[derive(Debug, Default)]
struct Acc {
    github: Option<String>,
    email: Option<String>,
    /// Something was found without a label.
    free: bool,
}

impl Acc {
    fn set_github(&mut self, handle: &str, labelled: bool) {
        if self.github.is_none() {
            self.github = Some(handle.to_string());
            self.free |= !labelled;
        }
    }

    fn set_email(&mut self, email: &str, labelled: bool) {
        let email = email.trim();
        if self.email.is_none() && !email.is_empty() {
            self.email = Some(email.to_string());
            self.free |= !labelled;
        }
    }

    fn any(&self) -> bool {
        self.github.is_some() || self.email.is_some()
    }

    fn absorb(&mut self, other: Acc) {
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
struct Walk {
    /// Text before the first contact-bearing construct that follows some text.
    before: String,
    /// Text after it (a remark).
    after: String,
    closed: bool,
    /// Texts of top-level links (`[Name](url)`), name candidates.
    link_names: Vec<String>,
    /// Texts of links inside groups, weaker name candidates.
    inner_link_names: Vec<String>,
    /// Plain texts of top-level parenthesised groups that gave no contact (`jdoe (Jane Doe)`).
    paren_texts: Vec<String>,
}

impl Walk {
    fn push(&mut self, c: char) {
        if self.closed {
            self.after.push(c);
        } else {
            self.before.push(c);
        }
    }

    fn push_all(&mut self, chars: &[char]) {
        for &c in chars {
            self.push(c);
        }
    }

    fn close_if_text(&mut self) {
        if !self.before.trim().is_empty() {
            self.closed = true;
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum GroupKind {
    Paren,
    Angle,
}

/// Bracket contents kept as plain text: `(at)`, `[dot]` in obfuscated addresses and the `(s)`
/// of `Mentor(s)`.
fn is_literal_group(inner: &[char]) -> bool {
    let s: String = inner.iter().collect();
    matches!(
        s.trim().to_ascii_lowercase().as_str(),
        "at" | "dot" | "s" | "es" | "@" | "."
    )
}

/// Takes links, parenthesised and angle-bracketed groups out of `chars`, reading their contacts
/// into `acc`; the remaining text goes to `w`.
fn walk(chars: &[char], depth: usize, top: bool, acc: &mut Acc, w: &mut Walk) {
    let m = match_table(chars);
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        match c {
            '!' if i + 1 < n && chars[i + 1] == '[' && m[i + 1] != NONE => {
                // An image: dropped.
                let j = m[i + 1];
                i = if j + 1 < n && chars[j + 1] == '(' && m[j + 1] != NONE {
                    m[j + 1] + 1
                } else {
                    j + 1
                };
                w.push(' ');
            }
            '[' if m[i] != NONE => {
                let j = m[i];
                let inner = &chars[i + 1..j];
                if j + 1 < n && chars[j + 1] == '(' && m[j + 1] != NONE {
                    let k = m[j + 1];
                    let (contact, named) = link(inner, &chars[j + 2..k], acc, w, top);
                    if top && (contact || named) {
                        if named {
                            w.closed = true;
                        } else {
                            w.close_if_text();
                        }
                    }
                    w.push(' ');
                    i = k + 1;
                } else if is_literal_group(inner) {
                    w.push_all(&chars[i..=j]);
                    i = j + 1;
                } else {
                    // `[text]`, or `[text][ref]`: the text is read in place, the label dropped.
                    w.push(' ');
                    if depth < MAX_DEPTH {
                        walk(inner, depth + 1, top, acc, w);
                    } else {
                        w.push_all(inner);
                    }
                    w.push(' ');
                    i = if j + 1 < n && chars[j + 1] == '[' && m[j + 1] != NONE {
                        m[j + 1] + 1
                    } else {
                        j + 1
                    };
                }
            }
            '(' | '<' if m[i] != NONE => {
                let j = m[i];
                let inner = &chars[i + 1..j];
                if is_literal_group(inner) {
                    w.push_all(&chars[i..=j]);
                } else {
                    let kind = if c == '(' {
                        GroupKind::Paren
                    } else {
                        GroupKind::Angle
                    };
                    let found = depth < MAX_DEPTH && group(inner, kind, depth + 1, acc, w);
                    if top && found {
                        w.close_if_text();
                    }
                    w.push(' ');
                }
                i = j + 1;
            }
            '{' if m[i] != NONE && is_literal_group(&chars[i + 1..m[i]]) => {
                w.push_all(&chars[i..=m[i]]);
                i = m[i] + 1;
            }
            '(' | ')' | '[' | ']' | '<' | '>' | '{' | '}' => {
                w.push(' ');
                i += 1;
            }
            _ => {
                w.push(c);
                i += 1;
            }
        }
    }
}

/// Reads a Markdown link. Returns (gave a contact, gave a name candidate).
fn link(text: &[char], url: &[char], acc: &mut Acc, w: &mut Walk, top: bool) -> (bool, bool) {
    let text: String = text.iter().collect();
    let text = text
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
    if let Some(addr) = strip_prefix_ci(url, "mailto:") {
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

/// Reads a `( ... )` or `< ... >` group. True when it gave a handle or an email.
fn group(inner: &[char], kind: GroupKind, depth: usize, acc: &mut Acc, w: &mut Walk) -> bool {
    if kind == GroupKind::Angle {
        let s: String = inner.iter().collect();
        let t = s.trim();
        if !t.starts_with('<') && !t.contains(char::is_whitespace) && !t.is_empty() {
            if let Some(addr) = strip_prefix_ci(t, "mailto:") {
                acc.set_email(addr, false);
                return true;
            }
            if is_url(t) {
                return match github_user_from_url(t) {
                    Some(h) => {
                        acc.set_github(&h, false);
                        true
                    }
                    None => false,
                };
            }
            if let Some(h) = t.strip_prefix('@') {
                if is_valid_github_handle(h) {
                    acc.set_github(h, false);
                    return true;
                }
                return false;
            }
            if t.contains('@') {
                acc.set_email(t, false);
                return true;
            }
        }
    }
    let mut sub = Acc::default();
    let mut gw = Walk::default();
    walk(inner, depth, false, &mut sub, &mut gw);
    let mut bare: Vec<String> = Vec::new();
    for item in gw.before.split([',', ';', '|']) {
        let scan = scan_tokens(item, true, &mut sub);
        if !scan.reject && scan.tokens == 1 && scan.words.len() == 1 {
            bare.extend(scan.words);
        }
    }
    // `Name (handle, email)`: a single bare word can be the handle.
    if kind == GroupKind::Paren && sub.github.is_none() {
        let has_contact = sub.email.is_some();
        if let Some(b) = bare.iter().find(|b| bare_handle_ok(b, has_contact)) {
            sub.set_github(b, false);
        }
    }
    w.inner_link_names.extend(gw.link_names);
    w.inner_link_names.extend(gw.inner_link_names);
    let found = sub.any();
    if kind == GroupKind::Paren && !found && !gw.before.trim().is_empty() {
        w.paren_texts.push(gw.before.trim().to_string());
    }
    acc.absorb(sub);
    found
}

/// Whether a bare word inside parentheses is taken as a GitHub handle. With an email in the
/// same group any plausible login is; alone, a capitalised ordinary word ("Google") or an
/// all-caps one ("IBM") is taken for an affiliation instead.
fn bare_handle_ok(word: &str, has_contact: bool) -> bool {
    let lower = word.to_lowercase();
    if !is_valid_github_handle(word)
        || word.len() < 2
        || NOT_NAME_WORDS.contains(&lower.as_str())
        || NOT_HANDLE_WORDS.contains(&lower.as_str())
        || STOPWORDS.contains(&lower.as_str())
        || is_placeholder(word)
        || ROLE_KEYS.contains(&lower.as_str())
    {
        return false;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_uppercase());
    if all_caps {
        return false;
    }
    let mut chars = word.chars();
    let capitalised_plain = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    has_contact || !capitalised_plain
}

// ---------------------------------------------------------------------------------------------
// Tokens: handles, emails, labels, name words
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Free,
    Github,
    Email,
    Ignore,
    Name,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Key {
    Github,
    Email,
    Ignore,
    Name,
    Role,
    Field,
    Unknown,
}

#[derive(Debug, Default)]
struct TokenScan {
    /// Words that are not contacts, in order.
    words: Vec<String>,
    /// Words from here on follow a label (`Kubeflow: Alice`, `Mentor: Bob`, `Name: Carol`).
    label_split: Option<usize>,
    /// The label at `label_split` was a `Name:` label.
    name_label: bool,
    /// The text starts with another field's label (`Component: ...`).
    reject: bool,
    /// Number of tokens read.
    tokens: usize,
    /// Unlabelled `@handle`s, in order.
    handles: Vec<String>,
}

impl TokenScan {
    /// The words making up the name, and whether they came from a `Name:` label.
    fn name_words(&self) -> (&[String], bool) {
        match self.label_split {
            Some(k) if k < self.words.len() => (&self.words[k..], self.name_label),
            Some(_) => (&self.words[..], false),
            None => (&self.words[..], false),
        }
    }
}

/// Splits text into tokens without emphasis marks; `key:value` becomes `key:` `value`, and a
/// lone `:` is joined to the token before it.
fn tokenize(text: &str) -> Vec<String> {
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
        if !is_url(t) && strip_prefix_ci(t, "mailto:").is_none() {
            if let Some(pos) = t.find(':') {
                let (k, r) = (&t[..pos], &t[pos + 1..]);
                let r = trim_decor(r);
                if !r.is_empty() && is_key_like(k) {
                    out.push(format!("{k}:"));
                    out.push(r.to_string());
                    continue;
                }
            }
        }
        out.push(t.to_string());
    }
    out
}

fn is_key_like(k: &str) -> bool {
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

fn normalize_key(key: &str) -> String {
    key.to_lowercase()
        .replace("(s)", "")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// What a `key:` label means, and whether it absorbs the word before it ("GitHub handle:",
/// "Primary mentor:", "Mentor 2:").
fn classify_key(key: &str, prev: Option<&str>) -> (Key, bool) {
    let k = normalize_key(key);
    let k = k.as_str();
    let prev = prev.map(normalize_key);
    let prev = prev.as_deref();
    let prev_in = |list: &[&str]| prev.is_some_and(|p| list.contains(&p));
    if GITHUB_KEYS.contains(&k) {
        return (Key::Github, false);
    }
    if EMAIL_KEYS.contains(&k) {
        return (Key::Email, false);
    }
    if matches!(
        k,
        "handle" | "id" | "username" | "user" | "account" | "login" | "profile" | "address"
    ) {
        if prev_in(GITHUB_KEYS) {
            return (Key::Github, true);
        }
        if prev_in(EMAIL_KEYS) {
            return (Key::Email, true);
        }
        if prev_in(IGNORE_KEYS) {
            return (Key::Ignore, true);
        }
        return (Key::Unknown, false);
    }
    if k == "name" {
        return (Key::Name, prev_in(&["full", "first", "mentor", "mentors"]));
    }
    if NAME_KEYS.contains(&k) {
        return (Key::Name, false);
    }
    if matches!(k, "mentor" | "mentors") && prev_in(ROLE_QUALIFIERS) {
        return (Key::Role, true);
    }
    if k.chars().all(|c| c.is_ascii_digit()) && prev_in(&["mentor", "mentors", "co-mentor"]) {
        return (Key::Role, true);
    }
    if ROLE_KEYS.contains(&k) {
        return (Key::Role, false);
    }
    if IGNORE_KEYS.contains(&k) {
        return (Key::Ignore, false);
    }
    if FIELD_KEYS.contains(&k) {
        return (Key::Field, false);
    }
    (Key::Unknown, false)
}

/// Reads tokens: handles, emails (also obfuscated), GitHub URLs and labels go to `acc`, other
/// words to the result. In a group (`in_group`) words are only remembered, never names.
fn scan_tokens(text: &str, in_group: bool, acc: &mut Acc) -> TokenScan {
    let toks = tokenize(text);
    let mut scan = TokenScan {
        tokens: toks.len(),
        ..TokenScan::default()
    };
    let mut mode = Mode::Free;
    let mut email_buf: Vec<&str> = Vec::new();
    let mut prev_was_word = false;
    let mut i = 0;
    while i < toks.len() {
        let tok = toks[i].as_str();
        i += 1;

        if is_url(tok) {
            flush_email(&mut email_buf, acc);
            if matches!(mode, Mode::Free | Mode::Github | Mode::Name) {
                if let Some(h) = github_user_from_url(trim_contact(tok)) {
                    acc.set_github(&h, mode == Mode::Github);
                }
            }
            if mode == Mode::Github {
                mode = Mode::Free;
            }
            prev_was_word = false;
            continue;
        }
        if let Some(addr) = strip_prefix_ci(tok, "mailto:") {
            flush_email(&mut email_buf, acc);
            acc.set_email(trim_contact(addr), mode == Mode::Email);
            mode = Mode::Free;
            prev_was_word = false;
            continue;
        }
        if let Some(key) = tok.strip_suffix(':').filter(|k| is_key_like(k)) {
            flush_email(&mut email_buf, acc);
            let prev = if prev_was_word {
                scan.words.last().map(String::as_str)
            } else {
                None
            };
            let (kind, pop) = classify_key(key, prev);
            if pop {
                scan.words.pop();
            }
            prev_was_word = false;
            match kind {
                Key::Github => mode = Mode::Github,
                Key::Email => mode = Mode::Email,
                Key::Ignore => mode = Mode::Ignore,
                Key::Name => {
                    mode = Mode::Name;
                    scan.label_split = Some(scan.words.len());
                    scan.name_label = true;
                }
                Key::Role => {
                    mode = Mode::Free;
                    scan.label_split = Some(scan.words.len());
                    scan.name_label = false;
                }
                Key::Field => {
                    if scan.words.is_empty() && !acc.any() && !in_group {
                        scan.reject = true;
                        return scan;
                    }
                    mode = Mode::Ignore;
                }
                Key::Unknown => {
                    mode = Mode::Free;
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
            Mode::Ignore => {
                prev_was_word = false;
                continue;
            }
            Mode::Github => {
                let h = strip_possessive(trim_contact(tok).trim_start_matches('@'));
                if looks_like_handle(h) && !is_placeholder(h) {
                    acc.set_github(h, true);
                }
                mode = Mode::Free;
                prev_was_word = false;
                continue;
            }
            Mode::Email => {
                if tok.contains('@') {
                    acc.set_email(trim_contact(tok), true);
                    mode = Mode::Free;
                } else {
                    email_buf.push(tok);
                }
                prev_was_word = false;
                continue;
            }
            Mode::Free | Mode::Name => {}
        }
        if let Some(rest) = tok.strip_prefix('@') {
            let h = strip_possessive(trim_contact(rest));
            if looks_like_handle(h) && !is_placeholder(h) {
                acc.set_github(h, false);
                scan.handles.push(h.to_string());
            }
            prev_was_word = false;
            continue;
        }
        let c = trim_contact(tok);
        if c.contains('@') || has_inline_obfuscation(c) {
            acc.set_email(c, false);
            prev_was_word = false;
            continue;
        }
        if prev_was_word && i < toks.len() && is_at_marker(tok) {
            let prev = scan.words.last().map(String::as_str).unwrap_or("");
            let next = trim_contact(&toks[i]);
            let strict = tok != "at" && tok != "At";
            let local_hint = prev.contains(['.', '_', '+'])
                || prev.chars().any(|ch| ch.is_ascii_digit())
                || next.contains('.')
                || toks.get(i + 1).is_some_and(|t| is_dot_marker(t));
            if is_local_like(prev) && is_domain_like(next) && (strict || local_hint) {
                let mut address = format!("{prev} {tok} {next}");
                i += 1;
                while i + 1 < toks.len()
                    && is_dot_marker(&toks[i])
                    && is_domain_like(trim_contact(&toks[i + 1]))
                {
                    address.push(' ');
                    address.push_str(&toks[i]);
                    address.push(' ');
                    address.push_str(trim_contact(&toks[i + 1]));
                    i += 2;
                }
                scan.words.pop();
                acc.set_email(&address, mode == Mode::Name);
                prev_was_word = false;
                continue;
            }
        }
        scan.words.push(tok.to_string());
        prev_was_word = true;
    }
    flush_email(&mut email_buf, acc);
    scan
}

/// An email written after an `Email:` label without an `@` is kept as written (obfuscated).
fn flush_email(buf: &mut Vec<&str>, acc: &mut Acc) {
    if buf.is_empty() {
        return;
    }
    let text = buf.join(" ");
    buf.clear();
    let text = text.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    if !text.is_empty() && !is_placeholder(text) && text.chars().any(|c| c.is_alphanumeric()) {
        acc.set_email(text, true);
    }
}

fn is_placeholder(text: &str) -> bool {
    PLACEHOLDERS.contains(&text.trim().to_lowercase().as_str())
}

fn is_at_marker(t: &str) -> bool {
    matches!(
        t.to_ascii_lowercase().as_str(),
        "at" | "[at]" | "(at)" | "{at}" | "<at>"
    )
}

fn is_dot_marker(t: &str) -> bool {
    matches!(
        trim_decor(t).to_ascii_lowercase().as_str(),
        "dot" | "[dot]" | "(dot)" | "{dot}" | "<dot>"
    )
}

fn has_inline_obfuscation(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    for marker in ["[at]", "(at)", "{at}", "<at>"] {
        if let Some(pos) = lower.find(marker) {
            return pos > 0 && pos + marker.len() < lower.len();
        }
    }
    false
}

fn is_local_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c))
}

fn is_domain_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars().any(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
}

/// Strips emphasis, code marks and quotes around a token.
fn trim_decor(s: &str) -> &str {
    s.trim_matches(|c: char| matches!(c, '*' | '_' | '`' | '~' | '"' | '“' | '”' | '«' | '»' | '„'))
}

/// Strips brackets, quotes and trailing punctuation around a handle, email or URL.
fn trim_contact(s: &str) -> &str {
    s.trim_start_matches(|c: char| "<([{\"'“‘*_`".contains(c))
        .trim_end_matches(|c: char| ".,;:!?)>]}\"'”’*_`".contains(c))
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        s.get(prefix.len()..)
    } else {
        None
    }
}

fn is_url(t: &str) -> bool {
    let t = t.trim_start_matches(['<', '(', '[']);
    ["http://", "https://", "www.", "github.com/"]
        .iter()
        .any(|p| strip_prefix_ci(t, p).is_some())
}

/// The user of a `https://github.com/<user>` profile URL (scheme and `www.` optional, trailing
/// slash, query and fragment allowed). Repository and organisation-page URLs give nothing.
fn github_user_from_url(url: &str) -> Option<String> {
    let mut u = url.trim();
    for scheme in ["https://", "http://"] {
        if let Some(r) = strip_prefix_ci(u, scheme) {
            u = r;
        }
    }
    if let Some(r) = strip_prefix_ci(u, "www.") {
        u = r;
    }
    let path = strip_prefix_ci(u, "github.com/")?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    let user = segments.next()?;
    if segments.next().is_some()
        || !is_valid_github_handle(user)
        || GITHUB_RESERVED.contains(&user.to_ascii_lowercase().as_str())
    {
        return None;
    }
    Some(user.to_string())
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/// True when candidate name words read as prose: a question, too many words, or a function
/// word ("the maintainers", "Almost any committer", "do you want to help").
fn is_prose(words: &[String]) -> bool {
    if words.len() > MAX_NAME_WORDS {
        return true;
    }
    words.iter().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.contains('?')
            || STOPWORDS.contains(&bare)
            || STRONG_STOPWORDS.contains(&bare.to_lowercase().as_str())
    })
}

/// Name words without a trailing affiliation: "Ryan Curtin from mlpack" -> "Ryan Curtin",
/// "Jane Doe at Example Corp" -> "Jane Doe". Only when the words before "from"/"at" are a
/// capitalised name of at most four words.
fn without_affiliation(words: &[String]) -> &[String] {
    let cut = words
        .iter()
        .position(|w| w == "from" || w == "at")
        .filter(|&i| (1..=4).contains(&i) && i + 1 < words.len());
    match cut {
        Some(i) if is_capitalised(&words[..i]) => &words[..i],
        _ => words,
    }
}

/// Whether every word starts with an upper-case letter (a name as commonly written).
fn is_capitalised(words: &[String]) -> bool {
    words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A single lower-case word that is a valid GitHub login (`jdoe`, `dm4`): a handle, not a name.
fn is_bare_handle(word: &str) -> bool {
    is_valid_github_handle(word) && !word.chars().any(|c| c.is_ascii_uppercase())
}

/// A display name from candidate words, or `None` when they are not a person's name.
fn clean_name(words: &[String]) -> Option<String> {
    // Emoji and other non-ASCII symbols are dropped; ASCII punctuation is judged below.
    let words: Vec<String> = words
        .iter()
        .map(|w| {
            trim_decor(w)
                .chars()
                .filter(|&c| c.is_ascii() || c.is_alphanumeric() || is_name_punct(c))
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let mut name = joined
        .trim_matches(|c: char| c.is_whitespace() || ":,;|-–—/\\\"'()[]{}<>=~_#".contains(c))
        .to_string();
    // A trailing full stop goes, unless it ends an initial or "Jr.".
    if let Some(stripped) = name.strip_suffix('.') {
        let last = stripped.rsplit(' ').next().unwrap_or("");
        if last.chars().count() > 2 || !last.chars().all(char::is_alphabetic) {
            name = stripped.trim_end().to_string();
        }
    }
    if name.is_empty()
        || name.starts_with('@')
        || !name.chars().any(char::is_alphabetic)
        || is_placeholder(&name)
    {
        return None;
    }
    // Digits only in a one-word name ("dm4"): "Mentor 2" is not a person.
    let one_word = !name.contains(' ');
    if !name.chars().all(|c| {
        c.is_alphabetic() || c == ' ' || is_name_punct(c) || (one_word && c.is_ascii_digit())
    }) {
        return None;
    }
    let parts: Vec<&str> = name.split(' ').collect();
    if parts.len() > MAX_NAME_WORDS
        || parts.iter().any(|p| {
            let lower = p.trim_end_matches('.').to_lowercase();
            NOT_NAME_WORDS.contains(&lower.as_str())
        })
    {
        return None;
    }
    Some(name)
}

/// Punctuation and marks a name may contain besides letters and spaces.
fn is_name_punct(c: char) -> bool {
    ".-'’‘·‐ʻ".contains(c) || ('\u{300}'..='\u{36F}').contains(&c)
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

/// Keeps each person once: the same handle, the same email (case-insensitive), or the same name
/// with no contradicting handle or email. Missing parts are filled from the later mention.
pub fn dedupe(list: Vec<Mentor>) -> Vec<Mentor> {
    let mut out: Vec<Mentor> = Vec::new();
    let mut by_github: HashMap<String, usize> = HashMap::new();
    let mut by_email: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let key = |s: &Option<String>| s.as_ref().map(|v| v.to_lowercase());
    for m in list {
        let found = key(&m.github)
            .and_then(|g| by_github.get(&g).copied())
            .or_else(|| key(&m.email).and_then(|e| by_email.get(&e).copied()))
            .or_else(|| {
                key(&m.name)
                    .and_then(|n| by_name.get(&n).copied())
                    .filter(|&i| same(&out[i].github, &m.github) && same(&out[i].email, &m.email))
            });
        let idx = match found {
            Some(i) => {
                fill_missing(&mut out[i], m);
                i
            }
            None => {
                out.push(m);
                out.len() - 1
            }
        };
        let entry = &out[idx];
        if let Some(g) = key(&entry.github) {
            by_github.entry(g).or_insert(idx);
        }
        if let Some(e) = key(&entry.email) {
            by_email.entry(e).or_insert(idx);
        }
        if let Some(n) = key(&entry.name) {
            by_name.entry(n).or_insert(idx);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(name: Option<&str>, github: Option<&str>, email: Option<&str>) -> Mentor {
        Mentor {
            name: name.map(str::to_string),
            github: github.map(str::to_string),
            email: email.map(str::to_string),
        }
    }

    fn check(cases: &[(&str, Vec<Mentor>)]) {
        for (input, want) in cases {
            let got = parse_mentors(input);
            assert_eq!(&got, want, "input: {input:?}");
        }
    }

    #[test]
    fn name_handle_email_forms() {
        check(&[
            (
                "Ashna Mehrotra (@ashnamehrotra, ashnamehrotra@gmail.com)",
                vec![m(
                    Some("Ashna Mehrotra"),
                    Some("ashnamehrotra"),
                    Some("ashnamehrotra@gmail.com"),
                )],
            ),
            (
                "Ashna Mehrotra (ashnamehrotra, ashnamehrotra@gmail.com)",
                vec![m(
                    Some("Ashna Mehrotra"),
                    Some("ashnamehrotra"),
                    Some("ashnamehrotra@gmail.com"),
                )],
            ),
            (
                "Alex Meijer (@ameijer , alexander.meijer@ibm.com)",
                vec![m(
                    Some("Alex Meijer"),
                    Some("ameijer"),
                    Some("alexander.meijer@ibm.com"),
                )],
            ),
            (
                "Sun Weixiang(@veophi, Vec.G.Sun@gmail.com)",
                vec![m(
                    Some("Sun Weixiang"),
                    Some("veophi"),
                    Some("Vec.G.Sun@gmail.com"),
                )],
            ),
            (
                "yi (@0yi0 yi@secondstate.io)",
                vec![m(Some("yi"), Some("0yi0"), Some("yi@secondstate.io"))],
            ),
            (
                "Shida Qiu (@SataQiu)",
                vec![m(Some("Shida Qiu"), Some("SataQiu"), None)],
            ),
            (
                "Shida Qiu (SataQiu)",
                vec![m(Some("Shida Qiu"), Some("SataQiu"), None)],
            ),
            (
                "Paolo Dettori: (@pdettori, dettori@us.ibm.com)",
                vec![m(
                    Some("Paolo Dettori"),
                    Some("pdettori"),
                    Some("dettori@us.ibm.com"),
                )],
            ),
            (
                "Hung-Ying Tai (@hydai, hydai@secondstate.io) - Primary",
                vec![m(
                    Some("Hung-Ying Tai"),
                    Some("hydai"),
                    Some("hydai@secondstate.io"),
                )],
            ),
            (
                "Hung-Ying Tai (@hydai, hydai@secondstate.io) - primary",
                vec![m(
                    Some("Hung-Ying Tai"),
                    Some("hydai"),
                    Some("hydai@secondstate.io"),
                )],
            ),
            (
                "Heiko Strathmann (github: karlnapf, IRC: HeikoS)",
                vec![m(Some("Heiko Strathmann"), Some("karlnapf"), None)],
            ),
            (
                "Git Author < <author@example.org> >",
                vec![m(Some("Git Author"), None, Some("author@example.org"))],
            ),
            (
                "Jane Doe (jane@example.com)",
                vec![m(Some("Jane Doe"), None, Some("jane@example.com"))],
            ),
            (
                "jane@example.com",
                vec![m(None, None, Some("jane@example.com"))],
            ),
            (
                "<jane@example.com>",
                vec![m(None, None, Some("jane@example.com"))],
            ),
            (
                "Craig Box (@craigbox, craig.box AT gee-mail)",
                vec![m(
                    Some("Craig Box"),
                    Some("craigbox"),
                    Some("craig.box AT gee-mail"),
                )],
            ),
            (
                "Jane Roe (jane [at] example [dot] org)",
                vec![m(
                    Some("Jane Roe"),
                    None,
                    Some("jane [at] example [dot] org"),
                )],
            ),
            (
                "Jane Roe, Email: jane(at)example.org",
                vec![m(Some("Jane Roe"), None, Some("jane(at)example.org"))],
            ),
            (
                "Ana Lee (@analee, ana@example.com) - please use the same email address as you \
                 use on the LFX platform, and apply there",
                vec![m(Some("Ana Lee"), Some("analee"), Some("ana@example.com"))],
            ),
            (
                "Ana Lee (@analee) from Example Corp",
                vec![m(Some("Ana Lee"), Some("analee"), None)],
            ),
            (
                "**Bob Stone** (`@bstone`)",
                vec![m(Some("Bob Stone"), Some("bstone"), None)],
            ),
        ]);
    }

    #[test]
    fn role_labels_are_dropped() {
        check(&[
            (
                "Alice Frosi <afrosi@redhat.com>, Co-mentor: Luboslav Pivarcl <lpivarc@redhat.com>",
                vec![
                    m(Some("Alice Frosi"), None, Some("afrosi@redhat.com")),
                    m(Some("Luboslav Pivarcl"), None, Some("lpivarc@redhat.com")),
                ],
            ),
            (
                "Mentor: Alice Frosi, Co-Mentor: Bob Ray",
                vec![
                    m(Some("Alice Frosi"), None, None),
                    m(Some("Bob Ray"), None, None),
                ],
            ),
            (
                "Primary: Alice Frosi (@afrosi)\nSecondary: Bob Ray (@bray)",
                vec![
                    m(Some("Alice Frosi"), Some("afrosi"), None),
                    m(Some("Bob Ray"), Some("bray"), None),
                ],
            ),
            (
                "Primary mentor: Alice Frosi",
                vec![m(Some("Alice Frosi"), None, None)],
            ),
            (
                "Alice Frosi (primary), Bob Ray (co-mentor)",
                vec![
                    m(Some("Alice Frosi"), None, None),
                    m(Some("Bob Ray"), None, None),
                ],
            ),
        ]);
    }

    #[test]
    fn markdown_links() {
        check(&[
            (
                "[Rick](https://github.com/LinuxSuRen/), [Shaowen Chen](https://github.com/shaowenchen/)",
                vec![
                    m(Some("Rick"), Some("LinuxSuRen"), None),
                    m(Some("Shaowen Chen"), Some("shaowenchen"), None),
                ],
            ),
            (
                "[@handle](https://github.com/handle)",
                vec![m(None, Some("handle"), None)],
            ),
            (
                "[Name Person](https://example.org/~name)",
                vec![m(Some("Name Person"), None, None)],
            ),
            (
                "[A Person](https://github.com/a), and [B Person](https://github.com/b)",
                vec![
                    m(Some("A Person"), Some("a"), None),
                    m(Some("B Person"), Some("b"), None),
                ],
            ),
            (
                "[A](https://github.com/a), and [B](https://github.com/b)",
                vec![m(Some("A"), Some("a"), None), m(Some("B"), Some("b"), None)],
            ),
            (
                "[shaowenchen](https://github.com/shaowenchen)",
                vec![m(None, Some("shaowenchen"), None)],
            ),
            (
                "[jane@example.com](mailto:jane@example.com)",
                vec![m(None, None, Some("jane@example.com"))],
            ),
            (
                "Jane Doe ([GitHub](https://github.com/janedoe))",
                vec![m(Some("Jane Doe"), Some("janedoe"), None)],
            ),
            (
                "Jane Doe https://github.com/janedoe",
                vec![m(Some("Jane Doe"), Some("janedoe"), None)],
            ),
            (
                "Jane Doe <https://github.com/janedoe>",
                vec![m(Some("Jane Doe"), Some("janedoe"), None)],
            ),
            (
                "[Jane Doe](https://github.com/org/repo)",
                vec![m(Some("Jane Doe"), None, None)],
            ),
            (
                "<a href=\"https://github.com/janedoe\">Jane Doe</a>",
                vec![m(Some("Jane Doe"), Some("janedoe"), None)],
            ),
        ]);
    }

    #[test]
    fn separators_and_bare_forms() {
        check(&[
            (
                "@juliusvonkohout\n@Electronic-Waste",
                vec![
                    m(None, Some("juliusvonkohout"), None),
                    m(None, Some("Electronic-Waste"), None),
                ],
            ),
            (
                "@alice @bob",
                vec![m(None, Some("alice"), None), m(None, Some("bob"), None)],
            ),
            (
                "@Electronic-Waste , Andrey Velichkevich, TBD",
                vec![
                    m(None, Some("Electronic-Waste"), None),
                    m(Some("Andrey Velichkevich"), None, None),
                ],
            ),
            (
                "Julius von Kohout",
                vec![m(Some("Julius von Kohout"), None, None)],
            ),
            (
                "Ricardo Martinelli, Shivay Lamba",
                vec![
                    m(Some("Ricardo Martinelli"), None, None),
                    m(Some("Shivay Lamba"), None, None),
                ],
            ),
            (
                "Ann Lee, Bo Chen, and Cy Diaz",
                vec![
                    m(Some("Ann Lee"), None, None),
                    m(Some("Bo Chen"), None, None),
                    m(Some("Cy Diaz"), None, None),
                ],
            ),
            (
                "A, B, and C",
                vec![
                    m(Some("A"), None, None),
                    m(Some("B"), None, None),
                    m(Some("C"), None, None),
                ],
            ),
            (
                "Ann Lee and Bo Chen / Cy Diaz; Di Ma & Ed Wu",
                vec![
                    m(Some("Ann Lee"), None, None),
                    m(Some("Bo Chen"), None, None),
                    m(Some("Cy Diaz"), None, None),
                    m(Some("Di Ma"), None, None),
                    m(Some("Ed Wu"), None, None),
                ],
            ),
            (
                "Feynman Zhou、liu jin hui",
                vec![
                    m(Some("Feynman Zhou"), None, None),
                    m(Some("liu jin hui"), None, None),
                ],
            ),
            (
                "Feynman Zhou，liu jin hui",
                vec![
                    m(Some("Feynman Zhou"), None, None),
                    m(Some("liu jin hui"), None, None),
                ],
            ),
            (
                "Ann Lee<br />Bo Chen<br>Cy Diaz</br>Di Ma",
                vec![
                    m(Some("Ann Lee"), None, None),
                    m(Some("Bo Chen"), None, None),
                    m(Some("Cy Diaz"), None, None),
                    m(Some("Di Ma"), None, None),
                ],
            ),
            (
                "Ann &amp; Bo &lt;ann@example.com&gt;",
                vec![
                    m(Some("Ann"), None, None),
                    m(Some("Bo"), None, Some("ann@example.com")),
                ],
            ),
            ("_Ann   Lee_  ", vec![m(Some("Ann Lee"), None, None)]),
        ]);
    }

    #[test]
    fn bracketed_rows_describe_one_person() {
        check(&[
            (
                "[Shekhar Prasad Rajak], [Software Development Engineer, Apple Inc], \
                 [Github: @Shekharrajak , Mail: shekharrajak@live.com]",
                vec![m(
                    Some("Shekhar Prasad Rajak"),
                    Some("Shekharrajak"),
                    Some("shekharrajak@live.com"),
                )],
            ),
            (
                "[Chaoran Yu], [Mentor Title/Position], [Github: @yuchaoran2011]",
                vec![m(Some("Chaoran Yu"), Some("yuchaoran2011"), None)],
            ),
            (
                "[Ann Lee], [Bo Chen]",
                vec![
                    m(Some("Ann Lee"), None, None),
                    m(Some("Bo Chen"), None, None),
                ],
            ),
            ("[Software Development Engineer, Apple Inc]", vec![]),
        ]);
    }

    #[test]
    fn multi_line_lists() {
        let text = "\n- Ann Lee (@annlee)\n\t- Bo Chen <bo@example.com>\n\n* Cy Diaz\n  \
                    * GitHub: @cydiaz\n  * Email: cy@example.com\n+ @dima\n1. Ed Wu   \n\
                    2) [Fay Li](https://github.com/fayli)\n- TBD\n";
        check(&[(
            text,
            vec![
                m(Some("Ann Lee"), Some("annlee"), None),
                m(Some("Bo Chen"), None, Some("bo@example.com")),
                m(Some("Cy Diaz"), Some("cydiaz"), Some("cy@example.com")),
                m(None, Some("dima"), None),
                m(Some("Ed Wu"), None, None),
                m(Some("Fay Li"), Some("fayli"), None),
            ],
        )]);
        check(&[
            (
                "- Ann Lee\n  - @annlee\n- Bo Chen",
                vec![
                    m(Some("Ann Lee"), Some("annlee"), None),
                    m(Some("Bo Chen"), None, None),
                ],
            ),
            (
                "Name: Ann Lee\nGitHub: annlee\nName: Bo Chen\nGitHub handle: bochen",
                vec![
                    m(Some("Ann Lee"), Some("annlee"), None),
                    m(Some("Bo Chen"), Some("bochen"), None),
                ],
            ),
            (
                "- Primary:\n  - Ann Lee\n- Backup:\n  - @bochen",
                vec![
                    m(Some("Ann Lee"), None, None),
                    m(None, Some("bochen"), None),
                ],
            ),
            (
                "- ~~Old Mentor~~ Ann Lee",
                vec![m(Some("Ann Lee"), None, None)],
            ),
        ]);
    }

    #[test]
    fn not_mentors() {
        for input in [
            "TBD",
            "TBA",
            "N/A",
            "None",
            "?",
            "",
            "   \n\n",
            "-",
            "@varodrig do you want to help here?",
            "Component: Kserve UI",
            "Difficulty: Medium",
            "Length: 350 hours",
            "Skills: Go, Kubernetes",
            "Almost any committer",
            "team members",
            "the maintainers",
            "Mentor Title/Position",
            "To be determined",
            "Please reach out to @someone on Slack if you want to mentor this project",
        ] {
            assert_eq!(parse_mentors(input), vec![], "input: {input:?}");
        }
    }

    #[test]
    fn duplicates_are_merged() {
        check(&[
            (
                "Ann Lee (@annlee), @AnnLee",
                vec![m(Some("Ann Lee"), Some("annlee"), None)],
            ),
            (
                "@annlee\nAnn Lee (@annlee, ann@example.com)",
                vec![m(Some("Ann Lee"), Some("annlee"), Some("ann@example.com"))],
            ),
            (
                "Ann Lee <ANN@example.com>, ann@example.com (@annlee)",
                vec![m(Some("Ann Lee"), Some("annlee"), Some("ANN@example.com"))],
            ),
            (
                "Ann Lee, Ann Lee (@annlee)",
                vec![m(Some("Ann Lee"), Some("annlee"), None)],
            ),
            (
                "Ann Lee (@a1), Ann Lee (@a2)",
                vec![
                    m(Some("Ann Lee"), Some("a1"), None),
                    m(Some("Ann Lee"), Some("a2"), None),
                ],
            ),
        ]);
    }

    #[test]
    fn github_handles() {
        for h in ["a", "SataQiu", "0yi0", "Electronic-Waste", "lowang-bh"] {
            assert!(is_valid_github_handle(h), "{h}");
        }
        let long = "x".repeat(40);
        for h in [
            "",
            "-a",
            "a-",
            "a--b",
            "has space",
            long.as_str(),
            "user_name",
            "@a",
        ] {
            assert!(!is_valid_github_handle(h), "{h}");
        }
        assert!(is_valid_github_handle(&"x".repeat(39)));
    }

    #[test]
    fn emails() {
        for e in [
            "ashnamehrotra@gmail.com",
            "Vec.G.Sun@gmail.com",
            "dettori@us.ibm.com",
            "first+tag@sub.example.co.uk",
        ] {
            assert!(is_valid_email(e), "{e}");
        }
        for e in [
            "",
            "plain",
            "a@b",
            "a@@b.com",
            "a@b@c.com",
            "has space@example.com",
            "craig.box AT gee-mail",
            "jane[at]example.org",
            "jane@example[dot]org",
            ".a@example.com",
            "a..b@example.com",
            "a@-example.com",
            "a@example.c0m",
            "@example.com",
            "a@.example.com",
        ] {
            assert!(!is_valid_email(e), "{e}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let nested_open = "(".repeat(5000);
        let nested = format!("{}x{}", "([<".repeat(3000), ">])".repeat(3000));
        let inputs = [
            "((((",
            "))))",
            "[[[]",
            "<<<>",
            "[](",
            "[x](",
            "![](x)",
            "& &amp &#; &#xZZ; &#1114112;",
            "<a href=",
            "<a href=\"x\">",
            "</a>",
            "~~",
            "@",
            "@@",
            "a@",
            "@-",
            ":",
            "::",
            "- - -",
            "1.",
            "é(ñ)[ü](ö)<ß>",
            "AT at [at] dot",
            "x AT",
            "Name:",
            "GitHub:",
            "Email:",
            "\u{FEFF}\u{200B}",
            "\t\t- \t",
            "(at)",
            "a(at)",
            "[at]b",
            "{",
            "}",
            "Mentor 1:",
            nested_open.as_str(),
            nested.as_str(),
        ];
        for input in inputs {
            let _ = parse_mentors(input);
        }
        // Random mixes of the characters the scanner cares about.
        let alphabet: Vec<char> = "aZ0 ,;:@.-_*`~()[]<>{}!?&#/\\\n\t|'\"é王、，（）AT at dot mailto: https://github.com/x and ".chars().collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..60 {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            let _ = parse_mentors(&s);
        }
        // Large inputs stay fast.
        let many = "Ann Lee (@annlee, ann@example.com), ".repeat(20_000);
        assert_eq!(parse_mentors(&many).len(), 1);
        let distinct: String = (0..20_000).map(|i| format!("@user{i}, ")).collect();
        assert_eq!(parse_mentors(&distinct).len(), 20_000);
    }

    #[test]
    fn a_mentor_is_a_person_not_a_link_label() {
        check(&[
            // Labels of links next to mentors, inline.
            (
                "Jane Doe, [Slack](https://example.slack.com/x), [Mailing list](https://lists.example.org)",
                vec![m(Some("Jane Doe"), None, None)],
            ),
            (
                "- Jane Doe\n- [Discord](https://discord.gg/x)\n- [Idea discussion](https://chat.example.org/t/1)",
                vec![m(Some("Jane Doe"), None, None)],
            ),
            // A label line starts another section: the mentors end there.
            (
                "- Ada Byron ([GitHub](https://github.com/adab), [Zulip](https://chat.example.org/dm/1))\n\n\
                 **Zulip streams**\n- [Idea discussion](https://chat.example.org/t/2)\n\n\
                 **Further resources**\n- [Linker repo](https://github.com/adab/linker)",
                vec![m(Some("Ada Byron"), Some("adab"), None)],
            ),
            (
                "Jane Doe (@jdoe)\nRelated links:\n- [Design notes](https://example.org/notes)",
                vec![m(Some("Jane Doe"), Some("jdoe"), None)],
            ),
            // ... but a label naming mentors, or a name in bold, goes on.
            (
                "**Primary**\n- Jane Doe (@jdoe)\n**Co-mentors**\n- Alan Roe (@aroe)",
                vec![
                    m(Some("Jane Doe"), Some("jdoe"), None),
                    m(Some("Alan Roe"), Some("aroe"), None),
                ],
            ),
            (
                "**Jane Doe**\n**Alan Roe**",
                vec![m(Some("Jane Doe"), None, None), m(Some("Alan Roe"), None, None)],
            ),
        ]);
    }

    #[test]
    fn names_and_handles_in_unusual_orders() {
        check(&[
            // An affiliation after the name is not part of it.
            (
                "[Jane Doe from examplelib](https://github.com/jdoe), IRC: jdoe",
                vec![m(Some("Jane Doe"), Some("jdoe"), None)],
            ),
            (
                "Alan Roe at Example Corp",
                vec![m(Some("Alan Roe"), None, None)],
            ),
            // The written handle wins over the URL's (unless they differ only in case).
            (
                "[@adalee](https://github.com/ada)",
                vec![m(None, Some("adalee"), None)],
            ),
            (
                "[@AdaLee](https://github.com/adalee)",
                vec![m(None, Some("adalee"), None)],
            ),
            // Handle first, the name in parentheses.
            (
                "jdoe (Jane Doe), aroe (Alan Roe)",
                vec![
                    m(Some("Jane Doe"), Some("jdoe"), None),
                    m(Some("Alan Roe"), Some("aroe"), None),
                ],
            ),
            (
                "- dm4 (Dana Moss)",
                vec![m(Some("Dana Moss"), Some("dm4"), None)],
            ),
            // A capitalised first word is a name, the parenthesis a remark.
            ("Oli (Red Hat)", vec![m(Some("Oli"), None, None)]),
        ]);
    }
}
