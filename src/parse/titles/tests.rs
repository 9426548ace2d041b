use super::*;

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 3000,
        failure_persistence: None,
        ..Default::default()
    })]
    /// The first scan of `is_excluded_heading` never turns away a heading the tests after
    /// it exclude.
    #[test]
    fn the_word_scan_keeps_every_excluded_heading(
        parts in proptest::collection::vec(
            "(Idea|Project|Proposal|Title|Name|TBD|todo|XXX|Template|Example|Samples|Custom|Completed|Past|Previous|Year|Finished|Contributor|proposed|Your|Own|Table of Contents|TOC|GSoC|not a|\\{\\{|\\}\\}|\\[|\\]|1\\.|:| |-|İ|K|💡)",
            0..8,
        )
    ) {
        let text = parts.concat();
        if excluded_by_words(&text) {
            proptest::prop_assert!(is_excluded_heading(&text), "{:?}", text);
        }
    }
}
use crate::parse::hours::hours_with_unit;

#[test]
fn size_remarks_are_read_and_stay_in_the_title() {
    assert_eq!(
        split_title_size("New plugin (Size: Medium)"),
        ("New plugin (Size: Medium)".to_string(), vec![175])
    );
    assert_eq!(split_title_size("Dashboards (size: large)").1, vec![350]);
    assert_eq!(
        split_title_size("Support (experimental) things"),
        ("Support (experimental) things".to_string(), vec![])
    );
    let hard = Difficulty::parse("hard");
    assert_eq!(
        split_title_facts("Streaming compaction (350 hours, hard)"),
        (
            "Streaming compaction (350 hours, hard)".to_string(),
            vec![350],
            hard
        )
    );
    assert_eq!(
        split_title_facts("Profiler (Difficulty: Medium to Hard; Size: 175h)").1,
        vec![175]
    );
    assert_eq!(
        split_title_facts("Profiler [Difficulty: Medium to Hard; Size: 175h]").2,
        Difficulty::parse("medium to hard")
    );
    assert_eq!(
        split_title_facts("Sync dashboard (Hard)"),
        ("Sync dashboard (Hard)".to_string(), vec![], hard)
    );
    assert_eq!(
        split_title_facts("Parser (large)"),
        ("Parser (large)".to_string(), vec![350], None)
    );
    for kept in [
        "Dark mode (medium)",
        "GPU port (CUDA, 350 hours)",
        "Support (experimental)",
        "Cache (Rust)",
        "GPU kernels (high priority)",
    ] {
        assert_eq!(split_title_facts(kept), (kept.to_string(), vec![], None));
    }
    // A level before the title, alone or as a range, is read and leaves the title.
    assert_eq!(
        split_title_facts("Beginner/Intermediate: CSV exporter"),
        (
            "CSV exporter".to_string(),
            vec![],
            Difficulty::parse("easy to medium")
        )
    );
    assert_eq!(
        split_title_facts("[Hard] Live viewer (350 hours)"),
        ("Live viewer (350 hours)".to_string(), vec![350], hard)
    );
    // Not a level alone ("Basic", a lone "Medium", which may be a size), or nothing after it.
    for kept in [
        "Basic: setup guide",
        "Medium: a viewer",
        "Advanced:",
        "Advanced search",
    ] {
        assert_eq!(split_level_prefix(kept), None, "{kept}");
    }
    assert_eq!(
        clean_org("Kubebuilder (https://github.com/kubernetes-sigs/kubebuilder)"),
        "Kubebuilder"
    );
    assert_eq!(clean_org("[Harbor](https://goharbor.io)"), "Harbor");
}

#[test]
fn heading_attribute_lists_are_not_part_of_the_title() {
    for (text, want) in [
        ("Faster tiles {#faster-tiles}", "Faster tiles"),
        ("Faster tiles {: .idea #t}", "Faster tiles"),
        ("Faster tiles {.new}", "Faster tiles"),
        ("{{ page.title }}", "{{ page.title }}"),
        ("Sets {a, b}", "Sets {a, b}"),
        ("{#only-an-id}", "{#only-an-id}"),
    ] {
        assert_eq!(clean_heading(text), want, "{text:?}");
    }
}

