//! The words that surround skills in a skills field without being skills: lead-ins
//! ("knowledge of", "familiarity with"), lead-outs ("is a bonus", "preferred"), soft skills
//! ("willingness to learn") and the words of prose ("you", "should"). Data for [`super::items`],
//! all lower-case.

/// Whether `word` (any case) is in `list`.
pub(super) fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

// The lists themselves, with what each is for, are in schemas/words.toml.
crate::word_lists! {
    lead_words = "skills.lead_words";
    lead_nouns = "skills.lead_nouns";
    first_lead_nouns = "skills.first_lead_nouns";
    lead_prepositions = "skills.lead_prepositions";
    lead_verbs = "skills.lead_verbs";
    ability_words = "skills.ability_words";
    trail_words = "skills.trail_words";
    copulas = "skills.copulas";
    soft_starts = "skills.soft_starts";
    not_items = "skills.not_items";
    stand_ins = "skills.stand_ins";
    prose_words = "skills.prose_words";
    clause_words = "skills.clause_words";
    remark_starts = "skills.remark_starts";
    example_heads = "skills.example_heads";
    list_words = "skills.list_words";
    subordinators = "skills.subordinators";
    human_languages = "skills.human_languages";
    bonus_words = "skills.bonus_words";
    qualifiers = "skills.qualifiers";
    item_suffixes = "skills.item_suffixes";
    stop_phrases = "skills.stop_phrases";
    hyphen_suffixes = "skills.hyphen_suffixes";
    block_tags = "skills.block_tags";
    example_marks = "skills.example_marks";
    vague_words = "skills.vague_words";
    generic_nouns = "skills.generic_nouns";
    hedge_starts = "skills.hedge_starts";
    setup_nouns = "skills.setup_nouns";
    setup_items = "skills.setup_items";
    requirement_modals = "skills.requirement_modals";
    pointer_verbs = "skills.pointer_verbs";
    task_verbs = "skills.task_verbs";
    pointer_ends = "skills.pointer_ends";
    cjk_leads = "skills.cjk_leads";
    cjk_conjunctions = "skills.cjk_conjunctions";
    cjk_prose = "skills.cjk_prose";
    cjk_soft = "skills.cjk_soft";
    not_needed = "skills.not_needed";
    level_words = "skills.level_words";
    language_soft_words = "skills.language_soft_words";
    setup_states = "skills.setup_states";
    cjk_trails = "skills.cjk_trails";
    cjk_trail_keepers = "skills.cjk_trail_keepers";
    choice_words = "skills.choice_words";
    aside_marks = "skills.aside_marks";
    preference_marks = "skills.preference_marks";
}
