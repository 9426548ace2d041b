//! Headings beside the ideas already chosen that are ideas too, and ideas found one level too
//! deep (see [`super::select_ideas`]).

use super::{anchors_of, names_people, selected};
use crate::parse::fields::Field;
use crate::parse::outline::{Outline, Selected};
use crate::parse::text::clean_block;
use crate::parse::titles::{self, clean_title, issue_number_len, starts_numbered};

/// Where heading `j` sits: its level and its parent heading (ideas side by side share it).
pub(super) fn slot(doc: &Outline<'_>, j: usize) -> (u8, Option<usize>) {
    (doc.headings[j].level, doc.parent(j))
}

/// Where heading `j` sits among groups of ideas: its level, its parent's level and its
/// grandparent ("### Idea" under "## Moonshots" sits beside "### Idea" under "## Challenging").
fn group_slot(doc: &Outline<'_>, j: usize) -> (u8, Option<u8>, Option<usize>) {
    let parent = doc.parent(j);
    (
        doc.headings[j].level,
        parent.map(|p| doc.headings[p].level),
        parent.and_then(|p| doc.parent(p)),
    )
}

/// A heading beside ideas (same level, same parent heading) is an idea too when its section
/// names mentors: on pages where most ideas carry several fields, some carry only "Possible
/// mentors:" below an unlabelled description. (A sibling "How to apply" with a
/// "Requirements:" line is not an idea.)
pub(super) fn add_sibling_ideas(doc: &Outline<'_>, out: &mut Vec<Selected>, excluded: &[bool]) {
    if out.is_empty() {
        return;
    }
    // (Sorted, for binary searches: a set of 100,000 ideas' slots held 6 MB, this 1.6.)
    let mut idea_slots: Vec<_> = out.iter().map(|s| group_slot(doc, s.heading)).collect();
    idea_slots.sort_unstable();
    idea_slots.dedup();
    let mut extra = Vec::new();
    for (j, h) in doc.headings.iter().enumerate() {
        // `out` is in page order with disjoint spans: binary searches, not scans.
        let k = out.partition_point(|s| s.heading <= j);
        let covered = k > 0 && j <= out[k - 1].end;
        // A heading that is a sentence ("See the timeline for details.", a setext heading
        // made by a rule under a paragraph) is not a title.
        let title = clean_title(&h.text);
        if covered || excluded[j] || title.is_empty() || title.ends_with('.') {
            continue;
        }
        let end = doc.subtree_end(j);
        // A heading with ideas below it is their context, not an idea.
        if out.get(k).is_some_and(|s| s.heading < end) {
            continue;
        }
        if idea_slots.binary_search(&group_slot(doc, j)).is_err() {
            continue;
        }
        let anchors = anchors_of(doc, j..end, excluded);
        let kinds = doc.kinds_of(&anchors);
        let names_mentors =
            kinds.contains(&Field::Mentors) && (kinds.len() > 1 || names_people(doc, &anchors));
        // Under a heading that names ideas ("# Draft Ideas"), a heading between two ideas of
        // its slot, with text of its own and no fields, is a bare idea ("## Greater use of
        // update scripts"): pages put notes before or after their ideas, and a note between
        // them talks about mentors ("the mentors decide..."), which a bare idea does not.
        let same_slot = |s: &Selected| slot(doc, s.heading) == slot(doc, j);
        let same_group = |s: &Selected| group_slot(doc, s.heading) == group_slot(doc, j);
        let under_ideas = doc
            .parent(j)
            .is_some_and(|p| doc.headings[p].text.to_lowercase().contains("idea"));
        let between_ideas = kinds.is_empty()
            && under_ideas
            && !doc.text[h.body.clone()].to_lowercase().contains("mentor")
            && !h.generic()
            && k > 0
            && same_slot(&out[k - 1])
            && out.get(k).is_some_and(same_slot)
            && end == j + 1
            && !doc.text[h.body.clone()].trim().is_empty();
        // A heading with an idea field of its own ("Skills required:") beside an idea of its
        // slot is an idea with few fields: under a heading that names ideas ("# Draft
        // Ideas") before that idea, or beside ideas that list skills too (one idea of a group
        // has no mentors yet).
        let neighbours = [k.checked_sub(1).and_then(|p| out.get(p)), out.get(k)];
        let skilled =
            |s: &Selected| same_group(s) && doc.kinds_of(&s.anchors).contains(&Field::Skills);
        let before_idea = (under_ideas && out.get(k).is_some_and(same_slot)
            || neighbours.into_iter().flatten().any(skilled))
            && kinds.contains(&Field::Skills)
            && !h.generic()
            && end == j + 1
            && (under_ideas || described(doc, j) || tracked(doc, j));
        // "### Idea 4: API Conversion API" beside "### Idea 3: Newman Dashboard": a heading
        // numbered as an idea, with the word that numbers the ideas of its slot, is one, even
        // one written as a paragraph without fields.
        let numbered = titles::numbering_word(&h.text).is_some_and(|w| {
            let numbered_alike = |s: &Selected| {
                same_slot(s) && titles::numbering_word(&doc.headings[s.heading].text) == Some(w)
            };
            neighbours.into_iter().flatten().any(numbered_alike)
        });
        if !names_mentors && !between_ideas && !before_idea && !numbered {
            continue;
        }
        extra.push(selected(j, anchors, end - 1));
    }
    out.extend(extra);
    out.sort_by_key(|s| s.heading);
}

