//! Tests of skills as written (items) and of the skills an item names (ids).

use super::{list_items, written_items, SkillTable};

fn check_items(cases: &[(&str, &[&str])]) {
    for (raw, want) in cases {
        assert_eq!(written_items(raw), *want, "{raw:?}");
    }
}

fn ids(item: &str) -> Vec<String> {
    SkillTable::bundled().ids_of(item)
}

#[test]
fn items_are_the_listed_skills_as_written() {
    check_items(&[
        (
            "Knowledge of Rust, basic familiarity with compiler functionality or LLVM is a bonus.",
            &["Rust", "compiler functionality", "LLVM"],
        ),
        ("C, CUPS", &["C", "CUPS"]),
        // A spaced plus joins skills as "and" does; "C++" is one.
        (
            "Javascript + React + Ant Design (frontend), C++",
            &["Javascript", "React", "Ant Design (frontend)", "C++"],
        ),
        (
            "- React\n- TypeScript\n- Jest or Playwright",
            &["React", "TypeScript", "Jest", "Playwright"],
        ),
        ("* Experience with C\n* Experience with GTK", &["C", "GTK"]),
        ("Fortran knowledge", &["Fortran"]),
        (
            "Python; PyTorch experience preferred",
            &["Python", "PyTorch"],
        ),
        (
            "Frontend experience using **Next.js** and `Wagmi`",
            &["Next.js", "Wagmi"],
        ),
        ("Scala, ability to read C", &["Scala", "C"]),
        (
            "- Bonus: expertise with visual design, user experience",
            &["visual design", "user experience"],
        ),
        (
            "Machine Learning (PyTorch)",
            &["Machine Learning (PyTorch)"],
        ),
        (
            "Knowledge Distillation, Deep Learning",
            &["Knowledge Distillation", "Deep Learning"],
        ),
    ]);
}

#[test]
fn parentheses_stay_with_their_item_unless_they_list_examples_of_a_category() {
    check_items(&[
        (
            "databases (SQLite, PostgreSQL, or time-series databases), Git",
            &[
                "databases (SQLite, PostgreSQL, or time-series databases)",
                "Git",
            ],
        ),
        ("methodology (deep learning)", &["deep learning"]),
        (
            "knowledge of torch ecosystem libraries (such as `lightning`, `torchmetrics`)",
            &["lightning", "torchmetrics"],
        ),
        (
            "machine learning frameworks such as PyTorch",
            &["machine learning frameworks", "PyTorch"],
        ),
        ("FPGA tools such as Vivado strongly encouraged", &["Vivado"]),
        (
            "Strong knowledge of Julia (an ideal candidate will have written some)",
            &["Julia"],
        ),
        // "e.g." opens the examples; it neither ends a sentence nor stays in the item.
        (
            "Python and good proficiency in numerical stacks (e.g. NumPy, Pandas), Git",
            &["Python", "numerical stacks (NumPy, Pandas)", "Git"],
        ),
        (
            "drug-target databases (e.g., PHAROS)",
            &["drug-target databases (PHAROS)"],
        ),
        // A bracket opening on a character wider than one byte is no mark.
        ("Go (éé)", &["Go (éé)"]),
        // A bracket holding a relative clause is prose.
        (
            "type systems (I.e. a language that is type safe, like C++)",
            &["type systems"],
        ),
        (
            "Networking background or familiarity with HTTP",
            &["Networking", "HTTP"],
        ),
        ("Kubernetes, AWS and its services", &["Kubernetes", "AWS"]),
    ]);
}

