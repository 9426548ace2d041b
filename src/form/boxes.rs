//! The bot's two checkbox readers (section 2.8 of cncf-proposal-checks.md).

use super::js::{is_lt, trim};

/// The loose reader of "Skills same as Technologies?": `[x]` or `[X]` anywhere.
pub fn loosely_ticked(value: &str) -> bool {
    value.contains("[x]") || value.contains("[X]")
}

/// The strict reader: the texts of the ticked options of a checkbox value. A line counts when
/// it holds `- [c]` (c one UTF-16 unit, not a line break) and `- [x]` or `- [X]`; its text is
/// what follows a leading `- [c]`, trimmed, or the whole line trimmed when it does not start so.
pub fn ticked(value: &str) -> Vec<&str> {
    value
        .split('\n')
        .filter(|line| has_box(line) && (line.contains("- [x]") || line.contains("- [X]")))
        .map(|line| match box_len(line) {
            Some(n) => trim(&line[n..]),
            None => trim(line),
        })
        .collect()
}

/// True if `option` is ticked (strict reader, exact text).
pub fn is_ticked(value: &str, option: &str) -> bool {
    ticked(value).contains(&option)
}

/// The byte length of `- [c]` at the start of `s`, if it starts so.
fn box_len(s: &str) -> Option<usize> {
    let rest = s.strip_prefix("- [")?;
    let c = rest.chars().next()?;
    if is_lt(c) || c.len_utf16() != 1 {
        return None;
    }
    rest[c.len_utf8()..]
        .starts_with(']')
        .then_some(3 + c.len_utf8() + 1)
}

/// True if `- [c]` occurs anywhere in `line`.
fn has_box(line: &str) -> bool {
    line.match_indices("- [")
        .any(|(at, _)| box_len(&line[at..]).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strict_reader() {
        let cc = "Coding Challenge";
        for yes in [
            "- [x] Coding Challenge",
            "- [X] Coding Challenge",
            "- [x]Coding Challenge",
            "- [x]   Coding Challenge   ",
            "- [ ] Resume\n- [X] Coding Challenge\r",
        ] {
            assert!(is_ticked(yes, cc), "{yes:?}");
        }
        for no in [
            "  - [x] Coding Challenge",
            "* [x] Coding Challenge",
            "-[x] Coding Challenge",
            "-  [x] Coding Challenge",
            "- [x] coding challenge",
            "- [x] Coding Challenge (see below)",
            "- [ ] Coding Challenge",
            "- [\u{1f600}] - [x] Coding Challenge",
        ] {
            assert!(!is_ticked(no, cc), "{no:?}");
        }
        // An indented line keeps its whole text, box included.
        assert_eq!(ticked("  - [x] A"), ["- [x] A"]);
    }

    #[test]
    fn the_loose_reader() {
        assert!(loosely_ticked("[x] anything"));
        assert!(loosely_ticked("- [X] Yes"));
        assert!(!loosely_ticked("- [ ] Yes"));
        assert!(!loosely_ticked(""));
    }
}
