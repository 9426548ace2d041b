//! The page-wide context of the ideas a page holds: programme, year, term and organisation
//! (from the front matter, the page's own title, its intro or its location), link references,
//! and how the page writes its mentors.

use crate::model::Program;
use crate::parse::badges;
use crate::parse::fields::Field;
use crate::parse::frontmatter::{self, FrontMatter};
use crate::parse::idea::Defaults;
use crate::parse::mentors::shows_handle_first;
use crate::parse::outline::Outline;
use crate::parse::text::*;
use crate::parse::titles::{
    linked_owner_named, named_in_titles, org_about, org_after_for, org_described, org_from_intro,
    org_from_list_title, org_from_own_title, org_from_page_title, org_from_site_title, owner_named,
};

/// Page-level facts that apply to every idea on the page.
pub(crate) struct PageContext {
    pub(crate) path: String,
    pub(crate) program: Option<Program>,
    pub(crate) year: Option<u16>,
    pub(crate) term: Option<String>,
    pub(crate) org: Option<String>,
    /// The organisation the page's source or location names.
    pub(crate) located: Option<String>,
    pub(crate) url: Option<String>,
    /// True if the page writes mentors handle first ("lijingrs (Amos Li)") somewhere: then
    /// every "token (Name)" mentor on the page is read that way.
    pub(crate) mentors_handle_first: bool,
    /// Link reference definitions of the page (lower-cased label -> URL).
    pub(crate) refs: std::collections::HashMap<String, String>,
    /// Whether the page holds a badge image (see [`badges`]).
    pub(crate) badges: bool,
}

impl PageContext {
    pub(crate) fn new(
        path: &str,
        text: &str,
        fm: Option<&FrontMatter>,
        doc: &Outline<'_>,
        defaults: &Defaults,
    ) -> Self {
        let first_idea_line = doc
            .selected
            .first()
            .map_or(usize::MAX, |s| doc.headings[s.heading].line);
        // Headings that introduce the page: the first H1, and generic headings before the
        // first idea ("## Project Ideas for 2025 GSoC").
        let intro: Vec<&str> = doc
            .headings
            .iter()
            .filter(|h| h.line < first_idea_line && (h.level == 1 || h.generic()))
            .map(|h| &*h.text)
            .collect();
        let program = fm
            .and_then(|f| f.program)
            .or_else(|| intro.iter().find_map(|t| frontmatter::detect_program(t)))
            .or_else(|| frontmatter::detect_program(text))
            .or(defaults.program)
            .or_else(|| program_from_path(path));
        let year = fm
            .and_then(|f| f.year)
            .or_else(|| intro.iter().find_map(|t| frontmatter::find_year(t)))
            .or(defaults.year)
            .or_else(|| year_from_path(path));
        let term = fm
            .and_then(|f| f.term.clone())
            .or_else(|| defaults.term.clone());
        let org = fm
            .and_then(|f| f.org.clone())
            .or_else(|| fm.and_then(|f| org_from_own_title(f.title.as_deref()?)))
            .or_else(|| {
                // (The page's title: a first heading of the first level, or above every other
                // heading, "## Conversations.im Summer of Code 2018" on an HTML page.)
                let top = |h: &&crate::parse::outline::Heading| {
                    h.level == 1 || (doc.headings.iter().skip(1)).all(|o| o.level > h.level)
                };
                // (A title read as the page's one idea may still name a list of ideas: "#
                // gRPC Summer of Code Project Ideas" over numbered items another layout reads.)
                let first = doc.headings.first().filter(|h| top(h));
                first
                    .filter(|h| h.line == first_idea_line)
                    .and_then(|h| org_from_list_title(&h.text))
                    .or_else(|| {
                        first.filter(|h| h.line < first_idea_line).and_then(|h| {
                            // (As written, for a name in code: "# Ideas for `aimacode`".)
                            let raw = &doc.text[doc.lines_index.start(h.line)..];
                            let raw = raw.lines().next().unwrap_or("");
                            org_from_own_title(&h.text).or_else(|| org_after_for(raw))
                        })
                    })
            })
            .or_else(|| intro.iter().find_map(|t| org_from_page_title(t)))
            .or_else(|| org_from_intro(&doc.text[doc.preamble.clone()]))
            .or_else(|| {
                // Intro text under the first (page title) heading, its field sections
                // ("## Communication") included.
                let end = (doc.headings.get(1))
                    .map_or(doc.text.len(), |next| doc.lines_index.start(next.line));
                doc.headings
                    .first()
                    .filter(|h| h.level == 1 && h.line < first_idea_line)
                    .and_then(|h| org_from_intro(doc.text.get(h.body.start..end)?))
            })
            .or_else(|| {
                // Intro text under a later heading before the ideas ("# Summer OSPP" then
                // "## KubeSphere" with "KubeSphere in [Summer 2021 ...]").
                doc.headings
                    .iter()
                    .take_while(|h| h.line < first_idea_line)
                    .find_map(|h| org_from_intro(&doc.text[h.body.clone()]))
            })
            // A section about the organisation before the ideas ("## About moja global"); not
            // where two such sections name two ("# About MS-DIAL", "# About MZmine").
            .or_else(|| {
                let mut named = (doc.headings.iter())
                    .take_while(|h| h.line < first_idea_line)
                    .filter_map(|h| org_about(&h.text));
                let first = named.next()?;
                named.all(|n| n == first).then_some(first)
            })
            // The organisation whose site the page links to most (its forums, its blog).
            .or_else(|| crate::orgs::from_links(text).map(|o| o.name.clone()))
            // The owner of the repository the page comes from, as the page writes its name.
            .or_else(|| owner_named(path, text))
            // The name an intro before the ideas describes ("Quuxlib is an open-source
            // framework for ..."): on a page of one idea, its background describes what the
            // idea builds on.
            .or_else(|| {
                let before = |h: &&crate::parse::outline::Heading| h.line < first_idea_line;
                let intros = (doc.headings.iter().take_while(before)).map(|h| h.body.clone());
                (first_idea_line < usize::MAX)
                    .then(|| {
                        std::iter::once(doc.preamble.clone())
                            .chain(intros)
                            .find_map(|r| org_described(doc.text.get(r)?))
                    })
                    .flatten()
            })
            // The account whose code the page links to most, as the page writes its name.
            .or_else(|| linked_owner_named(text))
            // The project's name the ideas' titles write ("Add UDP support to ServiceTalk").
            .or_else(|| {
                let titles: Vec<&str> = (doc.selected.iter())
                    .map(|s| doc.headings[s.heading].text.as_ref())
                    .collect();
                named_in_titles(&titles, text)
            })
            // The site's name, as an HTML page's head title gives it ("Performance Co-Pilot").
            .or_else(|| org_from_site_title(defaults.site.as_deref()?));
        // Where the page comes from: the source it was synced from, or a location that names
        // one organisation (see `orgs::from_location`).
        let located = defaults
            .org
            .clone()
            .or_else(|| crate::orgs::from_location(path).map(|o| o.name.clone()));
        PageContext {
            located,
            refs: text.lines().filter_map(ref_def).collect(),
            badges: badges::any(text),
            path: path.to_string(),
            program,
            year,
            term,
            org,
            url: fm.and_then(|f| f.source_url.clone()),
            mentors_handle_first: doc
                .anchors
                .iter()
                .filter(|a| a.field == Field::Mentors)
                .any(|a| shows_handle_first(&a.value(doc.text))),
        }
    }
}
