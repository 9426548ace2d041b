//! What a rule sees and how it reports: the page ([`PageContext`]), one idea on it
//! ([`IdeaContext`]), and an [`Emitter`] that turns positions and messages into findings.
//!
//! Positions that several rules need (where each mentor is written, where a field's value
//! spans) are worked out here once, so the rules stay small and agree with each other.

use super::controls::Controls;
use super::front_keys::FrontKeys;
use super::profile::Requirement;
use super::{Finding, Level};
use crate::model::{Idea, Mentor};
use crate::parse::fields::Field;
use crate::parse::page::{FieldSpan, ParsedIdea};
use crate::parse::SkippedSection;
use crate::skills::SkillTable;

/// One page being checked.
pub struct PageContext<'a> {
    /// The page's text.
    pub text: &'a str,
    /// The page's lines (for locating mentors and skills on them).
    pub lines: Vec<&'a str>,
    /// The ideas the parser found, in page order.
    pub ideas: &'a [ParsedIdea],
    /// The sections the parser did not count as ideas, with the reason.
    pub skipped: &'a [SkippedSection],
    /// The skill table (bundled plus configured aliases).
    pub skills: &'a SkillTable,
    /// The difficulty words `.ideas.toml` allows, when it says.
    pub difficulty: Option<&'a [String]>,
    /// Where the front-matter's keys are written (empty without front-matter).
    pub front: FrontKeys,
    /// The page's `<!-- ideas-disable ... -->` comments.
    pub controls: Controls,
}

impl<'a> PageContext<'a> {
    /// A context for `text`.
    pub fn new(
        text: &'a str,
        ideas: &'a [ParsedIdea],
        skipped: &'a [SkippedSection],
        skills: &'a SkillTable,
        difficulty: Option<&'a [String]>,
    ) -> Self {
        PageContext {
            text,
            lines: text.lines().collect(),
            ideas,
            skipped,
            skills,
            difficulty,
            front: FrontKeys::scan(text),
            controls: Controls::scan(text),
        }
    }

    /// Finds `needle` (case-insensitive) on the lines `from..=to`; returns (line, column).
    pub fn locate(&self, needle: &str, from: usize, to: usize) -> Option<(usize, usize)> {
        let n = needle.to_lowercase();
        if n.is_empty() {
            return None;
        }
        let lines = &self.lines;
        (from.max(1)..=to.min(lines.len())).find_map(|line_no| {
            let lower = lines[line_no - 1].to_lowercase();
            // Lower-casing can change byte lengths; count characters up to the match.
            let byte = lower.find(&n)?;
            Some((line_no, lower[..byte].chars().count() + 1))
        })
    }

    /// 1-based column of the first non-blank character of `line` (1 when unknown).
    pub fn indent_column(&self, line: usize) -> usize {
        line.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .map_or(1, |t| {
                t.chars().take_while(|c| c.is_whitespace()).count() + 1
            })
    }
}

/// One idea being checked.
pub struct IdeaContext<'a> {
    /// The page it is on.
    pub page: &'a PageContext<'a>,
    /// The idea and where its fields were written.
    pub parsed: &'a ParsedIdea,
    /// The fields this idea must have (its profile, or `[require]` in `.ideas.toml`).
    pub required: &'a [Requirement],
}

/// Where an idea's mentors are written.
#[derive(Debug, Clone)]
pub struct MentorSpots {
    /// Where to report a finding about the mentors as a whole: the first Mentor(s) label, else
    /// the idea's heading.
    pub anchor: (usize, usize),
    /// First and last line of the Mentor(s) fields.
    pub lines: (usize, usize),
}

