//! Ideas listed under a label inside a project's section. Umbrella pages give each member
//! project a heading with the fields its ideas share, then a label that names ideas and a list
//! of them:
//!
//! ```text
//! ### OpenColorIO
//! - Skills: C++, Python
//! - Mentors: Carol Payne
//!
//! Project Ideas:
//!
//! * Implement OCIO in WebAssembly and a proof-of-concept app in the browser.
//!     - First make OCIO compile to WASM.
//! * Look for additional tasks in the project's issues.   (under every project: no idea)
//! ```
//!
//! Each item is an idea with the section's fields; its first sentence is its title, the rest
//! its description. An item the page says the same way under two lists or more, or one that
//! invites proposals of one's own, is the page's boilerplate, not an idea; a section whose list
//! holds only such items gives no idea. Asked after the heading recogniser, whose idea for such
//! a section (the project with its fields) gives way to the ideas of its list.

use super::{Found, Page};
use crate::parse::outline::Outline;
use crate::parse::text::{clean_block, strip_md};
use crate::parse::titles::clean_title;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::collections::HashMap;
use std::ops::Range;

/// Labels that name the ideas listed after them (lower-case, without the colon).
const LABELS: [&str; 11] = [
    "project ideas",
    "ideas",
    "projects / ideas",
    "projects/ideas",
    "possible projects",
    "proposed projects",
    "suggested projects",
    "potential projects",
    "project ideas list",
    "ideas list",
    "list of ideas",
];

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    if found.ideas.is_empty() {
        return;
    }
    let doc = page.outline;
    let lists = label_lists(doc);
    let mut said: HashMap<String, usize> = HashMap::new();
    for item in lists.iter().flat_map(|l| &l.items) {
        *said.entry(key(&item.text)).or_default() += 1;
    }
    for list in lists {
        let line = doc.headings[list.heading].line;
        let Some(at) = found.ideas.iter().position(|i| i.idea.source.line == line) else {
            continue;
        };
        let shared = found.ideas.remove(at);
        let project = shared.idea.title.clone();
        for item in list.items {
            if said.get(&key(&item.text)).copied().unwrap_or(0) > 1 || invites(&item.text) {
                continue;
            }
            let (title, rest) = title_and_rest(&item.text);
            if title.is_empty() {
                continue;
            }
            let mut p = shared.clone();
            p.idea.title = title;
            p.idea.description = Some(clean_block(rest)).filter(|d| !d.is_empty());
            p.idea.source.line = item.line;
            // The section names the project the ideas belong to.
            p.idea.org = Some(project.clone());
            found.ideas.push(p);
        }
    }
}

/// A list of ideas under a label in the section of heading `heading`.
struct LabelList {
    heading: usize,
    items: Vec<Item>,
}

/// One item of such a list: its first line and its text without the list marker.
struct Item {
    line: usize,
    text: String,
}

/// The labelled lists of ideas of the page, in page order.
fn label_lists(doc: &Outline<'_>) -> Vec<LabelList> {
    let mut out = Vec::new();
    for (k, h) in doc.headings.iter().enumerate() {
        // The section: from the heading's text to the next heading (its fields included).
        let body = h.body.start..super::section_end(doc, k).max(h.body.start);
        let Some(text) = doc.text.get(body.clone()) else {
            continue;
        };
        // (Most sections name no ideas: only those with a word of a label are read.)
        let lower = text.to_ascii_lowercase();
        if h.excluded || !(lower.contains("ideas") || lower.contains("projects")) {
            continue;
        }
        let items: Vec<Item> = listed_after_label(text)
            .into_iter()
            .map(|r| Item {
                line: doc.lines_index.line(body.start + r.start),
                text: strip_marker(&text[r]).to_string(),
            })
            .collect();
        if !items.is_empty() {
            out.push(LabelList { heading: k, items });
        }
    }
    out
}

