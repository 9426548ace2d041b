//! Where the text of an ideas link is: organisations register links of many kinds (a GitHub
//! file, a wiki page, a repository, a Google Doc, GitLab), most of which answer with an HTML
//! page; each kind has a URL that answers with the Markdown itself
//! (`../shared/programs/README.md` has the table). [`text_url`] gives it, or the link itself
//! when no rewrite is known (the answer is then read by its content type).

/// The URL to fetch for an ideas link, and the headers it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The URL answering with the page's text.
    pub url: String,
    /// `Accept` header to send, when the API needs one.
    pub accept: Option<&'static str>,
}

/// The URL answering with the text of `link` (see the module doc).
pub fn text_url(link: &str) -> Target {
    let plain = |url: String| Target { url, accept: None };
    let Some((scheme, rest)) = link.split_once("://") else {
        return plain(link.to_string());
    };
    let rest = rest.split('#').next().unwrap_or(rest);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let host = parts[0].to_ascii_lowercase();
    match (host.as_str(), &parts[1..]) {
        ("github.com", [o, r, "blob", branch, file @ ..]) if !file.is_empty() => plain(format!(
            "https://raw.githubusercontent.com/{o}/{r}/{branch}/{}",
            file.join("/")
        )),
        ("github.com", [o, r, "wiki", page]) => plain(format!(
            "https://raw.githubusercontent.com/wiki/{o}/{r}/{}.md",
            page.replace(' ', "-")
        )),
        ("github.com", [o, r, "wiki"]) => plain(format!(
            "https://raw.githubusercontent.com/wiki/{o}/{r}/Home.md"
        )),
        ("github.com", [o, r]) => Target {
            url: format!("https://api.github.com/repos/{o}/{r}/readme"),
            accept: Some("application/vnd.github.raw"),
        },
        ("github.com", [o, r, "tree", branch, dir @ ..]) => Target {
            url: match dir {
                [] => format!("https://api.github.com/repos/{o}/{r}/readme?ref={branch}"),
                _ => format!(
                    "https://api.github.com/repos/{o}/{r}/readme/{}?ref={branch}",
                    dir.join("/")
                ),
            },
            accept: Some("application/vnd.github.raw"),
        },
        ("docs.google.com", ["document", "d", id, ..]) => plain(format!(
            "https://docs.google.com/document/d/{id}/export?format=md"
        )),
        ("gitlab.com", _) if gitlab_dash(&parts, "blob").is_some() => {
            let at = gitlab_dash(&parts, "blob").unwrap_or(0);
            plain(format!(
                "https://gitlab.com/{}/-/raw/{}",
                parts[1..at].join("/"),
                parts[at + 2..].join("/")
            ))
        }
        ("gitlab.com", [project @ .., "-", "wikis", page]) if !project.is_empty() => plain(
            format!("https://gitlab.com/{}/-/wikis/{page}.md", project.join("/")),
        ),
        _ => plain(match query {
            "" => format!("{scheme}://{path}"),
            q => format!("{scheme}://{path}?{q}"),
        }),
    }
}

/// The index of the `-` of a GitLab `/-/{what}/...` path with a project before it and
/// something after.
fn gitlab_dash(parts: &[&str], what: &str) -> Option<usize> {
    let at = parts.iter().position(|p| *p == "-")?;
    (at > 1 && parts.get(at + 1) == Some(&what) && parts.len() > at + 2).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(link: &str) -> String {
        text_url(link).url
    }

    #[test]
    fn each_kind_of_link_has_its_text_url() {
        assert_eq!(
            url("https://github.com/invesalius/gsoc/blob/main/gsoc_2026_ideas.md"),
            "https://raw.githubusercontent.com/invesalius/gsoc/main/gsoc_2026_ideas.md"
        );
        assert_eq!(
            url("https://github.com/aboutcode-org/aboutcode/wiki/GSOC-2026-project-ideas"),
            "https://raw.githubusercontent.com/wiki/aboutcode-org/aboutcode/GSOC-2026-project-ideas.md"
        );
        let repo = text_url("https://github.com/uaanchorage/GSoC");
        assert_eq!(
            repo.url,
            "https://api.github.com/repos/uaanchorage/GSoC/readme"
        );
        assert_eq!(repo.accept, Some("application/vnd.github.raw"));
        assert_eq!(
            url("https://github.com/o/r/tree/main/2026/ideas"),
            "https://api.github.com/repos/o/r/readme/2026/ideas?ref=main"
        );
        assert_eq!(
            url("https://docs.google.com/document/d/1AbC_d/edit?usp=sharing"),
            "https://docs.google.com/document/d/1AbC_d/export?format=md"
        );
        assert_eq!(
            url("https://gitlab.com/group/sub/proj/-/blob/main/docs/ideas.md"),
            "https://gitlab.com/group/sub/proj/-/raw/main/docs/ideas.md"
        );
        assert_eq!(
            url("https://gitlab.com/g/p/-/wikis/GSoC-2026"),
            "https://gitlab.com/g/p/-/wikis/GSoC-2026.md"
        );
        // Anything else is fetched as it is (and read by its content type).
        for same in [
            "https://52north.org/outreach/gsoc/project-ideas/",
            "https://raw.githubusercontent.com/o/r/HEAD/x.md",
            "http://127.0.0.1:8080/ideas.md?x=1",
        ] {
            assert_eq!(url(same), same);
        }
    }
}
