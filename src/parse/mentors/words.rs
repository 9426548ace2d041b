//! Word lists: the vocabulary that tells names, handles, labels and prose apart.

use std::sync::OnceLock;

/// A word list as a set, built once: lists of a hundred words are looked up for every word of
/// every mentor name. The words are kept as bytes, so that a word lower-cased on the stack is
/// looked up as it is, and grouped by their shape (first byte and length): a word is compared
/// only with the list's words of its shape, which are none for most words and one or two for
/// the others, without hashing it.
pub(super) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<Lookup>,
}

/// Shapes of words that start with an ASCII byte: the first byte and the length (up to 31).
const SHAPES: usize = 128 * 32;

struct Lookup {
    /// The list's words that start with an ASCII byte, ordered by [`shape`].
    words: Vec<&'static [u8]>,
    /// For each shape `k`, its words are `words[starts[k]..starts[k + 1]]`.
    starts: Vec<u16>,
    /// The list's other words (the empty word, words starting with a non-ASCII character).
    others: Vec<&'static [u8]>,
    /// No word of the list has an ASCII capital (as the lists are written).
    lower: bool,
}

/// The shape of a word starting with the ASCII byte `first`, of `len` bytes.
fn shape(first: u8, len: usize) -> usize {
    usize::from(first) * 32 + len.min(31)
}

impl Lookup {
    /// The list's words of the shape of a word starting with `first`, of `len` bytes.
    fn candidates(&self, first: u8, len: usize) -> &[&'static [u8]] {
        if !first.is_ascii() {
            return &[];
        }
        let k = shape(first, len);
        &self.words[usize::from(self.starts[k])..usize::from(self.starts[k + 1])]
    }
}

impl WordSet {
    const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    fn lookup(&self) -> &Lookup {
        self.set.get_or_init(|| {
            let ascii = |w: &[u8]| w.first().is_some_and(u8::is_ascii);
            let mut words: Vec<&'static [u8]> = self
                .list
                .iter()
                .map(|w| w.as_bytes())
                .filter(|w| ascii(w))
                .collect();
            words.sort_by_key(|w| shape(w[0], w.len()));
            let mut starts = vec![0u16; SHAPES + 1];
            for w in &words {
                starts[shape(w[0], w.len()) + 1] += 1;
            }
            for k in 0..SHAPES {
                starts[k + 1] += starts[k];
            }
            let others = self
                .list
                .iter()
                .map(|w| w.as_bytes())
                .filter(|w| !ascii(w))
                .collect();
            let lower = !self
                .list
                .iter()
                .any(|w| w.bytes().any(|b| b.is_ascii_uppercase()));
            Lookup {
                words,
                starts,
                others,
                lower,
            }
        })
    }

    fn has(&self, word: &[u8]) -> bool {
        let lookup = self.lookup();
        match word.first() {
            Some(&b) if b.is_ascii() => lookup.candidates(b, word.len()).contains(&word),
            _ => lookup.others.contains(&word),
        }
    }

    /// True if the list has `word`, as `list.contains(&word)`.
    pub(super) fn contains(&self, word: &str) -> bool {
        self.has(word.as_bytes())
    }

    /// True if the list has `word` lower-cased. An ASCII word is compared, ignoring ASCII
    /// case, with the list's words of the shape it has lower-cased: a word without capitals
    /// equals it lower-cased exactly when it equals it so. (A list with capitals, which none
    /// of the lists has, is compared with a lower-cased copy.)
    pub(super) fn contains_lowered(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return self.contains(&word.to_lowercase());
        }
        let lookup = self.lookup();
        let w = word.as_bytes();
        let Some(&b) = w.first() else {
            return lookup.others.contains(&w);
        };
        let candidates = lookup.candidates(b.to_ascii_lowercase(), w.len());
        if lookup.lower {
            candidates.iter().any(|c| c.eq_ignore_ascii_case(w))
        } else {
            !candidates.is_empty() && self.has(word.to_ascii_lowercase().as_bytes())
        }
    }
}

/// [`STOPWORDS`] as a set.
pub(super) static STOPWORD_SET: WordSet = WordSet::new(STOPWORDS);
/// [`NOT_NAME_WORDS`] as a set.
pub(super) static NOT_NAME_SET: WordSet = WordSet::new(NOT_NAME_WORDS);
/// [`PLACEHOLDERS`] as a set.
pub(super) static PLACEHOLDER_SET: WordSet = WordSet::new(PLACEHOLDERS);
/// [`GITHUB_RESERVED`] as a set.
pub(super) static RESERVED_SET: WordSet = WordSet::new(GITHUB_RESERVED);

/// How deep brackets inside brackets are followed; deeper content is read as plain text.
pub(super) const MAX_DEPTH: usize = 4;

/// A name with more words than this is prose.
pub(super) const MAX_NAME_WORDS: usize = 6;