/// The byte ranges of the top-level items of the lists that follow a label naming ideas
/// ("Project Ideas:") in `text`.
fn listed_after_label(text: &str) -> Vec<Range<usize>> {
    let mut items = Vec::new();
    let (mut depth, mut in_para, mut para, mut after_label, mut taking) =
        (0usize, false, String::new(), false, false);
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) if depth == 0 => {
                in_para = true;
                para.clear();
            }
            Event::Text(t) | Event::Code(t) if in_para => para.push_str(&t),
            Event::End(TagEnd::Paragraph) if depth == 0 => {
                in_para = false;
                after_label = is_label(&para);
            }
            Event::Start(Tag::List(_)) => {
                if depth == 0 {
                    taking = after_label;
                    after_label = false;
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) if depth == 1 && taking => items.push(range),
            Event::Start(_) if depth == 0 => after_label = false,
            _ => {}
        }
    }
    items
}

/// A paragraph that is only a label naming ideas: "Project Ideas:", "**Ideas:**".
fn is_label(para: &str) -> bool {
    (para.trim().strip_suffix(':'))
        .is_some_and(|l| LABELS.contains(&l.trim().to_lowercase().as_str()))
}

/// The item text without its marker ("* ", "- ", "1. ").
fn strip_marker(item: &str) -> &str {
    let t = item.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits > 0 {
        t[digits..].strip_prefix(['.', ')']).unwrap_or(t)
    } else {
        t.strip_prefix(['*', '-', '+']).unwrap_or(t)
    };
    rest.trim_start()
}

/// An item's words, for telling the same item said twice.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An item that invites proposals rather than naming one ("Feel free to submit your own idea").
fn invites(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("your own") || lower.starts_with("feel free")
}

/// The title of an item (its first sentence, up to a colon or a spaced double dash, without a
/// trailing link in brackets) and the rest of its text.
fn title_and_rest(text: &str) -> (String, &str) {
    // The title is in the item's first paragraph, above any list nested in it.
    let mut head_end = text.find("\n\n").unwrap_or(text.len());
    let mut at = 0;
    for line in text[..head_end].split_inclusive('\n') {
        let t = line.trim_start();
        if at > 0 && (t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ")) {
            head_end = at;
            break;
        }
        at += line.len();
    }
    let head = &text[..head_end];
    let cut = [". ", " -- ", " \u{2014} ", ": "]
        .iter()
        .filter_map(|s| head.find(s))
        .chain(
            head.trim_end()
                .ends_with(':')
                .then(|| head.trim_end().len() - 1),
        )
        .min()
        .unwrap_or(head.len());
    let title = head[..cut].trim();
    // "Add a reference render ([issue](https://...))": the link is not part of the title.
    let title = match title.rfind(" ([") {
        Some(open) if title.ends_with("))") => &title[..open],
        _ => title,
    };
    let title = clean_title(&strip_md(&crate::words::collapse_whitespace(title)));
    let rest = text[cut..].trim_start_matches(['.', ':', ' ', '-', '\u{2014}']);
    (title.trim_end_matches('.').to_string(), rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_first_sentences_without_links_or_trailing_colons() {
        let cases = [
            (
                "Convert the bindings to nanobind. We'd like to switch.",
                "Convert the bindings to nanobind",
            ),
            (
                "Feature enhancements for testrender:\n    - \"testrender\" is a ray tracer",
                "Feature enhancements for testrender",
            ),
            (
                "User experience flow -- Develop a documentation framework",
                "User experience flow",
            ),
            (
                "Add Reference Render ([issue](https://example.org/i/1))\n  - This adds",
                "Add Reference Render",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(title_and_rest(text).0, want, "{text:?}");
        }
    }

    #[test]
    fn only_lists_after_a_label_naming_ideas_are_read() {
        let text = "- GitHub: x\n- Skills: C++\n\nProject Ideas:\n\n* One idea.\n  - detail\n* Two\n\nOther:\n\n* not this\n";
        let items: Vec<&str> = listed_after_label(text)
            .into_iter()
            .map(|r| strip_marker(&text[r]).lines().next().unwrap_or(""))
            .collect();
        assert_eq!(items, ["One idea.", "Two"]);
    }
}
