//! Families of idea shapes found on this season's pages, each in a page written for this test:
//! a one-row field table under the idea's heading, numbered variant headings, bare ideas amid
//! drafts, a one-idea page whose only field is its mentors section, roles written as code in
//! a sentence, a list of issue links, and badges that state difficulty and size.

mod common;
use common::{ideas_of, titles};
use ideas::model::{Difficulty, Idea};

fn handles(idea: &Idea) -> Vec<&str> {
    idea.mentors
        .iter()
        .filter_map(|m| m.github.as_deref())
        .collect()
}

#[test]
fn a_one_row_table_under_an_idea_heading_is_its_fields_not_an_idea() {
    // "Project type" is a size label, not a title column.
    let page = "# Solver\n\n## Project ideas\n\n### Neural reduced models\n\nTrain operators on \
        simulation output.\n\n| **Priority** | **Intensity** | **Project type** | **Mentors** |\n\
        | --- | --- | --- | --- |\n| High | Moderate | Medium (~175hr) | \
        [Ana Ruiz](https://github.com/anaruiz) and [Bo Chen](https://github.com/bochen) |\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Neural reduced models"]);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(ideas[0].difficulty, Difficulty::parse("medium"));
    assert_eq!(handles(&ideas[0]), ["anaruiz", "bochen"]);
}

#[test]
fn numbered_variant_headings_take_their_parent_title() {
    let page = "## Forecasting\n\n### 3. Pre-training API\nDesign the API.\n\n\
        #### 3.1 Difficulty: Hard\n* Design it.\n\n**Skills:** `torch`\n**Mentors:** anaruiz\n\
        **Length:** 350 hours\n**Difficulty:** Hard\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Pre-training API"]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[0].org.as_deref(), Some("Forecasting"));
}

#[test]
fn bare_ideas_among_drafts_are_ideas_and_notes_between_ideas_are_not() {
    let page = "# Ideas\n\n## Faster builds\n\nMake builds fast.\n\nMentors: Ana Ruiz\n\
        Skills: Nix\n\n# Draft Ideas\n\n## Patch references\n\nAudit patches.\n\n\
        Skills required:\n- Nix\n\n## Wrapper metadata\n\nTrack wrappers.\n\n\
        Possible mentors:\n- [@bochen](https://github.com/bochen)\n\nSkills required:\n- Nix\n\n\
        ## Update scripts\n\nUse the update bot more.\n\n- add scripts\n- add tests\n\n\
        ## Drift detector\n\nEffort: 175 hours\n\nSkills required:\n- Python\n\n\
        Mentors: Cy Dee\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(
        titles(&ideas),
        [
            "Faster builds",
            "Patch references",
            "Wrapper metadata",
            "Update scripts",
            "Drift detector"
        ]
    );
    assert!(ideas[3].mentors.is_empty() && ideas[3].skills.is_empty());
}

#[test]
fn a_one_idea_page_whose_field_is_a_mentors_section_is_that_idea() {
    let page = "# Stable payments on EVM\n\nBuild the payment widget for the new protocol \
        version and test it end to end.\n\n## Proposed tasks\n\n1. Write contracts.\n2. Deploy.\n\n\
        ## Mentors\n\n* Look for mentors with the roles `@Fate`, `@Orb` and `@Gluon` on our \
        Discord server\n* GitHub: @anaruiz ; Discord: @ana\n* GitHub: @bochen; Discord: @bo\n";
    let ideas = ideas_of("stablepay.md", page);
    assert_eq!(titles(&ideas), ["Stable payments on EVM"]);
    assert_eq!(handles(&ideas[0]), ["anaruiz", "bochen"]);
}

#[test]
fn a_code_formatted_handle_in_a_mentors_list_is_still_a_person() {
    let page = "## Faster parser\n\nRewrite the parser.\n\nMentors: `@anaruiz`, `@bochen`\n\
        Skills: Rust\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(handles(&ideas[0]), ["anaruiz", "bochen"]);
}

