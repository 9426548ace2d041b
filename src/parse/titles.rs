//! Headings and titles: which headings are templates, placeholders, numbered or generic
//! ("Project Ideas for 2025"), which name a status or a size, and how a heading becomes a title.

use super::frontmatter;
use super::hours::{hours_with_unit, parse_hours};
use super::text::strip_md;
use super::text::{collapse_whitespace, find_ci, strip_liquid_tags};
use crate::model::{Difficulty, Status};

mod facts;
mod intro_orgs;
mod numbering;
mod orgs;
mod owner;
pub(crate) use facts::{split_level_prefix, split_title_facts};
pub(crate) use intro_orgs::{org_about, org_described, org_from_intro};
use numbering::{chinese_number_prefix_len, named_number_prefix_len, number_prefix_len};
pub(crate) use numbering::{
    is_number_only_title, is_numbered_heading, issue_number_len, numbering_word, starts_numbered,
};
pub(crate) use orgs::{
    clean_org, only_page_words, org_after_for, org_from_heading, org_from_list_title,
    org_from_own_title, org_from_page_title, org_from_site_title, org_mentored_by,
};
pub(crate) use owner::{linked_owner_named, named_in_titles, owner_named};

/// Headings whose section never holds ideas: templates, examples, custom proposals.
pub(crate) fn is_excluded_heading(text: &str) -> bool {
    // (This word scan and the other first looks at a heading in this file, `find_ci` and
    // the first word of `is_numbered_heading`, buy 10% of `list`'s time on the real pages of
    // `benches/` (0.63 s of CPU without them, 0.57 s with).)
    // Every test below needs one of these words: most headings (idea titles) have none, and
    // are answered by one scan instead of a lower-cased copy and twenty searches. (Lower-casing
    // makes no ASCII letter of these words out of another character.)
    static WORDS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(PAST_PROJECT_WORDS.iter().chain(PLACEHOLDER_WORDS).chain(&[
                "template",
                "example",
                "sample",
                "custom project",
                "contributor",
                "propose your own",
                "own idea",
                "own project idea",
                "your project",
                "your idea",
                "not a gsoc idea",
                "contents",
                "toc",
                "index",
                "admin",
                "team",
                "timeline",
                "dates",
                "application",
            ]))
            .expect("fixed words")
    });
    words.is_match(text) && excluded_by_words(text)
}

/// [`is_excluded_heading`] without its first scan.
fn excluded_by_words(text: &str) -> bool {
    let t = text.trim();
    // ("🧩 Example Idea 1": a decorative emoji before the words.)
    let t = t[super::fields::emoji_prefix_len(t)..].to_lowercase();
    let t = t.trim();
    let t = t.trim_end_matches(':');
    // A template for ideas ("Template", "Idea template", "Project proposal template"), not an
    // idea about templates ("Grafana template for deployments", "Template Questions", "Report
    // templates", "A template project for custom instructions": a title's length).
    (t.contains("template")
        && (matches!(t, "template" | "templates")
            || (["idea", "project", "proposal", "issue", "application"]
                .iter()
                .any(|w| t.contains(w))
                && t.split_whitespace().count() <= 6)))
        || ["example", "examples", "sample", "samples"].contains(&t)
        || [
            "example idea",
            "example project",
            "sample idea",
            "sample project",
            "idea template",
        ]
        .iter()
        // ("Sample Ideas", "Example projects": the page's ideas, offered as examples of what
        // a contributor may do, not one example of how to write one.)
        .any(|p| t.starts_with(p) && !t[p.len()..].starts_with('s'))
        || t.contains("custom project")
        || is_past_projects_heading(t)
        || t.contains("contributor-proposed")
        || t.contains("contributor proposed")
        || t.contains("propose your own")
        || t.contains("your own idea")
        || t.contains("own project idea")
        // An invitation in an idea's place: "Your project here", "Your idea here".
        || ["your project here", "your idea here"].iter().any(|w| t.contains(w))
        || t.contains("not a gsoc idea")
        || is_contents_heading(text)
        || is_placeholder_title(text)
        || crate::words::list("headings.page_sections").contains(&t)
}

/// A table of contents: "Table of Contents", "Contents", "TOC", "Index". Unlike a template, it
/// excludes only its own text, not the headings after it.
pub(crate) fn is_contents_heading(text: &str) -> bool {
    // Each test needs "contents", "toc" or "index" in the text, in ASCII letters of either case
    // (no other character lower-cases to one of their letters): most headings have none.
    if find_ci(text, "contents").is_none()
        && find_ci(text, "toc").is_none()
        && find_ci(text, "index").is_none()
    {
        return false;
    }
    let t = text.trim().trim_end_matches(':').trim().to_lowercase();
    t.contains("table of contents") || matches!(t.as_str(), "contents" | "toc" | "index")
}

