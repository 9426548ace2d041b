//! Text of values: Markdown stripped or tidied, URLs, issue references, hours, the first item or
//! paragraph of a value, reference links and the organisation an intro paragraph names.
//!
//! These are small pure functions on `&str`, shared by the outline, the recognisers and the
//! idea builder.

mod block;
mod html;
pub use block::clean_block;
pub(crate) use html::{replace_br, split_br, starts_with_br, strip_container_tags};

use super::fields;
use super::frontmatter;
use crate::model::Difficulty;

/// A link reference definition `[label]: url`: the lower-cased label and the URL.
pub(crate) fn ref_def(line: &str) -> Option<(String, String)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let t = line.trim();
    let rest = t.strip_prefix('[')?;
    let close = rest.find("]:")?;
    let label = rest[..close].trim();
    if label.is_empty() || label.starts_with('^') {
        return None;
    }
    let url = rest[close + 2..].split_whitespace().next()?;
    let url = url.trim_start_matches('<').trim_end_matches('>');
    Some((label.to_lowercase(), url.to_string()))
}

/// Turns reference-style links (`[text][id]`, `[text][]`, `[id]`) into inline links using the
/// page's definitions, so mentors and URLs read the same either way. (Takes the value: most
/// pages define no references, and their values are given back as they are, not copied.)
pub(crate) fn resolve_refs(
    value: String,
    refs: &std::collections::HashMap<String, String>,
) -> String {
    if refs.is_empty() || !value.contains('[') {
        return value;
    }
    let value = value.as_str();
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let Some(close) = tail.find(']') else {
            out.push_str(&rest[i..]);
            rest = "";
            break;
        };
        let text = &tail[..close];
        let after = &tail[close + 1..];
        if after.starts_with('(') {
            out.push('[');
            rest = tail;
            continue;
        }
        let (label, consumed) = match after
            .strip_prefix('[')
            .and_then(|a| a.find(']').map(|c| (&a[..c], c + 2)))
        {
            Some(("", n)) => (text, n),
            Some((l, n)) => (l, n),
            None => (text, 0),
        };
        match refs.get(&label.trim().to_lowercase()) {
            Some(url) => {
                out.push_str(&format!("[{text}]({url})"));
                rest = &after[consumed..];
            }
            None => {
                out.push('[');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes `<br>` tags and the YAML block marker from a label's inline value.
pub(crate) fn clean_inline(s: &str) -> String {
    let replaced;
    let t = if s.contains('<') {
        replaced = replace_br(s, " ");
        strip_container_tags(replaced.trim())
    } else {
        s.trim()
    };
    if t == "|" || t == ">" || t == "|-" || t == ">-" {
        String::new()
    } else {
        t.trim_matches(['*', '_']).trim().to_string()
    }
}

pub(crate) fn is_thematic_break(l: &str) -> bool {
    let mut marker = None;
    let mut count = 0;
    for c in l.chars().filter(|c| !c.is_whitespace()) {
        match marker {
            None if matches!(c, '-' | '*' | '_') => marker = Some(c),
            Some(m) if m == c => {}
            _ => return false,
        }
        count += 1;
    }
    count >= 3
}

/// True if a text looks like a sentence of prose rather than a stray word or link.
pub(crate) fn is_prose(s: &str) -> bool {
    let words = s.split_whitespace().count();
    words >= 4 && s.chars().any(|c| c.is_alphabetic())
}

pub(crate) fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Markdown inline syntax removed: links become their text, `<br>`s, Liquid tags and emphasis
/// and code marks dropped, white space collapsed.
pub fn strip_md(s: &str) -> String {
    let mut t = strip_liquid_tags(&replace_br(&strip_links(s), " "));
    // (Each mark is looked for before the text is copied without it: most texts have none, and
    // the copies were 2% of `list` on real pages.)
    for (mark, pair) in [('*', "**"), ('_', "__")] {
        if t.contains(mark) {
            t = t.replace(pair, "");
        }
    }
    if t.contains('`') {
        t = t.replace('`', "");
    }
    collapse_whitespace(&t)
}

/// `[text](url)`, `[text][ref]` and `[text][]` replaced by their text.
fn strip_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        if let Some(close) = tail.find(']') {
            let after = &tail[close + 1..];
            if after.starts_with('(') {
                if let Some(p) = after.find(')') {
                    out.push_str(&tail[..close]);
                    rest = &after[p + 1..];
                    continue;
                }
            }
            out.push_str(&tail[..close]);
            // A reference-style link "[text][ref]" or "[text][]": the label is not text.
            rest = match after
                .strip_prefix('[')
                .and_then(|a| a.find(']').map(|c| &a[c + 1..]))
            {
                Some(r) => r,
                None => after,
            };
            continue;
        }
        out.push('[');
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// Byte offset of `needle` (ASCII, lower-case, not empty) in `hay`, ignoring ASCII case.
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = needle[0];
    // Where the first letter is, in either case: the rest is compared there only.
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i;
        match hay.get(at..at + needle.len()) {
            Some(w) if w.eq_ignore_ascii_case(needle) => return Some(at),
            Some(_) => from = at + 1,
            None => return None,
        }
    }
    None
}

pub(crate) use crate::words::collapse_whitespace;

/// Text without Liquid/Jekyll tags (`{% include x %}`); variables (`{{ x }}`) are kept, as they
/// may be the text itself.
pub(crate) fn strip_liquid_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = memchr::memmem::find(rest.as_bytes(), b"{%") {
        out.push_str(&rest[..i]);
        match rest[i..].find("%}") {
            Some(j) => rest = &rest[i + j + 2..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The list items of a text ("You need to know:\n * C++\n * Python" -> the two items), or
/// the whole text when it has no list.
pub(crate) fn list_items(text: &str) -> String {
    let is_item = |l: &str| {
        let start = fields::content_start(l);
        start > l.len() - l.trim_start().len()
    };
    let mut out = Vec::new();
    let mut in_item = false;
    for l in text.lines() {
        if is_item(l) {
            in_item = true;
            out.push(l);
        } else if in_item && l.starts_with([' ', '\t']) && !l.trim().is_empty() {
            out.push(l);
        } else {
            in_item = false;
        }
    }
    if out.is_empty() {
        text.to_string()
    } else {
        out.join("\n")
    }
}

/// A value split after its first paragraph (at the first blank line following some text).
pub(crate) fn first_paragraph(value: &str) -> (&str, &str) {
    let mut seen_text = false;
    let mut offset = 0;
    for line in value.split_inclusive('\n') {
        if line.trim().is_empty() {
            if seen_text {
                return (&value[..offset], &value[offset..]);
            }
        } else {
            seen_text = true;
        }
        offset += line.len();
    }
    (value, "")
}

/// The difficulty a value states on its first line ("**Medium to difficult**, you will
/// need:"). Later lines are prose or skills, where words such as "basic" or "high" do not rate
/// the idea.
/// A list whose every item gives a level ("- Part 1: medium", "- Part 2: hard") offers the
/// range of them (medium-hard).
pub(crate) fn difficulty_in(value: &str) -> Option<Difficulty> {
    let value = replace_br(value, "\n");
    let items: Vec<String> = line_items(&value).collect();
    let listed = value
        .lines()
        .map(str::trim_start)
        .filter(|l| ["- ", "* ", "+ "].iter().any(|m| l.starts_with(m)))
        .count();
    let levels: Vec<Difficulty> = items.iter().filter_map(|l| difficulty_of(l)).collect();
    if listed > 1 && levels.len() == items.len() {
        return range_of(&levels);
    }
    items.first().and_then(|line| difficulty_of(line))
}

/// The range several levels span ("medium", "hard" -> medium-hard); `None` for no level.
pub(crate) fn range_of(levels: &[Difficulty]) -> Option<Difficulty> {
    let low = levels.iter().map(|d| d.low).min()?;
    let high = levels.iter().map(|d| d.high).max()?;
    Some(Difficulty { low, high })
}

/// A difficulty as written, in English or in a language of the label table ("进阶").
/// As in English ("Medium (basic)"), the word outside a parenthesis is the level, the one
/// inside only when there is none outside: "基础(中等)", "基础（中）" → easy.
///
/// The sentences after a level alone explain it: "Medium. The first part is easy; the last
/// is challenging." is medium ("Some of it is medium. The rest is hard." is medium-hard).
pub(crate) fn difficulty_of(text: &str) -> Option<Difficulty> {
    if let Some((first, _)) = text.split_once(". ") {
        if fields::is_difficulty(&strip_md(first)) {
            return difficulty_of(first);
        }
    }
    // "Medium – likely to succeed, with a high chance": a dash after a level alone starts its
    // explanation, unless a level follows it ("Medium - Hard" is a range).
    for dash in [" – ", " — ", " - "] {
        let Some((first, rest)) = text.split_once(dash) else {
            continue;
        };
        let next = rest
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty());
        if fields::is_difficulty(&strip_md(first))
            && next.is_some_and(|w| {
                crate::model::Level::parse_word(&w.to_lowercase()).is_none()
                    && fields::difficulty_word(w).is_none()
            })
        {
            return difficulty_of(first);
        }
    }
    let word = |w: &str| fields::difficulty_word(w.trim()).and_then(Difficulty::parse);
    let plain = strip_md(text);
    let (outside, inside) = match plain.split_once(['(', '（']) {
        Some((o, rest)) => (o, rest.split([')', '）']).next().unwrap_or("")),
        None => (plain.as_str(), ""),
    };
    Difficulty::parse(text)
        .or_else(|| word(&plain))
        .or_else(|| word(outside))
        .or_else(|| word(inside))
}

/// The first item of a value: its first non-empty line, without list markers or Markdown.
pub(crate) fn first_item(value: &str) -> Option<String> {
    line_items(value).next()
}

/// The non-empty lines of a value without list markers or Markdown.
fn line_items(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .lines()
        .map(|l| strip_md(&l[fields::content_start(l)..]))
        .filter(|l| !l.is_empty())
}

/// http(s) URLs in a text, in order, without trailing punctuation.
pub fn extract_urls(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(pos) = text[i..].find("http") {
        let start = i + pos;
        let rest = &text[start..];
        if !(rest.starts_with("http://") || rest.starts_with("https://")) {
            i = start + 4;
            continue;
        }
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '\'' | '|')
            })
            .unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '*', '_']);
        if url.len() > "https://".len() && !out.iter().any(|u| u == url) {
            out.push(url.to_string());
        }
        i = start + end.max(1);
    }
    out
}

