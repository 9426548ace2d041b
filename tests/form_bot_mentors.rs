//! The CNCF bot's checks 7 to 9, the coding-challenge and required-sections checks, as
//! cncf-proposal-checks.md states them, each on a body written here (see tests/form_bot.rs).

mod form_bot_support;
use form_bot_support::*;

#[test]
fn check_7_mentor_lines() {
    let m = "Mentors";
    let one = "Ana Lima | @analima | ana@example.org | analima";
    assert_eq!(errors(&with(m, "_No response_")), ["form-required"]);
    assert!(errors(&with(m, one)).is_empty());
    assert_eq!(warnings(&with(m, one)), ["form-mentor-single"]);
    assert_eq!(
        errors(&with(m, &format!("{one} |"))),
        ["form-mentor-fields"]
    );
    assert!(check(&with(m, &format!("{one} |")))[0]
        .message
        .contains("got 5"));
    // No single-mentor warning when a line has an error.
    assert!(warnings(&with(m, &format!("{one} |"))).is_empty());
    assert_eq!(
        errors(&with(
            m,
            "Ana Lima | @analima | ana@example.org |\nRui | @rui | rui@example.org | rui"
        )),
        ["form-mentor-lfid"]
    );
    assert_eq!(
        errors(&with(
            m,
            "Ana Lima | @analima | ana@example.org\nRui | @rui | rui@example.org | rui"
        )),
        ["form-mentor-lfid"]
    );
    let table = "| Ana Lima | @analima | ana@example.org | analima |\n|---|---|---|---|";
    assert_eq!(
        errors(&with(m, table)),
        ["form-mentor-fields", "form-mentor-fields"]
    );
    let fenced = format!("```\n{one}\nRui | @rui | rui@example.org | rui\n```");
    let f = check(&with(m, &fenced));
    let msgs: Vec<&str> = f.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(f.len(), 2, "{msgs:?}");
    assert!(
        msgs[0].starts_with("primary mentor: expected 3 or 4")
            && msgs[1].starts_with("mentor 4: expected 3 or 4"),
        "{msgs:?}"
    );
    assert_eq!(
        sorted(errors(&with(m, "|||"))),
        ids(&[
            "form-mentor-email",
            "form-mentor-handle",
            "form-mentor-lfid",
            "form-mentor-name"
        ])
    );
    // Blank and whitespace-only lines between mentors are skipped.
    assert!(errors(&with(
        m,
        &format!("{one}\n\n   \nRui | @rui | rui@example.org | rui")
    ))
    .is_empty());
    // Five valid mentors: "too many" only.
    let five: Vec<String> = (1..=5)
        .map(|i| format!("M{i} | @m{i} | m{i}@example.org | m{i}"))
        .collect();
    assert_eq!(errors(&with(m, &five.join("\n"))), ["form-mentor-count"]);
}

