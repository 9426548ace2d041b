//! Normalisation: entities, HTML tags and odd characters out, line prefixes (bullets, quotes,
//! task boxes) and emphasis off, before a line is read.

/// Decodes entities, turns HTML line/block tags into newlines and `<a href>` into Markdown
/// links, and folds full-width punctuation and odd spaces to ASCII.
pub(super) fn normalize(text: &str) -> String {
    // The HTML entities pages use (`&lt;`, `&amp;`, `&nbsp;`, `&#64;`, `&#x40;`, ...); unknown
    // entities are left as written.
    let name_char = |i: usize, c: char| i < 10 && (c.is_ascii_alphanumeric() || c == '#');
    let decoded = replace_spans(text, ('&', ';'), name_char, |e| entity(e).map(String::from));
    let mut href = None;
    let tag_char = |_, c: char| c != '<' && c != '\n';
    let tagged = replace_spans(&decoded, ('<', '>'), tag_char, |t| {
        tag_replacement(t, &mut href)
    });
    join_wrapped(fold_chars(&unescape(&spaced_links(linked_domains(tagged)))))
}

/// The domain of an address that a converter turned into a link of its own
/// ("jo@[example.org](http://example.org)") is the plain text it was ("jo@example.org").
fn linked_domains(text: String) -> String {
    if !text.contains("@[") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("@[") {
        out.push_str(&rest[..at + 1]);
        rest = &rest[at + 1..];
        let link = (rest[1..].split_once("]("))
            .and_then(|(words, after)| Some((words, after.split_once(')')?)));
        match link {
            Some((words, (url, after)))
                if !words.contains(['[', ']', '\n'])
                    && url
                        .trim_start_matches("https://")
                        .trim_start_matches("http://")
                        .trim_end_matches('/')
                        .eq_ignore_ascii_case(words) =>
            {
                out.push_str(words);
                rest = after;
            }
            _ => {}
        }
    }
    out.push_str(rest);
    out
}

/// Links a scraped page glued to the word between them ("[ana](u)or[bo](v)") stand apart
/// ("[ana](u) or [bo](v)"), as the rendered page shows them.
fn spaced_links(text: String) -> String {
    if !text.contains(")or[") && !text.contains(")and[") {
        return text;
    }
    text.replace(")or[", ") or [").replace(")and[", ") and [")
}

/// A person's brackets wrapped onto the next line of a paragraph ("Bo Chen\n(bo@example.org),
/// Cy Diaz") go on the line before them, when that line does not end a sentence or a person's
/// own brackets; so does the text of brackets opened at a line's end ("Bo Chen (\n[bo](u))").
fn join_wrapped(text: String) -> String {
    if !text.contains("\n(") && !text.contains("(\n") && !text.contains("<\n") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let prev = out.rsplit('\n').next().unwrap_or("").trim_end();
        let goes_on = line.starts_with('(')
            && prev.ends_with(|c: char| c.is_alphanumeric())
            && !prev.trim_start().starts_with(['#', '|']);
        // ("Ana Ruiz (\n[ana](u))", "Ana Ruiz <\n[ana@x.org>](mailto:..)": the line broke
        // right inside the brackets.)
        let opened = prev.ends_with(" (") || prev.ends_with(" <");
        if !out.is_empty() && !opened {
            out.push(if goes_on { ' ' } else { '\n' });
        }
        out.push_str(if opened { line.trim_start() } else { line });
    }
    out
}

/// Markdown's backslash escapes read as the characters they stand for: `Jane Roe
/// \<[jane@x.org](mailto:jane@x.org)\>` (an HTML or reStructuredText page's `Name <email>` as
/// Markdown) shows "Jane Roe <jane@x.org>". A backslash before anything else is kept.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let escaped = (c == '\\')
            .then(|| chars.next_if(char::is_ascii_punctuation))
            .flatten();
        out.push(escaped.unwrap_or(c));
    }
    out
}

/// Line breaks, odd spaces and full-width punctuation folded to ASCII; zero-width characters
/// dropped.
fn fold_chars(tagged: &str) -> String {
    tagged
        .chars()
        .filter_map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some('\n'),
            '\u{A0}' | '\u{2007}' | '\u{202F}' | '\u{3000}' => Some(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            // Full-width forms sit 0xFEE0 above their ASCII ones.
            '（' | '）' | '［' | '］' | '＜' | '＞' | '，' | '；' | '：' | '＠' => {
                char::from_u32(c as u32 - 0xFEE0)
            }
            '、' => Some(','),
            _ => Some(c),
        })
        .collect()
}

