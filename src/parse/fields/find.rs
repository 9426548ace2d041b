//! Finding a label on a line: where the content starts after list markers and quotes, and
//! whether it opens with a known label ([`find_label`]), in Markdown, HTML or CJK punctuation.

use super::*;
use std::ops::Range;

/// Strips a list marker, blockquote markers and a task checkbox from the start of a line.
/// Returns the byte offset where the content starts.
pub fn content_start(line: &str) -> usize {
    let rest = line.trim_start_matches([' ', '\t', '>']);
    // A marker is followed by a space, a tab or the end of the line.
    let ends_marker = |r: &&str| r.is_empty() || r.starts_with([' ', '\t']);
    // Bullet marker, or ordered marker: up to nine digits then `.` or `)`.
    let digits = rest.bytes().take_while(u8::is_ascii_digit).take(9).count();
    let rest = (rest.strip_prefix(['-', '*', '+']).filter(ends_marker))
        .or_else(|| (digits > 0).then(|| rest[digits..].strip_prefix(['.', ')']))?)
        .filter(ends_marker)
        .unwrap_or(rest)
        .trim_start_matches([' ', '\t']);
    let rest = (rest
        .strip_prefix("[ ] ")
        .or_else(|| rest.strip_prefix("[x] ")))
    .unwrap_or(rest);
    line.len() - rest.len()
}

