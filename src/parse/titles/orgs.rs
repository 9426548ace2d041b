//! The organisation a heading or a page title names ("JuliaGeo: Geospatial processing in
//! Julia", "Tiled - Google Summer of Code 2026"), and an organisation name as written, cleaned.

use super::*;

/// The organisation or project a context heading names, if it names one: "JuliaGeo:
/// Geospatial processing in Julia" names "JuliaGeo" (the short name before a colon); a sentence
/// ("New things we're interested in", more than six words) names none.
pub(crate) fn org_from_heading(text: &str) -> Option<String> {
    let title = clean_title(text);
    let name = match title.split_once(": ") {
        Some((n, _)) if !n.trim().is_empty() && n.split_whitespace().count() <= 3 => n.trim(),
        _ => title.as_str(),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let personal = |w: &&str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .to_lowercase();
        PERSONAL_WORDS.contains(&w.replace('’', "'").as_str())
    };
    (words.len() <= 6 && !words.iter().any(personal)).then(|| name.to_string())
}

/// The organisation a page's title names before the programme words: "St. Jude Children's
/// Research Hospital — Project Ideas", "Tiled - Google Summer of Code 2026", "Kornia: GSoC
/// 2026 ideas" (a name the organisation list knows), or "Tidewatch Ideas Page: Google Summer
/// of Code 2026" (a name it does not, when the title is only that name and an ideas page's
/// words). A title of other words ("Project ideas for 2026", "Welcome - GSoC") names none.
pub(crate) fn org_from_page_title(text: &str) -> Option<String> {
    const SEPARATORS: [&str; 5] = [" — ", " – ", " - ", ": ", " | "];
    let title = clean_title(text);
    let (name, rest) = SEPARATORS
        .iter()
        .filter_map(|sep| title.split_once(sep))
        .min_by_key(|(n, _)| n.len())?;
    if let Some(known) = crate::orgs::canonical(name) {
        return Some(known.to_string());
    }
    // (An ideas page's words: the programme, "ideas", "page", a year.)
    let page_word = |w: &str| {
        let w = w.to_lowercase();
        frontmatter::find_year(&w).is_some()
            || w.trim_start_matches('\'')
                .chars()
                .all(|c| c.is_ascii_digit())
            || [
                "google", "summer", "of", "code", "gsoc", "ideas", "idea", "page", "project",
                "projects", "list", "for", "the",
            ]
            .contains(&w.as_str())
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept = words.len() - words.iter().rev().take_while(|w| page_word(w)).count();
    let names = &words[..kept];
    let generic = [
        "welcome",
        "introduction",
        "overview",
        "about",
        "home",
        "guide",
        "faq",
    ];
    let is_name = !names.is_empty()
        && names.len() <= 4
        && rest.split_whitespace().all(page_word)
        && names
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !names
            .iter()
            .any(|w| generic.contains(&w.to_lowercase().as_str()));
    is_name.then(|| names.join(" "))
}

/// Words of a sentence written to the reader, never of a name.
const PERSONAL_WORDS: &[&str] = &[
    "we", "we're", "we've", "we'd", "our", "us", "you", "you're", "your", "i", "i'm", "my",
];

/// An organisation name without a parenthesised URL: "Kubebuilder (https://github.com/...)"
/// -> "Kubebuilder".
pub(crate) fn clean_org(org: &str) -> String {
    let mut o = strip_md(org);
    if let Some(open) = o.find("(http") {
        if o.trim_end().ends_with(')') {
            o.truncate(open);
        }
    }
    o.trim()
        .trim_end_matches([':', '-', '–', '—'])
        .trim()
        .to_string()
}