#[test]
fn titles_lose_their_prefixes() {
    let cases = [
        ("💡 Faster parser", "Faster parser"),
        ("1. Faster parser", "Faster parser"),
        ("Project 1-1: Faster parser", "Faster parser"),
        ("Project-3: Faster parser", "Faster parser"),
        ("[12] Faster parser.", "Faster parser."),
        ("#3 Faster parser", "Faster parser"),
        ("2D plots", "2D plots"),
        ("项目二：浮标遥测接入", "浮标遥测接入"),
        ("项目一", "项目一"),
        ("三、x2paddle 套件能力建设", "x2paddle 套件能力建设"),
        ("12、Faster parser", "Faster parser"),
        ("3.0 release", "3.0 release"),
        (":rocket: Faster parser", "Faster parser"),
        (
            "Project Title: multi-tenancy/security",
            "multi-tenancy/security",
        ),
        (
            "Title: Deploying Kubeflow with Helm",
            "Deploying Kubeflow with Helm",
        ),
        (
            "Project 12: PostgreSQL integration",
            "PostgreSQL integration",
        ),
        ("Idea 3: Something — else", "Something — else"),
        ("Project 1. Support for Azure", "Support for Azure"),
        ("Idea 2) Graph layouts", "Graph layouts"),
        ("Project 2.0 roadmap", "Project 2.0 roadmap"),
        ("Idea A: Graph layouts", "Graph layouts"),
        ("Project b - Plot exporters", "Plot exporters"),
        ("Project X", "Project X"),
        ("Idea Ab: kept", "Idea Ab: kept"),
        ("Projects: kept", "Projects: kept"),
        ("IDEA: Upper", "Upper"),
        ("Harbor CLI", "Harbor CLI"),
        ("Projects in Go", "Projects in Go"),
        ("Project 1", "Project 1"),
        ("Project Idea IV - Metadata cache", "Metadata cache"),
        ("Project Idea II: Codec registry", "Codec registry"),
        ("Project XVIII: kept", "Project XVIII: kept"),
        ("Idea Iv: kept", "Idea Iv: kept"),
        ("1 : Faster tile cache", "Faster tile cache"),
        ("2: Plugin loader", "Plugin loader"),
        ("3D: kept", "3D: kept"),
        ("[3]High-Dimensional Imaging", "High-Dimensional Imaging"),
        ("[3]", "[3]"),
        // A project's name and number before the title.
        ("Tiler #1: Faster tiles", "Faster tiles"),
        ("Map Kit #12 Offline maps", "Offline maps"),
        ("Support C #1 and more", "Support C #1 and more"),
        ("Tiler #1", "Tiler #1"),
        ("Fix #12345 crash", "Fix #12345 crash"),
        // A title in quotes is the words inside them.
        ("Idea 1: \"Faster tiles\"", "Faster tiles"),
        ("\u{201c}Tile cache\u{201d}", "Tile cache"),
        ("\"Tiles\" and \"maps\"", "\"Tiles\" and \"maps\""),
    ];
    for (text, want) in cases {
        assert_eq!(clean_title(text), want, "{text:?}");
    }
}

