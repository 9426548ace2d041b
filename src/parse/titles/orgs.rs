//! The organisation a heading or a page title names ("JuliaGeo: Geospatial processing in
//! Julia", "Tiled - Google Summer of Code 2026"), and an organisation name as written, cleaned.

use super::owner::{is_programme_word, possessive_owner, PERSONAL_WORDS};
use super::*;

/// The organisation or project a context heading names, if it names one: "JuliaGeo:
/// Geospatial processing in Julia" names "JuliaGeo" (the short name before a colon); a sentence
/// ("New things we're interested in", more than six words) and a section written to the reader
/// ("How to get started", "Tips": [`is_reader_section`]) name none.
pub(crate) fn org_from_heading(text: &str) -> Option<String> {
    let title = clean_title(text);
    // (A numbered heading, "## 1. Ground software cleanup", "## 2 - Backends", is one of a
    // sequence of topics.)
    let mut words = text.split_whitespace();
    let dashed = (words.next()).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
        && words.next().is_some_and(|w| ["-", "–", "—"].contains(&w));
    // ("6大课题现已开放挑选 | 欢迎报名 Seata 开源之夏": a headline, parted or punctuated as
    // sentences are, names no one.)
    let headline = title.contains(['|', '!', '?', '！', '？', '，', '。']);
    if is_reader_section(&title) || starts_numbered(text.trim()) || dashed || headline {
        return None;
    }
    let name = match title.split_once(": ") {
        Some((n, _)) if !n.trim().is_empty() && n.split_whitespace().count() <= 3 => n.trim(),
        _ => title.as_str(),
    };
    // "NoneBot v2": the project, in one of its versions.
    let name = match name.rsplit_once(' ') {
        Some((n, version)) if is_version(version) && !n.trim().is_empty() => n.trim(),
        _ => name,
    };
    if is_category(name) || is_topic(name) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let personal = |w: &&str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase();
        PERSONAL_WORDS.contains(&w.replace('’', "'").as_str())
    };
    (words.len() <= 6 && !words.iter().any(personal)).then(|| name.to_string())
}

/// A heading that joins common nouns into a topic ("New Languages and Compilers", "Tools for
/// Ease-of-Use", "Environment and Test Case Generation"): four words or more, two of them
/// joined by "and", "&", "for" or "with", and no organisation the list knows ("Global Alliance
/// for Genomics and Health" is one). (Two names joined, "Linkerd and Envoy", are projects.)
fn is_topic(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let joined = (1..words.len().saturating_sub(1))
        .any(|k| ["and", "&", "for", "with"].contains(&words[k].to_lowercase().as_str()));
    words.len() >= 4 && joined && crate::orgs::canonical(name).is_none()
}

/// The organisation a page's title names before the programme words: "St. Jude Children's
/// Research Hospital — Project Ideas", "Tiled - Google Summer of Code 2026", "Kornia: GSoC
/// 2026 ideas" (a name the organisation list knows), or "Tidewatch Ideas Page: Google Summer
/// of Code 2026" (a name it does not, when the title is only that name and an ideas page's
/// words). A title of other words ("Project ideas for 2026", "Welcome - GSoC") names none.
pub(crate) fn org_from_page_title(text: &str) -> Option<String> {
    named_by_title(text, false)
}

/// [`org_from_page_title`] of the page's own title (its front matter's, its first heading),
/// which may also be the name and an ideas page's words with no separator: "Pencil2D Project
/// Ideas". (A heading further down, "Machine Learning Ideas", names a group of ideas.)
pub(crate) fn org_from_own_title(text: &str) -> Option<String> {
    named_by_title(text, true).or_else(|| org_after_for(text))
}

/// [`org_from_own_title`] without "Ideas for X": what a title that may be an idea's too
/// ("Support for Wayland") names only when it is an ideas page's.
pub(crate) fn org_from_list_title(text: &str) -> Option<String> {
    named_by_title(text, true)
}

fn named_by_title(text: &str, own: bool) -> Option<String> {
    let title = clean_title(text);
    named_before_separator(&title, own).or_else(|| possessive_owner(&title))
}

