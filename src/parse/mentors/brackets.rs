//! A line's brackets and separators: which closer matches each opener, and where a line is
//! cut into parts (one person each) or at a remark's dash, never inside brackets.

use super::*;

/// No matching closer, in a table of distances (a closer is at least one place away).
pub(super) const NONE: usize = 0;

/// The kind of a bracket (round, square, angle, curly) and whether it opens.
pub(super) fn bracket_kind(c: char) -> Option<(usize, bool)> {
    let kind = |brackets: &str| brackets.chars().position(|b| b == c);
    kind("([<{")
        .map(|k| (k, true))
        .or_else(|| Some((kind(")]>}")?, false)))
}

/// For each opening bracket of `chars`, the distance to its matching closer (`NONE` when
/// unmatched), in one pass. A closer that does not match the innermost opener closes the
/// nearest opener of its own kind, abandoning the openers in between; a closer with no opener
/// of its kind is literal.
///
/// Distances rather than indices: the table of a group's inside, of a part of a line between
/// top-level separators, and of the text before or after a top-level dash is the slice of the
/// line's table at the same places (no matched pair crosses those bounds, and nothing outside
/// them changes how the brackets inside pair up; see the tests), so a line's table is built
/// once and sliced wherever its pieces are read.
pub(super) fn match_table(chars: &[char]) -> Vec<usize> {
    let mut table = vec![NONE; chars.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut open = [0usize; 4];
    for (i, &c) in chars.iter().enumerate() {
        match bracket_kind(c) {
            Some((k, true)) => {
                stack.push(i);
                open[k] += 1;
            }
            Some((k, false)) if open[k] > 0 => {
                while let Some(o) = stack.pop() {
                    let ok = bracket_kind(chars[o]).map_or(0, |(ok, _)| ok);
                    open[ok] -= 1;
                    if ok == k {
                        table[o] = i - o;
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    table
}

/// The index of the closer matching the opener at `i`, from a table of distances.
pub(super) fn closer(m: &[usize], i: usize) -> Option<usize> {
    (m[i] != NONE).then(|| i + m[i])
}

/// The parts of a line between top-level person separators: `,` `;` ` and ` ` & ` ` / `.
pub(super) fn split_parts(chars: &[char], m: &[usize]) -> Vec<(usize, usize)> {
    let n = chars.len();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Where the last round or angle group holding a contact (`@`) ends.
    let mut contact_end = None;
    while i < n {
        let c = chars[i];
        if let Some(j) = closer(m, i) {
            if matches!(c, '(' | '<') && chars[i..j].contains(&'@') {
                contact_end = Some(j);
            }
            i = j + 1;
            continue;
        }
        // Where the next part starts when a separator starts at `i`.
        let next = if c == ',' || c == ';' {
            Some(i + 1)
        } else if c.is_whitespace() {
            // "[Ana Ruiz](https://github.com/ana) [Bo Chen](https://github.com/bo)": two links
            // side by side are two people.
            let link = (i..n).find(|&k| !chars[k].is_whitespace());
            link.filter(|&k| is_one_link(chars, m, start, i) && is_one_link_start(chars, m, k))
                .or_else(|| Some(i + word_separator_len(chars, i)?))
                // "Ana Lima (ana@x.org) or Bo Chen (…)": "or" after a person's contacts.
                .or_else(|| {
                    let after = chars.get(i + 1..)?;
                    (i > 0
                        && matches!(chars[i - 1], ')' | '>')
                        && starts_with_ci(after, "or")
                        && after.get(2).is_some_and(|c| c.is_whitespace()))
                    .then_some(i + 4)
                })
                // "Yiwei Yang (<yy@x.edu>) Yusheng Zheng (…)": a name after a person's
                // contacts starts the next person.
                .or_else(|| {
                    let next = chars.get(i + 1)?;
                    (i > 0 && contact_end == Some(i - 1) && next.is_uppercase()).then_some(i + 1)
                })
        } else {
            None
        };
        match next {
            Some(next) => {
                parts.push((start, i));
                (start, i) = (next, next);
            }
            None => i += 1,
        }
    }
    parts.push((start, n));
    parts.retain(|&(s, e)| chars[s..e].iter().any(|c| !c.is_whitespace()));
    parts
}

/// True when `chars[s..e]` (trimmed) is one Markdown link and nothing else.
fn is_one_link(chars: &[char], m: &[usize], s: usize, e: usize) -> bool {
    let (s, e) = trim_range(chars, s, e);
    let s = s + usize::from(chars.get(s) == Some(&'@'));
    s < e && chars[s] == '[' && link_end(chars, m, s) == Some(e - 1)
}

/// True when a Markdown link `[label](target)` starts at `chars[k]`, or after an `@` there
/// ("@[Joan Martínez](https://github.com/JoanFM)").
fn is_one_link_start(chars: &[char], m: &[usize], k: usize) -> bool {
    let k = k + usize::from(chars.get(k) == Some(&'@'));
    chars.get(k) == Some(&'[') && link_end(chars, m, k).is_some()
}

/// Where the link starting at `chars[k]` (`[`) ends (its `)`).
fn link_end(chars: &[char], m: &[usize], k: usize) -> Option<usize> {
    group_after(chars, m, closer(m, k)?, '(')
}

/// The closer of the group opened by `open` right after `chars[j]`, if one is there.
pub(super) fn group_after(chars: &[char], m: &[usize], j: usize, open: char) -> Option<usize> {
    (chars.get(j + 1) == Some(&open)).then(|| closer(m, j + 1))?
}

/// Length of a spaced joiner between two people (` and `, ` & `, ` / `, ` w/ support from `:
/// `schemas/words.toml`'s `person_joiners`, the longest that fits) starting at the whitespace
/// `chars[i]`.
pub(super) fn word_separator_len(chars: &[char], i: usize) -> Option<usize> {
    let after = chars.get(i + 1..)?;
    person_joiners()
        .iter()
        .filter(|sep| {
            let len = sep.chars().count();
            after.get(len).is_some_and(|c| c.is_whitespace()) && starts_with_ci(after, sep)
        })
        .map(|sep| sep.chars().count() + 2)
        .max()
}

/// Whether `chars` start with `word` (lower-case ASCII), ignoring ASCII case.
pub(super) fn starts_with_ci(chars: &[char], word: &str) -> bool {
    chars.len() >= word.len()
        && chars
            .iter()
            .zip(word.chars())
            .all(|(a, b)| a.to_ascii_lowercase() == b)
}

/// `s..e` without the whitespace at either end.
pub(super) fn trim_range(chars: &[char], s: usize, e: usize) -> (usize, usize) {
    let s = (s..e).find(|&i| !chars[i].is_whitespace()).unwrap_or(e);
    (
        s,
        (s..e)
            .rfind(|&i| !chars[i].is_whitespace())
            .map_or(s, |i| i + 1),
    )
}

/// Finds the first top-level spaced dash (` - `, ` -- `, ` – `, ` — `): what follows is a remark.
pub(super) fn find_spaced_dash(chars: &[char], m: &[usize]) -> Option<(usize, usize)> {
    let n = chars.len();
    let mut i = 0;
    let mut seen_text = false;
    while i < n {
        if let Some(j) = closer(m, i) {
            i = j + 1;
            seen_text = true;
            continue;
        }
        if chars[i].is_whitespace() && seen_text {
            let dash = match chars[i + 1..] {
                ['-', '-', ..] => 2,
                ['-' | '–' | '—', ..] => 1,
                _ => 0,
            };
            let j = i + 1 + dash;
            if dash > 0 && chars.get(j).is_none_or(|c| c.is_whitespace()) {
                return Some((i, j));
            }
        }
        seen_text |= !chars[i].is_whitespace();
        i += 1;
    }
    None
}