#[test]
fn template_placeholders() {
    // Sections for ideas of one's own are not ideas, and neither is anything below them.
    assert!(is_excluded_heading("Contributor-proposed Project"));
    assert!(!is_placeholder_title("Contributor-proposed Project"));
    // A table of contents excludes only its own text.
    assert!(is_contents_heading("Table of Contents:"));
    assert!(is_excluded_heading("TOC"));
    // A template for ideas, not an idea about templates.
    for t in [
        "Template",
        "Idea template",
        "Templates:",
        "Project proposal template",
        "Application template",
    ] {
        assert!(is_excluded_heading(t), "{t:?}");
    }
    // An example idea is a template; ideas offered as examples are the page's ideas.
    assert!(is_excluded_heading("Sample idea"));
    assert!(is_excluded_heading("Example project"));
    assert!(!is_excluded_heading("Sample Ideas"));
    assert!(!is_excluded_heading("Example projects"));
    for t in [
        "Template Questions",
        "Grafana template for deployments",
        "Report templates",
        "Email templates",
        "A template project for Ibex custom instruction set extensions",
    ] {
        assert!(!is_excluded_heading(t), "{t:?}");
    }
    // An invitation in an idea's place.
    assert!(is_excluded_heading("Your project here"));
    assert!(!is_excluded_heading("Your project's first release"));
    // A part of the page about the organisation: its admins, team, timeline.
    for t in ["Admins", "Org Admins:", "Our Team", "Timeline"] {
        assert!(is_excluded_heading(t), "{t:?}");
    }
    for t in [
        "Team dashboard",
        "Timeline view for traces",
        "Admin console",
    ] {
        assert!(!is_excluded_heading(t), "{t:?}");
    }
    for t in [
        "Idea Title",
        " Project Title ",
        "Your project name",
        "Name of the idea",
        "{{ title }}",
        "[Idea name]",
        "[N] PROJECT TITLE.",
    ] {
        assert!(is_placeholder_title(t), "{t:?}");
        assert!(is_excluded_heading(t), "{t:?}");
    }
    for t in [
        "Title",
        "Name",
        "Project 1",
        "Harbor CLI",
        "Idea: Title matching",
    ] {
        assert!(!is_placeholder_title(t), "{t:?}");
    }
    for v in [
        "{{ }}",
        "{{ Trivial - Easy - Moderate - Hard }}",
        "{{ [@foo][], [@bar][] }}",
    ] {
        assert!(is_mustache_placeholder(v), "{v:?}");
    }
    for v in [
        "{{ page.mentors }}",
        "{{ .Params.size }}",
        "{{< figure src=x >}}",
        "Medium",
        "",
    ] {
        assert!(!is_mustache_placeholder(v), "{v:?}");
    }
}

#[test]
fn titles_from_file_names() {
    let cases = [
        (
            "gsoc/kube-tekton-integration.md",
            Some("Kube tekton integration"),
        ),
        ("a__b__harbour_crane.md", Some("Harbour crane")),
        ("C:\\x\\tidy-paths.markdown", Some("Tidy paths")),
        ("ideas/README.md", None),
        ("gsoc-2024-ideas.md", None),
        ("_template.md", None),
    ];
    for (path, want) in cases {
        assert_eq!(title_from_path(path).as_deref(), want, "{path:?}");
    }
}

#[test]
fn generic_headings() {
    assert!(is_number_only_title("项目一"));
    assert!(is_number_only_title("Project 10:"));
    assert!(!is_number_only_title("项目二：浮标遥测接入"));
    assert!(is_generic_heading("Project Ideas for 2025 GSoC"));
    assert!(is_generic_heading("Proposed Project ideas"));
    assert!(is_generic_heading("Project 1"));
    assert!(is_generic_heading("Summer OSPP"));
    assert!(is_generic_heading("Table of Contents"));
    assert!(is_generic_heading("Contents:"));
    assert!(is_generic_heading("Index"));
    assert!(!is_generic_heading("Search index rewrite"));
    assert!(!is_generic_heading("Harbor"));
    assert_eq!(org_from_heading("Harbor").as_deref(), Some("Harbor"));
    assert_eq!(
        org_from_heading("JuliaGeo: Geospatial processing in Julia").as_deref(),
        Some("JuliaGeo")
    );
    assert_eq!(
        org_from_heading("CliMA: A New Open-Source Climate Model Running on GPUs").as_deref(),
        Some("CliMA")
    );
    assert_eq!(
        org_from_heading("New things we’re currently interested in"),
        None
    );
    assert_eq!(org_from_heading("Projects for you to pick"), None);
    // Topics joined from common nouns name no organisation; one the list knows still does.
    assert_eq!(org_from_heading("New Languages and Compilers"), None);
    assert_eq!(org_from_heading("Tools for EDK II Ease-of-Use"), None);
    assert_eq!(
        org_from_heading("Linkerd and Envoy").as_deref(),
        Some("Linkerd and Envoy")
    );
    assert_eq!(
        org_from_heading("Global Alliance for Genomics and Health").as_deref(),
        Some("Global Alliance for Genomics and Health")
    );
    // Where a page keeps its earlier years' ideas.
    assert_eq!(org_from_heading("Archives"), None);
    assert_eq!(org_from_heading("Past ideas"), None);
    assert_eq!(
        org_from_heading("A long sentence that is not the name of anything").as_deref(),
        None
    );
    assert_eq!(
        org_from_heading("Open Source Climate Model Tools: one").as_deref(),
        Some("Open Source Climate Model Tools: one")
    );
    assert!(!is_generic_heading("Inspektor Gadget"));
}

