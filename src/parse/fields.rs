//! Field labels: recognising "Description:", "**Mentor(s)**:", "_Mentors_:", "#### Skills
//! Required/Preferred:", "expectedOutcome:" and their many spellings on one line of a page.
//!
//! A label is matched on its normalised text (lower-case, emphasis and `(s)` removed, camelCase and
//! underscores split) against a fixed vocabulary. Known misspellings are accepted and marked so
//! the validator can suggest the expected label.

use super::fnv::FnvBuild;
use first_words::FirstWords;

mod find;
mod first_words;

pub use find::{content_start, emoji_prefix_len, find_label};

/// The kinds of field an idea can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// A label this tool knows but does not map to the model (Type, LFX URL, Priority, ...). It
    /// ends the previous field's value.
    Other,
}

impl Field {
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
            Field::Other => "",
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
    /// Field section name -> its spellings.
    #[serde(flatten)]
    fields: std::collections::BTreeMap<String, Spellings>,
}

/// Every known label, read once from the table.
#[derive(Debug)]
struct LabelTable {
    /// A difficulty word of another language -> the English level.
    difficulty_words: std::collections::HashMap<String, String>,
    /// Normalised label -> (field, misspelt).
    index: std::collections::HashMap<String, (Field, bool), FnvBuild>,
    /// Correct spellings in table order, for did-you-mean suggestions.
    correct: Vec<(String, Field)>,
    /// The first words of the ASCII labels, lower-case (a cheap pre-check on each line).
    first_words: FirstWords,
    /// The first characters of labels that do not start with an ASCII letter ("项目名称").
    first_chars: std::collections::HashSet<char, FnvBuild>,
}

impl Field {
    /// Every field, in the order of `schemas/labels.toml`.
    pub const ALL: [Field; 12] = [
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
        Field::Other,
    ];

    /// The field's section name in `schemas/labels.toml`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Description => "description",
            Field::Outcomes => "outcomes",
            Field::Skills => "skills",
            Field::Mentors => "mentors",
            Field::Difficulty => "difficulty",
            Field::Size => "size",
            Field::Upstream => "upstream",
            Field::Links => "links",
            Field::Component => "component",
            Field::Title => "title",
            Field::Term => "term",
            Field::Other => "other",
        }
    }
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
        index: Default::default(),
        correct: Vec::new(),
        first_words: FirstWords::default(),
        first_chars: Default::default(),
    };
    for name in sections.keys() {
        if !Field::ALL.iter().any(|f| f.key() == name) {
            return Err(format!("[{name}] is not a field"));
        }
    }
    for field in Field::ALL {
        let Some(sp) = sections.get(field.key()) else {
            return Err(format!("[{}] is missing", field.key()));
        };
        if let Some(code) = sp
            .languages
            .keys()
            .find(|k| k.len() != 2 || !k.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(format!(
                "[{}] has '{code}', which is neither labels, misspellings nor a two-letter language code",
                field.key()
            ));
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
                return Err(format!("[{}] has an empty label", field.key()));
            }
            match first_word_key(&norm, false) {
                Some((buf, n)) => {
                    table.first_words.insert(&buf[..n]);
                }
                None => {
                    table.first_chars.extend(norm.chars().next());
                }
            }
            if !misspelt {
                table.correct.push((norm.clone(), field));
            }
            table.index.insert(norm, (field, misspelt));
        }
    }
    Ok(table)
}

fn label_table() -> &'static LabelTable {
    static TABLE: std::sync::OnceLock<LabelTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // The table is part of the source; a test reads it, so a broken table fails the build's
        // tests rather than a user's run. An empty table still lets every page be read.
        read_label_table(LABELS_TOML).unwrap_or_else(|_| LabelTable {
            difficulty_words: Default::default(),
            index: Default::default(),
            correct: Vec::new(),
            first_words: FirstWords::default(),
            first_chars: Default::default(),
        })
    })
}

/// Normalises label text: lower-case, `(s)`/`(es)` and parenthesised remarks removed ("Upstream
/// Issue (URL)" -> "upstream issue url"), camelCase and `_` split, spaces collapsed, trailing
/// `?`/`.` removed.
pub fn normalize_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_label_into(text, &mut out);
    out
}

