//! Markdown and HTML to plain text for skill matching: links keep their text, URLs, tags,
//! emphasis and backticks go, list bullets and block tags become hard breaks. One pass over the
//! characters, linear in the input even for unclosed brackets and comments.

use super::words::block_tags;
use super::HARD_BREAK;

/// Reduces Markdown/HTML to plain text with line structure: hard breaks (list items, `<br>`,
/// paragraphs) become [`HARD_BREAK`], soft line breaks stay `\n`. Linear in the input.
pub(super) fn clean(raw: &str) -> String {
    let chars: &[char] = &raw.chars().collect::<Vec<_>>();
    let n = chars.len();
    // Only a `[` opens a link: without one, no closer is looked up.
    let close = if raw.contains('[') {
        matching_brackets(chars)
    } else {
        Vec::new()
    };
    let at = |k: usize| chars.get(k).copied();

    let mut out = String::with_capacity(raw.len());
    // Pending jumps over link destinations: (position of the `]`, where to continue).
    let mut skips: Vec<(usize, usize)> = Vec::new();
    // A position from which on no `-->` exists (so an unclosed `<!--` is not searched twice).
    let mut no_comment_end_after: Option<usize> = None;
    let mut line_start = true;
    // Where in `out` the bold run open now started.
    let mut bold_open: Option<usize> = None;
    let mut i = 0;
    'outer: while i < n {
        while let Some(&(from, to)) = skips.last() {
            if i < from {
                break;
            }
            skips.pop();
            if to > i {
                i = to;
                // ("[Kotlin](u)for Android": a scrape lost the space after the link.)
                if glued(&out, at(i)) {
                    out.push(' ');
                }
                continue 'outer;
            }
        }
        if line_start {
            line_start = false;
            let (next, marker) = line_prefix(chars, i);
            if marker {
                out.push(HARD_BREAK);
            }
            if next != i {
                i = next;
                continue;
            }
        }
        let c = chars[i];
        let next = at(i + 1);
        match c {
            // (Zero-width spaces and joiners and the byte-order mark are invisible: "daemons\u{200b}".)
            '\r' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => i += 1,
            '\n' | '\u{2028}' | '\u{85}' => {
                out.push('\n');
                line_start = true;
                bold_open = None;
                i += 1;
            }
            HARD_BREAK => {
                out.push(HARD_BREAK);
                line_start = true;
                i += 1;
            }
            '\\' if next.is_some_and(|d| d.is_ascii_punctuation()) => {
                out.extend(next);
                i += 2;
            }
            '!' if next == Some('[') && link_at(chars, &close, i + 1).is_some() => i += 1,
            '[' => {
                if let Some(skip) = link_at(chars, &close, i) {
                    skips.push(skip);
                } else {
                    out.push('[');
                }
                i += 1;
            }
            '<' => match html_at(chars, i, &mut no_comment_end_after) {
                Some((end, block)) => {
                    if block {
                        out.push(HARD_BREAK);
                        line_start = true;
                    }
                    i = end;
                }
                None => {
                    out.push('<');
                    i += 1;
                }
            },
            '&' => match entity_at(chars, i) {
                Some((decoded, end)) => {
                    out.push(decoded);
                    i = end;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            },
            '*' | '`' => {
                // ("**GLSL**and**C**": a scrape lost the spaces around the bold words.)
                let run = chars[i..].iter().take_while(|&&d| d == c).count();
                let label_end = out.ends_with(':') && bold_open.is_some();
                if run >= 2 && c == '*' && (glued(&out, at(i + run)) || label_end) {
                    out.push(' ');
                }
                if run >= 2 && c == '*' {
                    // "Go (gRPC) **Nice to have:** Rust": a bold label inside the line starts
                    // a line of its own, as its own field would.
                    match bold_open.take() {
                        Some(open)
                            if label_end
                                && (out[..open].trim_end_matches(' '))
                                    .ends_with(|c: char| c != '\n' && c != HARD_BREAK) =>
                        {
                            out.insert(open, '\n');
                        }
                        Some(_) => {}
                        None => bold_open = Some(out.len()),
                    }
                }
                i += run;
            }
            '~' if next == Some('~') => i += 2,
            '_' => {
                let joins = i > 0
                    && chars[i - 1].is_alphanumeric()
                    && next.is_some_and(char::is_alphanumeric);
                if joins {
                    out.push('_');
                }
                i += 1;
            }
            'h' | 'H' | 'w' | 'W'
                if (i == 0 || !chars[i - 1].is_alphanumeric()) && url_at(chars, i) =>
            {
                i = url_end(chars, i);
            }
            '\0' => {
                out.push(' ');
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Whether the text so far ends in a letter or digit and `next` is one: words that markup
/// alone keeps apart.
fn glued(out: &str, next: Option<char>) -> bool {
    out.ends_with(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

/// For every `[` and `(` with a matching closer, the closer's index (`usize::MAX` otherwise).
fn matching_brackets(chars: &[char]) -> Vec<usize> {
    let mut close = vec![usize::MAX; chars.len()];
    let mut square = Vec::new();
    let mut round = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 1,
            '[' => square.push(k),
            ']' => {
                if let Some(open) = square.pop() {
                    close[open] = k;
                }
            }
            '(' => round.push(k),
            ')' => {
                if let Some(open) = round.pop() {
                    close[open] = k;
                }
            }
            _ => {}
        }
        k += 1;
    }
    close
}

/// A Markdown link `[text](url)` or `[text][ref]` opening at `i`: returns (index of the `]`,
/// index just past the destination), so the text is kept and the destination skipped.
fn link_at(chars: &[char], close: &[usize], i: usize) -> Option<(usize, usize)> {
    let text_end = *close.get(i)?;
    let dest = text_end.checked_add(1)?;
    if !matches!(chars.get(dest).copied(), Some('(') | Some('[')) {
        return None;
    }
    let dest_end = *close.get(dest)?;
    Some((text_end, dest_end.checked_add(1)?))
}

/// Strips a line's block markers (indentation, `>`, `#` headings, bullets, `1.`, `[ ]`).
/// Returns where the content starts and whether a marker was found.
fn line_prefix(chars: &[char], mut i: usize) -> (usize, bool) {
    let at = |k: usize| chars.get(k).copied();
    // The number of characters from `k` on that pass `test`.
    let run =
        |k: usize, test: fn(char) -> bool| (k..chars.len()).take_while(|&j| test(chars[j])).count();
    let skip_blanks = |k: usize| k + run(k, |c| c == ' ' || c == '\t');
    let mut marker = false;
    i = skip_blanks(i);
    while at(i) == Some('>') {
        i = skip_blanks(i + 1);
        marker = true;
    }
    let hashes = run(i, |c| c == '#');
    if (1..=6).contains(&hashes) && is_blank_or_end(at(i + hashes)) {
        i = skip_blanks(i + hashes);
        marker = true;
    }
    if matches!(
        at(i),
        Some('-' | '*' | '+' | '\u{2022}' | '\u{25E6}' | '\u{25AA}' | '\u{2023}' | '\u{B7}')
    ) && matches!(at(i + 1), Some(' ') | Some('\t'))
    {
        i = skip_blanks(i + 1);
        marker = true;
    } else {
        let digits = run(i, |c| c.is_ascii_digit());
        if (1..=9).contains(&digits)
            && matches!(at(i + digits), Some('.') | Some(')'))
            && matches!(at(i + digits + 1), Some(' ') | Some('\t'))
        {
            i = skip_blanks(i + digits + 1);
            marker = true;
        }
    }
    if at(i) == Some('[')
        && matches!(at(i + 1), Some(' ' | 'x' | 'X'))
        && at(i + 2) == Some(']')
        && matches!(at(i + 3), Some(' ') | Some('\t'))
    {
        i = skip_blanks(i + 3);
        marker = true;
    }
    (i, marker)
}

/// End of text, or a space, tab or line break.
fn is_blank_or_end(c: Option<char>) -> bool {
    matches!(c, None | Some(' ' | '\t' | '\n' | '\r'))
}

/// An HTML comment, tag or autolink at `i`: returns where it ends and whether it breaks the line.
fn html_at(
    chars: &[char],
    i: usize,
    no_comment_end_after: &mut Option<usize>,
) -> Option<(usize, bool)> {
    let at = |k: usize| chars.get(k).copied();
    if at(i + 1) == Some('!') && at(i + 2) == Some('-') && at(i + 3) == Some('-') {
        if no_comment_end_after.is_some_and(|p| i >= p) {
            return None;
        }
        let rest = chars.get(i + 4..).unwrap_or_default();
        if let Some(k) = rest.windows(3).position(|w| w == ['-', '-', '>']) {
            return Some((i + 4 + k + 3, false));
        }
        *no_comment_end_after = Some(i);
        return None;
    }
    let name_start = if at(i + 1) == Some('/') { i + 2 } else { i + 1 };
    if !at(name_start).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // Tags are short; stopping at the next `<` keeps unclosed ones from costing more than once.
    let mut k = name_start;
    while k < chars.len() && k - i <= 300 {
        match chars[k] {
            '>' => {
                let name: String = (name_start..k)
                    .map(|j| chars[j])
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .map(|c| c.to_ascii_lowercase())
                    .collect();
                return Some((k + 1, block_tags().contains(&name.as_str())));
            }
            '<' => return None,
            _ => k += 1,
        }
    }
    None
}

/// A character entity (`&amp;`, `&#39;`, `&#x2F;`) at `i`: the character and where it ends.
fn entity_at(chars: &[char], i: usize) -> Option<(char, usize)> {
    let end = (i + 1..chars.len().min(i + 12)).find(|&k| chars[k] == ';')?;
    let name: String = (i + 1..end).map(|k| chars[k]).collect();
    let decoded = match name.as_str() {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let code = name.strip_prefix('#')?;
            let value = match code.strip_prefix('x').or_else(|| code.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse().ok()?,
            };
            char::from_u32(value)?
        }
    };
    Some((decoded, end + 1))
}

/// Whether a bare URL (`http://`, `https://`, `www.`) starts at `i`.
fn url_at(chars: &[char], i: usize) -> bool {
    ["http://", "https://", "www."].iter().any(|prefix| {
        (prefix.chars().enumerate()).all(|(k, p)| {
            chars
                .get(i + k)
                .is_some_and(|c| c.to_ascii_lowercase() == p)
        })
    })
}

/// Where a bare URL starting at `i` ends (before whitespace, brackets, quotes or a final
/// punctuation mark).
fn url_end(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || matches!(c, '<' | '>' | ')' | ']' | '"' | HARD_BREAK) {
            break;
        }
        let last = is_blank_or_end(chars.get(i + 1).copied());
        if last && matches!(c, ',' | ';' | '.' | '!' | '?' | ':') {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_goes_and_link_text_stays() {
        assert_eq!(super::clean("**Go**, [Rust](https://r.rs)"), "Go, Rust");
        assert_eq!(
            super::clean("daemons\u{200b}\u{200b}, Go\u{feff}"),
            "daemons, Go"
        );
    }
}
