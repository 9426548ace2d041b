//! Normalisation: entities, HTML tags and odd characters out, line prefixes (bullets, quotes,
//! task boxes) and emphasis off, before a line is read.

/// Decodes entities, turns HTML line/block tags into newlines and `<a href>` into Markdown
/// links, and folds full-width punctuation and odd spaces to ASCII.
pub(super) fn normalize(text: &str) -> String {
    fold_chars(&convert_html_tags(&decode_entities(text)))
}

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

/// Indent width (tab = 4) and the line without blockquote, bullet, number and task markers
/// (taken off in rounds until none is left).
pub(super) fn strip_line_prefix(line: &str) -> (usize, &str) {
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

/// Removes emphasis and code marks and struck-through spans (`~~former mentor~~`). In a
/// sentence, a handle written as code ("look for the roles `@Fate` and `@Orb` on Discord")
/// names a role or a command, not a person: such spans are removed whole.
pub(super) fn clean_line(line: &str) -> String {
    let line = drop_code_handles_in_prose(line);
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

/// The line without its `` `@x` `` spans when the rest of it is a sentence (see [`clean_line`]).
fn drop_code_handles_in_prose(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains("`@") {
        return line.into();
    }
    let mut rest = String::with_capacity(line.len());
    let mut dropped = false;
    for (i, piece) in line.split('`').enumerate() {
        // Odd pieces are inside a pair of backticks.
        if i % 2 == 1 && piece.starts_with('@') && !piece.contains(' ') {
            dropped = true;
        } else {
            rest.push_str(piece);
        }
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    if dropped && words.len() >= 6 && super::person::is_prose(&words) {
        rest.into()
    } else {
        line.into()
    }
}
