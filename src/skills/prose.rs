//! Skills a description states in a sentence, for an idea with no skills field: `FIELDS.md`
//! counts "a sentence that plainly lists them". Two shapes count, both asking something of the
//! contributor:
//! - a person who needs or should have it: "You will need a good knowledge of C and build
//!   systems.", "Students should be familiar with Rust.", "This project requires experience
//!   with Go." (a person or the work, a requirement verb, then a lead-in);
//! - a lead-in that is required or welcome: "Knowledge of C is required as part of the work",
//!   "..., knowledge of node.js and web development will be useful."
//!
//! What a project builds, uses or teaches ("You will gain experience with Kubernetes", "The
//! tool is written in Go") names no skill. The sentences found are read as a skills field is
//! ([`super::written_items`]).

use super::clauses::REQUIRED;
use super::markdown::clean;
use super::scan::*;
use super::words::*;
use super::HARD_BREAK;

/// Who a requirement sentence asks of: the contributor or the work.
const ASKED: [&str; 19] = [
    "you",
    "they",
    "student",
    "students",
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "contributor",
    "contributors",
    "participant",
    "participants",
    "intern",
    "interns",
    "project",
    "projects",
    "idea",
    "ideas",
    "task",
];

/// The skills the sentences of a description ask for, as items; empty when none asks.
pub fn stated_in_prose(description: &str) -> Vec<String> {
    if !may_ask(description) {
        return Vec::new();
    }
    let text = clean(description);
    let mut asks = Vec::new();
    for block in text.split(HARD_BREAK).flat_map(|b| b.split("\n\n")) {
        let block = crate::words::collapse_whitespace(block);
        for sentence in sentences(&block).into_iter().filter(|s| may_ask(s)) {
            let sentence = sentence.trim();
            if let Some(ask) = asked_of(sentence).or_else(|| welcomed(sentence)) {
                asks.push(ask.trim_end_matches(['.', ' ']).to_string());
            }
        }
    }
    match asks.is_empty() {
        true => Vec::new(),
        false => super::written_items(&asks.join("\n\n")),
    }
}

/// Whether a text has a word either kind of sentence needs: a requirement modal or verb
/// ([`asked_of`]), or a word of requirement or welcome ([`welcomed`]). (Looked for first, in
/// one scan: reading every sentence of every description was 10% of `list` on the real pages
/// of `benches/`, 115 M of 1,143 M instructions; with the scan it is under 2%.)
pub fn may_ask(text: &str) -> bool {
    static WORDS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let verbs = ["require"]
            .iter()
            .chain(&REQUIRED)
            .chain(requirement_modals());
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(verbs.chain(bonus_words()))
            .expect("fixed words")
    });
    words.is_match(text)
}

/// "You will need a good knowledge of C", "they should already have experience with Qt",
/// "This project requires strong Haskell skills": the skills phrase, where a person or the work
/// (within the first four words) needs, should have or requires it straight away (not "needs
/// to gain an understanding of", which is what they will learn).
fn asked_of(sentence: &str) -> Option<String> {
    let ws = word_spans(sentence);
    let word = |k: usize| ws.get(k).map_or("", |w| trim_punctuation(w.1));
    let subject = (0..ws.len().min(4)).find(|&k| listed(&ASKED, word(k)))?;
    let verb = (subject + 1..ws.len().min(subject + 4)).find(|&k| {
        listed(requirement_modals(), word(k)) || listed(&["require", "requires"], word(k))
    })?;
    let mut j = verb + 1;
    let mut knows = false;
    // ("should know or will learn RPM": knowing it is what is asked.)
    let learns = |k: usize, knows: bool| knows && listed(&["will", "learn"], word(k));
    while j < ws.len()
        && (listed(&FILLERS, word(j)) || listed(lead_words(), word(j)) || learns(j, knows))
    {
        knows |= word(j).eq_ignore_ascii_case("know");
        j += 1;
    }
    let object = without_clause(&sentence[ws.get(j)?.0..]);
    if knows || listed(lead_nouns(), word(j)) || listed(first_lead_nouns(), word(j)) {
        return Some(object.to_string());
    }
    // "requires strong Haskell skills as ...": a phrase whose head says it is a skill.
    let requires = word(verb).to_ascii_lowercase().starts_with("require");
    let head = object.rsplit(' ').next().unwrap_or("");
    (requires && listed(&SKILL_HEADS, head)).then(|| object.to_string())
}

