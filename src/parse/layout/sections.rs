//! Ideas under headings: the commonest family. Structural headings split the page into
//! sections; a section whose own labels name at least two distinct idea fields starts an idea,
//! and so does a heading whose field headings ("### Mentors" under "## Idea 1", even after a
//! "### Reference Platform" sibling) name two; deeper sections inside it ("#### Key
//! Objectives") continue it; a heading beside ideas (same level and parent) with mentors of its
//! own (people or a placeholder, not a sentence under a "Mentors:" label) is an idea too;
//! anything else is context (the project heading, "Archived ideas", "## small (90 hours)",
//! whose hours the ideas below inherit).
//!
//! The selection is made once, right after the outline is read ([`select_ideas`]), because the
//! context of every idea (its org and status) depends on which headings are ideas.

mod build;
mod siblings;

use super::{anchors_of, names_people, section_end, Found, Page};
use crate::parse::builder::{IdeaBuilder, PageContext};
use crate::parse::fields::{self, Field};
use crate::parse::idea::ParsedIdea;
use crate::parse::outline::{open_above, Anchor, Outline, Selected};
use crate::parse::text::{clean_block, is_prose};
use crate::parse::text::{extract_urls, first_item, is_issue_url};
use crate::parse::titles::{
    clean_title, is_number_only_title, is_numbered_heading, is_part_heading, is_reader_section,
    numbering_word, split_title_facts, starts_numbered,
};
use build::build_idea;
use siblings::{add_sibling_ideas, lift_lone_sub_ideas, slot};

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    let doc = page.outline;
    found.ideas.reserve_exact(doc.selected.len());
    let titled_below = build::titled_below(doc);
    for sel in &doc.selected {
        found
            .ideas
            .push(build_idea(doc, sel, page.ctx, titled_below));
    }
}

