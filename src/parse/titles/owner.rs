//! The organisation a page's location names when the registry does not know it: the owner of a
//! mirror's `owner__repo` folder (or of a file saved as `owner__repo__path`), when the page
//! writes that name in its prose ("coreboot", "SPDX", "Buddy Compiler" for `buddy-compiler`).
//! The page's own spelling is given, the one it writes most. Also the owner a page title names
//! in the possessive ([`possessive_owner`]), and the words that never name one.

use super::{find_ci, strip_md};
use crate::orgs::squash;

/// The owner's name as the page writes it (see the module docs), if it does.
pub(crate) fn owner_named(path: &str, text: &str) -> Option<String> {
    let parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let n = parts.len();
    // The folder above the page, then the file's own name: each an `owner__repo...` name.
    let (owner, repo) = [n.checked_sub(2), n.checked_sub(1)]
        .into_iter()
        .flatten()
        .find_map(|i| parts[i].split_once("__"))?;
    let repo = repo.split("__").next().unwrap_or(repo);
    // The account, else the repository's name ("koordinates/kart" on a page about Kart, a
    // copy of "robocomp-web" kept in someone's account).
    name_written(owner, text).or_else(|| name_written(repo_name(repo)?, text))
}

/// The owner of the GitHub account the page links to most (three links or more, more than to
/// any other account: "github.com/frida/frida-core/issues/12" …), as its prose writes the
/// name ("Frida"): a page without a title or intro that names its organisation still points at
/// its code.
pub(crate) fn linked_owner_named(text: &str) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (at, _) in text.match_indices("github.com/") {
        let rest = &text[at + "github.com/".len()..];
        let owner = &rest[..rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len())];
        // (The account's own pages, not GitHub's: "github.com/features", "…/orgs/x".)
        if owner.len() < 3 || ["orgs", "features", "apps", "settings"].contains(&owner) {
            continue;
        }
        match counts
            .iter_mut()
            .find(|(o, _)| o.eq_ignore_ascii_case(owner))
        {
            Some((_, n)) => *n += 1,
            None => counts.push((owner, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (owner, n) = *counts.first()?;
    let ahead = counts.get(1).is_none_or(|&(_, m)| m < n);
    let name = (n >= 3 && ahead)
        .then(|| name_written(owner, text))
        .flatten()?;
    // (And written in the prose three times or more, as a page's subject is: not a mentor's
    // own account, "Mariano Reingart" once under "Potential mentors".)
    // (Not in an address: "github.com/Quux", "quux.org".)
    let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && !"/.@-_".contains(c));
    let written = (text.match_indices(name.as_str()))
        .filter(|&(at, _)| {
            apart(text[..at].chars().next_back()) && apart(text[at + name.len()..].chars().next())
        })
        .count();
    (written >= 3).then_some(name)
}

/// The project's name the page's ideas' titles write, two titles at least and none that
/// names a known skill ("JavaScript"):
/// - a word with a capital inside it, as product names are spelt ("ServiceTalk",
///   "OpenDigger"), in most titles ("Add UDP support to ServiceTalk"), that the page writes
///   three times or more;
/// - or a capitalised word in a third of the titles at least ("Puppet Forge and Foreman",
///   "Foreman git interface") that the page writes ten times or more, capitalised in 85% of
///   them: a name, where a word of title case ("Improve Data Export") is written small in the
///   prose. (Not an acronym: "API", "CLI".)
pub(crate) fn named_in_titles(titles: &[&str], text: &str) -> Option<String> {
    if titles.len() < 2 {
        return None;
    }
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.any(char::is_lowercase)
            && w.chars().all(char::is_alphanumeric)
    };
    let product = |w: &str| capitalised(w) && w.chars().skip(1).any(char::is_uppercase);
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for t in titles {
        let mut seen: Vec<&str> = Vec::new();
        for w in t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| capitalised(w))
        {
            if seen.contains(&w) {
                continue;
            }
            seen.push(w);
            match counts.iter_mut().find(|(c, _)| *c == w) {
                Some((_, n)) => *n += 1,
                None => counts.push((w, 1)),
            }
        }
    }
    let skills = crate::skills::SkillTable::bundled();
    let name = |&(w, n): &(&str, usize)| {
        if n < 2 || skills.canonical(w).is_some() || is_programme_word(w) {
            return false;
        }
        let written = text.matches(w).count();
        if product(w) {
            return n * 3 >= titles.len() * 2 && written >= 3;
        }
        let any_case = find_all_ci(text, w);
        n * 3 >= titles.len() && written >= 10 && written * 20 >= any_case * 17
    };
    counts.iter().find(|c| name(c)).map(|(w, _)| w.to_string())
}

