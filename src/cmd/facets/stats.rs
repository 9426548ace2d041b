//! `ideas stats`: ideas per programme and year, difficulty and size, with totals, as JSON or as
//! bar charts fitted to the width.

use super::*;
use crate::render::text::paint;

/// Ideas of one programme and year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct ProgramYearCount {
    program: Option<Program>,
    year: Option<u16>,
    ideas: usize,
}

/// Ideas of one difficulty (a range is its own label, e.g. "medium-hard"; "unknown" when the
/// idea gives none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct DifficultyCount {
    difficulty: String,
    ideas: usize,
}

/// Ideas of one size: `hours` is `null` and `size` "unknown" when the idea gives none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct SizeCount {
    size: String,
    hours: Option<u32>,
    ideas: usize,
}

/// The output of `ideas stats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(super) struct Stats {
    pub(super) total: usize,
    by_program_year: Vec<ProgramYearCount>,
    by_difficulty: Vec<DifficultyCount>,
    by_size: Vec<SizeCount>,
    orgs: usize,
    mentors: usize,
    skills: usize,
}

pub(super) fn stats(ideas: &[&Idea], limit: Option<usize>) -> Stats {
    let mut by_term = count_by(ideas.iter().map(|i| (i.program, i.year)));
    // Newest year first, then programme; unknown parts last.
    by_term.sort_by(|((pa, ya), _), ((pb, yb), _)| {
        yb.is_some()
            .cmp(&ya.is_some())
            .then(yb.cmp(ya))
            .then(pb.is_some().cmp(&pa.is_some()))
            .then(pa.cmp(pb))
    });
    let mut by_difficulty = count_by(ideas.iter().map(|i| i.difficulty));
    // Easiest first (by the easy end, then the hard end), unknown last.
    by_difficulty.sort_by_key(|(d, _)| (d.is_none(), d.map(|d| (d.low, d.high))));
    // Each size an idea offers counts once ("175/350 hours" counts for 175 and for 350).
    let mut by_size = count_by(ideas.iter().flat_map(|i| {
        let none = i.hours.is_empty().then_some(None);
        i.hours.iter().map(|h| Some(*h)).chain(none)
    }));
    by_size.sort_by_key(|(h, _)| (h.is_none(), *h));

    let orgs: BTreeSet<String> = ideas
        .iter()
        .filter_map(|i| org_key(i.org.as_deref()))
        .collect();
    let table = crate::skills::SkillTable::bundled();
    let skills: BTreeSet<String> = ideas
        .iter()
        .flat_map(|i| i.skills.iter().flat_map(|s| table.ids_of(s)))
        .collect();
    Stats {
        total: ideas.len(),
        by_program_year: capped(by_term, limit)
            .into_iter()
            .map(|((program, year), ideas)| ProgramYearCount {
                program,
                year,
                ideas,
            })
            .collect(),
        by_difficulty: capped(by_difficulty, limit)
            .into_iter()
            .map(|(d, ideas)| DifficultyCount {
                difficulty: d.map_or_else(|| "unknown".to_string(), |d| d.to_string()),
                ideas,
            })
            .collect(),
        by_size: capped(by_size, limit)
            .into_iter()
            .map(|(hours, ideas)| SizeCount {
                size: hours.map_or_else(|| "unknown".to_string(), |h| h.to_string()),
                hours,
                ideas,
            })
            .collect(),
        orgs: orgs.len(),
        mentors: people(ideas).len(),
        skills: skills.len(),
    }
}

/// The stats as horizontal bar charts `width` columns wide: the totals, then one section
/// per facet with label, count and a bar scaled so the longest fills the width left over.
/// Bars are `█` in colour and `#` without.
pub(super) fn render_stats(stats: &Stats, width: usize, color: bool) -> String {
    let sections: [(&str, Vec<(String, usize)>); 3] = [
        (
            "By programme and year",
            stats
                .by_program_year
                .iter()
                .map(|r| {
                    let label = crate::render::table::program_year(r.program, r.year);
                    let label = if label.is_empty() {
                        "unknown".into()
                    } else {
                        label
                    };
                    (label, r.ideas)
                })
                .collect(),
        ),
        (
            "By difficulty",
            stats
                .by_difficulty
                .iter()
                .map(|r| (r.difficulty.clone(), r.ideas))
                .collect(),
        ),
        (
            "By size",
            stats
                .by_size
                .iter()
                .map(|r| {
                    let label = r
                        .hours
                        .map_or_else(|| "unknown".to_string(), |h| format!("{h} hours"));
                    (label, r.ideas)
                })
                .collect(),
        ),
    ];
    let totals = [
        ("ideas", stats.total),
        ("orgs", stats.orgs),
        ("mentors", stats.mentors),
        ("skills", stats.skills),
    ];
    let label_w = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(l, _)| sanitize(l, false).chars().count()))
        .chain(totals.iter().map(|(l, _)| l.len()))
        .max()
        .unwrap_or(0);
    let count_w = sections
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(_, n)| *n))
        .chain(totals.iter().map(|(_, n)| *n))
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(1);
    // "  label  count  bar"
    let bar_max = width.saturating_sub(2 + label_w + 2 + count_w + 2).max(1);
    let mut out = paint("Totals", "1", color);
    out.push('\n');
    for (label, n) in totals {
        out.push_str(&format!("  {label:<label_w$}  {n:>count_w$}\n"));
    }
    for (title, rows) in &sections {
        if rows.is_empty() {
            continue;
        }
        out.push('\n');
        out.push_str(&paint(title, "1", color));
        out.push('\n');
        let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
        for (label, n) in rows {
            let len = bar_len(*n, max, bar_max);
            let bar = if color {
                paint(&"█".repeat(len), "36", color)
            } else {
                "#".repeat(len)
            };
            out.push_str(&format!(
                "  {:<label_w$}  {n:>count_w$}  {bar}\n",
                sanitize(label, false)
            ));
        }
    }
    out
}

/// Bar length for `n` when `max` fills `full` cells: rounded, at least one cell for a non-zero
/// count.
pub(super) fn bar_len(n: usize, max: usize, full: usize) -> usize {
    if n == 0 || max == 0 {
        return 0;
    }
    ((n * full + max / 2) / max).clamp(1, full)
}
