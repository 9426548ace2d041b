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
use super::skipped::{self, SkipReason, SkippedSection};
use super::titles::is_mustache_placeholder;
use crate::model::{Idea, Program};
use crate::skills::SkillTable;

pub use super::text::{clean_block, extract_urls, strip_md};
pub use super::titles::{clean_title, is_placeholder_title};

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
    /// Gives back the room the idea's texts and lists grew into but do not use: a list built
    /// by pushing holds four places for its first item, a text built by appending up to twice
    /// its length. A page's ideas are all held until it is read (with its outline), and the
    /// ideas kept until the output is written: on a page of 100,000 ideas the unused room
    /// was tens of megabytes (see `PageContext::compact_ideas`).
    pub(crate) fn compact(&mut self) {
        let i = &mut self.idea;
        i.id.shrink_to_fit();
        i.title.shrink_to_fit();
        for s in [
            &mut i.org,
            &mut i.term,
            &mut i.description,
            &mut i.expected_outcomes,
            &mut i.skills_raw,
            &mut i.source.url,
        ]
        .into_iter()
        .flatten()
        {
            s.shrink_to_fit();
        }
        for list in [&mut i.skills, &mut i.upstream_issues, &mut i.links] {
            list.shrink_to_fit();
            list.iter_mut().for_each(String::shrink_to_fit);
        }
        i.mentors.shrink_to_fit();
        self.pending_mentors.shrink_to_fit();
        for (_, text) in &mut self.pending_mentors {
            text.shrink_to_fit();
        }
    }

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

/// Pages over this size have the ideas under their headings packed while they are read
/// ([`super::packed`]), when the caller keeps no field spans.
const PACK_ABOVE: usize = 4 << 20;

/// Parses one page. `path` is only recorded in each idea's `source`; no I/O happens here.
pub fn parse_page(path: &str, text: &str, skills: &SkillTable, defaults: &Defaults) -> ParsedPage {
    draft_page(path, text, skills, defaults).finish()
}

/// A page read up to the point where its text is no longer needed: [`Draft::finish`] gives
/// the [`ParsedPage`], after the caller has let go of the text.
pub(crate) struct Draft {
    found: Found,
    /// `None` when the page was read as one idea: nothing is skipped.
    skipped: Option<Vec<SkippedSection>>,
}

/// The first step of [`parse_page`]: everything that reads the text.
pub(crate) fn draft_page(
    path: &str,
    text: &str,
    skills: &SkillTable,
    defaults: &Defaults,
) -> Draft {
    draft_page_with(path, text, skills, defaults, PACK_ABOVE)
}

/// [`draft_page`], packing the ideas of pages over `pack_above` bytes.
pub(crate) fn draft_page_with(
    path: &str,
    text: &str,
    skills: &SkillTable,
    defaults: &Defaults,
    pack_above: usize,
) -> Draft {
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
        return Draft {
            found: Found {
                warnings,
                ..Found::default()
            },
            skipped: None,
        };
    }
    let lines = LineIndex::new(text);
    let mut front_raw = None;
    let (fm, body_offset) = match frontmatter::split(text) {
        Ok(split) => {
            front_raw = split.front;
            let fm = match split.front {
                Some(raw) => match frontmatter::parse(raw) {
                    Ok(fm) => Some(fm),
                    Err(e) => {
                        warnings.push(Warning {
                            line: e.line,
                            message: e.message,
                        });
                        None
                    }
                },
                None => None,
            };
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
        if let Some(ideas) = super::yaml_list::yaml_list_ideas(path, text, skills, defaults) {
            return Draft {
                found: Found {
                    ideas,
                    warnings,
                    ..Found::default()
                },
                skipped: None,
            };
        }
    }
    let mut outline = Outline::read(text, body_offset, &lines);
    let selected = layout::sections::select_ideas(&outline);
    outline.set_selected(selected);
    let ctx = PageContext::new(path, text, fm.as_ref(), &outline, defaults);
    let page = Page {
        outline: &outline,
        ctx: &ctx,
        fm: fm.as_ref(),
        path,
        skills,
    };
    let mut found = Found {
        ideas: Vec::new(),
        warnings,
        pack: defaults.drop_field_spans && text.len() > pack_above,
        ..Found::default()
    };
    let next = layout::read_page(&page, &mut found);
    // (Only front-matter that parsed: the checks against alias bombs and deep nesting ran.)
    if found.count() == 0 && fm.is_some() {
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
            if let Some(list) =
                super::yaml_list::front_matter_ideas(path, raw, at, skills, &page_defaults)
            {
                found.unpack();
                found.ideas = list;
            }
        }
    }
    if next == Next::Stop {
        return Draft {
            found,
            skipped: None,
        };
    }
    let mut skipped = skipped::excluded_sections(&outline);
    skipped.extend(skipped::one_field_sections(&outline));
    if !skipped.is_empty() {
        // A section with one labelled field whose other fields are a fenced block of keys is
        // an idea (`layout::fenced`), not a section missing fields. (A template's fields
        // hold `{{ ... }}` placeholders: it is not an idea, see `Draft::finish`.)
        let lines: std::collections::HashSet<usize> = found
            .ideas
            .iter()
            .filter(|i| !i.has_placeholder())
            .map(|i| i.idea.source.line)
            .chain(
                found
                    .packed
                    .entries()
                    .iter()
                    .filter(|e| e.live && !e.placeholder)
                    .map(|e| e.line()),
            )
            .collect();
        skipped.retain(|s| s.reason != SkipReason::MissingFields || !lines.contains(&s.line));
    }
    Draft {
        found,
        skipped: Some(skipped),
    }
}

