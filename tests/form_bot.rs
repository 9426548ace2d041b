//! The CNCF bot's behaviour, rule by rule and edge case by edge case, as
//! cncf-proposal-checks.md (section 8 and the checks of section 4) states it: each case changes
//! one thing in a body that passes and names the findings the bot gives. The bodies are written
//! here; none is copied from a real proposal.

mod form_bot_support;
use form_bot_support::*;

#[test]
fn the_base_body_passes_with_no_finding() {
    assert!(check(&render(&sections())).is_empty());
}

#[test]
fn line_endings_and_the_lfx_url_block() {
    let base = render(&sections());
    assert!(errors(&base.replace('\n', "\r\n")).is_empty());
    // Lone CR or U+2028: no section at all; 8 emptiness errors and all 15 sections missing.
    for lt in ["\r", "\u{2028}"] {
        let e = errors(&base.replace('\n', lt));
        assert_eq!(
            e.iter().filter(|r| *r == "form-required").count(),
            7,
            "{e:?}"
        );
        assert_eq!(
            sorted(e),
            ids(&[
                "form-missing-sections",
                "form-required",
                "form-required",
                "form-required",
                "form-required",
                "form-required",
                "form-required",
                "form-required",
                "form-skills-missing"
            ])
        );
        let f = check(&base.replace('\n', lt));
        assert!(f.iter().any(|f| f
            .message
            .starts_with("15 of the form's 15 sections missing")));
    }
    // A block appended, or inside the Mentors field, is removed first.
    let block = "\n\n<!-- lfx-url:start -->\n**LFX:** https://mentorship.lfx.linuxfoundation.org/project/x\n<!-- lfx-url:end -->\n";
    assert!(errors(&format!("{base}{block}")).is_empty());
    let inside = with(
        "Mentors",
        &format!("Ana Lima | @analima | ana@example.org | analima{block}Rui Sato | @ruisato | rui@example.org | ruisato"),
    );
    assert!(errors(&inside).is_empty(), "{:?}", check(&inside));
}

#[test]
fn headings_the_bot_does_not_see() {
    let base = render(&sections());
    assert_eq!(
        sorted(errors(&format!("\u{feff}{base}"))),
        ids(&["form-missing-sections", "form-required"])
    );
    for heading in [
        "### technologies",
        "### Technologies ###",
        "###\tTechnologies",
        " ### Technologies",
    ] {
        let text = base.replace("### Technologies", heading);
        assert_eq!(
            sorted(errors(&text)),
            ids(&["form-missing-sections", "form-required"]),
            "{heading:?}"
        );
    }
    assert!(errors(&base.replace("### Technologies", "###   Technologies   ")).is_empty());
    // The last heading with no newline after it is dropped: that section is missing.
    let mut s = sections();
    let (last, _) = s.pop().unwrap();
    let text = format!("{}\n### {last}", render(&s));
    assert_eq!(errors(&text), ["form-missing-sections"]);
    let f = check(&text);
    assert!(
        f[0].message.starts_with(
            "1 of the form's 15 sections missing: `### Custom Prerequisite \u{2014} File Upload`"
        ),
        "{f:?}"
    );
    assert!(errors(&format!("{text}\n")).is_empty());
}

#[test]
fn order_repeats_and_inner_headings() {
    let mut s = sections();
    s.reverse();
    assert!(errors(&render(&s)).is_empty());
    // A repeated label: the later section wins.
    let repeated = format!(
        "{}\n### Technologies\n\n_No response_\n",
        render(&sections())
    );
    assert_eq!(errors(&repeated), ["form-required"]);
    // A `###` line inside the description shortens it and starts a section that is ignored.
    let inner = with(
        "Program Description",
        "Sampling rates are set by hand.\n\n### Expected outcomes\n\n- A dashboard.",
    );
    assert!(errors(&inner).is_empty());
    // `### Term` typed inside the description overrides the real Term (later wins).
    let s = render(&sections()).replace(
        "- A dashboard.",
        "- A dashboard.\n### Term\n\n_No response_",
    );
    assert_eq!(errors(&s), ["form-required"]);
}