/// Words every title [`is_placeholder_title`] finds has one of (any case).
const PLACEHOLDER_WORDS: &[&str] = &[
    "{{",
    "title",
    "name",
    "tbd",
    "tba",
    "todo",
    "xxx",
    "coming soon",
];

/// Titles a template leaves for the author to fill in: "Idea Title", "Project Title", "Your
/// project name", "{{ title }}", "[Idea name]". A bare "Title" or "Name" is not one: pages
/// with fields as headings write "#### Title" above the real title.
pub fn is_placeholder_title(text: &str) -> bool {
    let t = text.trim();
    if let Some(inner) = t.strip_prefix("{{").and_then(|r| r.strip_suffix("}}")) {
        // "{{ page.title }}", "{{ .Title }}": the site generator writes the page's own title
        // there; "{{ title }}" is left for an author to fill in.
        let inner = inner.trim();
        let reference = inner.contains('.')
            && (inner.chars()).all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
        return !reference;
    }
    let t = t
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>']);
    let t = clean_title(t).to_lowercase();
    // "New projects coming soon": a place for ideas to come.
    if t.contains("coming soon") {
        return true;
    }
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<&str> = words
        .into_iter()
        // "[N] PROJECT TITLE": a letter standing for the number is part of the template.
        .filter(|w| !["your", "the", "of", "here", "goes", "short", "n", "x"].contains(w))
        .collect();
    matches!(
        words.as_slice(),
        ["idea" | "project" | "proposal", "title" | "name"]
            | ["project", "idea", "title" | "name"]
            | ["title" | "name", "idea" | "project"]
            | ["tbd" | "tba" | "todo" | "xxx"]
    )
}

/// A title from a file name: the stem, words split at `-` and `_`, first letter capitalised.
/// A double underscore separates path parts in a flattened name ("gsoc__my-idea.md"); only the
/// last part is the file's own name.
pub(crate) fn title_from_path(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let stem = stem
        .rsplit("__")
        .find(|p| p.chars().any(char::is_alphanumeric))
        .unwrap_or("");
    let words: Vec<&str> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .collect();
    let lower = words.join(" ").to_lowercase();
    if words.is_empty()
        || is_generic_heading(&lower)
        || is_excluded_heading(&lower)
        || ["readme", "index", "main", "home", "draft", "page", "notes"].contains(&lower.as_str())
    {
        return None;
    }
    let mut title = words.join(" ");
    if let Some(first) = title.chars().next() {
        let upper: String = first.to_uppercase().collect();
        title.replace_range(..first.len_utf8(), &upper);
    }
    Some(title)
}

/// True for a heading that is a part of the idea above it, not a title: after an outline
/// number ("3.1", "2.") it is a field and its value ("#### 3.1 Difficulty: Hard" under
/// "### 3. Pre-training API"); so is a short section name closed by a colon that names no
/// field ("### Additional Info:" under "## Project I: Update MySQL Exporter"). The idea takes
/// its parent's title.
pub(crate) fn is_part_heading(text: &str) -> bool {
    let t = text.trim();
    if t.ends_with(':') && t.split_whitespace().count() <= 3 {
        return super::fields::find_label(t, true).is_none();
    }
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if rest.len() == t.len() || !rest.starts_with(' ') {
        return false;
    }
    super::fields::find_label(rest.trim(), false).is_some_and(|l| {
        l.field.is_core()
            && !matches!(
                l.field,
                super::fields::Field::Title | super::fields::Field::Description
            )
            && !rest.trim()[l.value_start..].trim().is_empty()
    })
}

/// Hours a short section heading states with a unit: "small (90 hours)", "Large projects
/// (350 h)". A size word alone ("## Medium") is not enough: pages also group ideas by
/// difficulty.
pub(crate) fn heading_hours(text: &str) -> Vec<u32> {
    if text.split_whitespace().count() <= 6 {
        hours_with_unit(text)
    } else {
        Vec::new()
    }
}

/// The level a section heading names alone ("Easy", "Hard projects", "Intermediate level"):
/// the ideas below it have that difficulty unless they say theirs.
pub(crate) fn heading_difficulty(text: &str) -> Option<Difficulty> {
    const FILLERS: [&str; 8] = [
        "ideas",
        "idea",
        "projects",
        "project",
        "difficulty",
        "level",
        "tasks",
        "issues",
    ];
    let t = text.to_lowercase();
    if t.split_whitespace().count() > 4 || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !FILLERS.contains(w))
        .collect();
    match words.as_slice() {
        [w] => Difficulty::parse(w),
        _ => None,
    }
}

