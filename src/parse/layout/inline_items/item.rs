//! Reading one list item of an inline-fields list: its title, then its prose and labelled
//! fields, cut at the separators the module docs of `inline_items` list.

use super::*;

/// The title of an item and the byte offset where the rest starts; `None` when the item does
/// not start with a title (it starts with a label; the title would be a sentence or a size).
pub(super) fn split_title(text: &str) -> Option<(String, Option<String>, usize)> {
    let first_line = text.lines().next().unwrap_or("");
    // "Title: Faster rebuilds" leads a block of fields (`outline::title_line`): "Title" is a
    // label, not the item's title.
    if fields::find_label(text, false).is_some() || title_line(first_line).is_some() {
        return None;
    }
    // Emphasis or a link closing on the first line.
    let closed = ["**", "__", "*", "_"]
        .into_iter()
        .find(|d| first_line.starts_with(d))
        .and_then(|d| {
            let inner = &first_line[d.len()..];
            let close = inner.find(d)?;
            Some((inner[..close].to_string(), d.len() + close + d.len()))
        })
        .or_else(|| {
            let inner = first_line.strip_prefix('[')?;
            let mid = inner.find("](")?;
            let close = inner[mid..].find(')')?;
            Some((first_line[..mid + close + 2].to_string(), mid + close + 2))
        });
    // "_IDEA:_ Faster codecs", "**Project 3:** Faster codecs": the emphasis is a title's prefix
    // and the title follows it.
    if let Some((raw, end)) = &closed {
        let rest = text[*end..].trim_start();
        if !rest.is_empty() && crate::parse::titles::is_title_prefix(raw) {
            let (title, link, at) = split_title(rest)?;
            return Some((title, link, at + text.len() - rest.len()));
        }
    }
    let after_ok = |at: usize| {
        let after = first_line[at..].trim_start();
        after.is_empty()
            || after.starts_with(['—', '–', '-', ':', ',', '.', '(', ';', '|', '·', '•'])
            || starts_label(after)
    };
    // "**Sandboxed builds.** Run each build ...": the title's own stop ends it.
    let stops = |raw: &str| raw.trim_end().ends_with(['.', ':']);
    let (raw, end) = match closed.filter(|(raw, end)| after_ok(*end) || stops(raw)) {
        Some(c) => c,
        // A first line that runs on without a title's end ("Rework the **index builder** so
        // it ..."): the bold phrase of the first sentence names the item, and the sentence is
        // its description.
        None if ![" — ", " – ", " - ", ": "]
            .iter()
            .any(|s| first_line.contains(s))
            && prose::bold_in_first_sentence(text).is_some() =>
        {
            let (title, link) = prose::bold_in_first_sentence(text)?;
            return Some((title, link, 0));
        }
        None => {
            let mut end = [" — ", " – ", " - ", ": "]
                .into_iter()
                .filter_map(|s| first_line.find(s))
                .min()
                .unwrap_or(first_line.len());
            // A label in the last words ends the title ("Faster rebuilds; Mentors: Ana").
            let words = first_line[..end].match_indices(' ').map(|(i, _)| i + 1);
            let label_at = words
                .rev()
                .take(3)
                .find(|&w| starts_label(first_line[w..].trim_start_matches('(')));
            if let Some(w) = label_at {
                end = w;
            }
            // A paragraph whose first sentence ends before that, and whose next sentences
            // describe the idea (eight words or more), is named by its first sentence ("Custom
            // spin tool. Users ask us for ... **Skill level: Easy**").
            if first_line[..end].contains(". ") {
                let stop = prose::first_sentence_end(first_line);
                if stop < end && first_line[stop..end].split_whitespace().count() >= 8 {
                    end = stop;
                }
            }
            let raw = first_line[..end].trim_end_matches([' ', ';', ',', '.', '|', '·', '•']);
            (raw.to_string(), end)
        }
    };
    // "CalDAV plugin [#15](…/issues/15)", "Trashbin - [#1662](…/issues/1662)": the issue the
    // idea tracks, after its title.
    let rest = text[end..].trim_start_matches([' ', '—', '–', '-']);
    let (raw, end) = match issue_link_len(rest) {
        Some(n) if issue_link_at_end(&raw).is_none() && !raw.is_empty() => {
            (format!("{raw} {}", &rest[..n]), text.len() - rest.len() + n)
        }
        _ => (raw, end),
    };
    let link = extract_urls(&raw).into_iter().next();
    let raw = match issue_link_at_end(&raw) {
        Some(title_len) => raw[..title_len].trim_end().to_string(),
        None => raw,
    };
    let title = strip_md(&raw);
    let title = title.trim().trim_end_matches(':');
    let title = clean_title(match title.strip_suffix('.') {
        Some(t) if !t.ends_with('.') => t,
        _ => title,
    });
    let words = title.split_whitespace().count();
    if title.is_empty() || words > 15 || title.contains(". ") || only_size(&title) {
        return None;
    }
    let rest = &text[end..];
    let rest = rest.trim_start_matches([' ', '—', '–', '-', ':', ',', '.', ';', '|', '·', '•']);
    // ("Video streaming (mentor: Ana Lima)": the fields in brackets after the title.)
    let rest = (rest.strip_prefix('('))
        .filter(|r| starts_label(r))
        .unwrap_or(rest);
    Some((title, link, text.len() - rest.len()))
}

