//! Hours: every effort an idea offers, read from a size text (the one place hours are read).
//!
//! "175 hours" → `[175]`; "175/350 hours", "175 or 350 hrs", "Medium or Large" → `[175, 350]`;
//! a range between GSoC sizes ("Small to large", "90-350 hours") → every GSoC size in it
//! (small 90, medium 175, large 350). Weeks, months and hours per week are not efforts.

/// The GSoC project sizes, smallest first.
const SIZES: [u32; 3] = [90, 175, 350];

/// The efforts a size field offers: numbers with an hour unit, a bare number ("350",
/// "175/350"), and size words ("Medium or Large"). Sorted, no repeats; empty when the text
/// states none ("12 weeks", "TBD").
pub fn parse_hours(text: &str) -> Vec<u32> {
    let toks = tokens(text);
    let mut out = unit_groups(&toks, false);
    // "175 hours (basic version) or 350 (with key rotation)": a GSoC size offered as the other
    // choice to an effort written with its unit.
    if !out.is_empty() {
        let other = |k: usize| match (&toks[k - 1], &toks[k], toks.get(k + 1)) {
            (Tok::Word(or), Tok::Num(n), next) if or == "or" && SIZES.contains(n) => {
                (!matches!(next, Some(Tok::Word(w)) if is_time_word(w))).then_some(*n)
            }
            _ => None,
        };
        out.extend((1..toks.len()).filter_map(other));
    }
    let words_only = toks
        .iter()
        .all(|t| !matches!(t, Tok::Word(w) if !is_filler(w) && size_word(w).is_none()));
    if out.is_empty() {
        // A size field's own numbers: any when the text is only sizes ("175/350"), else the
        // GSoC sizes ("175 - 350 based on the proposal").
        out = unit_groups(&toks, true);
        if !words_only {
            out.retain(|h| SIZES.contains(h));
        }
    }
    // "medium, estimated 160 hours", "400h (large)": a number of hours written beside a size
    // word is the effort, and the word only glosses it. When a size word names a written
    // number ("90h (small) to medium", "Medium (175h), small or large also possible"), the
    // words are sizes of their own, unless they leave out a written number: then the numbers
    // are the statement ("Small to Medium (175–350 hours)" offers 175 and 350).
    let agree = toks.iter().any(|t| match t {
        Tok::Word(w) => size_word(w).is_some_and(|s| out.contains(&s)),
        _ => false,
    });
    let words = size_words(&toks);
    if out.is_empty() || (agree && out.iter().all(|h| words.contains(h))) {
        out.extend(words);
    }
    if out.is_empty() && all_sizes(&toks) {
        out.extend(SIZES);
    }
    finish(out)
}

/// The efforts written as numbers with an hour unit ("Medium (175h)", "175/350 hours"); size
/// words and numbers without a unit are not enough (for prose and headings).
pub(crate) fn hours_with_unit(text: &str) -> Vec<u32> {
    finish(unit_groups(&tokens(text), false))
}

/// True when `text` states an effort and nothing else: hours with a unit ("350 hours",
/// "Large (350h)"), or sizes alone ("Large", "175/350"). "12 weeks" and "the parser module"
/// state none.
pub(crate) fn is_effort(text: &str) -> bool {
    let toks = tokens(text);
    let sizes_only = toks
        .iter()
        .all(|t| !matches!(t, Tok::Word(w) if !is_filler(w) && size_word(w).is_none()));
    !unit_groups(&toks, false).is_empty() || (sizes_only && !parse_hours(text).is_empty())
}

fn finish(mut out: Vec<u32>) -> Vec<u32> {
    out.sort_unstable();
    out.dedup();
    out
}

#[derive(Debug, PartialEq)]
enum Tok {
    Num(u32),
    Word(String),
    /// One punctuation character.
    Sep(char),
}

fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some((j, _)) = chars.next_if(|(_, d)| d.is_ascii_digit()) {
                end = j + 1;
            }
            out.push(Tok::Num(text[i..end].parse().unwrap_or(0)));
        } else if c.is_alphabetic() {
            let mut w = c.to_lowercase().collect::<String>();
            while let Some((_, d)) = chars.next_if(|(_, d)| d.is_alphabetic()) {
                w.extend(d.to_lowercase());
            }
            // ("175 hours, or even 350": a hedge between two efforts joins them.)
            if !matches!(w.as_str(), "even" | "possibly" | "perhaps" | "maybe") {
                out.push(Tok::Word(w));
            }
        } else if c == '-'
            && matches!(out.last(), Some(Tok::Num(_)))
            && chars.peek().is_some_and(|(_, d)| d.is_alphabetic())
        {
            // ("a 350-hour project": the hyphen joins the number to its unit.)
        } else if !c.is_whitespace() {
            out.push(Tok::Sep(c));
        }
    }
    out
}

/// Hour units in the languages of schemas/labels.toml ("175 horas", "350 小时").
fn is_unit(w: &str) -> bool {
    const UNITS: [&str; 12] = [
        "h", "hr", "hrs", "hour", "hours", "horas", "hora", "heures", "stunden", "ore", "小时",
        "时",
    ];
    UNITS.contains(&w)
}

/// Joins two efforts: "175/350", "175 or 350", "90, 175 and 350"; `Some(true)` for a range.
fn connector(t: &Tok) -> Option<bool> {
    match t {
        Tok::Sep('-' | '–' | '—') => Some(true),
        Tok::Sep('/' | ',' | '|' | '~' | '+' | '(' | ')') => Some(false),
        Tok::Word(w) if w == "to" => Some(true),
        Tok::Word(w) if w == "or" || w == "and" => Some(false),
        _ => None,
    }
}

fn is_time_word(w: &str) -> bool {
    ["week", "month", "day", "year"]
        .iter()
        .any(|u| w.starts_with(u))
}

/// Numbers joined by connectors form a group; a group is hours when one of its numbers has an
/// hour unit after it (or, with `bare`, always). A number of weeks, or hours per week, spoils
/// its group.
fn unit_groups(toks: &[Tok], bare: bool) -> Vec<u32> {
    let mut out = Vec::new();
    let mut group: Vec<(u32, bool)> = Vec::new();
    let (mut has_unit, mut spoilt, mut range_next) = (false, false, false);
    let mut i = 0;
    let flush = |group: &mut Vec<(u32, bool)>, ok: bool, out: &mut Vec<u32>| {
        if ok {
            for k in 0..group.len() {
                let (n, range) = group[k];
                if (1..=2000).contains(&n) {
                    out.push(n);
                }
                if range && k > 0 {
                    let lo = group[k - 1].0;
                    out.extend(SIZES.iter().filter(|s| lo < **s && **s < n));
                }
            }
        }
        group.clear();
    };
    while i < toks.len() {
        match &toks[i] {
            Tok::Num(n) => {
                // A number of weeks after an effort, or an effort after a number of weeks, is
                // a statement of its own: "90hrs / 8 weeks", "12 weeks / 175 hours".
                let next_time = matches!(toks.get(i + 1), Some(Tok::Word(w)) if is_time_word(w));
                let next_unit = matches!(toks.get(i + 1), Some(Tok::Word(w)) if is_unit(w));
                if (next_time && has_unit && !spoilt) || (next_unit && spoilt && !has_unit) {
                    flush(&mut group, (has_unit || bare) && !spoilt, &mut out);
                    (has_unit, spoilt, range_next) = (false, false, false);
                }
                // ("split into 2 175h projects": a count right before the effort is none.)
                if i > 0 && matches!(toks[i - 1], Tok::Num(_)) && !range_next {
                    group.pop();
                }
                group.push((*n, range_next));
                range_next = false;
                match toks.get(i + 1) {
                    Some(Tok::Word(w)) if is_unit(w) => {
                        // "20 hours per week", "20 h/week": a rate, not an effort
                        let rate = matches!(toks.get(i + 2), Some(Tok::Word(p)) if p == "per" || p == "a" || p == "weekly")
                            || matches!((toks.get(i + 2), toks.get(i + 3)), (Some(Tok::Sep('/')), Some(Tok::Word(p))) if is_time_word(p) || p == "wk");
                        spoilt |= rate || denied(&toks[i + 2..]);
                        has_unit = true;
                        i += 1;
                    }
                    Some(Tok::Word(w)) if is_time_word(w) => spoilt = true,
                    _ => {}
                }
            }
            // A bracket after a complete statement opens another: "350 hours (12 weeks)",
            // "12 weeks (175 hours)".
            t => match connector(t) {
                Some(range)
                    if !group.is_empty() && !(*t == Tok::Sep('(') && (has_unit || spoilt)) =>
                {
                    range_next |= range
                }
                _ => {
                    flush(&mut group, (has_unit || bare) && !spoilt, &mut out);
                    (has_unit, spoilt, range_next) = (false, false, false);
                }
            },
        }
        i += 1;
    }
    flush(&mut group, (has_unit || bare) && !spoilt, &mut out);
    out
}