#[test]
fn people_side_by_side_acronyms_role_groups_and_bare_address_links() {
    let page = "## Faster parser\n\nRewrite the parser.\n\n\
        **Coding Mentors**<br> [Ana Ruiz](https://github.com/anaruiz) [Bo Chen](https://github.com/bochen/)<br>\n\n\
        Skills: Rust\n\n## Print renderer\n\nRender pages.\n\n\
        Mentors: Cy Dee, author of CUPS and PAPPL (cy at example dot org), Previous release managers, \
        [Di Eng](di.eng@example.org)\n\nSkills: C\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(handles(&ideas[0]), ["anaruiz", "bochen"]);
    let people: Vec<(Option<&str>, Option<&str>)> = ideas[1]
        .mentors
        .iter()
        .map(|m| (m.name.as_deref(), m.email.as_deref()))
        .collect();
    assert_eq!(
        people,
        [
            (Some("Cy Dee"), Some("cy@example.org")),
            (Some("Di Eng"), Some("di.eng@example.org"))
        ]
    );
}

#[test]
fn skills_drop_usage_clauses_languages_and_keep_welcome_extras() {
    let page = "## Adapter\n\nSome description words for the idea go here.\n\nMentors: Ana Ruiz\n\n\
        Skills: Golang (Go) is essential, as Meshery's backend is written in Go, well-spoken English, \
        Hardhat for testing, testing (pytest is a bonus), Rust programming (beginner is ok), \
        Experience and competency with GraphQL, technical writing in both English and Chinese\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(
        ideas[0].skills,
        [
            "Golang (Go)",
            "Hardhat",
            "testing",
            "pytest",
            "Rust programming",
            "GraphQL",
            "technical writing"
        ]
    );
}

#[test]
fn a_data_file_record_with_required_and_preferred_skills_gives_both() {
    let page = r#"[
  {"title": "Layout engine", "supervisors": ["Ana Ruiz"], "description": "Place windows.",
   "difficulty": "Medium", "skills": {"required": ["Pharo", "Bloc"], "preferred": ["OO design"]}},
  {"title": "Generic AST", "supervisors": ["Bo Chen"], "description": "One tree for all.",
   "difficulty": "Hard", "skills": {"required": ["OOP"]}}
]"#;
    let ideas = ideas_of("ideas.json", page);
    assert_eq!(titles(&ideas), ["Layout engine", "Generic AST"]);
    let mut first = ideas[0].skills.clone();
    first.sort();
    assert_eq!(first, ["Bloc", "OO design", "Pharo"]);
    assert_eq!(ideas[1].skills, ["OOP"]);
}

#[test]
fn a_hocon_data_file_gives_its_records_with_substitutions_resolved() {
    // A Laika site's `directory.conf`: bare strings, `${...}` substitutions, bare handles.
    let page = "long: Long (~ 350 hours)\n\nideas: [\n  {\n    title: Faster tile cache\n    \
        description: Make the cache concurrent.\n    prereqs: \"Scala, ideally some networking\"\n    \
        difficulty: Hard.\n    length: ${long}\n    mentors: [anaruiz, bochen]\n  },\n  {\n    \
        title: Wasm backend\n    prereqs: Proficient with Scala and some understanding of Wasm.\n    \
        difficulty: Medium.\n    mentors: [anaruiz]\n  }\n]\n";
    let ideas = ideas_of("directory.conf", page);
    assert_eq!(titles(&ideas), ["Faster tile cache", "Wasm backend"]);
    assert_eq!(ideas[0].hours, [350]);
    assert_eq!(ideas[0].difficulty, Difficulty::parse("hard"));
    let handles: Vec<_> = ideas[0].mentors.iter().map(|m| m.github.clone()).collect();
    assert_eq!(handles, [Some("anaruiz".into()), Some("bochen".into())]);
    // A sentence of prerequisites is cut into its skills.
    assert_eq!(ideas[0].skills, ["Scala", "networking"]);
    assert_eq!(ideas[1].skills, ["Scala", "Wasm"]);
    // No environment variable and no local file reaches the page.
    let leaky = "ideas: [{title: T, description: ${?HOME}, mentors: [a], difficulty: Hard}]";
    let ideas = ideas_of("leaky.conf", leaky);
    assert_eq!(titles(&ideas), ["T"]);
    assert!(
        ideas[0]
            .description
            .as_deref()
            .is_none_or(|d| !d.contains('/')),
        "{ideas:?}"
    );
    let include =
        "include file(\"/etc/passwd\")\nideas: [{title: T, mentors: [a], difficulty: Hard}]";
    let ideas = ideas_of("include.conf", include);
    assert!(ideas.iter().all(|i| i
        .description
        .as_deref()
        .is_none_or(|d| !d.contains("root:"))));
}

