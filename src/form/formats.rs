//! The bot's value formats (`[bot.formats]` in `schemas/form-rules.toml`), written out by hand:
//! the crate has no regex engine, and these four need none. `\s` is JavaScript's whitespace.

use super::js::{is_lt, is_ws, trim};
use super::spec::BotSpec;

/// `^https?://\S+$`: lower-case scheme, then one or more characters that are not whitespace.
pub fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.chars().any(is_ws))
}

/// `^@[A-Za-z0-9]+(-[A-Za-z0-9]+)*$` with 1 to `handle_max` characters after the `@`.
pub fn is_handle(spec: &BotSpec, s: &str) -> bool {
    let Some(login) = s.strip_prefix('@') else {
        return false;
    };
    !login.is_empty()
        && login.len() <= spec.handle_max
        && login
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The email of a mentor piece as the bot reads it: `[text](mailto:ADDR)` gives ADDR; else one
/// pair of `<...>` and then a `mailto:` prefix (any case) are removed; trimmed.
pub fn unwrap_email(piece: &str) -> &str {
    if let Some(addr) = mailto_link(piece) {
        return trim(addr);
    }
    let mut s = piece;
    if s.len() >= 2 && s.starts_with('<') && s.ends_with('>') && !s.chars().any(is_lt) {
        s = &s[1..s.len() - 1];
    }
    if s.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("mailto:"))
    {
        s = &s[7..];
    }
    trim(s)
}

/// ADDR of a piece that is wholly `[text](mailto:ADDR)` (text without `]`, ADDR without `)`).
fn mailto_link(piece: &str) -> Option<&str> {
    let rest = piece.strip_prefix('[')?;
    let close = rest.find(']')?;
    let rest = rest[close + 1..].strip_prefix('(')?;
    let prefix = rest.get(..7)?;
    if !prefix.eq_ignore_ascii_case("mailto:") {
        return None;
    }
    let addr = rest[7..].strip_suffix(')')?;
    (!addr.is_empty() && !addr.contains(')')).then_some(addr)
}

/// `^[^\s@]+@[^\s@]+\.[^\s@]+$`: no whitespace, one `@` with text before it, and a `.` inside
/// the domain with text on each side.
pub fn is_email(s: &str) -> bool {
    if s.chars().any(is_ws) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain
            .char_indices()
            .any(|(i, c)| c == '.' && i > 0 && i + 1 < domain.len())
}

/// `^[^\s@/]+$`.
pub fn is_lfid(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(|c| is_ws(c) || c == '@' || c == '/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::spec::spec;

    #[test]
    fn the_data_names_these_patterns() {
        let data: toml::Table =
            toml::from_str(include_str!("../../schemas/form-rules.toml")).unwrap();
        let f = &data["bot"]["formats"];
        assert_eq!(f["url"].as_str().unwrap(), r"^https?://\S+$");
        assert_eq!(
            f["handle"].as_str().unwrap(),
            r"^@[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"
        );
        assert_eq!(f["email"].as_str().unwrap(), r"^[^\s@]+@[^\s@]+\.[^\s@]+$");
        assert_eq!(f["lfid"].as_str().unwrap(), r"^[^\s@/]+$");
    }

    #[test]
    fn urls() {
        for ok in [
            "https://x",
            "http://a/b?c#d",
            "https://a/1,https://a/2",
            "https://a\u{85}b",
        ] {
            assert!(is_url(ok), "{ok}");
        }
        for bad in [
            "",
            "http://",
            "HTTPS://github.com/a",
            "<https://a>",
            "[x](https://a)",
            "github.com/a",
            "https://a/1 https://a/2",
            "https://a/1\nhttps://a/2",
            "https://a\u{a0}b",
        ] {
            assert!(!is_url(bad), "{bad}");
        }
    }

    #[test]
    fn handles() {
        let s = spec();
        let long = format!("@{}", "a".repeat(39));
        for ok in ["@a", "@1", "@a-b", long.as_str()] {
            assert!(is_handle(s, ok), "{ok}");
        }
        let too_long = format!("@{}", "a".repeat(40));
        for bad in [
            "janedoe",
            "@sam_lee",
            "@-t",
            "@a-",
            "@a--b",
            "@é",
            "@",
            too_long.as_str(),
            "[@d](https://github.com/d)",
        ] {
            assert!(!is_handle(s, bad), "{bad}");
        }
    }

    #[test]
    fn emails() {
        for ok in [
            "a@b.c",
            "<a@b.c>",
            "[x](mailto:a@b.c)",
            "mailto:a@b.c",
            "<MAILTO:a@b.c>",
            "a@b..c",
            "a@example.com.",
            "[x](a@b.c)",
            "mailto:<a@b.c>",
        ] {
            assert!(is_email(unwrap_email(ok)), "{ok}");
        }
        for bad in [
            "a@b",
            "a@.com",
            "a@com.",
            "a b@c.d",
            "a@b@c.d",
            "[a@b.c](a@b.c)",
            "",
        ] {
            assert!(!is_email(unwrap_email(bad)), "{bad}");
        }
        assert_eq!(unwrap_email("mailto:<a@b.c>"), "<a@b.c>");
        assert_eq!(unwrap_email("[x](MailTo: a@b.c )"), "a@b.c");
    }

    #[test]
    fn lfids() {
        for ok in ["jane.doe_1+x", "ünï"] {
            assert!(is_lfid(ok), "{ok}");
        }
        for bad in ["", "jane doe", "@jane", "https://openprofile.dev/jane"] {
            assert!(!is_lfid(bad), "{bad}");
        }
    }
}
