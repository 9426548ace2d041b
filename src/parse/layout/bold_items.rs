//! Ideas written as the items of one list, each starting with its title in bold and giving its
//! own size or difficulty, under fields the items share:
//!
//! ```text
//! - **Tide tables (duration: 175h, difficulty: medium):** what the idea is about.
//! - **Wave dashboard (90 hours, easy):** what this one is about.
//!
//! **Recommended skills:** ...      (shared by every item)
//! **Mentor:** ...
//! ```
//!
//! The facts may also close the item, labelled, in a parenthesis: "1. **Tide tables** - what it
//! is about. (Mentors: Ana Ruiz, Tom Li; Skills: Rust; 175 hours)".
//!
//! Asked after the heading and table recognisers, and only when they found at most one idea
//! (the page itself, whose fields the items then share). Every item of the list must start with
//! a bold title and give a size or a difficulty there: a list of bold names with prose (member
//! projects, sizes of one idea) is not ideas.

use super::{Found, Page};
use crate::model::{Difficulty, Idea};
use crate::parse::fields::{self, Field};
use crate::parse::hours::parse_hours;
use crate::parse::idea::ParsedIdea;
use crate::parse::mentors::parse_mentors;
use crate::parse::text::clean_block;

/// Recogniser: see the module docs.
pub(super) fn read(page: &Page<'_, '_>, found: &mut Found) {
    if found.ideas.len() > 1 {
        return;
    }
    let lists = idea_lists(page.outline.text);
    if lists.is_empty() {
        return;
    }
    let doc = page.outline;
    // The items share the fields of the one idea found (the page as one idea), or of the
    // page when nothing was.
    let shared = match found.ideas.pop() {
        Some(idea) => idea,
        None => super::single::single_idea(doc, page.fm, String::new(), page.ctx),
    };
    let first_line = lists.first().and_then(|l| l.first()).map_or(0, |i| i.line);
    if shared.idea.source.line > first_line {
        // The list is above the idea found: not its items.
        found.ideas.push(shared);
        return;
    }
    for item in lists.into_iter().flatten() {
        found.ideas.push(item_idea(&shared, item));
    }
}

/// One item of an idea list.
#[derive(Debug)]
struct Item {
    line: usize,
    title: String,
    description: String,
    hours: Vec<u32>,
    difficulty: Option<Difficulty>,
    /// Mentors and skills the item names itself.
    mentors: Option<String>,
    skills: Option<String>,
}

/// The shared idea with the item's own title, description, size and difficulty.
fn item_idea(shared: &ParsedIdea, item: Item) -> ParsedIdea {
    let mut p = shared.clone();
    let i: &mut Idea = &mut p.idea;
    if let Some(m) = &item.mentors {
        i.mentors = parse_mentors(m);
    }
    if let Some(raw) = item.skills {
        i.skills = crate::skills::written_items(&raw);
        i.skills_raw = Some(raw);
    }
    i.id = Idea::make_id(i.program, i.year, i.org.as_deref(), &item.title);
    i.title = item.title;
    i.description = (!item.description.is_empty()).then_some(item.description);
    if !item.hours.is_empty() {
        i.hours = item.hours;
    }
    i.difficulty = item.difficulty.or(i.difficulty.take());
    i.source.line = item.line;
    p.unlabelled_description = i.description.as_ref().map(|_| item.line);
    p
}

/// The lists of the page (outside code fences) whose every item is an idea item, two or more.
fn idea_lists(text: &str) -> Vec<Vec<Item>> {
    let mut lists = Vec::new();
    // The items of the list being read: line and text (continuation lines joined).
    let mut current: Vec<(usize, String)> = Vec::new();
    // The bullet of the list being read: another bullet starts another list.
    let mut bullet = ' ';
    let mut fence: Option<&str> = None;
    let mut blank_before = true;
    let mut end_list = |current: &mut Vec<(usize, String)>| {
        let items: Vec<Option<Item>> = std::mem::take(current)
            .into_iter()
            .map(|(line, text)| item(&text, line))
            .collect();
        if items.len() >= 2 && items.iter().all(Option::is_some) {
            lists.push(items.into_iter().flatten().collect());
        }
    };
    for (k, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            end_list(&mut current);
            continue;
        }
        let indent = line.len() - trimmed.len();
        // ("1. " and "1) " items make one numbered list.)
        let marker = super::list_marker(trimmed);
        let was_blank = std::mem::replace(&mut blank_before, trimmed.is_empty());
        match marker {
            Some((b, rest)) if indent <= 3 => {
                if b != bullet {
                    end_list(&mut current);
                    bullet = b;
                }
                current.push((k + 1, rest.to_string()));
            }
            _ if trimmed.is_empty() || current.is_empty() => {}
            // Text under the item (indented, or right after it) belongs to it.
            _ if indent >= 2 || !was_blank => {
                if let Some((_, item)) = current.last_mut() {
                    item.push(' ');
                    item.push_str(trimmed);
                }
            }
            _ => end_list(&mut current),
        }
    }
    end_list(&mut current);
    lists
}