#[test]
fn a_long_title_with_a_generic_word_and_a_sentence_heading() {
    // "Projects" in a six-word title does not make it the page's heading.
    let page = "# Porting our EVM Projects to Ergo\n\n## Background\n\nWe would like to port \
        our projects to another chain with its own script language.\n\n## Mentors\n\n\
        * GitHub: @anaruiz; Discord: @ana\n";
    assert_eq!(
        titles(&ideas_of("ergo.md", page)),
        ["Porting our EVM Projects to Ergo"]
    );
    // A paragraph above a rule is a setext heading; a sentence is no idea's title, even with
    // the page's mentors below it.
    let page = "See the official timeline for more details.\n------\n\n\
        **Potential mentors**\n * Ana Ruiz ([anaruiz](https://github.com/anaruiz))\n\n\
        ## **Idea:** Faster parser\n\n- **Possible mentor(s)**: Ana Ruiz\n- **Difficulty**: Hard\n";
    assert_eq!(titles(&ideas_of("dart.md", page)), ["Faster parser"]);
}

#[test]
fn ideas_grouped_under_a_difficulty_heading_take_that_difficulty() {
    let page = "# Ideas\n\n## Beginner projects\n\n### Docs search\n\nAdd search to the docs.\n\n\
        Mentors: Ana Ruiz\nSkills: JavaScript\n\n## Hard\n\n### Incremental parser\n\n\
        Reparse only what changed.\n\nMentors: Bo Chen\nSkills: Rust\n\n\
        ### Query planner\n\nPlan queries.\n\nMentors: Cy Dee\nSkills: Rust\nDifficulty: medium\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(
        titles(&ideas),
        ["Docs search", "Incremental parser", "Query planner"]
    );
    let levels: Vec<_> = ideas.iter().map(|i| i.difficulty).collect();
    // The idea's own field wins over its section.
    let want = ["easy", "hard", "medium"].map(Difficulty::parse);
    assert_eq!(levels, want);
}

#[test]
fn size_sections_beside_a_medium_heading_give_no_difficulty() {
    // "Small / Medium / Large" headings group by size; "Medium" there is no difficulty.
    let page = "# Ideas\n\n## Small\n\n### Docs search\n\nAdd search.\n\nMentors: Ana Ruiz\n\
        Skills: JavaScript\n\n## Medium\n\n### Incremental parser\n\nReparse.\n\n\
        Mentors: Bo Chen\nSkills: Rust\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Docs search", "Incremental parser"]);
    assert!(ideas.iter().all(|i| i.difficulty.is_none()), "{ideas:?}");
}

#[test]
fn a_mentor_email_field_gives_its_address_to_the_mentor_named_before_it() {
    let page = "## 项目一：增量编译\n\n项目描述：实现增量编译。\n\n项目导师：张三\n\n\
        导师邮箱：zhangsan@example.com\n\n技术要求：Rust\n\n\
        ## Query planner\n\nPlan queries.\n\nMentors: Ana Ruiz, Bo Chen\n\n\
        Mentor emails: ana@example.org, bo@example.org\n\nCo-mentors: @cydee\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(ideas.len(), 2, "{ideas:?}");
    let people = |i: &Idea| {
        i.mentors
            .iter()
            .map(|m| (m.name.clone(), m.github.clone(), m.email.clone()))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        people(&ideas[0]),
        [(s("张三"), None, s("zhangsan@example.com"))]
    );
    // Two addresses for the two people before them, in order; a handle alone is someone else.
    assert_eq!(
        people(&ideas[1]),
        [
            (s("Ana Ruiz"), None, s("ana@example.org")),
            (s("Bo Chen"), None, s("bo@example.org")),
            (None, s("cydee"), None),
        ]
    );
}

