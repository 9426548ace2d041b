//! Text for a terminal, whatever renders it: page text made safe ([`sanitize`]), display widths
//! (East Asian wide characters take two columns) and colour ([`paint`]).

/// Text with control characters and terminal escape sequences removed. CSI (`ESC [ ... final`)
/// and OSC/DCS/APC/PM/SOS strings (`ESC ] ... BEL` or `... ESC \`) are dropped whole; other
/// C0/C1 controls and the bidirectional overrides (which can reorder what people read) are
/// dropped. Newlines are kept; tabs are kept when `keep_tabs`, otherwise they become a space.
pub fn sanitize(s: &str, keep_tabs: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                // CSI: parameters and intermediates up to a final byte 0x40..=0x7e.
                Some('[') => skip_csi(&mut chars),
                // String commands: up to BEL or ST (ESC \).
                Some(']' | 'P' | '_' | '^' | 'X') => skip_string(&mut chars),
                // A two-character escape (ESC c, ESC 7, ...): both dropped.
                _ => {}
            },
            // C1 CSI and string introducers.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9f}' | '\u{9e}' | '\u{98}' => skip_string(&mut chars),
            '\n' => out.push('\n'),
            '\t' => out.push(if keep_tabs { '\t' } else { ' ' }),
            '\r' => {}
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Skips the rest of a CSI sequence: parameter and intermediate bytes, then the final byte.
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars
        .next_if(|n| ('\u{20}'..='\u{3f}').contains(n))
        .is_some()
    {}
    chars.next_if(|n| ('\u{40}'..='\u{7e}').contains(n));
}

/// Skips an escape string up to and including its terminator (BEL, ESC \ or C1 ST).
/// An unterminated string ends at the end of the line, so a page cannot hide the rest of
/// its text.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(&n) = chars.peek() {
        if n == '\n' {
            break;
        }
        chars.next();
        match n {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

/// Bidirectional embedding, override and isolate controls.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Columns a character takes in a terminal: 0 for combining marks and zero-width characters,
/// 2 for East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji),
/// 1 otherwise.
pub fn char_width(c: char) -> usize {
    let u = c as u32;
    if c.is_control()
        || matches!(u,
            0x0300..=0x036f | 0x0483..=0x0489 | 0x0591..=0x05bd | 0x0610..=0x061a
            | 0x064b..=0x065f | 0x0e31 | 0x0e34..=0x0e3a | 0x0e47..=0x0e4e
            | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x200b..=0x200f | 0x2028..=0x202e
            | 0x2060..=0x2069 | 0x20d0..=0x20ff | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f | 0xfeff
            | 0xe0100..=0xe01ef)
    {
        return 0;
    }
    if is_wide(u) {
        2
    } else {
        1
    }
}

fn is_wide(u: u32) -> bool {
    matches!(u,
        0x1100..=0x115f
        | 0x231a..=0x231b
        | 0x2329..=0x232a
        | 0x23e9..=0x23ec
        | 0x23f0 | 0x23f3
        | 0x25fd..=0x25fe
        | 0x2614..=0x2615
        | 0x2648..=0x2653
        | 0x26a1 | 0x26aa..=0x26ab | 0x26bd..=0x26be | 0x26c4..=0x26c5 | 0x26d4 | 0x26ea
        | 0x26f2..=0x26f5 | 0x26fa | 0x26fd | 0x2705 | 0x270a..=0x270b | 0x2728 | 0x274c
        | 0x2753..=0x2755 | 0x2757 | 0x2795..=0x2797 | 0x27b0 | 0x27bf | 0x2b1b..=0x2b1c
        | 0x2b50 | 0x2b55
        | 0x2e80..=0x303e
        | 0x3041..=0x33ff
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xa000..=0xa4cf
        | 0xa960..=0xa97f
        | 0xac00..=0xd7a3
        | 0xf900..=0xfaff
        | 0xfe10..=0xfe19
        | 0xfe30..=0xfe6f
        | 0xff00..=0xff60
        | 0xffe0..=0xffe6
        | 0x1f004 | 0x1f0cf | 0x1f18e | 0x1f191..=0x1f19a
        | 0x1f200..=0x1f251
        | 0x1f300..=0x1f64f
        | 0x1f680..=0x1f6ff
        | 0x1f7e0..=0x1f7eb
        | 0x1f900..=0x1f9ff
        | 0x1fa70..=0x1faff
        | 0x20000..=0x2fffd
        | 0x30000..=0x3fffd)
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
    }
}