/// An item that starts with a bold title giving a size or a difficulty, else `None`.
fn item(rest: &str, line: usize) -> Option<Item> {
    let inner = rest.strip_prefix("**")?;
    let close = inner.find("**")?;
    let bold = inner[..close].trim().trim_end_matches(':').trim();
    let after = inner[close + 2..].trim_start_matches([':', ' ', '-', '–', '—']);
    // The facts are in a parenthesis at the end of the bold text.
    let (title, facts) = match bold.rfind(" (") {
        Some(open) if bold.ends_with(')') => (&bold[..open], &bold[open + 2..bold.len() - 1]),
        _ => (bold, ""),
    };
    let (mut hours, mut difficulty) = (Vec::new(), None);
    for part in facts.split([',', ';']) {
        let (key, value) = part.split_once(':').unwrap_or(("", part));
        let (key, value) = (key.to_ascii_lowercase(), value.trim());
        // A word alone is a difficulty when it can be one ("medium" is also a size).
        let level = (key.contains("difficult") || key.is_empty())
            .then(|| Difficulty::parse(value))
            .flatten();
        if level.is_some() {
            difficulty = difficulty.or(level);
        } else if !key.contains("difficult") && hours.is_empty() {
            hours = parse_hours(value);
        }
    }
    let mut description = after;
    let (mut mentors, mut skills) = (None, None);
    if let Some((before, closing)) = closing_facts(after) {
        description = before;
        for f in closing {
            match f {
                Fact::Hours(h) if hours.is_empty() => hours = h,
                Fact::Hours(_) => {}
                Fact::Level(l) => difficulty = difficulty.or(Some(l)),
                Fact::Mentors(m) => mentors = Some(m),
                Fact::Skills(k) => skills = Some(k),
            }
        }
    }
    let title = title.trim();
    let is_size_only = !parse_hours(title).is_empty() || Difficulty::parse(title).is_some();
    if title.split_whitespace().count() < 2
        || is_size_only
        || (hours.is_empty() && difficulty.is_none() && mentors.is_none())
    {
        return None;
    }
    Some(Item {
        line,
        title: title.to_string(),
        description: clean_block(description),
        hours,
        difficulty,
        mentors,
        skills,
    })
}

/// A fact of a closing parenthesis.
enum Fact {
    Hours(Vec<u32>),
    Level(Difficulty),
    Mentors(String),
    Skills(String),
}

/// The text before a closing "(Mentors: A, B; Skills: Rust; 175 hours)" and its facts, when
/// every part of it (split at `;`) is a labelled mentors, skills, size or difficulty field, or
/// a size or difficulty alone, and one part at least is labelled.
fn closing_facts(text: &str) -> Option<(&str, Vec<Fact>)> {
    let t = text.trim_end().trim_end_matches('.');
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (before, inner) = (&t[..open], &inner[open + 1..]);
    let mut facts = Vec::new();
    let mut labelled = false;
    for part in inner.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let fact = match fields::find_label(part, false) {
            Some(l) => {
                labelled = true;
                let value = part[l.value_start..].trim().to_string();
                match l.field {
                    Field::Mentors => Fact::Mentors(value),
                    Field::Skills => Fact::Skills(value),
                    Field::Size => {
                        Fact::Hours(Some(parse_hours(&value)).filter(|h| !h.is_empty())?)
                    }
                    Field::Difficulty => Fact::Level(Difficulty::parse(&value)?),
                    _ => return None,
                }
            }
            None => match (parse_hours(part), Difficulty::parse(part)) {
                (h, _) if !h.is_empty() => Fact::Hours(h),
                (_, Some(l)) => Fact::Level(l),
                _ => return None,
            },
        };
        facts.push(fact);
    }
    labelled.then_some((before, facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lists_of_titled_items_with_sizes_are_ideas() {
        let text = "Intro.\n\n\
            - **Tide tables (duration: 175h, expected difficulty: easy to medium):** predict.\n\
            - **Wave buoy dashboard (90 hours, hard):** show readings.\n\n\
            * **Member project** ([GitHub](https://x.org)): a library.\n\
            * **Other project**: another.\n\n\
            - **Medium (175 hours):** a smaller scope of one idea.\n\
            - **Large (350 hours):** the whole idea.\n\n\
            ```\n- **Code block (175h, easy):** a\n- **Still code (90h, easy):** b\n```\n";
        let lists = idea_lists(text);
        assert_eq!(lists.len(), 1, "{lists:?}");
        let titles: Vec<&str> = lists[0].iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Tide tables", "Wave buoy dashboard"]);
        assert_eq!(lists[0][0].hours, [175]);
        assert_eq!(lists[0][0].difficulty, Difficulty::parse("easy to medium"));
        assert_eq!(lists[0][1].hours, [90]);
        assert_eq!(lists[0][1].difficulty, Difficulty::parse("hard"));
        assert_eq!(lists[0][0].description, "predict.");
        assert_eq!(lists[0][0].line, 3);
    }

    #[test]
    fn numbered_items_closed_by_labelled_facts_are_ideas() {
        let text = "1. **Faster tiles** - Cache tiles. (Mentors: Ana Ruiz, Tom Li; Skills: Rust; 175 hours)\n\
            2. **Offline packs** - Charts offline. (Mentor: Ivo Berg; hard)\n\n\
            Notes:\n\n\
            1. **Plain remark** - text (see the docs)\n\
            2. **Other remark** - text (175 hours)\n";
        let lists = idea_lists(text);
        assert_eq!(lists.len(), 1, "{lists:?}");
        let [a, b] = &lists[0][..] else {
            panic!("{lists:?}")
        };
        assert_eq!(a.title, "Faster tiles");
        assert_eq!(a.description, "Cache tiles.");
        assert_eq!(a.mentors.as_deref(), Some("Ana Ruiz, Tom Li"));
        assert_eq!(a.skills.as_deref(), Some("Rust"));
        assert_eq!(a.hours, [175]);
        assert_eq!(b.mentors.as_deref(), Some("Ivo Berg"));
        assert_eq!(b.difficulty, Difficulty::parse("hard"));
        // A parenthesis with no label is prose, whatever it says.
        assert!(closing_facts("text (175 hours)").is_none());
        assert!(closing_facts("text (Mentors: A; see the docs)").is_none());
    }
}
