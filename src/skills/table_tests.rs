//! Tests of the skill table itself: filter values, display names, user aliases, the TOML
//! format and the bundled table.

use super::*;

#[test]
fn canonical_normalises_filter_values() {
    let table = SkillTable::bundled();
    let cases: &[(&str, Option<&str>)] = &[
        ("Golang", Some("go")),
        ("go", Some("go")),
        ("GO", Some("go")),
        ("  golang  ", Some("go")),
        ("K8s", Some("kubernetes")),
        ("kubernetes", Some("kubernetes")),
        ("C++", Some("cpp")),
        ("c#", Some("csharp")),
        ("node.js", Some("nodejs")),
        ("GitHub Actions", Some("github-actions")),
        ("github-actions", Some("github-actions")),
        ("ci/cd", Some("ci-cd")),
        ("Apache Spark", Some("spark")),
        ("**Rust**", Some("rust")),
        // Made only of known skills: the last (head) one.
        ("Kubernetes operator", Some("kubernetes-operators")),
        ("chainsaw", None),
        ("Google", None),
        ("Go, Rust", None),
        ("Go and Rust", None),
        ("go through", None),
        ("", None),
        ("+", None),
    ];
    for &(name, want) in cases {
        assert_eq!(table.canonical(name), want, "{name:?}");
    }
}

#[test]
fn display_names_and_ids() {
    let table = SkillTable::bundled();
    assert_eq!(table.display_name("go"), Some("Go"));
    assert_eq!(table.display_name("cpp"), Some("C++"));
    assert_eq!(table.display_name("kubernetes"), Some("Kubernetes"));
    assert_eq!(table.display_name("golang"), None, "aliases are not ids");
    assert_eq!(table.display_name("nope"), None);
    let ids = table.ids();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
    assert_eq!(ids.len(), table.ids().len());
    assert!(ids.contains(&"go") && ids.contains(&"kubernetes"));
}

#[test]
fn add_alias_extends_a_copy_of_the_table() {
    let mut table = SkillTable::bundled().clone();
    // To an existing id.
    table.add_alias("Chainsaw", "e2e-testing");
    assert_eq!(extract(&table, "Chainsaw, Go"), ["e2e-testing", "go"]);
    assert_eq!(table.canonical("chainsaw"), Some("e2e-testing"));
    // `canonical` may be any known phrase.
    table.add_alias("gqlgen", "GraphQL");
    assert_eq!(table.canonical("gqlgen"), Some("graphql"));
    // A new id, named as given.
    table.add_alias("viper", "spf13/viper");
    assert_eq!(extract(&table, "Viper, spf13/viper"), ["spf13/viper"]);
    assert_eq!(table.display_name("spf13/viper"), Some("spf13/viper"));
    table.add_alias("kwok", "Kubernetes WithOut Kubelet");
    assert_eq!(table.canonical("kwok"), Some("kubernetes-without-kubelet"));
    assert_eq!(
        table.display_name("kubernetes-without-kubelet"),
        Some("Kubernetes WithOut Kubelet")
    );
    assert!(table.ids().contains(&"kubernetes-without-kubelet"));
    // User aliases win over the bundled meaning.
    table.add_alias("kube", "kubevirt");
    assert_eq!(extract(&table, "kube"), ["kubevirt"]);
    // Longer than any bundled alias.
    table.add_alias(
        "cloud native computing foundation landscape",
        "cloud-native",
    );
    assert_eq!(
        extract(&table, "the Cloud Native Computing Foundation landscape"),
        ["cloud-native"]
    );
    // Blank or wordless input is ignored.
    let before = table.ids().len();
    table.add_alias("", "go");
    table.add_alias("+++", "go");
    table.add_alias("x", "   ");
    assert_eq!(table.ids().len(), before);
    assert_eq!(table.canonical("x"), None);
    // The bundled table is untouched.
    assert_eq!(extract(SkillTable::bundled(), "Chainsaw"), ["chainsaw"]);
    assert_eq!(extract(SkillTable::bundled(), "kube"), ["kubernetes"]);
}

#[test]
fn from_toml_reads_a_small_table() {
    let table = SkillTable::from_toml(
        "[go]\nname = \"Go\"\naliases = [\"golang\", \"Go Lang\"]\n\n[rust]\nname = \"Rust\"\n",
    )
    .unwrap();
    assert_eq!(table.ids(), ["go", "rust"]);
    assert_eq!(extract(&table, "GoLang, RUST, go lang"), ["go", "rust"]);
    assert_eq!(table.display_name("rust"), Some("Rust"));
}

