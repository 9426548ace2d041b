//! Facts named in free text: a year, a programme. Front-matter reads them from `year:` and
//! `title:`; the page parser from titles, headings and file names.

use crate::model::Program;

/// A year written as `2025` (1990..=2099).
pub fn parse_year(text: &str) -> Option<u16> {
    let t = text.trim();
    let y: u16 = t.parse().ok()?;
    (1990..=2099).contains(&y).then_some(y)
}

/// The single distinct year (`19xx`/`20xx` as a whole token) in a text, if there is exactly one.
pub fn find_year(text: &str) -> Option<u16> {
    let tokens = text.split(|c: char| !c.is_ascii_alphanumeric());
    let mut years = tokens.filter(|t| t.len() == 4).filter_map(parse_year);
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// A programme named in free text ("Google Summer of Code 2025", "LFX Mentorship"), if exactly
/// one programme is named.
pub fn detect_program(text: &str) -> Option<Program> {
    let t = text.to_ascii_lowercase();
    let has = |names: &[&str]| {
        (names.iter()).any(|n| memchr::memmem::find(t.as_bytes(), n.as_bytes()).is_some())
    };
    let (gsoc, lfx, other) = (
        has(&PROGRAM_NAMES[..3]),
        has(&PROGRAM_NAMES[3..6]),
        has(&PROGRAM_NAMES[6..]),
    );
    match (gsoc, lfx, other) {
        (true, false, _) => Some(Program::Gsoc),
        (false, true, _) => Some(Program::Lfx),
        (false, false, true) => Some(Program::Other),
        _ => None,
    }
}

/// Names of programmes, lower-case: three that name GSoC, three LFX, then other programmes
/// (named only when neither of those is).
pub(super) const PROGRAM_NAMES: [&str; 9] = [
    "summer of code",
    "gsoc",
    "summerofcode",
    "lfx",
    "communitybridge",
    "community bridge",
    "ospp",
    "open source promotion plan",
    "开源之夏",
];