/// "All three sizes are possible", "any size": every GSoC size.
fn all_sizes(toks: &[Tok]) -> bool {
    let word = |k: usize, ws: &[&str]| matches!(toks.get(k), Some(Tok::Word(w)) if ws.contains(&w.as_str()));
    let size = ["size", "sizes"];
    (0..toks.len()).any(|k| {
        word(k, &["all", "any"])
            && (word(k + 1, &size) || (word(k + 1, &["three"]) && word(k + 2, &size)))
    })
}

/// Whether the words right after an effort deny it: "90 hours is not enough", "90 hours does
/// not appear enough" ("350 hours (not 175)" denies the 175, which has no unit).
fn denied(after: &[Tok]) -> bool {
    after
        .iter()
        .take(6)
        .take_while(|t| matches!(t, Tok::Word(_)))
        .any(|t| matches!(t, Tok::Word(w) if matches!(w.as_str(), "not" | "isn" | "insufficient" | "never")))
}

fn size_word(w: &str) -> Option<u32> {
    match w {
        "small" | "short" => Some(90),
        "medium" => Some(175),
        "large" | "long" | "big" => Some(350),
        _ => None,
    }
}

/// Words a size text holds beside its sizes: "Size: Medium or Large (hours)".
fn is_filler(w: &str) -> bool {
    is_unit(w)
        || matches!(
            w,
            "to" | "or" | "and" | "size" | "sized" | "project" | "projects" | "length" | "duration"
        )
}

