//! Tables for people (comfy-table), fitted to the terminal width.

use crate::model::Idea;
use comfy_table::{presets, ContentArrangement, Table};

/// Renders ideas as a table. `width` is the terminal width when known.
pub fn render_ideas(ideas: &[&Idea], width: Option<u16>) -> String {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header([
            "Title",
            "Org",
            "Program",
            "Difficulty",
            "Hours",
            "Skills",
            "Mentors",
        ]);
    // The terminal's width when comfy-table can read it; otherwise $COLUMNS, else 100.
    let width = width
        .or_else(|| table.width().filter(|w| *w >= 40))
        .unwrap_or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.parse().ok())
                .filter(|w| *w >= 40)
                .unwrap_or(100)
        });
    table.set_width(width);
    for idea in ideas {
        let program = match (idea.program, idea.year) {
            (Some(p), Some(y)) => format!("{p} {y}"),
            (Some(p), None) => p.to_string(),
            (None, Some(y)) => y.to_string(),
            (None, None) => String::new(),
        };
        let mentors: Vec<String> = idea.mentors.iter().map(|m| m.label()).collect();
        let skills = abbreviate(&idea.skills, 6);
        let mentors = abbreviate(&mentors, 3);
        table.add_row([
            clean(&idea.title),
            clean(idea.org.as_deref().unwrap_or("")),
            program,
            idea.difficulty.map(|d| d.to_string()).unwrap_or_default(),
            idea.hours.map(|h| h.to_string()).unwrap_or_default(),
            clean(&skills),
            clean(&mentors),
        ]);
    }
    table.to_string()
}

/// The first `n` items joined with ", ", and "+k" for the rest.
fn abbreviate(items: &[String], n: usize) -> String {
    let mut s = items.iter().take(n).cloned().collect::<Vec<_>>().join(", ");
    if items.len() > n {
        s.push_str(&format!(" +{}", items.len() - n));
    }
    s
}

/// Text from a page with control characters (including terminal escapes) removed.
pub fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}
