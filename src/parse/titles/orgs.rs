//! The organisation a heading or a page title names ("JuliaGeo: Geospatial processing in
//! Julia", "Tiled - Google Summer of Code 2026"), and an organisation name as written, cleaned.

use super::owner::{is_programme_word, possessive_owner, NOT_NAMES, PERSONAL_WORDS};
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
    if is_reader_section(&title) || starts_numbered(text.trim()) || dashed {
        return None;
    }
    let name = match title.split_once(": ") {
        Some((n, _)) if !n.trim().is_empty() && n.split_whitespace().count() <= 3 => n.trim(),
        _ => title.as_str(),
    };
    if is_category(name) {
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
    let generic = [
        "welcome",
        "introduction",
        "overview",
        "about",
        "home",
        "guide",
        "faq",
    ];
    let is_name = !names.is_empty()
        && names.len() <= 4
        && rest.split_whitespace().all(page_word)
        && names
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !names
            .iter()
            .any(|w| generic.contains(&w.to_lowercase().as_str()));
    is_name.then(|| names.join(" "))
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
    [&["google", "summer", "of", "code"][..], &["gsoc"]]
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
/// Summer of Code 2024").
fn programme_or_year(w: &str) -> bool {
    let w = w.to_lowercase();
    frontmatter::find_year(&w).is_some()
        || ["google", "summer", "of", "code", "gsoc", "lfx"].contains(&w.as_str())
}

/// An ideas page's words: the programme, "ideas", "page", a year.
fn page_word(w: &str) -> bool {
    let w = w.to_lowercase();
    frontmatter::find_year(&w).is_some()
        || w.trim_start_matches('\'')
            .chars()
            .all(|c| c.is_ascii_digit())
        || [
            "google", "summer", "of", "code", "gsoc", "ideas", "idea", "page", "project",
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
    if !before.iter().all(|w| page_word(w))
        || !before.iter().any(|w| w.to_lowercase().starts_with("idea"))
    {
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
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let rest_ok = (rest.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .all(|w| page_word(w) || w.eq_ignore_ascii_case("in"));
    let named = (1..=4).contains(&words.len())
        && (code || words.iter().all(capitalised))
        && !words
            .iter()
            .any(|w| is_programme_word(w) || page_word(w) || audience(w));
    (named && rest_ok).then(|| clean_org(name))
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

/// The organisation an intro paragraph names: "The Kubeflow Community plans ...", "The KubeVirt
/// community is applying ...", "KubeSphere in [Google Summer of Code] ...", "This year,
/// Quuxlib is opting again as a mentor organization for GSoC". Paragraphs are read whole (a
/// sentence may wrap over lines).
pub(crate) fn org_from_intro(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().take(40).collect();
    // (Most intros have no umbrella: only those are cleaned and joined, which was 2% of `list`.)
    let umbrella = || lines.iter().any(|l| l.contains("mbrella"));
    if let Some(name) = umbrella()
        .then(|| umbrella_named(&strip_md(&lines.join(" "))))
        .flatten()
    {
        return Some(name);
    }
    for clean in paragraphs(&lines) {
        let words: Vec<&str> = clean.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let is_name = |w: &str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                    && !NOT_NAMES.contains(&w.to_lowercase().as_str())
                    && !is_programme_word(w)
            };
            if !is_name(w) {
                continue;
            }
            // (Lower-cased only after a name: most words are not.)
            let next = words.get(i + 1).map(|n| n.to_lowercase());
            // ("The Kubeflow Community plans", not "Gazebo Community Meeting", an event.)
            let community = next.as_deref().is_some_and(|n| n.starts_with("community"))
                && !words
                    .get(i + 2)
                    .is_some_and(|n| n.starts_with(char::is_uppercase));
            let in_program = i == 0
                && next.as_deref() == Some("in")
                && words.get(i + 2).is_some_and(|n| {
                    ["Google", "GSoC", "LFX", "Summer", "OSPP", "Outreachy"]
                        .iter()
                        .any(|p| n.starts_with(p))
                });
            // ("The Lanternfish project lists its ideas below": "The" before the name, a verb
            // of taking part after "project".)
            const VERBS: [&str; 12] = [
                "has",
                "hosts",
                "invites",
                "is",
                "lists",
                "offers",
                "participates",
                "plans",
                "presents",
                "proposes",
                "welcomes",
                "will",
            ];
            let project = i > 0
                && words[i - 1] == "The"
                && words
                    .get(i + 1)
                    .is_some_and(|n| ["project", "team"].contains(n))
                && words.get(i + 2).is_some_and(|v| VERBS.contains(v));
            if community || in_program || project {
                return Some(w.trim_end_matches('.').to_string());
            }
        }
        if let Some(name) = (taking_part(&words))
            .or_else(|| proposed_by(&words))
            .or_else(|| participation_of(&words))
        {
            return Some(name);
        }
    }
    None
}

/// Paragraphs and list items of an intro, whole (a sentence may wrap over lines), cleaned.
fn paragraphs(lines: &[&str]) -> Vec<String> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.trim().is_empty() {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(p) if open && !crate::model::list_item(line.trim()).0 => p.push(line),
            _ => out.push(vec![line]),
        }
        open = true;
    }
    out.iter().map(|p| strip_md(&p.join(" "))).collect()
}

/// The name an intro paragraph opens with when it says what the name is (see
/// [`describes_itself`]): a weaker sign than the others, read only before a page's ideas.
pub(crate) fn org_described(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().take(40).collect();
    (paragraphs(&lines).iter())
        .find_map(|p| describes_itself(&p.split_whitespace().collect::<Vec<_>>()))
}

/// The organisation a heading about it names: "About moja global", "About Quuxlib" (not
/// "About us", "About the project", "About GSoC").
pub(crate) fn org_about(heading: &str) -> Option<String> {
    let title = clean_title(heading);
    let name = title
        .get(..6)
        .filter(|a| a.eq_ignore_ascii_case("about "))?;
    let name = title[name.len()..].trim().trim_end_matches([':', '?', '!']);
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let named = words.len() <= 4
        && !NOT_NAMES.contains(&first.as_str())
        && !PERSONAL_WORDS.contains(&first.as_str())
        && !["this", "these", "me", "them"].contains(&first.as_str())
        && !words.iter().any(|w| is_programme_word(w) || page_word(w));
    named.then(|| clean_org(name))
}

/// The name a paragraph opens with when it says what the name is: "Quuxlib is a ROS 2
/// based, open-source framework designed to ...", "The Quux Project is an open source
/// library for ...": a kind of software or organisation within the first words after "is
/// a"/"is an".
fn describes_itself(words: &[&str]) -> Option<String> {
    const KINDS: &[&str] = &[
        "framework",
        "library",
        "toolkit",
        "platform",
        "organization",
        "organisation",
        "foundation",
        "project",
        "suite",
        "compiler",
        "engine",
        "database",
        "ecosystem",
        "software",
        "application",
        "environment",
        "package",
        "simulator",
        "tool",
        "viewer",
        "editor",
    ];
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => words,
    };
    let n = words
        .iter()
        .take(4)
        .take_while(|w| {
            // (A name in camel case may open in lower case: "caMicroscope", "pgAdmin".)
            let camel = w.chars().skip(1).any(char::is_uppercase);
            (w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || camel)
                && !NOT_NAMES.contains(&w.to_lowercase().as_str())
                && !PERSONAL_WORDS.contains(&w.to_lowercase().as_str())
                && !is_programme_word(w)
        })
        .count();
    if n == 0 || n > 3 {
        return None;
    }
    let is = |k: usize, w: &str| words.get(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    if !(is(n, "is") && (is(n + 1, "a") || is(n + 1, "an"))) {
        return None;
    }
    // (Up to the sentence's first full stop: "X is a tool. Its project ..." names a tool.)
    let after = &words[n + 2..];
    let end = (after.iter().take(10).position(|w| w.ends_with('.'))).map_or(10, |p| p + 1);
    let kind = after.iter().take(end).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        KINDS.contains(&w.as_str()) || w.strip_suffix('s').is_some_and(|k| KINDS.contains(&k))
    });
    kind.then(|| {
        words[..n]
            .join(" ")
            .trim_end_matches([',', '.'])
            .to_string()
    })
}

