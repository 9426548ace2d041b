//! One page of Markdown -> zero, one or many ideas.
//!
//! 1. The front-matter is split off and read ([`super::frontmatter`]).
//! 2. The body is read once into an [`Outline`]: structural headings, field labels ("anchors")
//!    with the byte ranges of their values, tables ([`super::outline`]).
//! 3. Layout recognisers ([`super::layout`]) are asked in a fixed order; each yields the ideas
//!    of its family of layouts, built by [`super::builder`].
//! 4. Templates give nothing: sections titled "Idea Title" or "Example project", and ideas whose
//!    fields hold `{{ ... }}` placeholders.

use super::builder::PageContext;
use super::fields::Field;
use super::frontmatter;
use super::layout::{self, Found, Next, Page};
use super::outline::{LineIndex, Outline, MAX_PAGE};
use super::skipped;
use crate::skills::SkillTable;

pub use super::idea::{
    Defaults, FieldSpan, ParsedIdea, ParsedPage, SkipReason, SkippedSection, Warning, UNTITLED_IDEA,
};
pub use super::text::{clean_block, extract_urls, strip_md};
pub use super::titles::{clean_title, is_placeholder_title};

/// Parses one page. `path` is only recorded in each idea's `source`; no I/O happens here.
pub fn parse_page(path: &str, text: &str, skills: &SkillTable, defaults: &Defaults) -> ParsedPage {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = Vec::new();
    if text.len() > MAX_PAGE {
        // (The outline's positions are four bytes.)
        warnings.push(Warning {
            line: 1,
            message: format!(
                "the page is {} bytes, over the {MAX_PAGE} bytes (2 GiB) a page may be: it is not read",
                text.len()
            ),
        });
        return ParsedPage {
            warnings,
            ..ParsedPage::default()
        };
    }
    let unconflicted = super::text::without_conflict_markers(text);
    if let Some((_, line)) = &unconflicted {
        warnings.push(Warning {
            line: *line,
            message: "an unresolved merge conflict (`<<<<<<<` ... `>>>>>>>`): both sides are read"
                .to_string(),
        });
    }
    let text = unconflicted.as_ref().map_or(text, |(t, _)| t.as_str());
    let lines = LineIndex::new(text);
    let mut front_raw = None;
    let (fm, body_offset) = match frontmatter::split(text) {
        Ok(split) => {
            front_raw = split.front;
            let fm = split.front.and_then(|raw| {
                frontmatter::parse(raw)
                    .map_err(|e| {
                        warnings.push(Warning {
                            line: e.line,
                            message: e.message,
                        })
                    })
                    .ok()
                    .or_else(|| frontmatter::parse_salvaged(raw))
            });
            (fm, split.body_offset)
        }
        Err(e) => {
            warnings.push(Warning {
                line: e.line,
                message: format!("{}; the page is read without it", e.message),
            });
            (None, 0)
        }
    };
    if fm.is_none() && body_offset == 0 {
        // A YAML list of idea maps (a site's data file) rather than Markdown.
        if let Some(ideas) =
            super::yaml_list::yaml_list_ideas(path, text, skills, defaults, parse_page)
        {
            return finish(Found { ideas, warnings }, None);
        }
    }
    let mut outline = Outline::read(text, body_offset, &lines);
    // (A wiki page's title is its file's name: "GSoC-2015-Ideas.md".)
    let file_title = (fm.as_ref().and_then(|f| f.title.as_ref()).is_none())
        .then(|| layout::sections::title_of_file(&outline, path))
        .flatten();
    let page_title = (fm.as_ref().and_then(|f| f.title.as_deref())).or(file_title.as_deref());
    let selected = layout::sections::select_ideas(&outline, page_title);
    outline.set_selected(selected);
    let ctx = PageContext::new(path, text, fm.as_ref(), &outline, defaults);
    let page = Page {
        outline: &outline,
        ctx: &ctx,
        fm: fm.as_ref(),
        path,
        skills,
        parse_page,
    };
    let mut found = Found {
        ideas: Vec::new(),
        warnings,
    };
    let next = layout::read_page(&page, &mut found);
    mentors_of_the_page(text, &outline, &mut found.ideas);
    let mentors = found
        .ideas
        .iter_mut()
        .flat_map(|i| i.idea.mentors.iter_mut());
    super::mentors::name_handles_from_links(text, mentors);
    // (The headings are read only when a mentor lacks an address.)
    let sections = (outline.headings.iter()).map(|h| {
        let body = text.get(h.body.start..h.body.end.min(text.len()));
        (&*h.text, body.unwrap_or(""))
    });
    let mentors = found
        .ideas
        .iter_mut()
        .flat_map(|i| i.idea.mentors.iter_mut());
    super::mentors::addresses_from_directory(sections, mentors);
    let mentors = found
        .ideas
        .iter_mut()
        .flat_map(|i| i.idea.mentors.iter_mut());
    // (And the list of a section that lists the page's people, "## Team" with "* [Ana
    // Lima](…) mentor"; not its prose, which names people in passing.)
    let roster = crate::words::list("mentors.roster_headings");
    let people = (outline.headings.iter())
        .filter(|h| roster.contains(&h.text.trim().to_lowercase().as_str()))
        .map(|h| {
            let body = text.get(h.body.clone()).unwrap_or("").lines();
            let items = body.filter(|l| super::layout::list_marker(l.trim_start()).is_some());
            items.collect::<Vec<_>>().join("\n")
        });
    let lists = (outline.anchors.iter())
        .filter(|a| a.heading && a.field == super::fields::Field::Mentors)
        .map(|a| a.value(text))
        .chain(people);
    super::mentors::complete_from_roster(lists, mentors);
    // (A table of the mentors with their nicknames: "| Mentor | IRC nick | E-Mail |".)
    let mentors = (found.ideas.iter_mut()).flat_map(|i| i.idea.mentors.iter_mut());
    super::mentors::names_from_nick_table(&outline.tables, mentors);
    // (Only front-matter that parsed: the checks against alias bombs and deep nesting ran.)
    if found.ideas.is_empty() && fm.is_some() {
        // A page whose front-matter holds its ideas as a list (`ideas: [{title: ...}]`) for a
        // template to render.
        if let Some(frontmatter::Raw::Yaml(raw)) = front_raw {
            let page_defaults = Defaults {
                program: ctx.program.or(defaults.program),
                year: ctx.year.or(defaults.year),
                org: ctx.org.clone().or_else(|| defaults.org.clone()),
                ..defaults.clone()
            };
            let at = lines.line(raw.as_ptr() as usize - text.as_ptr() as usize);
            if let Some(list) = super::yaml_list::front_matter_ideas(
                path,
                raw,
                at,
                skills,
                &page_defaults,
                parse_page,
            ) {
                found.ideas = list;
            }
        }
    }
    if next == Next::Stop {
        return finish(found, None);
    }
    let mut skipped = skipped::excluded_sections(&outline);
    skipped.extend(skipped::one_field_sections(&outline));
    if !skipped.is_empty() {
        // A section with one labelled field whose other fields are a fenced block of keys is
        // an idea (`layout::fenced`), not a section missing fields. (A template's fields
        // hold `{{ ... }}` placeholders: it is not an idea, see `finish`.)
        let lines: std::collections::HashSet<usize> = found
            .ideas
            .iter()
            .filter(|i| !i.has_placeholder())
            .map(|i| i.idea.source.line)
            .collect();
        skipped.retain(|s| s.reason != SkipReason::MissingFields || !lines.contains(&s.line));
    }
    finish(found, Some(skipped))
}

