//! A data file of ideas: a YAML list of maps, one idea per map (`_data/ideas.yml` of a Jekyll or
//! Hugo site), each read as the front-matter of a one-idea page would be:
//!
//! ```yaml
//! - title: Faster tile cache
//!   description: Make the tile cache concurrent.
//!   skills: [Rust, async]
//!   mentors: [{ name: Ana Perez, github: anaperez }]
//! ```
//!
//! Asked only for a page in which no Markdown layout found an idea, and only when every map of
//! the list has a title and two idea keys: a Markdown list of "Label: value" items is YAML too.

use super::idea::{Defaults, ParsedIdea, ReadPage};
use crate::skills::SkillTable;
use serde_yaml::Value;

/// Keys that only an idea has (beside its title).
const IDEA_KEYS: &[&str] = &[
    "description",
    "desc",
    "goal",
    "supervisors",
    "summary",
    "mentors",
    "mentor",
    "skills",
    "requirements",
    "prereqs",
    "prerequisites",
    "difficulty",
    "hours",
    "size",
    "duration",
    "project_size",
    "expected_outcome",
    "expected_outcomes",
    "outcomes",
    "upstream_issue",
    "upstream_issues",
];

/// The ideas of a YAML list of idea maps, or `None` when `text` is not one.
pub(crate) fn yaml_list_ideas(
    path: &str,
    text: &str,
    skills: &SkillTable,
    defaults: &Defaults,
    parse_page: ReadPage,
) -> Option<Vec<ParsedIdea>> {
    // Data files of ideas are small; a large page is not parsed as data on a guess.
    if text.len() > 1 << 20 {
        return None;
    }
    let first = text.lines().find(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#') && t != "---"
    })?;
    if first.starts_with(['[', '{']) {
        let value = serde_json::from_str(text).ok()?;
        return json_list_ideas(path, text, value, skills, defaults, parse_page);
    }
    if path.ends_with(".conf") || path.ends_with(".hocon") {
        let value = hocon_value(text)?;
        return json_list_ideas(path, text, value, skills, defaults, parse_page);
    }
    if path.ends_with(".lr") {
        let value = lektor_record(text)?;
        return json_list_ideas(path, text, value, skills, defaults, parse_page);
    }
    if !first.starts_with("- ") {
        return None;
    }
    let Value::Sequence(items) = serde_yaml::from_str::<Value>(text).ok()? else {
        return None;
    };
    // The line of each top-level item ("- " in the first column), in order.
    let item_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("- ") || *l == "-")
        .map(|(i, _)| i + 1)
        .collect();
    if item_lines.len() != items.len() || !idea_list(&items) {
        return None;
    }
    ideas_of(path, &items, &item_lines, skills, defaults, parse_page)
}

/// A HOCON data file (a Laika site's `directory.conf`: `ideas: [{title: ..., mentors: [...]}]`)
/// as JSON, read by `hocon-parser`. Substitutions see no environment variables, and a file with
/// an `include` is not read: a page from elsewhere must not pull in local files.
fn hocon_value(text: &str) -> Option<serde_json::Value> {
    if text.lines().any(|l| l.trim_start().starts_with("include")) {
        return None;
    }
    hocon::parse_with_env(text, &Default::default())
        .ok()?
        .deserialize()
        .ok()
}

/// A Lektor record (`contents.lr`: `key: value` fields, a value running on over the lines
/// below its key, fields parted by `---` lines, `----` standing for a `---` in a value) as a
/// list of that one record. A value whose lines are all "- " items is a list; keys starting
/// with `_` are Lektor's own. (The format is too small for a crate of its own.)
fn lektor_record(text: &str) -> Option<serde_json::Value> {
    let mut record = serde_json::Map::new();
    let mut fields = vec![String::new()];
    for line in text.lines() {
        let line = line.trim_end();
        if line == "---" {
            fields.push(String::new());
            continue;
        }
        let field = fields.last_mut()?;
        let unescaped = line.len() > 3 && line.bytes().all(|b| b == b'-');
        field.push_str(if unescaped { &line[1..] } else { line });
        field.push('\n');
    }
    for field in fields.iter().filter(|f| !f.trim().is_empty()) {
        let (key, value) = field.trim_start().split_once(':')?;
        let well_formed = (key.chars()).all(|c| c.is_ascii_alphanumeric() || "_-".contains(c));
        if key.is_empty() || !well_formed {
            return None;
        }
        let value = value.trim();
        let items: Option<Vec<serde_json::Value>> = (value.lines())
            .map(|l| l.strip_prefix("- ").map(|i| i.trim().into()))
            .collect();
        if !key.starts_with('_') {
            let value = match items {
                Some(items) if !value.is_empty() => serde_json::Value::Array(items),
                _ => value.into(),
            };
            record.insert(key.to_string(), value);
        }
    }
    Some(serde_json::Value::Array(vec![record.into()]))
}

