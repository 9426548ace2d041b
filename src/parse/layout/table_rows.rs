//! Ideas as rows of a table that has a title column ("Project", "Idea", "Name") and mentors
//! (a mentor column, or "Mentors:" after a `<br>` in the title cell), or a description column
//! and another idea field (hours, skills, difficulty, an issue link). Tables inside an idea's
//! own section, key/value tables and tables under template headings are left to others.

use super::{Found, Page};
use crate::parse::builder::IdeaBuilder;
use crate::parse::fields::{self, Field};
use crate::parse::mentors::parse_mentors;
use crate::parse::outline::Table;
use crate::parse::text::{
    clean_block, difficulty_of, extract_urls, is_issue_url, non_empty, split_br, strip_md,
};
use crate::parse::titles::{clean_title, is_excluded_heading};
use std::borrow::Cow;

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    let (doc, ctx, out) = (page.outline, page.ctx, &mut found.ideas);
    let ideas = &doc.selected;
    // The ideas read under headings, before any table's.
    let under_headings = out.len();
    for t in &doc.tables {
        // (After a rule that ends the block of the heading above it, the table is the
        // section's above.)
        let ruled = doc.ruled_off(t.range.start);
        // Tables inside an idea's own section are part of that idea.
        let inside_idea = ideas.iter().any(|s| {
            let start = doc.headings[s.heading].line;
            let end = doc.headings.get(s.end + 1).map_or(usize::MAX, |h| h.line);
            Some(s.heading) != ruled && start < t.line && t.line < end
        });
        let excluded = match ruled {
            Some(k) => doc.excluded_above(k),
            None => doc.in_excluded_section(t.line),
        };
        if inside_idea || !t.fields.is_empty() || excluded {
            continue;
        }
        let norm: Vec<String> = t
            .header
            .iter()
            .map(|h| fields::normalize_label(&strip_md(h)))
            .collect();
        let find_col = |pred: &dyn Fn(&str) -> bool| norm.iter().position(|h| pred(h));
        // A column of numbers ("| project | name |" then "| 1 | Live dashboard |") counts the
        // rows: it is never the title, the next title column is.
        let counts = |i: usize| {
            let mut cells = t.rows.iter().filter_map(|(_, c)| c.get(i));
            cells.clone().next().is_some() && cells.all(|c| is_enumerator(c))
        };
        // A column is a field by its header's words, or by the label table (any language).
        let is = |h: &str, field: Field| fields::lookup(h).is_some_and(|(f, _)| f == field);
        // (Every mentor column: "| Lead mentor | Co-mentor |".)
        let mut mentor_cols: Vec<usize> = (0..norm.len())
            .filter(|&i| norm[i].contains("mentor") || is(&norm[i], Field::Mentors))
            .collect();
        // Without one, the people a row gives to contact are its mentors ("| Contact |").
        if mentor_cols.is_empty() {
            mentor_cols.extend((0..norm.len()).filter(|&i| norm[i].starts_with("contact")));
        }
        let mentor_col = mentor_cols.first().copied();
        let skills_col =
            find_col(&|h| h.contains("skill") || h == "language" || is(h, Field::Skills));
        let difficulty_col = find_col(&|h| {
            h.contains("difficulty") || h.ends_with("rating") || is(h, Field::Difficulty)
        });
        let size_col = find_col(&|h| {
            h.contains("size")
                || h.contains("hours")
                || h.contains("duration")
                || h == "length"
                || is(h, Field::Size)
        });
        // (A blank first header above idea fields, "| | Languages | Difficulty | Contacts |",
        // heads the ideas themselves.)
        let fields = [mentor_col, skills_col, difficulty_col, size_col];
        let blank_first = norm.first().is_some_and(|h| h.is_empty())
            && fields.iter().filter(|c| c.is_some_and(|c| c > 0)).count() >= 2;
        let Some(title_col) = (0..norm.len())
            .find(|&i| Table::is_title_header(&norm[i]) && !counts(i))
            .or(blank_first.then_some(0))
        else {
            continue;
        };
        let desc_col =
            find_col(&|h| h.contains("description") || h == "summary" || is(h, Field::Description));
        // A title column whose cells repeat ("| Tern | Faster queries |", then "| Tern | Host
        // metrics |") names the part of the project each row is in; a description column of
        // short cells names the ideas.
        let (title_col, desc_col, part_col) = match desc_col {
            Some(d) if repeats(&t.rows, title_col) && short_cells(&t.rows, d) => {
                (d, None, Some(title_col))
            }
            _ => (title_col, desc_col, None),
        };
        let issue_col = norm.iter().enumerate().position(|(i, h)| {
            i != title_col && (h.contains("issue") || h.ends_with("link") || is(h, Field::Upstream))
        });
        // Without mentors, a row is an idea when the table describes ideas: a description and
        // another idea field (size, skills, difficulty, an issue link), or two of an idea's
        // own fields ("| Proposal | Languages | Size |").
        let own_fields = [size_col, skills_col, difficulty_col];
        let describes_ideas = desc_col.is_some()
            && (own_fields.iter().chain([&issue_col])).any(Option::is_some)
            || own_fields.iter().filter(|c| c.is_some()).count() >= 2;
        // The idea of the last titled row: a row with a blank title cell continues it (grouped
        // tables write a second mentor or a second issue on a row of its own).
        let mut pending: Option<IdeaBuilder> = None;
        for (line, cells) in &t.rows {
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).map(|c| c.as_ref());
            let mentors_cells = || {
                let of = mentor_cols.iter().filter_map(|&i| cell(Some(i)));
                of.filter(|c| !c.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let Some(title_cell) = cell(Some(title_col)) else {
                continue;
            };
            // A template's row of one-letter cells ("| a | b | c |") holds no idea.
            if cells.len() > 2 && cells.iter().all(|c| c.trim().chars().count() <= 1) {
                continue;
            }
            let mut parts = split_br(title_cell);
            // "[Cabinet tool](x): Design a tool for ...": a linked or bold title, then what
            // the idea is about.
            if let Some((t, about)) = parts.first().and_then(|p| titled_cell(p)) {
                parts.splice(0..1, [t, about]);
            }
            let title = clean_title(&strip_md(parts.first().map_or("", |s| s.as_str())));
            let issues = || {
                let of = |cols: &[Option<usize>]| {
                    cols.iter()
                        .flat_map(|&c| extract_urls(cell(c).unwrap_or("")))
                        .filter(|u| is_issue_url(u))
                        .collect::<Vec<_>>()
                };
                // A title that links an issue names the idea's issue when no cell else does.
                Some(of(&[issue_col, desc_col]))
                    .filter(|v| !v.is_empty())
                    .unwrap_or_else(|| of(&[Some(title_col)]))
            };
            // A row naming an idea read under a heading of the page is a summary of it (an
            // index table above the ideas' sections): the section has its facts.
            if !title.is_empty()
                && out[..under_headings]
                    .iter()
                    .any(|i| i.idea.title.eq_ignore_ascii_case(&title))
            {
                out.extend(pending.take().map(|b| b.finish(ctx)));
                continue;
            }
            if title.is_empty() {
                if let Some(b) = pending.as_mut() {
                    b.mentors.extend(parse_mentors(&mentors_cells()));
                    if let Some(s) = cell(skills_col).filter(|s| !s.trim().is_empty()) {
                        b.skills_raw.push(s.to_string());
                    }
                    b.upstream.extend(issues());
                }
                continue;
            }
            let mut mentors_text = mentors_cells();
            // The parts after the title in its cell, and the description cell's parts when one
            // of them is labelled: a part that opens with a label ("Mentors: …", "**Required
            // skills:**") gives that field, and the list items after it ("- Cybersecurity")
            // go on with it; the other parts describe the idea.
            let desc_cell = cell(desc_col).unwrap_or_default();
            let desc_parts = split_br(desc_cell);
            // "| General | **Your own idea!!** Something you are excited about |": a row that
            // invites ideas, in an idea's place.
            let invites = |p: &String| {
                let t = strip_md(p);
                t.split_whitespace().count() <= 6 && is_excluded_heading(&t)
            };
            if desc_parts.first().is_some_and(invites) {
                out.extend(pending.take().map(|b| b.finish(ctx)));
                continue;
            }
            let desc_fields: Vec<_> = desc_parts.iter().map(|p| row_field(p)).collect();
            let labelled = desc_fields.iter().any(Option::is_some);
            let mut desc = if labelled {
                String::new()
            } else {
                desc_cell.to_string()
            };
            let (mut skills, mut outcomes) = (String::new(), String::new());
            let mut open = None;
            let title_parts = parts.iter().skip(1).map(|p| (p, row_field(p)));
            let desc_parts = desc_parts.iter().zip(desc_fields).filter(|_| labelled);
            for (part, found) in title_parts.chain(desc_parts) {
                let item = part.trim_start().starts_with(['-', '*', '•']);
                let (field, value) = match found {
                    Some((field, at)) => (Some(field), &part[at..]),
                    None if item => (open, part.as_str()),
                    None => (None, part.as_str()),
                };
                open = field;
                let to = match field {
                    Some(Field::Mentors) => &mut mentors_text,
                    Some(Field::Skills) => &mut skills,
                    Some(Field::Outcomes) => &mut outcomes,
                    _ => &mut desc,
                };
                if !to.is_empty() {
                    to.push('\n');
                }
                to.push_str(value.trim());
            }
            // Whether the row is an idea may depend on its mentors.
            let decides = mentor_col.is_none() && !describes_ideas;
            let mentors = parse_mentors(&mentors_text);
            out.extend(pending.take().map(|b| b.finish(ctx)));
            if decides && mentors.is_empty() {
                continue;
            }
            let mut b = IdeaBuilder::new(title, *line, ctx);
            let (org, status) = doc.heading_context(*line, 0);
            b.org_heading = org;
            b.status = status;
            b.description = non_empty(clean_block(&desc));
            b.component = cell(part_col)
                .map(strip_md)
                .filter(|p| !p.trim().is_empty());
            if let Some(s) = cell(skills_col) {
                b.skills_raw.push(s.to_string());
            }
            b.skills_raw.extend(non_empty(skills));
            b.outcomes = non_empty(clean_block(&outcomes));
            b.mentors = mentors;
            b.difficulty = cell(difficulty_col).and_then(difficulty_of);
            b.hours = cell(size_col)
                .map(crate::parse::hours::parse_hours)
                .unwrap_or_default();
            b.upstream.extend(issues());
            pending = Some(b);
        }
        out.extend(pending.take().map(|b| b.finish(ctx)));
    }
}