/// On a page whose ideas name no one, the people of a mentors field before the first idea
/// ("## Project Mentors" with "The primary project mentor will be Ada Lee"; "**Mentors:** Ada
/// Lee, Bo Chen" under the page's title) mentor every idea, when they are one or two: more
/// are the page's pool, from which each idea's mentors are chosen.
fn mentors_of_the_page(text: &str, outline: &Outline<'_>, ideas: &mut [ParsedIdea]) {
    let Some(first) = ideas.iter().map(|i| i.idea.source.line).min() else {
        return;
    };
    if ideas.iter().any(|i| !i.idea.mentors.is_empty()) {
        return;
    }
    let mut people = Vec::new();
    for a in (outline.anchors.iter()).filter(|a| a.field == Field::Mentors && a.line < first) {
        // (People a sentence hands the ideas to, or a field that is not prose.)
        let value = a.value(text);
        let mut named = super::mentors::mentored_by(&value);
        if named.is_empty() && !super::text::is_prose(&clean_block(&value)) {
            named = super::mentors::parse_mentors(&value);
        }
        super::mentors::add_people(&mut people, named);
    }
    if (1..=2).contains(&people.len()) {
        for i in ideas.iter_mut() {
            i.idea.mentors = people.clone();
        }
    }
}

/// The ideas found, templates, withdrawn and TBD-only ideas set aside, all in page order.
/// `skipped` is `None` when the page was read as one idea: nothing is skipped.
fn finish(found: Found, skipped: Option<Vec<SkippedSection>>) -> ParsedPage {
    let mut ideas = found.ideas;
    let skipped = match skipped {
        Some(mut skipped) => {
            ideas.retain(|i| is_an_idea(i, &mut skipped));
            ideas.sort_by_key(|i| i.idea.source.line);
            skipped.sort_by_key(|s| s.line);
            skipped
        }
        None => Vec::new(),
    };
    crate::model::distinct_ids(ideas.iter_mut().map(|i| &mut i.idea));
    ParsedPage {
        ideas,
        warnings: found.warnings,
        skipped,
    }
}

