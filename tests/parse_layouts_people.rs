//! Who mentors an idea, how long and how hard it is, as idea pages write them: people under a
//! "Contact person(s)" or "Contact" label, a name beside its handle, companies after people,
//! an exact hour count beside a size word, and level words with glosses
//! (tests/fixtures/layouts/people-labels.md).

use ideas::model::{Idea, Mentor};

mod common;
use common::layout_fixture as parse;

fn people(idea: &Idea) -> Vec<(Option<&str>, Option<&str>, Option<&str>)> {
    idea.mentors
        .iter()
        .map(|m: &Mentor| (m.name.as_deref(), m.github.as_deref(), m.email.as_deref()))
        .collect()
}

fn level(idea: &Idea) -> Option<String> {
    idea.difficulty.map(|d| d.to_string())
}

#[test]
fn contact_persons_are_the_mentors() {
    let ideas = parse("people-labels.md");
    assert_eq!(ideas.len(), 8);
    // "Contact person(s):" names the mentors; "@Piet Marlow" is a name with a stray "@".
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Orla Venn"), Some("ovenn"), None),
            (Some("Piet Marlow"), None, None)
        ]
    );
    // A name, a comma, then a handle: one person.
    assert_eq!(
        people(&ideas[1]),
        [(Some("Tomas Brill"), Some("quaywright"), None)]
    );
    // A person under "Contact" is the mentor when no mentors field names anyone.
    assert_eq!(
        people(&ideas[2]),
        [(Some("Ines Harrow"), Some("iharrow"), None)]
    );
    // A list's address under "Contact" stays the idea's contact.
    assert_eq!(
        people(&ideas[3]),
        [(Some("Wren Ostby"), None, Some("wren@lanternworks.example"))]
    );
    assert_eq!(
        ideas[3].contacts,
        ["lanterns-dev@lists.lanternworks.example"]
    );
}

#[test]
fn a_company_after_a_person_is_their_affiliation() {
    let ideas = parse("people-labels.md");
    let buoy = &ideas[4];
    assert_eq!(
        people(buoy),
        [
            (Some("Cato Fenn"), None, Some("cato@lanternworks.example")),
            (Some("Ada Rook"), None, Some("ada@lanternworks.example")),
        ]
    );
    assert_eq!(
        buoy.mentors[0].affiliation.as_deref(),
        Some("Saltmarsh, PBC")
    );
    assert_eq!(
        buoy.mentors[1].affiliation.as_deref(),
        Some("Quayside Labs Inc.")
    );
}

#[test]
fn a_sentence_after_the_mentor_lines_is_no_mentor() {
    let ideas = parse("people-labels.md");
    assert_eq!(
        people(&ideas[5]),
        [(Some("Bo Reyes"), None, Some("bo@lanternworks.example"))]
    );
}

#[test]
fn hours_written_beside_a_size_word_are_the_effort() {
    let ideas = parse("people-labels.md");
    let hours: Vec<&[u32]> = ideas.iter().map(|i| i.hours.as_slice()).collect();
    // "Project Hours: 175"; "400h (large)"; "medium, estimated 160 hours"; both sizes glossed.
    assert_eq!(hours[1], [175]);
    assert_eq!(hours[5], [400]);
    assert_eq!(hours[6], [160]);
    assert_eq!(hours[7], [175, 350]);
}

#[test]
fn level_words_with_glosses() {
    let ideas = parse("people-labels.md");
    // "introductory" is a beginner's level; a tier word outside a gloss is the level.
    assert_eq!(level(&ideas[2]).as_deref(), Some("easy-medium"));
    assert_eq!(level(&ideas[6]).as_deref(), Some("easy"));
    assert_eq!(level(&ideas[7]).as_deref(), Some("easy"));
}

