//! A page that lists its ideas as links to the issues that describe them, under a heading that
//! names ideas, with no fields on the page:
//!
//! ```text
//! ## [Project Ideas](https://github.com/o/r/issues?q=label%3Agsoc)
//! - [#991](https://github.com/o/r/issues/991): **Replacement for the language service**
//! - [Unify the test suite](https://github.com/o/r/issues/994)
//! ```
//!
//! Each item is one idea: its bold text (or a link label of two words or more) is the title,
//! the issue (or milestone) its upstream issue. Read only for a list of two items or more in
//! which every item links an issue and has a title, and only when no other recogniser found an
//! idea, or when the heading that names the ideas is inside an idea found ("### [Nest]" then
//! "#### Projects / Ideas" with a list of milestones): then the project is the context of the
//! ideas its list names, not an idea itself.

use super::{Found, Page};
use crate::parse::builder::IdeaBuilder;
use crate::parse::fields;
use crate::parse::outline::Outline;
use crate::parse::text::{extract_urls, is_issue_url, strip_md};
use crate::parse::titles::{clean_title, heading_difficulty};

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    let doc = page.outline;
    let excluded = doc.excluded_headings();
    // (Links to each idea's own page only on a page of ideas: its first heading says so. The
    // page is then read as one idea, its title, when it has a paragraph: that is no idea.)
    let ideas_page =
        (doc.headings.first()).is_some_and(|h| strip_md(&h.text).to_lowercase().contains("idea"));
    let title_only = ideas_page
        && matches!(found.ideas.as_slice(), [p] if p.idea.source.line == doc.headings[0].line);
    let alone = found.ideas.is_empty() || title_only;
    let names_list = |i: usize| {
        let name = strip_md(&doc.headings[i].text).to_lowercase();
        name.contains("idea") || (alone && name.contains("project"))
    };
    for (i, h) in doc.headings.iter().enumerate() {
        let names_ideas = strip_md(&h.text).to_lowercase().contains("idea");
        // ("## Userland projects" then "### Medium" over the list.)
        let level_in_list =
            || heading_difficulty(&h.text).is_some() && doc.parent(i).is_some_and(names_list);
        if excluded[i] || !(names_list(i) || level_in_list()) {
            continue;
        }
        let own_pages = alone && (names_ideas || ideas_page);
        let items = issue_items(doc, h.body.start, super::section_end(doc, i), own_pages);
        if items.is_empty() {
            continue;
        }
        if title_only {
            found.ideas.clear();
        } else if !alone {
            // The idea whose section holds the list: the nearest heading above that is one.
            let holder = (0..i).rev().find(|&k| {
                doc.subtree_end(k) > i
                    && (found.ideas.iter()).any(|p| p.idea.source.line == doc.headings[k].line)
            });
            let Some(k) = holder else {
                continue;
            };
            let line = doc.headings[k].line;
            found.ideas.retain(|p| p.idea.source.line != line);
        }
        for (line, title, url) in items {
            // ("Port launchd (350h)": the effort the link's text gives.)
            let hours = crate::parse::hours::hours_with_unit(&title);
            let mut b = IdeaBuilder::new(title, line, page.ctx);
            b.hours = hours;
            b.org_heading = doc.heading_context(line, 7).0;
            if is_tracker(&url) {
                b.upstream = vec![url];
            } else {
                b.links = vec![url];
            }
            found.ideas.push(b.finish(page.ctx));
        }
    }
}

fn is_tracker(url: &str) -> bool {
    is_issue_url(url) || url.contains("/milestone/")
}