#[test]
fn from_toml_errors_name_the_offending_key() {
    let cases: &[(&str, &[&str])] = &[
        ("[go\nname = \"Go\"", &["not valid TOML"]),
        ("[go]\naliases = [\"golang\"]", &["`go`", "missing `name`"]),
        ("[go]\nname = 1", &["`go`", "`name` must be a string"]),
        ("[go]\nname = \"  \"", &["`go`", "empty"]),
        ("[go]\nname = \"Go\"\naliases = \"golang\"", &["`go`", "array"]),
        ("[go]\nname = \"Go\"\naliases = [1]", &["`go`", "string"]),
        ("[go]\nname = \"Go\"\nalias = [\"golang\"]", &["`go`", "unknown field `alias`"]),
        ("go = \"Go\"", &["`go`", "expected a table"]),
        ("[Go]\nname = \"Go\"", &["`Go`", "lower-case"]),
        ("[\"go lang\"]\nname = \"Go\"", &["`go lang`", "lower-case"]),
        ("[go--x]\nname = \"Go\"", &["`go--x`", "lower-case"]),
        ("[go]\nname = \"Go\"\naliases = [\"+++\"]", &["`go`", "\"+++\""]),
        ("[go]\nname = \"Go\"\naliases = [\"go\\n\\nlang\"]", &["`go`", "one line"]),
        (
            "[go]\nname = \"Go\"\naliases = [\"k8s\"]\n[kubernetes]\nname = \"K\"\naliases = [\"K8S\"]",
            &["`kubernetes`", "\"K8S\"", "`go`"],
        ),
        ("[go]\nname = \"Go\"\n[golang]\nname = \"go\"", &["`golang`", "`go`"]),
        (
            "[go]\nname = \"Go\"\nambiguous = [\"gopher\"]",
            &["`go`", "\"gopher\"", "not its id, name or alias"],
        ),
        ("[go]\nname = \"Go\"\nambiguous = \"go\"", &["`go`", "`ambiguous`", "array"]),
    ];
    for &(text, wanted) in cases {
        let message = match SkillTable::from_toml(text) {
            Ok(_) => panic!("{text:?} should be rejected"),
            Err(e) => format!("{e:#}"),
        };
        for part in wanted {
            assert!(
                message.contains(part),
                "{text:?}: {message:?} lacks {part:?}"
            );
        }
    }
}

#[test]
fn bundled_table_loads_and_is_consistent() {
    let table = SkillTable::bundled();
    assert!(
        table.ids().len() >= 120,
        "only {} skills",
        table.ids().len()
    );
    // Checked independently of `from_toml`: no phrase (id, name or alias) under two ids,
    // every id well-formed, and every phrase resolving to its own id.
    let doc: toml::Table = toml::from_str(BUNDLED_TOML).unwrap();
    let mut owner: HashMap<String, &str> = HashMap::new();
    for (id, entry) in &doc {
        assert!(is_valid_id(id), "{id}");
        let name = entry["name"].as_str().unwrap();
        assert_eq!(table.display_name(id), Some(name));
        let aliases = entry.get("aliases").and_then(|a| a.as_array());
        let phrases = [id.as_str(), name]
            .into_iter()
            .chain(aliases.into_iter().flatten().map(|a| a.as_str().unwrap()));
        for phrase in phrases {
            let key = phrase_key(phrase).unwrap_or_else(|| panic!("{id}: {phrase:?}"));
            if let Some(other) = owner.insert(key.clone(), id) {
                assert_eq!(other, id, "{phrase:?} is under both `{other}` and `{id}`");
            }
            assert_eq!(table.canonical(phrase), Some(id.as_str()), "{phrase:?}");
        }
    }
    assert_eq!(doc.len(), table.ids().len());
}

#[test]
fn bundled_table_covers_common_idea_skills() {
    let table = SkillTable::bundled();
    let cases: &[(&str, &str)] = &[
        ("golang", "go"),
        ("js", "javascript"),
        ("ts", "typescript"),
        ("c++", "cpp"),
        ("cplusplus", "cpp"),
        ("c#", "csharp"),
        ("bash", "shell"),
        ("shell scripting", "shell"),
        ("wasm", "webassembly"),
        ("k8s", "kubernetes"),
        ("otel", "opentelemetry"),
        ("operator development", "kubernetes-operators"),
        ("argocd", "argo-cd"),
        ("argo workflows", "argo-workflows"),
        ("apache spark", "spark"),
        ("restful api", "rest-api"),
        ("openapi", "openapi"),
        ("ci/cd", "ci-cd"),
        ("cicd", "ci-cd"),
        ("continuous integration", "ci-cd"),
        ("github workflows", "github-actions"),
        ("gh actions", "github-actions"),
        ("ml", "machine-learning"),
        ("llms", "llm"),
        ("large language models", "llm"),
        ("reactjs", "react"),
        ("react.js", "react"),
        ("node", "nodejs"),
        ("postgres", "postgresql"),
        ("documentation", "technical-writing"),
        ("docs", "technical-writing"),
        ("containers", "containers"),
        ("docker", "docker"),
        ("s390x", "s390x"),
        ("wasi", "wasi"),
        ("qemu", "qemu"),
    ];
    for &(alias, id) in cases {
        assert_eq!(table.canonical(alias), Some(id), "{alias:?}");
    }
}

#[test]
fn remembered_answers_are_forgotten_when_the_table_changes() {
    let mut table = SkillTable::bundled().clone();
    assert_eq!(
        table
            .remembered("kubernets", || Some("first".into()))
            .as_deref(),
        Some("first")
    );
    // Asked again, the table answers without computing.
    let again = table.remembered("kubernets", || panic!("computed twice"));
    assert_eq!(again.as_deref(), Some("first"));
    // A clone starts empty, and so does the table once it changes.
    assert_eq!(table.clone().remembered("kubernets", || None), None);
    table.add_alias("kubes", "kubernetes");
    assert_eq!(table.remembered("kubernets", || None), None);
}

#[test]
fn the_table_built_in_is_the_toml_read_now() {
    let now = SkillTable::from_toml(BUNDLED_TOML).unwrap();
    let built = SkillTable::bundled();
    assert_eq!(built.parts(), now.parts());
    assert_eq!(built.by_id, now.by_id);
    assert!(
        crate::catalog::skill_table().is_some(),
        "the build script wrote it"
    );
}

/// The canonical skills a skills text names: its items, mapped.
fn extract(table: &SkillTable, raw: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for item in super::written_items(raw) {
        for id in table.ids_of(&item) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids
}
