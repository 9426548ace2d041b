//! Where a clause of a skills field stops naming skills: before a subordinate clause that
//! explains it ("Golang as both services are written in Go"), before a copula ("hardware
//! design is helpful"), and a trailing bracket that is a sentence about one skill ("testing
//! (pytest is a bonus)"). Used by [`super::items`].

use super::scan::*;
use super::words::*;
use std::sync::OnceLock;

/// The text before a subordinate clause that explains it ("Golang as both services are
/// written in Go", "Rust because the core is"), keeping "such as" and "as well as".
pub(super) fn cut_at_subordinate(text: &str) -> &str {
    // ("so" mid-clause is "and so on"; a clause with "which" is prose already.)
    static SEPS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let seps = SEPS.get_or_init(|| {
        spaced(subordinators())
            .into_iter()
            .filter(|s| ![" so ", " which "].contains(s))
            .collect()
    });
    let mut cut = text.len();
    scan_top(text, seps, |at, len| {
        let before = text[..at].rsplit(' ').next().unwrap_or("");
        let after = &text[at + len..];
        // "as" explains only as a clause with its own verb ("as the backend is written in
        // Go"); "Infrastructure as Code", "models as DAGs" are names.
        // ("as our tests use Makefiles": a clause of prose.)
        let clause = words(after)
            .next()
            .is_some_and(|w| listed(prose_words(), &w));
        // ("Git as well as SQL knowledge is expected": both " as " of "as well as" list.)
        let listing = text[at..at + len].eq_ignore_ascii_case(" as ")
            && (before.eq_ignore_ascii_case("such")
                || before.eq_ignore_ascii_case("well")
                || strip_prefix_ci(after, "well as ").is_some()
                || (cut_at_copula(after).len() == after.len() && !clause));
        if listing {
            return true;
        }
        cut = at;
        false
    });
    &text[..cut]
}

/// The text before a top-level "is"/"are" ("hardware design is helpful" -> "hardware design").
pub(super) fn cut_at_copula(text: &str) -> &str {
    static SEPS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let seps = SEPS.get_or_init(|| spaced(copulas()));
    let mut cut = text.len();
    scan_top(text, seps, |at, _| {
        cut = at;
        false
    });
    &text[..cut]
}

/// The start of a trailing bracket that is a sentence about one skill ("(pytest is a bonus)"),
/// and that skill.
pub(super) fn bracket_with_copula(piece: &str) -> Option<(usize, &str)> {
    let t = piece.trim_end();
    let open = t.rfind('(')?;
    let inner = t[open + 1..].strip_suffix(')')?;
    let head = cut_at_copula(inner);
    // What follows the copula says the skill is welcome: "a bonus", "a plus", "preferred".
    // ("Rust is also desirable", "pytest is a bonus": words of degree before the praise.)
    let praise = words(&inner[head.len()..]).skip(1).find(|w| {
        !matches!(
            w.as_str(),
            "a" | "an" | "also" | "very" | "highly" | "strongly"
        )
    });
    let welcome = praise.is_some_and(|w| listed(bonus_words(), &w));
    (welcome && open > 0 && !head.contains(['(', ')'])).then_some((open, head))
}

/// Words after a copula that say a skill is required, beside the bonus words: "Java skills are
/// essential".
pub(super) const REQUIRED: [&str; 8] = [
    "required",
    "needed",
    "necessary",
    "essential",
    "mandatory",
    "expected",
    "recommended",
    "important",
];

/// A clause that says one skill is wanted and goes on with another: "Strong Java skills are
/// essential and experience with Git is expected" -> ("Strong Java skills are essential",
/// "experience with Git is expected"). The copula's praise ("essential", "a plus"), after words
/// of degree, is followed by "and", "as well as" or "while".
pub(super) fn split_after_praise(text: &str) -> Option<(&str, &str)> {
    let head = cut_at_copula(text);
    let after = text.get(head.len()..).filter(|a| !a.is_empty())?;
    let ws = word_spans(after);
    let degree = [
        "a",
        "an",
        "also",
        "very",
        "highly",
        "strongly",
        "absolutely",
    ];
    let k = (1..ws.len()).find(|&k| !listed(&degree, ws[k].1))?;
    let praise = trim_punctuation(ws[k].1);
    if !(listed(&REQUIRED, praise) || listed(bonus_words(), praise)) {
        return None;
    }
    let end = ws[k].0 + ws[k].1.len();
    let rest = after[end..].trim_start_matches([',', ' ']);
    let rest = ["and ", "as well as ", "while "]
        .iter()
        .find_map(|c| strip_prefix_ci(rest, c))?;
    (!rest.trim().is_empty()).then(|| (&text[..head.len() + end], rest))
}