#[test]
fn soft_skills_prose_and_lead_ins_are_not_items() {
    check_items(&[
        ("Willingness to learn, good communication", &[]),
        ("Go, willingness to learn", &["Go"]),
        // How well, or how much it is wanted, after the skill.
        ("You should know Java well, and Rust ideally.", &["Java", "Rust"]),
        // An adverb is no skill; "may be helpful" says how much one is wanted.
        (
            "Ability to learn quickly. Experience with Rust and secure software design may be helpful.",
            &["Rust", "secure software design"],
        ),
        ("Experience with Rust might be useful.", &["Rust"]),
        ("SDL multimedia API (nice to have)", &["SDL multimedia API"]),
        (
            "Familiarity with pose estimation frameworks and their usual workflow.",
            &["pose estimation frameworks"],
        ),
        (
            "Ability to communicate clearly and work iteratively with domain experts",
            &[],
        ),
        (
            "Your proposal should describe which projects you will tackle.",
            &[],
        ),
        (
            "Smart contracts must be deployed on EVM chains (Ethereum, Polygon).",
            &[],
        ),
        (
            "The following skills would be valuable:\n\n- Go\n- Rust",
            &["Go", "Rust"],
        ),
        // A lead-in line that names no skills ends them.
        (
            "- Java\n\n**Code places to look at:**\n\n- org.example.Main",
            &["Java"],
        ),
        ("Intermediate knowledge of Rust, or better.", &["Rust"]),
        ("Figma or similar tools", &["Figma"]),
        // A label has no list before its colon.
        ("C, SIMD; nice to have: Rust", &["C", "SIMD", "Rust"]),
        // Words joined by a slash are names, not prose ("no", "I").
        ("Java, CouchDB/No SQL", &["Java", "CouchDB/No SQL"]),
        ("C, Linux I/O", &["C", "Linux I/O"]),
        ("PyTorch or an equivalent framework", &["PyTorch"]),
        (
            "Familiarity with hardware design is helpful to have context",
            &["hardware design"],
        ),
    ]);
}

#[test]
fn an_item_said_twice_is_listed_once() {
    check_items(&[
        (
            "Python, Kubernetes\n- Python (intermediate)\n- Kubernetes basics\n- pytest",
            &["Python", "Kubernetes", "pytest"],
        ),
        ("Go, go, GO", &["Go"]),
        // A longer item that names more than an earlier one is a skill of its own.
        (
            "Python, GPU programming using Python bindings",
            &["Python", "GPU programming using Python bindings"],
        ),
        (
            "TypeScript, React\n- TypeScript/React (advanced)",
            &["TypeScript", "React"],
        ),
        // A shorter item is said again only when the longer one adds qualifiers alone.
        (
            "Kubernetes basics, Python programming\n- Kubernetes\n- Python",
            &["Kubernetes basics", "Python programming"],
        ),
        (
            "REST APIs, LLM APIs\n- Experience with REST, GraphQL",
            &["REST APIs", "LLM APIs", "REST", "GraphQL"],
        ),
    ]);
}

#[test]
fn remarks_on_a_skills_use_and_second_verbs_are_not_part_of_it() {
    check_items(&[
        ("React (for the dashboard), Go", &["React", "Go"]),
        ("Docker (to run the tests)", &["Docker"]),
        // Examples in a bracket stay.
        ("databases (for example SQLite)", &["databases (SQLite)"]),
        ("Ability to read and write C code", &["C code"]),
        ("Able to write or review Python", &["Python"]),
        (
            "Demonstrable skill in Python\n- Demonstrable skill with UI design",
            &["Python", "UI design"],
        ),
        ("Kerberos, how TLS works", &["Kerberos", "TLS"]),
        ("Ability work with 3D scan data", &["3D scan data"]),
        // A footnote's mark is no part of the item; a version in brackets is.
        (
            "Familiarity with the ReactiveStreams specification [4]",
            &["ReactiveStreams specification"],
        ),
        // "such as" opens the examples after a comma; being willing is an attitude.
        (
            "relational database, such as Postgres, MySQL\n- Willing to learn new techniques",
            &["relational database", "Postgres", "MySQL"],
        ),
        // "skills" after a skill ends it.
        (
            "Strong Go backend skills with Kubernetes operators",
            &["Go backend", "Kubernetes operators"],
        ),
    ]);
}

#[test]
fn a_tools_use_the_projects_own_things_and_shared_modifiers_are_not_items() {
    check_items(&[
        // What follows a tool's "for" is its use, unless it names another tool.
        (
            "Experience with Hardhat for testing and deployment",
            &["Hardhat"],
        ),
        ("Go for the backend and React for the UI", &["Go", "React"]),
        // "existing activities" are the project's, not a skill.
        (
            "Experience with Sugarizer platform and existing activities",
            &["Sugarizer platform"],
        ),
        // Hyphenated modifiers share the head that follows them; nouns do not.
        (
            "Understanding of real-time or event-driven user interactions",
            &["real-time or event-driven user interactions"],
        ),
        (
            "atomics and memory ordering",
            &["atomics", "memory ordering"],
        ),
        // A leading bracket that says how much a skill is wanted is no part of it.
        (
            "- (Optional) Kubernetes fundamentals (CRDs, RBAC)\n- Go",
            &["Kubernetes fundamentals (CRDs, RBAC)", "Go"],
        ),
        ("C++, others depending on the hardware", &["C++"]),
    ]);
}