/// The ideas of a JSON data file (a site's `ideas.json`, or a HOCON file read as JSON): an array
/// of idea objects, or an object whose first array of idea objects is the list (`{"year": 2026,
/// "projects": [...]}`). Each idea's line is the line of its title.
fn json_list_ideas(
    path: &str,
    text: &str,
    value: serde_json::Value,
    skills: &SkillTable,
    defaults: &Defaults,
    parse_page: ReadPage,
) -> Option<Vec<ParsedIdea>> {
    let value: Value = serde_yaml::to_value(value).ok()?;
    let items = match &value {
        Value::Sequence(items) => items,
        Value::Mapping(m) => m
            .values()
            .filter_map(Value::as_sequence)
            .find(|s| idea_list(s))?,
        _ => return None,
    };
    if !idea_list(items) {
        return None;
    }
    let mut from = 0;
    let item_lines: Vec<usize> = items
        .iter()
        .map(|item| {
            let title = item
                .get("title")
                .or_else(|| item.get("name"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            // As written: quoted in JSON, bare in HOCON.
            let quoted = serde_json::to_string(title).unwrap_or_default();
            let title = if text[from..].contains(&quoted) {
                quoted
            } else {
                title.to_string()
            };
            match text[from..].find(&title).filter(|_| !title.is_empty()) {
                Some(at) => {
                    from += at + title.len();
                    text[..from].lines().count()
                }
                None => 1,
            }
        })
        .collect();
    ideas_of(path, items, &item_lines, skills, defaults, parse_page)
}

/// The ideas of a page whose front-matter (YAML, starting on line `line`) lists them under a
/// key: `ideas:` / `projects:` followed by maps that each have a title and two idea keys.
pub(crate) fn front_matter_ideas(
    path: &str,
    raw: &str,
    line: usize,
    skills: &SkillTable,
    defaults: &Defaults,
    parse_page: ReadPage,
) -> Option<Vec<ParsedIdea>> {
    if raw.len() > 1 << 20 || !raw.contains("\n") {
        return None;
    }
    let Value::Mapping(map) = serde_yaml::from_str::<Value>(raw).ok()? else {
        return None;
    };
    let raw_lines: Vec<&str> = raw.lines().collect();
    let mut out = Vec::new();
    for (key, value) in &map {
        let (Some(key), Value::Sequence(items)) = (key.as_str(), value) else {
            continue;
        };
        if !idea_list(items) {
            continue;
        }
        // The lines of the list's items: "- " at the first indentation below "key:".
        let Some(k) = raw_lines.iter().position(|l| {
            l.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        }) else {
            continue;
        };
        let mut item_lines = Vec::new();
        let mut indent = None;
        for (j, l) in raw_lines.iter().enumerate().skip(k + 1) {
            let t = l.trim_start();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let i = l.len() - t.len();
            if i == 0 && !t.starts_with("- ") {
                break;
            }
            if (t.starts_with("- ") || t == "-") && *indent.get_or_insert(i) == i {
                item_lines.push(line + j);
            }
        }
        if item_lines.len() != items.len() {
            item_lines = vec![line + k; items.len()];
        }
        out.extend(ideas_of(
            path,
            items,
            &item_lines,
            skills,
            defaults,
            parse_page,
        )?);
    }
    (!out.is_empty()).then_some(out)
}

/// True for a list of maps (one or more) that each have a title and two idea keys.
fn idea_list(items: &[Value]) -> bool {
    let is_idea = |v: &Value| {
        let Value::Mapping(m) = v else { return false };
        let key = |k: &Value| k.as_str().map(|s| s.trim().to_lowercase());
        let keys: Vec<String> = m.keys().filter_map(key).collect();
        let known = |names: &[&str]| keys.iter().filter(|k| names.contains(&k.as_str())).count();
        known(&["title", "name"]) > 0 && known(IDEA_KEYS) >= 2
    };
    !items.is_empty() && items.iter().all(is_idea)
}

/// The record with `skills: {required: [..], preferred: [..]}` made one list, required first:
/// both kinds are the idea's skills.
fn flat_skills(item: &Value) -> std::borrow::Cow<'_, Value> {
    let Value::Mapping(m) = item else {
        return std::borrow::Cow::Borrowed(item);
    };
    let Some(Value::Mapping(kinds)) = m.get("skills") else {
        return std::borrow::Cow::Borrowed(item);
    };
    let mut all = Vec::new();
    for v in kinds.values() {
        match v {
            Value::Sequence(s) => all.extend(s.iter().cloned()),
            Value::String(_) => all.push(v.clone()),
            _ => {}
        }
    }
    let mut m = m.clone();
    m.insert(Value::from("skills"), Value::Sequence(all));
    std::borrow::Cow::Owned(Value::Mapping(m))
}

/// Each map read as a one-idea page's front-matter, its idea at the item's line.
fn ideas_of(
    path: &str,
    items: &[Value],
    item_lines: &[usize],
    skills: &SkillTable,
    defaults: &Defaults,
    parse_page: ReadPage,
) -> Option<Vec<ParsedIdea>> {
    let mut out = Vec::new();
    for (item, &line) in items.iter().zip(item_lines) {
        let yaml = serde_yaml::to_string(&flat_skills(item)).ok()?;
        let page = parse_page(path, &format!("---\n{yaml}---\n"), skills, defaults);
        for mut idea in page.ideas {
            idea.idea.source.line = line;
            for f in &mut idea.fields {
                f.line = line;
                f.value_line = line;
            }
            out.push(idea);
        }
    }
    Some(out)
}