#[test]
fn check_7_handles_emails_and_lfids() {
    let m = "Mentors";
    let line = |h: &str, e: &str, l: &str| {
        format!("Ana Lima | {h} | {e} | {l}\nRui | @rui | rui@example.org | rui")
    };
    for h in [
        "analima",
        "@ana_lima",
        "@-a",
        "@a-",
        "@a--b",
        "@\u{e9}",
        "[@d](https://github.com/d)",
    ] {
        assert_eq!(
            errors(&with(m, &line(h, "ana@example.org", "ana"))),
            ["form-mentor-handle"],
            "{h}"
        );
    }
    for h in ["@a", "@1", "@a-b"] {
        assert!(
            errors(&with(m, &line(h, "ana@example.org", "ana"))).is_empty(),
            "{h}"
        );
    }
    for e in [
        "<ana@example.org>",
        "[x](mailto:ana@example.org)",
        "mailto:ana@example.org",
        "<MAILTO:ana@example.org>",
        "a@b..c",
        "[x](a@b.c)",
    ] {
        assert!(errors(&with(m, &line("@ana", e, "ana"))).is_empty(), "{e}");
    }
    for e in [
        "a@b",
        "a@.com",
        "a@com.",
        "a b@c.d",
        "a@b@c.d",
        "[a@b.c](a@b.c)",
        "ana AT example DOT org",
    ] {
        assert_eq!(
            errors(&with(m, &line("@ana", e, "ana"))),
            ["form-mentor-email"],
            "{e}"
        );
    }
    for l in ["jane doe", "@jane", "https://openprofile.dev/jane"] {
        assert_eq!(
            errors(&with(m, &line("@ana", "ana@example.org", l))),
            ["form-mentor-lfid-invalid"],
            "{l}"
        );
    }
    for l in ["jane.doe_1+x", "\u{fc}n\u{ef}", "TBD"] {
        assert!(
            errors(&with(m, &line("@ana", "ana@example.org", l))).is_empty(),
            "{l}"
        );
    }
    // Duplicates, case ignored: handle, email and LFID, three errors.
    let dup = "Jane Doe | @janedoe | jane@example.com | janedoe\nJ. Doe | @JaneDoe | JANE@example.com | JANEDOE";
    assert_eq!(errors(&with(m, dup)), ["form-mentor-duplicate"; 3]);
    // `<J@x.org>` duplicates `j@x.org`.
    let dup = "A | @a | j@x.org | a\nB | @b | <J@x.org> | b";
    assert_eq!(errors(&with(m, dup)), ["form-mentor-duplicate"]);
    // Malformed LFIDs are only malformed; a later duplicate of one is a duplicate.
    assert_eq!(
        errors(&with(m, "A | @a | a@x.org | a b\nB | @b | b@x.org | a b")),
        ["form-mentor-lfid-invalid"; 2]
    );
    assert_eq!(
        errors(&with(
            m,
            "A | @a | a@x.org | a/b\nB | @b | b@x.org | x\nC | @c | c@x.org | X"
        )),
        ["form-mentor-lfid-invalid", "form-mentor-duplicate"]
    );
    // Empty handles take part too: two handle errors and a duplicate.
    assert_eq!(
        sorted(errors(&with(m, "A |  | a@x.org | a\nB |  | b@x.org | b"))),
        ids(&[
            "form-mentor-duplicate",
            "form-mentor-handle",
            "form-mentor-handle"
        ])
    );
}

#[test]
fn check_7_positions_point_at_the_piece() {
    let text = with(
        "Mentors",
        "Ana Lima | analima | ana@example.org | analima\nRui | @rui | rui@example.org | rui",
    );
    let f = check(&text);
    assert_eq!(
        (f[0].rule.as_str(), f[0].line, f[0].column),
        ("form-mentor-handle", 37, 12)
    );
    let text = with(
        "Mentors",
        "  Ana Lima | @analima | ana@example.org | analima\n Rui | @rui | rui@example.org | r i",
    );
    let f = check(&text);
    assert_eq!(
        (f[0].rule.as_str(), f[0].line, f[0].column),
        ("form-mentor-lfid-invalid", 38, 33)
    );
}

#[test]
fn check_8_the_upstream_url() {
    let u = "Upstream Issue URL";
    assert_eq!(errors(&with(u, "_No response_")), ["form-required"]);
    assert_eq!(
        errors(&with(u, "https://a/1,https://a/2")),
        ["form-upstream-multiple"]
    );
    for bad in [
        "https://a/1 https://a/2",
        "https://a/1\nhttps://a/2",
        "HTTPS://github.com/a",
        "<https://a/1>",
        "[x](https://a/1)",
        "http://",
        "github.com/a/b/issues/1",
        "https://a\u{a0}b",
    ] {
        assert_eq!(errors(&with(u, bad)), ["form-upstream-not-url"], "{bad}");
    }
    assert!(errors(&with(u, "   https://x   ")).is_empty());
    assert!(errors(&with(u, "https://x?q=1#frag")).is_empty());
}