#[test]
fn listed_entries_are_items_as_they_stand() {
    assert_eq!(
        list_items(&["HTTP and JSON", "Go, Rust"]),
        ["HTTP and JSON", "Go", "Rust"]
    );
    assert_eq!(
        list_items(&["databases (SQLite, PostgreSQL)"]),
        ["databases (SQLite, PostgreSQL)"]
    );
    assert!(list_items::<&str>(&[]).is_empty());
    // An entry written as a sentence is read as a sentence: lead-in, reason and list cut.
    assert_eq!(
        list_items(&[
            "Proficiency in Golang (Go) is essential, as the backend is written in Go.",
            "Strong proficiency in Rust as both the CLI and the daemon are written in Rust.",
            "Experience with REST, GraphQL, and gRPC.",
        ]),
        ["Golang (Go)", "Rust", "REST", "GraphQL", "gRPC"]
    );
    // "as" naming a thing, "such as" and "as well as" are no reasons.
    assert_eq!(
        list_items(&["Infrastructure as Code (Terraform)."]),
        ["Infrastructure as Code (Terraform)"]
    );
    // Both " as " of "as well as" list, though a copula follows.
    assert_eq!(
        written_items("Experience with Git as well as basic SQL knowledge is expected."),
        ["Git", "SQL"]
    );
}

#[test]
fn an_item_names_skills_through_aliases() {
    assert_eq!(ids("Golang"), ["go"]);
    assert_eq!(ids("Go programming"), ["go"]);
    assert_eq!(ids("Go"), ["go"]);
    assert_eq!(ids("K8s"), ["kubernetes"]);
    let ml = ids("machine learning (PyTorch)");
    assert!(ml.contains(&"machine-learning".to_string()), "{ml:?}");
    assert!(ml.contains(&"pytorch".to_string()), "{ml:?}");
    // A common word inside a longer phrase is not the skill.
    assert_eq!(ids("node lifecycle"), ["node lifecycle"]);
    assert_eq!(ids("go through the code"), ["go through the code"]);
    // An item naming no known skill is its own, lower-cased.
    assert_eq!(ids("Chainsaw  Harness"), ["chainsaw harness"]);
}

#[test]
fn odd_input_does_not_panic() {
    let long_line = "Go, ".repeat(5000);
    for raw in [
        "",
        ".,;+#&",
        "🚀🚀🚀",
        "((((((",
        "))))",
        "\"unclosed",
        ":",
        "a:",
        "- \n- \n",
        "ability to",
        "Knowledge of",
        "such as",
        "(such as)",
        "é, ü (ö",
        "\u{200B}Go\u{200B}",
        &long_line,
    ] {
        for item in written_items(raw) {
            let _ = ids(&item);
        }
        let _ = ids(raw);
    }
    assert!(written_items("").is_empty());
    assert_eq!(written_items(&long_line), ["Go"]);
}

#[test]
fn every_word_list_the_reader_names_is_in_the_schema() {
    for key in super::words::KEYS {
        assert!(
            !crate::words::list(key).is_empty(),
            "{key} missing from schemas/words.toml"
        );
    }
}

#[test]
fn modal_phrases_of_wanting_a_skill_are_not_prose() {
    check_items(&[
        (
            "Golang, TypeScript. Kubernetes and KEDA too would be nice to have.",
            &["Golang", "TypeScript", "Kubernetes", "KEDA"],
        ),
        (
            "Some prior networking knowledge would be useful but is not required.",
            &["networking"],
        ),
        (
            "Familiarity with buildpacks will be helpful.",
            &["buildpacks"],
        ),
        ("Must know Haskell", &["Haskell"]),
        // A sentence that is prose stays prose; a line introducing a list stays a lead.
        ("You will write the parser in Go.", &[]),
        (
            "Curious to learn and having below skillsets will be plus :\n- Python",
            &["Python"],
        ),
    ]);
}