/// Chooses which headings start ideas (see the module docs).
pub(crate) fn select_ideas(doc: &Outline<'_>, page_title: Option<&str>) -> Vec<Selected> {
    let excluded = doc.excluded_headings();
    // A field written as a heading belongs to the nearest heading above it with a smaller
    // level ("### Mentors" to "## Idea 1", even after a "### Reference Platform"
    // sibling): count, for each heading, the fields that are its direct children.
    // (One bit per field kind, so that a page of 300,000 headings holds 1.2 MB here, not a
    // list per heading.)
    let mut child_fields: Vec<u32> = vec![0; doc.headings.len()];
    for a in super::field_headings(doc) {
        let open = &doc.open_all[doc.position_of(a.line)];
        if let Some(&p) = open_above(open, a.level.clamp(1, 7)).first() {
            child_fields[p] |= 1 << (a.field as u32);
        }
    }
    // (At most one idea a heading. Room not written to takes no memory; a list that grows
    // leaves the room it outgrew behind, 9 MB of it on a page of 100,000 ideas.)
    let mut out: Vec<Selected> = Vec::with_capacity(doc.headings.len());
    let mut current: Option<Selected> = None;
    for (i, h) in doc.headings.iter().enumerate() {
        if excluded[i] {
            out.extend(current.take());
            continue;
        }
        let own: Vec<usize> = h.anchors.clone().collect();
        let kinds = doc.kinds_of(&own);
        let end = doc.subtree_end(i);
        // Fields may sit below sub-headings of the idea ("#### Key Objectives" then
        // "#### Mentors"): count the whole subtree, but only for a heading with a field of
        // its own, and without excluded parts or sub-headings that are ideas of their own
        // (two fields, one of them a field the heading has too: "# Org" with "## Mentors"
        // above "### Idea" with its own mentors).
        let subtree_kinds = if kinds.is_empty() {
            0
        } else {
            let mut idx: Vec<usize> = own.clone();
            let mut j = i + 1;
            let mut has_ideas = false;
            while j < end {
                let jk = doc.kinds_of(&doc.headings[j].anchors.clone().collect::<Vec<_>>());
                // (A heading whose only field is a description, "## Overview" under the page
                // title, or the page's title over the page's "## Mentors", is an
                // introduction: a sub-heading with two fields is an idea below it.)
                let only = |f: Field| kinds.iter().all(|k| *k == f);
                let intro = only(Field::Description) || (i == 0 && only(Field::Mentors));
                let idea = jk.len() >= 2 && (intro || jk.iter().any(|k| kinds.contains(k)));
                if excluded[j] || idea {
                    has_ideas |= idea;
                    j = doc.subtree_end(j);
                    continue;
                }
                idx.extend(doc.headings[j].anchors.clone());
                j += 1;
            }
            // Above ideas of their own, the heading is their context: the fields of other
            // sections below it ("## Org admins" with a "Skills:" line) are not its.
            if has_ideas {
                kinds.len()
            } else {
                doc.kinds_of(&idx).len()
            }
        };
        // Field headings that are direct children make an idea of their parent, unless a
        // heading below it is such an idea itself (then these are stray fields) or the
        // parent is only a number ("### Project 10" above "#### Title: ...", which titles
        // the idea).
        let by_children = child_fields[i].count_ones() >= 2
            && !is_numbered_heading(&h.text)
            && !(i + 1..end).any(|j| !excluded[j] && child_fields[j].count_ones() >= 2);
        let cur_level = current.as_ref().map(|c| doc.headings[c.heading].level);
        // (A heading's fields are its own labels and its field headings: "## 👉 Viewer" with
        // "### Skills required" and "### Difficulty" below a page title whose legend table
        // names the same fields is an idea of its own.)
        let bits = |kinds: &[Field]| kinds.iter().fold(0u32, |b, k| b | 1 << (*k as u32));
        let collisions = current.as_ref().map_or(0, |c| {
            let labels = bits(&doc.kinds_of(&c.anchors)) & (bits(&kinds) | child_fields[i]);
            let headings = child_fields[c.heading] & child_fields[i];
            labels.count_ones().max(headings.count_ones())
        });
        // (A heading of one word written to the reader, "# Guidelines" with its "Prerequisite
        // Skills", is a section of the page whatever fields it holds.)
        let title = clean_title(&h.text);
        let reader_word = !title.contains(' ') && is_reader_section(&title);
        let starts_new = (kinds.len() >= 2 || subtree_kinds >= 2 || by_children)
            && !title.is_empty()
            && !reader_word
            && match cur_level {
                None => true,
                Some(l) => h.level <= l || collisions >= 2,
            };
        if starts_new {
            out.extend(current.take());
            current = Some(selected(titled_by(doc, i, &excluded), own, i));
        } else if cur_level.is_some_and(|l| h.level > l) {
            if let Some(c) = current.as_mut() {
                c.anchors.extend(own);
                c.end = i;
            }
        } else {
            out.extend(current.take());
        }
    }
    out.extend(current.take());
    lift_lone_sub_ideas(doc, &mut out, &excluded);
    add_sibling_ideas(doc, &mut out, &excluded);
    // The page's title ("# Org — Project Ideas") with an introduction of its own
    // ("### Prerequisites", "# Overview") is no idea beside the ideas the page lists.
    if out.len() >= 2 && out[0].heading == 0 && names_idea_list(&doc.headings[0].text) {
        out.remove(0);
    }
    add_listed_sections(doc, &mut out, &excluded, page_title);
    if out.is_empty() {
        add_titled_page(doc, &child_fields, &excluded, &mut out);
    }
    // Pages whose fields are headings are other layouts (one idea per file).
    if out.is_empty() && !doc.anchors.iter().any(|a| a.heading) {
        add_prose_ideas(doc, &mut out, &excluded);
    }
    if out.is_empty() {
        add_one_field_siblings(doc, &mut out, &excluded);
    }
    out
}

