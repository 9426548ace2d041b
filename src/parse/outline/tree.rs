//! Queries on the heading tree of an [`Outline`]: which headings are ideas, the open headings
//! above a line (an idea's organisation, status and section hours), excluded sections.

use super::{open, Heading, Outline, Selected};
use crate::model::{Difficulty, Status};
use crate::parse::fields::Field;
use crate::parse::titles::{
    heading_difficulty, is_past_projects_heading, is_results_heading, org_from_heading,
    org_mentored_by,
};
use std::ops::Range;

/// The distinct core fields among `fields`, sorted.
pub(crate) fn core_kinds(fields: impl Iterator<Item = Field>) -> Vec<Field> {
    let mut kinds: Vec<Field> = fields.filter(|f| f.is_core()).collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

impl Outline<'_> {
    /// Records the headings chosen as ideas (by the `sections` layout), which the
    /// context of every idea depends on: a heading inside an idea is not context.
    pub(crate) fn set_selected(&mut self, selected: Vec<Selected>) {
        self.selected = selected;
        self.in_idea = vec![false; self.headings.len()];
        for s in &self.selected {
            for flag in &mut self.in_idea[s.heading..=s.end] {
                *flag = true;
            }
        }
        // For each position before heading `i` (and after the last), what finding the open
        // headings before it needs, so that finding an idea's context is constant time rather
        // than a walk back through the page (which made pages with many ideas quadratic).
        let n = self.headings.len();
        let levels: Vec<u8> = self.headings.iter().map(|h| h.level).collect();
        self.open_ctx = open::snapshots(&levels, |i| !self.in_idea[i]);
        let mut status: [Option<Status>; 7] = [None; 7];
        self.snap_status = Vec::with_capacity(n + 1);
        for (i, h) in self.headings.iter().enumerate() {
            self.snap_status.push(status);
            let l = usize::from(h.level.clamp(1, 6));
            if !self.in_idea[i] {
                if let Some(st) = h.status() {
                    status[l..].fill(Some(st));
                }
            }
        }
        self.snap_status.push(status);
    }

    /// Position (in the heading list) of the first heading at or after `line`.
    pub(crate) fn position_of(&self, line: usize) -> usize {
        self.headings.partition_point(|h| h.line < line)
    }

    /// Open context headings strictly shallower than `bound` before heading position `pos`,
    /// nearest first.
    fn open_ctx_above(&self, pos: usize, bound: u8) -> Vec<usize> {
        open::open_above(&self.open_ctx[pos], bound)
    }

    /// Number of distinct core fields among a range of anchors.
    pub(crate) fn core_kinds(&self, range: Range<usize>) -> usize {
        self.kinds_of(&range.collect::<Vec<_>>()).len()
    }

    /// The distinct core fields among the anchors `idx`, sorted.
    pub(crate) fn kinds_of(&self, idx: &[usize]) -> Vec<Field> {
        core_kinds(idx.iter().map(|&i| self.anchors[i].field))
    }

    /// Index past the last heading of heading `i`'s subtree (the next heading at its level or
    /// above).
    pub(crate) fn subtree_end(&self, i: usize) -> usize {
        self.ends[i]
    }

    /// Index of the nearest heading above heading `i` with a smaller level.
    pub(crate) fn parent(&self, i: usize) -> Option<usize> {
        self.parents[i]
    }

    /// For every heading: its parent (the nearest heading above with a smaller level) and the
    /// end of its subtree (the next heading with the same or a smaller level), in one pass.
    pub(super) fn index_tree(headings: &[Heading]) -> (Vec<Option<usize>>, Vec<usize>) {
        let n = headings.len();
        let mut parents = vec![None; n];
        let mut ends = vec![n; n];
        let mut stack: Vec<usize> = Vec::new();
        for (j, h) in headings.iter().enumerate() {
            while let Some(&top) = stack.last() {
                if headings[top].level >= h.level {
                    ends[top] = j;
                    stack.pop();
                } else {
                    break;
                }
            }
            parents[j] = stack.last().copied();
            stack.push(j);
        }
        (parents, ends)
    }

    /// For each heading: true if it or a heading above it is excluded (templates, examples,
    /// custom proposals, placeholder titles such as "Idea Title").
    pub(crate) fn excluded_headings(&self) -> Vec<bool> {
        let mut out = Vec::with_capacity(self.headings.len());
        let mut excluded_below: Option<u8> = None;
        for (j, h) in self.headings.iter().enumerate() {
            if excluded_below.is_some_and(|level| h.level <= level) {
                excluded_below = None;
            }
            if excluded_below.is_none() && h.contents {
                // A table of contents lists the ideas; the headings after it are the page.
                out.push(true);
                continue;
            }
            if excluded_below.is_none() && h.excluded {
                excluded_below = Some(self.exclusion_level(j));
            }
            out.push(excluded_below.is_some());
        }
        out
    }

    /// Hours stated by a section heading above an idea ("## large (350 hours)"), for ideas
    /// that do not give their own size.
    pub(crate) fn section_hours(&self, line: usize, level: u8) -> Vec<u32> {
        let bound = if level == 0 { u8::MAX } else { level };
        open::open_above(&self.open_all[self.position_of(line)], bound)
            .into_iter()
            .find_map(|i| Some(self.headings[i].hours()).filter(|h| !h.is_empty()))
            .map(<[u32]>::to_vec)
            .unwrap_or_default()
    }

    /// The difficulty the nearest open heading above `line` names alone ("## Easy"), unless
    /// the page groups by size ("Small" / "Medium" / "Large" headings beside it).
    pub(crate) fn section_difficulty(&self, line: usize, level: u8) -> Option<Difficulty> {
        let bound = if level == 0 { u8::MAX } else { level };
        let (i, level) = open::open_above(&self.open_all[self.position_of(line)], bound)
            .into_iter()
            .find_map(|i| heading_difficulty(&self.headings[i].text).map(|d| (i, d)))?;
        let at = self.headings[i].level;
        let sized = self.headings.iter().any(|h| {
            h.level == at
                && matches!(
                    h.text.trim().to_lowercase().as_str(),
                    "small" | "large" | "small projects" | "large projects"
                )
        });
        (!sized).then_some(level)
    }

    /// The org and status of an idea at `line` with heading `level` (0 for table rows), from
    /// the headings above it.
    pub(crate) fn heading_context(
        &self,
        line: usize,
        level: u8,
    ) -> (Option<String>, Option<Status>) {
        let pos = self.position_of(line);
        // The previous idea's heading line (ideas are in page order).
        let before = self
            .selected
            .partition_point(|s| self.headings[s.heading].line < line);
        let prev_idea_line = before
            .checked_sub(1)
            .map_or(0, |k| self.headings[self.selected[k].heading].line);
        // Ancestors: the open context headings shallower than the idea.
        let bound = if level == 0 { u8::MAX } else { level };
        let mut ancestors = self.open_ctx_above(pos, bound);
        let mut org = ancestors
            .iter()
            .map(|&i| &self.headings[i])
            .find(|h| {
                !self.lists_contents(h) && (!h.generic() || org_mentored_by(&h.text).is_some())
            })
            .and_then(|h| org_mentored_by(&h.text).or_else(|| org_from_heading(&h.text)));
        if ancestors.is_empty() && level > 0 {
            // A stray higher-level heading ("# Title" under "### Project"): the project is the
            // nearest deeper context heading since the previous idea, and its ancestors are
            // the idea's context.
            let stray = (0..pos)
                .rev()
                .take_while(|&i| self.headings[i].line > prev_idea_line)
                .filter(|&i| !self.in_idea[i])
                .find(|&i| {
                    let h = &self.headings[i];
                    h.level > level && !h.generic()
                });
            if let Some(s) = stray {
                org = org_from_heading(&self.headings[s].text);
                ancestors.push(s);
                ancestors.extend(self.open_ctx_above(s, self.headings[s].level));
            }
        }
        let status = ancestors
            .iter()
            .find_map(|&i| self.headings[i].status())
            .or_else(|| {
                // "## Proposed ideas" above a stray "## project" heading still applies.
                let top = usize::from(self.headings[*ancestors.first()?].level.clamp(1, 6));
                self.snap_status[pos][top]
            });
        (org.filter(|o| !o.is_empty()), status)
    }

    /// Whether a heading's own text is only a list of links within the page ("### Core
    /// runtime", then "* [Faster class loader](#faster-class-loader)"): a category of a
    /// contents list, which names no project of the ideas below it.
    fn lists_contents(&self, h: &Heading) -> bool {
        let body = self.text.get(h.body.clone()).unwrap_or("");
        let mut lines = (body.lines().map(str::trim))
            .filter(|l| !l.is_empty())
            .peekable();
        lines.peek().is_some()
            && lines.all(|l| {
                let item = l.trim_start_matches(['*', '-', '+', ' ']);
                let item = item.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                item.trim_start().starts_with('[') && item.contains("](#")
            })
    }

    /// The year a context heading above the heading at `line` gives its ideas ("# GSoC Ideas
    /// 2025" on a page that keeps earlier years' ideas below this year's): a heading that
    /// names ideas or projects and one year.
    pub(crate) fn heading_year(&self, line: usize, level: u8) -> Option<u16> {
        let bound = if level == 0 { u8::MAX } else { level };
        let names_ideas = |t: &str| {
            ["idea", "project", "gsoc", "summer of code"]
                .iter()
                .any(|w| crate::parse::text::find_ci(t, w).is_some())
        };
        (self.open_ctx_above(self.position_of(line), bound).iter())
            .map(|&i| &self.headings[i].text)
            .filter(|t| names_ideas(t))
            .find_map(|t| crate::parse::frontmatter::find_year(&t.to_lowercase()))
    }

    /// The nearest heading above byte `at` when a thematic break (`---` after text) stands
    /// between its text and `at`: the rule ends that heading's block ("### Example idea", its
    /// fields, `---`, then the page's table of ideas), and what follows it belongs to the
    /// section above.
    pub(crate) fn ruled_off(&self, at: usize) -> Option<usize> {
        let k = self
            .headings
            .partition_point(|h| h.body.start <= at)
            .checked_sub(1)?;
        let h = &self.headings[k];
        let between = self.text.get(h.body.start..at)?;
        let mut text_before = false;
        for line in between.lines().map(str::trim) {
            if text_before && crate::parse::text::is_thematic_break(line) {
                return (h.level > 1).then_some(k);
            }
            text_before |= !line.is_empty();
        }
        None
    }

    /// The level at or above which a heading ends excluded heading `j`'s section: its own, or,
    /// for a template whose first sub-heading skips levels ("# Template" over "### Title"),
    /// the level skipped: the page's "## Gazebo" after the template's "### Title" is the page
    /// again. (Past projects keep their whole section: "# Past projects" over "### Old idea"
    /// then "## Networking" is still the past.)
    pub(crate) fn exclusion_level(&self, j: usize) -> u8 {
        let h = &self.headings[j];
        let past = is_past_projects_heading(&h.text) || is_results_heading(&h.text);
        match self.headings.get(j + 1) {
            Some(next) if next.level > h.level + 1 && !past => next.level - 1,
            _ => h.level,
        }
    }

    /// Index past the last heading of excluded heading `j`'s section (see
    /// [`Self::exclusion_level`]).
    pub(crate) fn exclusion_end(&self, j: usize) -> usize {
        let level = self.exclusion_level(j);
        (j + 1..self.headings.len())
            .find(|&k| self.headings[k].level <= level)
            .unwrap_or(self.headings.len())
    }

    /// Whether a heading above heading `k` (an ancestor) excludes its section.
    pub(crate) fn excluded_above(&self, k: usize) -> bool {
        let mut up = self.parent(k);
        // (The smallest level of the headings from `k` up to the ancestor.)
        let mut shallowest = self.headings[k].level;
        while let Some(p) = up {
            let h = &self.headings[p];
            shallowest = (self.headings[p + 1..k].iter())
                .map(|h| h.level)
                .fold(shallowest, u8::min);
            if h.excluded && !h.contents && shallowest > self.exclusion_level(p) {
                return true;
            }
            up = self.parent(p);
        }
        false
    }

    /// Whether `line` is in an excluded section: the heading above it is excluded (see
    /// [`Self::excluded_headings`]).
    pub(crate) fn in_excluded_section(&self, line: usize) -> bool {
        let above = self.headings.partition_point(|h| h.line < line);
        above > 0 && self.excluded_headings()[above - 1]
    }
}