/// Length of a link to an issue whose text is its number ("[#15](https://…/issues/15)") at the
/// start of `text`.
fn issue_link_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix("[#")?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    let url = inner[digits..].strip_prefix("](")?;
    let close = url.find(')')?;
    (digits > 0 && is_issue_url(&url[..close])).then_some(2 + digits + 2 + close + 1)
}

/// Where a title ends that an issue link follows ("CalDAV plugin [#15](…)"): the link's start.
fn issue_link_at_end(raw: &str) -> Option<usize> {
    let at = raw.rfind(" [#")? + 1;
    (issue_link_len(&raw[at..]) == Some(raw.len() - at)).then_some(at)
}

/// True for a title that only names a size or a level ("Medium (175 hours)", "Easy").
pub(super) fn only_size(title: &str) -> bool {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let lower = w.to_lowercase();
            Difficulty::parse(w).is_some()
                || w.bytes().any(|b| b.is_ascii_digit())
                || ["hours", "hour", "hrs", "to", "small", "large", "size"]
                    .contains(&lower.as_str())
        })
}

/// How a piece of an item's text was separated from the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sep {
    /// The first piece after the title.
    Start,
    /// ";" (or "；"), " | ", " · ", " • ": a value may go on across it.
    Soft,
    /// A line break.
    Line,
    /// A sentence end, ", ", " (" or a dash before a label.
    Hard,
}

/// True if `text` starts with a label with a value.
pub(super) fn starts_label(text: &str) -> bool {
    let line = text.lines().next().unwrap_or("");
    fields::find_label(line, false).is_some_and(|l| !line[l.value_start..].trim().is_empty())
}

/// Words after which a full stop does not end a sentence.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "etc", "vs", "dr", "mr", "ms", "mrs", "jr", "sr", "st", "prof",
];

/// The pieces of an item's text after its title (`rest`), split at separators.
pub(super) fn pieces(rest: &str) -> Vec<(Sep, &str)> {
    let mut out = Vec::new();
    let (mut from, mut sep) = (0, Sep::Start);
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < rest.len() {
        let tail = &rest[i..];
        // (separator, length of the separator, where the next piece starts)
        let cut: Option<(Sep, usize)> = match bytes[i] {
            b'\n' => Some((Sep::Line, 1)),
            b';' if tail[1..].starts_with(' ') || i + 1 == rest.len() => Some((Sep::Soft, 1)),
            b' ' => [" | ", " · ", " • "]
                .into_iter()
                .find(|s| tail.starts_with(s))
                .map(|s| (Sep::Soft, s.len()))
                .or_else(|| {
                    [" (", " — ", " – ", " - "]
                        .into_iter()
                        .find(|s| tail.starts_with(s) && starts_label(&tail[s.len()..]))
                        .map(|s| (Sep::Hard, s.len()))
                }),
            b',' if tail.starts_with(", ") && starts_label(&tail[2..]) => Some((Sep::Hard, 2)),
            b'.' if tail.starts_with(". ") && sentence_end(&rest[..i], &tail[2..]) => {
                Some((Sep::Hard, 1))
            }
            _ if tail.starts_with('；') => Some((Sep::Soft, '；'.len_utf8())),
            _ => None,
        };
        match cut {
            Some((s, len)) => {
                // A full stop stays with its sentence.
                let end = if bytes[i] == b'.' { i + 1 } else { i };
                out.push((sep, &rest[from..end]));
                i += len;
                from = i;
                sep = s;
            }
            None => i += tail.chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push((sep, &rest[from..]));
    out.into_iter()
        .map(|(s, p)| (s, p.trim()))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

/// True if ". " after `before` ends a sentence: the next text is a label, or starts with a
/// capital after a word that is neither an initial ("J. Roe") nor an abbreviation.
pub(super) fn sentence_end(before: &str, next: &str) -> bool {
    if starts_label(next) {
        return true;
    }
    // (A link ends with the last word of its text: "... for [package mirrors](https://x.org).")
    let before = (before.strip_suffix(')'))
        .and_then(|b| b.rfind("](").map(|k| &b[..k]))
        .unwrap_or(before);
    let word = before.rsplit([' ', '(', '\n']).next().unwrap_or("");
    next.trim_start().starts_with(|c: char| c.is_uppercase())
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !word.contains('.')
        && !ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
}

/// True if a piece after ";", "|" or "·" that is not a label goes on the value of `field`
/// before it ("Mentors: Ada | Bo"): a short name, link or handle, not a sentence ("; we meet
/// weekly"). Skills are listed so in lower case too ("Skills: deep learning; basic NLP").
pub(super) fn more_of_value(piece: &str, field: Field) -> bool {
    let words = piece.split_whitespace().count();
    (field == Field::Skills && words <= 10)
        || (piece.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '@' | '[' | '*' | '_')
        }) && words <= 6)
}

