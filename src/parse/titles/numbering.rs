//! Numbers before or instead of a title: "Project 1", "Idea #3:", "项目二：", "1. ", "[3]",
//! "Slips #1:".

/// Words that number a project in a heading ("Project 1", "Idea #3", "Task 2").
const NUMBERING_WORDS: &[&str] = &["project", "idea", "task"];

/// The same in Chinese ("项目一", "任务 3").
const CHINESE_NUMBERING_WORDS: &[&str] = &["项目", "任务"];

/// A heading that only numbers a project: "Project 1", "Idea #3:", "Task 2", "Project": at
/// most three words, one of [`NUMBERING_WORDS`] (in ASCII letters of any case), then numbers,
/// `:` and `#`.
pub(crate) fn is_numbered_heading(text: &str) -> bool {
    // The first word is compared in ASCII letters of either case: no lower-cased copy.
    let mut words = text.split_whitespace();
    words
        .next()
        .is_some_and(|w| NUMBERING_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n)))
        && words.clone().count() <= 2
        && words.all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '#')
        })
}

/// True for a heading that starts with a number in a sequence: "1. MCP tools", "3) Parser",
/// "Project #2: Cache", "Idea 4 - Docs".
pub(crate) fn starts_numbered(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let number = |w: &str| {
        let w = w.trim_start_matches('#');
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.trim_end_matches([':', '.', ')', '-'])
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.')
    };
    // (A bare number must be closed, "1." or "3)": "2026 roadmap" starts with a year.)
    number(first) && first.ends_with(['.', ')', ':'])
        || NUMBERING_WORDS
            .iter()
            .any(|n| first.eq_ignore_ascii_case(n))
            && words.next().is_some_and(number)
}

/// The word that numbers a project before a title ("Idea" of "Idea 4: API Diff", "project" of
/// "Project #2 - Cache"), lower-cased; `None` for a heading that does not open so or holds
/// nothing but the number ("Project 10").
pub(crate) fn numbering_word(text: &str) -> Option<&'static str> {
    let first = text.split_whitespace().next()?;
    let word = NUMBERING_WORDS
        .iter()
        .find(|n| first.eq_ignore_ascii_case(n))?;
    (starts_numbered(text) && !is_numbered_heading(text)).then_some(word)
}

/// A heading that only numbers a project in Chinese: "项目一", "项目 3", "任务1", "项目十二".
/// With [`chinese_number_prefix_len`] it also finds the "项目二：" before a title.
fn chinese_numbered_len(text: &str) -> Option<usize> {
    let rest = CHINESE_NUMBERING_WORDS
        .iter()
        .find_map(|w| text.strip_prefix(w))?;
    let numerals = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十百零".contains(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    (numerals > 0).then(|| text.len() - rest.trim_start().len() + numerals)
}

/// Length of a Chinese project number and its colon before a title ("项目二：浮标遥测" -> the
/// length of "项目二："); zero when there is none.
pub(super) fn chinese_number_prefix_len(text: &str) -> usize {
    // "一、标题", "3、标题": a number and the enumeration comma, as Chinese lists number.
    let numerals = (text.chars())
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum::<usize>();
    if let Some(after) = text[numerals..].strip_prefix('、').filter(|_| numerals > 0) {
        return if after.trim().is_empty() {
            0
        } else {
            text.len() - after.trim_start().len()
        };
    }
    let Some(n) = chinese_numbered_len(text) else {
        return 0;
    };
    let rest = &text[n..];
    // "项目二：标题", "任务 3 - 标题".
    let r = rest.trim_start();
    match (r.strip_prefix(['：', ':', '-', '—', '－']))
        .filter(|a| a.starts_with(' ') || !r.starts_with('-'))
    {
        Some(after) if !after.trim().is_empty() => text.len() - after.trim_start().len(),
        _ => 0,
    }
}

/// True for a title that only numbers a project, in English ("Project 10") or Chinese
/// ("项目一"): a title field below it names the idea.
pub(crate) fn is_number_only_title(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '：']);
    is_numbered_heading(t) || chinese_numbered_len(t).is_some_and(|n| n == t.len())
}

/// Length of a project's name and number before a title: "Slips #1: ML Detection", "AI VPN #3
/// Report" (one to three words, then `#` and at most three digits, then a colon, or a space
/// and a capital).
/// Zero when there is none.
pub(super) fn named_number_prefix_len(text: &str) -> usize {
    let Some(hash) = text.find(" #") else {
        return 0;
    };
    let name = &text[..hash];
    let rest = &text[hash + 2..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let colon = after.strip_prefix(':');
    let after = colon.unwrap_or(after);
    let title = after.trim_start();
    // (Without a colon the title starts with a capital: "Support C #1 and more" is one title.)
    let starts = |c: char| c.is_alphanumeric() && (colon.is_some() || !c.is_lowercase());
    if !(1..=3).contains(&name.split_whitespace().count())
        || !(1..=3).contains(&digits)
        || title.len() == after.len()
        || !title.starts_with(starts)
    {
        return 0;
    }
    text.len() - title.len()
}

/// Length of an issue's number and colon before its title, as a list of a tracker's issues
/// writes it ("#10599: WhatsApp bot"); `None` when the text does not open so.
pub(crate) fn issue_number_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('#')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let title = rest[digits..].strip_prefix(':')?;
    let spaces = title.len() - title.trim_start().len();
    ((1..=7).contains(&digits) && spaces > 0 && !title.trim().is_empty())
        .then_some(1 + digits + 1 + spaces)
}

/// Length of a number marker and the spaces after it at the start of a title: "1. ", "2) ",
/// "[3] ", "#4 ", "5: ", "6 : ". Zero when there is none, or when the number is part of the
/// title ("2D plots", "3.0 release").
pub(super) fn number_prefix_len(text: &str) -> usize {
    if let Some(n) = issue_number_len(text) {
        return n;
    }
    let open = usize::from(text.starts_with(['[', '#']));
    let digits = text[open..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return 0;
    }
    let after = &text[open + digits..];
    // ("1 : Title", "2: Title": a colon, spaced or not.)
    let padded = after.len() - after.trim_start_matches(' ').len();
    let close = match (open, after.chars().next()) {
        (1, Some(']')) if text.starts_with('[') => 1,
        (1, Some(' ')) if text.starts_with('#') => 0,
        (0, Some('.' | ')')) => 1,
        (0, _) if after[padded..].starts_with(':') => padded + 1,
        _ => return 0,
    };
    let rest = &after[close..];
    let spaces = rest.len() - rest.trim_start().len();
    // ("[3]High-Dimensional Imaging": a bracketed number needs no space after it.)
    let bracketed = open == 1 && close == 1 && rest.starts_with(char::is_alphabetic);
    // ("3.Support for caching": a capital and a small letter glued to the number's dot; not
    // "3.NET", "1.x".)
    let mut glued = rest.chars();
    let glued = open == 0
        && after.starts_with('.')
        && glued.next().is_some_and(char::is_uppercase)
        && glued.next().is_some_and(char::is_lowercase);
    if (spaces == 0 && !bracketed && !glued) || rest.trim().is_empty() {
        return 0;
    }
    open + digits + close + spaces
}
