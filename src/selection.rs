//! What a reading command works on: the input and the filters as typed ([`Selection`]), read,
//! filtered and searched, with an explanation when nothing matched.

use crate::{cmd, config, load, model, options, parse, query, skills};
use crate::{Outcome, EXIT_ERROR};
use std::io::Write;

/// Which ideas a reading command works on: the input (paths, `IDEAS_PATH` or the bundled
/// catalog, and which files below folders) and the filters, as typed.
pub(crate) struct Selection {
    reading: options::Reading,
    /// What is printed shows the ideas' descriptions and outcomes (a synced index reads them
    /// only then, or for a text filter or a search).
    texts: bool,
}

impl Selection {
    pub(crate) fn new(reading: options::Reading) -> Self {
        Selection {
            reading,
            texts: true,
        }
    }

    /// Says whether what is printed shows descriptions and outcomes.
    pub(crate) fn texts(mut self, texts: bool) -> Self {
        self.texts = texts;
        self
    }

    /// Loads the ideas, applies the filters (and a search query) and runs `f` on those that
    /// pass, with the search scores when a synced index computed them (aligned with the ideas)
    /// and the number read. When none pass, says why on `err`. A path that could not be read
    /// makes the exit status 2 whatever `f` returns, and when nothing was read at all `f` is
    /// not run (no empty `[]` before the error).
    pub(crate) fn run(
        &self,
        skills: &skills::SkillTable,
        query: Option<&str>,
        err: &mut dyn Write,
        f: impl FnOnce(
            &[&model::Idea],
            Option<&[f64]>,
            &load::Summary,
            &mut dyn Write,
        ) -> anyhow::Result<Outcome>,
    ) -> anyhow::Result<Outcome> {
        let mut notes = Vec::new();
        let filter = config::resolve_filter(&self.reading.filters, skills, &mut notes)?;
        for n in &notes {
            writeln!(err, "{n}")?;
        }
        let input = config::resolve_input(
            &self.reading.paths,
            &self.reading.walk,
            self.reading.filters.bundled,
        )?;
        // A synced index keeps each idea's searchable text: the search scores that, and the
        // ideas it does not match are never decoded (not with --mentor, which needs every idea
        // to know who is who).
        let indexed = matches!(input, load::Input::Synced(_)) && filter.mentor.is_none();
        let scorer = query.filter(|_| indexed).map(cmd::search::line_scorer);
        let searched = query.is_some() && !indexed;
        // Without --mentor (which needs every idea to know who is who), ideas the filters
        // reject are dropped while the files are read, and a search keeps the scores of the
        // ideas it matches there (they are ranked by them, not scored again). With --mentor,
        // the search's test runs after the filter (below).
        let keep = |i: &model::Idea| filter.matches_without_mentor(i);
        let idea_scorer = query.filter(|_| !indexed).map(cmd::search::scorer);
        let also = |i: &model::Idea| idea_scorer.as_ref().is_none_or(|m| m(i).is_some());
        let narrow = load::Narrow {
            // The synced index's skill prefilter looks for canonical ids written as such; ideas
            // list their skills as written now, so it is left out there.
            skills: if indexed {
                Vec::new()
            } else {
                filter.skills.clone()
            },
            texts: self.texts || searched || filter.text.is_some(),
            search: scorer
                .as_ref()
                .map(|s| s as &(dyn Fn(&[u8]) -> Option<f64> + Sync)),
            score_ideas: idea_scorer
                .as_ref()
                .map(|s| s as &(dyn Fn(&model::Idea) -> Option<f64> + Sync)),
            // A search that prints no texts (ids, plain lines) prints no mentors either, and
            // neither is read once the files are (but with --mentor, below).
            mentors_unused: searched && !self.texts,
        };
        let defaults = parse::Defaults::default();
        let session = if filter.mentor.is_none() {
            load::load_narrowed(&input, skills, &defaults, Some(&keep), &narrow)
        } else {
            // The filters and the search's test run after the files are read, on every idea's
            // mentors and texts.
            let every = load::Narrow {
                skills: Vec::new(),
                score_ideas: None,
                mentors_unused: false,
                ..narrow
            };
            load::load_narrowed(&input, skills, &defaults, None, &every)
        };
        for d in &session.diagnostics {
            writeln!(err, "{d}")?;
        }
        config::check_filter_values(&filter, &self.reading.filters, &session.summary, skills)?;
        // Without --mentor the ideas read have passed `keep` already.
        let matched: Vec<&model::Idea> = if filter.mentor.is_none() {
            session.ideas.iter().collect()
        } else {
            filter
                .apply(&session.ideas)
                .into_iter()
                .filter(|i| also(i))
                .collect()
        };
        if matched.is_empty() && session.had_errors() {
            return Ok(Outcome(EXIT_ERROR));
        }
        // Scores stay aligned: they come only without --mentor, where every idea read matched.
        let scores = session
            .scores
            .as_deref()
            .filter(|s| s.len() == matched.len());
        let mut outcome = f(&matched, scores, &session.summary, err)?;
        if matched.is_empty()
            && self.explain(&input, &filter, query, &session.summary, skills, err)?
        {
            // A misspelt value (a did-you-mean) is a usage error, whichever filter it is in.
            outcome = Outcome(EXIT_ERROR);
        }
        let failed = session.had_errors();
        // The command line exits right after this: freeing every idea read, one allocation at
        // a time on one core, would only delay the exit, so the memory is left to the
        // process's end (see `run`).
        drop(matched);
        std::mem::forget(session);
        Ok(if failed { Outcome(EXIT_ERROR) } else { outcome })
    }

    /// Why nothing matched: nothing was read, or what each filter and search word matches
    /// alone (the input is read again in full: the first pass dropped what did not match).
    /// True when a filter's value looks misspelt.
    fn explain(
        &self,
        input: &load::Input,
        filter: &query::Filter,
        query: Option<&str>,
        read: &load::Summary,
        skills: &skills::SkillTable,
        err: &mut dyn Write,
    ) -> std::io::Result<bool> {
        let load_all = || {
            let (defaults, all) = (parse::Defaults::default(), load::Narrow::everything());
            load::load_narrowed(input, skills, &defaults, None, &all).ideas
        };
        let mut all = None;
        if read.total == 0 {
            // Pages the skill test ruled out may hold ideas (none with the skill): only
            // reading them tells.
            let unread = (read.unread_pages > 0).then(load_all);
            if unread.as_ref().is_none_or(Vec::is_empty) {
                writeln!(err, "no ideas were read")?;
                return Ok(false);
            }
            all = unread;
        }
        if query.is_none() && !cmd::empty::needs_ideas(filter) {
            // One skill or organisation filter: what it matched (nothing) is known already.
            return cmd::empty::explain_filters(filter, &[], err);
        }
        let all = all.unwrap_or_else(load_all);
        if let Some(q) = query {
            let passing = filter.apply(&all);
            let counts = cmd::search::term_counts(q, &passing);
            if counts.iter().any(|(_, n)| *n == 0) || filter.parts().is_empty() {
                cmd::empty::explain_search(&counts, &all, err)?;
                return Ok(false);
            }
        }
        if filter.parts().is_empty() {
            writeln!(err, "no ideas matched")?;
            return Ok(false);
        }
        cmd::empty::explain_filters(filter, &all, err)
    }
}
