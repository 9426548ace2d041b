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

/// The level and text of an HTML block that is one heading element and nothing else
/// (`<h3>Title</h3>`, `<h2 id="x"><a href="#x">Title</a></h2>`).
pub(super) fn html_heading(block: &str) -> Option<(u8, String)> {
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