/// Finds a label at the start of `line` (a source line, possibly a bullet). `heading` relaxes the
/// rules for heading text, where "Mentors @a, @b" (label, space, value) is also a label.
pub fn find_label(line: &str, heading: bool) -> Option<Label> {
    let start = content_start(line);
    // A paragraph or list item written in HTML ("<p><b>Mentors:</b> A</p>",
    // "<li><strong>Skills:</strong> Go</li>") holds its label as Markdown's would.
    let start = start + html_container_len(&line[start..]);
    // An emoji before the label, outside or inside the emphasis ("👥 **Mentor(s):**",
    // "**:bulb: Description**"), is decoration.
    let start = start + emoji_prefix_len(&line[start..]);
    let rest = &line[start..];
    // Leading emphasis markers.
    let lead = rest.len() - rest.trim_start_matches(['*', '_']).len();
    if lead > 3 {
        return None;
    }
    // HTML bold works like emphasis: "<b>Mentors:</b> A, B"; so do CJK lenticular brackets,
    // whose closing one ends the label as a colon does ("【项目难度】中").
    let lead = if lead == 0 {
        tag_len(rest, &["<b>", "<strong>", "【"])
    } else {
        lead
    };
    let bracketed = rest.starts_with('【');
    let lead = lead + emoji_prefix_len(&rest[lead..]);
    let body = &rest[lead..];
    // (Almost every line of prose is turned away here, before any allocation.)
    if !may_start_label(body) && !may_name_by_word(body) && !may_be_misspelt(body, heading) {
        return None;
    }
    // The label runs to the first ':' or to the closing emphasis, whichever comes first.
    let mut end = body.len();
    let mut colon = None;
    // "Mentors - Ada Lee": a spaced dash after a plain label separates it from its value.
    let mut dashed = false;
    let mut after_dash = 0;
    // A remark in parentheses is no part of the label's length ("Expected Project Size (90
    // hrs/small, 175 hrs/medium, 350 hrs/large): 175 hrs").
    let (mut depth, mut remark) = (0usize, 0usize);
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => remark += c.len_utf8(),
            _ => {}
        }
        if c == ':' || c == '：' || (bracketed && c == '】') {
            end = i;
            colon = Some(i + c.len_utf8());
            break;
        }
        if lead == 0 && is_dash(c) && body[..i].ends_with(' ') {
            let after = i + c.len_utf8();
            if body[after..].starts_with(' ') {
                end = i;
                after_dash = after;
                dashed = true;
                break;
            }
        }
        if lead > 0 && (c == '*' || (c == '_' && body[i..].starts_with('_') && is_closing(body, i)))
        {
            end = i;
            break;
        }
        if c == '[' || c == '`' || c == '<' || c == '|' || i.saturating_sub(remark) > 60 {
            // Links, code and HTML do not start labels; labels are short.
            if colon.is_none() {
                end = i;
                break;
            }
        }
    }
    let mut label_text = body[..end].trim();
    if heading && colon.is_none() {
        // "Mentors @a, B": the label is the words before the first `@` or `[`.
        if let Some(i) = label_text.find(['@', '[']) {
            label_text = label_text[..i].trim();
            end = body[..end].find(['@', '[']).unwrap_or(end);
            while end > 0 && body.as_bytes()[end - 1] == b' ' {
                end -= 1;
            }
        }
    }
    // "**Project Length ⏰**": an emoji after the label is decoration, as one before it is.
    label_text = label_text
        .trim_end_matches(|c: char| {
            !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace() && !is_cjk_punctuation(c)
        })
        .trim_end();
    let words = label_text
        .split('(')
        .next()
        .unwrap_or("")
        .split_whitespace();
    if label_text.is_empty() || words.count() > 7 {
        return None;
    }
    // Skip closing emphasis then an optional colon, then closing emphasis again.
    let skip = |s: &str, from: usize| {
        let from = from + tag_len(&s[from..], &["</b>", "</strong>"]);
        from + (s[from..].len() - s[from..].trim_start_matches(['*', '_']).len())
    };
    // "**Project size** and **Difficulty**": two emphasised labels joined by "and" are one.
    let joined;
    if lead > 0 && colon.is_none() && !dashed {
        if let Some(second) = joined_label(body, skip(body, end)) {
            joined = format!("{label_text} and {}", body[second.clone()].trim());
            label_text = &joined;
            end = second.end;
        }
    }
    let mut after = end;
    let mut has_colon = false;
    // "**Skills required**. Rust, Python": a full stop right after the closing emphasis ends
    // the label as a colon would.
    let mut period = false;
    if let Some(c) = colon {
        after = c;
        has_colon = true;
    } else if dashed {
        after = after_dash;
    } else {
        after = skip(body, after);
        let t = body[after..].trim_start();
        if help_link_len(t) > 0 {
            after = body.len() - t.len() + help_link_len(t);
        }
        let t = &body[after..];
        let t2 = t.trim_start_matches([' ', '\t']);
        if t2.starts_with(':') || t2.starts_with('：') {
            has_colon = true;
            after += t.len() - t2.len() + t2.chars().next().map_or(0, char::len_utf8);
        } else if lead > 0
            && after > end
            && t.strip_prefix('.')
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
        {
            period = true;
            after += 1;
        } else if lead > 0 && t2.len() < t.len() && t2.starts_with(is_dash) {
            // "**Mentors** - Ada Lee"
            let d = t2.chars().next().map_or(0, char::len_utf8);
            if t2[d..].starts_with(' ') {
                dashed = true;
                after += t.len() - t2.len() + d;
            }
        }
    }
    after = skip(body, after);
    // "**Duration:**:": a colon written twice is one.
    let t = body[after..].trim_start();
    if has_colon && t.starts_with([':', '：']) {
        after = body.len() - t.len() + t.chars().next().map_or(0, char::len_utf8);
    }
    // "### Idea" under an idea's title is what the idea is: its description. Only a heading
    // alone ("Idea: Faster tiles" on a line titles an idea).
    let alone = heading && colon.is_none() && body[end..].trim_matches(['*', '_', ' ']).is_empty();
    let heading_only = |norm: &str| {
        (alone && matches!(norm, "idea" | "the idea")).then_some((Field::Description, false))
    };
    let value = body[after..].trim();
    let norm = normalize_label(label_text);
    let (field, misspelt) = lookup(&norm)
        .or_else(|| alone.then(|| heading_only(&norm))?)
        .or_else(|| {
            // "Upstream Issue (URL)" -> "upstream issue url" is listed; also try without the
            // parenthesised remark, when it ends the label ("skill (concept card) content"
            // is no skills label).
            let without = label_text.split('(').next().unwrap_or("");
            if without.len() < label_text.len() && label_text.ends_with(')') {
                lookup(&normalize_label(without))
            } else {
                None
            }
        })
        // "Available mentors are:": a label ending in a verb before its colon.
        .or_else(|| {
            let stem = norm
                .strip_suffix(" are")
                .or_else(|| norm.strip_suffix(" is"));
            lookup(stem.filter(|_| colon.is_some())?)
        })
        // "**Complexity Rating**: hard", "**Scope:** 350 hours"
        .or_else(|| Some((named_by_word(&norm, value)?, false)))
        // "**Recommanded skills:** Go", "#### Difficutly": a label with a slip of the hand,
        // where it stands as one (before a colon, or as a heading).
        .or_else(|| {
            let label_like = colon.is_some() || heading;
            Some((label_like.then(|| misspelt_label(&norm))??, true))
        })?;
    // "**Skills.** C++, threads": a full stop closing an emphasised label ends it as a colon
    // would.
    if dashed && !field.is_core() {
        // "**Stretch goals** — five more tools": a dash after a term is often a gloss; only
        // the idea's own fields are read with one.
        return None;
    }
    let stopped = period || (lead > 0 && label_text.ends_with('.') && !label_text.ends_with(".."));
    if !has_colon && !stopped && !dashed {
        // A bare label must stand alone ("- Expected Outcome", "#### Mentors"), except in a
        // heading where "Mentors @a, @b" or "Mentors [A](...)" carries the value inline. (A
        // level alone, "Expert", is a value: the label "Expert:" needs its colon.)
        if crate::model::Level::parse_word(&norm).is_some() {
            return None;
        }
        // ("4. skills required/preferred;", "5. possible mentors.": items of a list that says
        // what an idea should hold end as a sentence's parts do; a label does not.)
        if lead == 0 && !heading && label_text.ends_with(['.', ';']) {
            return None;
        }
        let emphasised = lead > 0;
        let inline_ok = heading
            && (value.starts_with('@') || value.starts_with('['))
            && field == Field::Mentors;
        // "**Duration** 175 hours", "**Difficulty** Medium": an emphasised size or level
        // label followed by nothing but its value.
        let fact_ok = emphasised
            && match field {
                Field::Size => !crate::parse::hours::hours_with_unit(value).is_empty(),
                Field::Difficulty => crate::model::Difficulty::parse(value).is_some(),
                _ => false,
            };
        // "**Description** The agent ...", "**Mentor** [Ada Lee](...)": an emphasised label of
        // the idea's own, spelt as the table spells it, before a value that starts as a value
        // does (a capital, a link, a handle). "**Mentors** are asked to ..." is a sentence.
        let bold_ok = emphasised
            && !misspelt
            && field.is_core()
            && value.starts_with(|c: char| c.is_uppercase() || c == '[' || c == '@');
        if !(value.is_empty()
            || inline_ok
            || fact_ok
            || bold_ok
            || (emphasised && crate::parse::text::starts_with_br(value)))
        {
            return None;
        }
    }
    // A plain "Word: value" where the value is a full sentence in running text is still a label;
    // but "Project" on its own as a plain line is too common to be a label without a colon.
    if !has_colon && lead == 0 && !heading && field == Field::Component {
        return None;
    }
    Some(Label {
        field,
        text: label_text.to_string(),
        value_start: start + lead + after,
        has_colon,
        misspelt,
    })
}

