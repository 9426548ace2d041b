//! Spelling suggestions shared by the rules and the configuration: edit distance, "did you
//! mean", and the known skill an unknown one most likely misspells. It sits below both so that
//! neither has to import the other.

use crate::skills::SkillTable;

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
    let mut best: Option<(usize, &str)> = None;
    for id in skills.ids() {
        let name = skills.display_name(id).unwrap_or(id);
        for cand in [id, name] {
            // The distance is at least the difference in length, so most candidates are never
            // measured: without this test the measuring was 35% of `validate`'s instructions on
            // the pages of ../shared (callgrind, release build), with it under 1%.
            let cand = if cand.is_ascii() && cand.len().abs_diff(len) > max {
                continue;
            } else {
                cand.to_lowercase()
            };
            let d = levenshtein(&u, &cand);
            if d > 0 && d <= max && best.is_none_or(|(b, _)| d < b) {
                best = Some((d, name));
            }
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
}
