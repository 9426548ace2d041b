//! Layout recognisers: one small recogniser per real-world family of idea-page layouts.
//!
//! Each recogniser looks at the page's [`Outline`] (built once), says whether the page (or a
//! part of it) is in its shape, and yields the ideas it finds there. The page reader asks them
//! in the fixed order of [`LAYOUTS`]: a page whose front-matter describes one idea is that idea
//! and nothing else; otherwise ideas under headings (or in a list under a label such as
//! "Project Ideas:" in a heading's section), ideas in table rows and ideas whose
//! fields are a fenced YAML/TOML block are collected; a page that gave at most one idea may be
//! a list of ideas titled in bold with their sizes (which then share that idea's fields); lists
//! whose items each give an idea's fields inline are read where nothing was found before them;
//! and only when nothing was found do the one-idea
//! fallbacks (a title field, the file name) apply.
//! A new layout family is a new file here and one line in [`LAYOUTS`].

mod bold_items;
mod fenced;
mod file_name;
mod front_matter;
mod inline_items;
mod issue_list;
mod label_lists;
pub(crate) mod sections;
mod single;
mod table_rows;
mod title_field;

use super::builder::PageContext;
use super::frontmatter::FrontMatter;
use super::outline::Outline;
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
type Layout = fn(&Page<'_, '_>, &mut Found) -> Next;

/// The recognisers, in the order they are asked.
const LAYOUTS: &[Layout] = &[
    front_matter::read,
    sections::read,
    label_lists::read,
    table_rows::read,
    fenced::read,
    bold_items::read,
    inline_items::read,
    issue_list::read,
    title_field::read,
    file_name::read,
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

/// Asks every recogniser in turn.
pub(crate) fn read_page(page: &Page<'_, '_>, found: &mut Found) -> Next {
    for layout in LAYOUTS {
        if layout(page, found) == Next::Stop {
            return Next::Stop;
        }
    }
    Next::Continue
}