impl<'a> IdeaContext<'a> {
    /// The idea.
    pub fn idea(&self) -> &'a Idea {
        &self.parsed.idea
    }

    /// 1-based line of the idea's heading (or row, or file start).
    pub fn line(&self) -> usize {
        self.parsed.idea.source.line
    }

    /// True if the idea must have `r`.
    pub fn requires(&self, r: Requirement) -> bool {
        self.required.contains(&r)
    }

    /// The labelled fields of one kind, in page order.
    pub fn spans(&self, field: Field) -> impl Iterator<Item = &'a FieldSpan> + 'a {
        self.parsed.fields.iter().filter(move |f| f.field == field)
    }

    /// True if a field of this kind is written with a label.
    pub fn has_field(&self, field: Field) -> bool {
        self.spans(field).next().is_some()
    }

    /// True if the idea was read from the page's front-matter (a canonical idea file): its
    /// facts are front-matter keys, which have no label spans.
    fn read_from_front_matter(&self) -> bool {
        self.line() == 1 && !self.page.front.is_empty()
    }

    /// Where a finding about the idea as a whole goes: its heading, or for an idea read from
    /// front-matter its `title:` key.
    pub fn anchor(&self) -> (usize, usize) {
        self.page
            .front
            .title()
            .filter(|_| self.read_from_front_matter())
            .map_or((self.line(), 1), |k| (k.line, 1))
    }

    /// Line and column of the first label of `field` (or its front-matter key).
    pub fn first_label(&self, field: Field) -> Option<(usize, usize)> {
        self.spans(field)
            .next()
            .map(|f| (f.line, f.column))
            .or_else(|| {
                self.page
                    .front
                    .field(field)
                    .filter(|_| self.read_from_front_matter())
                    .map(|k| (k.line, 1))
            })
    }

    /// First and last line of the fields of one kind (or of its front-matter key's block; the
    /// idea's own line when there are none).
    pub fn field_lines(&self, field: Field) -> (usize, usize) {
        let first = self.spans(field).next();
        let last = self.spans(field).last();
        match (first, last) {
            (Some(a), Some(b)) => (a.line, b.value_line + b.value.lines().count()),
            _ => match self.page.front.field(field) {
                Some(k) if self.read_from_front_matter() => (k.line, k.last_line),
                _ => (self.line(), self.line()),
            },
        }
    }

    /// Where the idea's mentors are written.
    pub fn mentor_spots(&self) -> MentorSpots {
        MentorSpots {
            anchor: self.first_label(Field::Mentors).unwrap_or((self.line(), 1)),
            lines: self.field_lines(Field::Mentors),
        }
    }

    /// Where one mentor of the idea is written: its name, else its handle or email, on the
    /// Mentor(s) lines; else the [`MentorSpots::anchor`]. Worked out only for the mentors a
    /// finding is about (searching the lines for every mentor of every idea was a large part of
    /// a run whose mentors are mostly fine).
    pub fn mentor_spot(&self, m: &Mentor) -> (usize, usize) {
        let MentorSpots {
            anchor,
            lines: (from, to),
        } = self.mentor_spots();
        let fallback = m
            .github
            .as_deref()
            .or(m.email.as_deref())
            .or(m.name.as_deref())
            .unwrap_or("");
        m.name
            .as_deref()
            .and_then(|n| self.page.locate(n, from, to))
            .or_else(|| self.page.locate(fallback, from, to))
            .unwrap_or(anchor)
    }

    /// True if the idea is already published on LFX Mentorship: one of its fields is the
    /// program's `LFX URL` (`https://mentorship.lfx.linuxfoundation.org/project/...`), which
    /// only accepted programs have. A term README of accepted programs is a record, not a draft:
    /// the driver reports its template defects as warnings ([`super::check`]).
    pub fn is_published(&self) -> bool {
        self.parsed.fields.iter().any(|f| {
            f.label.trim().eq_ignore_ascii_case("lfx url")
                && f.value
                    .contains("mentorship.lfx.linuxfoundation.org/project/")
        })
    }

    /// True if the idea states its expected outcome: the model has one, a label gives one, or
    /// its description holds an `Expected outcome(s)` heading or label (the LFX bot's generated
    /// README quotes the proposal's `## Expected outcomes` inside the description).
    pub fn states_outcome(&self) -> bool {
        self.idea().expected_outcomes.is_some()
            || self.has_field(Field::Outcomes)
            || self
                .idea()
                .description
                .as_deref()
                .is_some_and(embeds_outcome)
            || self
                .spans(Field::Description)
                .any(|f| embeds_outcome(&f.value))
    }
}

/// Collects the findings of one rule, with the rule's id, level and the idea's title filled in.
#[allow(missing_docs)]
pub struct Emitter<'o> {
    pub path: &'o str,
    pub rule: &'static str,
    pub level: Level,
    /// The title of the idea the findings are about, if any.
    pub title: Option<&'o str>,
    pub out: &'o mut Vec<Finding>,
}

impl Emitter<'_> {
    /// Reports a finding at a 1-based line and column.
    pub fn emit(&mut self, line: usize, column: usize, message: String) {
        let (at, title) = ((line, column), self.title.map(str::to_string));
        let finding = Finding::new(self.path, at, self.level, self.rule, message, title);
        self.out.push(finding);
    }

    /// Reports a finding about the idea titled `title` (for rules that look at a whole page).
    pub fn emit_about(&mut self, title: &str, line: usize, column: usize, message: String) {
        self.emit(line, column, message);
        if let Some(f) = self.out.last_mut() {
            f.title = Some(title.to_string());
        }
    }
}

/// True if a line of `text` is an `Expected outcome(s)` heading or label, also inside a
/// blockquote or a list item: `> ## Expected outcomes`, `**Expected Outcome:**`,
/// `> * Expected Outcome: ...`.
pub fn embeds_outcome(text: &str) -> bool {
    text.lines().any(|line| {
        let mut t = line.trim_start();
        loop {
            let before = t.len();
            t = t
                .trim_start_matches(['>', '#', '*', '_', '-', '+'])
                .trim_start();
            if t.len() == before {
                break;
            }
        }
        let lower = t.get(..16).map(str::to_ascii_lowercase);
        if lower.as_deref() != Some("expected outcome") {
            return false;
        }
        let rest = t[16..].trim_start_matches(['s', '(', ')', '*', '_']);
        rest.is_empty() || rest.starts_with(':') || rest.trim().is_empty()
    })
}

