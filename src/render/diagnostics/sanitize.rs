//! Page text made safe for a terminal: control characters, terminal escape sequences and bidi
//! overrides ("Trojan Source") are removed before anything taken from a page is printed, and
//! display widths are counted for the caret under a column.

use std::borrow::Cow;

/// Page text made safe for one terminal line: escape sequences and control characters removed,
/// tabs and line breaks turned into spaces.
pub(crate) fn clean(s: &str) -> Cow<'_, str> {
    // Every escape sequence starts with a control character, so text with no control and no
    // bidi character is shown as it is: no copy (most paths, rule ids and messages).
    let plain = match s.is_ascii() {
        true => s.bytes().all(|b| !b.is_ascii_control()),
        false => s.chars().all(|c| !c.is_control() && !is_bidi_control(c)),
    };
    if plain {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        scrub(s)
            .into_iter()
            .flatten()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect(),
    )
}

/// For each character of `s`: `Some(c)` when it may be shown (`\t`, `\n` and `\r` are kept for the
/// caller to lay out), `None` when it is dropped (other control characters, whole terminal escape
/// sequences, bidi formatting characters).
pub(super) fn scrub(s: &str) -> Vec<Option<char>> {
    let chars: Vec<char> = s.chars().collect();
    let mut shown = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let skip = escape_len(&chars[i..]);
        if skip > 0 {
            shown.extend(std::iter::repeat_n(None, skip));
            i += skip;
            continue;
        }
        let c = chars[i];
        let keep = matches!(c, '\t' | '\n' | '\r') || !(c.is_control() || is_bidi_control(c));
        shown.push(keep.then_some(c));
        i += 1;
    }
    shown
}

/// Length in characters of the terminal escape sequence at the start of `s` (0 if none).
fn escape_len(s: &[char]) -> usize {
    let in_range =
        |i: usize, lo: u32, hi: u32| s.get(i).is_some_and(|&c| (lo..=hi).contains(&(c as u32)));
    // CSI: parameter and intermediate bytes, then one final byte.
    let csi = |mut i: usize| {
        while in_range(i, 0x20, 0x3F) {
            i += 1;
        }
        if in_range(i, 0x40, 0x7E) {
            i += 1;
        }
        i
    };
    // OSC, DCS, SOS, PM, APC: a string ended by BEL or ST (ESC \ or U+009C), or the line end.
    let string = |mut i: usize| {
        while let Some(&c) = s.get(i) {
            i += 1;
            match c {
                '\u{7}' | '\u{9c}' => break,
                '\u{1b}' if s.get(i) == Some(&'\\') => return i + 1,
                _ => {}
            }
        }
        i
    };
    match s.first() {
        Some('\u{1b}') => match s.get(1) {
            Some('[') => csi(2),
            Some(']' | 'P' | 'X' | '^' | '_') => string(2),
            Some(_) => {
                let mut i = 1;
                while in_range(i, 0x20, 0x2F) {
                    i += 1;
                }
                if in_range(i, 0x30, 0x7E) {
                    i += 1;
                }
                i
            }
            None => 1,
        },
        Some('\u{9b}') => csi(1),
        Some('\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}') => string(1),
        _ => 0,
    }
}

/// Characters that reorder text on display ("Trojan Source").
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Terminal cells a character takes: 0 for combining marks and zero-width characters, 2 for
/// East Asian wide characters and most emoji, 1 otherwise (an approximation of `wcwidth`).
pub(super) fn char_width(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200B..=0x200D
        | 0x2060
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F
        | 0xFEFF => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clean` as first written: every character through `scrub`.
    fn clean_reference(s: &str) -> String {
        scrub(s)
            .into_iter()
            .flatten()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    }

    #[test]
    fn clean_as_first_written() {
        for s in [
            "",
            "plain ascii: 1 ~ }",
            "tab\there",
            "del\u{7f}x",
            "esc \u{1b}[31mred\u{1b}[0m",
            "Déscription 日本",
            "bidi \u{202e}evil\u{202c}",
            "c1 \u{9b}31m x \u{85} y",
            "osc \u{1b}]0;title\u{7} z",
        ] {
            assert_eq!(clean(s), clean_reference(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn clean_agrees_with_its_first_version(s in "(a|é| |\t|\n|\r|\u{1b}|\\[|\\]|3|m|\u{7}|\\\\|\u{7f}|\u{85}|\u{9b}|\u{9c}|\u{9d}|\u{202e}|\u{2066}|\u{200b}){0,12}") {
            proptest::prop_assert_eq!(clean(&s), clean_reference(&s));
        }
    }
}