/// More lower-case words than this (name particles aside, see [`NAME_PARTICLES`]) are prose,
/// not a name: a name written all in lower case has at most three ("liu jin hui").
pub(super) const MAX_LOWER_NAME_WORDS: usize = 3;

/// Lower-case words that belong in names ("Julius von Kohout", "Maria de la Cruz"): they do
/// not count towards [`MAX_LOWER_NAME_WORDS`].
pub(super) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "binti", "da", "das", "de", "degli", "del", "della", "den", "der", "di", "do",
    "dos", "du", "e", "el", "ibn", "la", "las", "le", "los", "ten", "ter", "van", "von", "y", "zu",
];

/// Words that make a candidate name prose when written in lower case ("the maintainers",
/// "Almost any committer", "please use ..."). Name particles (von, de, da, bin, ...) and words
/// that are also common given names or pinyin syllables are deliberately absent.
pub(super) const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "all",
    "also",
    "and",
    "any",
    "are",
    "as",
    "ask",
    "at",
    "available",
    "be",
    "been",
    "but",
    "by",
    "contact",
    "could",
    "did",
    "does",
    "each",
    "etc",
    "everyone",
    "feel",
    "for",
    "free",
    "from",
    "get",
    "had",
    "has",
    "have",
    "help",
    "here",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "like",
    "looking",
    "me",
    "more",
    "must",
    "my",
    "need",
    "needed",
    "needs",
    "no",
    "not",
    "of",
    "on",
    "only",
    "or",
    "other",
    "others",
    "our",
    "out",
    "over",
    "per",
    "please",
    "reach",
    "same",
    "see",
    "shall",
    "she",
    "should",
    "some",
    "someone",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "us",
    "use",
    "using",
    "via",
    "want",
    "was",
    "we",
    "welcome",
    "were",
    "what",
    "when",
    "where",
    "who",
    "why",
    "with",
    "would",
    "you",
    "your",
];

/// Words that make a candidate name prose whatever their case.
pub(super) const STRONG_STOPWORDS: &[&str] = &[
    "the", "any", "anyone", "someone", "everyone", "please", "almost",
];

/// Words that never appear in a person's name: roles, job titles, companies, and the labels of
/// links written next to mentors ("Idea discussion", "Zulip streams", "Mailing list").
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "advocate",
    "analyst",
    "anyone",
    "approver",
    "approvers",
    "architect",
    "backup",
    "blog",
    "ceo",
    "channel",
    "channels",
    "chat",
    "cio",
    "co-founder",
    "co-mentor",
    "co-mentors",
    "cofounder",
    "comentor",
    "comentors",
    "committer",
    "committers",
    "communication",
    "community",
    "company",
    "consultant",
    "contact",
    "contributor",
    "contributors",
    "corp",
    "corporation",
    "cto",
    "developer",
    "developers",
    "development",
    "director",
    "discord",
    "discussion",
    "discussions",
    "docs",
    "documentation",
    "e-mail",
    "email",
    "engineer",
    "engineering",
    "engineers",
    "evangelist",
    "everyone",
    "forum",
    "founder",
    "further",
    "github",
    "gitlab",
    "gitter",
    "gmbh",
    "group",
    "here",
    "homepage",
    "inc",
    "institute",
    "intern",
    "irc",
    "issue",
    "issues",
    "lead",
    "lecturer",
    "link",
    "linkedin",
    "links",
    "list",
    "llc",
    "ltd",
    "mail",
    "mailing",
    "maintainer",
    "maintainers",
    "manager",
    "meeting",
    "meetings",
    "member",
    "members",
    "mentor",
    "mentors",
    "mentorship",
    "n/a",
    "nobody",
    "none",
    "org",
    "organisation",
    "organization",
    "position",
    "president",
    "primary",
    "principal",
    "professor",
    "profile",
    "project",
    "references",
    "related",
    "repo",
    "repository",
    "researcher",
    "resources",
    "reviewer",
    "reviewers",
    "role",
    "scientist",
    "secondary",
    "senior",
    "sig",
    "slack",
    "software",
    "someone",
    "specialist",
    "stream",
    "streams",
    "student",
    "tba",
    "tbc",
    "tbd",
    "team",
    "teams",
    "title",
    "twitter",
    "university",
    "unknown",
    "volunteer",
    "volunteers",
    "vp",
    "website",
    "wiki",
    "zulip",
];

/// Whole values that stand for "no mentor yet".
pub(super) const PLACEHOLDERS: &[&str] = &[
    "?",
    "-",
    "--",
    "n.a.",
    "n/a",
    "na",
    "nil",
    "nobody",
    "none",
    "none yet",
    "not yet",
    "null",
    "open",
    "pending",
    "tba",
    "tbc",
    "tbd",
    "to be announced",
    "to be confirmed",
    "to be decided",
    "to be determined",
    "todo",
    "unknown",
    "vacant",
    "x",
    "xxx",
];