/// The capitalised words that open a line and take part in a programme: "Redox OS is
/// participating in GSoC 2019", "The Tidewatch Project has been accepted to Google Summer of
/// Code", "Read the Docs is excited to be in the Google Summer of Code", "Welcome to the
/// Keploy GSoC'26 projects page", "Quuxlib is hoping to be a mentoring organization for GSoC".
/// (Not "We are participating", not "GSoC 2026 is ...".)
fn taking_part(words: &[&str]) -> Option<String> {
    let welcome = words.len() > 2
        && words[0].eq_ignore_ascii_case("welcome")
        && words[1].eq_ignore_ascii_case("to");
    let words = &words[if welcome { 2 } else { 0 }..];
    // ("This year, Quuxlib is ...", "Once again, ...": a short lead clause before the name.)
    let lead = (words.iter().take(3).position(|w| w.ends_with(',')))
        .filter(|&k| {
            !words[..=k]
                .iter()
                .any(|w| w.starts_with(char::is_uppercase))
                || k < 2
        })
        .map_or(0, |k| k + 1);
    let words = &words[lead..];
    let words = match words.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => &words[1..],
        _ => words,
    };
    let is_name = |w: &&str| {
        let lower = w.to_lowercase();
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !NOT_NAMES.contains(&lower.as_str())
            && !PERSONAL_WORDS.contains(&lower.as_str())
            && !is_programme_word(w)
    };
    // "Read the Docs", "Department of Biomedical Informatics": small words between names.
    let small = |i: usize| {
        i > 0
            && ["the", "of", "for", "and", "de"].contains(&words[i])
            && words.get(i + 1).is_some_and(&is_name)
    };
    let n = (0..words.len().min(5))
        .take_while(|&i| is_name(&words[i]) || small(i))
        .count();
    if n == 0 || n > 4 {
        return None;
    }
    let rest: Vec<String> = (words[n..].iter().take(12))
        .map(|w| w.to_lowercase())
        .collect();
    // ("The Quux team proposes subjects for GSoC": the name's team or project.)
    let kind = rest
        .first()
        .is_some_and(|w| ["team", "project", "community"].contains(&w.as_str()));
    let opens = rest.get(usize::from(kind)).is_some_and(|w| {
        [
            "is",
            "has",
            "will",
            "was",
            "participates",
            "takes",
            "proposes",
        ]
        .contains(&w.as_str())
    });
    let takes_part = rest.iter().take(5).any(|w| {
        [
            "particip",
            "accepted",
            "applying",
            "mentoring",
            "part",
            "excited",
            "happy",
            "glad",
            "proud",
            "thrilled",
            "pleased",
            "delighted",
            "hoping",
            "opting",
            "mentor",
            "propos",
        ]
        .iter()
        .any(|v| w.starts_with(v))
    });
    let named = if welcome {
        // "Welcome to the Keploy GSoC'26 projects page": the programme right after the name.
        words.get(n).is_some_and(|w| is_programme_word(w))
    } else {
        opens && takes_part && words[n..].iter().take(12).any(|w| is_programme_word(w))
    };
    named.then(|| {
        words[..n]
            .join(" ")
            .trim_end_matches([',', '.'])
            .to_string()
    })
}