#[test]
fn check_9_the_custom_prerequisite() {
    let ticked = format!("- [x] {CUSTOM}");
    let (n, d, c) = (
        "Custom Prerequisite Name",
        "Custom Prerequisite Description",
        "Custom Prerequisites",
    );
    assert_eq!(
        sorted(errors(&with(c, &ticked))),
        ids(&["form-required-if", "form-required-if"])
    );
    assert_eq!(
        errors(&with(n, "Writing")),
        ["form-unticked", "form-required-if"]
    );
    let long = with_all(&[(c, &ticked), (n, &"n".repeat(21)), (d, &"d".repeat(501))]);
    assert_eq!(errors(&long), ["form-too-long", "form-too-long"]);
    assert!(errors(&with_all(&[
        (c, &ticked),
        (n, &"n".repeat(20)),
        (d, &"d".repeat(500))
    ]))
    .is_empty());
    // Ten emoji and a letter: 21 units.
    let emoji = format!("{}a", "\u{1f600}".repeat(10));
    assert_eq!(
        errors(&with_all(&[
            (c, &ticked),
            (n, &emoji),
            (d, "Upload a note.")
        ])),
        ["form-too-long"]
    );
    // The earlier form's option inside Application Prerequisites counts.
    let legacy = format!("- [X] Resume\n- [x] {CUSTOM}");
    assert!(errors(&with_all(&[
        ("Application Prerequisites", &legacy),
        (n, "Writing"),
        (d, "Upload a note.")
    ]))
    .is_empty());
}

#[test]
fn the_coding_challenge_url() {
    let (p, u) = ("Application Prerequisites", "Coding Challenge URL");
    let on = "- [X] Resume\n- [x] Coding Challenge";
    assert_eq!(errors(&with(p, on)), ["form-required-if"]);
    assert_eq!(
        errors(&with_all(&[(p, on), (u, "example.com")])),
        ["form-not-url"]
    );
    assert!(errors(&with_all(&[(p, on), (u, "https://a/1,https://a/2")])).is_empty());
    assert_eq!(errors(&with(u, "example.com")), ["form-unticked"]);
    // (After a first line: the section's value is trimmed, so a first line has no indent.)
    for off in [
        "  - [x] Coding Challenge",
        "* [x] Coding Challenge",
        "- [x] coding challenge",
        "-[x] Coding Challenge",
        "- [x] Coding Challenge (see below)",
    ] {
        let value = format!("- [X] Resume\n{off}");
        assert_eq!(
            errors(&with_all(&[(p, &value), (u, "https://a/1")])),
            ["form-unticked"],
            "{off}"
        );
    }
    assert!(errors(&with_all(&[
        (p, "- [x]Coding Challenge"),
        (u, "https://a/1")
    ]))
    .is_empty());
}

#[test]
fn required_sections_one_error_in_form_order() {
    let mut s = sections();
    s.retain(|(l, _)| l != "Custom Prerequisites" && l != "Term");
    let f = check(&render(&s));
    let missing: Vec<&Finding> = f
        .iter()
        .filter(|f| f.rule == "form-missing-sections")
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(
        missing[0].message,
        "2 of the form's 15 sections missing: `### Term`, `### Custom Prerequisites`; re-submit the proposal with the current template"
    );
    // A renamed heading (a hyphen for the em dash) is missing too.
    let text = render(&sections()).replace("Prerequisite \u{2014} File", "Prerequisite - File");
    assert_eq!(errors(&text), ["form-missing-sections"]);
}

#[test]
fn an_empty_body_gives_the_bots_nine_errors() {
    let e = errors("");
    assert_eq!(e.len(), 9, "{e:?}");
    // Every field left empty: Program Name, Description, Technologies, skills, Mentors, URL.
    let empty: Vec<(String, String)> = sections()
        .into_iter()
        .map(|(l, v)| {
            let keep = ["CNCF Project", "Term"].contains(&l.as_str()) || v.starts_with("- [");
            let v = if keep {
                v.replace("[X]", "[ ]")
            } else {
                "_No response_".to_string()
            };
            (l, v)
        })
        .collect();
    assert_eq!(
        sorted(errors(&render(&empty))),
        ids(&[
            "form-required",
            "form-required",
            "form-required",
            "form-required",
            "form-required",
            "form-skills-missing"
        ])
    );
}
