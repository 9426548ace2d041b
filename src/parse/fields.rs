//! Field labels: recognising "Description:", "**Mentor(s)**:", "_Mentors_:", "#### Skills
//! Required/Preferred:", "expectedOutcome:" and their many spellings on one line of a page.
//!
//! A label is matched on its normalised text (lower-case, emphasis and `(s)` removed, camelCase and
//! underscores split) against a fixed vocabulary. Known misspellings are accepted and marked so
//! the validator can suggest the expected label.

mod find;
mod lookup;

pub(crate) use find::label_in_prose;
pub use find::{bold_line_label, content_start, emoji_prefix_len, find_label, unknown_label};
pub(crate) use find::{bold_only, container_tag_len};
pub use lookup::lookup;
pub(crate) use lookup::misspelt_label;
use lookup::{LEAD_WORDS, SOFT_WORDS};

/// The kinds of field an idea can have; each is a section of `schemas/labels.toml`, named in
/// lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// What the project is about.
    Description,
    /// What the mentee will deliver.
    Outcomes,
    /// Skills needed or learned.
    Skills,
    /// The mentors.
    Mentors,
    /// How hard it is.
    Difficulty,
    /// Expected size (hours).
    Size,
    /// The upstream issue(s).
    Upstream,
    /// Other links and references.
    Links,
    /// The project, sub-project or component the idea belongs to.
    Component,
    /// The idea's title, as a field ("Program Name" in the LFX proposal issue form).
    Title,
    /// The programme term ("2026 Term 1 (Mar-May)").
    Term,
    /// Where to reach the project as a group: a mailing list, a chat channel ("Contact",
    /// "Mailing list", "Chat").
    Contacts,
    /// A label this tool knows but does not map to the model (Type, LFX URL, Priority, ...). It
    /// ends the previous field's value.
    Other,
}

impl Field {
    /// Every field, in the order of `schemas/labels.toml`.
    pub const ALL: [Field; 13] = [
        Field::Description,
        Field::Outcomes,
        Field::Skills,
        Field::Mentors,
        Field::Difficulty,
        Field::Size,
        Field::Upstream,
        Field::Links,
        Field::Component,
        Field::Title,
        Field::Term,
        Field::Contacts,
        Field::Other,
    ];

    /// True for the fields that mark a block of text as an idea.
    pub fn is_core(self) -> bool {
        matches!(
            self,
            Field::Description
                | Field::Outcomes
                | Field::Skills
                | Field::Mentors
                | Field::Difficulty
                | Field::Size
                | Field::Upstream
        )
    }

    /// True for the fields read where another field's line goes on ("Mentors: Ann Wu |
    /// Skills: Go", "**Mentors:** Ann Wu **Contact:** x@lists.example.org"): the core fields
    /// and the project's contacts, whose address is no mentor's.
    pub(crate) fn shares_a_line(self) -> bool {
        self.is_core() || self == Field::Contacts
    }

    /// How many distinct fields `fields` names.
    pub(crate) fn count_distinct(fields: impl IntoIterator<Item = Field>) -> usize {
        let seen = fields
            .into_iter()
            .fold(0u32, |seen, f| seen | 1 << f as u32);
        seen.count_ones() as usize
    }

    /// The label the LFX template expects for this field.
    pub fn template_label(self) -> &'static str {
        match self {
            Field::Description => "Description",
            Field::Outcomes => "Expected Outcome",
            Field::Skills => "Recommended Skills",
            Field::Mentors => "Mentor(s)",
            Field::Difficulty => "Difficulty",
            Field::Size => "Expected Size",
            Field::Upstream => "Upstream Issue",
            Field::Links => "Links",
            Field::Component => "Project",
            Field::Title => "Program Name",
            Field::Term => "Term",
            Field::Contacts | Field::Other => "",
        }
    }
}

