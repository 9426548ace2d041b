//! Small readers of HTML blocks written in Markdown pages: a heading element, a `<summary>`,
//! lines that label fields; tags are matched ignoring ASCII case.

use crate::parse::fields;
pub(super) use crate::parse::text::find_ci;

/// The text of an HTML fragment without its tags, with runs of spaces as one.
fn tag_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    crate::words::collapse_whitespace(&text)
}

/// The text of a `<summary>` element with its tags removed.
pub(super) fn summary_text(block: &str) -> Option<(usize, String)> {
    let open = find_ci(block, "<summary")?;
    let inner_start = open + block[open..].find('>')? + 1;
    let inner_end = inner_start + find_ci(&block[inner_start..], "</summary")?;
    let title = tag_text(&block[inner_start..inner_end]);
    (!title.is_empty()).then_some((open, title))
}

/// True for an HTML block whose lines label fields ("<p><b>Mentors:</b> A</p>",
/// "<li><strong>Skills:</strong> Go</li>"); never for a comment.
pub(super) fn html_fields(block: &str) -> bool {
    !block.trim_start().starts_with("<!--")
        && block
            .lines()
            .any(|l| l.trim_start().starts_with('<') && fields::find_label(l, false).is_some())
}

/// The level and text of the heading an HTML block is: one heading element
/// ([`element_heading`]) or a Markdown heading under an anchor tag ([`anchored_heading`]).
pub(super) fn html_heading(block: &str) -> Option<(u8, String)> {
    element_heading(block).or_else(|| anchored_heading(block))
}

/// The level and text of an HTML block that is one heading element and nothing else
/// (`<h3>Title</h3>`, `<h2 id="x"><a href="#x">Title</a></h2>`).
fn element_heading(block: &str) -> Option<(u8, String)> {
    let b = block.trim();
    let bytes = b.as_bytes();
    if bytes.len() < 9 || bytes[0] != b'<' || !bytes[1].eq_ignore_ascii_case(&b'h') {
        return None;
    }
    let level = bytes[2].wrapping_sub(b'0');
    if !(1..=6).contains(&level) || !(bytes[3] == b'>' || bytes[3].is_ascii_whitespace()) {
        return None;
    }
    let open_end = b.find('>')? + 1;
    let close = format!("</h{level}>");
    if b.len() < close.len() || !b[b.len() - close.len()..].eq_ignore_ascii_case(&close) {
        return None;
    }
    let inner = &b[open_end..b.len() - close.len()];
    if find_ci(inner, "<h")
        .is_some_and(|i| inner[i + 2..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let title = tag_text(inner);
    (!title.is_empty()).then_some((level, title))
}

/// The level and text of a Markdown heading that an anchor tag alone on the line above it has
/// pulled into an HTML block ("<a name=\"android\">" then "# Android": CommonMark reads both
/// lines as HTML, a reader sees an anchor and a heading).
fn anchored_heading(block: &str) -> Option<(u8, String)> {
    let mut lines = block.lines().map(str::trim).filter(|l| !l.is_empty());
    let anchor = lines.next()?;
    let heading = lines.next()?;
    let tag = anchor.len() >= 4
        && anchor.as_bytes()[..3].eq_ignore_ascii_case(b"<a ")
        && anchor.ends_with('>');
    if !tag || anchor[1..].contains('<') && !anchor.to_ascii_lowercase().ends_with("</a>") {
        return None;
    }
    if lines.next().is_some() {
        return None;
    }
    let hashes = heading.bytes().take_while(|&b| b == b'#').count();
    let text = heading[hashes..].strip_prefix(' ')?;
    let text = text.trim_end().trim_end_matches('#').trim_end();
    ((1..=6).contains(&hashes) && !text.is_empty()).then(|| (hashes as u8, text.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_block_opening_with_a_wide_character_is_no_anchor() {
        // (Found by tests/properties.rs: the tag's first three bytes cut a character.)
        assert_eq!(super::anchored_heading("<?🫜$𐠷*\n# Android"), None);
        assert_eq!(
            super::anchored_heading("<a name=\"android\">\n# Android"),
            Some((1, "Android".to_string()))
        );
    }
}
