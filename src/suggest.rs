//! Did-you-mean: the known value closest to a mistyped one, by edit distance.

/// Edit distance in characters, a swap of neighbours counting as one edit ("hrad" is one edit
/// from "hard"): the optimal string alignment distance.
pub use strsim::osa_distance as levenshtein;

/// The candidate closest to `word` (case-insensitive) within a small edit distance: a third of
/// its length, at least 1, at most 3. Ties go to the shorter candidate, then the first.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let w = word.to_lowercase();
    let max = (w.chars().count() / 3).clamp(1, 3);
    candidates
        .filter(|c| c.chars().count().abs_diff(w.chars().count()) <= max)
        .map(|c| (levenshtein(&w, &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_suggestions() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("hrad", "hard"), 1);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(
            closest("hrad", ["easy", "medium", "hard"].into_iter()),
            Some("hard")
        );
        assert_eq!(
            closest("golnag", ["go", "golang"].into_iter()),
            Some("golang")
        );
        assert_eq!(closest("zzzz", ["easy", "hard"].into_iter()), None);
    }
}