/// On a page where no heading is an idea yet, sibling headings (same level and parent) that
/// each hold a description and the same one field ("## Cut perspective", a paragraph,
/// "**Requirements**: Python", or that field as a sub-heading: "#### Mentors" beside a
/// "#### Project category" of prose), two of them at least, are ideas: a field repeated
/// section after section is the page's template for an idea.
fn add_one_field_siblings(doc: &Outline<'_>, out: &mut Vec<Selected>, excluded: &[bool]) {
    let mut found: Vec<((u8, Option<usize>), Field, Selected)> = Vec::new();
    for (j, h) in doc.headings.iter().enumerate() {
        let title = clean_title(&h.text);
        // (Sub-headings that are fields, or fieldless prose, are parts of the section.)
        let subs = j + 1..doc.subtree_end(j);
        let part = |k: usize| {
            let field = (doc.headings[k].anchors.clone()).all(|a| doc.anchors[a].heading);
            field && doc.subtree_end(k) == k + 1
        };
        if excluded[j]
            || h.generic()
            || !subs.clone().all(part)
            || title.is_empty()
            || title.ends_with(['.', '?', ':'])
            || is_reader_section(&title)
        {
            continue;
        }
        let subs = subs.flat_map(|k| doc.headings[k].anchors.clone());
        let own: Vec<usize> = h.anchors.clone().chain(subs).collect();
        let [kind] = doc.kinds_of(&own)[..] else {
            continue;
        };
        // (The whole section: a heading's `body` stops at its first label, and the
        // description may come after it.)
        let body = &doc.text[h.body.start..section_end(doc, j).max(h.body.start)];
        let described = (body.split("\n\n").map(clean_block))
            .filter(|p| fields::find_label(p, false).is_none())
            .map(|p| p.split_whitespace().count())
            .sum::<usize>()
            >= 8;
        if kind != Field::Description && described {
            let last = doc.subtree_end(j) - 1;
            found.push((slot(doc, j), kind, selected(j, own, last)));
        }
    }
    let repeated: Vec<bool> = (found.iter())
        .map(|(at, kind, _)| found.iter().filter(|f| f.0 == *at && f.1 == *kind).count() >= 2)
        .collect();
    out.extend((found.into_iter().zip(repeated)).filter_map(|(f, r)| r.then_some(f.2)));
}

