//! Text for a terminal, whatever renders it: page text made safe ([`scrub`], [`sanitize`],
//! [`clean`]), display widths (East Asian wide characters take two columns) and colour
//! ([`paint`]).

/// Text with control characters and terminal escape sequences removed ([`scrub`]). Newlines
/// are kept; tabs are kept when `keep_tabs`, otherwise they become a space.
pub fn sanitize(s: &str, keep_tabs: bool) -> String {
    scrub(s)
        .into_iter()
        .flatten()
        .filter(|&c| c != '\r')
        .map(|c| if c == '\t' && !keep_tabs { ' ' } else { c })
        .collect()
}

/// Page text made safe ([`sanitize`]) and put on one line: whitespace runs made single spaces,
/// trimmed.
pub fn one_line(s: &str) -> String {
    sanitize(s, false)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Page text made safe for one terminal line ([`scrub`]), tabs and line breaks turned into
/// spaces.
pub fn clean(s: &str) -> String {
    scrub(s)
        .into_iter()
        .flatten()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// For each character of `s`: `Some(c)` when it may be shown (`\t`, `\n` and `\r` are kept for the
/// caller to lay out), `None` when it is dropped: other control characters, bidi formatting
/// characters ("Trojan Source": they reorder what people read) and whole terminal escape
/// sequences. A caller that puts a caret under a column needs to know where each one went.
pub fn scrub(s: &str) -> Vec<Option<char>> {
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

/// Length in characters of the terminal escape sequence at the start of `s` (0 if none): CSI
/// (`ESC [` or U+009B, parameter and intermediate bytes, one final byte), a string command (OSC,
/// DCS, SOS, PM, APC: up to BEL or ST), or ESC with its intermediate and final bytes.
fn escape_len(s: &[char]) -> usize {
    let in_range =
        |i: usize, lo: u32, hi: u32| s.get(i).is_some_and(|&c| (lo..=hi).contains(&(c as u32)));
    // Intermediate bytes from 0x20 to `hi`, then one final byte from `hi + 1` to 0x7E.
    let seq = |mut i: usize, hi: u32| {
        while in_range(i, 0x20, hi) {
            i += 1;
        }
        i + usize::from(in_range(i, hi + 1, 0x7E))
    };
    // An unterminated string ends at the end of the line, so a page cannot hide the rest of
    // its text.
    let string = |mut i: usize| {
        while let Some(&c) = s.get(i) {
            if c == '\n' {
                break;
            }
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
            Some('[') => seq(2, 0x3F),
            Some(']' | 'P' | 'X' | '^' | '_') => string(2),
            Some(_) => seq(1, 0x2F),
            None => 1,
        },
        Some('\u{9b}') => seq(1, 0x3F),
        Some('\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}') => string(1),
        _ => 0,
    }
}

/// Characters that reorder text on display: bidirectional marks, embeddings, overrides and
/// isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Columns a character takes in a terminal (Unicode's East Asian Width, as `wcwidth`): 0 for
/// control characters, combining marks and zero-width characters, 2 for wide and fullwidth
/// characters (CJK, Hangul, fullwidth forms, most emoji), 1 otherwise.
pub fn char_width(c: char) -> usize {
    unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
}

/// Columns a string takes in a terminal (escape sequences are not expected: see [`sanitize`]).
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// `text` wrapped in the SGR parameters `sgr` (e.g. "1" bold, "1;4" bold underlined) when
/// `color`, unchanged otherwise.
pub fn paint(text: &str, sgr: &str, color: bool) -> String {
    if color && !sgr.is_empty() && !text.is_empty() {
        format!("\u{1b}[{sgr}m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_keeps_text_and_drops_controls() {
        assert_eq!(sanitize("a\u{1b}[2Jb\u{1b}]0;t\u{7}c\u{0}d", false), "abcd");
        assert_eq!(sanitize("x\u{1b}]2;t\u{1b}\\y", false), "xy");
        assert_eq!(sanitize("tab\there\r\n", false), "tab here\n");
        assert_eq!(sanitize("tab\there", true), "tab\there");
        // An unterminated string command ends at the line end; ESC ( B is dropped whole.
        assert_eq!(sanitize("a\u{1b}]0;hidden\nb", false), "a\nb");
        assert_eq!(sanitize("a\u{1b}(Bb\u{61c}", false), "ab");
        // `clean` makes one line: tabs and line breaks become spaces.
        assert_eq!(clean("a\tb\r\nc \u{1b}[31mred\u{202e}"), "a b  c red");
    }
}