/// [`normalize_label`] into `out` (cleared first): the label test of every line reuses one
/// buffer instead of allocating a string per candidate label.
fn normalize_label_into(text: &str, out: &mut String) {
    out.clear();
    // camelCase is split only in a one-token key ("expectedOutcome"); "GitHub Issue" stays
    // "github issue".
    let split_camel = !text.trim().contains([' ', '_']);
    // One pass: lower-case, with every run of separators (whitespace, `_`, parentheses, a
    // camelCase hump) written as one space between words.
    let mut prev_lower = false;
    let mut gap = false;
    if text.is_ascii() {
        // The same pass over bytes (most labels are ASCII): `char::is_whitespace` of an ASCII
        // character is exactly '\t'..='\r' and ' '.
        for &b in text.as_bytes() {
            if split_camel && b.is_ascii_uppercase() && prev_lower {
                gap = true;
            }
            prev_lower = b.is_ascii_lowercase();
            if matches!(b, b'_' | b'(' | b')' | b'\t'..=b'\r' | b' ') {
                gap = true;
                continue;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(b.to_ascii_lowercase() as char);
        }
        finish_label(out);
        return;
    }
    for c in text.chars() {
        if split_camel && c.is_uppercase() && prev_lower {
            gap = true;
        }
        prev_lower = c.is_lowercase();
        if matches!(c, '_' | '(' | ')') || c.is_whitespace() {
            gap = true;
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_whitespace() {
                gap = true;
                continue;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(l);
        }
    }
    finish_label(out)
}

/// The end of [`normalize_label`], in place: "mentor s" (from "Mentor(s)") -> "mentors", and
/// no trailing `?`, `.` or space. (What `replace(" s ", "s ")`, then `replace(" es ", "es ")`,
/// then the same at the end did, without a new string each time.)
fn finish_label(out: &mut String) {
    // (" s" or " es" somewhere: a byte scan, cheaper on these few bytes than two searches.)
    let b = out.as_bytes();
    let split_plural = (1..b.len()).any(|i| {
        b[i - 1] == b' ' && (b[i] == b's' || (b[i] == b'e' && b.get(i + 1) == Some(&b's')))
    });
    if split_plural {
        for from in [&b" s "[..], &b" es "[..]] {
            // Left to right, without overlaps, as `str::replace` finds them: each match loses
            // its leading space and the scan goes on after it.
            let mut i = 0;
            while i < out.len() {
                if out.as_bytes()[i..].starts_with(from) {
                    out.remove(i);
                    i += from.len() - 1;
                } else {
                    i += 1;
                }
            }
        }
        if out.ends_with(" s") {
            out.remove(out.len() - 2);
        }
        if out.ends_with(" es") {
            out.remove(out.len() - 3);
        }
    }
    let kept = out.trim_end_matches(['?', '.', ' ']).len();
    out.truncate(kept);
}

/// Looks up the label `text` names (normalised into a buffer kept by the thread).
fn lookup_text(text: &str) -> Option<(Field, bool)> {
    with_normalized(text, lookup)
}

/// [`lookup_text`], remembered per text by the thread: a page writes the same few labels on
/// hundreds of lines, and normalising a label costs several times more than hashing it.
fn lookup_label(text: &str) -> Option<(Field, bool)> {
    type Seen = std::collections::HashMap<Box<str>, Option<(Field, bool)>, FnvBuild>;
    thread_local! {
        static SEEN: std::cell::RefCell<Seen> = std::cell::RefCell::new(Seen::default());
    }
    SEEN.with(|seen| {
        let Ok(mut seen) = seen.try_borrow_mut() else {
            return lookup_text(text);
        };
        if let Some(&known) = seen.get(text) {
            return known;
        }
        let found = lookup_text(text);
        // (Labels are few; a page of odd label-like lines must not grow the memory for good.)
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.insert(text.into(), found);
        found
    })
}

/// Calls `f` with [`normalize_label`] of `text`, written into a buffer the thread reuses.
fn with_normalized<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|buf| match buf.try_borrow_mut() {
        Ok(mut buf) => {
            normalize_label_into(text, &mut buf);
            f(&buf)
        }
        // (Never nested today; a fresh string if it ever is.)
        Err(_) => f(&normalize_label(text)),
    })
}

/// A hyphen, en dash or em dash.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// True for a difficulty label that also names the skills written below it ("Difficulty &
/// Requirements").
pub fn names_skills(label: &str) -> bool {
    with_normalized(label, |norm| {
        norm.starts_with("difficulty")
            && ["requirement", "skill", "prerequisite"]
                .iter()
                .any(|w| norm.contains(w))
    })
}

/// True for a skills label that asks for a level ("Skill level", "Level of skill"): its value
/// may be a difficulty ("Intermediate") rather than skills.
pub fn names_level(label: &str) -> bool {
    with_normalized(label, |norm| {
        norm.contains("skill") && norm.contains("level")
    })
}

/// The English difficulty level ("easy", "medium", "hard") a word of another language names
/// ("进阶" -> "medium"), from the label table.
pub fn difficulty_word(word: &str) -> Option<&'static str> {
    label_table()
        .difficulty_words
        .get(word.trim().to_lowercase().as_str())
        .map(String::as_str)
}

/// Looks up a normalised label.
/// "Estimated difficulty", "Expected duration": a known label after such a word names the same
/// field.
pub fn lookup(norm: &str) -> Option<(Field, bool)> {
    let index = &label_table().index;
    index.get(norm).copied().or_else(|| {
        let (first, rest) = norm.split_once(' ')?;
        matches!(
            first,
            "estimated" | "estimate" | "expected" | "approximate" | "approx"
        )
        .then(|| index.get(rest).copied())
        .flatten()
    })
}

/// The first word of a label, lower-cased ASCII letters only, stopping at the first non-letter
/// or at a camelCase hump ("expectedOutcome" -> "expected"); `None` if the text does not start
/// with a letter or the word is longer than any label word.
fn first_word_key(text: &str, split_camel: bool) -> Option<([u8; 24], usize)> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    let mut prev_lower = false;
    for b in text.bytes() {
        if !b.is_ascii_alphabetic() || (split_camel && prev_lower && b.is_ascii_uppercase()) {
            break;
        }
        if n == buf.len() {
            return None;
        }
        prev_lower = b.is_ascii_lowercase();
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    (n > 0).then_some((buf, n))
}

/// True if `text` starts with a word that some label starts with: a cheap test that rejects
/// almost every line of prose before any allocation.
fn may_start_label(text: &str) -> bool {
    let table = label_table();
    if text.chars().next().is_some_and(|c| !c.is_ascii()) {
        return text
            .chars()
            .next()
            .is_some_and(|c| table.first_chars.contains(&c));
    }
    // "GitHub Issue" starts with "github"; "expectedOutcome" with "expected": the first word,
    // and (if it has a camelCase hump) its part before the hump, as `first_word_key` gives
    // them, read in one pass that stops where no label word goes on.
    table.first_words.starts(text)
}

/// All known label spellings (normalised, correct ones only), for did-you-mean suggestions.
pub fn known_labels() -> impl Iterator<Item = (&'static str, Field)> {
    label_table().correct.iter().map(|(l, f)| (l.as_str(), *f))
}

#[cfg(test)]
mod tests;