/// A label found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The field the label names.
    pub field: Field,
    /// The label as written (without emphasis markers and colon), e.g. "Mentor(s)".
    pub text: String,
    /// Byte offset, within the line passed in, where the value starts (after the colon and any
    /// closing emphasis).
    pub value_start: usize,
    /// True when the label was written with a colon (`Label:`), false for a bare `Label` line.
    pub has_colon: bool,
    /// True when the label is a known misspelling ("Descrption", "Metor(s)").
    pub misspelt: bool,
}

/// The label table, `schemas/labels.toml`, compiled into the binary.
const LABELS_TOML: &str = include_str!("../../schemas/labels.toml");

/// The spellings of one field's label in `schemas/labels.toml`.
#[derive(Debug, serde::Deserialize)]
struct Spellings {
    /// Correct spellings (English).
    labels: Vec<String>,
    /// Known misspellings: accepted, and marked so the validator can suggest the label.
    #[serde(default)]
    misspellings: Vec<String>,
    /// Words that make a label no spelling lists name this field, when the label's value is
    /// wholly one of this field's facts ("Complexity Rating: hard", "Scope: 350 hours").
    #[serde(default)]
    label_words: Vec<String>,
    /// Spellings in other languages, by two-letter language code (`zh`, `es`, ...).
    #[serde(flatten)]
    languages: std::collections::BTreeMap<String, Vec<String>>,
}

/// `schemas/labels.toml`: one section per field, and words for difficulty values.
#[derive(Debug, serde::Deserialize)]
struct LabelFile {
    /// Difficulty level ("easy", "medium", "hard") -> the words pages write for it in other
    /// languages ("基础", "进阶").
    #[serde(default)]
    difficulty_values: std::collections::BTreeMap<String, Vec<String>>,
    /// Field -> its spellings.
    #[serde(flatten)]
    fields: std::collections::BTreeMap<Field, Spellings>,
}

/// Every known label, read once from the table.
#[derive(Debug, Default)]
struct LabelTable {
    /// A difficulty word of another language -> the English level.
    difficulty_words: std::collections::HashMap<String, String>,
    /// Normalised label -> (field, misspelt).
    index: std::collections::HashMap<String, (Field, bool)>,
    /// Correct spellings in table order, for did-you-mean suggestions.
    correct: Vec<(String, Field)>,
    /// The indices in `correct` of the ASCII spellings of each length in bytes (a slip of the
    /// hand changes a label's length by one at most: [`misspelt_label`] looks at three).
    by_length: std::collections::HashMap<usize, Vec<usize>>,
    /// The first words of the ASCII labels, lower-case (a cheap pre-check on each line).
    first_words: std::collections::HashSet<String>,
    /// The first words of seven letters or more, sorted (those a slip of the hand is read in:
    /// [`may_be_misspelt`]).
    long_first_words: Vec<String>,
    /// The first characters of labels that do not start with an ASCII letter ("项目名称").
    first_chars: std::collections::HashSet<char>,
    /// A word of an unlisted label -> the field it names when the value is that field's fact
    /// (see [`named_by_word`]).
    label_words: std::collections::HashMap<String, Field>,
}