/// How many times a text writes a word in any case (ASCII letters only differ).
fn find_all_ci(text: &str, word: &str) -> usize {
    let lower = word.to_ascii_lowercase();
    (text.as_bytes().windows(word.len()))
        .filter(|w| w.eq_ignore_ascii_case(lower.as_bytes()))
        .count()
}

/// The name a repository is called by, before the words that say what the repository holds:
/// "kart", "robocomp" of "robocomp-blog-web", "quux" of "quux.github.io"; none for a
/// repository named by those words alone ("summer-of-code", "GSoC", "website").
fn repo_name(repo: &str) -> Option<&str> {
    let holds = crate::words::list("orgs.repository_words");
    let repo = repo.strip_prefix("www.").unwrap_or(repo);
    let repo = repo.split('.').next().unwrap_or(repo);
    let lead = repo
        .split(['-', '_'])
        .take_while(|w| !holds.contains(&w.to_ascii_lowercase().as_str()))
        .count();
    let end = (repo.split(['-', '_']).take(lead))
        .map(|w| w.len() + 1)
        .sum::<usize>();
    let name = repo.get(..end.saturating_sub(1))?;
    (name.len() >= 3).then_some(name)
}

/// The page's own spelling of an account or repository name (`owner`), when its prose writes
/// it (see the module docs).
fn name_written(owner: &str, text: &str) -> Option<String> {
    let full = squash(owner);
    // The name before a suffix that only says what the account is ("tokio-rs", "rust-lang",
    // "mathesar-foundation"), where the page does not write the whole name.
    // (Or a capitalised last word: "BelaPlatform".)
    let camel = (owner.char_indices().skip(1))
        .filter(|&(i, c)| {
            c.is_uppercase() && owner[..i].chars().last().is_some_and(char::is_lowercase)
        })
        .last()
        .map(|(i, _)| (&owner[..i], &owner[i..]));
    let short = owner
        .rsplit_once(['-', '_'])
        .or(camel)
        .filter(|(_, s)| OWNER_SUFFIXES.iter().any(|x| s.eq_ignore_ascii_case(x)))
        .map(|(name, _)| squash(name));
    if full.len() < 3 {
        return None;
    }
    // Only the lines that write the owner's first word, in any case, are read (reading every
    // line cost 8% of `list` on real pages): "buddy" of "buddy-compiler", "Internet" of
    // "InternetHealthReport", "RoboComp" of "robocomp".
    // (A word ends before a capital after a small letter, "InternetHealth", or before the
    // last capital of a run that a small letter follows, "BIRDSOpen".)
    let chars: Vec<char> = owner.chars().collect();
    let starts_word = |i: usize| {
        let (prev, c, next) = (chars[i - 1], chars[i], chars.get(i + 1));
        c.is_uppercase()
            && (prev.is_lowercase()
                || (prev.is_uppercase() && next.is_some_and(|n| n.is_lowercase())))
    };
    let first: String = (0..chars.len())
        .take_while(|&i| chars[i].is_alphanumeric() && !(i > 0 && starts_word(i)))
        .map(|i| chars[i])
        .collect();
    let lower = first.to_lowercase();
    if lower.is_empty() {
        return None;
    }
    // (Not the lines that name mentors: a personal account's owner is a person there,
    // "Mentor: Michael Meffie" on a page kept in `meffie/...`.)
    let lines: Vec<&str> = (text.lines())
        .filter(|l| find_ci(l, &lower).is_some() && find_ci(l, "mentor").is_none())
        .collect();
    if lines.is_empty() {
        return None;
    }
    // Words of prose: links become their text, addresses are left out.
    let prose = strip_md(&lines.join("\n"));
    let words: Vec<&str> = prose
        .split_whitespace()
        .filter(|w| !w.contains("://") && !w.contains('/') && !w.contains('@'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    [Some(full), short.filter(|s| s.len() >= 3)]
        .into_iter()
        .flatten()
        .find_map(|want| most_written(&words, &want))
}

/// What an account name's last part may say about the account rather than name it.
const OWNER_SUFFIXES: [&str; 11] = [
    "rs",
    "lang",
    "org",
    "project",
    "dev",
    "hq",
    "io",
    "team",
    "community",
    "foundation",
    "platform",
];

/// The spelling of `want` (a squashed name) the words write most, if they write it.
fn most_written(words: &[&str], want: &str) -> Option<String> {
    let mut spellings: Vec<(String, usize)> = Vec::new();
    for i in 0..words.len() {
        // One to three words that squash to the owner: "Buddy Compiler", "Cloud-CV".
        let mut joined = String::new();
        for w in words.iter().skip(i).take(3) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(w);
            let s = squash(&joined);
            if s.len() > want.len() || !want.starts_with(&s) {
                break;
            }
            if s == want {
                match spellings.iter_mut().find(|(x, _)| *x == joined) {
                    Some((_, k)) => *k += 1,
                    None => spellings.push((joined.clone(), 1)),
                }
                break;
            }
        }
    }
    // The spelling written most; a capitalised one first among equals ("SPDX", not "spdx").
    spellings
        .into_iter()
        .max_by_key(|(s, k)| (*k, s.starts_with(char::is_uppercase)))
        .map(|(s, _)| s)
}

/// The owner a title that names the programme opens with: "Emory BMI's Journey with Google
/// Summer of Code 2025", "Quuxlib's GSoC ideas" (capitalised words, four at most).
pub(super) fn possessive_owner(title: &str) -> Option<String> {
    let (name, rest) = title
        .split_once("'s ")
        .or_else(|| title.split_once("\u{2019}s "))?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && !NOT_NAMES.contains(&lower.as_str())
                && !PERSONAL_WORDS.contains(&lower.as_str())
                && ![
                    "everyone",
                    "everybody",
                    "anyone",
                    "someone",
                    "today",
                    "year",
                ]
                .contains(&lower.as_str())
                && !is_programme_word(w)
        });
    (named && rest.split_whitespace().any(is_programme_word)).then(|| words.join(" "))
}

