//! Whose contact is it: a bare address or handle beside a name, a name in parentheses beside a
//! handle, an obfuscated local part, and a list's address (issue 34).

use super::tests::{check, m};
use super::*;

#[test]
fn an_address_or_handle_that_is_plainly_a_persons_joins_them() {
    check(&[
        // Semicolons between people, a comma between a name and the address.
        (
            "Carla Diaz, carla@example.com; Dan Fox, dfox@example.com",
            vec![
                m(Some("Carla Diaz"), None, Some("carla@example.com")),
                m(Some("Dan Fox"), None, Some("dfox@example.com")),
            ],
        ),
        (
            "Ann Wu, @annwu",
            vec![m(Some("Ann Wu"), Some("annwu"), None)],
        ),
        // A handle, then the address its local part spells; another address is someone else.
        (
            "@bochen, bochen@example.org",
            vec![m(None, Some("bochen"), Some("bochen@example.org"))],
        ),
        (
            "@bochen, lina@example.org",
            vec![
                m(None, Some("bochen"), None),
                m(None, None, Some("lina@example.org")),
            ],
        ),
        // A handle written next to a name is theirs, whatever it spells: "Name, @handle" is
        // one person, and so is each pair of a line that alternates so.
        (
            "Ann Wu, @bochen",
            vec![m(Some("Ann Wu"), Some("bochen"), None)],
        ),
        (
            "Ann Wu, @quill, Bo Chen, @inkpot",
            vec![
                m(Some("Ann Wu"), Some("quill"), None),
                m(Some("Bo Chen"), Some("inkpot"), None),
            ],
        ),
        // A line that does not alternate keeps its parts apart.
        (
            "Ann Wu, Bo Chen, @inkpot",
            vec![
                m(Some("Ann Wu"), None, None),
                m(Some("Bo Chen"), None, None),
                m(None, Some("inkpot"), None),
            ],
        ),
        // An address of someone else stays someone else's.
        (
            "Ann Lee, bo@example.com",
            vec![
                m(Some("Ann Lee"), None, None),
                m(None, None, Some("bo@example.com")),
            ],
        ),
        // A list whose every line is "Name, address" gives each person's own address.
        (
            "- Yo Ward, yo@example.org\n- Isaac Moss, ikz@example.com",
            vec![
                m(Some("Yo Ward"), None, Some("yo@example.org")),
                m(Some("Isaac Moss"), None, Some("ikz@example.com")),
            ],
        ),
    ]);
}

#[test]
fn a_name_in_parentheses_after_the_persons_handle_is_their_name() {
    check(&[
        (
            "@alice-dev (Alice Kim), @bpark (Bob Park)",
            vec![
                m(Some("Alice Kim"), Some("alice-dev"), None),
                m(Some("Bob Park"), Some("bpark"), None),
            ],
        ),
        (
            "ana.ruiz@uni.edu (Ana Ruiz)",
            vec![m(Some("Ana Ruiz"), None, Some("ana.ruiz@uni.edu"))],
        ),
        // An employer in parentheses is no name.
        ("@jdoe (Red Hat)", vec![m(None, Some("jdoe"), None)]),
    ]);
}

#[test]
fn an_obfuscated_local_part_is_decoded_whole() {
    check(&[
        (
            "Ana Ruiz (ana DOT ruiz AT uni DOT edu)",
            vec![m(Some("Ana Ruiz"), None, Some("ana.ruiz@uni.edu"))],
        ),
        (
            "Li Wei (li dot wei at foo dot org)",
            vec![m(Some("Li Wei"), None, Some("li.wei@foo.org"))],
        ),
    ]);
}

#[test]
fn list_addresses_are_groups() {
    for list in [
        "maps-dev@lists.acme.org",
        "kde-devel@kde.org",
        "acme@googlegroups.com",
        "mentors@acme.org",
        "rust-gsoc@acme.org",
    ] {
        assert!(is_group_address(list), "{list}");
    }
    for person in [
        "dev.ktbarrett@gmail.com",
        "contact@janedoe.dev",
        "ana.ruiz@uni.edu",
        "no-at-sign",
    ] {
        assert!(!is_group_address(person), "{person}");
    }
    let mut mentors = vec![
        Mentor {
            name: Some("Ben Ho".into()),
            email: Some("maps-dev@lists.acme.org".into()),
            ..Mentor::default()
        },
        Mentor {
            email: Some("acme@googlegroups.com".into()),
            ..Mentor::default()
        },
    ];
    let mut contacts = Vec::new();
    shared_addresses_to_contacts(&mut mentors, &mut contacts);
    assert_eq!(
        contacts,
        ["maps-dev@lists.acme.org", "acme@googlegroups.com"]
    );
    assert_eq!(mentors.len(), 1);
    assert_eq!(mentors[0].name.as_deref(), Some("Ben Ho"));
    assert_eq!(mentors[0].email, None);
}

#[test]
fn an_at_sign_inside_a_first_and_last_name_is_stray() {
    check(&[
        ("@Orla Venn", vec![m(Some("Orla Venn"), None, None)]),
        ("Tomas @Brill", vec![m(Some("Tomas Brill"), None, None)]),
        (
            "Ann Wu (@annwu), @Orla Venn",
            vec![
                m(Some("Ann Wu"), Some("annwu"), None),
                m(Some("Orla Venn"), None, None),
            ],
        ),
        // A handle beside a name is still a handle.
        ("Orla @ovenn", vec![m(Some("Orla"), Some("ovenn"), None)]),
    ]);
}

#[test]
fn an_address_with_a_space_before_its_at_is_an_address() {
    check(&[
        // After an `Email:` label too; a capitalised name before `@x.y` is no local part.
        (
            "Tam Oduya (Email: t.oduya @example.org)",
            vec![m(Some("Tam Oduya"), None, Some("t.oduya@example.org"))],
        ),
        (
            "Tam Oduya, tam @example.org",
            vec![m(Some("Tam Oduya"), None, Some("tam@example.org"))],
        ),
        // `GitHub: jo.ann` is no GitHub login.
        (
            "Jo Ann (GitHub: jo.ann)",
            vec![m(Some("Jo Ann"), None, None)],
        ),
        // `<jdoe@x.org>` and `<@jdoe>` stay autolinks beside a name.
        (
            "Lio Brandt <lio@example.org>, <@vmarsh>",
            vec![
                m(Some("Lio Brandt"), None, Some("lio@example.org")),
                m(None, Some("vmarsh"), None),
            ],
        ),
    ]);
}
