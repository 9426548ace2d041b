//! Finding the files a reading command reads: the paths given, the pages below folders
//! (ripgrep's walker: `.gitignore`, `.ignore` and hidden files respected), then each file read
//! on every core, results in the order of the paths.

use super::{Diagnostic, Severity};
use crate::options::WalkOptions;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Walks `paths` (see [`collect_path`]), then applies `read` to every file found, on all
/// cores. Returns the problems met while walking, and `read`'s results in order: the paths in
/// the order given, the files of a folder sorted, a file named twice (by several paths) only
/// at its first place.
pub(super) fn walk_and_read<R: Send>(
    paths: &[PathBuf],
    walk: &WalkOptions,
    read: impl Fn(&Path) -> R + Sync,
) -> (Vec<Diagnostic>, Vec<R>) {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for p in paths {
        collect_path(p, walk, &mut files, &mut diagnostics);
    }
    if paths.len() > 1 {
        let mut seen = std::collections::HashSet::new();
        files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    }
    (diagnostics, super::parallel_map(&files, |f| read(f)))
}

/// Adds the files a path names: the file itself (whatever its extension), or the pages found
/// below a folder (sorted). A folder with no page but other files says which, and how to read
/// them.
fn collect_path(
    path: &Path,
    walk: &WalkOptions,
    files: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match std::fs::metadata(path) {
        Err(e) => diagnostics.push(Diagnostic {
            severity: Severity::Error,
            path: display_path(path),
            line: None,
            message: io_message(&e),
        }),
        Ok(meta) if meta.is_dir() => {
            let mut found = Vec::new();
            let walked = walk_dir(path, walk, &mut |f| found.push(f), diagnostics);
            if found.is_empty() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    path: display_path(path),
                    line: None,
                    message: walked.no_pages_message(),
                });
            }
            found.sort();
            files.extend(found);
        }
        Ok(_) => files.push(path.to_path_buf()),
    }
}

/// The `.md`/`.markdown` files (and LFX exports) below `dir` (unsorted), and problems met
/// while walking.
pub fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    walk_dir(
        dir,
        &WalkOptions::default(),
        &mut |f| out.push(f),
        &mut diags,
    );
    diags
}

/// What a walk saw besides the pages: files of other extensions, by extension.
#[derive(Debug, Default)]
struct Walked {
    others: BTreeMap<String, usize>,
}

impl Walked {
    /// "no Markdown files below the folder; 5 other files (5 .txt): read them with --ext txt".
    fn no_pages_message(&self) -> String {
        let n: usize = self.others.values().sum();
        if n == 0 {
            return "no Markdown files below this folder".to_string();
        }
        let mut by_count: Vec<(&String, &usize)> = self.others.iter().collect();
        by_count.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let kinds: Vec<String> = by_count
            .iter()
            .take(4)
            .map(|(ext, k)| {
                if ext.is_empty() {
                    format!("{k} without extension")
                } else {
                    format!("{k} .{ext}")
                }
            })
            .collect();
        let hint = match by_count.iter().find(|(ext, _)| !ext.is_empty()) {
            Some((ext, _)) => format!("; to read them, use --ext {ext} (or --glob '*.{ext}')"),
            None => "; to read them, use --glob PATTERN".to_string(),
        };
        format!(
            "no Markdown files below this folder; {n} other file{} ({}){hint}",
            if n == 1 { "" } else { "s" },
            kinds.join(", ")
        )
    }
}

