//! What an item of an inline-fields list writes without a label: the bold phrase that names it
//! inside its first sentence ("Rework the **search index builder** so it runs
//! incrementally."), and its size and difficulty as a clause of their own in its prose ("175
//! or 350 hours; medium difficulty.", "350 hours only; fairly difficult.").

use super::*;
use crate::parse::text::{difficulty_of, find_ci};

/// Words a size clause may hold besides its numbers ("175 or 350 hours", "350 hours only").
const SIZE_WORDS: &[&str] = &[
    "or", "and", "to", "hours", "hour", "hrs", "h", "only", "either", "about",
];

/// The size and the difficulty an item's prose states in a clause of their own: a clause
/// (between sentence ends and semicolons) that is only a size, and, right after it in the same
/// sentence, a short clause that rates the idea. A level named anywhere else in the prose ("a
/// difficult part is ...") says nothing of the idea.
pub(super) fn prose_facts(prose: &str) -> Vec<(Field, String)> {
    // (Only a text that says "hour" can: most items do not, and reading the sentences of every
    // item was 12% of `list` on real pages.)
    if find_ci(prose, "hour").is_none() {
        return Vec::new();
    }
    // (Any sentence end: "... get involved! 175 or 350 hours.")
    let flat = crate::words::collapse_whitespace(prose)
        .replace("! ", ". ")
        .replace("? ", ". ");
    let mut out = Vec::new();
    for sentence in flat.split(". ").filter(|s| find_ci(s, "hour").is_some()) {
        let clauses: Vec<&str> = sentence
            .split(';')
            .map(|c| c.trim().trim_end_matches('.').trim())
            .collect();
        let Some(k) = clauses.iter().position(|c| only_size_clause(c)) else {
            continue;
        };
        out.push((Field::Size, clauses[k].to_string()));
        let level = clauses
            .get(k + 1)
            .filter(|c| c.split_whitespace().count() <= 8)
            .filter(|c| difficulty_of(c).is_some());
        if let Some(level) = level {
            out.push((Field::Difficulty, level.to_string()));
        }
        break;
    }
    out
}

/// True for a clause that is only a number of hours ("175 or 350 hours", "350 hours only").
fn only_size_clause(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let size_word = |w: &&str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let digits = w.trim_end_matches('h');
        (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '/'))
            || SIZE_WORDS.contains(&w.to_lowercase().as_str())
    };
    words.len() <= 8
        && words.iter().all(size_word)
        && words.iter().any(|w| w.to_lowercase().starts_with("hour"))
        && !parse_hours(clause).is_empty()
}

/// The bold phrase that names an item inside its first sentence, and the link it is, if any:
/// `**...**` alone or inside a link (`[**...**](url)`), of two words to fifteen. `None` when the
/// first sentence has no bold phrase.
pub(super) fn bold_in_first_sentence(text: &str) -> Option<(String, Option<String>)> {
    let end = first_sentence_end(text);
    let sentence = &text[..end];
    let open = sentence.find("**")?;
    let inner = &text[open + 2..];
    let close = inner.find("**")?;
    if open + 2 + close > end {
        return None;
    }
    let raw = &inner[..close];
    let title = clean_title(strip_md(raw).trim().trim_end_matches(['.', ':']));
    let words = title.split_whitespace().count();
    if !(2..=15).contains(&words) {
        return None;
    }
    Some((title, extract_urls(raw).into_iter().next()))
}

/// Byte offset where the first sentence of `text` ends (after its full stop), or its length.
pub(super) fn first_sentence_end(text: &str) -> usize {
    let mut from = 0;
    while let Some(i) = text[from..].find(". ").map(|i| from + i) {
        if sentence_end(&text[..i], &text[i + 2..]) {
            return i + 1;
        }
        from = i + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(prose: &str) -> Option<String> {
        prose_facts(prose)
            .into_iter()
            .find(|(f, _)| *f == Field::Difficulty)
            .map(|(_, v)| v)
    }

    #[test]
    fn a_size_clause_and_the_level_after_it_are_facts() {
        let facts = prose_facts("Make it fast. 175 or 350\nhours; medium difficulty. More text.");
        assert_eq!(
            facts,
            [
                (Field::Size, "175 or 350 hours".to_string()),
                (Field::Difficulty, "medium difficulty".to_string())
            ]
        );
        assert_eq!(
            level("350 hours only; fairly difficult."),
            Some("fairly difficult".into())
        );
        assert_eq!(level("350 hours; difficult."), Some("difficult".into()));
        // No level said: the size alone.
        assert_eq!(level("175 or 350 hours; difficulty will vary."), None);
        assert_eq!(
            prose_facts("175 or 350 hours; difficulty will vary.").len(),
            1
        );
        // A level elsewhere in the prose, or a size inside a sentence, is not a fact.
        assert!(prose_facts("This takes 175 hours of hard work. It is difficult.").is_empty());
        assert_eq!(level("175 hours. This is a difficult project."), None);
    }

    #[test]
    fn the_bold_phrase_of_the_first_sentence_names_the_item() {
        let t = |s: &str| bold_in_first_sentence(s).map(|(t, _)| t);
        assert_eq!(
            t("Rework the **search index builder** so it runs. Then **more words** here."),
            Some("search index builder".into())
        );
        assert_eq!(
            t("Port the **[tide table\nparser](https://x.org/i/1)** to the new format."),
            Some("tide table parser".into())
        );
        assert_eq!(
            t("The [**REST API docs**](https://x.org), which matter."),
            Some("REST API docs".into())
        );
        assert_eq!(t("Plain first sentence. Then **bold words** later."), None);
        assert_eq!(t("Do **not** break it."), None);
    }
}
