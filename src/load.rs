//! Loading ideas from the bundled catalog or from files and directories on disk.
//!
//! Problems with one file never stop the others: they are collected as [`Diagnostic`]s naming
//! the file and line, and the caller prints them.

#[path = "load/parallel.rs"]
mod parallel;
use crate::model::Idea;
use crate::options::WalkOptions;
use crate::parse::{self, Defaults, FileOutcome};
use crate::skills::SkillTable;
pub use crate::sources::index::Narrow;
pub use parallel::parallel_map;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Where ideas are read from.
#[derive(Debug, Clone)]
pub enum Input {
    /// The catalog compiled into the binary.
    Bundled,
    /// The index `ideas sync` wrote in this cache folder.
    Synced(PathBuf),
    /// Files and directories on disk, and which files to read below the directories.
    Paths(Vec<PathBuf>, WalkOptions),
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Work could not be done (an unreadable path).
    Error,
    /// Something was read with a problem.
    Warning,
    /// Something was skipped on purpose.
    Note,
}

/// A problem with one input, for stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The path as given.
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        match self.line {
            Some(line) => write!(f, "{level}: {}:{line}: {}", self.path, self.message),
            None => write!(f, "{level}: {}: {}", self.path, self.message),
        }
    }
}

/// What every idea read had, kept even for ideas a filter dropped: the skills and
/// organisations did-you-mean suggestions are drawn from, and the count.
#[derive(Debug, Default)]
pub struct Summary {
    /// Number of ideas read.
    pub total: usize,
    /// Every skill id any idea lists.
    pub skills: std::collections::BTreeSet<String>,
    /// Every organisation any idea names.
    pub orgs: std::collections::BTreeSet<String>,
    /// Pages not parsed because a test of their bytes proved that no idea on them has the
    /// skills filtered on ([`crate::skills::PageTest`]): their ideas are not in `total`.
    pub unread_pages: usize,
}

impl Summary {
    fn add(&mut self, idea: &Idea) {
        self.total += 1;
        for s in &idea.skills {
            if !self.skills.contains(s) {
                self.skills.insert(s.clone());
            }
        }
        if let Some(o) = &idea.org {
            if !self.orgs.contains(o) {
                self.orgs.insert(o.clone());
            }
        }
    }
}

/// A predicate deciding, while files are read, which ideas to keep.
pub type Keep<'a> = Option<&'a (dyn Fn(&Idea) -> bool + Sync)>;

/// Everything loaded from the inputs.
#[derive(Debug, Default)]
pub struct Loaded {
    /// What every idea read had, including those `keep` dropped.
    pub summary: Summary,
    /// Ideas with their field positions, in input order.
    pub ideas: Vec<Idea>,
    /// Problems, in input order.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of files read.
    pub files: usize,
    /// With a search a synced index answered, each idea's score (aligned with `ideas`).
    pub scores: Option<Vec<f64>>,
}

impl Loaded {
    /// The ideas and the problems met.
    pub fn into_ideas(self) -> (Vec<Idea>, Vec<Diagnostic>) {
        (self.ideas, self.diagnostics)
    }