#[test]
fn people_written_in_brackets_with_spaced_addresses_or_joined_by_support_words() {
    let ideas = parse("people-written.md");
    assert_eq!(ideas.len(), 5);
    // `<Name [address](mailto:address)>` is not an autolink: the brackets hold a whole entry.
    assert_eq!(
        people(&ideas[0]),
        [
            (
                Some("Odile Marchetti"),
                None,
                Some("odile@harbourlight.example")
            ),
            (
                Some("Ťomáš Vrána"),
                None,
                Some("tvrana@harbourlight.example")
            ),
        ]
    );
    // "p.okafor @harbourlight.example" is an address with a space before its `@`, not a
    // handle "harbourlight.example", and the next person is kept.
    assert_eq!(
        people(&ideas[1]),
        [
            (
                Some("Pell Okafor"),
                None,
                Some("p.okafor@harbourlight.example")
            ),
            (Some("Runa Fisk"), None, Some("r.fisk@harbourlight.example")),
        ]
    );
    // "w/ support from", "with support from" and "supported by" join two people.
    assert_eq!(
        people(&ideas[2]),
        [
            (Some("Siv Lund"), Some("sivlund"), None),
            (Some("Abe Croft"), Some("abecroft"), None),
        ]
    );
    let names: Vec<_> = ideas[3].mentors.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Hollis Grey"),
            Some("Naomi Achterberg"),
            Some("Ivo Renn"),
            Some("Lark Devine")
        ]
    );
    // A GitHub login never holds a `.`: `@kel.thorne` is a chat handle, all the page calls
    // its person.
    assert_eq!(
        people(&ideas[4]),
        [
            (Some("kel.thorne"), None, None),
            (Some("mira.quist"), None, None)
        ]
    );
}

#[test]
fn a_label_after_the_mentors_is_a_field_of_its_own_unless_it_names_a_role_or_a_contact() {
    // "* **Domain**: Boiler Works" after "* **Mentors**: ...": a label no list names, one word
    // or several, ends the people; its value is no mentor. Roles ("Backup") and contact keys
    // ("GitHub") stay the mentors'.
    let ideas = parse("labels-after-mentors.md");
    assert_eq!(ideas.len(), 3);
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Hana Vlk"), Some("hvlk"), None),
            (Some("Otto Brenn"), Some("obrenn"), None)
        ]
    );
    let names: Vec<_> = (ideas[1].mentors.iter())
        .map(|m| m.name.as_deref().or(m.github.as_deref()))
        .collect();
    assert_eq!(
        names,
        [Some("pia-lund"), Some("sven-ek"), Some("Ulla Rask")],
        "{:?}",
        ideas[1].mentors
    );
    assert_eq!(
        people(&ideas[2]),
        [(Some("Ivo Mark"), Some("ivomark"), None)]
    );
}

#[test]
fn a_contact_address_that_spells_a_mentors_name_is_theirs() {
    // "Contact: lina.berg@..." beside "Mentors: Lina Berg and Omar Haddad" is Lina Berg's own
    // address; a team's address stays a contact of the idea.
    let ideas = parse("contact-addresses.md");
    assert_eq!(ideas.len(), 2);
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Lina Berg"), None, Some("lina.berg@example.org")),
            (Some("Omar Haddad"), None, None)
        ]
    );
    assert!(ideas[0].contacts.is_empty(), "{:?}", ideas[0].contacts);
    assert_eq!(people(&ideas[1]), [(Some("Omar Haddad"), None, None)]);
    assert_eq!(ideas[1].contacts, ["maps-team@example.org"]);
}

#[test]
fn an_address_for_the_mentor_is_the_own_address_of_the_mentor_named_just_before() {
    // "How to contact the mentor:" after a mentors field that names one person gives that
    // person's address, in a line of glued bold labels or in a list; for "the mentors" of a
    // pair it is the idea's contact.
    let ideas = parse("people-mentor-contact.md");
    assert_eq!(ideas.len(), 5);
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Rui Albuquerque"), None, Some("rui+gsoc@example.org")),
            (Some("Lena Park"), None, None)
        ]
    );
    assert!(ideas[0].contacts.is_empty());
    assert_eq!(
        people(&ideas[1]),
        [(Some("Tom Weir"), None, Some("tweir@example.net"))]
    );
    assert_eq!(
        people(&ideas[2]),
        [
            (Some("Ana Lima"), None, None),
            (Some("Bo Chen"), None, None)
        ]
    );
    assert_eq!(ideas[2].contacts, ["mirrors-team@example.net"]);
    // Under a plain contact label, an address whose name part holds the person's name is
    // theirs; one that does not is the idea's contact.
    assert_eq!(
        people(&ideas[3]),
        [(
            Some("Joe Lundqvist"),
            None,
            Some("jlundqvist.work@example.org")
        )]
    );
    assert!(ideas[3].contacts.is_empty(), "{:?}", ideas[3].contacts);
    assert_eq!(people(&ideas[4]), [(Some("Kim Sato"), None, None)]);
    assert_eq!(ideas[4].contacts, ["releases@example.org"]);
}