#[test]
fn hours_need_a_unit() {
    let cases = [
        ("Medium (175h)", vec![175]),
        ("**High** (350 hours)", vec![350]),
        ("~90 hrs", vec![90]),
        ("medium", vec![]),
        ("see nixpkgs#258250 and 0.1.0 here", vec![]),
        ("2 hard problems", vec![]),
    ];
    for (text, want) in cases {
        assert_eq!(hours_with_unit(text), want, "{text:?}");
    }
    assert_eq!(heading_hours("small (90 hours)"), vec![90]);
    assert_eq!(heading_hours("Medium"), Vec::<u32>::new());
    assert!(is_generic_heading("large (350 hours)"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..Default::default()
    })]
    /// The word tests before lower-casing change nothing.
    #[test]
    fn heading_shortcuts_are_the_reference(
        text in "(Table of Contents|contents|TOC|toc|Index|Accepted|SELECTED|funded|projects|2025|\\{% x %\\}|\\{#id\\}|[a-zA-Z]{1,6}| |  |\t|\u{a0}|\u{212a}|\u{130}|:){0,8}"
    ) {
        let t = text.trim().trim_end_matches(':').trim().to_lowercase();
        let contents = t.contains("table of contents") || ["contents", "toc", "index"].contains(&t.as_str());
        proptest::prop_assert_eq!(is_contents_heading(&text), contents);
        let l = text.to_lowercase();
        let results = ["accepted", "selected", "funded"].iter().any(|w| l.contains(w))
            && frontmatter::find_year(&l).is_some();
        proptest::prop_assert_eq!(is_results_heading(&text), results);
    }
}

/// [`is_numbered_heading`] as first written, on a lower-cased copy: the reference it must agree
/// with.
fn numbered_words(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    words.len() <= 3
        && words
            .first()
            .is_some_and(|w| ["project", "idea", "task"].contains(w))
        && words.iter().skip(1).all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '#')
        })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..Default::default()
    })]
    #[test]
    fn numbered_heading_is_the_reference(
        text in "(Project|PROJECT|idea|Idea|Ideas|Task|tas|[0-9]{1,3}|#|:| |\t|\u{a0}|\u{212a}|\u{130}|[a-z]{1,5}){0,5}"
    ) {
        proptest::prop_assert_eq!(is_numbered_heading(&text), numbered_words(&text));
    }
}