/// Reads a label table; an error names the section that is wrong.
fn read_label_table(toml_text: &str) -> Result<LabelTable, String> {
    let file: LabelFile = toml::from_str(toml_text).map_err(|e| e.to_string())?;
    let sections = file.fields;
    let mut table = LabelTable {
        difficulty_words: file
            .difficulty_values
            .into_iter()
            .flat_map(|(level, words)| words.into_iter().map(move |w| (w, level.clone())))
            .collect(),
        ..Default::default()
    };
    for field in Field::ALL {
        let name = format!("{field:?}").to_lowercase();
        let Some(sp) = sections.get(&field) else {
            return Err(format!("[{name}] is missing"));
        };
        if let Some(code) = sp
            .languages
            .keys()
            .find(|k| k.len() != 2 || !k.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(format!(
                "[{name}] has '{code}', which is neither labels, misspellings nor a two-letter language code"
            ));
        }
        for word in &sp.label_words {
            table.label_words.insert(word.to_lowercase(), field);
        }
        // Misspellings first: a spelling listed as both is correct.
        let correct = sp.labels.iter().chain(sp.languages.values().flatten());
        for (spelling, misspelt) in sp
            .misspellings
            .iter()
            .map(|m| (m, true))
            .chain(correct.map(|l| (l, false)))
        {
            let norm = normalize_label(spelling);
            if norm.is_empty() {
                return Err(format!("[{name}] has an empty label"));
            }
            match first_word(&norm, false, &mut [0; 24]) {
                Some(word) => {
                    table.first_words.insert(word.to_string());
                }
                None => table.first_chars.extend(norm.chars().next()),
            }
            if !misspelt {
                if norm.is_ascii() {
                    let at = table.correct.len();
                    table.by_length.entry(norm.len()).or_default().push(at);
                }
                table.correct.push((norm.clone(), field));
            }
            table.index.insert(norm, (field, misspelt));
        }
    }
    table
        .first_words
        .extend(LEAD_WORDS.iter().chain(&SOFT_WORDS).map(|w| w.to_string()));
    table.long_first_words = (table.first_words.iter())
        .filter(|w| w.len() >= 7)
        .cloned()
        .collect();
    table.long_first_words.sort();
    Ok(table)
}

fn label_table() -> &'static LabelTable {
    static TABLE: std::sync::OnceLock<LabelTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // The table is part of the source; a test reads it, so a broken table fails the build's
        // tests rather than a user's run. An empty table still lets every page be read.
        read_label_table(LABELS_TOML).unwrap_or_default()
    })
}

/// Normalises label text: lower-case, `(s)`/`(es)` and parenthesised remarks removed ("Upstream
/// Issue (URL)" -> "upstream issue url"), camelCase and `_` split, spaces collapsed, full
/// stops of abbreviations ("Tech. Requirements") and trailing `?`/`.` removed.
pub fn normalize_label(text: &str) -> String {
    let mut spaced = String::with_capacity(text.len() + 4);
    let mut prev_lower = false;
    // camelCase is split only in a one-token key ("expectedOutcome"); "GitHub Issue" stays
    // "github issue".
    let split_camel = !text.trim().contains([' ', '_']);
    for c in text.chars() {
        if split_camel && c.is_uppercase() && prev_lower {
            spaced.push(' ');
        }
        prev_lower = c.is_lowercase();
        match c {
            '_' | '(' | ')' => spaced.push(' '),
            _ => spaced.extend(c.to_lowercase()),
        }
    }
    let mut out = crate::words::collapse_whitespace(&spaced);
    // "tech. requirements": the full stop of an abbreviation (a word of four letters at most;
    // "SQLite. Difficulty" is two sentences).
    if out.contains(". ") {
        let words: Vec<&str> = out.split(' ').collect();
        let abbreviation = |w: &&str| w.strip_suffix('.').is_some_and(|a| a.len() <= 4);
        if words[..words.len() - 1]
            .iter()
            .all(|w| !w.ends_with('.') || abbreviation(w))
        {
            out = out.replace(". ", " ");
        }
    }
    // "mentor s" (from "Mentor(s)") -> "mentors"; "mentors s" (from "Mentors(s)") too.
    for (from, to) in [("s s ", "s "), (" s ", "s "), (" es ", "es ")] {
        if out.contains(from) {
            out = out.replace(from, to);
        }
    }
    if out.ends_with("s s") {
        out.truncate(out.len() - 2);
    }
    for end in [" s", " es"] {
        if out.ends_with(end) {
            out.remove(out.len() - end.len());
        }
    }
    out.trim_end_matches(['?', '.', ' ']).to_string()
}

