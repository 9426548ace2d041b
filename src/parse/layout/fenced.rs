//! Ideas whose fields are written in a fenced code block of YAML or TOML, one block per idea:
//!
//! ````text
//! ## Faster index rebuilds            (the title, unless the block has `title:` / `name:`)
//!
//! ```yaml
//! mentors: [Jane Roe (@janeroe), Sam Poe]
//! skills: [Rust, SQL]
//! difficulty: medium
//! size: 175 hours
//! ```
//!
//! Rebuild the index incrementally.    (the description, when the block has none)
//! ````
//!
//! A block is an idea's when its info string is `yaml`, `yml` or `toml` (or it has none, or
//! `text`, and every top-level line is a `key: value`), and its top-level keys name at least two
//! distinct idea fields by the label table the Markdown labels are read with (mentors, skills,
//! difficulty, size, description, expected outcomes, upstream issues), the criterion a section
//! of labelled lines meets to be an idea; one of them must be something only an idea has, in a
//! form that reads (mentors, a difficulty, a size in hours, expected outcomes, an upstream
//! issue): a description and requirements alone are what a plugin's manifest has too. The
//! values are read by the front-matter reader of a canonical one-idea file
//! ([`frontmatter::read_keys`]), so a block means what the same keys mean at the top of a file.
//! A block that is a YAML list of idea maps (`- title: ...`) is read as a data file of ideas is
//! ([`crate::parse::yaml_list`]), one idea per map, when every map is one.
//!
//! Refused: blocks inside an idea another layout found (a configuration example there is part
//! of that idea), under template, example or past-project headings, or under headings that tell
//! how to write an idea ("How to add an idea", "Format"); the format of an idea, whose values
//! leave choices open ("easy | hard") or whose `title:` or two idea keys are empty; blocks
//! naming fewer than two idea fields (a project's configuration, a Kubernetes manifest, a
//! workflow); a second untitled block under one heading; blocks in block quotes; an untitled
//! block under a generic heading that groups ideas ("# Project ideas" above sub-headings),
//! which it does not name. A block that cannot be parsed is skipped with a warning naming its
//! line.

mod block;

use super::{Found, Page};
use crate::parse::builder::IdeaBuilder;
use crate::parse::fields::Field;
use crate::parse::frontmatter::{self, norm_key};
use crate::parse::idea::{Defaults, FieldSpan, ParsedIdea, Warning};
use crate::parse::outline::Outline;
use crate::parse::text::{clean_block, is_prose};
use crate::parse::titles::{
    clean_title, is_excluded_heading, is_placeholder_title, split_title_facts,
};
use block::{field_of, Block, Key};
use serde_json::Value;

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    let doc = page.outline;
    let mut excluded: Option<Vec<bool>> = None;
    // Headings that already titled an untitled block's idea.
    let mut used: Vec<usize> = Vec::new();
    for range in &doc.code_blocks {
        let Some(block) = Block::read(doc, range.clone()) else {
            continue;
        };
        let owner = doc.position_of(block.fence_line).checked_sub(1);
        if let Some(j) = owner {
            let excluded = excluded.get_or_insert_with(|| doc.excluded_headings());
            if excluded[j] || doc.in_idea.get(j) == Some(&true) || tells_how_to_write(doc, j) {
                continue;
            }
        }
        if block.is_list {
            found.ideas.extend(list_ideas(page, &block));
            continue;
        }
        let value = match frontmatter::parse_value(block.raw()) {
            Ok(v) => v,
            Err(e) => {
                found.warnings.push(Warning {
                    // The error counts the opening delimiter as line 1, as the fence is.
                    line: block.fence_line + e.line.saturating_sub(1),
                    message: format!(
                        "{}; the fenced block of idea fields is skipped",
                        e.message.replace("front-matter", "fenced block")
                    ),
                });
                continue;
            }
        };
        if let Some(idea) = map_idea(page, &block, &value, owner, &mut used) {
            found.ideas.push(idea);
        }
    }
}

/// The key the front-matter reader reads a field from.
fn canonical_key(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Description => "description",
        Field::Outcomes => "expected_outcomes",
        Field::Skills => "skills",
        Field::Mentors => "mentors",
        Field::Difficulty => "difficulty",
        Field::Size => "hours",
        Field::Upstream => "upstream_issues",
        Field::Links => "links",
        _ => return None,
    })
}