#[test]
fn ideas_listed_under_a_label_in_each_projects_section_share_its_fields() {
    // An umbrella page: each member project's section gives its fields, then "Project Ideas:"
    // and a list. Items said under every project, and invitations, are no ideas.
    let boiler =
        "* Look for more tasks in the issue tracker.\n* Feel free to submit your own idea!\n";
    let page = format!(
        "# Umbrella 2026\n\n## Suggested ideas\n\n### Lantern\n\n- Skills: C++, CMake\n\
         - Mentors: Ana Ruiz\n\nProject Ideas:\n\n* Add a GPU backend ([issue](https://example.org/1))\n  \
         - Port the kernels to CUDA.\n* Faster startup. Cache the shader index.\n{boiler}\n\
         ### Tiller\n\n- Skills: Python\n- Mentors: Bo Chen\n\nProject Ideas:\n\n{boiler}\n\
         ### Keel\n\n- Skills: Rust\n- Mentors: Cy Dee\n\nProject Ideas:\n\n\
         * Incremental builds:\n    - Rebuild only what changed.\n{boiler}"
    );
    let ideas = ideas_of("ideas.md", &page);
    assert_eq!(
        titles(&ideas),
        ["Add a GPU backend", "Faster startup", "Incremental builds"]
    );
    let names = |i: &Idea| {
        i.mentors
            .iter()
            .filter_map(|m| m.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&ideas[1]), ["Ana Ruiz"]);
    assert_eq!(ideas[1].skills, ["C++", "CMake"]);
    assert_eq!(ideas[2].org.as_deref(), Some("Keel"));
    assert_eq!(
        ideas[1].description.as_deref(),
        Some("Cache the shader index.")
    );
}

#[test]
fn headings_keep_the_title_and_give_the_facts_written_into_them() {
    // A site generator's title variable is the page's heading, not a template; a section
    // number and a link back to the contents are no part of a title, a bracket of facts is
    // (as written) and gives its facts; a place for ideas "coming soon" is not one.
    let page = "---\ntitle: Ideas\n---\n\n# {{page.title}}\n\n## Ideas\n\n\
        ### Project 1.1: Packet traces [⤴️](#index)\n\n- Skills: C++\n- Mentors: Ana Ruiz\n\n\
        ### Compiler fuzzer [Hard, 350 hrs]\n\n**Skills:** Kotlin\n\n**Mentors:** Bo Chen\n\n\
        ### New projects coming soon\n\n**Skills:** Go\n\n**Mentors:** Bo Chen\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(
        titles(&ideas),
        ["Packet traces", "Compiler fuzzer [Hard, 350 hrs]"]
    );
    assert_eq!(ideas[1].hours, [350]);
    assert_eq!(ideas[1].difficulty, Difficulty::parse("hard"));
}

#[test]
fn size_labels_with_a_legend_or_without_a_colon_give_hours() {
    let page = "## Adaptive meshes\n\n- Expected Project Size (90 hrs/ small, 175 hrs/medium, \
        350 hrs/large): 175 hrs (medium)\n- Mentors: Ana Ruiz\n\n\
        ## Climate viewer\n\n**Difficulty** Medium\n\n**Duration** 350 hours\n\n\
        **Mentors:** Bo Chen\n\n**Duration** of the project depends on the scope.\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Adaptive meshes", "Climate viewer"]);
    assert_eq!(ideas[0].hours, [175]);
    assert_eq!(ideas[1].hours, [350]);
    assert_eq!(ideas[1].difficulty, Difficulty::parse("medium"));
}