    /// True if any input could not be read at all.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Loads every idea of the input.
pub fn load(input: &Input, skills: &SkillTable, defaults: &Defaults) -> Loaded {
    load_keeping(input, skills, defaults, None)
}

/// Loads the input, keeping only the ideas `keep` accepts (all when `None`). Dropping ideas
/// while the files are read keeps memory near the size of what is kept.
pub fn load_keeping(
    input: &Input,
    skills: &SkillTable,
    defaults: &Defaults,
    keep: Keep<'_>,
) -> Loaded {
    load_narrowed(input, skills, defaults, keep, &Narrow::everything())
}

/// Loads the input like [`load_keeping`]; from a synced index, reads no more than `narrow`
/// says the ideas kept need (Markdown files are read whole whatever it says).
pub fn load_narrowed(
    input: &Input,
    skills: &SkillTable,
    defaults: &Defaults,
    keep: Keep<'_>,
    narrow: &Narrow,
) -> Loaded {
    let mut out = Loaded::default();
    match input {
        Input::Bundled => {
            // Parsed at build time (src/build.rs) by this same parser.
            out.files = crate::catalog::files().len();
            let ideas = crate::catalog::ideas();
            for i in &ideas {
                out.summary.add(i);
            }
            let mut scores = Vec::new();
            out.ideas = ideas
                .into_iter()
                .filter(|i| {
                    keep.is_none_or(|k| k(i))
                        && narrow.score_ideas.is_none_or(|score| match score(i) {
                            Some(s) => {
                                scores.push(s);
                                true
                            }
                            None => false,
                        })
                })
                .collect();
            if narrow.score_ideas.is_some() {
                out.scores = Some(scores);
            }
        }
        Input::Synced(dir) => {
            // Parsed when synced: no Markdown is read here.
            let (found, warnings) = crate::sources::load_synced(dir, skills, narrow, keep);
            let totals = found.totals;
            out.diagnostics
                .extend(warnings.into_iter().map(|message| Diagnostic {
                    severity: Severity::Warning,
                    path: dir.display().to_string(),
                    line: None,
                    message,
                }));
            out.files = 1;
            out.summary = Summary {
                total: totals.total,
                skills: totals.skills,
                orgs: totals.orgs,
                unread_pages: 0,
            };
            out.ideas = found.ideas;
            out.scores = found.scores;
        }
        Input::Paths(paths, walk) => {
            // Mentors are parsed for the ideas kept only, unless the test that keeps them
            // reads them.
            // With --skill, a page that cannot hold an idea with the skills is not parsed
            // (its problems are then not reported either: `ideas validate` reads every page),
            // and an idea whose skills text cannot name them is not given skill ids.
            let page_test = skills.page_test(&narrow.skills).map(std::sync::Arc::new);
            let defaults = Defaults {
                lazy_mentors: !narrow.mentors,
                drop_field_spans: true,
                skill_test: page_test.clone(),
                ..defaults.clone()
            };
            // The files are read and parsed on every core while the folders are still being
            // walked; the results come back in the order of the paths (each folder's files
            // sorted), a file named twice read once. What every idea read had goes into one
            // summary shared by the readers.
            let summary = std::sync::Mutex::new(Summary::default());
            let lock = || {
                summary
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
            };
            // The texts of the ideas kept, when nothing reads them once the files are read:
            // the test that keeps ideas and what is printed (`texts` false), or what a search
            // prints (`mentors_unused`).
            let texts_unused = !narrow.texts || narrow.mentors_unused;
            let (diagnostics, results) = walk_and_read(paths, walk, |f: &Path| {
                let display = display_path(f);
                let mut scores = Vec::new();
                let mut had_ideas = false;
                // Each idea read is noted, then dropped if the filters (or a search) reject it
                // (field positions were never kept: `drop_field_spans`), or kept as an `Idea`.
                let read = parse::read_page_if(f, &display, skills, &defaults, |b| {
                    page_test.as_ref().is_none_or(|t| t.may_match(b))
                });
                let (result, ideas) = match read {
                    Ok(Some(mut outcome)) => {
                        let mut ideas = Vec::new();
                        if let FileOutcome::Parsed(page) = &mut outcome {
                            for mut p in std::mem::take(&mut page.ideas) {
                                had_ideas = true;
                                lock().add(&p.idea);
                                let mut kept = keep.is_none_or(|k| k(&p.idea));
                                if let Some(score) = narrow.score_ideas.filter(|_| kept) {
                                    // (A search's score may depend on the mentors.)
                                    p.resolve_mentors();
                                    match score(&p.idea) {
                                        Some(s) => scores.push(s),
                                        None => kept = false,
                                    }
                                }
                                if !kept {
                                    continue;
                                }
                                if texts_unused {
                                    drop_texts(&mut p.idea);
                                }
                                if !narrow.mentors_unused {
                                    p.resolve_mentors();
                                }
                                ideas.push(p.idea);
                            }
                        }
                        (Ok(Some(outcome)), ideas)
                    }
                    Ok(None) => {
                        lock().unread_pages += 1;
                        (Ok(None), Vec::new())
                    }
                    Err(e) => (Err(e), Vec::new()),
                };
                (display, result, had_ideas, ideas, scores)
            });
            out.diagnostics = diagnostics;
            out.summary = std::mem::take(&mut *lock());
            if narrow.score_ideas.is_some() {
                out.scores = Some(Vec::new());
            }
            // The ideas kept, moved into a vector of their number (the one page holding them
            // all gives its own).
            let total: usize = results.iter().map(|(_, _, _, ideas, _)| ideas.len()).sum();
            for (display, result, had_ideas, ideas, scores) in results {
                // (The scores of a page's kept ideas, in their order: they follow them.)
                if let Some(all) = out.scores.as_mut() {
                    all.extend(scores);
                }
                if out.ideas.is_empty() && ideas.len() == total {
                    out.ideas = ideas;
                } else {
                    out.ideas.reserve_exact(total - out.ideas.len());
                    out.ideas.extend(ideas);
                }
                out.record(display, result, had_ideas);
            }
        }
    }
    out
}

/// Empties the texts of an idea kept for output that prints none: the details a synced index
/// leaves out when [`Narrow::texts`] is false, but the source.
fn drop_texts(idea: &mut Idea) {
    idea.description = None;
    idea.expected_outcomes = None;
    idea.skills_raw = None;
    idea.upstream_issues = Vec::new();
    idea.links = Vec::new();
}

/// A file found by [`walk_and_read`]: its canonical path (when several paths are given) and
/// the job reading it (none for a duplicate).
type Found = (Option<PathBuf>, Option<usize>);

/// Walks `paths` (see [`collect_path`]) and applies `read` to every file found, on all cores,
/// each file handed to a worker as soon as the walk finds it. Returns the problems met while
/// walking, and `read`'s results in the order the files were always read in: the paths in the
/// order given, the files of a folder sorted, a file named twice (by several paths) only at its
/// first place. (Such a file is read once, unless the walk of one folder finds it at a later
/// place first, which takes a symbolic link.)
fn walk_and_read<R: Send>(
    paths: &[PathBuf],
    walk: &WalkOptions,
    read: impl Fn(&Path) -> R + Sync,
) -> (Vec<Diagnostic>, Vec<R>) {
    // Twice the cores: while one thread waits for a cold file, another parses. The walking
    // thread is one of them once the walk is done.
    let max_workers = std::thread::available_parallelism().map_or(1, |n| n.get() * 2);
    let dedup = paths.len() > 1;
    let (sender, receiver) = std::sync::mpsc::channel::<(usize, PathBuf)>();
    let receiver = std::sync::Mutex::new(receiver);
    // Takes files off the queue until it is closed and empty.
    let work = || {
        let mut done = Vec::new();
        loop {
            let job = receiver
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .recv();
            let Ok((id, file)) = job else {
                break;
            };
            done.push((id, read(&file)));
        }
        done
    };
    let mut diagnostics = Vec::new();
    // Every file found, in the final order before de-duplication.
    let mut files: Vec<(PathBuf, Found)> = Vec::new();
    let mut done: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        let mut workers = Vec::new();
        let mut sent = 0;
        let mut canonical_sent = std::collections::HashSet::new();
        let mut on_file = |f: &Path| {
            let canonical =
                dedup.then(|| std::fs::canonicalize(f).unwrap_or_else(|_| f.to_path_buf()));
            if canonical
                .as_ref()
                .is_some_and(|c| !canonical_sent.insert(c.clone()))
            {
                return (canonical, None);
            }
            let id = sent;
            sent += 1;
            // (A closed queue only follows a worker's panic, which the join below raises.)
            let _ = sender.send((id, f.to_path_buf()));
            // A second file brings in a worker (one file is read right here), up to the limit.
            if id >= 1 && workers.len() + 1 < max_workers {
                workers.push(scope.spawn(work));
            }
            (canonical, Some(id))
        };
        for p in paths {
            collect_path(p, walk, &mut on_file, &mut files, &mut diagnostics);
        }
        drop(sender);
        let mut done = vec![work()];
        done.extend(
            workers
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))),
        );
        done
    });
    let mut results: Vec<Option<R>> = Vec::new();
    for (id, r) in done.iter_mut().flat_map(std::mem::take) {
        if results.len() <= id {
            results.resize_with(id + 1, || None);
        }
        results[id] = Some(r);
    }
    if dedup {
        let mut seen = std::collections::HashSet::new();
        files.retain_mut(|(f, (canonical, _))| {
            seen.insert(canonical.take().unwrap_or_else(|| f.clone()))
        });
    }
    let results = files
        .into_iter()
        .map(
            |(f, (_, job))| match job.and_then(|id| results[id].take()) {
                Some(r) => r,
                None => read(&f),
            },
        )
        .collect();
    (diagnostics, results)
}

