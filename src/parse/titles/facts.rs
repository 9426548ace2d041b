//! Facts written into a title: "New plugin (Size: Medium)", "Faster builds (350 h, hard)".

use super::*;
use crate::parse::fields::is_difficulty;

/// The facts a title's trailing remark gives, when it gives only the size and difficulty:
/// "New plugin (Size: Medium)" -> 175 hours; "Streaming compaction (350 hours, hard)" -> 350
/// hours, hard. The remark stays in the title, as the page writes it (FIELDS.md: a title is
/// as written, without markup and numbering); a remark with anything else in it
/// ("(experimental)", "(GPU, 350 hours)") says nothing, and a lone "medium" (a size or a
/// difficulty) says nothing either. A level before the title ("Beginner: CSV exporter") is
/// read and leaves the title, as a number before it does.
pub(crate) fn split_title_facts(title: &str) -> (String, Vec<u32>, Option<Difficulty>) {
    let (lead, t) = match split_level_prefix(title) {
        Some((level, rest)) => (Difficulty::parse(level), rest),
        None => (None, title),
    };
    let (title, hours, level) = split_trailing_facts(t);
    (title, hours, lead.or(level))
}

/// The level a title starts with and the title after it: "Beginner: CSV exporter",
/// "Intermediate/Advanced: Cloud cache", "[Hard] Live viewer", "(Easy) Docs search". Only
/// words that name nothing but a level count ("Basic: ...", "High: ..." and a lone "Medium",
/// which may be a size, do not), and something must follow them.
pub(crate) fn split_level_prefix(title: &str) -> Option<(&str, &str)> {
    let t = title.trim_start();
    let (level, rest) = match t.chars().next()? {
        '[' => t[1..].split_once(']')?,
        '(' => t[1..].split_once(')')?,
        _ => t.split_once([':', '：'])?,
    };
    let rest = rest
        .trim_start_matches([':', '：', ' ', '-', '–', '—'])
        .trim();
    let words: Vec<String> = (level.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    const LEVELS: &[&str] = &[
        "easy",
        "beginner",
        "medium",
        "intermediate",
        "moderate",
        "hard",
        "difficult",
        "advanced",
        "challenging",
        "expert",
        "to",
        "or",
    ];
    let levels = words
        .iter()
        .filter(|w| !matches!(w.as_str(), "to" | "or"))
        .count();
    let only_medium = words.len() == 1 && words[0] == "medium";
    let all_levels = words.iter().all(|w| LEVELS.contains(&w.as_str()));
    (levels > 0 && all_levels && !only_medium && rest.chars().any(char::is_alphanumeric))
        .then_some((level.trim(), rest))
}

/// [`split_title_facts`] for a title's trailing remark (kept in the title).
fn split_trailing_facts(title: &str) -> (String, Vec<u32>, Option<Difficulty>) {
    let t = title.trim_end();
    // In parentheses or square brackets: "Kotlin compiler fuzzer [Hard, 350 hrs]".
    for (opening, closing) in [('(', ')'), ('[', ']')] {
        let Some(open) = t.rfind(opening) else {
            continue;
        };
        if let Some(inner) = t[open + 1..].strip_suffix(closing) {
            if let Some((hours, level)) = title_facts(inner) {
                return (t.to_string(), hours, level);
            }
        }
    }
    (title.to_string(), Vec::new(), None)
}

/// The size and difficulty of a title's remark, when every part of it is one of them.
fn title_facts(inner: &str) -> Option<(Vec<u32>, Option<Difficulty>)> {
    let lower = inner.trim().to_lowercase();
    let parts: Vec<&str> = lower.split([',', ';']).map(str::trim).collect();
    let (mut hours, mut level) = (Vec::new(), None);
    for part in &parts {
        let (key, value) = match part.split_once([':', '：']) {
            Some((k, v)) => (k.trim(), v.trim()),
            None => part
                .strip_prefix("size ")
                .map_or(("", *part), |v| ("size", v)),
        };
        let sized = ["size", "duration", "length", "hours", "effort", "time"]
            .iter()
            .any(|k| key.contains(k));
        if key.contains("difficult") || key == "level" {
            level = Some(Difficulty::parse(value)?);
        } else if sized {
            hours = parse_hours(value);
            if hours.is_empty() {
                return None;
            }
        } else if !key.is_empty() {
            return None;
        } else if !hours_with_unit(value).is_empty() {
            hours = hours_with_unit(value);
        } else if matches!(value, "small" | "large") {
            hours = parse_hours(value);
        } else if (value != "medium" || parts.len() > 1) && is_difficulty(value) {
            level = Difficulty::parse(value);
        } else {
            return None;
        }
    }
    Some((hours, level))
}

#[cfg(test)]
pub(crate) fn split_title_size(title: &str) -> (String, Vec<u32>) {
    let (t, hours, _) = split_title_facts(title);
    (t, hours)
}
