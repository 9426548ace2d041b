//! Did-you-mean: the known value closest to a mistyped one, by edit distance.

/// Edit distance in characters, a swap of neighbours counting as one edit ("hrad" is one edit
/// from "hard"): the optimal string alignment distance.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    d[0] = (0..=m).collect();
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
}

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
