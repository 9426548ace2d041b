//! The words that surround skills in a skills field without being skills: lead-ins
//! ("knowledge of", "familiarity with"), lead-outs ("is a bonus", "preferred"), soft skills
//! ("willingness to learn") and the words of prose ("you", "should"). Data for [`super::items`],
//! all lower-case.

/// Words dropped from the start of an item, repeatedly: levels, quantities and the nouns and
/// prepositions of a lead-in ("Strong knowledge of" Julia, "ideally some experience with" Wasm).
pub(super) const LEAD_WORDS: &[&str] = &[
    "a",
    "also",
    "an",
    "and",
    "any",
    "at",
    "basic",
    "being",
    "both",
    "but",
    "decent",
    "either",
    "excellent",
    "good",
    "hands-on",
    "how",
    "ideally",
    "in",
    "intermediate",
    "least",
    "of",
    "on",
    "optionally",
    "or",
    "practical",
    "preferably",
    "prior",
    "reasonable",
    "solid",
    "some",
    "sound",
    "strong",
    "the",
    "thorough",
    "using",
    "with",
    "working",
];

/// Heads of a lead-in, followed by a preposition: an item that names one within its first
/// words ("Frontend experience using Next.js", "some parts may require knowledge of torch")
/// starts after it and its prepositions ("Knowledge Distillation" has none, and stays).
pub(super) const LEAD_NOUNS: &[&str] = &[
    "background",
    "comfortable",
    "competence",
    "competency",
    "experience",
    "experienced",
    "expertise",
    "exposure",
    "familiar",
    "familiarity",
    "knowledge",
    "proficiency",
    "proficient",
    "understanding",
    "use",
];

/// Prepositions after a lead-in head ("experience working with or using").
pub(super) const LEAD_PREPOSITIONS: &[&str] = &["in", "of", "on", "using", "with"];

/// Words between a lead-in head and its preposition ("experience working with").
pub(super) const LEAD_VERBS: &[&str] = &["contributing", "developing", "programming", "working"];

/// "ability to read C", "able to write Ruby": the skill is what the verb acts on.
pub(super) const ABILITY_WORDS: &[&str] = &["ability", "able"];

/// Words dropped from the end of an item, repeatedly ("Fortran knowledge", "RISC-V knowledge
/// preferred but not required", "egui is also helpful").
pub(super) const TRAIL_WORDS: &[&str] = &[
    "a",
    "advantage",
    "also",
    "an",
    "appreciated",
    "are",
    "background",
    "be",
    "beneficial",
    "bonus",
    "but",
    "certainly",
    "concepts",
    "desirable",
    "encouraged",
    "etc",
    "expertise",
    "helpful",
    "highly",
    "is",
    "knowledge",
    "must",
    "nice",
    "not",
    "optional",
    "plus",
    "preferred",
    "proficiency",
    "recommended",
    "required",
    "skills",
    "strongly",
    "though",
    "useful",
    "welcome",
    "would",
];

/// Words that end an item where they stand (what follows is said about the skill, not part of
/// it): "hardware design is helpful to have some context".
pub(super) const COPULAS: &[&str] = &["is", "are"];

/// Soft skills and attitudes: an item starting with one is not a skill.
pub(super) const SOFT_STARTS: &[&str] = &[
    "ability to work",
    "attention to detail",
    "comfort",
    "communication",
    "curiosity",
    "depending on",
    "desire",
    "eagerness",
    "enthusiasm",
    "good communication",
    "interest",
    "motivation",
    "passion",
    "self-motivated",
    "teamwork",
    "willingness",
];

/// Words left alone as an item that are not skills ("or better", "etc.").
pub(super) const NOT_ITEMS: &[&str] = &[
    "and so on",
    "better",
    "etc",
    "more",
    "others",
    "similar",
    "so on",
];

/// First words of an item that stands in for the one before it ("Figma or similar tools", "AWS
/// and its services").
pub(super) const STAND_INS: &[&str] = &["similar", "equivalent", "comparable", "its", "their"];

/// Words of a sentence rather than a list: a sentence with one of them (outside parentheses and
/// quotes) names no skills ("Your proposal should describe ...", "We would prefer ...").
pub(super) const PROSE_WORDS: &[&str] = &[
    "could",
    "no",
    "i",
    "it",
    "must",
    "my",
    "our",
    "shall",
    "should",
    "their",
    "them",
    "themselves",
    "these",
    "they",
    "this",
    "those",
    "us",
    "we",
    "will",
    "would",
    "you",
    "your",
];

/// Words that make an item part of a description of the work, not a skill ("the project itself").
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "candidate",
    "candidates",
    "contributor",
    "contributors",
    "itself",
    "project",
    "proposal",
    "student",
    "students",
    // Relative clauses: "(a language that is type safe)".
    "that",
    "which",
];

/// Heads that only introduce examples: "torch ecosystem libraries (such as lightning)",
/// "methodology (deep learning)", "FPGA tools such as Vivado" list the examples alone.
pub(super) const EXAMPLE_HEADS: &[&str] = &["libraries", "methodology", "tooling", "tools"];

/// Words that name what a lead-in line introduces: a line ending in `:` without one of them
/// ("Code places to start to look at:") ends the skills.
pub(super) const LIST_WORDS: &[&str] = &[
    "background",
    "bonus",
    "experience",
    "familiar",
    "helpful",
    "knowledge",
    "know",
    "need",
    "nice",
    "optional",
    "plus",
    "preferred",
    "prerequisite",
    "prerequisites",
    "requirement",
    "requirements",
    "required",
    "skill",
    "skills",
    "technologies",
    "tools",
    "valuable",
];

/// Whether `word` (any case) is in `list`.
pub(super) fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that open a subordinate clause ("as the backend is written in Go"): such a clause
/// explains an item, it is not one.
pub(super) const SUBORDINATORS: &[&str] = &["as", "because", "since", "so", "which", "while"];

/// Human languages: "good written English" is a soft skill, not a technical one.
pub(super) const HUMAN_LANGUAGES: &[&str] = &[
    "english",
    "french",
    "german",
    "spanish",
    "portuguese",
    "mandarin",
    "chinese",
];

/// What a page calls a skill it would welcome ("pytest is a bonus", "Go is a plus").
pub(super) const BONUS_WORDS: &[&str] = &[
    "advantage",
    "asset",
    "bonus",
    "desirable",
    "helpful",
    "nice",
    "plus",
    "preferred",
    "useful",
    "welcome",
];