/// The first line of a value, trimmed.
pub fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("").trim()
}

/// Describes a placeholder value ("TBD", "# ", template text), if the value is one.
pub fn placeholder(value: &str) -> Option<&'static str> {
    let v = value.trim().trim_matches(['*', '_', '`']).trim();
    if v.is_empty() {
        return Some("empty");
    }
    let lower = v.to_lowercase();
    let lower = lower.trim_end_matches('.');
    if matches!(
        lower,
        "tbd" | "tba" | "todo" | "n/a" | "na" | "none" | "?" | "-" | "..." | "xxx"
    ) {
        return Some("\"TBD\"");
    }
    if v.trim_start_matches('-').trim() == "#" || lower == "# " {
        return Some("'#'");
    }
    if TEMPLATE_TEXT.iter().any(|t| lower.contains(t)) {
        return Some("template text");
    }
    None
}

/// Pieces of the LFX template's example values (lower-case).
const TEMPLATE_TEXT: [&str; 5] = [
    "mentor_github",
    "mentor@email",
    "@email.addy",
    "mentor name (",
    "<link to issue>",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_recognised() {
        let cases: &[(&str, Option<&str>)] = &[
            ("", Some("empty")),
            ("  ", Some("empty")),
            ("**TBD**", Some("\"TBD\"")),
            ("TBD.", Some("\"TBD\"")),
            ("tbd...", Some("\"TBD\"")),
            ("N/A", Some("\"TBD\"")),
            ("None", Some("\"TBD\"")),
            ("NONE.", Some("\"TBD\"")),
            ("todo", Some("\"TBD\"")),
            ("?", Some("\"TBD\"")),
            ("-", Some("\"TBD\"")),
            ("...", None),
            ("xxx", Some("\"TBD\"")),
            ("XXX", Some("\"TBD\"")),
            ("#", Some("'#'")),
            ("# .", Some("'#'")),
            ("- #", Some("'#'")),
            ("------#", Some("'#'")),
            ("-   #", Some("'#'")),
            ("-- # x", None),
            ("nonee", None),
            (
                "Mentor Name (@MENTOR_GITHUB, mentor@email.addy)",
                Some("template text"),
            ),
            ("<Link to issue>", Some("template text")),
            ("See <LINK TO ISSUE> here", Some("template text")),
            ("A real description of the work.", None),
            ("Ｔbd", None),
            ("TＢD", None),
            ("\u{212a}", None),
            ("<lin\u{212a} to issue>", Some("template text")),
            ("mentor_g\u{130}thub", None),
            ("Ana (ana@example.org)", None),
            ("`TBA`", Some("\"TBD\"")),
            ("_tba_", Some("\"TBD\"")),
            ("Mentor name (", Some("template text")),
            ("mentor", None),
            ("todo list for the week", None),
        ];
        for &(value, want) in cases {
            assert_eq!(placeholder(value), want, "{value:?}");
        }
    }

    #[test]
    fn outcomes_inside_descriptions() {
        for yes in [
            "> ## Description\n> Words.\n> \n> ## Expected outcomes\n> - A mode.",
            "**Expected Outcome:** a tool",
            "  > * Expected Outcome:",
            "Expected outcome(s)",
            "#### Expected Outcomes",
        ] {
            assert!(embeds_outcome(yes), "{yes:?}");
        }
        for no in [
            "",
            "The expected outcome is a tool.",
            "> ## Description\n> Expected outcomes vary by team",
            "Expected",
            "Expected outcomé",
        ] {
            assert!(!embeds_outcome(no), "{no:?}");
        }
    }

    #[test]
    fn locate_counts_columns_in_characters() {
        let text = "- Mentor(s):\n  - Ana KEEPER (@akeeper)\n  - Żaneta Ćwik (@zcwik) and ANA\n  - \u{212a}elvin Sign";
        let page = PageContext {
            text,
            lines: text.lines().collect(),
            ideas: &[],
            skipped: &[],
            skills: crate::skills::SkillTable::bundled(),
            difficulty: None,
            front: FrontKeys::default(),
            controls: Controls::default(),
        };
        assert_eq!(page.lines.len(), 4);
        assert_eq!(page.locate("ana keeper", 1, 4), Some((2, 5)));
        assert_eq!(page.locate("@AKEEPER", 1, 4), Some((2, 17)));
        assert_eq!(page.locate("ćwik", 1, 4), Some((3, 12)));
        assert_eq!(page.locate("zcwik", 1, 4), Some((3, 19)));
        assert_eq!(page.locate("kelvin", 1, 4), Some((4, 5)));
        assert_eq!(page.locate("keeper", 3, 4), None);
        assert_eq!(page.locate("", 1, 4), None);
        assert_eq!(page.locate("sign", 4, 9), Some((4, 12)));
        assert_eq!(page.locate("ana", 3, 2), None);
        assert_eq!(page.locate("ana", 0, 2), Some((2, 5)));
    }
}