/// Whether a line opens with a label of no known field ("- Funding source: NSF", "**Time
/// zone:** UTC+1"): at most four words, capitalised, no links or code, closed by a colon.
/// Such a line is a field of its own, not more of the field above it. (The caller has already
/// found no known label on the line with [`find_label`].) Gives the label's text.
pub fn unknown_label(line: &str) -> Option<&str> {
    let rest = &line[content_start(line)..];
    // "【相关的开源软件仓库列表】": a label in CJK lenticular brackets.
    if let Some(inner) = rest.strip_prefix('【') {
        let close = inner
            .get(..inner.len().min(48))
            .and_then(|b| b.find('】'))?;
        return Some(inner[..close].trim()).filter(|l| !l.is_empty());
    }
    let body = rest.trim_start_matches(['*', '_']);
    if rest.len() - body.len() > 3 || !body.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let colon = body.get(..body.len().min(48)).and_then(|b| b.find(':'))?;
    let label = body[..colon].trim_end_matches(['*', '_', ' ']);
    let plain = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '&' | '\'');
    let after = &body[colon + 1..];
    // ("Associated projects(s):", "Contact(s):" are labels.)
    let is_label = (label.strip_suffix("(s)").unwrap_or(label).chars()).all(plain)
        && (1..=4).contains(&label.split_whitespace().count())
        // "Note: https://…" and times ("10:30") are no labels.
        && !after.starts_with(|c: char| c.is_ascii_digit() || c == '/');
    is_label.then_some(label)
}