/// A hyphen, en dash or em dash.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// True for a difficulty label that also names the skills written below it ("Difficulty &
/// Requirements").
pub fn names_skills(label: &str) -> bool {
    let norm = normalize_label(label);
    norm.starts_with("difficulty")
        && ["requirement", "skill", "prerequisite"]
            .iter()
            .any(|w| norm.contains(w))
}

/// True for a skills label that asks for a level ("Skill level", "Level of skill") with a value
/// of levels only ("Intermediate"): a difficulty, not skills. (The value is looked at first:
/// it is cheaper to rule out than the label.)
pub fn asks_level(label: &str, value: &str) -> bool {
    is_difficulty(value) && {
        let norm = normalize_label(label);
        norm.contains("skill") && norm.contains("level")
    }
}

/// The English difficulty level ("easy", "medium", "hard") a word of another language names
/// ("进阶", OSPP's "Advanced" -> "hard"), from the label table.
pub fn difficulty_word(word: &str) -> Option<&'static str> {
    label_table()
        .difficulty_words
        .get(word.trim().to_lowercase().as_str())
        .map(String::as_str)
}

/// Whether a label names an issue's labels ("Labels", "Tags").
pub(crate) fn names_labels(label: &str) -> bool {
    matches!(
        normalize_label(label).as_str(),
        "labels" | "issue labels" | "tags"
    )
}

/// Whether a label names a difficulty among its words ("Project size and difficulty", "Size
/// and Rating"): "difficulty", or a word of `label_words` for the difficulty field.
pub(crate) fn names_difficulty(label: &str) -> bool {
    let table = label_table();
    (label.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_lowercase)
        .any(|w| w == "difficulty" || table.label_words.get(&w) == Some(&Field::Difficulty))
}

/// The field an unlisted label names by one of its words ("Complexity Rating", "Assessment
/// level", "Project scope": `label_words` in `schemas/labels.toml`), when `value`, the rest of
/// its line, is wholly a fact of that field: a difficulty ("hard", "Intermediate to advanced")
/// or an effort ("350 hours", "Large"). A word that names another kind of field keeps the label
/// unknown ("Priority level: high", "Language level: advanced"), and so does text that is no
/// short label of words ("1 contributor, 350 hours, level of difficulty: hard").
pub(crate) fn named_by_word(norm: &str, value: &str) -> Option<Field> {
    let table = label_table();
    let mut words = norm.split([' ', '/', '-']).filter(|w| !w.is_empty());
    let plain = norm
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '/' | '-' | '&' | '\''));
    if !plain || words.clone().count() > 4 {
        return None;
    }
    let field = words
        .clone()
        .find_map(|w| table.label_words.get(w).copied())?;
    let elsewhere = words.any(|w| {
        table.index.get(w).is_some_and(|&(f, _)| {
            f != field
                && matches!(
                    f,
                    Field::Skills | Field::Mentors | Field::Contacts | Field::Other
                )
        })
    });
    let fact = match field {
        Field::Difficulty => is_difficulty(value),
        Field::Size => crate::parse::hours::is_effort(value),
        _ => false,
    };
    (fact && !elsewhere).then_some(field)
}

/// True when `value` is a difficulty and nothing else: difficulty words ("Intermediate", "进阶"),
/// joined into a range ("medium to hard", "Easy/Medium"), with remarks in parentheses and HTML
/// tags ("hard <br />") aside.
pub(crate) fn is_difficulty(value: &str) -> bool {
    let mut plain = String::with_capacity(value.len());
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '(' | '<' => depth += 1,
            ')' | '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut words = plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            crate::model::Level::parse_word(w).is_some()
                || difficulty_word(w).is_some()
                // (Joining and hedging words: "intermediate or maybe advanced", "fairly easy".)
                || matches!(
                    w.to_lowercase().as_str(),
                    "to" | "or" | "and" | "very" | "maybe" | "possibly" | "perhaps" | "fairly"
                        | "quite" | "rather" | "somewhat"
                )
        })
        && crate::model::Difficulty::parse(&plain).is_some()
}