/// `s` with each span from `open` to the nearest `close` replaced by what `replace` makes of
/// the text between, when it makes something; a span holds only characters `inside` accepts
/// (given their offset in it). Other text is kept as written.
fn replace_spans(
    s: &str,
    (open, close): (char, char),
    inside: impl Fn(usize, char) -> bool,
    mut replace: impl FnMut(&str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find(open) {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + open.len_utf8()..];
        let end = after
            .char_indices()
            .find(|&(i, c)| c == close || !inside(i, c))
            .filter(|&(_, c)| c == close);
        match end.and_then(|(e, _)| Some((e, replace(&after[..e])?))) {
            Some((e, rep)) => {
                out.push_str(&rep);
                rest = &after[e + close.len_utf8()..];
            }
            None => {
                out.push(open);
                rest = after;
            }
        }
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

/// The rewrite of a known HTML tag (`inner` is the text between `<` and `>`): line/block tags
/// become newlines, `<a href="u">t</a>` becomes `[t](u)`, strike-through tags become `~~`,
/// other inline tags vanish. Anything else in angle brackets (autolinks such as `<a@b.c>`) is
/// kept.
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
        "a" if closing => href.take().map(|h| format!("]({h})")).unwrap_or_default(),
        "a" => {
            *href = extract_href(attrs);
            href.as_ref().map(|_| "[".to_string()).unwrap_or_default()
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
    let value = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next()?,
        _ => rest.split(char::is_whitespace).next()?,
    };
    let value = value.trim();
    (!value.is_empty() && !value.contains(['(', ')', ' '])).then(|| value.to_string())
}

/// The bullets a list item may start with.
const BULLETS: [char; 8] = ['-', '*', '+', '•', '·', '◦', '▪', '‣'];

/// Indent width (tab = 4) and the line without blockquote, bullet, number and task markers
/// (taken off in rounds until none is left).
pub(super) fn strip_line_prefix(line: &str) -> (usize, &str) {
    let widths = line
        .chars()
        .map_while(|c| [(' ', 1), ('\t', 4)].iter().find(|w| w.0 == c));
    let indent = widths.map(|w| w.1).sum();
    let mut s = line.trim();
    for _ in 0..6 {
        let before = s.len();
        s = s.strip_prefix('>').map_or(s, str::trim_start);
        // A bullet or a number ("1.", "2)"), then a task box.
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let number = (1..=9)
            .contains(&digits)
            .then(|| s[digits..].strip_prefix(['.', ')']));
        s = strip_marker(s, [s.strip_prefix(BULLETS), number.flatten()]);
        s = strip_marker(s, ["[ ]", "[x]", "[X]"].map(|mark| s.strip_prefix(mark)));
        if s.len() == before {
            break;
        }
    }
    (indent, s.trim_end_matches('\\').trim())
}

/// `s` without a marker: the first of `unmarked` (`s` with a marker taken off, or `None`) that a
/// space or the end follows, trimmed; `s` itself when there is none.
fn strip_marker<'a>(s: &'a str, unmarked: impl IntoIterator<Item = Option<&'a str>>) -> &'a str {
    unmarked
        .into_iter()
        .flatten()
        .find(|r| r.is_empty() || r.starts_with(char::is_whitespace))
        .map_or(s, str::trim_start)
}

/// "**Ana Lima** is a maintainer of … (ana@example.org)": a mentor named in bold, then a
/// sentence about them. The bold is the name and the sentence's addresses are theirs; the
/// rest is a biography, not more people. Other lines are returned as they are.
pub(super) fn bold_name_with_biography(line: &str) -> std::borrow::Cow<'_, str> {
    let bold = ["**", "__"].into_iter().find_map(|d| {
        let inner = line.strip_prefix(d)?;
        let close = inner.find(d)?;
        Some((&inner[..close], &inner[close + d.len()..]))
    });
    let Some((name, rest)) = bold else {
        return line.into();
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let sentence: Vec<&str> = rest.split_whitespace().collect();
    let about = sentence.len() >= 6
        && sentence[0].starts_with(char::is_lowercase)
        && super::person::is_prose(&sentence);
    if !(2..=5).contains(&words.len()) || !capitalised || !about {
        return line.into();
    }
    let addresses = sentence
        .iter()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '@')))
        .filter(|w| super::is_valid_email(w));
    let mut out = name.to_string();
    for a in addresses {
        out.push_str(&format!(" <{a}>"));
    }
    out.into()
}

/// Removes emphasis and code marks and struck-through spans (`~~former mentor~~`). In a
/// sentence, a handle written as code ("look for the roles `@Fate` and `@Orb` on Discord")
/// names a role or a command, not a person: such spans are removed whole.
pub(super) fn clean_line(line: &str) -> String {
    let line = drop_code_handles_in_prose(line);
    let no_marks: String = line.chars().filter(|c| !matches!(c, '*' | '`')).collect();
    let pieces: Vec<&str> = no_marks.split("~~").collect();
    // Pieces at odd positions are between a pair of `~~`; an unpaired last one is kept.
    let paired = pieces.len() - (1 - pieces.len() % 2);
    let kept = pieces
        .iter()
        .enumerate()
        .filter(|&(i, _)| i % 2 == 0 || i >= paired);
    let line: String = kept.flat_map(|(_, piece)| [*piece, " "]).collect();
    // "Ana Lima | Bo Chen": a spaced bar separates people as a comma does.
    if line.contains(" | ") {
        return line.replace(" | ", ", ");
    }
    line
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
