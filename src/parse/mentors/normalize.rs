//! Normalisation: entities, HTML tags and odd characters out, line prefixes (bullets, quotes,
//! task boxes) and emphasis off, before a line is read.

use super::bytes::is_space;
use std::borrow::Cow;

/// Decodes entities, turns HTML line/block tags into newlines and `<a href>` into Markdown
/// links, and folds full-width punctuation and odd spaces to ASCII. Most values have no `&`,
/// no `<`, no `\r` and no non-ASCII character: each step they do not need is skipped (each
/// step returns such text unchanged), and the text is borrowed.
pub(super) fn normalize(text: &str) -> Cow<'_, str> {
    let mut s = Cow::Borrowed(text);
    if memchr::memchr3(b'&', b'<', b'\r', text.as_bytes()).is_none() && text.is_ascii() {
        return s;
    }
    if s.contains('&') {
        s = Cow::Owned(decode_entities(&s));
    }
    if s.contains('<') && has_html_tag(&s) {
        s = Cow::Owned(convert_html_tags(&s));
    }
    if may_fold(s.as_bytes()) && s.chars().any(folds) {
        s = Cow::Owned(fold_chars(&s));
    }
    s
}

/// Whether the text may hold a character that [`folds`]: a `\r`, or a character whose UTF-8
/// starts with 0xC2 (U+0085, U+00A0), 0xE2 (the spaces and zero-width characters from
/// U+2007), 0xE3 (U+3000, `、`) or 0xEF (U+FEFF and the full-width forms). Most letters of
/// names (`é`, `ø`, `Ç`, `ễ`) start otherwise.
pub(super) fn may_fold(b: &[u8]) -> bool {
    memchr::memchr3(0xC2, 0xE2, 0xE3, b).is_some() || memchr::memchr2(0xEF, b'\r', b).is_some()
}

/// Whether [`fold_chars`] changes the character.
pub(super) fn folds(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{2028}'
            | '\u{2029}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{2007}'
            | '\u{202F}'
            | '\u{3000}'
            | '\u{200B}'
            | '\u{200C}'
            | '\u{200D}'
            | '\u{2060}'
            | '\u{FEFF}'
            | '（'
            | '）'
            | '［'
            | '］'
            | '＜'
            | '＞'
            | '，'
            | '、'
            | '；'
            | '：'
            | '＠'
    )
}

/// Whether [`convert_html_tags`] rewrites anything in `s`: a `<` closed by a `>` (before any
/// other `<` or line break) around a tag it knows. (Text without one is left as it is.)
pub(super) fn has_html_tag(s: &str) -> bool {
    let mut rest = s.as_bytes();
    while let Some(pos) = memchr::memchr(b'<', rest) {
        let after = &rest[pos + 1..];
        if let Some(e) = memchr::memchr3(b'>', b'<', b'\n', after) {
            // (ASCII bytes: `after[..e]` is text between character boundaries.)
            if after[e] == b'>' && known_tag(&after[..e]) {
                return true;
            }
        }
        rest = after;
    }
    false
}

/// Whether [`tag_replacement`] rewrites a tag with this inside (the text between `<` and
/// `>`), told without making the replacement.
pub(super) fn known_tag(inner: &[u8]) -> bool {
    let body = match inner.iter().position(|&b| b != b'/') {
        Some(k) => &inner[k..],
        None => return false,
    };
    let name_len = body
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return false;
    }
    let (name, attrs) = body.split_at(name_len);
    // (The attributes start with a space or `/`: a character `char::is_whitespace` calls
    // whitespace, here read from its first byte when it is not ASCII.)
    let spaced = match attrs.first() {
        None => true,
        Some(&b) if b.is_ascii() => b.is_ascii_whitespace() || b == 0x0B || b == b'/',
        Some(_) => std::str::from_utf8(attrs)
            .ok()
            .and_then(|a| a.chars().next())
            .is_some_and(char::is_whitespace),
    };
    spaced
        && KNOWN_TAGS
            .iter()
            .any(|t| t.as_bytes().eq_ignore_ascii_case(name))
}

/// The tags [`tag_replacement`] rewrites.
pub(super) const KNOWN_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "hr",
    "dd",
    "dt",
    "dl",
    "table",
    "tbody",
    "thead",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "details",
    "summary",
    "b",
    "strong",
    "em",
    "i",
    "u",
    "code",
    "span",
    "sub",
    "sup",
    "small",
    "big",
    "font",
    "mark",
    "kbd",
    "tt",
    "center",
    "img",
    "ins",
    "abbr",
    "cite",
    "q",
    "samp",
    "var",
    "nobr",
    "wbr",
    "s",
    "del",
    "strike",
    "a",
];