/// A heading that names a list of ideas ("Project Ideas") over sub-headings that are only a
/// title and a description (older pages, reStructuredText docs: no fields at all) is a list
/// of those ideas, when no idea was found below it and two or more such sub-headings are
/// there (not under the page's own title, the first heading of a page its front matter does
/// not title, unless every other heading is below it; and not sections written to the reader:
/// "About us", "Why X"). A sub-heading may hold one field beside its description ("Skills
/// needed: C++"): too few for an idea of its own, and its idea's. An idea found
/// above the list (the page's title with the page's "Skills" and "Mentors" sections) is then
/// the page's context. (A sub-heading with sub-headings of its
/// own, bold titles included, a list of bold or linked items, a fenced block or a table may
/// hold ideas or fields another layout reads: none is taken.)
fn add_listed_sections(
    doc: &Outline<'_>,
    out: &mut Vec<Selected>,
    excluded: &[bool],
    page_title: Option<&str>,
) {
    // The lists: headings that name one (not the page's own title, "GSoC 2019 ideas", above
    // every section of the page), and the page itself when its front matter's title does
    // ("Google Summer of Code") and no heading is above its sections.
    let titled = page_title.is_some_and(|t| names_idea_list(t) || names_programme_only(t));
    // (Nor is it the page's title beside another list of its level: "# ccc-gistemp ideas",
    // then "# Met Office ideas".)
    let first_level = doc.headings.first().map_or(0, |h| h.level);
    let above_all = (doc.headings.iter().skip(1)).all(|h| first_level < h.level)
        || (doc.headings.iter().skip(1))
            .any(|h| h.level == first_level && names_idea_list(&h.text))
            && doc
                .headings
                .first()
                .is_some_and(|h| names_idea_list(&h.text));
    let top = titled && (doc.headings.iter()).all(|h| doc.headings[0].level <= h.level);
    // (The page's first heading names a list when every other heading is below it: "# GSoC
    // 2014 Ideas Page" over "## <idea>" sections.)
    let lists = (doc.headings.iter().enumerate())
        .filter(|&(l, _)| (l > 0 || page_title.is_some() || above_all) && !excluded[l])
        .filter(|(_, h)| names_idea_list(&h.text))
        .map(|(l, _)| (Some(l), l + 1..doc.subtree_end(l)));
    let page = top.then_some((None, 0..doc.headings.len()));
    for (l, range) in page.into_iter().chain(lists) {
        if out.iter().any(|s| range.contains(&s.heading)) {
            continue;
        }
        // A fenced block or a table may hold an idea's fields (other layouts read them).
        let holds_blocks = |r: std::ops::Range<usize>| {
            (doc.code_blocks.iter()).any(|b| r.contains(&b.start))
                || doc.tables.iter().any(|t| r.contains(&t.range.start))
        };
        let titled_items = |body: &str, marks: &[char]| {
            (body.lines())
                .filter(|line| !crate::parse::text::is_thematic_break(line))
                .filter_map(|line| super::list_marker(line.trim_start()))
                .any(|(_, item)| item.starts_with(marks))
        };
        // Each sub-heading that may be an idea, with the words of its section and the number
        // of its fields other than a description.
        // (Sub-headings written as labels, "##### Would be a plus:", are parts of a section.)
        let parts_only = |c: usize| {
            (c + 1..doc.subtree_end(c)).all(|k| doc.headings[k].text.trim_end().ends_with(':'))
        };
        let candidates: Vec<(usize, usize, usize)> = range
            .filter(|&c| doc.parent(c) == l && !excluded[c] && parts_only(c))
            .filter_map(|c| {
                let h = &doc.headings[c];
                let title = clean_title(&h.text);
                let body = &doc.text[h.body.clone()];
                // (The whole section, a description's label and its value included.)
                let section = &doc.text[h.body.start..section_end(doc, c)];
                // (A "**Summary:**" line is the description's label, no field; one field of
                // another kind, "Skills needed: C++", is not enough for a heading to be an
                // idea on its own, and is this idea's.)
                let fields = (doc.kinds_of(&h.anchors.clone().collect::<Vec<_>>()).iter())
                    .filter(|&&k| k != Field::Description)
                    .count();
                // (Words of its prose: a section that is a list of items, "* Video streaming
                // (mentor: …)", is a group of ideas, not one described.)
                let prose = (section.lines())
                    .filter(|l| super::list_marker(l.trim_start()).is_none())
                    .collect::<Vec<_>>()
                    .join("\n");
                let words = clean_block(&prose).split_whitespace().count();
                // (A list of bold items after paragraphs of its own, "Some options to
                // consider:", is part of a described idea; linked items may be a directory's.)
                let bold_items = if words >= 60 {
                    &['['][..]
                } else {
                    &['*', '_', '[']
                };
                // (A section with a link to its own "Ideas Page" is an organisation's card
                // in a directory of organisations.)
                let card = section.match_indices("](").any(|(at, _)| {
                    (section[..at].rfind('[')).is_some_and(|o| names_idea_list(&section[o + 1..at]))
                });
                let candidate = !h.generic()
                    && !card
                    && !title.is_empty()
                    && !is_reader_section(&title)
                    && !title.ends_with(['.', '?', ':'])
                    && fields <= 1
                    && !titled_items(body, bold_items)
                    && !holds_blocks(h.body.start..section_end(doc, c));
                candidate.then_some((c, words, fields))
            })
            .collect();
        if candidates
            .iter()
            .filter(|&&(_, words, _)| words >= 20)
            .count()
            < 2
        {
            continue;
        }
        // In a list of described ideas, a sub-heading with a line or no text at all and no
        // field is an idea too ("### Basic AI system" over "Basic path-finding, bots…").
        let listed: Vec<usize> = (candidates.iter())
            .filter(|&&(_, words, fields)| words >= 20 || fields == 0)
            .map(|&(c, _, _)| c)
            .collect();
        if let Some(l) = l {
            out.retain(|s| !(s.heading < l && l <= s.end));
        }
        // (With the one field beside the description: "Skills needed: C++".)
        let field = |c: usize| {
            (doc.headings[c].anchors.clone())
                .filter(|&a| doc.anchors[a].field != Field::Description)
                .collect()
        };
        out.extend(listed.into_iter().map(|c| selected(c, field(c), c)));
    }
    out.sort_by_key(|s| s.heading);
}