/// The field a part of a cell opens with (mentors, skills or outcomes) and where its value
/// starts.
fn row_field(part: &str) -> Option<(Field, usize)> {
    let l = fields::find_label(part, false)?;
    matches!(l.field, Field::Mentors | Field::Skills | Field::Outcomes)
        .then_some((l.field, l.value_start))
}

/// A cell that opens with a linked or bold title and a colon or dash before more words: the
/// title (as written) and the rest.
fn titled_cell(cell: &str) -> Option<(String, String)> {
    let c = cell.trim();
    let end = if let Some(bold) = c.strip_prefix("**") {
        bold.find("**")? + 4
    } else if c.starts_with('[') {
        let close = c.find("](")?;
        close + 2 + c[close + 2..].find(')')? + 1
    } else {
        return None;
    };
    let rest = c[end..].trim_start();
    let head = &c[..end];
    // "**[Cabinet tool](x):** Design ..." (the colon inside the bold) and "**[Cabinet
    // tool](x)** Design ..." (a bold link alone) need no separator after the bold.
    let inner = head.trim_matches('*').trim();
    let colon_inside = head.starts_with("**") && inner.ends_with(':');
    let bold_link = head.starts_with("**") && inner.starts_with('[') && inner.ends_with(')');
    let about = ([":", "- ", "– ", "— "].iter())
        .find_map(|sep| rest.strip_prefix(sep))
        .or((colon_inside || bold_link).then_some(rest))?
        .trim();
    let title = if colon_inside {
        inner.trim_end_matches(':').to_string()
    } else {
        head.to_string()
    };
    (about.split_whitespace().count() >= 2).then(|| (title, about.to_string()))
}

