//! Words as search sees them: a page's text cleaned of terminal escapes, put on one line and
//! split into lower-cased tokens; and an idea's searchable fields written as those tokens, which
//! the synced index keeps so a search there reads no Markdown and tokenises nothing.
//!
//! It depends on the model alone: the parser's neighbours (render, search, the index) share it.

use crate::model::Idea;

/// A word of a field or the query: lower-cased text and where it is in the field's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub lower: String,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Character range in the text.
    pub cstart: usize,
    pub cend: usize,
}

/// Splits text into word tokens in one pass: runs of letters and digits; `+`/`#` kept in a word
/// unless a letter follows (`c++`, `c#`, `c++17`, but `python+go` is two words); `.`
/// kept when a letter or digit follows (`node.js`, `.net`, but not a sentence end).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    // Character positions are counted as the scan goes, from one token's end to the next.
    let (mut at, mut chars) = (0, 0);
    words(text, |start, end| {
        let cstart = chars + text[at..start].chars().count();
        let cend = cstart + text[start..end].chars().count();
        tokens.push(Token {
            lower: text[start..end].to_lowercase(),
            start,
            end,
            cstart,
            cend,
        });
        (at, chars) = (end, cend);
    });
    tokens
}

/// The byte ranges of [`tokenize`]'s tokens, in order, without building them.
pub(crate) fn words(text: &str, mut f: impl FnMut(usize, usize)) {
    let char_at = |k: usize| text.get(k..).and_then(|t| t.chars().next());
    let alnum = |k: usize| char_at(k).is_some_and(char::is_alphanumeric);
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let after = i + c.len_utf8();
        if !(c.is_alphanumeric() || (c == '.' && alnum(after))) {
            i = after;
            continue;
        }
        let mut j = after;
        while let Some(d) = char_at(j) {
            let next = j + d.len_utf8();
            if d.is_alphanumeric() || (d == '.' && alnum(next)) {
                j = next;
                continue;
            }
            if d == '+' || d == '#' {
                let k = text.len() - text[j..].trim_start_matches(['+', '#']).len();
                if char_at(k).is_some_and(char::is_alphabetic) {
                    break;
                }
                j = k;
                continue;
            }
            break;
        }
        f(i, j);
        i = j;
    }
}

/// Text from a page with control characters (including terminal escapes) removed, so a page
/// cannot move the cursor or retitle the terminal, then put on one line, into `out` (cleared
/// first): Markdown emphasis and code marks (`*`, `` ` ``) dropped, whitespace runs turned into
/// single spaces, trimmed.
pub(crate) fn clean_line_into(s: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    let mut rest = s;
    while !rest.is_empty() {
        // A run of kept characters, copied whole.
        let run = rest
            .find(|c: char| c.is_whitespace() || c.is_control() || c == '*' || c == '`')
            .unwrap_or(rest.len());
        if run > 0 {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&rest[..run]);
        }
        // Then one character dropped, or whitespace.
        let mut chars = rest[run..].chars();
        match chars.next() {
            Some('\u{1b}') => skip_escape(&mut chars),
            Some(c) if c == '\n' || c == '\t' || (c.is_whitespace() && !c.is_control()) => {
                space = true
            }
            _ => {}
        }
        rest = chars.as_str();
    }
}

/// Skips the rest of a terminal escape sequence whose ESC was just read: CSI "ESC [ ... final",
/// OSC "ESC ] ... BEL/ST", or the one character after a lone ESC.
fn skip_escape(chars: &mut std::str::Chars) {
    let mut peek = chars.clone();
    match peek.next() {
        Some('[') => {
            chars.next();
            for n in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&n) {
                    break;
                }
            }
        }
        Some(']') => {
            chars.next();
            while let Some(n) = chars.next() {
                if n == '\u{7}' {
                    break;
                }
                if n == '\u{1b}' {
                    let mut after = chars.clone();
                    if after.next() == Some('\\') {
                        *chars = after;
                        break;
                    }
                }
            }
        }
        _ => {
            chars.next();
        }
    }
}

/// Appends a field of [`searchable`] text: the marker bytes and the tokens of `raw`, cleaned
/// into `scratch` first.
fn push_field(out: &mut String, scratch: &mut String, kind: u8, raw: &str) {
    clean_line_into(raw, scratch);
    // ASCII text is lower-cased at once, other text word by word.
    let ascii = scratch.is_ascii();
    if ascii {
        scratch.make_ascii_lowercase();
    }
    let mut first = true;
    words(scratch, |start, end| {
        if first {
            out.push(FIELD as char);
            out.push(kind as char);
            out.push(WORDS as char);
            first = false;
        } else {
            out.push(' ');
        }
        if ascii {
            out.push_str(&scratch[start..end]);
        } else {
            push_lower(out, &scratch[start..end]);
        }
    });
}