impl Draft {
    /// The second step of [`parse_page`]: the ideas unpacked, templates, withdrawn and
    /// TBD-only ideas set aside, all in page order.
    pub(crate) fn finish(self) -> ParsedPage {
        let (mut page, ideas) = self.finish_each(Some);
        page.ideas = ideas;
        page
    }

    /// [`Draft::finish`], handing the ideas to `each` in page order and keeping what it gives
    /// back instead (the page's `ideas` are left empty). The packed ideas of a large page (when
    /// they are all it has, in line order, as a page of sections gives them) are unpacked one
    /// at a time: a caller that keeps less than a [`ParsedIdea`] of each never holds them all
    /// as such (on a 50 MB page of 100,000 ideas, 9 MB less at its largest moment).
    pub(crate) fn finish_each<T>(
        self,
        mut each: impl FnMut(ParsedIdea) -> Option<T>,
    ) -> (ParsedPage, Vec<T>) {
        let mut found = self.found;
        let Some(mut skipped) = self.skipped else {
            found.unpack();
            let ideas = found.ideas.into_iter().filter_map(each).collect();
            let page = ParsedPage {
                ideas: Vec::new(),
                warnings: found.warnings,
                skipped: Vec::new(),
            };
            return (page, ideas);
        };
        let ideas = if found.ideas.is_empty() && found.packed.in_line_order() {
            let mut out = Vec::with_capacity(found.packed.live());
            std::mem::take(&mut found.packed).unpack_each(|i| {
                if is_an_idea(&i, &mut skipped) {
                    out.extend(each(i));
                }
            });
            out
        } else {
            found.unpack();
            let mut ideas = found.ideas;
            ideas.retain(|i| is_an_idea(i, &mut skipped));
            // A stable sort of ideas already in line order (most pages) would only allocate a
            // buffer of half of them.
            if !ideas.is_sorted_by_key(|i| i.idea.source.line) {
                ideas.sort_by_key(|i| i.idea.source.line);
            }
            ideas.into_iter().filter_map(each).collect()
        };
        skipped.sort_by_key(|s| s.line);
        let page = ParsedPage {
            ideas: Vec::new(),
            warnings: found.warnings,
            skipped,
        };
        (page, ideas)
    }
}