#[test]
fn a_page_title_names_a_known_organisation_before_programme_words() {
    // The page's own title may be the name and an ideas page's words alone; another heading
    // ("Machine Learning Ideas") names a group of ideas.
    assert_eq!(
        org_from_own_title("Pencil2D Project Ideas").as_deref(),
        Some("Pencil2D")
    );
    assert_eq!(org_from_own_title("GSoC 2026 Project Ideas"), None);
    assert_eq!(org_from_own_title("Student Project Ideas"), None);
    // The programme and year may open the title.
    assert_eq!(
        org_from_own_title("GSoC 2021 Quuxlib Ideas Page").as_deref(),
        Some("Quuxlib")
    );
    assert_eq!(
        org_from_own_title("Google Summer of Code 2024 Quuxlib Ideas").as_deref(),
        Some("Quuxlib")
    );
    // The name, then only an ideas page's words.
    assert_eq!(
        org_from_own_title("Quuxlib ideas for GSoC 2025").as_deref(),
        Some("Quuxlib")
    );
    assert_eq!(
        org_from_own_title("Quuxlib List of Ideas GSoC").as_deref(),
        Some("Quuxlib")
    );
    assert_eq!(org_from_own_title("List of Ideas GSoC 2024"), None);
    // A numbered topic heading names no org.
    for topic in ["1 - Lumen Parser", "2. Lumen Runtime", "Project 3: Lumen"] {
        assert_eq!(org_from_heading(topic), None, "{topic}");
    }
    // The name after "for": capitalised, or in code as the project spells it.
    assert_eq!(
        org_from_own_title("Project Ideas for Quaykit in GSoC 2024").as_deref(),
        Some("Quaykit")
    );
    assert_eq!(
        org_after_for("# Project ideas for `quaykit`").as_deref(),
        Some("quaykit")
    );
    for none in [
        "Project ideas for quaykit",
        "Ideas for New Contributors",
        "Ideas for Google Summer of Code 2024",
        "Tips for Applicants",
    ] {
        assert_eq!(org_after_for(none), None, "{none}");
    }
    assert_eq!(org_from_page_title("Machine Learning Ideas"), None);
    let org = |t: &str| org_from_page_title(t);
    assert_eq!(
        org("St. Jude Children's Research Hospital — Project Ideas").as_deref(),
        Some("St. Jude Children's Research Hospital")
    );
    assert_eq!(org("Mixxx: GSoC 2026 ideas").as_deref(), Some("Mixxx"));
    // Words that name no known organisation, or no separator at all, name none.
    assert_eq!(org("Project ideas - 2026"), None);
    assert_eq!(org("Fast renderers — ideas"), None);
    assert_eq!(org("Mixxx"), None);
    // The owner a title naming the programme opens with; a separator's name comes first.
    assert_eq!(
        org("Emory BMI's Journey with Google Summer of Code (GSoC) 2025: Pioneering Research")
            .as_deref(),
        Some("Emory BMI")
    );
    assert_eq!(
        org("St. Jude Children's Research Hospital — GSoC 2026").as_deref(),
        Some("St. Jude Children's Research Hospital")
    );
    assert_eq!(org("Everyone's favourite GSoC ideas"), None);
    // A name the list does not know, in a title that is only it and an ideas page's words.
    assert_eq!(
        org("Tidewatch Ideas Page: Google Summer of Code 2026").as_deref(),
        Some("Tidewatch")
    );
    assert_eq!(org("Tide Lab — GSoC 2026").as_deref(), Some("Tide Lab"));
    assert_eq!(org("Welcome - GSoC 2026"), None);
    assert_eq!(org("Tidewatch - a tide gauge viewer"), None);
    assert_eq!(org("Summer of Code - Getting Started"), None);
}

#[test]
fn numbered_sequence_headings() {
    assert!(starts_numbered("1. MCP for OGC APIs"));
    assert!(starts_numbered("3) Parser"));
    assert!(starts_numbered("Project #2: Cache"));
    assert!(starts_numbered("Idea 4 - Docs"));
    assert!(!starts_numbered("3D printing support"));
    assert!(!starts_numbered("Project ideas"));
    assert!(!starts_numbered("2026 roadmap"));
}

#[test]
fn an_emphasised_lead_is_a_title_prefix_only_when_it_names_no_part_of_the_title() {
    for lead in ["**Idea**", "_IDEA:_", "**Project 3:**", "*Idea:*"] {
        assert!(is_title_prefix(lead), "{lead}");
    }
    for lead in ["**Faster**", "_Offline_", "**Sensor fusion:**", "**", ""] {
        assert!(!is_title_prefix(lead), "{lead}");
    }
}