/// The map with keys the label table knows under another spelling ("summary", "tech stack",
/// "expected outcome") renamed to the key the front-matter reader reads, unless the block
/// has that key too.
fn canonical_map(map: &serde_json::Map<String, Value>) -> Value {
    let mut out = serde_json::Map::new();
    for (k, v) in map {
        let renamed = field_of(k)
            .and_then(|(f, _)| canonical_key(f))
            .filter(|c| !map.contains_key(*c) && !out.contains_key(*c));
        out.insert(renamed.map_or_else(|| k.clone(), str::to_string), v.clone());
    }
    Value::Object(out)
}

/// True if heading `j` or a heading above it tells how to write an idea ("How to add an idea",
/// "Idea format", "Submitting ideas"): a block there is the format, not an idea.
fn tells_how_to_write(doc: &Outline<'_>, j: usize) -> bool {
    std::iter::successors(Some(j), |&i| doc.parent(i)).any(|i| {
        let t = doc.headings[i].text.to_lowercase();
        [
            "how to",
            "format",
            "template",
            "submit",
            "adding ",
            "add an idea",
            "add your",
            "your idea",
            "new idea",
            "proposing",
            "guideline",
            "instruction",
        ]
        .iter()
        .any(|w| t.contains(w))
    })
}

/// The idea of a block that is one map of fields, if it is one (see the module docs).
fn map_idea(
    page: &Page<'_, '_>,
    block: &Block,
    value: &Value,
    owner: Option<usize>,
    used: &mut Vec<usize>,
) -> Option<ParsedIdea> {
    let doc = page.outline;
    let Value::Object(map) = value else {
        return None;
    };
    if leaves_slots(map) {
        return None;
    }
    let fm = frontmatter::read_keys(&canonical_map(map));
    // A description and requirements are what a plugin's manifest has too: an idea's block
    // names someone or something only an idea has, in a form that reads.
    let idea_only = !fm.mentors.is_empty()
        || !fm.mentor_texts.is_empty()
        || frontmatter::difficulty_of(&fm).is_some()
        || fm
            .size_raw
            .as_deref()
            .is_some_and(|s| !crate::parse::hours::parse_hours(s).is_empty())
        || fm.expected_outcomes.is_some()
        || !fm.upstream_issues.is_empty();
    if !idea_only {
        return None;
    }
    // A format with the choices left to the author ("easy | medium | hard").
    let choices = |s: &Option<String>| s.as_deref().is_some_and(|s| s.contains('|'));
    if choices(&fm.difficulty_raw) || choices(&fm.size_raw) {
        return None;
    }
    let block_title = fm.title.clone().filter(|t| !t.trim().is_empty());
    let (title, line, heading) = match (&block_title, owner) {
        (Some(t), _) => (
            t.clone(),
            block.title_line().unwrap_or(block.fence_line),
            None,
        ),
        // A page or group heading ("# Project ideas", "## GSoC 2026" above sub-headings) is
        // not the title of a block under it.
        (None, Some(j)) if !used.contains(&j) && !is_group_heading(doc, j) => {
            used.push(j);
            let h = &doc.headings[j];
            (clean_title(&h.text), h.line, Some(j))
        }
        _ => return None,
    };
    if title.is_empty() || is_excluded_heading(&title) || is_placeholder_title(&title) {
        return None;
    }
    let (title, title_size, title_level) = match heading {
        Some(_) => split_title_facts(&title),
        None => (title, Vec::new(), None),
    };
    // (Titled by the block, the headings above it are its context, as for a table row.)
    let level = heading.map_or(0, |j| doc.headings[j].level);
    let (org, status) = doc.heading_context(line, level);
    let mut b = IdeaBuilder::new(title, line, page.ctx);
    b.apply_front_matter(&fm);
    b.org_heading = org;
    b.status = fm.status.or(status);
    for k in &block.keys {
        record_key(&mut b, block, k);
    }
    if let Some(j) = heading {
        // Labelled lines beside the block ("**Mentors:** ...") are the idea's too.
        let anchors: Vec<_> = doc.headings[j]
            .anchors
            .clone()
            .map(|a| &doc.anchors[a])
            .collect();
        b.collect(doc.text, &anchors, None);
        if b.description.is_none() {
            if let Some((d, at)) = section_prose(doc, j) {
                b.description = Some(d);
                b.unlabelled_description = Some(at);
            }
        }
    }
    if b.hours.is_empty() {
        b.hours = title_size;
    }
    b.difficulty = b.difficulty.or(title_level);
    let mut idea = b.finish(page.ctx);
    idea.fields.sort_by_key(|f| f.line);
    Some(idea)
}