/// The (line, title, issue URL) of the list items in `doc.text[start..end]`, when there are two
/// or more and every item has both; nothing otherwise. With `own_pages` (a page with no other
/// ideas), an item may instead be one link alone to the idea's own page ("- [Port launchd
/// (350h)](https://wiki.example.org/project/launchd/)"), as a wiki's index of ideas lists them.
fn issue_items(
    doc: &Outline<'_>,
    start: usize,
    end: usize,
    own_pages: bool,
) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let from = start.min(end);
    let first = doc.lines_index.line(from);
    for (k, line) in doc.text[from..end].lines().enumerate() {
        let body = line.trim_end();
        let content = fields::content_start(body);
        let trimmed = body.trim_start();
        let is_item = content > body.len() - trimmed.len()
            && (trimmed.starts_with(['-', '*', '+'])
                || trimmed.starts_with(|c: char| c.is_ascii_digit()));
        if !is_item {
            continue;
        }
        let item = &body[content..];
        let urls = extract_urls(item);
        let own_page = || {
            let link = item.trim_end_matches(['.', ',', ';', ' ']);
            let whole = link.starts_with('[') && link.ends_with(')') && urls.len() == 1;
            (own_pages && whole && link.matches("](").count() == 1)
                .then(|| urls[0].clone())
                .filter(|u| u.starts_with("http"))
        };
        let Some(url) = urls
            .iter()
            .find(|u| is_tracker(u))
            .cloned()
            .or_else(own_page)
        else {
            return Vec::new();
        };
        // (One kind of link a list: an issue beside a forum's link is no list of ideas.)
        if (out.first())
            .is_some_and(|o: &(usize, String, String)| is_tracker(&o.2) != is_tracker(&url))
        {
            return Vec::new();
        }
        let Some(title) = item_title(item) else {
            return Vec::new();
        };
        out.push((first + k, title, url));
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The title of an item: its bold text, or the label of its first link when that is two words
/// or more (not "#991").
fn item_title(item: &str) -> Option<String> {
    let bold = item
        .split("**")
        .nth(1)
        .filter(|_| item.matches("**").count() >= 2);
    let label = || {
        let rest = &item[item.find('[')? + 1..];
        let label = &rest[..rest.find("](")?];
        (label.split_whitespace().count() >= 2).then_some(label)
    };
    let title = clean_title(&strip_md(bold.or_else(label)?));
    (!title.is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use crate::model::Idea;
    use crate::parse::page::parse_page;
    use crate::parse::Defaults;
    use crate::skills::SkillTable;

    fn parse_str(text: &str, path: &str) -> Vec<Idea> {
        let page = parse_page(path, text, SkillTable::bundled(), &Defaults::default());
        page.ideas.into_iter().map(|p| p.idea).collect()
    }

    #[test]
    fn a_list_of_issue_links_under_an_ideas_heading_gives_one_idea_each() {
        let page = "# GSoC 2026\n\n## [Project Ideas](https://github.com/o/r/issues?q=label)\n\
            Our ideas:\n\
            - [#991](https://github.com/o/r/issues/991): **GSoC 2026: Faster parser**\n\
            - [Unify the test suite](https://github.com/o/r/issues/994)\n\n## How to apply\n\
            - [Read this](https://example.org/apply)\n";
        let ideas = parse_str(page, "ideas.md");
        let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["GSoC 2026: Faster parser", "Unify the test suite"]);
        assert_eq!(
            ideas[0].upstream_issues,
            ["https://github.com/o/r/issues/991"]
        );
    }

    #[test]
    fn an_index_of_links_to_each_ideas_own_page_gives_one_idea_each() {
        let page = "# Quux Project Ideas\n\nRead each page.\n\n## Userland projects\n\n\
            ### Medium\n\n- [Add boot options](https://wiki.example.org/project/boot/)\n\
            - [Port the init daemon (350h)](https://wiki.example.org/project/init/)\n";
        let ideas = parse_str(page, "ideas.md");
        let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles.len(), 2, "{titles:?}");
        assert_eq!(ideas[0].links, ["https://wiki.example.org/project/boot/"]);
        assert!(ideas[0].upstream_issues.is_empty());
        assert_eq!(ideas[1].hours, [350]);
        // Difficulty from the heading above, as for any idea.
        assert_eq!(
            ideas[0].difficulty,
            crate::model::Difficulty::parse("medium")
        );
        // Not on a page that is not about ideas, nor an item with words besides its link.
        let other = page.replace("Project Ideas", "Handbook");
        assert!(parse_str(&other, "ideas.md").is_empty());
        let worded = page.replace("/boot/)", "/boot/) and more");
        assert!(parse_str(&worded, "ideas.md").is_empty());
    }

    #[test]
    fn an_ideas_list_inside_a_project_found_as_an_idea_gives_its_ideas() {
        let project = |name: &str, sub: &str| {
            format!(
                "### [{name}](https://example.org)\n\nA platform.\n\n**Mentors:** Ana Ruiz\n\
                **Skills:** Python\n\n#### {sub}\n\n\
                - [Board data access](https://github.com/o/{name}/milestone/20): records.\n\
                - [Health dashboard](https://github.com/o/{name}/issues/17): metrics.\n"
            )
        };
        let page = format!(
            "# Ideas\n\n{}\n{}\n### Scanner\n\n**Mentors:** Bo Chen\n**Skills:** Go\n",
            project("Nest", "Projects / Ideas"),
            project("Tracker", "Project tasks"),
        );
        let ideas = parse_str(&page, "ideas.md");
        let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
        // A list under a heading that names ideas is the project's ideas; a list of tasks
        // under an idea is part of it.
        assert_eq!(
            titles,
            [
                "Board data access",
                "Health dashboard",
                "Tracker",
                "Scanner"
            ]
        );
        assert_eq!(
            ideas[0].upstream_issues,
            ["https://github.com/o/Nest/milestone/20"]
        );
    }

    #[test]
    fn a_list_with_an_item_that_links_no_issue_is_not_an_idea_list() {
        let page = "## Ideas\n\n- [#1](https://github.com/o/r/issues/1): **Faster parser**\n\
            - [Our forum](https://example.org/forum)\n";
        assert!(parse_str(page, "ideas.md").is_empty());
    }
}
