//! Unknown skill items: what a skills text names that the table does not know ("Chainsaw",
//! "spf13/cobra"). An item is kept only when it is short enough to be a name rather than prose,
//! and it is trimmed of filler ("experience with", "(optional)").

use super::tokens::{Kind, Token};
use std::cmp::Ordering;

/// Unknown items longer than this many words are prose, not a skill name.
const MAX_UNKNOWN_WORDS: usize = 4;

/// Unknown items longer than this many characters are dropped as well.
const MAX_UNKNOWN_CHARS: usize = 60;

/// Words that carry no skill: trimmed from both ends of an unknown item ("Experience with
/// Chainsaw (optional)" -> "chainsaw"); an item made only of them is dropped. Sorted (checked by
/// a test), so a word is looked up by binary search without lower-casing it first.
const FILLER: &[&str] = &[
    "a",
    "ability",
    "able",
    "about",
    "advanced",
    "advantageous",
    "also",
    "an",
    "and",
    "any",
    "appreciated",
    "are",
    "as",
    "asset",
    "at",
    "background",
    "basic",
    "basics",
    "be",
    "beginner",
    "being",
    "beneficial",
    "bonus",
    "by",
    "can",
    "comfortable",
    "competence",
    "concepts",
    "could",
    "decent",
    "deep",
    "desirable",
    "desired",
    "e.g",
    "eager",
    "eagerness",
    "eg",
    "equivalent",
    "especially",
    "essential",
    "etc",
    "excellent",
    "experience",
    "experienced",
    "expert",
    "expertise",
    "exposure",
    "familiar",
    "familiarity",
    "for",
    "frameworks",
    "from",
    "fundamental",
    "fundamentals",
    "general",
    "good",
    "good-to-have",
    "great",
    "hands-on",
    "has",
    "have",
    "having",
    "helpful",
    "i.e",
    "ideal",
    "ideally",
    "ie",
    "in",
    "including",
    "interest",
    "interested",
    "intermediate",
    "is",
    "it",
    "its",
    "knowledge",
    "knowledgeable",
    "languages",
    "learn",
    "libraries",
    "like",
    "little",
    "mandatory",
    "may",
    "more",
    "motivation",
    "must",
    "must-have",
    "n",
    "na",
    "needed",
    "nice",
    "nice-to-have",
    "none",
    "of",
    "on",
    "optional",
    "or",
    "other",
    "others",
    "our",
    "particularly",
    "passion",
    "plus",
    "preferably",
    "preferred",
    "prerequisite",
    "prerequisites",
    "prior",
    "proficiency",
    "proficient",
    "recommended",
    "required",
    "requirement",
    "requirements",
    "responsibilities",
    "should",
    "similar",
    "skill",
    "skills",
    "so",
    "solid",
    "some",
    "stack",
    "strong",
    "such",
    "tbd",
    "tech",
    "technologies",
    "that",
    "the",
    "their",
    "this",
    "to",
    "tools",
    "understanding",
    "use",
    "useful",
    "using",
    "very",
    "we",
    "welcome",
    "will",
    "willing",
    "willingness",
    "with",
    "working",
    "would",
    "you",
    "your",
];

/// Words that make an item a clause rather than a name when they stand inside it (after the
/// filler at its ends is trimmed): negations, conjunctions, pronouns, verbs of being
/// ("but not", "thoughtfulness when writing", "ELF format is useful").
const CLAUSE_WORDS: &[&str] = &[
    // Determiners inside a phrase make it a noun phrase of a sentence ("dns for this project").
    "these", "this", "those", "the", "our", "your", "their", "its", "that", "although", "are", "be",
    "because", "been", "but", "can", "could", "even", "however", "if", "is", "may", "might",
    "must", "no", "not", "should", "since", "than", "though", "unless", "was", "were", "when",
    "whenever", "whether", "while", "will", "would",
];

/// Personal pronouns: a subject or object makes the whole item a clause, even at its ends
/// ("you know crystal"). Written in lower case or capitalised (all-caps "IT" is not "it").
const PRONOUNS: &[&str] = &[
    "he", "her", "him", "i", "it", "me", "she", "them", "they", "us", "we", "you",
];

/// Prepositions that never start a skill name: an item starting with one is a fragment of a
/// sentence ("between GNSS", "during this project").
const FRAGMENT_START: &[&str] = &[
    "across", "after", "against", "among", "before", "behind", "between", "beyond", "despite",
    "during", "except", "inside", "into", "outside", "through", "toward", "towards", "until",
    "upon", "within", "without",
];

/// Words that start a quantity ("two afternoons", "lots of experiments"), never a skill name.
const QUANTITY_WORDS: &[&str] = &[
    "couple", "dozen", "eight", "few", "five", "four", "hundreds", "lots", "many", "nine", "one",
    "several", "seven", "six", "ten", "three", "two",
];

