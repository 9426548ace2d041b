//! Page shapes of round 32 of unseen pages, in small pages written for this project: an ideas
//! file of headings and prose alone, a mentor linked after a heading's title, a site's own
//! "Summer of Code" title over a list of software projects, numbered items under a camel-cased
//! page title, a page-wide mentors section, and a directory of organisation cards.

mod common;
use common::{ideas_of, mentor_names, titles};

fn described(title: &str) -> String {
    format!(
        "#### {title}\n\nThe actor runtime would gain a way to do this, so that services on \
         several nodes can coordinate without a central server and recover when one fails.\n\n"
    )
}

#[test]
fn an_ideas_file_of_headings_and_prose_lists_its_ideas() {
    let page = format!(
        "{}{}#### Actor supervision ([@ada-l](https://github.com/ada-l))\n\nTake the ideas of \
         Erlang towards a supervision model for the runtime, for system and user actors.\n\n\
         #### Thread pools ([Bo Chen](https://bo.example.org))\n\nOne thread per actor gives \
         many idle threads; a pool sized to the load would use fewer of them each day.\n\n\
         #### Turbo mode for the JVM\n\nThe runtime uses mutexes and condition variables for \
         its synchronisation today. The JVM has many other options which could give it better \
         performance, and we would love a backend for it.\n\nThe runtime has an abstraction for \
         backends of each platform. The goal of this project is a backend that fits the JVM \
         better than the one it has. Some options to consider:\n\n\
         * ***[queues](https://queues.example.org)***: fast fixed-size structures.\n\
         * ***[fork/join](https://fj.example.org)***: a framework for multicore work.\n\n",
        described("Leader election"),
        described("Gossip protocol")
    );
    let got = ideas_of("IDEAS.md", &page);
    assert_eq!(
        titles(&got),
        [
            "Leader election",
            "Gossip protocol",
            "Actor supervision",
            "Thread pools",
            "Turbo mode for the JVM"
        ]
    );
    assert_eq!(got[2].mentors[0].github.as_deref(), Some("ada-l"));
    assert_eq!(mentor_names(&got[3]), ["Bo Chen"]);
    assert!(got[0].mentors.is_empty());
    // A file named for no list of ideas is not read so.
    assert!(ideas_of("NOTES.md", &page).len() < 5);
}

#[test]
fn a_sites_summer_of_code_title_names_it_over_software_projects() {
    let idea = |t: &str, project: &str| {
        format!(
            "#### {t}\n\n*   **Software Project:** {project}\n*   **Brief explanation:** \
             Build it.\n*   **Difficulty:** Moderate\n*   **Implementation Language:** \
             Java 8\n\n"
        )
    };
    let page = format!(
        "## Quuxchat Summer of Code 2018\n\nQuuxchat is an umbrella project.\n\n### Project \
         Ideas\n\n{}{}{}",
        idea("Webservice for the tester", "Compliance Tester"),
        idea("Dino: Message search", "Dino"),
        idea("Dino: Onboarding", "Dino")
    );
    let got = ideas_of("gsoc.md", &page);
    assert_eq!(got.len(), 3);
    for idea in &got {
        assert_eq!(idea.org.as_deref(), Some("Quuxchat"), "{}", idea.title);
        assert_eq!(idea.skills, ["Java 8"]);
    }
}

#[test]
fn numbered_items_under_a_camel_cased_title_take_its_name() {
    let item = |t: &str| {
        format!(
            "1. {t}. It would help everyone who runs a server.\n    * **Required skills:** C \
             programming language.\n    * **Likely mentors:** [Ana Lima](https://github.com/ana-l).\n\n"
        )
    };
    let page = format!(
        "# qRPC Summer of Code Project Ideas\n\nHello students!\n\nqRPC Core:\n\n{}{}",
        item("Implement early OK semantics"),
        item("Make watching cancellable")
    );
    let got = ideas_of("ideas.md", &page);
    assert_eq!(got.len(), 2);
    for idea in &got {
        assert_eq!(idea.org.as_deref(), Some("qRPC"), "{}", idea.title);
    }
}

#[test]
fn a_page_wide_mentors_section_mentors_every_idea() {
    let idea = |t: &str| {
        format!(
            "### {t}\n\n- **Difficulty**: Intermediate\n- **Size**: 350 hours (large)\n\n\
             **Description**: Build it over the summer.\n\n"
        )
    };
    let page = format!(
        "# GSoC 2025\n\n## Project Mentors\n\nThe primary project mentor will be [Dr. Ada \
         Lee](https://ada.example.org), creator of Quuxlib. Ada has mentored before.\n\n\
         ## Project Ideas\n\n{}{}",
        idea("1. Faster tiles"),
        idea("2. Offline maps")
    );
    let got = ideas_of("gsoc.md", &page);
    assert_eq!(titles(&got), ["Faster tiles", "Offline maps"]);
    for idea in &got {
        assert_eq!(mentor_names(idea), ["Ada Lee"], "{}", idea.title);
    }
    // A pool of more people is no idea's list of mentors.
    let pool = page.replace(
        "The primary project mentor will be [Dr. Ada Lee](https://ada.example.org), creator of \
         Quuxlib. Ada has mentored before.",
        "- Ada Lee\n- Bo Chen\n- Cy Dee",
    );
    let got = ideas_of("gsoc.md", &pool);
    assert_eq!(titles(&got), ["Faster tiles", "Offline maps"]);
    assert!(got.iter().all(|i| i.mentors.is_empty()));
}

#[test]
fn organisation_cards_linking_their_ideas_pages_are_no_ideas() {
    let card = |name: &str| {
        format!(
            "## {name}\n\n{name} maintains a portable interpreter with no dependencies but the \
             C library, which makes it easy to embed scripting in existing programs and games \
             of every size, with plugins for popular engines and tools.\n\nContact Links\n\n\
             [Homepage](https://{name}.example.org/)\n\n[Ideas Page](https://{name}.example.org/ideas/)\n\n* * *\n\n"
        )
    };
    let page = format!(
        "---\ntitle: Ideas for GSoC 2026\n---\n\n{}{}",
        card("Quux"),
        card("Frob")
    );
    assert!(ideas_of("ideas.md", &page).is_empty());
}
