//! The JavaScript string rules the CNCF's bot runs on (cncf-proposal-checks.md, section 1):
//! lengths in UTF-16 code units, JavaScript's whitespace set for trimming and `\s`, and its
//! line terminators. Rust's `str::trim` and `char::is_whitespace` differ in two characters
//! (they take U+0085 and leave U+FEFF), so the bot's checks use these instead.

/// JavaScript's `\s`: the characters `String.prototype.trim` removes.
pub fn is_ws(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{d}'
            | ' '
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{feff}'
    )
}

/// A JavaScript line terminator: LF, CR, U+2028 or U+2029.
pub fn is_lt(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// `s.trim()` as JavaScript trims.
pub fn trim(s: &str) -> &str {
    s.trim_matches(is_ws)
}

/// `s.length` in JavaScript: UTF-16 code units.
pub fn len(s: &str) -> usize {
    s.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_javascripts() {
        assert!(is_ws('\u{feff}') && !'\u{feff}'.is_whitespace());
        assert!(!is_ws('\u{85}') && '\u{85}'.is_whitespace());
        assert!(!is_ws('\u{200b}'));
        assert_eq!(trim("\u{feff} a\u{200b} \u{3000}"), "a\u{200b}");
        assert_eq!(trim("\u{85}a"), "\u{85}a");
    }

    #[test]
    fn lengths_are_utf16_units() {
        assert_eq!(len("abc"), 3);
        assert_eq!(len("\u{1f600}"), 2);
        assert_eq!(len("e\u{301}"), 2);
        assert_eq!(len("a\r\nb"), 4);
    }
}