/// Line breaks, odd spaces and full-width punctuation folded to ASCII; zero-width characters
/// dropped.
pub(super) fn fold_chars(tagged: &str) -> String {
    let mut out = String::with_capacity(tagged.len());
    for c in tagged.chars() {
        match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\u{A0}' | '\u{2007}' | '\u{202F}' | '\u{3000}' => out.push(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => {}
            '（' => out.push('('),
            '）' => out.push(')'),
            '［' => out.push('['),
            '］' => out.push(']'),
            '＜' => out.push('<'),
            '＞' => out.push('>'),
            '，' | '、' => out.push(','),
            '；' => out.push(';'),
            '：' => out.push(':'),
            '＠' => out.push('@'),
            _ => out.push(c),
        }
    }
    out
}

/// Decodes the HTML entities pages use (`&lt;`, `&amp;`, `&nbsp;`, `&#64;`, `&#x40;`, ...).
/// Unknown entities are left as written.
pub(super) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let mut end = None;
        for (i, c) in after.char_indices() {
            if c == ';' {
                end = Some(i);
                break;
            }
            if i >= 10 || !(c.is_ascii_alphanumeric() || c == '#') {
                break;
            }
        }
        if let Some(e) = end {
            if let Some(decoded) = entity(&after[..e]) {
                out.push(decoded);
                rest = &after[e + 1..];
                continue;
            }
        }
        out.push('&');
        rest = after;
    }
    out.push_str(rest);
    out
}

pub(super) fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "commat" => '@',
        "period" => '.',
        "comma" => ',',
        "colon" => ':',
        "lpar" => '(',
        "rpar" => ')',
        _ => return None,
    })
}

/// Rewrites known HTML tags: line/block tags become newlines, `<a href="u">t</a>` becomes
/// `[t](u)`, strike-through tags become `~~`, other inline tags vanish. Anything else in angle
/// brackets (autolinks such as `<a@b.c>`) is kept.
pub(super) fn convert_html_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut href: Option<String> = None;
    let mut rest = s;
    while let Some(pos) = rest.find('<') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let mut end = None;
        for (i, c) in after.char_indices() {
            if c == '>' {
                end = Some(i);
                break;
            }
            if c == '<' || c == '\n' {
                break;
            }
        }
        if let Some(e) = end {
            if let Some(rep) = tag_replacement(&after[..e], &mut href) {
                out.push_str(&rep);
                rest = &after[e + 1..];
                continue;
            }
        }
        out.push('<');
        rest = after;
    }
    out.push_str(rest);
    out
}

pub(super) fn tag_replacement(inner: &str, href: &mut Option<String>) -> Option<String> {
    let closing = inner.starts_with('/');
    let body = inner.trim_start_matches('/');
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    if name_len == 0 {
        return None;
    }
    let (name, attrs) = body.split_at(name_len);
    if !(attrs.is_empty() || attrs.starts_with(|c: char| c.is_whitespace() || c == '/')) {
        return None;
    }
    let name = name.to_ascii_lowercase();
    let rep = match name.as_str() {
        "br" | "p" | "div" | "li" | "ul" | "ol" | "tr" | "td" | "th" | "hr" | "dd" | "dt"
        | "dl" | "table" | "tbody" | "thead" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        | "blockquote" | "section" | "details" | "summary" => "\n".to_string(),
        "b" | "strong" | "em" | "i" | "u" | "code" | "span" | "sub" | "sup" | "small" | "big"
        | "font" | "mark" | "kbd" | "tt" | "center" | "img" | "ins" | "abbr" | "cite" | "q"
        | "samp" | "var" | "nobr" | "wbr" => String::new(),
        "s" | "del" | "strike" => "~~".to_string(),
        "a" => {
            if closing {
                match href.take() {
                    Some(h) => format!("]({h})"),
                    None => String::new(),
                }
            } else {
                *href = extract_href(attrs);
                if href.is_some() {
                    "[".to_string()
                } else {
                    String::new()
                }
            }
        }
        _ => return None,
    };
    Some(rep)
}

