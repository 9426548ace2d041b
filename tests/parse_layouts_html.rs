//! Fields written in HTML blocks (`<p><b>Mentors:</b> A</p>`, `<ul><li><strong>Skills:</strong>
//! Go</li></ul>`), read from a fixture written for this project
//! (tests/fixtures/layouts/html-field-blocks.md).

use ideas::model::Difficulty;
use ideas::parse::{parse_page, Defaults};
use ideas::skills::SkillTable;

mod common;
use common::layout_fixture as parse;
use common::skill_ids;

#[test]
fn labels_in_html_paragraphs_and_list_items_are_fields() {
    let ideas = parse("html-field-blocks.md");
    let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
    // The commented-out template is not read; "Contact" has no fields.
    assert_eq!(
        titles,
        ["Beam-forming in the browser", "Echo-sounder drivers"]
    );

    // An HTML heading with HTML paragraphs: the tags are not part of any value.
    let a = &ideas[0];
    assert_eq!(a.source.line, 11);
    assert_eq!(
        a.description.as_deref(),
        Some("Port the beam-forming code to WebAssembly so that the viewer can run it.")
    );
    let names: Vec<String> = a.mentors.iter().map(|m| m.label()).collect();
    assert_eq!(names, ["Rhea Sund", "Pavel Ost"]);
    assert_eq!(a.mentors[0].github.as_deref(), Some("rheasund"));
    assert_eq!(skill_ids(a), ["rust", "webassembly"]);
    assert_eq!(a.skills_raw.as_deref(), Some("Rust, WebAssembly"));
    assert_eq!(a.difficulty, Difficulty::parse("medium"));

    // An HTML list of labelled items under a Markdown heading.
    let b = &ideas[1];
    assert_eq!(b.source.line, 19);
    assert_eq!(
        b.description.as_deref(),
        Some("Support two more echo-sounders through a plugin interface.")
    );
    assert_eq!(b.mentors.len(), 1);
    assert_eq!(b.mentors[0].name.as_deref(), Some("Pavel Ost"));
    assert_eq!(b.mentors[0].email.as_deref(), Some("pavel@marlin.example"));
    assert_eq!(skill_ids(b), ["c", "linux"]);
    assert_eq!(b.skills_raw.as_deref(), Some("C, Linux"));
    assert_eq!(b.hours, vec![350]);
}

#[test]
fn labels_in_html_comments_are_not_fields() {
    let text = "# Ideas\n\n## Sonar\n\nA sonar idea.\n\n<!--\n<p><b>Mentors:</b> NAME</p>\n\
                <p><b>Skills:</b> WHAT</p>\n-->\n";
    let page = parse_page("c.md", text, SkillTable::bundled(), &Defaults::default());
    assert!(page.ideas.is_empty(), "{:?}", page.ideas);
}

#[test]
fn an_html_file_with_front_matter_is_read_through_the_html_parser() {
    // A static site's page: TOML front matter, then HTML with ideas as `<h4>` and fields as
    // list items; a commented-out idea is not one.
    let page = "+++\ntitle = \"Ideas\"\n+++\n<h3>Drivers</h3>\n\
                <!-- <h4>Old idea</h4><ul><li>Skill set: Perl</li></ul> -->\n\
                <h4><img src=\"/i.png\"/>\nFaster disk driver\n</h4>\n\
                <p>Make the disk driver faster by queueing requests.</p>\n\
                <ul>\n<li>Skill set: C, kernel development</li>\n\
                <li>Possible mentors/knowledgeable people: korli, ?</li>\n\
                <li>Project size: 175 hours</li>\n<li>Difficulty: medium</li>\n</ul>\n\
                <h4>Network stack tests</h4>\n<p>Write tests for the network stack.</p>\n\
                <ul><li>Skill set: C++</li><li>Possible mentors: Ann Lee</li>\
                <li>Project size: 350 hours</li></ul>\n";
    for name in ["ideas.html", "ideas.htm"] {
        let parsed = ideas::parse::parse_bytes(
            page.as_bytes(),
            name,
            SkillTable::bundled(),
            &Defaults::default(),
        );
        let ideas::parse::FileOutcome::Parsed(parsed) = parsed else {
            panic!("{name}: skipped")
        };
        let ideas: Vec<_> = parsed.ideas.iter().map(|p| &p.idea).collect();
        let titles: Vec<&str> = ideas.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Faster disk driver", "Network stack tests"],
            "{name}"
        );
        assert_eq!(ideas[0].skills, ["C", "kernel development"]);
        assert_eq!(ideas[0].hours, [175]);
        assert_eq!(ideas[0].difficulty, Difficulty::parse("medium"));
        assert_eq!(ideas[0].mentors.len(), 1, "{:?}", ideas[0].mentors);
        assert_eq!(ideas[1].hours, [350]);
    }
    // The same text named .md is Markdown with HTML blocks, read as such (not converted).
    let md = parse_page(
        "ideas.md",
        page,
        SkillTable::bundled(),
        &Defaults::default(),
    );
    assert!(md.ideas.len() <= 2);
}