/// True for URLs that point at an issue or pull request.
pub(crate) fn is_issue_url(u: &str) -> bool {
    u.contains("/issues/") || u.contains("/pull/")
}

/// GitHub short references `owner/repo#123` as issue URLs.
pub(crate) fn github_refs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '[' | ']'))
    {
        let Some((repo, num)) = token.split_once('#') else {
            continue;
        };
        let num = num.trim_end_matches(['.', ',', ';', ':']);
        if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let Some((owner, name)) = repo.split_once('/') else {
            continue;
        };
        let ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        if ok(owner) && ok(name) && !repo.contains("//") {
            out.push(format!("https://github.com/{owner}/{name}/issues/{num}"));
        }
    }
    out
}

/// Mentorship programmes began in 2005 (GSoC): a four-digit number before it in a path is an
/// id or a process number, not the page's year.
const FIRST_PROGRAMME_YEAR: u16 = 2005;

/// A year named by the file's path, nearest first: one distinct year in the file name
/// ("gsoc-2024.md", "gsoc2024.md"), else in one of the two folders above it ("2025/README.md",
/// "lfx-2026/term-1/ideas.md"). Folders further up (a home or scratch folder, a checkout
/// named after a date) say nothing about the page.
pub(crate) fn year_from_path(path: &str) -> Option<u16> {
    path.split(['/', '\\'])
        .filter(|part| !part.is_empty())
        .rev()
        .take(3)
        .find_map(year_in_name)
}