/// False when the idea is not one: a template (its fields hold `{{ ... }}` placeholders), or
/// an idea withdrawn, TBD-only or titled as the page of ideas (noted in `skipped`).
fn is_an_idea(i: &ParsedIdea, skipped: &mut Vec<SkippedSection>) -> bool {
    if i.has_placeholder() {
        return false;
    }
    let reason = if skipped::is_withdrawn(i) {
        SkipReason::Withdrawn
    } else if skipped::is_tbd_only(i) {
        SkipReason::TbdOnly
    } else if skipped::is_page_title(i) {
        SkipReason::PageTitle
    } else {
        return true;
    };
    skipped.push(SkippedSection {
        line: i.idea.source.line,
        title: i.idea.title.clone(),
        reason,
    });
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The organisation and id prefix remembered from one idea to the next
    /// (`PageContext::clean_org`, `PageContext::make_id`) never carry over to an idea of
    /// another organisation: every id is the one made from the idea's own parts.
    #[test]
    fn ids_and_organisations_follow_each_idea_not_the_one_before() {
        let text = "## Alpha **Labs**\n\n### Faster tiles\n\n- Description: Tiles.\n- Mentors: Ada Lee\n\n\
                    ## Beta\n\n### Offline maps\n\n- Description: Maps.\n- Mentors: Bo Chan\n\n\
                    ## Alpha **Labs**\n\n### Route cache\n\n- Description: Routes.\n- Mentors: Cy Dee\n";
        let page = parse_page(
            "gsoc/2026/ideas.md",
            text,
            crate::skills::SkillTable::bundled(),
            &Defaults::default(),
        );
        let orgs: Vec<_> = page.ideas.iter().map(|p| p.idea.org.clone()).collect();
        assert_eq!(
            orgs,
            [
                Some("Alpha Labs".into()),
                Some("Beta".into()),
                Some("Alpha Labs".into())
            ]
        );
        for p in &page.ideas {
            let i = &p.idea;
            let made = crate::model::Idea::make_id(i.program, i.year, i.org.as_deref(), &i.title);
            assert_eq!(i.id, made);
        }
        assert!(
            page.ideas[1].idea.id.contains("-beta-offline-maps"),
            "{}",
            page.ideas[1].idea.id
        );
    }
}