/// Single words in parentheses that are remarks, not handles: `Name (primary)`.
pub(super) const NOT_HANDLE_WORDS: &[&str] = &[
    "alternate",
    "co",
    "confirmed",
    "emeritus",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "main",
    "maybe",
    "new",
    "optional",
    "pending",
    "remote",
    "shadow",
    "tentative",
    "them",
    "they",
    "xe",
];

pub(super) const GITHUB_KEYS: &[&str] = &[
    "gh",
    "git",
    "github",
    "github-handle",
    "github-id",
    "github-username",
    "github_handle",
    "github_id",
    "githubhandle",
    "githubid",
];
pub(super) const EMAIL_KEYS: &[&str] = &[
    "e-mail",
    "e-mails",
    "email",
    "email-address",
    "emails",
    "mail",
    "mails",
];
/// Contact keys whose value is not a GitHub handle or email (dropped).
pub(super) const IGNORE_KEYS: &[&str] = &[
    "affiliation",
    "availability",
    "bitbucket",
    "blog",
    "company",
    "country",
    "dingtalk",
    "discord",
    "employer",
    "feishu",
    "gitlab",
    "gitter",
    "homepage",
    "irc",
    "job",
    "kakao",
    "keybase",
    "lark",
    "line",
    "linkedin",
    "location",
    "mastodon",
    "matrix",
    "mobile",
    "org",
    "organisation",
    "organization",
    "phone",
    "position",
    "pronouns",
    "qq",
    "role",
    "site",
    "skype",
    "slack",
    "tel",
    "telegram",
    "time-zone",
    "timezone",
    "title",
    "twitter",
    "tz",
    "url",
    "web",
    "website",
    "wechat",
    "weibo",
    "x",
    "zulip",
];
pub(super) const NAME_KEYS: &[&str] =
    &["fullname", "full-name", "full_name", "mentor-name", "name"];
pub(super) const ROLE_KEYS: &[&str] = &[
    "additional",
    "backup",
    "co-mentor",
    "co-mentors",
    "comentor",
    "comentors",
    "lead",
    "lead-mentor",
    "main",
    "mentor",
    "mentors",
    "primary",
    "primary-mentor",
    "secondary",
    "secondary-mentor",
    "shadow",
];
/// Qualifiers written before "mentor:" ("Primary mentor:", "Co mentor:").
pub(super) const ROLE_QUALIFIERS: &[&str] = &[
    "additional",
    "alternate",
    "assistant",
    "backup",
    "co",
    "first",
    "lead",
    "main",
    "other",
    "possible",
    "potential",
    "primary",
    "project",
    "proposed",
    "second",
    "secondary",
    "senior",
    "shadow",
    "technical",
];
/// Labels of other idea fields: a part starting with one of these is not a mentor.
pub(super) const FIELD_KEYS: &[&str] = &[
    "area",
    "areas",
    "category",
    "component",
    "components",
    "deliverable",
    "deliverables",
    "description",
    "details",
    "difficulty",
    "duration",
    "effort",
    "estimate",
    "estimated",
    "expected",
    "expected-outcome",
    "expected-outcomes",
    "goal",
    "goals",
    "gsoc",
    "hours",
    "issue",
    "issues",
    "language",
    "languages",
    "length",
    "level",
    "lfx",
    "link",
    "links",
    "note",
    "notes",
    "outcome",
    "outcomes",
    "prerequisite",
    "prerequisites",
    "program",
    "project",
    "project-size",
    "proposal",
    "recommended",
    "reference",
    "references",
    "repo",
    "repositories",
    "repository",
    "required",
    "requirement",
    "requirements",
    "size",
    "skill",
    "skills",
    "stack",
    "status",
    "summary",
    "tag",
    "tags",
    "technologies",
    "technology",
    "term",
    "time",
    "timeline",
    "type",
    "upstream",
];
/// First path segments of github.com URLs that are not user profiles.
pub(super) const GITHUB_RESERVED: &[&str] = &[
    "about",
    "apps",
    "blog",
    "codespaces",
    "collections",
    "contact",
    "copilot",
    "customer-stories",
    "dashboard",
    "discussions",
    "enterprise",
    "events",
    "explore",
    "features",
    "home",
    "issues",
    "join",
    "login",
    "logout",
    "marketplace",
    "new",
    "nonprofit",
    "notifications",
    "open-source",
    "orgs",
    "organizations",
    "pages",
    "pricing",
    "pulls",
    "readme",
    "resources",
    "search",
    "security",
    "settings",
    "signup",
    "site",
    "solutions",
    "sponsors",
    "team",
    "teams",
    "topics",
    "trending",
    "users",
];