/// Appends `word` lower-cased as [`tokenize`] lower-cases it.
pub(crate) fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Starts a field in [`searchable`] text: this byte, then the field's kind, then [`WORDS`].
pub const FIELD: u8 = 0x1e;
/// Ends a field's kind in [`searchable`] text: the tokens follow, separated by single spaces.
pub const WORDS: u8 = 0x1f;

/// What a field of [`searchable`] text holds.
pub mod kind {
    /// The title.
    pub const TITLE: u8 = b'T';
    /// The organisation.
    pub const ORG: u8 = b'O';
    /// One canonical skill id, tokenised.
    pub const SKILL: u8 = b'K';
    /// One canonical skill id as it is (for a skill named by a query word: `golang` -> `go`).
    pub const SKILL_ID: u8 = b'S';
    /// The skills text as written.
    pub const SKILLS_TEXT: u8 = b'R';
    /// A mentor's name, handle or email.
    pub const MENTOR: u8 = b'M';
    /// The description or the expected outcomes.
    pub const BODY: u8 = b'D';
}

/// The idea's searchable fields as one line: for each field (title, organisation, each skill
/// id, the skills text, each mentor's name, handle and email, description, outcomes), the
/// [`FIELD`] byte, its kind, [`WORDS`], then its tokens lower-cased and joined by single
/// spaces. No token holds a space or these bytes, so a phrase of consecutive tokens is a
/// substring that starts after a space or [`WORDS`], and a whole word ends before a space, a
/// [`FIELD`] or the end.
pub fn searchable(idea: &Idea) -> String {
    let mut out = String::new();
    searchable_into(idea, &mut out, &mut String::new());
    out
}

/// [`searchable`] into `out` (cleared first), with `scratch` for each field's cleaned text: a
/// caller that reuses both allocates nothing per idea.
pub fn searchable_into(idea: &Idea, out: &mut String, scratch: &mut String) {
    out.clear();
    // The tokenised fields in order, each with its kind.
    let mentors = idea
        .mentors
        .iter()
        .flat_map(|m| [&m.name, &m.github, &m.email]);
    let fields = [
        (kind::TITLE, Some(&idea.title)),
        (kind::ORG, idea.org.as_ref()),
    ]
    .into_iter()
    .chain(idea.skills.iter().map(|s| (kind::SKILL, Some(s))))
    .chain([(kind::SKILLS_TEXT, idea.skills_raw.as_ref())])
    .chain(mentors.map(|part| (kind::MENTOR, part.as_ref())))
    .chain([&idea.description, &idea.expected_outcomes].map(|b| (kind::BODY, b.as_ref())));
    for (kind, raw) in fields {
        if let Some(raw) = raw {
            push_field(out, scratch, kind, raw);
        }
    }
    // The canonical ids the written skills name, last: a query word that names a skill
    // matches them whole.
    let table = crate::skills::SkillTable::bundled();
    for s in idea.skills.iter().flat_map(|s| table.ids_of(s)) {
        if written_skill_id(&s) {
            out.push(FIELD as char);
            out.push(kind::SKILL_ID as char);
            out.push(WORDS as char);
            out.push_str(&s);
        }
    }
}