#[test]
fn badges_state_difficulty_and_size() {
    // Reference images defined once for the page, as P4's list does.
    let page = "# Ideas\n\n[easy]: https://img.shields.io/badge/Difficulty-Easy-green\n\
        [large]: https://img.shields.io/badge/Size-350_hour-red\n\n\
        ## Packet tracer\n\n**Basic info**\n\n![easy] ![large]\n\n- Mentors: Ana Ruiz\n\
        - Skills: C++\n\n## Queue model\n\n\
        ![Difficulty](https://img.shields.io/badge/difficulty-medium-orange) \
        ![Difficulty](https://img.shields.io/badge/difficulty-hard-red)\n\n\
        - Mentors: Bo Chen\n- Skills: Go\n\n## Docs\n\n\
        ![build](https://img.shields.io/badge/build-passing-green)\n\n- Mentors: Cy Dee\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Packet tracer", "Queue model", "Docs"]);
    assert_eq!(ideas[0].difficulty, Difficulty::parse("easy"));
    assert_eq!(ideas[0].hours, [350]);
    // Several difficulty badges give their range; no size badge, no hours.
    assert_eq!(ideas[1].difficulty, Difficulty::parse("medium-hard"));
    assert!(ideas[1].hours.is_empty());
    // A badge of anything else is no field.
    assert_eq!(ideas[2].difficulty, None);
}

#[test]
fn size_badges_that_offer_a_size_give_every_size_offered() {
    // OWASP's badges: the size in the label, whether it is offered in the message.
    let badge = |size: &str, says: &str| {
        format!(
            "![{says}](https://img.shields.io/badge/{size}%20size%20(~{h}h)-{says}-green)",
            h = if size == "medium" {
                175
            } else if size == "large" {
                350
            } else {
                90
            }
        )
    };
    let page = format!(
        "# Ideas\n\n## Scanner\n\n{} {}\n\n- Mentors: Ana Ruiz\n- Skills: Python\n\n\
         ## Dashboard\n\n{} {}\n\n- Mentors: Bo Chen\n- Skills: Go\n",
        badge("medium", "preferred"),
        badge("large", "possible"),
        badge("small", "not%20recommended"),
        badge("medium", "preferred"),
    );
    let ideas = ideas_of("ideas.md", &page);
    assert_eq!(titles(&ideas), ["Scanner", "Dashboard"]);
    assert_eq!(ideas[0].hours, [175, 350]);
    assert_eq!(ideas[1].hours, [175]);
}

#[test]
fn a_sibling_label_of_no_known_field_ends_the_field_above() {
    let page = "# Ideas\n\n## Tracer\n\n**Description:** Build a packet tracer.\n\
        **Funding source:** NSF grant\n\n**Related issues:**\n\n\
        - https://github.com/x/y/issues/1\n\n**Suggested milestones:**\n\n\
        - Reuse https://github.com/x/y/pull/2\n\n**Mentors:** Ana Ruiz\n\
        **Backup:** Bo Chen\n\n**Skills:**\n\nBackend: Python\nFrontend: React\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Tracer"]);
    let idea = &ideas[0];
    assert_eq!(idea.description.as_deref(), Some("Build a packet tracer."));
    assert_eq!(idea.upstream_issues, ["https://github.com/x/y/issues/1"]);
    // Roles under a mentors field and categories under a skills field stay in them.
    let names: Vec<_> = idea
        .mentors
        .iter()
        .filter_map(|m| m.name.as_deref())
        .collect();
    assert_eq!(names, ["Ana Ruiz", "Bo Chen"]);
    assert_eq!(idea.skills, ["Python", "React"]);
}

#[test]
fn an_overview_under_the_page_title_is_no_idea_of_the_ideas_below() {
    let table = |who: &str, skill: &str| {
        format!("| Field | Value |\n|---|---|\n| Mentors | {who} |\n| Skills | {skill} |\n")
    };
    let page = format!(
        "# GSoC 2026 Ideas\n\n## Overview\n\n1. [Faster rebuilds](#faster-rebuilds)\n\
         2. [Plugin sandbox](#plugin-sandbox)\n\n## Faster rebuilds\n\nCache the graph.\n\n{}\n\
         ## Plugin sandbox\n\nRun plugins in a sandbox.\n\n{}",
        table("Ana Ruiz", "Rust"),
        table("Bo Chen", "Go")
    );
    let ideas = ideas_of("ideas.md", &page);
    assert_eq!(titles(&ideas), ["Faster rebuilds", "Plugin sandbox"]);
    assert_eq!(ideas[0].skills, ["Rust"]);
    // A one-idea page keeps its overview and its details as one idea.
    let one =
        "# Faster rebuilds\n\n## Overview\n\nCache the dependency graph of the workspace.\n\n\
        ## Details\n\n- Mentors: Ana Ruiz\n- Skills: Rust\n";
    assert_eq!(titles(&ideas_of("idea.md", one)), ["Faster rebuilds"]);
}