/// On a page where no heading has two idea fields, a heading whose own section is prose and a
/// mentors line ("## [Spherical plots](..)", "Mentors: A, B", paragraphs) is an idea: prose and
/// mentors are the two fields. The headings chosen are the deepest such, so that a page title
/// above them stays context.
fn add_prose_ideas(doc: &Outline<'_>, out: &mut Vec<Selected>, excluded: &[bool]) {
    for (j, h) in doc.headings.iter().enumerate() {
        let title = clean_title(&h.text);
        if excluded[j] || title.is_empty() || h.generic() {
            continue;
        }
        let own: Vec<usize> = h.anchors.clone().collect();
        // The whole section (a heading's `body` stops at its first label).
        let body = &doc.text[h.body.start..section_end(doc, j).max(h.body.start)];
        // ("It can be mentored by [Ines](...)": people named in a sentence.)
        let has_mentors = names_people(doc, &own)
            || (own.is_empty() && !crate::parse::mentors::mentored_by(body).is_empty());
        let prose = body
            .split("\n\n")
            .map(clean_block)
            .filter(|p| fields::find_label(p, false).is_none())
            .any(|p| is_prose(&p) && p.split_whitespace().count() >= 12);
        // (Sub-headings without fields, "#### Contributing", are parts of the idea.)
        let end = doc.subtree_end(j);
        let parts = (j + 1..end).all(|k| doc.headings[k].anchors.is_empty());
        if has_mentors && prose && (end == j + 1 || (parts && own.is_empty())) {
            out.push(selected(j, own, end - 1));
        }
    }
    // Beside such an idea, a heading of the same slot is an idea too when its section is a
    // description of its own (three sentences or more, no fields: an idea whose mentors the
    // page does not name, "## Implementing new algorithms in GeometryOps.jl" after ideas with
    // "Mentors:"), or a shorter sentence with mentors who are people ("## Learned mutators",
    // one line of prose, "Mentor: kim-l").
    let slots: Vec<_> = out.iter().map(|s| slot(doc, s.heading)).collect();
    for (j, h) in doc.headings.iter().enumerate() {
        if excluded[j]
            || h.generic()
            || doc.subtree_end(j) != j + 1
            || clean_title(&h.text).is_empty()
            || !slots.contains(&slot(doc, j))
            || out.iter().any(|s| s.heading == j)
        {
            continue;
        }
        let own: Vec<usize> = h.anchors.clone().collect();
        let body = clean_block(&doc.text[h.body.clone()]);
        let described = if own.is_empty() {
            body.split_whitespace().count() >= 40 && body.matches(". ").count() >= 2
        } else {
            names_people(doc, &own) && is_prose(&body) && body.split_whitespace().count() >= 5
        };
        if described {
            out.push(selected(j, own, j));
        }
    }
    out.sort_by_key(|s| s.heading);
}

/// A page under one top heading whose only idea field is a "## Mentors" section naming people
/// ("# Djed on EVM", prose, "## Tasks", "## Mentors" with handles) is one idea: the title and
/// the people who mentor it are what a one-idea page needs.
fn add_titled_page(
    doc: &Outline<'_>,
    child_fields: &[u32],
    excluded: &[bool],
    out: &mut Vec<Selected>,
) {
    let Some(top) = doc.headings.first() else {
        return;
    };
    let alone = doc.headings[1..].iter().all(|h| h.level > top.level);
    // A generic word in a long title ("Porting our EVM Projects to Ergo") names a project;
    // a short generic title ("GSoC 2026 Projects") names the page.
    // (So does one of nothing but the programme's words: "Google Summer of Code 2023".)
    let generic = top.generic()
        && (top.text.split_whitespace().count() <= 4 || names_programme_only(&top.text));
    if !alone || excluded[0] || clean_title(&top.text).is_empty() || generic {
        return;
    }
    if child_fields[0] & (1 << (Field::Mentors as u32)) == 0 {
        return;
    }
    let anchors = anchors_of(doc, 0..doc.headings.len(), excluded);
    if names_people(doc, &anchors) {
        out.push(selected(0, anchors, doc.headings.len() - 1));
    }
}

/// The title a wiki page's file name gives it, where the page writes none: "GSoC-2015-Ideas.md"
/// is "GSoC 2015 Ideas" (a GitHub wiki shows the file's name as the page's title), and
/// "IDEAS.md" is "IDEAS". Only a name of an ideas list counts ("notes.md" says nothing of the
/// page), on a page with no heading of the first level (one that writes them titles itself).
pub(crate) fn title_of_file(doc: &Outline<'_>, path: &str) -> Option<String> {
    if doc.headings.iter().any(|h| h.level == 1) {
        return None;
    }
    let name = path.rsplit(['/', '\\']).next()?;
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let title = stem.replace(['-', '_'], " ");
    names_idea_list(&title).then_some(title)
}