pub(super) fn extract_href(attrs: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let pos = lower.find("href")?;
    let rest = attrs
        .get(pos + 4..)?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let value = if let Some(r) = rest.strip_prefix('"') {
        r.split('"').next()?
    } else if let Some(r) = rest.strip_prefix('\'') {
        r.split('\'').next()?
    } else {
        rest.split(char::is_whitespace).next()?
    };
    let value = value.trim();
    (!value.is_empty() && !value.contains(['(', ')', ' '])).then(|| value.to_string())
}

/// Indent width (tab = 4) and the line without blockquote, bullet, number and task markers.
/// A line that starts with a letter or `@` (after a `-`, `*` or `+` bullet or none) has no
/// other marker: its text is found without [`strip_line_prefix_general`]'s rounds of markers.
pub(super) fn strip_line_prefix(line: &str) -> (usize, &str) {
    let b = line.as_bytes();
    let mut indent = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' => indent += 1,
            b'\t' => indent += 4,
            _ => break,
        }
        i += 1;
    }
    let plain = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphabetic() || b == b'@');
    if plain(b.get(i)) {
        return (indent, line[i..].trim().trim_end_matches('\\').trim());
    }
    if b.get(i).is_some_and(|&b| matches!(b, b'-' | b'*' | b'+')) && b.get(i + 1) == Some(&b' ') {
        let mut j = i + 2;
        while b.get(j).is_some_and(|&b| is_space(b)) {
            j += 1;
        }
        if plain(b.get(j)) {
            return (indent, line[j..].trim().trim_end_matches('\\').trim());
        }
    }
    strip_line_prefix_general(line)
}

/// [`strip_line_prefix`] for any line: markers taken off in rounds until none is left.
pub(super) fn strip_line_prefix_general(line: &str) -> (usize, &str) {
    let mut indent = 0;
    for c in line.chars() {
        match c {
            ' ' => indent += 1,
            '\t' => indent += 4,
            _ => break,
        }
    }
    let mut s = line.trim();
    for _ in 0..6 {
        let before = s.len();
        if let Some(r) = s.strip_prefix('>') {
            s = r.trim_start();
        }
        s = strip_bullet(s);
        s = strip_task(s);
        if s.len() == before {
            break;
        }
    }
    (indent, s.trim_end_matches('\\').trim())
}

pub(super) fn strip_bullet(s: &str) -> &str {
    let Some(first) = s.chars().next() else {
        return s;
    };
    if matches!(first, '-' | '*' | '+' | '•' | '·' | '◦' | '▪' | '‣') {
        let rest = &s[first.len_utf8()..];
        if rest.is_empty() || rest.starts_with(char::is_whitespace) {
            return rest.trim_start();
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &s[digits..];
        if let Some(r) = rest.strip_prefix(['.', ')']) {
            if r.is_empty() || r.starts_with(char::is_whitespace) {
                return r.trim_start();
            }
        }
    }
    s
}

pub(super) fn strip_task(s: &str) -> &str {
    for mark in ["[ ]", "[x]", "[X]"] {
        if let Some(r) = s.strip_prefix(mark) {
            if r.is_empty() || r.starts_with(char::is_whitespace) {
                return r.trim_start();
            }
        }
    }
    s
}

/// [`clean_line`] appended to `out` (without a `String` of its own when the line has no
/// marks).
pub(super) fn clean_line_into(line: &str, out: &mut String) {
    if memchr::memchr3(b'*', b'`', b'~', line.as_bytes()).is_some() {
        out.push_str(&clean_line(line));
    } else {
        out.push_str(line);
        out.push(' ');
    }
}

/// Removes emphasis and code marks and struck-through spans (`~~former mentor~~`).
pub(super) fn clean_line(line: &str) -> String {
    if !line.bytes().any(|b| matches!(b, b'*' | b'`' | b'~')) {
        // No marks and no `~~`: the line itself, with the space every piece gets.
        let mut out = String::with_capacity(line.len() + 1);
        out.push_str(line);
        out.push(' ');
        return out;
    }
    let no_marks: String = line.chars().filter(|c| !matches!(c, '*' | '`')).collect();
    let pieces: Vec<&str> = no_marks.split("~~").collect();
    let mut out = String::with_capacity(no_marks.len());
    // Pieces at odd positions are between a pair of `~~`; an unpaired last one is kept.
    let paired = if pieces.len() % 2 == 1 {
        pieces.len()
    } else {
        pieces.len() - 1
    };
    for (i, piece) in pieces.iter().enumerate() {
        if i % 2 == 0 || i >= paired {
            out.push_str(piece);
            out.push(' ');
        }
    }
    out
}