/// Compares ASCII case-insensitively (`b` lower-cased as it is read).
fn cmp_lower(a: &str, b: &str) -> Ordering {
    a.bytes().cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// Whether `word` (any case) is a filler word.
pub(super) fn is_filler(word: &str) -> bool {
    FILLER.binary_search_by(|w| cmp_lower(w, word)).is_ok()
}

/// Words in a run of tokens: whitespace-separated chunks of non-CJK words ("spf13/cobra" is one
/// word), and one word per two characters of a CJK run (those scripts use no spaces).
pub(super) fn word_count(tokens: &[Token]) -> usize {
    let mut words = 0;
    let mut cjk_run: usize = 0;
    let mut in_word = false;
    for token in tokens {
        if token.cjk {
            cjk_run += 1;
            in_word = false;
            continue;
        }
        words += cjk_run.div_ceil(2);
        cjk_run = 0;
        if token.ws_before || token.kind == Kind::Break {
            in_word = false;
        }
        if token.kind == Kind::Word && !in_word {
            words += 1;
            in_word = true;
        }
    }
    words + cjk_run.div_ceil(2)
}

/// An item with no known skill as an unknown skill id, or None for prose (more than
/// [`MAX_UNKNOWN_WORDS`] words), pure filler and punctuation. Filler words and punctuation are
/// trimmed from both ends; the rest is lower-cased with whitespace collapsed.
pub(super) fn unknown_item(text: &str, tokens: &[Token]) -> Option<String> {
    let trimmed = |t: &Token| match t.kind {
        Kind::Word => !t.cjk && is_filler(t.text(text)),
        _ => true,
    };
    // The item's length in words is judged before trimming: "be comfortable reading large
    // codebases" is prose even though its last three words would be a short phrase.
    if word_count(tokens) > MAX_UNKNOWN_WORDS {
        return None;
    }
    let first = tokens.iter().position(|t| !trimmed(t))?;
    let last = tokens.iter().rposition(|t| !trimmed(t))?;
    let core = &tokens[first..=last];
    if has_pronoun(text, tokens) || is_clause_or_fragment(text, core) {
        return None;
    }
    let slice = text.get(core[0].start..core[core.len() - 1].end)?;
    if !slice.chars().any(char::is_alphabetic) || slice.chars().count() > MAX_UNKNOWN_CHARS {
        return None;
    }
    // One lower-case letter is an enumerator or a plural mark ("(b)", "field(s)"), not a name;
    // the one-letter languages written so are known skills (C, R), and an unknown one is a
    // capital ("D").
    if let [b] = slice.as_bytes() {
        if b.is_ascii_lowercase() {
            return None;
        }
    }
    // Whitespace collapsed to one space, then lower-cased (in place when ASCII).
    let mut item = String::with_capacity(slice.len());
    for word in slice.split_whitespace() {
        if !item.is_empty() {
            item.push(' ');
        }
        item.push_str(word);
    }
    if item.is_ascii() {
        item.make_ascii_lowercase();
        Some(item)
    } else {
        Some(item.to_lowercase())
    }
}

fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(word))
}

/// Whether an item has a personal pronoun ("you", "We"; not the acronym "IT").
fn has_pronoun(text: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        let word = t.text(text);
        let all_caps = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
        t.kind == Kind::Word && !all_caps && listed(PRONOUNS, word)
    })
}

/// Whether the trimmed words of an item are a clause, a quantity or a sentence fragment rather
/// than a name.
fn is_clause_or_fragment(text: &str, core: &[Token]) -> bool {
    let mut words = core.iter().filter(|t| t.kind == Kind::Word && !t.cjk);
    let Some(first) = words.next() else {
        return false;
    };
    let first = first.text(text);
    let more = words.next().is_some();
    let quantity = listed(QUANTITY_WORDS, first) || first.bytes().all(|b| b.is_ascii_digit());
    (quantity && more)
        || listed(FRAGMENT_START, first)
        || core
            .iter()
            .any(|t| t.kind == Kind::Word && listed(CLAUSE_WORDS, t.text(text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filler_is_sorted_lower_case_and_found_in_any_case() {
        assert!(
            FILLER.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        assert!(FILLER
            .iter()
            .all(|w| w.bytes().all(|b| !b.is_ascii_uppercase())));
        for word in [
            "experience",
            "Experience",
            "EXPERIENCE",
            "nice-to-have",
            "e.g",
        ] {
            assert!(is_filler(word), "{word}");
        }
        for word in ["go", "rust", "experiences", "", "nice-to"] {
            assert!(!is_filler(word), "{word}");
        }
    }
}