/// Size words with what joins them: "Medium or Large" → 175, 350; "Small to large" → 90, 175,
/// 350. A word glossing a number of hours beside it stands for that number: "a short (175
/// hours) project or a long (350 hours) one" → 175, 350.
fn size_words(toks: &[Tok]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut last: Option<u32> = None;
    let mut range = false;
    let unit_at = |k: usize| matches!(toks.get(k), Some(Tok::Word(u)) if is_unit(u));
    let glossed = |k: usize| match (toks.get(k + 1), toks.get(k + 2)) {
        (Some(Tok::Sep('(')), Some(Tok::Num(n))) if unit_at(k + 3) => Some(*n),
        _ => match k.checked_sub(3).map(|j| (&toks[j], &toks[k - 1])) {
            Some((Tok::Num(n), Tok::Sep('('))) if unit_at(k - 2) => Some(*n),
            _ => None,
        },
    };
    for (k, t) in toks.iter().enumerate() {
        match t {
            // "Small (90 hours) - Large (350 hours)": the numbers inside do not break a range.
            Tok::Num(_) | Tok::Sep('(' | ')') => {}
            Tok::Word(w) if is_unit(w) => {}
            Tok::Word(w) => {
                if let Some(s) = size_word(w).map(|s| glossed(k).unwrap_or(s)) {
                    if let (Some(lo), true) = (last, range) {
                        out.extend(SIZES.iter().filter(|x| lo.min(s) < **x && **x < lo.max(s)));
                    }
                    out.push(s);
                    last = Some(s);
                    range = false;
                } else if w == "to" {
                    range = true;
                } else if w != "or" && w != "and" {
                    last = None;
                    range = false;
                }
            }
            Tok::Sep('-' | '–') => range = true,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn efforts_as_pages_write_them() {
        let cases: &[(&str, &[u32])] = &[
            ("175 hours", &[175]),
            ("350", &[350]),
            ("175/350 hours", &[175, 350]),
            ("175 or 350 hrs", &[175, 350]),
            ("90, 175 or 350 hours", &[90, 175, 350]),
            ("Medium or Large", &[175, 350]),
            ("Big", &[350]),
            ("Medium/Big", &[175, 350]),
            ("Small to large", &[90, 175, 350]),
            ("Medium to Large (175-350 hours)", &[175, 350]),
            ("90-350 hours", &[90, 175, 350]),
            ("Large (~350 hour projects)", &[350]),
            ("~90h", &[90]),
            ("175+ hours", &[175]),
            ("350 h / large", &[350]),
            ("Medium (175h)", &[175]),
            ("350h OR could be split into 2 175h projects", &[175, 350]),
            ("175/350", &[175, 350]),
            ("12 weeks", &[]),
            ("12 weeks (175 hours)", &[175]),
            ("90hrs / 8 weeks", &[90]),
            ("12 weeks / 175 hours", &[175]),
            ("175 hours, 12 weeks", &[175]),
            ("90 hours, 175 or 350", &[90, 175, 350]),
            ("175 hours / 350", &[175, 350]),
            ("350 hours (12 weeks, full-time)", &[350]),
            ("Total project length: 350 hours (12 weeks).", &[350]),
            ("175 (or 350) hours", &[175, 350]),
            (
                "175 hours (basic version) or 350 (with key rotation)",
                &[175, 350],
            ),
            ("175 hours (or 2 weeks full time)", &[175]),
            ("350 hours, about 20 hours per week", &[350]),
            ("TBD", &[]),
            ("175 - 350 based on received proposal", &[175, 350]),
            ("Small (90 hours) - Large (350 hours)", &[90, 175, 350]),
            (
                "Small (90 hours) (or Medium (175 hours) with nice-to-have)",
                &[90, 175],
            ),
            ("2 contributors, 12 weeks", &[]),
            ("medium, estimated 160 hours", &[160]),
            ("large, estimated 360 hours", &[360]),
            ("400h (large)", &[400]),
            ("Medium (175 hours) or Large (350 hours)", &[175, 350]),
            ("90h (small) to medium", &[90, 175]),
            ("175h (standard/small)", &[175]),
            ("175 horas", &[175]),
            ("350小时", &[350]),
            ("", &[]),
            // Efforts in sentences: one denied, every size allowed, a hedge between two.
            (
                "A 350 hours project. 175 hours is possible, but 90 hours is not enough.",
                &[175, 350],
            ),
            ("All three sizes are possible.", &[90, 175, 350]),
            ("Any size", &[90, 175, 350]),
            ("175 hours, or even 350", &[175, 350]),
            ("350 hours (not 175)", &[350]),
            // Numbers the size words beside them leave out are the statement.
            ("Small to Medium (175–350 hours)", &[175, 350]),
            // A word glossing the number beside it is that number.
            (
                "either a short (175 hours) project, or a long (350 hours) one",
                &[175, 350],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_hours(text), *want, "{text:?}");
        }
    }

    #[test]
    fn prose_needs_a_unit() {
        assert_eq!(hours_with_unit("Medium to difficult, 175 hours"), vec![175]);
        assert_eq!(hours_with_unit("a medium project"), Vec::<u32>::new());
        assert_eq!(hours_with_unit("version 350 of the API"), Vec::<u32>::new());
        assert_eq!(hours_with_unit("small (90 hours)"), vec![90]);
        assert_eq!(hours_with_unit("175 hours or 350 hours"), vec![175, 350]);
    }
}