/// True if `text` may open a label named by one of its words ([`named_by_word`]): a word of
/// `label_words` or "mentors" before the first colon or closing emphasis, within a label's length.
fn may_name_by_word(text: &str) -> bool {
    let table = label_table();
    if !text.starts_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    // (Looked for in a label's length only: most lines that reach here are prose.)
    let Some((end, _)) = text
        .char_indices()
        .take_while(|&(i, _)| i <= 60)
        .find(|&(_, c)| matches!(c, ':' | '*' | '_' | '：'))
    else {
        return false;
    };
    text[..end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| {
            let w = w.to_ascii_lowercase();
            // ("Libreswan Mentors:": a name before the mentors' label, `lookup`.)
            table.label_words.contains_key(w.as_str()) || w == "mentors" || w == "mentor"
        })
}

/// True if `text` may open a misspelt label ([`misspelt_label`]): a first word of seven
/// letters or more that misspells the first word of a label, and a colon within a label's
/// length unless it is a heading's text. (Most lines are turned away by the first tests.)
fn may_be_misspelt(text: &str, heading: bool) -> bool {
    let word = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    if word < 7
        || !(heading || memchr::memchr(b':', &text.as_bytes()[..text.len().min(40)]).is_some())
    {
        return false;
    }
    // (A first word no label starts with is the misspelt one; its first letter is seldom
    // the slip, and comparing it first turns away most of the words compared.)
    let mut buf = [0u8; 24];
    first_word(text, false, &mut buf).is_some_and(|w| {
        (label_table().long_first_words.iter())
            .filter(|known| known.as_bytes()[0] == w.as_bytes()[0])
            .any(|known| crate::words::misspelling_of(w, known))
    })
}

/// The first word of a label, lower-cased ASCII letters only, stopping at the first non-letter
/// or, with `split_camel`, at a camelCase hump ("expectedOutcome" -> "expected"), into `buf`
/// (no allocation: every line of a page is tested); `None` if the text does not start with a
/// letter or the word is longer than any label word.
fn first_word<'b>(text: &str, split_camel: bool, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let mut prev_lower = false;
    let end = text
        .bytes()
        .position(|b| {
            let hump = split_camel && prev_lower && b.is_ascii_uppercase();
            prev_lower = b.is_ascii_lowercase();
            !b.is_ascii_alphabetic() || hump
        })
        .unwrap_or(text.len());
    if end == 0 || end > buf.len() {
        return None;
    }
    buf[..end].copy_from_slice(&text.as_bytes()[..end]);
    buf[..end].make_ascii_lowercase();
    std::str::from_utf8(&buf[..end]).ok()
}

/// True if `text` starts with a word that some label starts with: a cheap test that rejects
/// almost every line of prose before any allocation. ("GitHub Issue" starts with "github";
/// "expectedOutcome" with "expected": the first word, and its part before a camelCase hump.)
fn may_start_label(text: &str) -> bool {
    let table = label_table();
    let mut buf = [0u8; 24];
    match text.chars().next() {
        Some(c) if !c.is_ascii() => table.first_chars.contains(&c),
        _ => [false, true].into_iter().any(|split| {
            first_word(text, split, &mut buf).is_some_and(|w| table.first_words.contains(w))
        }),
    }
}

/// All known label spellings (normalised, correct ones only), for did-you-mean suggestions.
pub fn known_labels() -> impl Iterator<Item = (&'static str, Field)> {
    label_table().correct.iter().map(|(l, f)| (l.as_str(), *f))
}

/// Whether every non-blank line of `block` opens with a known label and its colon ("Knowledge
/// Prerequisite: Go", "Difficulty: Medium"): fields indented by mistake into a code block.
pub(crate) fn labelled_block(block: &str) -> bool {
    let mut lines = block.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some()
        && lines.all(|l| find_label(l.trim(), false).is_some_and(|a| a.has_colon))
}

#[cfg(test)]
mod tests;
