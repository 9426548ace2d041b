//! Spelling suggestions shared by the rules and the configuration: edit distance, "did you
//! mean", and the known skill an unknown one most likely misspells. It sits below both so that
//! neither has to import the other.

use crate::skills::{letter_set, SkillTable};

/// Edit distance: the one implementation, shared with the CLI's did-you-mean.
pub use crate::suggest::levenshtein;

/// "; did you mean 'x'?" for the closest candidate within edit distance 3, else "".
pub fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    candidates
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, c)| *d <= 3.min(c.len() / 2 + 1))
        .min()
        .map(|(_, c)| format!("; did you mean '{c}'?"))
        .unwrap_or_default()
}

/// The known skill an unknown one most likely misspells: edit distance at most 2 (1 for short
/// words), comparing against ids and display names.
pub fn suggest_skill(unknown: &str, skills: &SkillTable) -> Option<String> {
    // Pages repeat their unknown skills: the table remembers the answers.
    skills.remembered(unknown, || measure_skill(unknown, skills))
}

/// [`suggest_skill`] without the memory.
fn measure_skill(unknown: &str, skills: &SkillTable) -> Option<String> {
    let u = unknown.to_lowercase();
    let len = u.chars().count();
    // Short names are too often real tools one letter away from another ("sqlc", "SQL").
    if len < 6 {
        return None;
    }
    let max = if len < 9 { 1 } else { 2 };
    let letters = letter_set(&u);
    let mut best: Option<(usize, &str)> = None;
    for cand in skills.spellings() {
        // The distance is at least the difference in length, and at least the characters one
        // side has and the other lacks, so most candidates are never measured. The skill-typo
        // rule was 9.5% of `validate`'s instructions on the pages of ../shared (callgrind,
        // release build, 2026-11-28) with only the length test and a fresh list of candidates
        // per unknown skill; with both tests and the list built once, 1.2% (2,069 M -> 1,907 M).
        if cand.chars.abs_diff(len) > max
            || (cand.letters & !letters).count_ones() as usize > max
            || (letters & !cand.letters).count_ones() as usize > max
        {
            continue;
        }
        let d = levenshtein(&u, &cand.lower);
        if d > 0 && d <= max && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, &cand.name));
        }
    }
    best.map(|(_, n)| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_suggestions() {
        assert_eq!(levenshtein("hrad", "hard"), 1);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(
            did_you_mean("rulez", ["rules", "require"].into_iter()),
            "; did you mean 'rules'?"
        );
        assert_eq!(did_you_mean("zzzzzz", ["rules"].into_iter()), "");
        let skills = SkillTable::bundled();
        assert_eq!(
            suggest_skill("kuberntetes", skills).as_deref(),
            Some("Kubernetes")
        );
        assert_eq!(suggest_skill("sqlc", skills), None);
    }

    #[test]
    fn letter_sets_never_exceed_the_distance() {
        // The characters one side has and the other lacks bound the edits from below, so the
        // filter in measure_skill never drops a candidate within reach.
        let words = [
            "kubernetes",
            "kuberntetes",
            "kubernets",
            "tensorflow",
            "tensroflow",
            "postgresql",
            "postgres",
            "javascript",
            "typescript",
            "ävöü",
            "rust",
            "trust",
            "ab",
            "ba",
            "",
        ];
        for a in words {
            for b in words {
                let d = levenshtein(a, b);
                let (x, y) = (letter_set(a), letter_set(b));
                assert!((x & !y).count_ones() as usize <= d, "{a} {b}");
                assert!((y & !x).count_ones() as usize <= d, "{a} {b}");
            }
        }
        let skills = SkillTable::bundled();
        assert_eq!(
            suggest_skill("tensroflow", skills).as_deref(),
            Some("TensorFlow")
        );
        assert_eq!(
            suggest_skill("javascirpt", skills).as_deref(),
            Some("JavaScript")
        );
    }
}