/// The name whose participation in a programme a sentence speaks of: "For information about
/// OpenAFS's participation in the Google Summer of Code ...", "Quuxlib’s involvement in GSoC".
fn participation_of(words: &[&str]) -> Option<String> {
    let i = words.iter().position(|w| {
        let lower = w.to_lowercase();
        lower.starts_with("particip") || lower == "involvement"
    })?;
    let owner = words.get(i.checked_sub(1)?)?;
    let name = (owner.strip_suffix("'s")).or_else(|| owner.strip_suffix("\u{2019}s"))?;
    let named = name.starts_with(|c: char| c.is_uppercase())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && !NOT_NAMES.contains(&name.to_lowercase().as_str())
        && !is_programme_word(name);
    let programme = words[i..].iter().take(6).any(|w| is_programme_word(w));
    (named && programme).then(|| name.to_string())
}

/// The capitalised words between "by" and "for" (or "in") a programme: "ideas that are
/// proposed by Heronry Labs for Google Summer of Code 2025".
fn proposed_by(words: &[&str]) -> Option<String> {
    let by = words.iter().position(|w| *w == "by")?;
    let name: Vec<&str> = (words[by + 1..].iter().take(4))
        .copied()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_programme_word(w))
        .collect();
    let after = words.get(by + 1 + name.len()..by + 3 + name.len())?;
    let named = !name.is_empty()
        && !name
            .iter()
            .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()))
        && ["for", "in"].contains(&after[0])
        && after.get(1).is_some_and(|w| is_programme_word(w));
    named.then(|| name.join(" ").trim_end_matches([',', '.']).to_string())
}

/// The umbrella organisation a sub-project's intro names: "ideas under the NumFOCUS
/// umbrella", "under the umbrella of the Python Software Foundation" (capitalised words).
fn umbrella_named(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches(['.', ',', ';', ':', ')']).to_string();
    let is = |i: usize, word: &str| {
        words
            .get(i)
            .is_some_and(|w| bare(w).eq_ignore_ascii_case(word))
    };
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    for i in (0..words.len()).filter(|&i| is(i, "umbrella")) {
        // "under the X umbrella": every word between is the name.
        if let Some(u) = (i.saturating_sub(8)..i).rev().find(|&u| is(u, "under")) {
            let from = if is(u + 1, "the") { u + 2 } else { u + 1 };
            let name = &words[from.min(i)..i];
            if !name.is_empty() && name.iter().all(capital) {
                return Some(bare(&name.join(" ")));
            }
        }
        // "under the umbrella of (the) X": the capitalised words after "of".
        if i >= 2 && is(i - 1, "the") && is(i - 2, "under") && is(i + 1, "of") {
            let from = if is(i + 2, "the") { i + 3 } else { i + 2 };
            let name: Vec<&str> = words[from.min(words.len())..]
                .iter()
                .take(6)
                .copied()
                .take_while(|w| capital(w))
                .collect();
            if !name.is_empty() {
                return Some(bare(&name.join(" ")));
            }
        }
    }
    None
}