/// The value of a field up to an unmatched ")" and what follows it.
pub(super) fn cut_paren(value: &str) -> (&str, &str) {
    let mut depth = 0usize;
    for (i, c) in value.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return (&value[..i], &value[i + 1..]),
            ')' => depth -= 1,
            _ => {}
        }
    }
    (value, "")
}

/// The value of a label written inside bold ("**Level: Easy** **You should know Go**") up to
/// the bold's end, and what follows it; `None` when the bold closes before the value.
pub(super) fn cut_bold(piece: &str, value_start: usize) -> Option<(&str, &str)> {
    let label = piece
        .strip_prefix("**")?
        .get(..value_start.checked_sub(2)?)?;
    if label.contains("**") {
        return None;
    }
    let value = &piece[value_start..];
    let close = value.find("**")?;
    Some((&value[..close], &value[close + 2..]))
}

/// The idea an item gives: its title, link, prose and inline fields; `None` without a title.
pub(super) fn read_item(raw: &RawItem<'_, '_>) -> Option<ItemIdea> {
    // A nested item is read for fields when it is one ("  - Mentors: Ana"), else it is prose.
    let opaque: Vec<bool> = raw
        .lines
        .iter()
        .map(|&(l, nested)| nested && fields::find_label(l, false).is_none())
        .collect();
    let scanned: Vec<&str> = raw
        .lines
        .iter()
        .zip(&opaque)
        .filter(|(_, &o)| !o)
        .map(|((l, _), _)| *l)
        .collect();
    // (A line that leaves bold open goes on in the next: "**Skills\n required**: Rust".)
    let mut text = String::new();
    let mut bold_open = false;
    for l in scanned {
        if !text.is_empty() {
            text.push(if bold_open { ' ' } else { '\n' });
        }
        text.push_str(l);
        bold_open ^= l.matches("**").count() % 2 == 1;
    }
    let (title, link, at) = split_title(&text)?;
    let mut fields_read: Vec<(Field, String)> = Vec::new();
    // A level before the title is its difficulty: "1. Beginner/Intermediate: CSV exporter."
    let title = match split_level_prefix(&title) {
        Some((level, rest)) => {
            fields_read.push((Field::Difficulty, level.to_string()));
            rest.to_string()
        }
        None => title,
    };
    let mut prose: Vec<String> = Vec::new();
    // The field whose value is being read.
    let mut open: Option<(Field, String)> = None;
    let push_prose = |prose: &mut Vec<String>, sep: Sep, piece: &str| {
        let piece = piece
            .trim()
            .trim_start_matches(['—', '–', ';', '|', '·', '•']);
        match prose.last_mut() {
            Some(last) if sep != Sep::Line => {
                last.push(' ');
                last.push_str(piece.trim());
            }
            _ => prose.push(piece.trim().to_string()),
        }
    };
    // Whether the open field's label stands inside a line of prose (not at a line's start).
    let mut inline = false;
    for (sep, piece) in pieces(&text[at..]) {
        let line = piece.lines().next().unwrap_or("");
        let label = fields::find_label(line, false)
            .filter(|l| !line[l.value_start..].trim().is_empty() || l.has_colon);
        if let Some(l) = label {
            fields_read.extend(open.take());
            let (value, after) = match cut_bold(piece, l.value_start) {
                Some((value, after)) if cut_paren(value).1.is_empty() => (value, after),
                _ => cut_paren(&piece[l.value_start..]),
            };
            // ("Skill level: Intermediate" names how hard the idea is.)
            let field = match l.field {
                Field::Skills if fields::asks_level(&l.text, value.trim()) => Field::Difficulty,
                f => f,
            };
            open = Some((field, value.trim().to_string()));
            inline = matches!(sep, Sep::Hard | Sep::Soft);
            if !after.trim().is_empty() {
                fields_read.extend(open.take());
                push_prose(&mut prose, Sep::Hard, after);
            }
            continue;
        }
        let goes_on = |v: &str| {
            let v = v.trim_end();
            v.ends_with([',', '&']) || v.ends_with(" and") || v.ends_with(" or")
        };
        // (The value of a label written inside prose runs to its sentence's end across line
        // breaks: "... will vary. **Skills required**: Depends on the\nfeatures; ...", and so
        // does one at a line's start whose sentence goes on in lower case: "_Skills_:
        // Coursework and/or professional\nexperience in graphics.")
        let lower = piece.trim_start().starts_with(char::is_lowercase);
        let wrapped =
            |v: &str| (inline || lower) && !v.is_empty() && !v.ends_with(['.', '!', '?', ':']);
        // (A skills label that opens its line holds the line's next sentences too: "Skills:
        // Basic knowledge of optimisation. Experience with Python and git.")
        let own_line = |field: Field| field == Field::Skills && !inline && sep == Sep::Hard;
        match open.as_mut() {
            Some((field, value))
                if (sep == Sep::Soft && more_of_value(piece, *field))
                    || (sep == Sep::Line && (goes_on(value) || wrapped(value)))
                    || own_line(*field) =>
            {
                let (more, after) = cut_paren(piece);
                value.push_str(if sep == Sep::Soft { "; " } else { " " });
                value.push_str(more.trim());
                if !after.trim().is_empty() {
                    fields_read.extend(open.take());
                    push_prose(&mut prose, Sep::Hard, after);
                }
            }
            _ => {
                fields_read.extend(open.take());
                push_prose(&mut prose, sep, piece);
            }
        }
    }
    fields_read.extend(open);
    for (_, v) in &mut fields_read {
        *v = v
            .trim()
            .trim_end_matches(['.', ';', ','])
            .trim()
            .to_string();
    }
    fields_read.retain(|(_, v)| !v.is_empty());
    // A size and difficulty written as a clause of the prose, and skills asked for in a
    // sentence ("You should know Go"), when no label gives them.
    for (field, value) in prose::prose_facts(&text) {
        if !fields_read.iter().any(|(f, _)| *f == field) {
            fields_read.push((field, value));
        }
    }
    if !fields_read.iter().any(|(f, _)| *f == Field::Skills) {
        let asked = crate::skills::stated_in_prose(&prose.join("\n"));
        if !asked.is_empty() {
            fields_read.push((Field::Skills, asked.join(", ")));
        }
    }
    // Nested prose lines (sub-items that are not fields) describe the idea too.
    prose.extend(
        raw.lines
            .iter()
            .zip(&opaque)
            .filter(|(_, &o)| o)
            .map(|((l, _), _)| format!("- {l}")),
    );
    Some(ItemIdea {
        line: raw.line,
        title,
        link,
        prose: prose.join("\n"),
        fields: fields_read,
    })
}

/// An item's text without the ATX marks of a heading written in it ("1. #### Title" titles
/// the item as "Title").
pub(super) fn heading_in_item(content: &str) -> &str {
    let hashes = content.bytes().take_while(|&b| b == b'#').count();
    match content[hashes..].strip_prefix([' ', '\t']) {
        Some(rest) if (1..=6).contains(&hashes) => {
            let rest = rest.trim_end();
            let closed = rest.trim_end_matches('#');
            if closed.len() < rest.len() && closed.ends_with([' ', '\t']) {
                closed.trim_end()
            } else {
                rest.trim_start()
            }
        }
        _ => content,
    }
}