#[test]
fn a_sites_title_reference_is_the_front_matters_title() {
    // An Eleventy-style page: front matter, then HTML whose first heading is `{{ title }}`,
    // which the site renders as the page's title; the ideas are cards of `<h3>` and bold
    // labels joined by middle dots.
    let page = "---\ntitle: Summer of Code\norder: 5\n---\n\
                <section><h1 class=\"h1\">{{ title }}</h1><p>Quuxlib takes part.</p></section>\n\
                <section><h2>Project ideas</h2>\n\
                <div><h3>Faster tile cache</h3>\n\
                <p><strong>Mentors:</strong> Ana Lima &middot; <strong>Difficulty:</strong> Advanced \
                &middot; <strong>Hours:</strong> 350 &middot; <strong>Skills:</strong> C++</p>\n\
                <p>Make the tile cache faster by sharing it between the renderer threads.</p></div>\n\
                <div><h3>Plugin loader</h3>\n\
                <p><strong>Mentor:</strong> Bo Chen &middot; <strong>Difficulty:</strong> Easy \
                &middot; <strong>Hours:</strong> 90 &middot; <strong>Skills:</strong> Python</p>\n\
                <p>Load renderer plugins written in Python from a folder of the user's choice.</p></div>\n\
                </section>\n";
    let parsed = ideas::parse::parse_bytes(
        page.as_bytes(),
        "gsoc.html",
        SkillTable::bundled(),
        &Defaults::default(),
    );
    let ideas::parse::FileOutcome::Parsed(parsed) = parsed else {
        panic!("skipped")
    };
    let titles: Vec<&str> = parsed.ideas.iter().map(|i| i.idea.title.as_str()).collect();
    assert_eq!(titles, ["Faster tile cache", "Plugin loader"]);
    let a = &parsed.ideas[0].idea;
    assert_eq!(a.difficulty, Difficulty::parse("hard"));
    assert_eq!(a.hours, vec![350]);
    assert_eq!(a.mentors[0].name.as_deref(), Some("Ana Lima"));
    // The same reference in a Markdown page; one the front matter does not define stays.
    let md = "---\ntitle: Quuxlib ideas\n---\n# {{ title }}\n\nText {{ other }}.\n";
    let rendered = ideas::parse::as_markdown("ideas.md", md).markdown;
    assert!(rendered.contains("# Quuxlib ideas\n"), "{rendered}");
    assert!(rendered.contains("{{ other }}"), "{rendered}");
}

#[test]
fn an_html_pages_head_title_names_the_organisation_when_nothing_else_does() {
    let page = |head: &str| {
        format!(
            "<!DOCTYPE html><html><head><title>{head}</title></head><body>\n\
             <h1>GSoC 2019 ideas</h1>\n<h2>Faster archive reader</h2>\n\
             <p>Read archives in half the time.</p><p><b>Mentors:</b> Ana Lima</p>\n\
             <p><b>Difficulty:</b> Hard</p>\n<h2>Plugin loader</h2>\n<p>Load plugins.</p>\n\
             <p><b>Mentors:</b> Bo Chen</p>\n<p><b>Difficulty:</b> Easy</p>\n</body></html>"
        )
    };
    let orgs = |html: &str| -> Vec<Option<String>> {
        let parsed = ideas::parse::parse_bytes(
            html.as_bytes(),
            "ideas.html",
            ideas::skills::SkillTable::bundled(),
            &ideas::parse::Defaults::default(),
        );
        let ideas::parse::FileOutcome::Parsed(parsed) = parsed else {
            panic!("skipped")
        };
        parsed.ideas.iter().map(|i| i.idea.org.clone()).collect()
    };
    let named = orgs(&page("Tilemaker Archive Tools"));
    assert_eq!(named.len(), 2);
    assert!(
        named
            .iter()
            .all(|o| o.as_deref() == Some("Tilemaker Archive Tools")),
        "{named:?}"
    );
    // The head's title is not the page's text: no idea or heading comes of it.
    assert!(orgs(&page("Ideas List")).iter().all(Option::is_none));
    let html = page("Tilemaker Archive Tools");
    let markdown = ideas::parse::as_markdown("ideas.html", &html);
    assert!(
        !markdown.markdown.contains("Tilemaker"),
        "{}",
        markdown.markdown
    );
    assert_eq!(
        markdown.head_title.as_deref(),
        Some("Tilemaker Archive Tools")
    );
}