#[test]
fn a_contact_line_wrapped_inside_a_person_goes_on() {
    // "Contact: Ana Lima (ana@…), Bo Chen" wraps before Bo's address: the next line is the
    // same value, so Bo keeps his address and Cy Diaz is read.
    let ideas = parse("people-wrapped-contact.md");
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Ana Lima"), None, Some("ana@tidewatch.example")),
            (Some("Bo Chen"), None, Some("bo@tidewatch.example")),
            (Some("Cy Diaz"), None, Some("cy@tidewatch.example"))
        ]
    );
}

#[test]
fn handles_in_a_contact_row_are_mentors_named_by_the_pages_own_links() {
    let ideas = parse("people-roster-handles.md");
    assert_eq!(ideas.len(), 2);
    // "Contact: @pnair42" names a person to ask: the mentor, named where the page links the
    // handle's profile from a name ("[Priya Nair](https://github.com/pnair42)").
    assert_eq!(
        people(&ideas[0]),
        [
            (Some("Priya Nair"), Some("pnair42"), None),
            (Some("Jonas Weber"), Some("jweber-dev"), None)
        ]
    );
    // A link written on a word that is no name ("GitHub") names no one; an idea about
    // templates is an idea.
    assert_eq!(ideas[1].title, "Report templates");
    assert_eq!(
        people(&ideas[1]),
        [
            (Some("Jonas Weber"), Some("jweber-dev"), None),
            (None, Some("odd-one"), None)
        ]
    );
}

#[test]
fn a_roster_of_the_pages_mentors_gives_each_named_mentor_their_handle_and_address() {
    let ideas = parse("people-roster-full-names.md");
    assert_eq!(ideas.len(), 2);
    // The ideas name their mentors; the page's list of mentors ties each name to a handle
    // and an address once.
    assert_eq!(
        people(&ideas[0]),
        [
            (
                Some("Lena Okafor"),
                Some("lokafor"),
                Some("lena@harbourlight.example")
            ),
            (
                Some("Tomas Rydell"),
                Some("trydell"),
                Some("tomas@harbourlight.example")
            )
        ]
    );
    // An address the roster writes for two people is no one's own; a name not on the roster
    // stays as written.
    assert_eq!(
        people(&ideas[1]),
        [
            (Some("Mira Sato"), Some("msato"), None),
            (Some("Ines Varga"), None, None)
        ]
    );
}

#[test]
fn addresses_a_scrape_linked_or_wrapped_stay_the_persons() {
    let ideas = parse("people-scraped-addresses.md");
    assert_eq!(ideas.len(), 3);
    // "rhea.cole@[vaultworks.example](http://vaultworks.example)": a converter linked the
    // domain.
    assert_eq!(
        people(&ideas[0]),
        [
            (
                Some("Rhea Cole"),
                None,
                Some("rhea.cole@vaultworks.example")
            ),
            (Some("Sam Ito"), None, Some("sito@mail.example"))
        ]
    );
    // "Nora Quist <" then the address and handle on the next line: one person.
    assert_eq!(
        people(&ideas[1]),
        [
            (
                Some("Nora Quist"),
                Some("nquist"),
                Some("nquist@vaultworks.example")
            ),
            (
                Some("Eli Marsh"),
                Some("emarsh"),
                Some("eli.marsh@vaultworks.example")
            )
        ]
    );
    // A bare link to a project's account is a contact, not a person, and a glued
    // "**Reference links:**" ends it.
    assert!(ideas[2].mentors.is_empty());
    assert_eq!(ideas[2].contacts, ["https://github.com/viewer-project"]);
    assert_eq!(ideas[2].hours, [350]);
}