/// A heading written to the reader ("How to get started", "Tips", "About us", a question):
/// a section of the page, never an org or an idea (`headings.reader_sections` of
/// `schemas/words.toml`, compared with the first word).
pub(crate) fn is_reader_section(title: &str) -> bool {
    let first = title.split_whitespace().next().unwrap_or_default();
    title.trim_end().ends_with('?')
        || crate::words::list("headings.reader_sections")
            .iter()
            .any(|w| w.eq_ignore_ascii_case(first))
}

/// Headings that name a part of the page rather than a project: "Project Ideas for 2025 GSoC",
/// "Proposed Project ideas", "Project 1", "Archived ideas", "small (90 hours)".
pub(crate) fn is_generic_heading(text: &str) -> bool {
    // "Idea 1: Improve developer docs" is judged by its title, not by the word that numbers it.
    let titled;
    let text = if numbering_word(text).is_some() {
        titled = clean_title(text);
        &titled
    } else {
        text
    };
    let t = text.to_lowercase();
    let t = t.trim();
    if t.is_empty() || !heading_hours(t).is_empty() {
        return true;
    }
    if is_number_only_title(t) || is_contents_heading(t) {
        return true;
    }
    [
        "idea",
        "proposal",
        "summer of code",
        "gsoc",
        "lfx",
        "ospp",
        "open source promotion plan",
        "outreachy",
        "season of docs",
        "mentorship",
        "projects",
        "archived",
        "accepted",
        "term ",
        // "任务选择" (choice of tasks), "项目列表" (list of projects), "题目" (topics)
        "任务",
        "项目",
        "题目",
    ]
    .iter()
    .any(|w| t.contains(w))
        // ("Programming languages" names no programme.)
        || t.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "program" | "programs" | "programme" | "programmes"))
        || frontmatter::find_year(t).is_some() && t.split_whitespace().count() <= 4
}

/// A heading that names the results of a round and a year: "Accepted projects 2025", "GSoC
/// 2024: selected contributors", "Funded projects (2023)".
pub(crate) fn is_results_heading(text: &str) -> bool {
    // (As in `is_contents_heading`: the words are found in the text as written, ignoring
    // ASCII case, before a lower-cased copy is made for the year.)
    ["accepted", "selected", "funded"]
        .iter()
        .any(|w| find_ci(text, w).is_some())
        && frontmatter::find_year(&text.to_lowercase()).is_some()
}

pub(crate) fn status_of_heading(text: &str) -> Option<Status> {
    let t = text.to_lowercase();
    if t.contains("archived") || t.contains("not accepted") || t.contains("past ideas") {
        Some(Status::Archived)
    } else if t.contains("accepted") || t.contains("selected") {
        Some(Status::Accepted)
    } else if t.contains("proposed") || t.contains("proposals") {
        Some(Status::Proposed)
    } else {
        None
    }
}

/// Heading text without trailing `#`s, a trailing attribute list (`{#faster-tiles}`,
/// `{: .idea}`, as kramdown, Pandoc and Hugo write heading ids) and surrounding whitespace.
pub(crate) fn clean_heading(text: &str) -> String {
    collapse_whitespace(&strip_liquid_tags(without_attributes(text)))
}

/// `text` without a trailing `{#id}`, `{.class}` or `{: ...}` attribute list.
fn without_attributes(text: &str) -> &str {
    let t = text.trim_end();
    match t
        .strip_suffix('}')
        .and_then(|r| r.rfind('{').map(|i| (i, r)))
    {
        Some((open, r))
            if open > 0
                && r[open + 1..].starts_with(['#', '.', ':'])
                && !r[open + 1..].contains(['{', '}']) =>
        {
            t[..open].trim_end()
        }
        _ => text,
    }
}

/// True for an emphasised lead that only prefixes a title ("**Idea**", "_IDEA:_", "**Project
/// 3:**"): what [`clean_title`] removes when it stands before a title with a colon. "**Faster**"
/// of "**Faster** codecs" is a word of the title.
pub(crate) fn is_title_prefix(lead: &str) -> bool {
    let bare = lead
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .trim_end_matches(':');
    !bare.is_empty() && clean_title(&format!("{bare}: x")) == "x"
}