/// Finds the pages below `dir`, each given to `on_file` as it is found: `.md`/`.markdown`
/// files, files with the extensions or names `walk` adds, and LFX exports. Like ripgrep, it skips hidden files and folders and what
/// `.gitignore` / `.ignore` files exclude (in or out of a git repository), as well as
/// `node_modules` and `target`; symbolic links are followed, and loops end.
fn walk_dir(
    dir: &Path,
    walk: &WalkOptions,
    on_file: &mut dyn FnMut(PathBuf),
    diags: &mut Vec<Diagnostic>,
) -> Walked {
    let mut walked = Walked::default();
    let extensions = walk.extensions();
    let globs = {
        let mut b = globset::GlobSetBuilder::new();
        for g in &walk.glob {
            if let Ok(glob) = globset::Glob::new(g) {
                b.add(glob);
            }
        }
        b.build().unwrap_or_else(|_| globset::GlobSet::empty())
    };
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .git_global(false)
        .ignore(true)
        .parents(true)
        .require_git(false)
        .follow_links(true)
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(e.depth() > 0
                && e.file_type().is_some_and(|t| t.is_dir())
                && (name == "node_modules" || name == "target"))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                // A loop or an unreadable folder: say so and go on with the rest.
                let (path, message) = walk_error(&e);
                diags.push(Diagnostic {
                    severity: Severity::Warning,
                    path: path.unwrap_or_else(|| display_path(dir)),
                    line: None,
                    message,
                });
                continue;
            }
        };
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path = entry.path();
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let named = path.file_name().is_some_and(|n| globs.is_match(n))
            || (!walk.glob.is_empty() && globs.is_match(path.strip_prefix(dir).unwrap_or(path)));
        // AsciiDoc and reStructuredText pages are read too (`parse::markup`); ".asc" is left
        // out of walks, where it is more often a signature than a page.
        if ext == "md"
            || ext == "markdown"
            || matches!(ext.as_str(), "adoc" | "asciidoc" | "rst")
            || extensions.contains(&ext)
            || named
            || (ext == "json" && is_lfx_export(path))
        {
            on_file(path.to_path_buf());
        } else {
            *walked.others.entry(ext).or_default() += 1;
        }
    }
    walked
}

/// The path and message of an error met while walking.
fn walk_error(e: &ignore::Error) -> (Option<String>, String) {
    match e {
        ignore::Error::WithPath { path, err } => (Some(display_path(path)), walk_error(err).1),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_error(err)
        }
        ignore::Error::Loop { child, .. } => (
            Some(display_path(child)),
            "skipped: a symbolic link loops back to a folder above it".to_string(),
        ),
        ignore::Error::Io(io) => (None, format!("cannot read directory: {}", io_message(io))),
        other => (None, other.to_string()),
    }
}

/// True for a JSON file that is an LFX export (other JSON files in a folder are not pages).
fn is_lfx_export(path: &Path) -> bool {
    use std::io::Read;
    let mut head = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(64 * 1024).read_to_string(&mut head))
        .is_ok_and(|_| crate::parse::lfx_json::looks_like_lfx_export(&head))
}

/// A path for output: as given, without a leading `./`.
pub fn display_path(p: &Path) -> String {
    let s = p.display().to_string();
    match s.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => s,
    }
}

pub(super) fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn files_come_in_the_order_of_the_paths_each_once() {
        let root = std::env::temp_dir().join(format!("ideas-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["a/b", "z", "empty"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        for f in ["a/p1.md", "a/b/p2.md", "z/p3.md"] {
            std::fs::write(root.join(f), "# x\n").unwrap();
        }
        std::fs::write(root.join("empty/notes.txt"), "x").unwrap();
        // The same file by another name, sorting after it.
        std::os::unix::fs::symlink("p1.md", root.join("a/zz.md")).unwrap();
        let read = |paths: &[&str]| {
            let paths: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).collect();
            let (diagnostics, files) =
                walk_and_read(&paths, &WalkOptions::default(), |f: &Path| display_path(f));
            let prefix = format!("{}/", root.display());
            let files: Vec<String> = files.iter().map(|f| f.replace(&prefix, "")).collect();
            let severities: Vec<Severity> = diagnostics.iter().map(|d| d.severity).collect();
            (files.join(" "), severities)
        };
        // A folder's files sorted; named twice (or by a link), a file comes at its first place.
        assert_eq!(read(&["a"]), ("a/b/p2.md a/p1.md a/zz.md".into(), vec![]));
        assert_eq!(read(&["a", "a"]), ("a/b/p2.md a/p1.md".into(), vec![]));
        assert_eq!(
            read(&["a/p1.md", "a"]),
            ("a/p1.md a/b/p2.md".into(), vec![])
        );
        assert_eq!(
            read(&["z", "missing", "empty"]),
            ("z/p3.md".into(), vec![Severity::Error, Severity::Warning])
        );
        assert_eq!(read(&[]), (String::new(), vec![]));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