/// True for a generic heading ("Ideas", "GSoC 2026") that is the page's title or has
/// sub-headings: it groups ideas rather than names one.
fn is_group_heading(doc: &Outline<'_>, j: usize) -> bool {
    let h = &doc.headings[j];
    h.generic() && (h.level == 1 || doc.subtree_end(j) > j + 1)
}

/// True for the format of an idea rather than one: an empty `title:`, or two idea keys left
/// empty for the author to fill in.
fn leaves_slots(map: &serde_json::Map<String, Value>) -> bool {
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    };
    let title_slot = map.iter().any(|(k, v)| norm_key(k) == "title" && empty(v));
    let idea_slots = map
        .iter()
        .filter(|(k, v)| empty(v) && field_of(k).is_some_and(|(f, _)| f.is_core()))
        .count();
    title_slot || idea_slots >= 2
}

/// Records where a key of the block is written, as the builder records a label.
fn record_key(b: &mut IdeaBuilder, block: &Block, k: &Key) {
    let Some((field, misspelt)) = field_of(&k.name) else {
        return;
    };
    let value = unquote(&k.value).to_string();
    b.fields.push(FieldSpan {
        field,
        // A key is no label: empty as for front-matter keys, unless misspelt (the validator
        // names it then).
        label: if misspelt {
            k.name.clone()
        } else {
            String::new()
        },
        line: k.line,
        column: block.column,
        has_colon: true,
        misspelt,
        heading: false,
        value,
        value_line: k.value_line,
    });
}

/// A scalar written in quotes, without them.
fn unquote(v: &str) -> &str {
    let t = v.trim();
    (['"', '\''].into_iter())
        .find_map(|q| t.strip_prefix(q)?.strip_suffix(q))
        .unwrap_or(t)
}

/// The prose of heading `j`'s own section outside its code blocks and before its first label,
/// and the line where it starts.
fn section_prose(doc: &Outline<'_>, j: usize) -> Option<(String, usize)> {
    let h = &doc.headings[j];
    let mut end = super::section_end(doc, j);
    if let Some(a) = h.anchors.clone().next() {
        end = end.min(doc.anchors[a].start);
    }
    let start = h.body.start.min(end);
    let blocks = (doc.code_blocks.iter()).filter(|r| r.start < end && r.end > start);
    let (mut at, mut first_line, mut parts) = (start, None, Vec::new());
    // The pieces between the blocks, and after the last one.
    for b in blocks.cloned().chain(std::iter::once(end..end)) {
        let r = at..b.start.max(at);
        at = b.end.max(at);
        let raw = &doc.text[r.clone()];
        let cleaned = clean_block(raw);
        if is_prose(&cleaned) {
            let lead = raw.len() - raw.trim_start().len();
            first_line.get_or_insert(doc.lines_index.line(r.start + lead));
            parts.push(cleaned);
        }
    }
    Some((parts.join("\n\n"), first_line?))
}

/// The ideas of a block that is a YAML list of idea maps, at their items' page lines.
fn list_ideas(page: &Page<'_, '_>, block: &Block) -> Vec<ParsedIdea> {
    let ctx = page.ctx;
    let defaults = Defaults {
        program: ctx.program,
        year: ctx.year,
        term: ctx.term.clone(),
        org: page
            .outline
            .heading_context(block.fence_line, 0)
            .0
            .or_else(|| ctx.org.clone()),
        site: None,
    };
    let Some(mut ideas) = crate::parse::yaml_list::yaml_list_ideas(
        ctx.path.as_str(),
        &block.content,
        page.skills,
        &defaults,
        page.parse_page,
    ) else {
        return Vec::new();
    };
    // Lines of the content count from the line after the fence.
    for idea in &mut ideas {
        idea.idea.source.line += block.fence_line;
        for f in &mut idea.fields {
            f.line += block.fence_line;
            f.value_line += block.fence_line;
        }
    }
    ideas
}

#[cfg(test)]
mod tests;
