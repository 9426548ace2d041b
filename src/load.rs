//! Loading ideas from the bundled catalog or from files and directories on disk.
//!
//! Problems with one file never stop the others: they are collected as [`Diagnostic`]s naming
//! the file and line, and the caller prints them.

mod walk;
use crate::model::Idea;
use crate::options::WalkOptions;
use crate::parse::{self, Defaults, FileOutcome};
use crate::skills::SkillTable;
pub use crate::sources::index::{Keep, Narrow};
use std::fmt;
use std::path::{Path, PathBuf};
pub use walk::{display_path, markdown_files};
use walk::{io_message, walk_and_read};

/// Applies `f` to every item on all cores (twice as many threads: while one waits for a cold
/// file, another parses), handed out one at a time, the results in input order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get() * 2);
    crate::sources::pool::run(items, workers, workers, |_| String::new(), f)
}

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
    /// With a search, each idea's score (aligned with `ideas`).
    pub scores: Option<Vec<f64>>,
}

/// Loads the input, keeping only the ideas `keep` accepts (all when `None`): dropping ideas
/// while the files are read keeps memory near the size of what is kept. From a synced index,
/// it decodes no more than `narrow` says the ideas kept need (Markdown files are read whole
/// whatever it says).
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
                .filter(|i| kept(i, keep, narrow, &mut scores))
                .collect();
            out.scores = narrow.score_ideas.map(|_| scores);
        }
        Input::Synced(dir) => {
            // Parsed when synced: no Markdown is read here.
            let cache = crate::sources::cache::Cache::at(dir.clone());
            let (found, warnings) =
                crate::sources::index::load_or_rebuild(&cache, skills, narrow, keep);
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
            // With --skill, a page that cannot hold an idea with the skills is not parsed
            // (its problems are then not reported either: `ideas validate` reads every page).
            // On the real pages of ../shared copied to 84 MB, `list --skill go` took 886 ms of
            // CPU with this test and 1,480 ms without it.
            let page_test = skills.page_test(&narrow.skills);
            // The files are read and parsed on every core once the folders are walked (reading
            // while still walking saved nothing measurable on the real pages of ../shared copied
            // to 20 MB); the results come back in the order of the paths (each folder's files
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
                // Each idea read is noted, then dropped if the filters (or a search) reject it,
                // or kept as an `Idea`.
                let read = parse::read_page_if(f, &display, skills, defaults, |b| {
                    page_test.as_ref().is_none_or(|t| t.may_match(b))
                });
                let (result, ideas) = match read {
                    Ok(Some(mut outcome)) => {
                        let mut ideas = Vec::new();
                        if let FileOutcome::Parsed(page) = &mut outcome {
                            for p in std::mem::take(&mut page.ideas) {
                                let mut idea = p.idea;
                                had_ideas = true;
                                lock().add(&idea);
                                if !kept(&idea, keep, narrow, &mut scores) {
                                    continue;
                                }
                                if texts_unused {
                                    drop_texts(&mut idea);
                                }
                                ideas.push(idea);
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
            out.scores = narrow.score_ideas.map(|_| Vec::new());
            for (display, result, had_ideas, ideas, scores) in results {
                // (The scores of a page's kept ideas, in their order: they follow them.)
                if let Some(all) = out.scores.as_mut() {
                    all.extend(scores);
                }
                out.ideas.extend(ideas);
                out.record(display, result, had_ideas);
            }
        }
    }
    out
}

/// Whether an idea read is kept: `keep` accepts it and, in a search that scores the ideas read
/// ([`Narrow::score_ideas`]), it matches; its score is then pushed to `scores`.
fn kept(idea: &Idea, keep: Keep<'_>, narrow: &Narrow, scores: &mut Vec<f64>) -> bool {
    keep.is_none_or(|k| k(idea))
        && narrow
            .score_ideas
            .is_none_or(|score| score(idea).map(|s| scores.push(s)).is_some())
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

impl Loaded {
    /// True if some input could not be read at all (exit status 2).
    pub fn had_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Records what reading one file gave (`None`: a page the filters' test ruled out, not
    /// parsed); `had_ideas` tells whether a parsed page held ideas before any were dropped.
    fn record(
        &mut self,
        path: String,
        result: std::io::Result<Option<FileOutcome>>,
        had_ideas: bool,
    ) {
        self.files += usize::from(result.is_ok());
        let found = |severity, line, message| Diagnostic {
            severity,
            path: path.clone(),
            line,
            message,
        };
        match result {
            Ok(None) => {}
            Ok(Some(FileOutcome::Parsed(page))) => {
                for w in page.warnings {
                    self.diagnostics
                        .push(found(Severity::Warning, Some(w.line), w.message));
                }
                if !had_ideas {
                    let message = "skipped: no recognisable ideas on this page".to_string();
                    self.diagnostics.push(found(Severity::Note, None, message));
                }
            }
            Ok(Some(FileOutcome::Skipped(reason))) => {
                let message = format!("skipped: {reason}");
                self.diagnostics.push(found(Severity::Note, None, message));
            }
            Err(e) => {
                let message = format!("cannot read: {}", io_message(&e));
                self.diagnostics
                    .push(found(Severity::Warning, None, message));
            }
        }
    }
}