/// Whether heading `j`'s own text links an issue of a tracker ("[Related
/// Issue](https://github.com/o/r/issues/480)"), as an idea's upstream issue.
fn tracked(doc: &Outline<'_>, j: usize) -> bool {
    let h = &doc.headings[j];
    let end = (doc.headings.get(j + 1)).map_or(doc.text.len(), |n| doc.lines_index.start(n.line));
    let text = doc.text.get(h.body.start..end).unwrap_or("");
    text.match_indices("/issues/")
        .any(|(at, m)| text[at + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether heading `j` opens with a description of its own (eight words or more before its
/// first field), not a placeholder ("TBD") or a list of fields.
fn described(doc: &Outline<'_>, j: usize) -> bool {
    let body = clean_block(&doc.text[doc.headings[j].body.clone()]);
    body.split_whitespace().count() >= 8
}

/// An idea found one level too deep: its fields sit under a sub-heading ("#### Current state
/// vs Expected state", a table) of a heading without fields of its own, beside ideas at the
/// heading's level ("### Remove Apache Thrift" among "### SBOM Validator", ...). The heading is
/// the idea, the sub-heading part of it, when the heading describes the idea (prose of its
/// own) and the sub-heading does not (no description field). (A heading with two such ideas
/// below it, or a project heading above its one idea, is context, and stays so.)
pub(super) fn lift_lone_sub_ideas(doc: &Outline<'_>, out: &mut [Selected], excluded: &[bool]) {
    let slots: Vec<_> = out.iter().map(|s| slot(doc, s.heading)).collect();
    for k in 0..out.len() {
        let Some(p) = doc.parent(out[k].heading) else {
            continue;
        };
        let end = doc.subtree_end(p);
        let alone = out.iter().filter(|s| (p..end).contains(&s.heading)).count() == 1;
        let beside = slots.iter().filter(|&&s| s == slot(doc, p)).count() >= 2;
        let h = &doc.headings[p];
        let described = clean_block(&doc.text[h.body.clone()])
            .split_whitespace()
            .count()
            >= 12
            && !doc.kinds_of(&out[k].anchors).contains(&Field::Description);
        // "## 1. MCP tools" straight above "#### Bringing MCP to every API": a numbered heading
        // with nothing of its own before its one sub-heading is the idea, the sub-heading its
        // subtitle.
        let subtitled = starts_numbered(&h.text) && doc.text[h.body.clone()].trim().is_empty();
        // "## #10599: WhatsApp bot" over "## Learning Path" (a table of its fields): an issue
        // of a tracker's list is one idea, its headings the issue's sections.
        let issue = issue_number_len(h.text.trim()).is_some();
        if !alone
            || !(beside && (described || subtitled) || issue)
            || excluded[p]
            || h.anchors
                .clone()
                .any(|k| doc.anchors[k].field != Field::Other)
            || h.generic()
            || clean_title(&h.text).is_empty()
        {
            continue;
        }
        out[k] = selected(p, anchors_of(doc, p..end, excluded), end - 1);
    }
}
