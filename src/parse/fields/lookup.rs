//! Which field a normalised label names: the table's spellings, with the words that may stand
//! before or after a known label, two labels joined by " / ", and slips of the hand.

use super::*;

/// Words before a known label that keep its field: "Estimated difficulty", "Relevant skills",
/// "GSoC project size" (the programme says whose field it is).
pub(super) const LEAD_WORDS: [&str; 8] = [
    "estimated",
    "estimate",
    "expected",
    "approximate",
    "approx",
    "relevant",
    "gsoc",
    "lfx",
];

/// Words before a fact's label (size, difficulty, skills) that only soften or stress it:
/// "Suggested size", "Useful skills", "Ideal prerequisites", "Required skill set" (not
/// "Suggested issues", a list of issues to start with).
pub(super) const SOFT_WORDS: [&str; 12] = [
    "suggested",
    "various",
    "suitable",
    "required",
    "recommended",
    "preferred",
    "desired",
    "proposed",
    "anticipated",
    "useful",
    "ideal",
    "possible",
];

/// Looks up a normalised label.
/// "Estimated difficulty", "Relevant skills", "GSoC project size": a known label after such a
/// word names the same field; so does one before a phrase that only ties it to the idea ("Skills
/// relevant to the project", "Mentors for this project").
pub fn lookup(norm: &str) -> Option<(Field, bool)> {
    let index = &label_table().index;
    // "Skills & Experience Required" is spelt as "Skills and Experience Required".
    if norm.contains(" & ") && !index.contains_key(norm) {
        return lookup(&norm.replace(" & ", " and "));
    }
    index.get(norm).copied().or_else(|| {
        // "Contact(s) / Potential mentor(s)": two labels of one field, where one names the
        // mentors, name the mentors (with their contacts).
        // ("Required skills / knowledge" is "required skills/knowledge".)
        if let Some((a, b)) = norm.split_once(" / ") {
            if let Some(found) = lookup(&format!("{a}/{b}")) {
                return Some(found);
            }
            let (fa, fb) = (lookup(a)?, lookup(b)?);
            let mentors = [fa, fb].into_iter().find(|(f, _)| *f == Field::Mentors);
            return mentors.or((fa.0 == fb.0).then_some(fa));
        }
        // "Difficulty and suitable project length": a difficulty label and a size label joined
        // name the size, whose value gives the difficulty too (as the label "difficulty and size"
        // of labels.toml does).
        if let Some((a, b)) = norm.split_once(" and ") {
            let fields = [lookup(a), lookup(b)].map(|f| f.map(|(f, _)| f));
            if fields.contains(&Some(Field::Size)) && fields.contains(&Some(Field::Difficulty)) {
                return Some((Field::Size, false));
            }
            // "Prerequisites and Skills": two labels of one field name it.
            if let [Some(a), Some(b)] = fields {
                if a == b {
                    return Some((a, false));
                }
            }
        }
        let (first, rest) = norm.split_once(' ')?;
        let lead = LEAD_WORDS.contains(&first);
        let tail = [
            " relevant to the project",
            " relevant to this project",
            " for the project",
            " for this project",
        ]
        .iter()
        .find_map(|t| norm.strip_suffix(t));
        let soft = SOFT_WORDS.contains(&first);
        let fact =
            |&(f, _): &(Field, bool)| matches!(f, Field::Size | Field::Difficulty | Field::Skills);
        lead.then(|| index.get(rest).copied())
            .flatten()
            .or_else(|| {
                soft.then(|| index.get(rest).copied().filter(fact))
                    .flatten()
            })
            .or_else(|| tail.and_then(|t| index.get(t).copied()))
            .or_else(|| owned_mentors(first, rest))
            // "Skills required include one or more of the following": the label before
            // "include" says what the list is.
            .or_else(|| {
                let (head, _) = norm.split_once(" include")?;
                lookup(head).filter(fact)
            })
    })
}

/// "Libreswan Mentors", "Tooling mentor": one word, the name of the organisation or of a part
/// of it, before the mentors' label names the mentors ("Past mentors" names other people).
fn owned_mentors(first: &str, rest: &str) -> Option<(Field, bool)> {
    const NOT_OWNERS: [&str; 6] = ["past", "former", "previous", "no", "become", "becoming"];
    let found = label_table().index.get(rest).copied();
    let mentors = found.filter(|&(f, _)| f == Field::Mentors && !rest.contains(' '));
    mentors.filter(|_| !NOT_OWNERS.contains(&first) && first.chars().all(char::is_alphanumeric))
}

/// The field of the correct label that `norm` writes with a slip of the hand in one word
/// ("reommended skills", "recommanded skills": [`crate::words::misspelling_of`]).
pub(crate) fn misspelt_label(norm: &str) -> Option<Field> {
    // (Only a word of seven letters or more is read as misspelt.)
    if !norm.split(' ').any(|w| w.len() >= 7) {
        return None;
    }
    let written: Vec<&str> = norm.split(' ').collect();
    let table = label_table();
    let slip = |label: &str| {
        let mut words = label.split(' ');
        let mut slips = 0;
        let all = written.iter().all(|w| match words.next() {
            Some(l) if l == *w => true,
            Some(l) if crate::words::misspelling_of(w, l) => {
                slips += 1;
                slips == 1
            }
            _ => false,
        });
        all && words.next().is_none()
    };
    (norm.len().saturating_sub(1)..=norm.len() + 1)
        .filter_map(|len| table.by_length.get(&len))
        .flatten()
        .map(|&k| &table.correct[k])
        .find(|(l, _)| slip(l))
        .map(|(_, f)| *f)
}