impl Loaded {
    /// Records a parsed page (its ideas taken out already); `had_ideas` tells whether it held
    /// ideas before any were dropped.
    fn add(&mut self, display: &str, page: parse::ParsedPage, had_ideas: bool) {
        self.files += 1;
        for w in page.warnings {
            self.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                path: display.to_string(),
                line: Some(w.line),
                message: w.message,
            });
        }
        if !had_ideas {
            self.diagnostics.push(Diagnostic {
                severity: Severity::Note,
                path: display.to_string(),
                line: None,
                message: "skipped: no recognisable ideas on this page".to_string(),
            });
        }
    }
}

/// Adds the files a path names: the file itself (whatever its extension), or the pages found
/// below a folder (sorted). A folder with no page but other files says which, and how to read
/// them. `on_file` sees each file as it is found (a folder's in the order of the walk) and
/// gives what is kept beside it.
fn collect_path<T>(
    path: &Path,
    walk: &WalkOptions,
    on_file: &mut impl FnMut(&Path) -> T,
    files: &mut Vec<(PathBuf, T)>,
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
            let walked = walk_dir(
                path,
                walk,
                &mut |f| {
                    let kept = on_file(&f);
                    found.push((f, kept));
                },
                diagnostics,
            );
            if found.is_empty() {
                diagnostics.push(Diagnostic {
                    severity: Severity::Warning,
                    path: display_path(path),
                    line: None,
                    message: walked.no_pages_message(),
                });
            }
            found.sort_by(|a, b| a.0.cmp(&b.0));
            files.extend(found);
        }
        Ok(_) => {
            let kept = on_file(path);
            files.push((path.to_path_buf(), kept));
        }
    }
}