fn named_before_separator(title: &str, own: bool) -> Option<String> {
    const SEPARATORS: [&str; 8] = [" — ", " – ", " - ", ": ", " | ", " at ", " @ ", " & "];
    let lower = title.to_lowercase();
    // ("Quuxlib Ideas for GSoC 2025": the name, then only an ideas page's words.)
    // ("Quuxlib List of Ideas GSoC": the programme's words may follow them.)
    let before_programme = (lower.split_whitespace().rev())
        .skip_while(|w| page_word(w) && !["ideas", "list"].contains(w))
        .collect::<Vec<_>>();
    let ends = |e: &str| {
        let e: Vec<&str> = e.split(' ').rev().collect();
        before_programme.starts_with(&e)
    };
    let bare = (own
        && ([
            "ideas",
            "idea list",
            "ideas list",
            "ideas page",
            "list of ideas",
        ]
        .iter())
        .any(|e| ends(e) || lower.contains(&format!("{e} for ")))
            // ("Quuxlib Google Summer of Code 2022": the name, then only the programme's.)
            || programme_after_name(&lower))
    .then_some((title, ""));
    let (name, rest) = SEPARATORS
        .iter()
        .filter_map(|sep| title.split_once(sep))
        .min_by_key(|(n, _)| n.len())
        .or(bare)?;
    if let Some(known) = crate::orgs::canonical(name) {
        return Some(known.to_string());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept = words.len() - words.iter().rev().take_while(|w| page_word(w)).count();
    // ("Quuxlib Numerical Methods Projects": the area after the name is not part of it.)
    let area = words[..kept]
        .iter()
        .rev()
        .take_while(|w| is_category(w))
        .count();
    if area == kept && kept > 0 {
        return None;
    }
    // ("GSoC 2021 Quuxlib Ideas Page": the programme and year may come first too.)
    let lead = (words[..kept - area].iter())
        .take_while(|w| programme_or_year(w))
        .count();
    let names = &words[lead..kept - area];
    let is_name = !names.is_empty()
        && names.len() <= 4
        && rest.split_whitespace().all(page_word)
        // (As names are spelt: "Quuxlib", "3D Slicer", "gRPC", "iLogtail".)
        && names.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || w.chars().skip(1).any(char::is_uppercase)
        })
        && !names
            .iter()
            .any(|w| GENERIC.contains(&w.to_lowercase().as_str()))
        // ("Student Project Ideas": whom the ideas are for.)
        && !names.iter().any(|w| audience(w));
    // ("Homebrew's Google Summer of Code": the owner, without its possessive.)
    let name = names.join(" ");
    let owner = ["'s", "’s"].iter().find_map(|s| name.strip_suffix(s));
    is_name.then(|| owner.unwrap_or(&name).to_string())
}

/// Words of a title that names a kind of page, not whose it is ("Welcome", "Home", "FAQ").
const GENERIC: [&str; 7] = [
    "welcome",
    "introduction",
    "overview",
    "about",
    "home",
    "guide",
    "faq",
];