/// Whether [`searchable`] text lists a skill id as it is ([`kind::SKILL_ID`]): one that is not
/// empty and holds none of the marker bytes or a newline.
pub(crate) fn written_skill_id(id: &str) -> bool {
    !id.is_empty() && !id.bytes().any(|b| b == FIELD || b == WORDS || b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`clean_line_into`] before it puts the text on one line.
    fn clean(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                skip_escape(&mut chars);
                continue;
            }
            if c.is_control() && c != '\n' && c != '\t' {
                continue;
            }
            out.push(if c == '\t' { ' ' } else { c });
        }
        out
    }

    /// Text on one line: Markdown emphasis and code marks (`*`, `` ` ``) dropped, whitespace
    /// runs turned into single spaces, trimmed.
    fn one_line(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut space = false;
        for c in s.chars() {
            if c == '*' || c == '`' {
                continue;
            }
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
        out
    }

    /// The tokeniser as first written (a vector of characters, indexed), which the one-pass
    /// scan must agree with.
    fn reference_tokens(text: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
        let alnum = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_alphanumeric());
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < n {
            let c = chars[i].1;
            if !(c.is_alphanumeric() || (c == '.' && alnum(i + 1))) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_alphanumeric() || (d == '.' && alnum(j + 1)) {
                    j += 1;
                    continue;
                }
                if d == '+' || d == '#' {
                    let mut k = j;
                    while matches!(chars.get(k), Some(&(_, '+' | '#'))) {
                        k += 1;
                    }
                    if chars.get(k).is_some_and(|&(_, c)| c.is_alphabetic()) {
                        break;
                    }
                    j = k;
                    continue;
                }
                break;
            }
            let (start, end) = (byte(i), byte(j));
            tokens.push(Token {
                lower: text[start..end].to_lowercase(),
                start,
                end,
                cstart: i,
                cend: j,
            });
            i = j;
        }
        tokens
    }

    /// [`clean`] as first written (its own escape loop), which the shared one must agree with.
    fn reference_clean(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                // Skip a whole escape sequence: CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST".
                match chars.peek() {
                    Some('[') => {
                        chars.next();
                        for n in chars.by_ref() {
                            if ('\u{40}'..='\u{7e}').contains(&n) {
                                break;
                            }
                        }
                    }
                    Some(']') => {
                        chars.next();
                        while let Some(n) = chars.next() {
                            if n == '\u{7}' || (n == '\u{1b}' && chars.peek() == Some(&'\\')) {
                                if n == '\u{1b}' {
                                    chars.next();
                                }
                                break;
                            }
                        }
                    }
                    _ => {
                        chars.next();
                    }
                }
                continue;
            }
            if c.is_control() && c != '\n' && c != '\t' {
                continue;
            }
            out.push(if c == '\t' { ' ' } else { c });
        }
        out
    }

    /// A field of searchable text as first written: cleaned, put on one line, tokenised.
    fn reference_field(raw: &str) -> String {
        let text = one_line(&reference_clean(raw));
        let words: Vec<String> = reference_tokens(&text)
            .into_iter()
            .map(|t| t.lower)
            .collect();
        words.join(" ")
    }

    fn field(raw: &str) -> String {
        let (mut out, mut scratch) = (String::new(), String::new());
        push_field(&mut out, &mut scratch, kind::BODY, raw);
        out.trim_start_matches(['\u{1e}', 'D', '\u{1f}'])
            .to_string()
    }

    #[test]
    fn words_keep_their_marks_and_cases() {
        assert_eq!(
            field("Go, C++17 and **Node.js**; c#/F#."),
            "go c++17 and node.js c# f#"
        );
        assert_eq!(field("python+go .NET ΟΔΟΣ x"), "python go .net οδος x");
        assert_eq!(field("a\u{1b}[31mred\u{1b}[0m `b`\tc\n d"), "ared b c d");
        assert_eq!(field(" * `` "), "");
        let t = tokenize("héllo wörld");
        assert_eq!(
            (t[1].start, t[1].end, t[1].cstart, t[1].cend),
            (7, 13, 6, 11)
        );
    }

    proptest! {
        // No failure file: the crate's top level stays as it is (a failing case is printed).
        #![proptest_config(ProptestConfig {
            cases: 2000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn one_pass_matches_the_reference(
            raw in "[a-zA-Z0-9 +#.*`\\t\\n\\u{1b}\\[\\]\\\\\\u{7}\\u{7f}\\r\\u{85}\\u{a0}\\u{2028}_Σσéß中ǅ\\u{0301}-]{0,40}"
        ) {
            prop_assert_eq!(tokenize(&raw), reference_tokens(&raw));
            prop_assert_eq!(clean(&raw), reference_clean(&raw));
            prop_assert_eq!(field(&raw), reference_field(&raw));
            let mut line = String::new();
            clean_line_into(&raw, &mut line);
            prop_assert_eq!(line, one_line(&reference_clean(&raw)));
        }

        /// ASCII text.
        #[test]
        fn ascii_fields_match_the_reference(raw in "[a-zA-Z0-9 +#.,*`\\t\\n\\r_-]{0,60}") {
            prop_assert_eq!(field(&raw), reference_field(&raw));
        }

        /// Text with whitespace and characters outside ASCII.
        #[test]
        fn text_with_unicode_whitespace_matches_the_reference(
            raw in "[a-zA-Z0-9 +#.\\t\\n\\u{a0}\\u{2028}\\u{3000}\\u{85}*_Σσéß中ǅ\\u{0301}\\u{130}\\u{212a}-]{0,60}"
        ) {
            prop_assert_eq!(field(&raw), reference_field(&raw));
            let mut line = String::new();
            clean_line_into(&raw, &mut line);
            prop_assert_eq!(line, one_line(&clean(&raw)));
        }
    }
}