#[test]
fn prose_sentences_name_the_skills_after_their_lead_in() {
    check_items(&[
        (
            "The intern should be comfortable with the Zig and be familiar with Gtk framework.",
            &["Zig", "Gtk framework"],
        ),
        (
            "Some coding language, Ruby or Elixir, awk or other text library.",
            &["Ruby", "Elixir", "awk"],
        ),
        (
            "Fortran, maybe perl or golang",
            &["Fortran", "perl", "golang"],
        ),
        (
            "Scala, Kotlin and also depending with the tool",
            &["Scala", "Kotlin"],
        ),
        // A sentence about what the contributor will gain asks for nothing.
        (
            "The intern will get hands-on experience working with Zig and CMake.",
            &[],
        ),
        // What contributors should have is listed after "have".
        (
            "Contributors should have solid Zig programming experience and familiarity with SQL databases.",
            &["Zig programming", "SQL databases"],
        ),
        // "Exposure to" and "experience contributing to" are lead-ins.
        (
            "Exposure to Solara or Altair for interactive web visualisation.",
            &["Solara", "Altair"],
        ),
        // A clause opened by "whether" explains the item before it.
        (
            "Prior experience with agent-based modeling is valuable, whether through Mesa or other platforms.",
            &["agent-based modeling"],
        ),
        // "experience" after a named skill's activity is a lead-out; "user experience" a skill.
        (
            "Elm development experience, user experience",
            &["Elm development", "user experience"],
        ),
    ]);
}

#[test]
fn setup_hedges_levels_and_pointers_are_no_skills() {
    check_items(&[
        // A sentence that points elsewhere on the page names no skill.
        (
            "Code stacks related to the repos above. See the introduction section.",
            &[],
        ),
        // A task names what to do, not a skill; "Programming in" leads to the skill.
        (
            "Implement code generation for Quux. Programming in Elm, some coding in Zig.",
            &["Elm", "Zig"],
        ),
        // Experience contributing to the project is a history, not a skill; the object of
        // "developing" is the skill.
        (
            "Python. Minimal experience contributing to Quux including unit tests. \
             Experience developing Gizmo apps is a plus.",
            &["Python", "Gizmo apps"],
        ),
        // A list whose first item alone is soft names the others; a soft phrase that governs
        // the list names none.
        (
            "Communication, software design, Python and numpy.",
            &["software design", "Python", "numpy"],
        ),
        ("Interest in governance, DAOs and voting systems.", &[]),
        // A choice of "the following" things in brackets: each of them.
        (
            "Knowledge in one of the following languages ( Go, Python or Java ), S3",
            &["Go", "Python", "Java", "S3"],
        ),
        (
            "Laptop with BSD or Solaris installed. A text editor, Ruby language and Gizmo \
             library dependencies. Good background of signal processing.",
            &["Ruby language", "signal processing"],
        ),
        (
            "- Familiarity with Radare (or strong willingness to learn). Familiarity with \
             Kotlin is a plus, but not strictly required due to PyRadare.\n\
             - Experience with (or keen willingness to learn) the Gizmo API.\n\
             - Knowledge of formats such as COFF, XCOFF, and/or a.out\n\
             - Programming experience in Tcl and at least one other language (Ada or Nim).\n\
             - Reading the gizmo paper: [web version](https://example.org/a) and \
             [pdf](https://example.org/b.pdf).\n\
             - Elm & Haskell (beginner level)\n\
             - Advanced verbal and writing skills in English.",
            &[
                "Radare",
                "Kotlin",
                "Gizmo API",
                "formats",
                "COFF",
                "XCOFF",
                "a.out",
                "Tcl",
                "Ada",
                "Nim",
                "Elm & Haskell",
            ],
        ),
        (
            "*   **Zig (Ziglang):** Intermediate knowledge.",
            &["Zig (Ziglang)"],
        ),
        ("- **Tooling:** Familiarity with Meson.", &["Meson"]),
        // A note in prose on how well the label is known: the label is the skill.
        (
            "- **Linker Internals:** Knowing how symbol tables are laid out helps.",
            &["Linker Internals"],
        ),
        (
            "- **Wasm Internals:** Familiarity with how Zig lays out memory.",
            &["Wasm Internals"],
        ),
        // A comment that names things is read.
        (
            "- **Systems:** Experience with Wasm runtimes.",
            &["Wasm runtimes"],
        ),
        (
            // (and without the word that wraps a Chinese skill: "Ada编程" is Ada programming)
            "**Requirements**:\n   + a) Tcl、Ada编程；\n   + b) Nim",
            &["Tcl", "Ada", "Nim"],
        ),
    ]);
}