/// False when the idea is not one: a template (its fields hold `{{ ... }}` placeholders), or
/// an idea withdrawn or TBD-only (noted in `skipped`).
fn is_an_idea(i: &ParsedIdea, skipped: &mut Vec<SkippedSection>) -> bool {
    if i.has_placeholder() {
        return false;
    }
    let reason = if skipped::is_withdrawn(i) {
        SkipReason::Withdrawn
    } else if skipped::is_tbd_only(i) {
        SkipReason::TbdOnly
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

    /// Every Markdown fixture (and all of the layout fixtures at once, as one long page) reads
    /// the same with its ideas packed as without ([`super::super::packed`]), with and without
    /// field spans and lazy mentors.
    #[test]
    fn packed_ideas_read_the_same_as_unpacked() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|e| e == "md") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files = Vec::new();
        walk(&root, &mut files);
        files.sort();
        assert!(files.len() > 50, "{} fixtures", files.len());
        let mut pages: Vec<(String, String)> = files
            .iter()
            .filter_map(|f| Some((f.display().to_string(), std::fs::read_to_string(f).ok()?)))
            .collect();
        let layouts: Vec<String> = pages
            .iter()
            .filter(|(p, _)| p.contains("layouts"))
            .map(|(_, t)| t.clone())
            .collect();
        pages.push(("all.md".to_string(), layouts.join("\n\n")));
        let skills = SkillTable::bundled();
        let mut packed_ideas = 0;
        for (path, text) in &pages {
            for (drop_field_spans, lazy_mentors) in [(true, true), (true, false), (false, false)] {
                let defaults = Defaults {
                    drop_field_spans,
                    lazy_mentors,
                    ..Defaults::default()
                };
                let plain = draft_page_with(path, text, skills, &defaults, usize::MAX);
                let packed = draft_page_with(path, text, skills, &defaults, 0);
                assert!(plain.found.packed.entries().is_empty());
                packed_ideas += packed.found.packed.entries().len();
                // (Packed ideas have their mentors parsed: they read the same once the
                // others have theirs.)
                let resolved = |draft: Draft| {
                    let mut page = draft.finish();
                    page.ideas.iter_mut().for_each(ParsedIdea::resolve_mentors);
                    format!("{page:?}")
                };
                assert_eq!(
                    resolved(packed),
                    resolved(plain),
                    "{path} {drop_field_spans} {lazy_mentors}"
                );
            }
        }
        // The comparison means something only if ideas were packed.
        assert!(packed_ideas > 200, "{packed_ideas} ideas packed");
    }

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
            let made = Idea::make_id(i.program, i.year, i.org.as_deref(), &i.title);
            assert_eq!(i.id, made);
        }
        assert!(
            page.ideas[1].idea.id.contains("-beta-offline-maps"),
            "{}",
            page.ideas[1].idea.id
        );
    }

    /// Mentor texts parsed late give what an eager parse gives, in their places among the
    /// mentors parsed already, in a list that holds no unused room.
    #[test]
    fn mentors_resolved_late_are_in_place_and_hold_no_room() {
        let mut mentors = vec![crate::model::Mentor {
            name: Some("Bo Signal".into()),
            github: None,
            email: None,
        }];
        let pending = vec![
            (0, "Ada Keeper (@adakeeper)".to_string()),
            (1, "Cy Beam (@cybeam), Bo Signal (@bosignal)".to_string()),
        ];
        resolve_mentors(&mut mentors, pending);
        let names: Vec<_> = mentors
            .iter()
            .map(|m| (m.name.as_deref(), m.github.as_deref()))
            .collect();
        assert_eq!(
            names,
            [
                (Some("Ada Keeper"), Some("adakeeper")),
                (Some("Bo Signal"), Some("bosignal")),
                (Some("Cy Beam"), Some("cybeam")),
            ]
        );
        assert_eq!(mentors.capacity(), mentors.len());
    }

    /// `compact` changes no value, only the room held: the idea compares equal (and prints
    /// the same), and every list and text it holds has no unused room left.
    #[test]
    fn compacting_an_idea_keeps_its_values() {
        let grown = |s: &str| {
            let mut t = String::with_capacity(4 * s.len() + 8);
            t.push_str(s);
            t
        };
        let mut skills = Vec::with_capacity(9);
        skills.extend([grown("go"), grown("rust")]);
        let mut parsed = ParsedIdea {
            idea: Idea {
                id: grown("lfx-2026-lighthouse-exporter"),
                title: grown("Exporter"),
                org: Some(grown("Lighthouse")),
                description: Some(grown("Line one\n\nLine two")),
                skills,
                upstream_issues: vec![grown("https://example.org/issues/1")],
                program: None,
                year: Some(2026),
                term: None,
                status: None,
                expected_outcomes: None,
                skills_raw: Some(grown("Golang, Rust")),
                mentors: Vec::with_capacity(4),
                difficulty: None,
                hours: Some(175),
                links: Vec::new(),
                source: crate::model::Source {
                    path: "big.md".into(),
                    line: 12,
                    url: None,
                },
            },
            fields: Vec::new(),
            unlabelled_description: None,
            pending_mentors: vec![(0, grown("Ada Keeper (@adakeeper)"))],
            field_facts: None,
        };
        parsed.pending_mentors.reserve(7);
        let before = (parsed.idea.clone(), parsed.pending_mentors.clone());
        parsed.compact();
        assert_eq!(
            (parsed.idea.clone(), parsed.pending_mentors.clone()),
            before
        );
        let i = &parsed.idea;
        assert_eq!(i.id.capacity(), i.id.len());
        assert_eq!(i.skills.capacity(), i.skills.len());
        assert!(i.skills.iter().all(|s| s.capacity() == s.len()));
        assert_eq!(parsed.pending_mentors.capacity(), 1);
        assert_eq!(
            parsed.pending_mentors[0].1.capacity(),
            "Ada Keeper (@adakeeper)".len()
        );
    }
}