/// A phrase without the clause that explains it ("the GHC AST, otherwise it is hard", "Haskell
/// skills as the work needs it").
fn without_clause(phrase: &str) -> &str {
    // (Beside the subordinators a skills field is cut at: "otherwise", "but", "however", and
    // "if", "to", "both", "for" where they open a clause.)
    const JOINS: [&str; 7] = ["otherwise", "but", "however", "if", "to", "both", "for"];
    let ws = word_spans(phrase);
    let cut = ws.iter().enumerate().skip(1).find(|&(k, w)| {
        let before = phrase[..w.0].trim_end();
        // ("design to connect to the API": a verb after "to" is a purpose; "Python to C"
        // names two skills.)
        let verb_next = ws
            .get(k + 1)
            .is_some_and(|n| n.1.bytes().all(|b| b.is_ascii_lowercase()));
        let clause = before.ends_with(',')
            || (w.1 == "to" && verb_next)
            || !matches!(w.1, "to" | "if" | "so" | "both" | "for");
        let join = trim_punctuation(w.1);
        (listed(&JOINS, join) || listed(subordinators(), join))
            && clause
            && !before.ends_with("such")
            && !before.ends_with("well")
    });
    cut.map_or(phrase, |(_, w)| &phrase[..w.0])
        .trim_end_matches(['.', ',', ';', ' '])
}

/// Words between a requirement verb and its lead-in ("should already have a good knowledge").
const FILLERS: [&str; 7] = [
    "already", "be", "have", "possess", "really", "ideally", "or",
];

/// Heads of a phrase that is a skill ("strong Haskell skills").
const SKILL_HEADS: [&str; 5] = ["skills", "skill", "knowledge", "experience", "expertise"];

/// "Knowledge of C is required", "..., experience with Qt would be a plus": the lead-in
/// before a copula and a word of requirement or welcome.
fn welcomed(sentence: &str) -> Option<String> {
    let ws = word_spans(sentence);
    let word = |k: usize| ws.get(k).map_or("", |w| trim_punctuation(w.1));
    let copula = (1..ws.len()).find(|&k| {
        let be = listed(copulas(), word(k))
            || (word(k).eq_ignore_ascii_case("be")
                && listed(&["will", "would", "is", "are"], word(k - 1)));
        let mut next = (k + 1..ws.len().min(k + 4)).map(word);
        be && next.any(|w| listed(&REQUIRED, w) || listed(bonus_words(), w))
    })?;
    let start = if word(copula).eq_ignore_ascii_case("be") {
        copula - 1
    } else {
        copula
    };
    let before = sentence[..ws[start].0].trim_end();
    // The lead-in opens the sentence or the clause after its last comma.
    let clause = match before.rfind(", ") {
        Some(at) if opens_with_lead(&before[at + 2..]) => &before[at + 2..],
        _ => before,
    };
    opens_with_lead(clause).then(|| clause.to_string())
}

/// Whether a phrase opens with a lead-in: level words, then a lead noun ("Good knowledge of").
fn opens_with_lead(phrase: &str) -> bool {
    let ws = word_spans(phrase);
    let k = ws
        .iter()
        .take_while(|w| listed(lead_words(), w.1) && !listed(lead_nouns(), w.1))
        .count();
    ws.get(k).is_some_and(|w| listed(lead_nouns(), w.1))
        && ws
            .get(k + 1)
            .is_some_and(|w| listed(lead_prepositions(), w.1) || listed(lead_verbs(), w.1))
}

#[cfg(test)]
mod tests {
    use super::stated_in_prose as read;

    #[test]
    fn a_person_who_needs_a_skill() {
        assert_eq!(
            read("Write a driver. You will need a good knowledge of C and build systems."),
            ["C", "build systems"]
        );
        assert_eq!(
            read("You will need knowledge of web technologies, both for frontend and backend."),
            ["web technologies"]
        );
        assert_eq!(
            read("You will need experience with scripting (mostly bash), build systems and Linux management."),
            ["scripting (mostly bash)", "build systems", "Linux management"]
        );
        assert_eq!(read("Students should be familiar with Rust."), ["Rust"]);
        assert_eq!(
            read("This project requires experience with Go and gRPC."),
            ["Go", "gRPC"]
        );
        assert_eq!(
            read("These projects require rudimentary skills in web application design to connect to the hub."),
            ["web application design"]
        );
        assert_eq!(
            read("This project requires strong Haskell skills as the participant needs to gain a deep understanding of the engine. Ideally, the participant should already have experience with the GHC AST, otherwise it is hard."),
            ["Haskell", "GHC AST"]
        );
        assert_eq!(
            read("Fix the scripts. You should know or will learn RPM, dnf, python, bash."),
            ["RPM", "dnf", "python", "bash"]
        );
    }

    #[test]
    fn a_lead_in_that_is_required_or_welcome() {
        assert_eq!(
            read("Knowledge of C is required as part of the work will take place in the backend."),
            ["C"]
        );
        assert_eq!(
            read("If the GUI is touched, knowledge of node.js and web development will be useful."),
            ["node.js", "web development"]
        );
    }

    #[test]
    fn what_the_work_builds_or_teaches_is_no_skill() {
        for text in [
            "You will gain experience with Kubernetes and Helm.",
            "The tool is written in Go. It needs a new parser.",
            "This project requires changes to the scheduler.",
            "Experience shows that the cache is important.",
            "The student will learn about compilers.",
            "The participant needs to gain a deep understanding of the library.",
        ] {
            assert_eq!(read(text), Vec::<String>::new(), "{text}");
        }
    }
}