#[test]
fn chinese_requirement_bullets_are_read_like_english_ones() {
    check_items(&[(
        "- 熟悉 Zig 或类似的系统编程语言，如 Ada 或 Nim\n- 了解 Elm, Gtk 和 Qml 框架\n\
             - 熟悉 Tcl\n  加分项：了解 Ruby 语言\n- 其余工作流程将于项目期间培训。",
        &["Zig", "Ada", "Nim", "Elm", "Gtk", "Qml 框架", "Tcl", "Ruby"],
    )]);
}

#[test]
fn a_clause_after_a_skill_said_to_be_required_is_read_too() {
    check_items(&[
        (
            "Strong Java skills are essential and experience with Git is expected.",
            &["Java", "Git"],
        ),
        ("Go is a plus and Rust is required.", &["Go", "Rust"]),
    ]);
}

#[test]
fn a_list_before_a_clause_of_prose_is_read_without_it() {
    check_items(&[
        // The list, then "as" and a clause about the project: the clause goes.
        (
            "Go, SQLite and shell scripting as our tests are written in shell.",
            &["Go", "SQLite", "shell scripting"],
        ),
        // One item before the clause is a sentence of prose, not a list.
        ("Patience, because we rewrite a lot.", &[]),
    ]);
}

#[test]
fn kinds_of_experience_are_a_lead_in() {
    check_items(&[
        (
            "Coursework and/or professional experience in computer graphics.",
            &["computer graphics"],
        ),
        ("Academic background in statistics.", &["statistics"]),
        // A hedge between the lead-in and the skill it names.
        (
            "Strong programming skills, preferably in Python.",
            &["Python"],
        ),
        ("Good coding skills, ideally in Rust or C.", &["Rust", "C"]),
    ]);
}

#[test]
fn brackets_that_say_how_much_or_offer_another_skill() {
    check_items(&[
        // How much a skill is wanted, in brackets: not part of it.
        (
            "Wayland Protocols ( Optional ), Go (required), C (preferred)",
            &["Wayland Protocols", "Go", "C"],
        ),
        // "(or C++)": the other skill that will do.
        ("Python (or C++)", &["Python", "C++"]),
        ("Rust (or a similar language)", &["Rust"]),
        // "Bonus points for X", "(ideally X or Y)", "(preferably X)": welcome skills too.
        (
            "Go. Bonus points for AWS or Docker.",
            &["Go", "AWS", "Docker"],
        ),
        (
            "JS (ideally TypeScript or ES2015), Java (preferably Kotlin)",
            &["JS", "TypeScript", "ES2015", "Java", "Kotlin"],
        ),
        // A bracket of welcome skills joined by "or" gives each.
        (
            "C++ programming (familiarity with the GNU Radio framework or SoapySDR is a plus).",
            &["C++ programming", "GNU Radio framework", "SoapySDR"],
        ),
        // "would be convenient but can be learned": welcome, still listed.
        (
            "Experience with Django, GraphQL, and Vue.js would be convenient but can be learned.",
            &["Django", "GraphQL", "Vue.js"],
        ),
    ]);
}

#[test]
fn as_well_as_joins_two_skills_and_having_leads_one_in() {
    let know = "You should know C as well as be familiar with basics of program analysis.";
    check_items(&[
        (know, &["C", "program analysis"]),
        (
            "Having an experience with fuzzing tools is a plus.",
            &["fuzzing tools"],
        ),
        ("Having a knowledge of Docker is a plus.", &["Docker"]),
        // How much is asked, with no skill named.
        ("only the basics", &[]),
    ]);
}
