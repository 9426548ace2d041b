//! Ideas as rows of a table that has a title column ("Project", "Idea", "Name") and mentors
//! (a mentor column, or "Mentors:" after a `<br>` in the title cell). Tables inside an idea's
//! own section, key/value tables and tables under template headings are left to others.

use super::{Found, Layout, Next, Page};
use crate::model::Difficulty;
use crate::parse::builder::{IdeaBuilder, PageContext};
use crate::parse::fields::{self, Field};
use crate::parse::frontmatter;
use crate::parse::mentors::parse_mentors;
use crate::parse::outline::{Outline, Table};
use crate::parse::page::ParsedIdea;
use crate::parse::text::{clean_block, extract_urls, is_issue_url, non_empty, split_br, strip_md};
use crate::parse::titles::clean_title;
use crate::skills::SkillTable;

/// Recogniser: see the module docs.
pub(crate) struct TableRows;

impl Layout for TableRows {
    fn detect(&self, page: &Page<'_, '_>, _found: &Found) -> bool {
        !page.outline.tables.is_empty()
    }

    fn read(&self, page: &Page<'_, '_>, found: &mut Found) -> Next {
        found
            .ideas
            .extend(table_ideas(page.outline, page.ctx, page.skills));
        Next::Continue
    }
}

/// One idea per table row, for tables that have a title column and mentors.
fn table_ideas(doc: &Outline<'_>, ctx: &PageContext, skills: &SkillTable) -> Vec<ParsedIdea> {
    let mut out = Vec::new();
    let ideas = &doc.selected;
    for t in &doc.tables {
        // Tables inside an idea's own section are part of that idea.
        let inside_idea = ideas.iter().any(|s| {
            let start = doc.headings[s.heading].line;
            let end = doc.headings.get(s.end + 1).map_or(usize::MAX, |h| h.line);
            start < t.line && t.line < end
        });
        if inside_idea || !t.fields.is_empty() || doc.in_excluded_section(t.line) {
            continue;
        }
        let norm: Vec<String> = t
            .header
            .iter()
            .map(|h| fields::normalize_label(&strip_md(h)))
            .collect();
        let find_col = |pred: &dyn Fn(&str) -> bool| norm.iter().position(|h| pred(h));
        let Some(title_col) = find_col(&Table::is_title_header) else {
            continue;
        };
        let mentor_col = find_col(&|h| h.contains("mentor"));
        let skills_col = find_col(&|h| {
            h.contains("skill") || fields::lookup(h).is_some_and(|(f, _)| f == Field::Skills)
        });
        let difficulty_col = find_col(&|h| h.contains("difficulty") || h == "rating");
        let size_col = find_col(&|h| {
            h.contains("size") || h.contains("hours") || h.contains("duration") || h == "length"
        });
        let desc_col = find_col(&|h| h.contains("description") || h == "summary");
        for (line, cells) in &t.rows {
            let cell = |i: Option<usize>| i.and_then(|i| cells.get(i)).copied();
            let Some(title_cell) = cell(Some(title_col)) else {
                continue;
            };
            let parts = split_br(title_cell);
            let title = clean_title(&strip_md(parts.first().map_or("", |s| s.as_str())));
            if title.is_empty() {
                continue;
            }
            let mut mentors_text = cell(mentor_col).unwrap_or("").to_string();
            let mut desc = cell(desc_col).map(str::to_string).unwrap_or_default();
            let mut fields_found = Vec::new();
            for part in parts.iter().skip(1) {
                match fields::find_label(part, false) {
                    Some(l) if l.field == Field::Mentors => {
                        mentors_text.push('\n');
                        mentors_text.push_str(&part[l.value_start..]);
                        fields_found.push(Field::Mentors);
                    }
                    _ => {
                        if !desc.is_empty() {
                            desc.push('\n');
                        }
                        desc.push_str(part.trim());
                    }
                }
            }
            let mentors = parse_mentors(&mentors_text);
            if mentors.is_empty() && mentor_col.is_none() {
                continue;
            }
            let mut b = IdeaBuilder::new(title, *line, ctx);
            let (org, status) = doc.heading_context(*line, 0);
            b.org_heading = org;
            b.status = status;
            b.description = non_empty(clean_block(&desc));
            if let Some(s) = cell(skills_col) {
                b.skills_raw.push(s.to_string());
            }
            b.mentors = mentors;
            b.difficulty = cell(difficulty_col).and_then(Difficulty::parse);
            b.hours = cell(size_col)
                .and_then(frontmatter::parse_hours)
                .or_else(|| doc.section_hours(*line, 0));
            b.upstream.extend(
                extract_urls(cell(desc_col).unwrap_or(""))
                    .into_iter()
                    .filter(|u| is_issue_url(u)),
            );
            out.push(b.finish(ctx, skills));
        }
    }
    out
}