#[test]
fn no_response_and_any_text_count_as_given() {
    assert!(errors(&with("Technologies", "_no response_")).is_empty());
    assert!(errors(&with("Program Name", "<!-- x -->")).is_empty());
    assert!(errors(&with("Technologies", "_No response_ <!-- x -->")).is_empty());
    assert!(errors(&with_all(&[
        ("CNCF Project", "Not A Project"),
        ("Term", "whatever")
    ]))
    .is_empty());
    assert_eq!(
        errors(&with("Technologies", "_No response_")),
        ["form-required"]
    );
}

#[test]
fn checks_1_to_5_empty_fields() {
    for label in [
        "CNCF Project",
        "Term",
        "Program Name",
        "Program Description",
        "Technologies",
    ] {
        let e = errors(&with(label, "_No response_"));
        assert_eq!(e, ["form-required"], "{label}");
    }
    let f = check(&with("Program Description", "_No response_"));
    assert_eq!((f[0].line, f[0].column), (15, 1), "{f:?}");
    assert!(f[0].message.contains("`Program Description` is empty"));
}

#[test]
fn check_3_the_program_name_budget() {
    // Jaeger and `2026 Term 3`: 71 fit.
    assert!(errors(&with("Program Name", &"n".repeat(71))).is_empty());
    assert_eq!(
        errors(&with("Program Name", &"n".repeat(72))),
        ["form-name-too-long"]
    );
    let f = check(&with("Program Name", &"n".repeat(72)));
    assert!(
        f[0].message
            .contains("72 characters; 71 fit (the LFX title would be 101/100)"),
        "{}",
        f[0].message
    );
    // An empty project: budget 77, and the empty project is its own error.
    let e = errors(&with_all(&[
        ("CNCF Project", "_No response_"),
        ("Program Name", &"n".repeat(78)),
    ]));
    assert_eq!(sorted(e), ids(&["form-name-too-long", "form-required"]));
    let e = errors(&with_all(&[
        ("CNCF Project", "_No response_"),
        ("Program Name", &"n".repeat(77)),
    ]));
    assert_eq!(e, ["form-required"]);
    // A line break after the `(`: the whole term is the token (budget 57).
    let long_term = "2026 Term 3 (Sep-Nov)\nfoo";
    assert_eq!(
        errors(&with_all(&[
            ("Term", long_term),
            ("Program Name", &"n".repeat(58))
        ])),
        ["form-name-too-long"]
    );
    assert!(errors(&with_all(&[
        ("Term", long_term),
        ("Program Name", &"n".repeat(57))
    ]))
    .is_empty());
    // UTF-16 units: an emoji counts 2.
    assert_eq!(
        errors(&with(
            "Program Name",
            &format!("{}\u{1f600}", "n".repeat(70))
        )),
        ["form-name-too-long"]
    );
}

#[test]
fn check_4_the_description_limit() {
    let lines = |n: usize, nl: &str| {
        let mut s = String::new();
        while s.len() + 10 + nl.len() <= n {
            s.push_str("ten chars.");
            s.push_str(nl);
        }
        s.push_str(&"x".repeat(n - s.len()));
        s
    };
    let lf = lines(3000, "\n");
    assert_eq!(lf.encode_utf16().count(), 3000);
    assert!(errors(&with("Program Description", &lf)).is_empty());
    assert_eq!(
        errors(&with("Program Description", &format!("{lf}y"))),
        ["form-too-long"]
    );
    // The same text with CRLF breaks, in a CRLF body: each break counts 2.
    let crlf = with("Program Description", &lf).replace('\n', "\r\n");
    assert_eq!(errors(&crlf), ["form-too-long"]);
    let f = check(&crlf);
    assert!(
        f[0].message
            .contains("is 3272 characters; the limit is 3000 (remove 272)"),
        "{}",
        f[0].message
    );
}

#[test]
fn check_6_skills() {
    let unticked = format!("- [ ] {SAME}");
    assert_eq!(
        errors(&with("Skills same as Technologies?", &unticked)),
        ["form-skills-missing"]
    );
    assert!(errors(&with_all(&[
        ("Skills same as Technologies?", &unticked),
        ("Required/Desirable Skills", "Go")
    ]))
    .is_empty());
    assert_eq!(
        warnings(&with("Required/Desirable Skills", "Go")),
        ["form-skills-conflict"]
    );
    // The loose reader: `[x]` anywhere.
    assert!(errors(&with("Skills same as Technologies?", "[x] yes")).is_empty());
}