/// The organisation a site's own title names, as an HTML page's head gives it: "Performance
/// Co-Pilot", "NRNB: GSoc Ideas Page", "Google Summer of Code - 2017 — Kivy 2.2.0.dev0
/// documentation" (a documentation site's name and version). Of the title's parts (split at
/// " | ", " — ", " – ", " - ", ": ", " · "), less the programme's and an ideas page's words at
/// their ends, those left empty or generic ("Home", "Ideas List") drop out; one part must
/// remain, of one to four capitalised words, no known skill: "Python GSoC – Home" names no one.
pub(crate) fn org_from_site_title(title: &str) -> Option<String> {
    let mut parts = vec![title.trim()];
    for sep in [" | ", " — ", " – ", " - ", ": ", " · "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    let names: Vec<Vec<&str>> = (parts.into_iter())
        .filter_map(|part| {
            let part = (part.trim().strip_suffix(" documentation"))
                .map(|p| match p.rsplit_once(' ') {
                    Some((name, v)) if v.starts_with(|c: char| c.is_ascii_digit()) => name,
                    _ => p,
                })
                .unwrap_or(part);
            let mut words: Vec<&str> = part.split_whitespace().collect();
            let end = |w: &&str| page_word(w) || programme_or_year(w) || is_version(w);
            while words.last().is_some_and(&end) {
                words.pop();
            }
            let lead = words.iter().take_while(|w| end(w)).count();
            let words = words.split_off(lead);
            let generic = |w: &&str| GENERIC.contains(&w.to_lowercase().as_str());
            (!words.is_empty() && !words.iter().all(generic)).then_some(words)
        })
        .collect();
    let [words] = &names[..] else {
        return None;
    };
    let name = words.join(" ");
    if let Some(known) = crate::orgs::canonical(&name) {
        return Some(known.to_string());
    }
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let plain = |w: &&str| {
        let w = w.to_lowercase();
        !GENERIC.contains(&w.as_str()) && !PERSONAL_WORDS.contains(&w.as_str()) && !audience(&w)
    };
    let skills = crate::skills::SkillTable::bundled();
    (words.len() <= 4
        && words.iter().all(|w| capitalised(w) && plain(w))
        && skills.canonical(&name).is_none()
        && !is_category(&name))
    .then(|| clean_org(&name))
}

/// True for a lower-cased title of words, then the programme's name and perhaps a year.
fn programme_after_name(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let year = words
        .last()
        .is_some_and(|w| frontmatter::find_year(w).is_some());
    let body = &words[..words.len() - usize::from(year)];
    // ("Participating in GSoC", "Welcome to GSoC": a sentence about the programme.)
    let joined = |n: usize| ["in", "to", "for", "with", "at", "of", "about"].contains(&body[n]);
    // ("Conversations.im Summer of Code 2018": the name, then its own summer of code.)
    [&["summer", "of", "code"][..], &["gsoc"]]
        .iter()
        .any(|p| body.len() > p.len() && body.ends_with(p) && !joined(body.len() - p.len() - 1))
}

/// Whether a heading's words only group ideas by area, size or kind ("Core features", "Just
/// for fun", "Moonshots": `headings.category_words`) and an ideas page's words.
pub(crate) fn is_category(name: &str) -> bool {
    let mut words = (name.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '&'))))
        .filter(|w| !w.is_empty())
        .peekable();
    let category = crate::words::list("headings.category_words");
    words.peek().is_some()
        && words.all(|w| page_word(w) || category.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// The programme's words and a year, as a title may open with them ("GSoC 2021", "Google
/// Summer of Code 2024", "Google Season of Docs").
fn programme_or_year(w: &str) -> bool {
    let w = w.to_lowercase();
    frontmatter::find_year(&w).is_some()
        || [
            "google", "summer", "season", "of", "code", "docs", "gsoc", "lfx",
        ]
        .contains(&w.as_str())
}

/// Whether a title holds only an ideas page's words ("Google Summer of Code - 2017", "GSoC
/// 2024 Ideas"): the page's title, or a section of it, never an idea.
pub(crate) fn only_page_words(title: &str) -> bool {
    let mut words = title
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && words.all(page_word)
}

/// An ideas page's words: the programme, "ideas", "page", a year.
pub(super) fn page_word(w: &str) -> bool {
    let w = w.to_lowercase();
    frontmatter::find_year(&w).is_some()
        || w.trim_start_matches('\'')
            .chars()
            .all(|c| c.is_ascii_digit())
        || [
            "google", "summer", "of", "code", "gsoc", "soc", "ideas", "idea", "page", "project",
            "projects", "list", "for", "the",
        ]
        .contains(&w.as_str())
}

/// The name a page's own title, as written in Markdown, gives after "for": "Project Ideas for
/// `aimacode`", "GSoC 2024 ideas for Quillkit". Only an ideas page's words come before "for"
/// and after the name, and the name is capitalised or written as code (the project's own
/// spelling): "Ideas for students" names no one.
pub(crate) fn org_after_for(raw: &str) -> Option<String> {
    let t = raw.trim().trim_start_matches('#').trim();
    let at = t.to_lowercase().find(" for ")?;
    let before: Vec<&str> = t[..at].split_whitespace().collect();
    if !names_ideas(&before, &["idea"]) {
        return None;
    }
    let after = t[at + 5..].trim();
    let (name, rest, code) = match after.strip_prefix('`').and_then(|a| a.split_once('`')) {
        Some((name, rest)) => (name, rest, true),
        None => {
            let n = (after.split_whitespace())
                .take_while(|w| !page_word(w) && !w.eq_ignore_ascii_case("in"))
                .count();
            let end = (after.match_indices(' ').map(|(i, _)| i))
                .nth(n.saturating_sub(1))
                .unwrap_or(after.len());
            (&after[..end], &after[end..], false)
        }
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let rest_ok = (rest.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| page_word(w) || w.eq_ignore_ascii_case("in"));
    let named = (1..=4).contains(&words.len())
        && (code || is_capitalised_name(&words))
        && !words
            .iter()
            .any(|w| is_programme_word(w) || page_word(w) || audience(w));
    (named && rest_ok).then(|| clean_org(name))
}

/// A version written after a name: "v2", "V1.5", "2.x", "3.0".
fn is_version(word: &str) -> bool {
    let number = word.strip_prefix(['v', 'V']).unwrap_or(word);
    let digits = number.trim_end_matches(".x");
    let prefixed = number.len() < word.len();
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && (prefixed || digits.contains('.') || digits.len() < number.len())
}

/// The project a heading over ideas names after "by": "Projects mentored by MZmine", "Ideas
/// proposed by the Quux team" (only an ideas page's words before the verb, a capitalised name
/// of one to four words after "by").
pub(crate) fn org_mentored_by(text: &str) -> Option<String> {
    const VERBS: [&str; 6] = ["mentored", "proposed", "offered", "hosted", "led", "run"];
    let title = clean_title(text);
    // "EMQX 旗下项目": the projects under X's banner.
    if let Some(name) = ["旗下项目", "旗下的项目", "旗下课题"]
        .iter()
        .find_map(|w| title.strip_suffix(w))
    {
        let name = name.trim();
        return (!name.is_empty() && name.split_whitespace().count() <= 4).then(|| clean_org(name));
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    let by = words.iter().position(|w| w.eq_ignore_ascii_case("by"))?;
    let before = &words[..by.checked_sub(1)?];
    if !VERBS.iter().any(|v| words[by - 1].eq_ignore_ascii_case(v))
        || !names_ideas(before, &["idea", "project"])
    {
        return None;
    }
    let mut name = &words[by + 1..];
    if name.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        name = &name[1..];
    }
    if name
        .last()
        .is_some_and(|w| ["team", "community", "project"].contains(&w.to_lowercase().as_str()))
    {
        name = &name[..name.len() - 1];
    }
    ((1..=4).contains(&name.len()) && is_capitalised_name(name)).then(|| clean_org(&name.join(" ")))
}

/// Whether words before a name are only an ideas page's words, one of them starting with
/// one of `heads` ("GSoC 2024 ideas" before "for Quillkit", "Projects" before "mentored by").
fn names_ideas(words: &[&str], heads: &[&str]) -> bool {
    words.iter().all(|w| page_word(w))
        && (words.iter()).any(|w| heads.iter().any(|h| w.to_lowercase().starts_with(h)))
}

/// Whether every word of a name starts with a capital letter or a digit ("Quux Lab", "3D").
fn is_capitalised_name(words: &[&str]) -> bool {
    (words.iter()).all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Whether a word names the readers a page is for ("Ideas for New Contributors").
fn audience(w: &str) -> bool {
    const AUDIENCE: &[&str] = &[
        "new",
        "all",
        "everyone",
        "contributors",
        "contributor",
        "students",
        "student",
        "newcomers",
        "beginners",
        "applicants",
        "participants",
        "mentees",
        "interns",
    ];
    AUDIENCE.contains(&w.to_lowercase().as_str())
}

/// An organisation name without a parenthesised URL: "Kubebuilder (https://github.com/...)"
/// -> "Kubebuilder".
pub(crate) fn clean_org(org: &str) -> String {
    let mut o = strip_md(org);
    if let Some(open) = o.find("(http") {
        if o.trim_end().ends_with(')') {
            o.truncate(open);
        }
    }
    o.trim()
        .trim_end_matches([':', '-', '–', '—'])
        .trim()
        .to_string()
}
