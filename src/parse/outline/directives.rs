//! MyST directives written with colon fences (Sphinx and Jupyter Book pages):
//!
//! ```text
//! ## Toolkit A
//!
//! :::{dropdown} {fas}`brain` Faster tile cache      (an idea: its title, without the icon)
//! **Mentors**
//! - Ivo Tan
//! **Skills**
//! Rust
//! :::                                               (the end of its fields)
//! ```
//!
//! A `{dropdown}` is MyST's collapsible block, the `<details>` of these pages: its argument
//! titles the fields inside it as a `<summary>` does, with the same evidence of a list of ideas
//! (two dropdowns or more, each with two distinct idea fields of its own). Every other
//! directive (`{grid}`, `{grid-item-card} Jane Roe`, `{note}`) is layout: its fence lines and
//! its `:option:` lines are never a field's value, and its argument is never a title.

use super::items::{core_fields, ItemTitle};
use super::{LineIndex, Range};
use crate::parse::text::strip_md;

/// The directive a colon-fence line opens (`:::{dropdown} Title` gives the name and the
/// argument, `::::{grid} 3` too), or an empty name for a closing fence (`:::`); `None` for
/// any other line. Fences may be indented up to three spaces, as Markdown's are.
pub(super) fn fence(line: &str) -> Option<(usize, &str, &str)> {
    let body = line.trim_end();
    let trimmed = body.trim_start_matches(' ');
    if body.len() - trimmed.len() > 3 {
        return None;
    }
    let colons = trimmed.bytes().take_while(|&b| b == b':').count();
    if colons < 3 {
        return None;
    }
    let rest = &trimmed[colons..];
    if rest.is_empty() {
        return Some((colons, "", ""));
    }
    let inner = rest.strip_prefix('{')?;
    let close = inner.find('}')?;
    let name = &inner[..close];
    let valid = !name.is_empty()
        && (name.bytes()).all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'));
    valid.then(|| (colons, name, inner[close + 1..].trim()))
}

/// True for a directive's option line (`:link: https://...`, `:open:`), written right after
/// its opening fence.
pub(super) fn is_option(line: &str) -> bool {
    let t = line.trim();
    t.strip_prefix(':')
        .and_then(|r| r.split_once(':'))
        .is_some_and(|(name, _)| {
            !name.is_empty()
                && (name.bytes()).all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        })
}

/// The title a dropdown's argument gives: without the inline roles before it (an icon such as
/// ``{fas}`brain;sd-text-primary` `` or ``{octicon}`rocket` ``).
fn dropdown_title(arg: &str) -> &str {
    let mut t = arg.trim();
    while let Some(rest) = t.strip_prefix('{') {
        let Some(role) = rest
            .split_once('}')
            .and_then(|(_, r)| r.strip_prefix('`'))
            .and_then(|r| r.split_once('`'))
        else {
            break;
        };
        t = role.1.trim_start();
    }
    t
}

/// The titles of the `{dropdown}` directives of the page text from `from` on, each with two
/// idea fields or more before its closing fence, when there are two or more; `skip` are the
/// byte ranges of code blocks, HTML blocks and tables (sorted).
pub(super) fn dropdown_titles(
    text: &str,
    from: usize,
    skip: &[Range<usize>],
    lines: &LineIndex,
) -> Vec<ItemTitle> {
    let mut found = Vec::new();
    // (Most pages have no directive: one search over the text, no walk over its lines.)
    let Some(first) = text[from..].find(":::{").map(|i| from + i) else {
        return found;
    };
    // The dropdown open at this line: its fence's colons and its title.
    let mut open: Option<(usize, ItemTitle)> = None;
    let first = lines.line(first) - 1;
    for (k, (start, line)) in (first..).zip(lines.lines_from(first)) {
        let in_skipped = || skip.iter().any(|r| r.contains(&start));
        let Some((colons, name, arg)) = fence(line).filter(|_| !in_skipped()) else {
            continue;
        };
        match open.take() {
            // Its closing fence (a directive inside it has fewer colons).
            Some((n, title))
                if name.is_empty()
                    && colons == n
                    && core_fields(text, title.body..start, skip) >= 2 =>
            {
                found.push(title);
            }
            Some((n, _)) if name.is_empty() && colons == n => {}
            Some(o) => open = Some(o),
            None if name == "dropdown" && !dropdown_title(arg).is_empty() => {
                let title = ItemTitle {
                    line: k + 1,
                    start,
                    title: strip_md(dropdown_title(arg)),
                    body: start + line.len(),
                    summary: false,
                };
                open = Some((colons, title));
            }
            None => {}
        }
    }
    if found.len() < 2 {
        found.clear();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_open_and_close_directives() {
        assert_eq!(
            fence(":::{dropdown} Faster tiles"),
            Some((3, "dropdown", "Faster tiles"))
        );
        assert_eq!(fence("::::{grid} 3 3"), Some((4, "grid", "3 3")));
        assert_eq!(fence(":::"), Some((3, "", "")));
        assert_eq!(fence("::"), None);
        assert_eq!(fence("::: note"), None);
        assert_eq!(fence("Mentors: Ana"), None);
    }

    #[test]
    fn a_dropdown_title_drops_its_icon_roles() {
        assert_eq!(
            dropdown_title("{fas}`brain;sd-text-primary` Faster tiles"),
            "Faster tiles"
        );
        assert_eq!(
            dropdown_title("{octicon}`rocket` {fas}`x` Faster `tiles`"),
            "Faster `tiles`"
        );
        assert_eq!(dropdown_title("Faster tiles"), "Faster tiles");
    }

    #[test]
    fn options_are_not_fields() {
        assert!(is_option(":link: https://github.com/ivotan"));
        assert!(is_option(":open:"));
        assert!(!is_option("Mentors: Ivo Tan"));
        assert!(!is_option(":::"));
    }
}
