//! The organisation an intro paragraph names ("The Kubeflow Community plans ...", "We're
//! Quuxlib, an organization ...") or a heading about it ("About Quuxlib").

use super::orgs::{clean_org, page_word};
use super::owner::{is_programme_word, NOT_NAMES, PERSONAL_WORDS};
use super::*;

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
        // (Chinese punctuation parts words as a space does: "活动中，MegEngine 将提供".)
        let words: Vec<&str> = (clean.split(|c: char| c.is_whitespace() || "，。；、".contains(c)))
            .filter(|w| !w.is_empty())
            .collect();
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
            // ("The Kubeflow Community plans", not "Gazebo Community Meeting", an event, nor
            // "Discord Community: <link>", a label.)
            let community = (next.as_deref())
                .is_some_and(|n| n.starts_with("community") && !n.ends_with(':'))
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
            // ("Hypertrons 社区参与了暑期 2020": the Hypertrons community took part; "以下是 AOSC
            // 提供的项目": the projects AOSC offers; "Milvus 作为社区加入这一计划": Milvus joined
            // the plan as a community; "MegEngine 将提供以下项目": MegEngine will offer.)
            const CJK_TAKES_PART: [&str; 7] =
                ["社区", "提供", "将提供", "作为社区", "参与", "参加", "加入"];
            let cjk =
                (next.as_deref()).is_some_and(|n| CJK_TAKES_PART.iter().any(|p| n.starts_with(p)));
            // ("... compiles official Gephi Google Summer of Code 2013 proposals", "Welcome to
            // the Oregon State University Open Source Lab Google Summer of Code 2014 idea page":
            // a name of capitalised words inside a sentence, before its own programme.)
            let own_programme = words.get(i + 1) == Some(&"GSoC")
                || words.get(i + 1..i + 3) == Some(&["Google", "Summer"][..]);
            if own_programme {
                let capital =
                    |w: &&&str| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':']);
                let run = words[..=i].iter().rev().take_while(capital).count();
                let start = i + 1 - run;
                let inside = start > 0 && !words[start - 1].ends_with(['.', '!', '?', ':']);
                if inside && run <= 6 {
                    return Some(words[start..=i].join(" "));
                }
            }
            if community || in_program || project || cjk {
                // ("[Apache Answer 社区]": the name's words before it too.)
                let before = (words[..i].iter().rev()).take_while(|w| is_name(w)).count();
                let name = words[i - before..=i].join(" ");
                return Some(name.trim_end_matches('.').to_string());
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
        // (A heading is no part of a paragraph: "# Introduction", a field heading the outline
        // keeps in the intro, over "Welcome to Quux's ideas page".)
        if line.trim().is_empty() || line.starts_with('#') {
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
    // ("Seata社区介绍": the Seata community's introduction; a name in Latin letters, not
    // "开源之夏介绍", the programme's.)
    let cjk = (["社区介绍", "社区简介", "介绍", "简介"].iter())
        .find_map(|s| title.strip_suffix(s))
        .filter(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()));
    let name = match cjk {
        Some(name) => name.trim(),
        None => {
            let about = title
                .get(..6)
                .filter(|a| a.eq_ignore_ascii_case("about "))?;
            title[about.len()..]
                .trim()
                .trim_end_matches([':', '?', '!'])
        }
    };
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
    // ("We're Quuxlib, an organization focusing on ...": the name before a comma.)
    let (words, we) = match words {
        [w, rest @ ..] if matches!(*w, "We're" | "We’re") => (rest, true),
        [w, are, rest @ ..] if *w == "We" && *are == "are" => (rest, true),
        [w, rest @ ..] if w.eq_ignore_ascii_case("the") => (rest, false),
        _ => (words, false),
    };
    let mut n = words
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
    let verb = if we {
        n = words[..n]
            .iter()
            .position(|w| w.ends_with(','))
            .map(|p| p + 1)?;
        0
    } else {
        1
    };
    if !((we || is(n, "is")) && (is(n + verb, "a") || is(n + verb, "an"))) {
        return None;
    }
    // (Up to the sentence's first full stop: "X is a tool. Its project ..." names a tool.)
    let after = &words[n + verb + 1..];
    let end = (after.iter().take(10).position(|w| w.ends_with('.'))).map_or(10, |p| p + 1);
    let kind = after.iter().take(end).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        KINDS.contains(&w.as_str()) || w.strip_suffix('s').is_some_and(|k| KINDS.contains(&k))
    });
    kind.then(|| name_of(&words[..n]))
}