impl Loaded {
    /// Records what reading one file gave.
    /// (`None`: a page the filters' test ruled out, not parsed.)
    fn record(
        &mut self,
        display: String,
        result: std::io::Result<Option<FileOutcome>>,
        had_ideas: bool,
    ) {
        match result {
            Ok(None) => self.files += 1,
            Ok(Some(FileOutcome::Parsed(page))) => self.add(&display, page, had_ideas),
            Ok(Some(FileOutcome::Skipped(reason))) => {
                self.files += 1;
                self.diagnostics.push(Diagnostic {
                    severity: Severity::Note,
                    path: display,
                    line: None,
                    message: format!("skipped: {reason}"),
                });
            }
            Err(e) => self.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                path: display,
                line: None,
                message: format!("cannot read: {}", io_message(&e)),
            }),
        }
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
    let globs = {
        let mut b = globset::GlobSetBuilder::new();
        for g in &walk.globs {
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
            || (!walk.globs.is_empty() && globs.is_match(path.strip_prefix(dir).unwrap_or(path)));
        if ext == "md"
            || ext == "markdown"
            || walk.extensions.contains(&ext)
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

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files in the order they were read before the walk and the reading overlapped: all
    /// collected first, then those named twice dropped after their first place.
    fn collected_first(paths: &[PathBuf], walk: &WalkOptions) -> (Vec<Diagnostic>, Vec<String>) {
        let mut files = Vec::new();
        let mut diagnostics = Vec::new();
        for p in paths {
            collect_path(p, walk, &mut |_| (), &mut files, &mut diagnostics);
        }
        let mut files: Vec<PathBuf> = files.into_iter().map(|(f, ())| f).collect();
        if paths.len() > 1 {
            let mut seen = std::collections::HashSet::new();
            files.retain(|f| seen.insert(std::fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
        }
        (diagnostics, files.iter().map(|f| display_path(f)).collect())
    }

    #[cfg(unix)]
    #[test]
    fn files_are_read_in_the_order_they_were_collected_in() {
        let root = std::env::temp_dir().join(format!("ideas-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["a", "a/b", "a/b/c", "z", "empty"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        for k in 0..30 {
            let dir = ["a", "a/b", "a/b/c", "z"][k % 4];
            std::fs::write(root.join(format!("{dir}/p{k:02}.md")), "# x\n").unwrap();
        }
        std::fs::write(root.join("empty/notes.txt"), "x").unwrap();
        // The same files by other names, sorting before and after them.
        std::os::unix::fs::symlink("p00.md", root.join("a/zz.md")).unwrap();
        std::os::unix::fs::symlink("p28.md", root.join("a/00.md")).unwrap();
        std::os::unix::fs::symlink("../z", root.join("a/b/linked")).unwrap();
        let path = |p: &str| root.join(p);
        let cases = [
            vec![path("a")],
            vec![path("a"), path("a")],
            vec![path("a"), path("z")],
            vec![path("z"), path("a")],
            vec![path("a/p00.md"), path("a")],
            vec![path("a"), path("a/p00.md"), path("missing"), path("empty")],
            vec![path("a/b"), path("a"), path("z/p03.md")],
            vec![path("a/p04.md")],
            vec![path("a/p04.md"), path("a/p28.md")],
            vec![],
        ];
        for paths in cases {
            let walk = WalkOptions::default();
            let (diagnostics, read) = walk_and_read(&paths, &walk, |f: &Path| display_path(f));
            assert_eq!(
                (diagnostics, read),
                collected_first(&paths, &walk),
                "{paths:?}"
            );
        }
        std::fs::remove_dir_all(&root).unwrap();
    }
}