/// An idea title: prefixes such as "Project Title:", "Title:", "Project 12:", "Idea 3:",
/// "Task 2 -", "任务 3 -", "Idea:" removed.
pub fn clean_title(text: &str) -> String {
    let text = text.trim();
    // A decorative emoji before the title ("💡 Faster parser") is not part of it.
    let text = &text[super::fields::emoji_prefix_len(text)..];
    // A list number before the title ("1. Faster parser", "[2] Faster parser").
    let text = &text[number_prefix_len(text)..];
    let text = &text[named_number_prefix_len(text)..];
    let mut t = text[chinese_number_prefix_len(text)..].to_string();
    loop {
        let lower = t.to_lowercase();
        let mut cut = None;
        for prefix in [
            "project title",
            "title",
            "project idea",
            "idea",
            "project",
            "task",
        ] {
            if let Some(rest) = lower.strip_prefix(prefix) {
                // Optional number or letter ("Idea 3:", "Idea A:"), then ':' or '-' or '—'.
                let r = rest.trim_start();
                // ("Project-1: Title": the number joined to the word.)
                let r = (r.strip_prefix('-'))
                    .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
                    .unwrap_or(r);
                let mut r = r.trim_start_matches(|c: char| c.is_ascii_digit() || c == '#');
                let numbered = r.len() < rest.trim_start().len();
                // "Project 1.1: Title", "Project 1-1: Title": a section number.
                while numbered
                    && r.starts_with(['.', '-'])
                    && r[1..].starts_with(|c: char| c.is_ascii_digit())
                {
                    r = r[1..].trim_start_matches(|c: char| c.is_ascii_digit());
                }
                // A letter or a Roman numeral ("Idea A:", "Project Idea IV -"); in `lower`.
                let roman = r.bytes().take_while(|b| b"ivx".contains(b)).count();
                let roman = match t.get(t.len() - r.len()..) {
                    Some(orig)
                        if (2..=4).contains(&roman)
                            && orig
                                .get(..roman)
                                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_uppercase())) =>
                    {
                        roman
                    }
                    _ => 1,
                };
                let r = match r.as_bytes() {
                    [l, ..]
                        if r.len() < rest.len()
                            && l.is_ascii_alphabetic()
                            && r.as_bytes()
                                .get(roman)
                                .is_some_and(|n| !n.is_ascii_alphanumeric()) =>
                    {
                        &r[roman..]
                    }
                    _ => r,
                };
                let r2 = r.trim_start();
                if let Some(after) = r2
                    .strip_prefix(':')
                    .or_else(|| r2.strip_prefix('：'))
                    .or_else(|| r2.strip_prefix(" -"))
                    .or_else(|| r2.strip_prefix('—'))
                    .or_else(|| r2.strip_prefix("- "))
                    // "Project 1. Title", "Idea 2) Title": a number, then '.' or ')'.
                    .or_else(|| r2.strip_prefix(". ").filter(|_| numbered))
                    .or_else(|| r2.strip_prefix(") ").filter(|_| numbered))
                {
                    cut = Some(t.len() - after.len());
                }
                break;
            }
        }
        match cut {
            Some(c) if c < t.len() => t = t[c..].trim().to_string(),
            _ => break,
        }
    }
    let t = t.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    // A title in quotes ("Idea 1: \"Faster tiles\"") is the words inside them.
    let quoted = [
        ('"', '"'),
        ('\u{201c}', '\u{201d}'),
        ('\u{2018}', '\u{2019}'),
    ]
    .iter()
    .find_map(|&(open, close)| t.strip_prefix(open)?.strip_suffix(close))
    .filter(|inner| !inner.contains(['"', '\u{201c}', '\u{201d}']) && !inner.trim().is_empty());
    quoted.unwrap_or(t).trim().to_string()
}

/// Headings that list projects of earlier years or projects already done: "Completed
/// projects", "Past projects", "Previous years' ideas", "Finished projects".
pub(crate) fn is_past_projects_heading(text: &str) -> bool {
    let t = text.to_lowercase();
    PAST_PROJECT_WORDS.iter().any(|w| t.contains(w))
}

/// The words of [`is_past_projects_heading`] (lower case).
const PAST_PROJECT_WORDS: &[&str] = &[
    "completed",
    "past project",
    "past idea",
    "previous project",
    "previous year",
    "finished",
];

/// True for a value that is only a template placeholder: `{{ }}`, `{{ Easy - Hard }}`,
/// `{{ [@foo][] }}`. Hugo shortcodes (`{{< x >}}`, `{{% x %}}`) and Liquid or Hugo variables
/// (`{{ page.mentors }}`, `{{ .Params.x }}`) are not placeholders.
pub(crate) fn is_mustache_placeholder(value: &str) -> bool {
    // Cleaning removes marks, never adds braces: a value without both cannot be one.
    if !value.contains('{') || !value.contains('}') {
        return false;
    }
    let t = strip_md(value);
    let t = t.trim().trim_matches('|').trim();
    let Some(inner) = t.strip_prefix("{{").and_then(|r| r.strip_suffix("}}")) else {
        return false;
    };
    if inner.starts_with('<') || inner.starts_with('%') || inner.contains("{{") {
        return false;
    }
    let inner = inner
        .trim()
        .trim_start_matches('-')
        .trim_end_matches('-')
        .trim();
    let variable = !inner.is_empty()
        && inner
            .split('|')
            .next()
            .unwrap_or("")
            .trim()
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    !variable
}

#[cfg(test)]
mod org_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
pub(crate) use facts::split_title_size;
