//! Prose under a "Mentors:" label (issue 9): a sentence is not people, and the names that look
//! like it (lower case, particles, single names, handles, placeholders) still are.

use super::tests::{check, m};
use super::*;

#[test]
fn a_sentence_under_the_label_is_not_people() {
    // Issue 9: a mentor is a person, never running prose. Cut at " and " or commas, the
    // phrases of a sentence are not names, whether a stopword shows it ("please ...") or only
    // the run of lower-case words ("review within two days").
    for input in [
        "please be responsive on chat and review within two days.",
        "review within two days",
        "please be responsive on chat and review code",
        "Please be kind, patient and fast",
        "we answer questions in the forum, usually within a day or two.",
        "such as gathering requirements, visual design, testing, and deployment; these",
    ] {
        assert_eq!(parse_mentors(input), vec![], "input: {input:?}");
    }
    // People named in such a sentence with a capitalised name or a contact are kept.
    check(&[
        (
            "Please contact Jane Doe and John Smith",
            vec![m(Some("John Smith"), None, None)],
        ),
        (
            "please be responsive and kind, @jdoe, ana@example.org",
            vec![
                m(None, Some("jdoe"), None),
                m(None, None, Some("ana@example.org")),
            ],
        ),
    ]);
}

#[test]
fn names_in_lower_case_or_with_particles_are_still_names() {
    // The look-alikes of prose: lower-case names (up to three words), particles, single
    // names and handles, placeholders.
    check(&[
        ("liu jin hui", vec![m(Some("liu jin hui"), None, None)]),
        (
            "zhang san, li si",
            vec![
                m(Some("zhang san"), None, None),
                m(Some("li si"), None, None),
            ],
        ),
        (
            "Ludwig van der Berg and Maria de la Cruz y Garcia",
            vec![
                m(Some("Ludwig van der Berg"), None, None),
                m(Some("Maria de la Cruz y Garcia"), None, None),
            ],
        ),
        ("jdoe", vec![m(Some("jdoe"), None, None)]),
        ("Oli", vec![m(Some("Oli"), None, None)]),
        (
            "ada lee (@adalee), bo chen",
            vec![
                m(Some("ada lee"), Some("adalee"), None),
                m(Some("bo chen"), None, None),
            ],
        ),
        ("TBD, Jane Doe", vec![m(Some("Jane Doe"), None, None)]),
    ]);
}

#[test]
fn a_value_that_names_no_one_is_prose_unless_a_placeholder() {
    for prose in [
        "please be responsive on chat and review within two days.",
        "- we answer questions in the forum, usually within a day or two.",
    ] {
        assert!(names_no_one(prose), "{prose:?}");
    }
    for not_prose in [
        "",
        "  \n",
        "TBD",
        "**TBD.**",
        "To be announced",
        "TBD - ask in the forum",
        "- n/a",
        // "Mentor: any": any mentor of the project, a placeholder for one to come.
        "any",
        "Jane Doe (@jdoe)",
        "liu jin hui",
    ] {
        assert!(!names_no_one(not_prose), "{not_prose:?}");
    }
}