#[test]
fn a_contacts_field_gives_the_groups_channels_not_its_people() {
    let page = "# Ideas\n\n## Vector tiles\n\nTiles.\n\n- **Mentors:** Ann Wu, Ben Ho\n\
        - **Contact:** maps-dev@lists.acme.org, [Zulip](https://acme.zulipchat.com/#narrow/stream/maps)\n\
        - **Skills:** Go\n\n## Offline maps\n\nMaps.\n\n- **Mentors:** Cy Dorn\n\
        - **Mailing list:** maps (at) acme (dot) org\n- **Chat:** [Cy Dorn](https://github.com/cydorn)\n\
        - **Skills:** Kotlin\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Vector tiles", "Offline maps"]);
    assert_eq!(
        ideas[0].contacts,
        [
            "maps-dev@lists.acme.org",
            "https://acme.zulipchat.com/#narrow/stream/maps"
        ]
    );
    // An obfuscated list address is decoded; a person named as the contact is no channel.
    assert_eq!(ideas[1].contacts, ["maps@acme.org"]);
    // The contacts field ends the mentors above it: nobody gains an address.
    assert!(ideas
        .iter()
        .all(|i| i.mentors.iter().all(|m| m.email.is_none())));
}

#[test]
fn a_title_in_a_definition_list_under_a_numbered_heading_titles_the_idea() {
    // kramdown and Pandoc definition lists: the term, then ": value" on the next line.
    let page = "# Ideas\n\n## Project 1\n\nTitle\n: Faster tile renderer\n\nMentors\n: Ada Lee\n\n\
        Skills\n: Rust\n\nSize\n: 175 hours\n\n## Project 2\n\nTitle\n: Offline map packs\n\n\
        Mentors\n: Bo Chen\n\nSkills\n: Kotlin\n\nSize\n: 350 hours\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(
        titles(&ideas),
        ["Faster tile renderer", "Offline map packs"]
    );
    assert_eq!(ideas[1].hours, [350]);
    // A term that is no title label, or a title with no definition, titles nothing.
    let page = "# Ideas\n\n## Project 1\n\nName\n: Faster tile renderer\n\nMentors\n: Ada Lee\n\n\
        Skills\n: Rust\n\n## Project 2\n\nTitle\n\n: Offline map packs\n\nMentors\n: Bo Chen\n\n\
        Skills\n: Kotlin\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Project 1", "Project 2"]);
}

#[test]
fn a_contacts_field_on_the_mentors_line_gives_the_groups_address_to_no_mentor() {
    // After a separator, in bold, or after "; " / ", " inside the mentors' value.
    let page = "# Ideas\n\n## Tiles\n\nTiles.\n\nMentors: Ann Wu | Contact: tiles@lists.acme.org\n\n\
        Skills: Go\n\n## Maps\n\nMaps.\n\n**Mentors:** Ann Wu, Bo Chan **Contact:** maps@lists.acme.org\n\n\
        Skills: Go\n\n## Routes\n\nRoutes.\n\nMentors: Ann Wu (@annwu); contact: routes-dev@acme.org\n\n\
        Skills: Go\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Tiles", "Maps", "Routes"]);
    let contacts: Vec<&[String]> = ideas.iter().map(|i| i.contacts.as_slice()).collect();
    assert_eq!(
        contacts,
        [
            ["tiles@lists.acme.org"],
            ["maps@lists.acme.org"],
            ["routes-dev@acme.org"]
        ]
    );
    let names = |i: usize| -> Vec<&str> {
        let mentors = ideas[i].mentors.iter();
        mentors.filter_map(|m| m.name.as_deref()).collect()
    };
    assert_eq!(names(0), ["Ann Wu"]);
    assert_eq!(names(1), ["Ann Wu", "Bo Chan"]);
    assert_eq!(names(2), ["Ann Wu"]);
    assert_eq!(ideas[2].mentors[0].github.as_deref(), Some("annwu"));
    assert!(ideas
        .iter()
        .all(|i| i.mentors.iter().all(|m| m.email.is_none())));
    // "Ann Wu, Bo Chan" alone stays two mentors, and a contact that is no field is read as ever.
    let page =
        "# Ideas\n\n## Tiles\n\nTiles.\n\nMentors: Ann Wu, Bo Chan (bo@acme.org)\n\nSkills: Go\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(ideas[0].mentors[1].email.as_deref(), Some("bo@acme.org"));
    assert!(ideas[0].contacts.is_empty());
}