/// A line that is nothing but a short capitalised bold phrase, without a colon ("**What you
/// will learn**", "**Nice to have?**"): after a list of skills, a careful reader sees a new
/// section there, not one more skill. (Not after every field: a bold line may be a field's
/// value, "**Difficulty**" then "**High**", or a sub-heading inside a description.)
pub fn bold_line_label(line: &str) -> Option<&str> {
    let label = bold_only(line).filter(|_| !line.contains(':'))?;
    let label = label.trim_end_matches('?').trim_end();
    let plain =
        |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '/' | '&' | '\'' | '(' | ')');
    let words = label.split_whitespace().count();
    (label.starts_with(|c: char| c.is_uppercase())
        && label.chars().all(plain)
        && (1..=5).contains(&words))
    .then_some(label)
}

/// The text of a line or list item that is only bold ("**Title**", "__Title:__"), else `None`.
pub(crate) fn bold_only(content: &str) -> Option<&str> {
    let c = content.trim();
    let d = if c.starts_with("**") {
        "**"
    } else if c.starts_with("__") {
        "__"
    } else {
        return None;
    };
    let inner = c[2..].trim_end_matches(':').trim_end().strip_suffix(d)?;
    let title = inner.trim().trim_end_matches(':').trim();
    (!inner.contains(d) && !title.is_empty()).then_some(title)
}

/// Length in bytes of a decorative emoji prefix and the spaces after it: pictographs
/// ("💡 ", "👥"), with their variation selectors and joiners, or GitHub shortcodes (":bulb: ").
/// Zero when the text does not start with one.
pub fn emoji_prefix_len(text: &str) -> usize {
    let mut i = 0;
    loop {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        // (Quotation marks are text: "“Tile cache”".)
        let quote = matches!(c, '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›');
        if !c.is_ascii()
            && !c.is_alphanumeric()
            && !c.is_whitespace()
            && !is_cjk_punctuation(c)
            && !quote
        {
            i += c.len_utf8();
        } else if let Some(code) = rest.strip_prefix(':').and_then(|r| {
            let end = r.find(':')?;
            let name = &r[..end];
            (!name.is_empty()
                && name.len() <= 30
                && name.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'+'
                }))
            .then_some(end + 2)
        }) {
            i += code;
        } else {
            break;
        }
    }
    if i == 0 {
        return 0;
    }
    i + (text[i..].len() - text[i..].trim_start_matches([' ', '\t']).len())
}

/// The length of a help link written after a label, as wikis do ("**Project size**[[?]](…)",
/// "[?]"): decoration, not the value.
fn help_link_len(s: &str) -> usize {
    for open in ["[[?]](", "[?]("] {
        if let Some(close) = s.strip_prefix(open).and_then(|r| r.find(')')) {
            return open.len() + close + 1;
        }
    }
    if s.starts_with("[?]") {
        3
    } else {
        0
    }
}