/// Whether a heading names a list of ideas: by its last words ("MDAnalysis — Project Ideas",
/// "GSoC 2026 Projects"; `headings.list_titles` of `schemas/words.toml`), or by its first
/// words and what the list is about ("Projects about performance", "Idea group:
/// Infrastructure"; `headings.list_joins`).
fn names_idea_list(text: &str) -> bool {
    let title = clean_title(text).to_lowercase();
    // (Also without a remark or a decoration after it: "Project ideas (in no particular
    // order)", "GSoC 2024 Ideas 🎉".)
    let title = match title
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
    {
        Some((before, _)) => before,
        None => &title,
    };
    let title = title.trim_end_matches(|c: char| !c.is_alphanumeric());
    // ("Project ideas 2016": the list of a year.)
    let title = match title.rsplit_once(' ') {
        Some((before, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            before
        }
        _ => title,
    };
    let by_end = crate::words::list("headings.list_titles").iter().any(|w| {
        (title.strip_suffix(w))
            .is_some_and(|before| before.is_empty() || before.ends_with([' ', '-', ':']))
    });
    // (Not "Ideas for faster builds", which is as likely one idea's title.)
    let joins = crate::words::list("headings.list_joins");
    let by_start = ["projects", "idea group", "project group"].iter().any(|w| {
        title.strip_prefix(w).is_some_and(|after| {
            after.starts_with(':')
                || (after.strip_prefix(' '))
                    .and_then(|a| a.split_whitespace().next())
                    .is_some_and(|join| joins.contains(&join))
        })
    });
    by_end || by_start
}

/// Whether a title is nothing but a programme's name, a year and "ideas" ("Google Summer of
/// Code 2023", "GSoC Projects").
fn names_programme_only(text: &str) -> bool {
    let title = clean_title(text);
    let mut words = (title.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            [
                "google",
                "summer",
                "of",
                "code",
                "gsoc",
                "ideas",
                "projects",
                "lfx",
                "outreachy",
            ]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// The heading that titles the idea heading `i` starts: the numbered heading right above it
/// when that one is empty ("# Project #1: Test harness" then "# Theme 3: Tooling" with the
/// fields; the second is a leftover of another document), else `i` itself.
fn titled_by(doc: &Outline<'_>, i: usize, excluded: &[bool]) -> usize {
    let h = &doc.headings[i];
    match i.checked_sub(1).map(|p| (p, &doc.headings[p])) {
        Some((p, above))
            if !excluded[p]
                && above.level == h.level
                && above.anchors.is_empty()
                && (doc
                    .text
                    .get(above.body.start..doc.lines_index.start(h.line)))
                .is_some_and(|b| b.trim().is_empty())
                && starts_numbered(&above.text)
                && !is_numbered_heading(&above.text)
                && !starts_numbered(&h.text)
                && !clean_title(&above.text).is_empty() =>
        {
            p
        }
        _ => i,
    }
}

/// The idea of heading `heading` with `anchors`, its sub-headings up to heading `last` included.
fn selected(heading: usize, anchors: Vec<usize>, last: usize) -> Selected {
    Selected {
        heading,
        anchors,
        end: last,
    }
}

#[cfg(test)]
mod tests {
    use super::names_idea_list;

    #[test]
    fn a_heading_ending_in_a_list_of_ideas_names_the_page() {
        for t in [
            "Fernwood — Project Ideas",
            "GSoC 2026 Projects",
            "Ideas list:",
            "Ideas",
        ] {
            assert!(names_idea_list(t), "{t}");
        }
        for t in [
            "Canopy mosaic",
            "Sharing project ideasets",
            "Ideas for faster builds",
            "Projectsfor",
            "Projects rock",
        ] {
            assert!(!names_idea_list(t), "{t}");
        }
        // By its first words, when they say what the list is about.
        for t in [
            "Projects about performance",
            "Projects to implement new behaviours",
            "Idea group: Infrastructure",
        ] {
            assert!(names_idea_list(t), "{t}");
        }
    }
}