#[test]
fn a_form_of_address_is_no_part_of_a_mentors_name() {
    let page = "# Ideas\n\n## Tiles\n\nTiles.\n\nMentors: Dr. Carla Diaz (carla@uni.edu), Professor Dan Ek, \
        Dr Eva Lund, Prof.\n\nSkills: Go\n";
    let ideas = ideas_of("ideas.md", page);
    let names: Vec<&str> = ideas[0]
        .mentors
        .iter()
        .filter_map(|m| m.name.as_deref())
        .collect();
    assert_eq!(names, ["Carla Diaz", "Dan Ek", "Eva Lund"]);
    assert_eq!(ideas[0].mentors[0].email.as_deref(), Some("carla@uni.edu"));
}

#[test]
fn a_company_after_a_mentor_is_where_they_work_and_an_empty_role_is_nobody() {
    let page = "# Ideas\n\n## Tiles\n\nTiles.\n\n**Possible mentor**\n\nAnn Wu, JetBrains\n\n\
        ## Maps\n\nMaps.\n\n- Mentors\n  - Primary: Bo Chan\n  - Support: -\n- Skills: Go\n\n\
        ## Routes\n\nRoutes.\n\n- **Mentors:** Cy Dorn (@cydorn), Red Hat\n- **Needed Skills:** Rust, graph theory\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Tiles", "Maps", "Routes"]);
    let people = |i: usize| -> Vec<(Option<&str>, Option<&str>)> {
        let mentors = ideas[i].mentors.iter();
        mentors
            .map(|m| (m.name.as_deref(), m.affiliation.as_deref()))
            .collect()
    };
    assert_eq!(people(0), [(Some("Ann Wu"), Some("JetBrains"))]);
    assert_eq!(people(1), [(Some("Bo Chan"), None)]);
    assert_eq!(people(2), [(Some("Cy Dorn"), Some("Red Hat"))]);
    // "Needed Skills" is a skills field: its items are skills, not mentors.
    assert_eq!(ideas[2].skills, ["Rust", "graph theory"]);
}

#[test]
fn another_fields_label_ends_the_people_of_a_mentors_field_but_not_its_roles() {
    let page = "# Ideas\n\n## Tiles\n\n**Size:** 350 hours\n\n**Mentor:**\n- **Ann Wu** (ann@acme.org)\n\n\
        **Essential information:**\n- Design a tile cache for slow networks.\n- Develop visualization tools.\n\n\
        ## Maps\n\n**Size:** 175 hours\n\n**Mentors:**\n- Bo Chan\n\n**Secondary Mentor:** Cy Dorn\n\n\
        **Backup:** Di Ek\n";
    let ideas = ideas_of("ideas.md", page);
    assert_eq!(titles(&ideas), ["Tiles", "Maps"]);
    let names = |i: usize| -> Vec<&str> {
        let mentors = ideas[i].mentors.iter();
        mentors.filter_map(|m| m.name.as_deref()).collect()
    };
    assert_eq!(names(0), ["Ann Wu"]);
    // What follows the people is the idea's text, not lost.
    let description = ideas[0].description.as_deref().unwrap_or("");
    assert!(description.contains("tile cache"), "{description}");
    assert_eq!(names(1), ["Bo Chan", "Cy Dorn", "Di Ek"]);
}
