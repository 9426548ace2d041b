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
    /// With [`Defaults::lazy_mentors`]: mentor field texts not parsed yet, each with the place
    /// among `idea.mentors` where its mentors go.
    pub pending_mentors: Vec<(usize, String)>,
    /// With [`Defaults::drop_field_spans`]: what the dropped fields said, for the rules that
    /// decide what is not an idea.
    pub field_facts: Option<FieldFacts>,
}

/// What the labelled fields of an idea said, kept when their spans are not
/// ([`Defaults::drop_field_spans`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FieldFacts {
    /// How many labelled fields there were.
    pub count: usize,
    /// True if every one of them was "TBD" or empty.
    pub all_tbd: bool,
    /// True if one of them was a `{{ ... }}` template placeholder.
    pub placeholder: bool,
}

impl ParsedIdea {
    /// True if a field of the idea is a `{{ ... }}` template placeholder.
    pub(crate) fn has_placeholder(&self) -> bool {
        self.field_facts.is_some_and(|f| f.placeholder)
            || self
                .fields
                .iter()
                .any(|f| is_mustache_placeholder(&f.value))
    }
}

impl ParsedIdea {
    /// Parses the mentor texts left by [`Defaults::lazy_mentors`], in page order, and merges
    /// repeated people: `idea.mentors` is then what an eager parse gives.
    pub fn resolve_mentors(&mut self) {
        let pending = std::mem::take(&mut self.pending_mentors);
        resolve_mentors(&mut self.idea.mentors, pending);
    }
}

/// [`ParsedIdea::resolve_mentors`] of an idea's `mentors` and its mentor texts left
/// unparsed (each with the place among `mentors` where its mentors go), for a caller that
/// took them out of the idea.
pub fn resolve_mentors(mentors: &mut Vec<crate::model::Mentor>, pending: Vec<(usize, String)>) {
    if pending.is_empty() {
        return;
    }
    let parsed = std::mem::take(mentors);
    let mut all = Vec::with_capacity(parsed.len() + pending.len());
    let mut parsed = parsed.into_iter();
    let mut at = 0;
    for (place, text) in pending {
        while at < place {
            match parsed.next() {
                Some(m) => all.push(m),
                None => break,
            }
            at += 1;
        }
        all.extend(super::mentors::parse_mentors(&text));
    }
    all.extend(parsed);
    *mentors = super::mentors::dedupe(all);
    // (A list grown by pushing holds four places for its first person: on a page of 100,000
    // ideas, 20 MB held for nobody until the output is written.)
    mentors.shrink_to_fit();
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
    /// Leave the text of mentor fields unparsed until [`ParsedIdea::resolve_mentors`] (for a
    /// caller that drops most ideas before it looks at their mentors).
    pub lazy_mentors: bool,
    /// Keep no [`ParsedIdea::fields`] (for a caller that only wants the ideas): what the
    /// parser itself needs from them is kept in [`ParsedIdea::field_facts`] instead.
    pub drop_field_spans: bool,
    /// Skills the caller keeps ideas for (`list --skill`): an idea whose skills text this test
    /// turns down cannot have them, and is given no skill ids rather than have them extracted
    /// for nothing. (Only for a caller that drops such ideas.)
    pub skill_test: Option<std::sync::Arc<crate::skills::PageTest>>,
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
        })
    }
}
