//! What in a skills item is prose or a remark rather than a skill: prose words, brackets of
//! prose or of what a skill is for, the marks that open examples, and heads that only
//! introduce examples. Used by [`super::items`].

use super::hedges::{is_generic, is_hedge, is_level};
use super::scan::*;
use super::words::*;

/// For "HEAD (LIST)" whose head only introduces examples, the list.
pub(super) fn example_list(piece: &str) -> Option<&str> {
    let open = piece.find('(')?;
    let close = piece.rfind(')')?;
    (close > open && ends_with_example_head(&piece[..open])).then(|| &piece[open + 1..close])
}

pub(super) fn ends_with_example_head(head: &str) -> bool {
    // ("one other language (C, C++, or Python)", "scripting language (bash)": a generic head.)
    words(head)
        .last()
        .is_some_and(|w| listed(example_heads(), &w))
        || is_generic(head)
}

/// Whether a sentence is prose: a word of `schemas/words.toml` prose_words outside parentheses and quotes
/// (all-caps words are acronyms: "IT").
pub(super) fn is_prose(sentence: &str) -> bool {
    has_prose_word(&outside_brackets(sentence))
}

pub(super) fn has_prose_word(text: &str) -> bool {
    // Words joined by a slash name things ("I/O", "CouchDB/No SQL"), and so do acronyms.
    let ws: Vec<&str> = (text.split_whitespace())
        .filter(|t| !t.contains('/'))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !(w.len() > 1 && w.chars().all(|c| c.is_uppercase())))
        .collect();
    // ("Pose estimation frameworks and their usual workflow": "their" opens an item that
    // stands in for the one before, not a sentence.)
    let stand_in = |k: usize| {
        ws[k].eq_ignore_ascii_case("their")
            && k > 0
            && (ws[k - 1].eq_ignore_ascii_case("and") || ws[k - 1].eq_ignore_ascii_case("or"))
    };
    (0..ws.len()).any(|k| listed(prose_words(), ws[k]) && !stand_in(k))
}

/// The text without parenthesised prose ("JuMP (an ideal candidate will have ...)" -> "JuMP")
/// or remarks on what a skill is for ("React (for the UI)" -> "React").
pub(super) fn without_prose_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open..].find(')') else {
            break;
        };
        let inner = &rest[open + 1..open + len];
        out.push_str(&rest[..open]);
        let remark = words(inner)
            .next()
            .is_some_and(|w| listed(remark_starts(), &w));
        // "(or strong willingness to learn)", "(beginner level)": how much, not which skill.
        // "(existing workflow and prototype is in R)": a sentence about the skill.
        let sentence = words(inner).any(|w| listed(copulas(), &w));
        // "(optional)", "(a plus)", "(preferred)": how much it is wanted.
        let wanted =
            words(inner).all(|w| listed(trail_words(), &w)) || listed(not_items(), inner.trim());
        let remark = remark || is_hedge(inner) || is_level(inner) || sentence || wanted;
        if !remark && !has_prose_word(inner) && !words(inner).any(|w| listed(clause_words(), &w)) {
            out.push_str(&rest[open..=open + len]);
        }
        rest = &rest[open + len + 1..];
    }
    out.push_str(rest);
    // (A bracket gone from between two words leaves one space: "ability (...) to write".)
    crate::words::collapse_whitespace(&out)
}

/// The text without the marks that open a bracket of examples ("databases (e.g., PHAROS)" ->
/// "databases (PHAROS)"): the examples are what the page lists.
pub(super) fn without_example_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        for mark in example_marks() {
            let word_ends = rest
                .get(mark.len()..)
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric));
            if let Some(after) = strip_prefix_ci(rest, mark).filter(|_| word_ends) {
                if !after.starts_with(')') {
                    rest = after;
                    break;
                }
            }
        }
    }
    out.push_str(rest);
    out
}

/// For "LABEL: COMMENT" where the comment only says how well the label must be known ("Go
/// (Golang): Intermediate knowledge.", "Compiler Internals: Knowing how type tables are laid
/// out helps."), the label: it is the skill, the comment a note on it. A label that says what
/// follows ("Bonus: Django", "Languages: Go") is not, nor a category ("Tooling: Familiarity
/// with CMake"), nor a label whose comment lists more than a level ("Web: React, Vite").
pub(super) fn skill_label(sentence: &str) -> Option<&str> {
    let at = find_top(sentence, ": ")?;
    let (label, comment) = (sentence[..at].trim(), &sentence[at + 2..]);
    let short = label.split_whitespace().count() <= 4 && !label.contains([',', ';']);
    let names_list = words(label).any(|w| listed(list_words(), &w) || listed(bonus_words(), &w));
    let mut ws = words(comment).peekable();
    let level = ws.peek().is_some()
        && ws.all(|w| {
            w == "level"
                || listed(level_words(), &w)
                || listed(lead_words(), &w)
                || listed(lead_nouns(), &w)
                || listed(qualifiers(), &w)
        });
    // ("Knowing how type tables are laid out helps", "Familiarity with how Go stores
    // metadata": a note in prose on how well the label is known, once the label is no
    // category of its own. A comment that names things is read: "Systems: Experience with
    // Wasm runtimes" names Wasm runtimes.)
    // ("Python: For building the agent", "PromQL: To query metrics": what the skill is for.)
    let note = || {
        let category = is_generic(label) || ends_with_example_head(label);
        let how = |w: &String| matches!(w.as_str(), "how" | "what" | "why" | "where");
        let purpose = words(comment)
            .next()
            .is_some_and(|w| w == "for" || w == "to");
        !category && (words(comment).take(4).any(|w| how(&w)) || purpose || is_prose(comment))
    };
    let skill = short && !names_list && label.starts_with(char::is_uppercase);
    (skill && (level || note())).then_some(label)
}