/// Whether two rows write the same text in column `col`.
fn repeats(rows: &[(usize, Vec<Cow<'_, str>>)], col: usize) -> bool {
    let mut seen: Vec<String> = Vec::new();
    for cell in rows.iter().filter_map(|(_, c)| c.get(col)) {
        let key = strip_md(cell).trim().to_lowercase();
        if key.is_empty() {
            continue;
        }
        if seen.contains(&key) {
            return true;
        }
        seen.push(key);
    }
    false
}

/// Whether every cell of column `col` is one short sentence: thirty words or fewer, no second
/// sentence.
fn short_cells(rows: &[(usize, Vec<Cow<'_, str>>)], col: usize) -> bool {
    rows.iter().filter_map(|(_, c)| c.get(col)).all(|c| {
        let c = strip_md(c);
        let c = c.trim().trim_end_matches('.');
        !c.is_empty() && c.split_whitespace().count() <= 30 && !c.contains(". ")
    })
}

/// Whether a table cell only counts rows: a number ("1", "#2", "3.", "No. 4").
fn is_enumerator(cell: &str) -> bool {
    let c = strip_md(cell);
    let c = c.trim();
    let c = c
        .strip_prefix("No.")
        .or_else(|| c.strip_prefix("no."))
        .unwrap_or(c);
    let c = c
        .trim()
        .trim_start_matches('#')
        .trim_end_matches(['.', ')']);
    !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit())
}