/// Words of a sentence written to the reader, never of a name.
pub(super) const PERSONAL_WORDS: &[&str] = &[
    "we", "we're", "we've", "we'd", "our", "us", "you", "you're", "your", "i", "i'm", "my",
];

/// Whether a word starts a programme's name ("Google", "GSoC'26", "LFX"): never an
/// organisation's.
pub(super) fn is_programme_word(w: &str) -> bool {
    ["Google", "GSoC", "LFX", "Outreachy", "OSPP"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Capitalised words that open a sentence without naming anyone.
pub(super) const NOT_NAMES: &[&str] = &[
    "the",
    "here",
    "there",
    "our",
    "this",
    "open",
    "source",
    "a",
    "an",
    "your",
    "whole",
    "entire",
    "wider",
    "broader",
    "global",
    "developer",
    "user",
    "research",
    // Function words, whatever their case ("our discussions AND community channels").
    "and",
    "or",
    "of",
    "for",
    "with",
    "to",
    "in",
    "on",
    "at",
    "by",
    "from",
    "all",
    "any",
    "every",
    "each",
    "both",
    "new",
    // Chat services, whose community is where people talk ("our Slack community").
    "slack",
    "discord",
    "gitter",
    "zulip",
    "telegram",
    "matrix",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_is_named_as_the_page_writes_it() {
        let page = "# Ideas\n\nThe Quill Works team welcomes you. See \
                    https://github.com/quill-works/x and [quill-works](https://q.example).\n\
                    Quill Works is small.";
        assert_eq!(
            owner_named("mirror/quill-works__site/ideas.md", page).as_deref(),
            Some("Quill Works")
        );
        assert_eq!(
            owner_named(
                "pages/spdx__GSoC__2023_ideas.md",
                "SPDX tools and spdx files; SPDX."
            )
            .as_deref(),
            Some("SPDX")
        );
        // A run of capitals is a word of its own ("BIRDSOpenSource").
        assert_eq!(
            owner_named(
                "m/BIRDSOpenSource__site/ideas.md",
                "About BIRDS Open Source, a lab."
            )
            .as_deref(),
            Some("BIRDS Open Source")
        );
        // Only in addresses, or no `owner__repo` name: none.
        assert_eq!(
            owner_named("m/waycrate__site/ideas.md", "https://github.com/waycrate/x"),
            None
        );
        assert_eq!(owner_named("docs/gsoc/ideas.md", "docs and gsoc"), None);
        // The account the page links to most, as the page writes it.
        let page = "Quuxtrace hooks functions. Quuxtrace runs. Quuxtrace is fast.\n[a](https://github.com/quuxtrace/core/issues/1) \
                    [b](https://github.com/quuxtrace/gum) [c](https://github.com/quuxtrace/x) \
                    [d](https://github.com/other/y)";
        assert_eq!(linked_owner_named(page).as_deref(), Some("Quuxtrace"));
        // (Two links are too few; an account the prose names under three times names no one.)
        assert_eq!(
            linked_owner_named(&page.replace("[c](https://github.com/quuxtrace/x)", "")),
            None
        );
        assert_eq!(
            linked_owner_named(&page.replace("Quuxtrace hooks", "It hooks")),
            None
        );
        assert_eq!(
            linked_owner_named(&page.replace("Quuxtrace is", "It is")),
            None
        );
        // A suffix that says what the account is: the name before it.
        assert_eq!(
            owner_named(
                "m/quillio-rs__site/gsoc.md",
                "Quillio provides a trace API."
            )
            .as_deref(),
            Some("Quillio")
        );
        assert_eq!(
            owner_named("m/QuillPlatform__site/gsoc.md", "Quill boards run it.").as_deref(),
            Some("Quill")
        );
        // The repository's name where the account's is not written, as the page writes it
        // (any case), before the words that say what the repository holds.
        assert_eq!(
            owner_named(
                "m/mapworks__quarto/docs.rst",
                "Download Quarto. Quarto maps. QUARTO"
            )
            .as_deref(),
            Some("Quarto")
        );
        assert_eq!(
            owner_named(
                "m/someone__quuxbot-blog-web/ideas.md",
                "QuuxBot runs on QuuxBot."
            )
            .as_deref(),
            Some("QuuxBot")
        );
        assert_eq!(
            owner_named("m/someone__summer-of-code/ideas.md", "Summer of code ideas"),
            None
        );
        // A personal account: its owner is a mentor on the page, not the organisation.
        assert_eq!(
            owner_named(
                "m/hollis__fs-web/ideas.html",
                "<p><em>Mentor:</em> Bram Hollis</p>"
            ),
            None
        );
    }

    #[test]
    fn a_product_name_in_most_titles_names_the_page() {
        let text = "QuillTalk is a toolkit. QuillTalk is fast. Ask on the QuillTalk forum.";
        let titles = [
            "Add UDP support to QuillTalk",
            "New operators for QuillTalk",
            "Docs",
        ];
        assert_eq!(named_in_titles(&titles, text).as_deref(), Some("QuillTalk"));
        // In one title of three, a known skill, or written less than three times: none.
        assert_eq!(named_in_titles(&titles[1..], "QuillTalk"), None);
        assert_eq!(named_in_titles(&["Docs", "Tests", titles[0]], text), None);
        // A capitalised word in a third of the titles, which the page writes capitalised ten
        // times: a name. A word of title case, written small in the prose, is none.
        let text = "Quillman runs hosts. ".repeat(10) + "A quillman.";
        let titles = [
            "Puppet Forge and Quillman",
            "Quillman git interface",
            "Health checks",
        ];
        assert_eq!(named_in_titles(&titles, &text).as_deref(), Some("Quillman"));
        let text = "We export data. ".repeat(10) + "Data rules.";
        let titles = ["Improve Data Export", "Data Views", "Health Checks"];
        assert_eq!(named_in_titles(&titles, &text), None);
        let js = ["Port the UI to TypeScript", "TypeScript types"];
        assert_eq!(
            named_in_titles(&js, "TypeScript TypeScript TypeScript"),
            None
        );
    }
}