/// The capitalised words that open a line and take part in a programme: "Redox OS is
/// participating in GSoC 2019", "The Tidewatch Project has been accepted to Google Summer of
/// Code", "Quuxlib has been selected as one of 19 organizations for GSoC", "Read the Docs is
/// excited to be in the Google Summer of Code", "Welcome to the Keploy GSoC'26 projects page",
/// "Quuxlib is hoping to be a mentoring organization for GSoC", "Quuxlib is accepting
/// applications from Google Summer of Code students".
/// (Not "We are participating", not "GSoC 2026 is ...".)
fn taking_part(words: &[&str]) -> Option<String> {
    // ("This is the Quux Foundation's list of projects and ideas for GSoC 2012": the same,
    // when the page is a list of ideas, not "This is Ana's project for GSoC".)
    let this_is = words.len() > 2 && words[0].eq_ignore_ascii_case("this") && words[1] == "is";
    let welcome = this_is
        || words.len() > 2
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
            "accepting",
            "selected",
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
            "serving",
            "mentor",
            "propos",
        ]
        .iter()
        .any(|v| w.starts_with(v))
    });
    // ("Welcome to Quux Lab's ideas page for GSoC 2020": the name's page of ideas.)
    let last = words[n - 1];
    let owner = (last.strip_suffix("'s")).or_else(|| last.strip_suffix("\u{2019}s"));
    let owns_page = owner.is_some()
        && (words[n..].iter().take(4))
            .take_while(|w| page_word(w))
            .any(|w| {
                (is_programme_word(w) && !this_is)
                    || w.eq_ignore_ascii_case("ideas")
                    || w.eq_ignore_ascii_case("projects")
            });
    let named = if welcome {
        // "Welcome to the Keploy GSoC'26 projects page": the programme right after the name.
        words.get(n).is_some_and(|w| is_programme_word(w)) || owns_page
    } else {
        // (Within 16 words: "Quuxlib has been selected as one of 19 organizations in Infrastructure
        // and Cloud for Google Summer of Code".)
        opens && takes_part && words[n..].iter().take(16).any(|w| is_programme_word(w))
    };
    let name = name_of(&words[..n]);
    named.then(|| match owner {
        Some(o) if owns_page => name[..name.len() - (last.len() - o.len())].to_string(),
        _ => name,
    })
}

/// The name whose participation in a programme a sentence speaks of: "For information about
/// OpenAFS's participation in the Google Summer of Code ...", "Quuxlib’s involvement in GSoC",
/// "applying for Quuxlib’s Google Summer of Code 2021".
fn participation_of(words: &[&str]) -> Option<String> {
    (words.iter().enumerate()).find_map(|(i, owner)| {
        let name = (owner.strip_suffix("'s")).or_else(|| owner.strip_suffix("\u{2019}s"))?;
        let named = name.starts_with(|c: char| c.is_uppercase())
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && !NOT_NAMES.contains(&name.to_lowercase().as_str())
            && !is_programme_word(name);
        let next = words.get(i + 1)?;
        let lower = next.to_lowercase();
        let taking_part = lower.starts_with("particip") || lower == "involvement";
        let programme = is_programme_word(next)
            || taking_part && words[i + 1..].iter().take(6).any(|w| is_programme_word(w));
        (named && programme).then(|| name.to_string())
    })
}

/// The capitalised words between "by" (or "of" after a list of ideas) and "for" (or "in") a
/// programme: "ideas that are proposed by Heronry Labs for Google Summer of Code 2025", "the
/// ideas list of Quuxlib for Google Summer of Code".
fn proposed_by(words: &[&str]) -> Option<String> {
    let list = |w: &str| ["list", "lists", "ideas", "projects"].contains(&w);
    (0..words.len()).find_map(|by| {
        let of = words[by] == "of" && by > 0 && list(words[by - 1]);
        if words[by] != "by" && !of {
            return None;
        }
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
    })
}

/// Words of a sentence about a programme's past years ("participated", "previously").
const PAST_WORDS: &[&str] = &[
    "participated",
    "took",
    "was",
    "were",
    "previously",
    "formerly",
    "past",
];

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
    // "MZmine participated in 2017 and 2018 under the OpenChemistry umbrella, and in 2020 as
    // its own organization": a sentence in the past tells the page's history, not its org.
    let past = |i: usize| {
        let ends = |w: &&str| w.ends_with(['.', '!', '?']);
        let start = words[..i].iter().rposition(ends).map_or(0, |s| s + 1);
        let end = words[i..]
            .iter()
            .position(ends)
            .map_or(words.len(), |e| i + e + 1);
        (words[start..end].iter()).any(|w| PAST_WORDS.contains(&bare(w).to_lowercase().as_str()))
    };
    for i in (0..words.len()).filter(|&i| is(i, "umbrella") && !past(i)) {
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
            // (A full stop ends the name: "… of Python Software Foundation. We expect".)
            let mut name: Vec<&str> = Vec::new();
            for w in words[from.min(words.len())..].iter().take(6) {
                if !capital(w) {
                    break;
                }
                name.push(w);
                if bare(w).len() < w.len() {
                    break;
                }
            }
            if !name.is_empty() {
                return Some(bare(&name.join(" ")));
            }
        }
    }
    None
}

/// The words of a name, joined, without the comma or full stop after it.
fn name_of(words: &[&str]) -> String {
    words.join(" ").trim_end_matches([',', '.']).to_string()
}
