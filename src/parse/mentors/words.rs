//! Word lists: the vocabulary that tells names, handles, labels and prose apart.

/// How deep brackets inside brackets are followed; deeper content is read as plain text.
pub(super) const MAX_DEPTH: usize = 4;

/// A name with more words than this is prose.
pub(super) const MAX_NAME_WORDS: usize = 6;

/// More lower-case words than this (name particles aside, see [`NAME_PARTICLES`]) are prose,
/// not a name: a name written all in lower case has at most three ("liu jin hui").
pub(super) const MAX_LOWER_NAME_WORDS: usize = 3;

// The lists themselves, with what each is for, are in schemas/words.toml.
crate::word_lists! {
    person_joiners = "mentors.person_joiners";
    name_particles = "mentors.name_particles";
    stopwords = "mentors.stopwords";
    strong_stopwords = "mentors.strong_stopwords";
    not_name_words = "mentors.not_name_words";
    placeholders = "mentors.placeholders";
    not_handle_words = "mentors.not_handle_words";
    github_keys = "mentors.github_keys";
    email_keys = "mentors.email_keys";
    ignore_keys = "mentors.ignore_keys";
    name_keys = "mentors.name_keys";
    role_keys = "mentors.role_keys";
    role_qualifiers = "mentors.role_qualifiers";
    field_keys = "mentors.field_keys";
    github_reserved = "mentors.github_reserved";
    job_titles = "mentors.job_titles";
    honorifics = "mentors.honorifics";
    companies = "mentors.companies";
    legal_forms = "mentors.legal_forms";
    group_address_domains = "mentors.group_address_domains";
    group_address_words = "mentors.group_address_words";
}
