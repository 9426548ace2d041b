//! What the parser gives: the ideas of a page with where their fields were written, the
//! sections that look like ideas but are not, the problems found, and the defaults a caller
//! gives. Data only; every other module of the parser builds or reads these.

use super::fields::Field;
use super::titles::is_mustache_placeholder;
use crate::model::{Idea, Program};
use std::fmt;

/// Reads one page of text into ideas ([`super::parse_page`]): handed down to the readers of
/// pages held inside a page (a YAML list of ideas, each read as a one-idea page), which sit
/// below the page reader and so cannot name it.
pub(crate) type ReadPage = fn(&str, &str, &crate::skills::SkillTable, &Defaults) -> ParsedPage;

/// A problem found while reading a page; the rest of the page is still read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line in the page.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

/// Where a field of an idea was written, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpan {
    /// The field.
    pub field: Field,
    /// The label as written, e.g. "Mentor(s)" (empty for front-matter keys).
    pub label: String,
    /// 1-based line of the label.
    pub line: usize,
    /// 1-based column (in characters) of the label.
    pub column: usize,
    /// True if the label was written with a colon.
    pub has_colon: bool,
    /// True if the label is a known misspelling.
    pub misspelt: bool,
    /// True if the field came from a heading ("#### Mentors:").
    pub heading: bool,
    /// The value as written (Markdown source after the label, up to the next field).
    pub value: String,
    /// 1-based line where `value` starts.
    pub value_line: usize,
}

/// An idea together with where its parts were found.
#[derive(Debug, Clone)]
pub struct ParsedIdea {
    /// The idea.
    pub idea: Idea,
    /// Every labelled field of the idea, in page order.
    pub fields: Vec<FieldSpan>,
    /// 1-based line of a description written without a label, if that is where the
    /// description came from.
    pub unlabelled_description: Option<usize>,
}

impl ParsedIdea {
    /// True if a field of the idea is a `{{ ... }}` template placeholder.
    pub(crate) fn has_placeholder(&self) -> bool {
        self.fields
            .iter()
            .any(|f| is_mustache_placeholder(&f.value))
    }
}

/// Everything read from one page.
#[derive(Debug, Clone, Default)]
pub struct ParsedPage {
    /// The ideas, in page order.
    pub ideas: Vec<ParsedIdea>,
    /// Problems found; the ideas are what could still be read.
    pub warnings: Vec<Warning>,
    /// Sections that look like ideas but are not counted (templates, past projects, withdrawn
    /// or TBD-only ideas, sections with one idea field), in page order, each with the reason.
    pub skipped: Vec<SkippedSection>,
}

/// Page-level defaults given by the caller (for example `ideas import --program gsoc`). They fill
/// in what the page does not say; they never override the page.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// Programme.
    pub program: Option<Program>,
    /// Year.
    pub year: Option<u16>,
    /// Term.
    pub term: Option<String>,
    /// Organisation.
    pub org: Option<String>,
    /// The name of the site the page is part of, as an HTML page's head title gives it
    /// ("Performance Co-Pilot"): the organisation when nothing on the page names one.
    pub site: Option<String>,
}

/// The start of the warning given for an idea without a title (the validator reports it as
/// `missing-title`).
pub const UNTITLED_IDEA: &str = "idea without a title";

/// A section of a page that looks like an idea but was not counted as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedSection {
    /// 1-based line of the section's heading (or of the idea's title).
    pub line: usize,
    /// The section's title as written (Markdown removed).
    pub title: String,
    /// Why it is not an idea.
    pub reason: SkipReason,
}

/// Why a section is not an idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipReason {
    /// A template or example for writing ideas ("Idea template", "Example project") or a
    /// section for ideas of one's own ("Contributor-proposed project").
    Template,
    /// A title left for the author to fill in ("Project Title", "TBD").
    Placeholder,
    /// A list of accepted-and-finished, completed or past projects.
    PastProjects,
    /// An idea that says it is no longer offered or is already taken.
    Withdrawn,
    /// An idea whose every field is "TBD" (or TBA, TODO, "-").
    TbdOnly,
    /// An idea-like section (beside ideas, under the same parent) with only one idea field,
    /// such as a heading with just a description.
    MissingFields,
    /// A heading that titles a page of ideas ("New contributor ideas"), read with the page's
    /// intro as if it were one idea, with no mentor.
    PageTitle,
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SkipReason::Template => "a template or a place for ideas of one's own",
            SkipReason::Placeholder => "a placeholder title",
            SkipReason::PastProjects => "a list of completed or past projects",
            SkipReason::Withdrawn => "no longer offered",
            SkipReason::TbdOnly => "every field is TBD",
            SkipReason::MissingFields => "only one idea field (an idea needs two)",
            SkipReason::PageTitle => "the title of a page of ideas, not of one idea",
        })
    }
}