/// The byte range in `body` of a second emphasised label joined to the one ending at `from`
/// by "and" (after a help link, if any): "** and **Difficulty**", "**[[?]](…)and**Difficulty**".
fn joined_label(body: &str, from: usize) -> Option<Range<usize>> {
    let rest = body[from..].trim_start();
    let rest = rest[help_link_len(rest)..].trim_start();
    let rest = ["and", "&"].iter().find_map(|c| rest.strip_prefix(c))?;
    let rest = rest.trim_start();
    let inner = rest
        .strip_prefix("**")
        .or_else(|| rest.strip_prefix("__"))?;
    let len = inner.find(['*', '_', ':', '['])?;
    let text = &inner[..len];
    let words = text.split_whitespace().count();
    if !(1..=4).contains(&words) || text.starts_with(' ') {
        return None;
    }
    let start = body.len() - inner.len();
    Some(start..start + len)
}

/// Length of the first of `tags` (HTML tags: `<b>`, `</strong>`) that `text` starts with, in
/// any case; zero for none.
fn tag_len(text: &str, tags: &[&str]) -> usize {
    (tags.iter())
        .find(|t| {
            text.get(..t.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(t))
        })
        .map_or(0, |t| t.len())
}

/// HTML tags that open or close a paragraph, list, list item, cell or block.
const CONTAINER_TAGS: [&str; 7] = ["p", "li", "ul", "ol", "div", "dd", "td"];

/// Length of the container tag (`<li>`, `</p>`, any case, no attributes) `t` starts with.
pub(crate) fn container_tag_len(t: &str) -> Option<usize> {
    let rest = t.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest.find('>')?;
    let name = &rest[..name_len];
    CONTAINER_TAGS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(name))
        .then_some(t.len() - rest.len() + name_len + 1)
}

/// Length of the HTML tags that open a paragraph, list item, cell or block at the start of
/// `text` (`<p>`, `<li>`, `<td>`, ..., without attributes, any case, possibly several:
/// `<ul><li>`) and the spaces after them; zero otherwise.
fn html_container_len(text: &str) -> usize {
    let mut i = 0;
    while let Some(n) = container_tag_len(&text[i..]).filter(|_| !text[i..].starts_with("</")) {
        i += n;
        i += text[i..].len() - text[i..].trim_start_matches([' ', '\t']).len();
    }
    i
}

/// CJK punctuation that may follow a label ("导师：") is not decoration.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// True if the `_` at byte `i` closes emphasis (is followed by a non-word character or end).
fn is_closing(s: &str, i: usize) -> bool {
    let next = s[i + 1..].chars().next();
    !next.is_some_and(|c| c.is_alphanumeric())
}

/// The value of a `field` label with a colon that starts a sentence inside a paragraph of
/// prose: "... in the book. Potential mentors: Ada Marsh, `ada@example.org`, and\nBen Okafor."
/// The value runs to the end of its sentence (a full stop after a word of two letters or more,
/// so "J. Smith" stays whole) or of the paragraph.
pub(crate) fn label_in_prose(text: &str, field: Field) -> Option<&str> {
    let mut at = 0;
    while let Some(k) = text[at..].find(". ") {
        let start = at + k + 2;
        at = start;
        let rest = text[start..].trim_start_matches(' ');
        let Some(label) = find_label(rest, false).filter(|l| l.field == field && l.has_colon)
        else {
            continue;
        };
        let value = &rest[label.value_start..];
        let value = &value[..value.find("\n\n").unwrap_or(value.len())];
        let end = value.match_indices(". ").map(|(i, _)| i).find(|&i| {
            let before = value[..i].trim_end_matches(|c: char| !c.is_alphanumeric());
            let word = before.rsplit(|c: char| !c.is_alphanumeric()).next();
            word.is_some_and(|w| w.chars().count() >= 2)
        });
        let value = value[..end.unwrap_or(value.len())].trim();
        return Some(value).filter(|v| !v.is_empty());
    }
    None
}
