//! Layout recognisers: one small recogniser per real-world family of idea-page layouts.
//!
//! Each recogniser looks at the page's [`Outline`] (built once), says whether the page (or a
//! part of it) is in its shape, and yields the ideas it finds there. A page whose front-matter
//! describes one idea is that idea and nothing else; otherwise the page reader asks the
//! recognisers in the fixed order of [`LAYOUTS`]: ideas under headings (or in a list under a
//! label such as "Project Ideas:" in a heading's section), ideas in table rows and ideas whose
//! fields are a fenced YAML/TOML block are collected; a page that gave at most one idea may be
//! a list of ideas titled in bold with their sizes (which then share that idea's fields); lists
//! whose items each give an idea's fields inline are read where nothing was found before them;
//! and only when nothing was found does the one-idea fallback (a title field, the file name)
//! apply.
//! A new layout family is a new file here and one line in [`LAYOUTS`].

mod bold_items;
mod fenced;
mod front_matter;
mod inline_items;
mod issue_list;
mod label_lists;
mod one_idea;
pub(crate) mod sections;
mod single;
mod table_rows;

use super::builder::PageContext;
use super::fields::Field;
use super::frontmatter::FrontMatter;
use super::mentors::names_no_one;
use super::outline::{Anchor, Outline};
use crate::parse::idea::{ParsedIdea, ReadPage, Warning};
use crate::skills::SkillTable;
use std::ops::Range;

/// What every recogniser may look at: the page's outline and page-wide facts.
pub(crate) struct Page<'p, 't> {
    /// The page's outline.
    pub(crate) outline: &'p Outline<'t>,
    /// Page-wide facts (programme, year, org, link references).
    pub(crate) ctx: &'p PageContext,
    /// The parsed front-matter, if the page has one that could be read.
    pub(crate) fm: Option<&'p FrontMatter>,
    /// The page's path as displayed (only recorded, never read).
    pub(crate) path: &'p str,
    /// The skills table, for skill ids.
    pub(crate) skills: &'p SkillTable,
    /// The page reader, for pages held inside this one (`fenced`'s YAML lists of ideas).
    pub(crate) parse_page: ReadPage,
}

/// What the recognisers found so far, in the order they were asked.
#[derive(Default)]
pub(crate) struct Found {
    /// Ideas, not yet in page order.
    pub(crate) ideas: Vec<ParsedIdea>,
    /// Problems found.
    pub(crate) warnings: Vec<Warning>,
}

/// Whether later recognisers are still asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// Ask the next recogniser.
    Continue,
    /// The page is fully read: it is one idea (or one untitled idea, reported as a warning).
    Stop,
}

/// A recogniser of one family of page layouts: adds the ideas of its shape to what earlier
/// recognisers found, if the page (or a part of it) is in that shape.
type Layout = fn(&Page<'_, '_>, &mut Found);

/// The recognisers asked after `front_matter::read`, in the order they are asked.
const LAYOUTS: &[Layout] = &[
    sections::read,
    label_lists::read,
    table_rows::read,
    fenced::read,
    bold_items::read,
    inline_items::read,
    issue_list::read,
    one_idea::read,
];

/// Byte offset where heading `j`'s own section ends: the start of the next heading's line.
fn section_end(doc: &Outline<'_>, j: usize) -> usize {
    (doc.headings.get(j + 1)).map_or(doc.text.len(), |next| doc.lines_index.start(next.line))
}

/// The anchors of the headings `range` that are not `excluded`, in page order.
fn anchors_of(doc: &Outline<'_>, range: Range<usize>, excluded: &[bool]) -> Vec<usize> {
    range
        .filter(|&k| !excluded[k])
        .flat_map(|k| doc.headings[k].anchors.clone())
        .collect()
}

/// The headings that are idea field labels ("## Mentors", "### Skills"), in page order.
fn field_headings<'d, 't>(doc: &'d Outline<'t>) -> impl Iterator<Item = &'d Anchor<'t>> {
    (doc.anchors.iter()).filter(|a| a.heading && a.field.is_core())
}

/// Whether the anchors have a mentors field that is a list of people (or a placeholder for
/// them, "Mentors: TBD"), not prose under a "Mentors:" label ("Mentors: please review within
/// two days"): a heading whose only field is such prose is not an idea.
fn names_people(doc: &Outline<'_>, anchors: &[usize]) -> bool {
    anchors
        .iter()
        .map(|&a| &doc.anchors[a])
        .filter(|a| a.field == Field::Mentors)
        .any(|a| !names_no_one(&a.value(doc.text)))
}

/// The list marker at the start of `trimmed` (a line without its indentation): its kind ('-',
/// '*', '+', or '1' for "1." and "1)" with one to three digits) and the text after it and the
/// space that follows it.
pub(crate) fn list_marker(trimmed: &str) -> Option<(char, &str)> {
    ['-', '*', '+']
        .into_iter()
        .find_map(|b| Some((b, trimmed.strip_prefix(b)?.strip_prefix(' ')?)))
        .or_else(|| {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            let rest = trimmed[digits..].strip_prefix(['.', ')'])?;
            (1..=3)
                .contains(&digits)
                .then_some(('1', rest.strip_prefix(' ')?))
        })
}

/// Asks every recogniser in turn, unless the front-matter describes the one idea of the page.
pub(crate) fn read_page(page: &Page<'_, '_>, found: &mut Found) -> Next {
    if front_matter::read(page, found) == Next::Stop {
        return Next::Stop;
    }
    for layout in LAYOUTS {
        layout(page, found);
    }
    section_facts(page.outline, found);
    Next::Continue
}

/// An idea that states no difficulty or no size, whatever layout it was read from (a heading,
/// a table row, a list item), has the one a section heading above it names ("## Easy
/// projects", "## Difficulty level: Medium", "## Large (350 hours)").
fn section_facts(doc: &Outline<'_>, found: &mut Found) {
    for p in &mut found.ideas {
        let line = p.idea.source.line;
        let level = (doc.headings.binary_search_by_key(&line, |h| h.line))
            .map_or(0, |k| doc.headings[k].level);
        if p.idea.difficulty.is_none() {
            p.idea.difficulty = doc.section_difficulty(line, level);
        }
        // A list of ideas right under a field heading that states the level ("##
        // Difficulty level: Easy" over links to issues).
        if p.idea.difficulty.is_none() && level == 0 {
            let heading = (doc.headings.iter().rev())
                .find(|h| h.line < line)
                .map(|h| h.line);
            p.idea.difficulty = (doc.anchors.iter().rev())
                .find(|a| a.heading && a.line < line)
                .filter(|a| a.field == Field::Difficulty && heading.is_none_or(|h| h < a.line))
                .and_then(|a| crate::parse::text::difficulty_of(&a.inline));
        }
        if p.idea.hours.is_empty() {
            p.idea.hours = doc.section_hours(line, level);
        }
    }
}