/// A programme named by the file's path, nearest first: the file name or one of the three
/// folders above it ("gsoc-2026.md", "programs/lfx-mentorship/2026/01-Mar-May/README.md").
pub(crate) fn program_from_path(path: &str) -> Option<crate::model::Program> {
    path.split(['/', '\\'])
        .filter(|part| !part.is_empty())
        .rev()
        .take(4)
        .find_map(|part| frontmatter::detect_program(&part.replace(['-', '_', '.'], " ")))
}

/// The one distinct year in a file or folder name: a four-digit token, or four digits at the
/// start or end of a token of letters ("gsoc2024", "2024gsoc"; not "a3f2019bc", a hash).
fn year_in_name(name: &str) -> Option<u16> {
    let mut found: Option<u16> = None;
    for token in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        let digits = token.trim_matches(|c: char| c.is_ascii_alphabetic());
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(year) = frontmatter::parse_year(digits).filter(|&y| y >= FIRST_PROGRAMME_YEAR)
        else {
            continue;
        };
        match found {
            None => found = Some(year),
            Some(f) if f == year => {}
            Some(_) => return None,
        }
    }
    found
}

/// A page with an unresolved merge conflict (git's `<<<<<<< ours`, `=======`, `>>>>>>> theirs`
/// lines, committed by mistake) with those marker lines blanked, both sides kept, as a reader
/// reads it; and the line of the first marker. `None` when the page has no such conflict.
/// (Blanked, not removed, so that offsets and line numbers stay those of the page: left
/// alone, `<<<<<<< sha` over `=======` is a heading.)
pub(crate) fn without_conflict_markers(text: &str) -> Option<(String, usize)> {
    // (One search for the pages without one, nearly all.)
    memchr::memmem::find(text.as_bytes(), b"<<<<<<<")?;
    let marker =
        |l: &str, m: &str| (l.strip_prefix(m)).is_some_and(|r| r.is_empty() || r.starts_with(' '));
    let open = text.lines().position(|l| marker(l, "<<<<<<<"))?;
    text.lines().skip(open).find(|l| marker(l, ">>>>>>>"))?;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if ["<<<<<<<", "=======", ">>>>>>>", "|||||||"]
            .iter()
            .any(|m| marker(bare, m))
        {
            out.extend(std::iter::repeat_n(' ', bare.len()));
            out.push_str(&line[bare.len()..]);
        } else {
            out.push_str(line);
        }
    }
    Some((out, open + 1))
}

#[cfg(test)]
mod strip_tests;
#[cfg(test)]
mod tests;
