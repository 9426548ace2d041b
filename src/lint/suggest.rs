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
    // The distance is at least the difference in length: candidates too long or too short are
    // not measured (this check ran for every unknown skill of every idea checked).
    let near = |c: &str| c.chars().count().abs_diff(len) <= max;
    for id in skills.ids() {
        let name = skills.display_name(id).unwrap_or(id);
        let lower = if name.is_ascii() && name.len().abs_diff(len) > max {
            None
        } else {
            Some(name.to_lowercase())
        };
        for cand in [Some(id), lower.as_deref()].into_iter().flatten() {
            if !near(cand) {
                continue;
            }
            let d = levenshtein(&u, cand);
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

    /// `suggest_skill` before it skipped candidates by length: the reference it must agree with.
    fn suggest_reference(unknown: &str, skills: &SkillTable) -> Option<String> {
        let u = unknown.to_lowercase();
        let len = u.chars().count();
        if len < 6 {
            return None;
        }
        let max = if len < 9 { 1 } else { 2 };
        let mut best: Option<(usize, String)> = None;
        for id in skills.ids() {
            let name = skills.display_name(id).unwrap_or(id);
            for cand in [id.to_string(), name.to_lowercase()] {
                let d = levenshtein(&u, &cand);
                if d > 0 && d <= max && best.as_ref().is_none_or(|(b, _)| d < *b) {
                    best = Some((d, name.to_string()));
                }
            }
        }
        best.map(|(_, n)| n)
    }

    #[test]
    fn skipping_far_candidates_changes_no_suggestion() {
        let skills = SkillTable::bundled();
        let mut words: Vec<String> = Vec::new();
        for id in skills.ids() {
            let name = skills.display_name(id).unwrap_or(id).to_string();
            // Each id and name, and one- and two-letter edits of them.
            for w in [id.to_string(), name] {
                let chars: Vec<char> = w.chars().collect();
                words.push(w.clone());
                words.push(format!("{w}x"));
                words.push(format!("{w}xy"));
                if chars.len() > 2 {
                    words.push(chars[1..].iter().collect());
                    words.push(chars[..chars.len() - 2].iter().collect());
                    let mut swapped = chars.clone();
                    swapped.swap(0, 1);
                    words.push(swapped.into_iter().collect());
                }
            }
        }
        words.extend(
            ["kuberntetes", "Ünïcodeskill", "tensorflw", "ÉLASTICSEARCH"].map(String::from),
        );
        let mut suggested = 0;
        for w in &words {
            let got = suggest_skill(w, skills);
            assert_eq!(got, suggest_reference(w, skills), "{w}");
            suggested += usize::from(got.is_some());
        }
        assert!(suggested > 50, "{suggested}");
    }
}
