//! Table-driven tests of skill extraction: spellings, traps, Markdown, tables.

use super::*;

fn extract(raw: &str) -> Vec<String> {
    SkillTable::bundled().extract(raw)
}

/// Runs `(input, expected ids)` cases and reports every failure at once.
fn check(cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(raw, want)| {
            let got = extract(raw);
            (got != want).then(|| format!("{raw:?}: want {want:?}, got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn go_matches_its_spellings() {
    check(&[
        ("Go", &["go"]),
        ("GO", &["go"]),
        ("go", &["go"]),
        ("Golang", &["go"]),
        ("GoLang programming skills", &["go"]),
        ("Go lang", &["go"]),
        ("Go programming language", &["go"]),
        (
            "Experience with Python, Go and JavaScript frameworks",
            &["python", "go", "javascript"],
        ),
        (
            "Go programming (operator development)",
            &["go", "kubernetes-operators"],
        ),
        (
            "Strong Golang backend development skills",
            &["go", "backend"],
        ),
        ("Go.", &["go"]),
        ("(Go)", &["go"]),
        ("Go-based CLI", &["go", "cli"]),
        ("Go's standard library", &["go"]),
    ]);
}

#[test]
fn go_does_not_match_inside_other_words() {
    check(&[
        ("Google", &["google"]),
        ("MongoDB", &["mongodb"]),
        ("Django", &["django"]),
        ("Argo", &["argo"]),
        ("Argo CD", &["argo-cd"]),
        ("ArgoCD, Argo Workflows", &["argo-cd", "argo-workflows"]),
        ("cargo", &["cargo"]),
        ("Algorithms", &["algorithms"]),
        // "-" joining letters makes one token, so "go" is not a word of it; the short
        // unknown item is kept as written.
        ("Go-to-market strategy", &["go-to-market strategy"]),
        // Judgement calls: "gopher" is not the language; "go/no-go" is a stop phrase.
        ("gopher", &["gopher"]),
        ("go/no-go decisions", &["go/no-go decisions"]),
        // Stop phrases hide the verb "go" but not a later real skill.
        (
            "Willingness to go through the Kubernetes source",
            &["kubernetes"],
        ),
    ]);
    for raw in [
        "Google",
        "MongoDB",
        "Django",
        "Argo",
        "cargo",
        "Go-to-market strategy",
        "If you know Rust you are good to go",
        "ready to go live on the go",
    ] {
        assert!(!extract(raw).contains(&"go".to_string()), "{raw:?}");
    }
}

#[test]
fn punctuated_words_are_tokens() {
    check(&[
        ("C++", &["cpp"]),
        ("C#", &["csharp"]),
        ("C, C++ and C#", &["c", "cpp", "csharp"]),
        ("C/C++", &["c", "cpp"]),
        ("C++17", &["cpp"]),
        ("Node.js", &["nodejs"]),
        ("NodeJS", &["nodejs"]),
        ("node", &["nodejs"]),
        (".NET, ASP.NET Core", &["dotnet"]),
        ("react.ts", &["react.ts"]),
        ("Python+Go", &["python", "go"]),
        ("CI/CD", &["ci-cd"]),
        ("CI / CD pipelines", &["ci-cd"]),
        ("UI/UX", &["ui-design", "ux-design"]),
        ("HTML/CSS/JavaScript", &["html", "css", "javascript"]),
        ("Kubernetes-native tooling", &["kubernetes"]),
        ("R&D", &["r&d"]),
        ("snake_case", &["snake_case"]),
    ]);
}

#[test]
fn multi_word_aliases_span_whitespace_and_prefer_the_longest() {
    check(&[
        ("github   actions", &["github-actions"]),
        ("GitHub\nActions", &["github-actions"]),
        ("GitHub\tActions", &["github-actions"]),
        ("GitHub Actions", &["github-actions"]),
        ("GitHub", &["github"]),
        ("Git and GitHub", &["git", "github"]),
        ("Kubernetes API", &["kubernetes"]),
        ("Apache Spark", &["spark"]),
        ("Spark", &["spark"]),
        ("Google Cloud Platform", &["gcp"]),
        ("Ruby on Rails", &["ruby-on-rails"]),
        ("Ruby", &["ruby"]),
        ("React Native", &["react-native"]),
        ("Tailwind CSS", &["tailwind"]),
        (
            "Experience with distributed\nsystems",
            &["distributed-systems"],
        ),
        // A bullet is a hard break: aliases never span list items.
        ("- GitHub\n- Actions", &["github", "actions"]),
        // "Kubernetes operators" names both skills, so a filter on either finds it.
        (
            "Kubernetes operators",
            &["kubernetes", "kubernetes-operators"],
        ),
    ]);
}

#[test]
fn unicode_separators() {
    check(&[
        ("JavaScript，HTML", &["javascript", "html"]),
        ("Golang、Kubernetes", &["go", "kubernetes"]),
        ("Go；Rust", &["go", "rust"]),
        ("熟悉Go语言和Kubernetes", &["go", "kubernetes"]),
        ("区块链", &["区块链"]),
        // A long CJK run is prose (one word per two characters): dropped.
        ("我们希望学生熟悉分布式系统的基本概念", &[]),
        ("Go 🚀, 🦀 Rust", &["go", "rust"]),
    ]);
}

#[test]
fn markdown_is_reduced_to_text() {
    check(&[
        ("[React](https://react.dev)", &["react"]),
        (
            "[**Kubernetes**](https://kubernetes.io) and [Helm charts](https://helm.sh \"Helm\")",
            &["kubernetes", "helm"],
        ),
        ("![logo](go.png) Prometheus", &["prometheus"]),
        ("[Chainsaw][chainsaw-ref]", &["chainsaw"]),
        (
            "- **TypeScript**\n* `Node.js`\n+ _Rust_\n1. C++ / C#\n2) Lua",
            &["typescript", "nodejs", "rust", "cpp", "csharp", "lua"],
        ),
        (
            "Go<br/>Rust<br>Python<br />Java",
            &["go", "rust", "python", "java"],
        ),
        ("<ul><li>Go</li><li>Chainsaw</li></ul>", &["go", "chainsaw"]),
        ("<b>Go</b>", &["go"]),
        (
            "Prometheus <!-- TODO --> Grafana",
            &["prometheus", "grafana"],
        ),
        ("Git &amp; GitHub", &["git", "github"]),
        ("C&#43;&#43;", &["cpp"]),
        ("C\\+\\+, C\\#", &["cpp", "csharp"]),
        ("__Go__ and ~~Java~~", &["go", "java"]),
        (
            "### Required\n- Go\n\n### Nice to have\n> - Chainsaw",
            &["go", "chainsaw"],
        ),
        ("- [ ] Go\n- [x] Rust", &["go", "rust"]),
        ("| Skills | Go, Rust |\n|---|---|", &["go", "rust"]),
        ("https://github.com/spf13/viper, sqlc", &["sqlc"]),
        (
            "spf13/viper (https://github.com/spf13/viper)",
            &["spf13/viper"],
        ),
        ("<https://go.dev> Go", &["go"]),
    ]);
}

#[test]
fn unknown_items_are_kept_when_short() {
    check(&[
        ("Chainsaw", &["chainsaw"]),
        ("spf13/viper", &["spf13/viper"]),
        ("sqlc", &["sqlc"]),
        (
            "Chainsaw, spf13/viper, sqlc",
            &["chainsaw", "spf13/viper", "sqlc"],
        ),
        ("Some   Custom\tTool", &["custom tool"]),
        ("Custom\nTool", &["custom", "tool"]),
        ("Experience with Chainsaw (optional)", &["chainsaw"]),
        ("Required: Go. Nice to have: Chainsaw", &["go", "chainsaw"]),
        (
            "Required skills: gRPC<br>Nice-to-have: eBPF",
            &["grpc", "ebpf"],
        ),
        (
            "Testing frameworks (e.g. Ginkgo, Gomega)",
            &["testing", "ginkgo", "gomega"],
        ),
        ("Willingness to learn, N/A, etc.", &[]),
        ("good communication skills", &["communication"]),
        (
            "Kubernetes and CRDs (Custom Resource Definitions)",
            &["kubernetes", "crds"],
        ),
        ("Helm (charts)", &["helm", "charts"]),
        ("Go (1.21+)", &["go"]),
        // One letter: an enumerator or a plural mark is not a skill; a capital may be a
        // language, and the known ones are matched as such.
        ("(a) Python (b) statistics", &["python", "statistics"]),
        ("Experience within your field(s)", &[]),
        ("D, Rust", &["d", "rust"]),
        ("C, R", &["c", "r"]),
        // Prose: more than four words without a known skill is dropped, however much
        // of it is filler.
        ("be comfortable reading large codebases", &[]),
        (
            "Familiarity with the Kubernetes ecosystem is a plus. We expect you to write \
             well-structured code and be comfortable reading large codebases.",
            &["kubernetes"],
        ),
        ("a very long item of prose without any skill", &[]),
    ]);
}

#[test]
fn ids_are_deduplicated_in_first_seen_order() {
    check(&[
        ("Rust, Go, Golang, rust, GO", &["rust", "go"]),
        ("Chainsaw, Go, chainsaw, CHAINSAW", &["chainsaw", "go"]),
        (
            "Machine Learning (ML), LLMs, Large Language Models, PyTorch",
            &["machine-learning", "llm", "pytorch"],
        ),
        ("K8s, Kubernetes, kube", &["kubernetes"]),
    ]);
}

#[test]
fn ambiguous_words_follow_documented_decisions() {
    check(&[
        ("REST API", &["rest-api"]),
        ("the rest of the codebase", &[]),
        // The stop phrase hides `rest`; the item is then an ordinary short unknown one.
        ("Data at rest", &["data at rest"]),
        // "Plan C" is a known skill item: C is reported (the table cannot tell).
        ("R, C", &["r", "c"]),
        ("Docs", &["technical-writing"]),
        ("Kubernetes node", &["kubernetes", "nodejs"]),
        ("Kubernetes node pools", &["kubernetes"]),
    ]);
}

#[test]
fn odd_input_does_not_panic() {
    let long_line = "Go, Kubernetes and some words ".repeat(20_000);
    let inputs = [
        "",
        " ",
        "\n\n\n",
        ",,,;;;",
        "+",
        "#",
        ".",
        "++",
        "C+",
        "-",
        "&",
        "&;",
        "&#xFFFFFFFF;",
        "&#55296;",
        "!",
        "![",
        "[",
        "]",
        "](",
        "[a](",
        "[a](b",
        "[[[[ (((( ]]]] ))))",
        "[a]([b](c)",
        "<",
        "<a",
        "<!--",
        "<!-- x",
        "-->",
        "\\",
        "`",
        "***",
        "_",
        "~",
        "🚀🚀🚀",
        "\u{0}\u{2028}\u{2029}\u{85}\r",
        "\u{200B}Go\u{200B}",
        "http://",
        "www.",
        "#\n##\n1.\n1)\n- \n> ",
        "熟悉",
        long_line.as_str(),
    ];
    for raw in inputs {
        let _ = extract(raw);
    }
    assert!(extract("").is_empty());
    assert!(extract(".,;+#&").is_empty());
    assert!(extract("🚀🚀🚀").is_empty());
    assert_eq!(extract(&long_line), ["go", "kubernetes", "words"]);
    assert_eq!(extract("\u{200B}Go\u{200B}"), ["go"]);
}

#[test]
fn pathological_input_gives_plain_answers() {
    // Unclosed brackets, comments and long runs: the cleaner and tokenizer must neither
    // panic nor lose the skills around them (speed is measured in benches/, not here).
    let n = 20_000;
    let cases: Vec<(String, &[&str])> = vec![
        ("[".repeat(n) + " Go", &["go"]),
        ("[a](".repeat(n / 4) + " Rust", &["rust"]),
        ("<a".repeat(n / 2), &[]),
        ("<!--".repeat(n / 4) + " Go", &["go"]),
        ("&".repeat(n), &[]),
        // One 20k-character word: too long to be a skill name.
        ("c".to_string() + &"+".repeat(n), &[]),
        ("Go, ".repeat(n / 4), &["go"]),
        (
            "[".repeat(n / 4) + &"](x)".repeat(n / 4) + " Python",
            &["python"],
        ),
    ];
    for (raw, want) in cases {
        assert_eq!(extract(&raw), want, "{:?}...", &raw[..20]);
    }
}

#[test]
fn phrases_match_whole_tokens_only() {
    let table = SkillTable::from_toml(concat!(
        "[data-science]\nname = \"Data science\"\n",
        "[science-fiction]\nname = \"Science fiction\"\n",
        "[go]\nname = \"Go\"\naliases = [\"go lang\"]\n",
        "[cloud-native]\nname = \"Cloud-native\"\n",
        "[cloud]\nname = \"Cloud\"\n",
        "[eclair]\nname = \"Éclair\"\n",
    ))
    .unwrap();
    let cases: &[(&str, &[&str])] = &[
        // A phrase starting inside a word ("data" in "bigdata") does not hide a phrase
        // starting at the next word.
        ("bigdata science fiction", &["science-fiction"]),
        // The longest phrase may end inside a word ("go lang" in "go langs"): the shorter
        // one that ends at a word boundary is taken.
        ("go langs", &["go"]),
        ("GO LANG", &["go"]),
        // A word carrying a suffix is reduced to its stem, unless a phrase has the suffix.
        ("Go-based tools", &["go"]),
        ("Cloud-native, Cloud-based", &["cloud-native", "cloud"]),
        // Upper case outside ASCII is folded too.
        ("DATA SCIENCE, ÉCLAIR", &["data-science", "eclair"]),
    ];
    for &(raw, want) in cases {
        assert_eq!(table.extract(raw), want, "{raw:?}");
    }
    // A phrase never runs on past a stemmed word: GitHub-based workflows are GitHub ones,
    // not the "GitHub workflows" alias of GitHub Actions.
    assert_eq!(extract("GitHub-based workflows"), ["github"]);
}

#[test]
fn the_word_go_is_the_language_only_in_a_list_or_next_to_words_about_it() {
    check(&[
        // Lists and short items: the language.
        ("Go, Kubernetes", &["go", "kubernetes"]),
        ("Some Go experience", &["go"]),
        ("Go (1.22+)", &["go"]),
        ("Rust or Go", &["rust", "go"]),
        // In prose, next to words about the language or another skill.
        (
            "You will extend a command-line tool written in Go that talks to our servers.",
            &["cli", "go"],
        ),
        (
            "The prototype exists already and most of the remaining work is Go code review.",
            &["go"],
        ),
        (
            "A good grasp of low-level programming in Rust and Go is needed for this task.",
            &["rust", "go"],
        ),
        // The verb: after a pronoun, "to" or a modal, whatever the context.
        ("You can learn the details as we go.", &[]),
        (
            "Read one short tutorial in an evening or two and you are good to go.",
            &[],
        ),
        ("Rust; we'll go over the details together", &["rust"]),
        (
            "Knowledge of Rust. Anything else can be learned as you go.",
            &["rust"],
        ),
    ]);
}

#[test]
fn unknown_items_come_from_lists_never_from_running_prose() {
    check(&[
        // Clauses: negations, conjunctions and verbs inside an item.
        (
            "Knowledge of Rust. Linkers are welcome, but not required.",
            &["rust", "linkers"],
        ),
        ("Chainsaw (nice to have, but not needed)", &["chainsaw"]),
        (
            "Java, IntelliJ (optional but helpful)",
            &["java", "intellij"],
        ),
        // Quantities and prepositions never start a skill name.
        ("- Chainsaw\n- two afternoons of reading", &["chainsaw"]),
        ("- Chainsaw\n- a few evenings", &["chainsaw"]),
        (
            "sensor fusion, particularly between GNSS and INS",
            &["sensor fusion", "ins"],
        ),
        // Determiners inside an item make it a phrase of a sentence.
        ("Golang and resolver internals for this project", &["go"]),
        // A personal pronoun makes the item a clause.
        (
            "crystal or ruby (if you know ruby, you know crystal)",
            &["crystal", "ruby"],
        ),
        // Running prose: a long sentence of long pieces gives its known skills only.
        (
            "Willingness to learn quickly and run many experiments, even when most of them \
             turn out to be dead ends.",
            &[],
        ),
        // A long line wrapped in the middle of a sentence is one sentence, not two items.
        (
            "Some familiarity with how object files and relocations work in the ELF binary\n\
             format is useful, although it can be picked up along the way.",
            &[],
        ),
        // ... while short lines are a list, one skill per line.
        ("Chainsaw\nsqlc", &["chainsaw", "sqlc"]),
        // A list inside a sentence is still a list.
        (
            "Ability to write code in languages like Python, GTK, JavaScript",
            &["python", "gtk", "javascript"],
        ),
        (
            "Technical Writing, Research Skills, familiarity with LitmusChaos is a plus but \
             not required",
            &["technical-writing", "research"],
        ),
    ]);
}

#[test]
fn nix_and_nixos_are_skills() {
    check(&[
        ("Nix", &["nix"]),
        ("Nix expressions, Nixpkgs", &["nix"]),
        ("NixOS", &["nixos"]),
        ("Rust, Nix", &["rust", "nix"]),
    ]);
}

#[test]
fn words_about_a_skill_are_not_skills() {
    check(&[
        ("PyTorch, TensorFlow or similar", &["pytorch", "tensorflow"]),
        (
            "Go (essential), Chainsaw (advantageous)",
            &["go", "chainsaw"],
        ),
        (
            "Rust or equivalent; Kubernetes is an asset",
            &["rust", "kubernetes"],
        ),
    ]);
}

#[test]
fn spellings_of_one_tool_are_one_skill() {
    check(&[
        ("MCP servers, Model Context Protocol", &["mcp"]),
        ("spf13/cobra, Go", &["cobra", "go"]),
        ("Ginkgo/Gomega", &["ginkgo"]),
        (
            "IaC, build system",
            &["infrastructure-as-code", "build-systems"],
        ),
        ("JSON Web Tokens, OIDC", &["jwt", "oidc"]),
    ]);
    // "responsibilities" alone is not a skill.
    check(&[("Go, responsibilities", &["go"])]);
}
