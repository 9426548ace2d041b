//! The `sarif` format: a SARIF 2.1.0 log for GitHub code scanning, with the whole rule table
//! as the driver's rules (so a result's `ruleIndex` points into it) and paths as URI references.

use super::all_rules;
use super::message_with_title;
use crate::lint::{Finding, Level};
use serde_json::{json, Value};
use std::io::{self, Write};

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Notice => "note",
    }
}

/// `missing-title` -> `MissingTitle`.
fn upper_camel(id: &str) -> String {
    id.split(['-', '_'])
        .flat_map(|word| {
            let mut cs = word.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase())
                .into_iter()
                .chain(cs)
        })
        .collect()
}

/// A finding's path as a SARIF `artifactLocation.uri`: `\` becomes `/`, a leading `./` goes,
/// characters not allowed in a URI reference are percent-encoded. Relative paths stay relative
/// (GitHub resolves them against the repository root); absolute ones become `file://` URIs.
fn sarif_uri(path: &str) -> String {
    let mut p = path.replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_string();
    }
    let b = p.as_bytes();
    if p.starts_with('/') {
        format!("file://{}", percent_encode(&p, true))
    } else if b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/' {
        // A Windows drive path, C:/x.
        format!("file:///{}:{}", &p[..1], percent_encode(&p[2..], true))
    } else {
        // In a relative reference a `:` could be read as a scheme separator: encode it.
        percent_encode(&p, false)
    }
}

/// Percent-encodes the bytes of `s` that are not unreserved, sub-delims, `@`, `/` (or `:` when
/// `colon` is allowed).
fn percent_encode(s: &str, colon: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        let keep =
            b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b) || (colon && b == b':');
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn sarif_log(findings: &[Finding]) -> Value {
    let rules: Vec<Value> = all_rules()
        .map(|r| {
            json!({
                "id": r.id,
                "name": upper_camel(r.id),
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.summary },
                "help": { "text": r.hint },
                "defaultConfiguration": { "level": sarif_level(r.level) },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut result = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.level),
                "message": { "text": message_with_title(f) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": sarif_uri(&f.path) },
                        "region": {
                            "startLine": f.line.max(1),
                            "startColumn": f.column.max(1),
                        },
                    },
                }],
            });
            if let Some(index) = all_rules().position(|r| r.id == f.rule) {
                result["ruleIndex"] = json!(index);
            }
            // The profile the file was checked under, as a property bag of the result.
            if let Some(profile) = f.profile {
                result["properties"] = json!({ "profile": profile });
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "ideas",
                    "informationUri": "https://github.com/",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                },
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

pub(super) fn write_sarif(out: &mut dyn Write, findings: &[Finding]) -> io::Result<()> {
    crate::render::json::write_json(out, &sarif_log(findings))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::DiagFormat;
    use super::*;

    #[test]
    fn sarif() {
        let mut findings = sample();
        findings[1].path = ".\\ideas\\with space\\ü#1.md".into();
        findings[2].path = "./c:d.md".into();
        let got = render(DiagFormat::Sarif, &findings, &no_source, false);
        assert!(got.ends_with("}\n"));
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(
            v["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(v["runs"].as_array().unwrap().len(), 1);
        let run = &v["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "ideas");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        let rules = driver["rules"].as_array().unwrap();
        let all: Vec<_> = all_rules().collect();
        assert_eq!(rules.len(), all.len());
        for (r, info) in rules.iter().zip(&all) {
            assert_eq!(r["id"], info.id);
            assert_eq!(r["shortDescription"]["text"], info.summary);
            assert_eq!(r["fullDescription"]["text"], info.summary);
            assert_eq!(r["help"]["text"], info.hint);
            let level = r["defaultConfiguration"]["level"].as_str().unwrap();
            assert_eq!(level, sarif_level(info.level));
        }
        let missing_title = all.iter().position(|r| r.id == "missing-title").unwrap();
        assert_eq!(rules[missing_title]["name"], "MissingTitle");
        let not_counted = all.iter().position(|r| r.id == "not-counted").unwrap();
        assert_eq!(rules[not_counted]["defaultConfiguration"]["level"], "note");

        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 3);
        for (res, f) in results.iter().zip(&findings) {
            assert_eq!(res["ruleId"], f.rule.as_str());
            let index = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], f.rule.as_str());
            assert_eq!(all[index].id, f.rule);
            let region = &res["locations"][0]["physicalLocation"]["region"];
            assert_eq!(region["startLine"], f.line);
            assert_eq!(region["startColumn"], f.column);
        }
        assert_eq!(
            results
                .iter()
                .map(|r| r["level"].as_str().unwrap())
                .collect::<Vec<_>>(),
            ["error", "warning", "note"]
        );
        assert_eq!(
            results[0]["message"]["text"],
            "Description holds a placeholder: \"TBD\". (idea: Operator SDK)"
        );
        assert_eq!(
            results[1]["message"]["text"],
            "The idea has a single mentor."
        );
        let uri = |i: usize| {
            results[i]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(uri(0), "ideas/a.md");
        assert_eq!(uri(1), "ideas/with%20space/%C3%BC%231.md");
        assert_eq!(uri(2), "c%3Ad.md");
    }

    #[test]
    fn sarif_uris() {
        assert_eq!(sarif_uri("./././a/b.md"), "a/b.md");
        assert_eq!(sarif_uri("../up/x y.md"), "../up/x%20y.md");
        assert_eq!(sarif_uri("a%b?c[d].md"), "a%25b%3Fc%5Bd%5D.md");
        assert_eq!(sarif_uri("/home/me/ideas.md"), "file:///home/me/ideas.md");
        assert_eq!(sarif_uri("C:\\work\\a b.md"), "file:///C:/work/a%20b.md");
        assert_eq!(upper_camel("mentor-invalid-github"), "MentorInvalidGithub");
    }

    #[test]
    fn sarif_unknown_rule_has_no_index_and_empty_log_is_valid_json() {
        let f = finding("a.md", 1, 1, Level::Error, "not-a-rule", "m", None);
        let v = sarif_log(&[f]);
        assert!(v["runs"][0]["results"][0].get("ruleIndex").is_none());
        let got = render(DiagFormat::Sarif, &[], &no_source, false);
        let v: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(v["runs"][0]["results"], json!([]));
    }
}
