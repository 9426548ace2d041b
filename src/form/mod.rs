//! GitHub issue forms: the LFX Mentorship program proposal and any form like it.
//!
//! Since 2026 the CNCF takes LFX proposals as issues written with an issue form; a bot checks
//! each body and exports the accepted ones. This module reads a form definition ([`def`]), cuts a
//! rendered body into sections as the bot does ([`body`], with JavaScript's string rules in
//! [`js`]), checks them the way the bot does ([`check`]: the bot's data in [`spec`], its value
//! formats in [`formats`], its checkbox readers in [`boxes`], mentor lines in [`mentors`]; rule
//! metadata in [`rules`]), counts proposals against `quotas.yml` ([`quota`]) and types a body as
//! the export sees it ([`proposal`], [`readme`] for generated term READMEs).
//!
//! `ideas validate` calls [`check_body`] for a file that [`recognise`] takes for a form body (or
//! every file when `--form` is given); a page that is not a form keeps the page rules.

pub mod body;
pub mod boxes;
pub mod check;
pub mod def;
pub mod formats;
pub mod input;
pub mod js;
pub mod mentors;
pub mod proposal;
pub mod quota;
pub mod readme;
/// The form rules' metadata lives with the page rules' (`.ideas.toml` and `--list-rules` read both).
pub use crate::lint::form_rules as rules;
pub mod run;
pub mod spec;

pub use check::check_body;
pub use def::{parse_form, FormDef};
pub use run::{counted_ideas, FormRun, FormSettings};

use std::sync::OnceLock;

/// The CNCF LFX proposal form, as shipped in `schemas/lfx-proposal-form.yml`.
pub fn builtin() -> &'static FormDef {
    static FORM: OnceLock<FormDef> = OnceLock::new();
    FORM.get_or_init(|| {
        parse_form(include_str!("../../schemas/lfx-proposal-form.yml"))
            .expect("the built-in form is valid (tested)")
    })
}

/// The form `text` is a rendered body of: `explicit` when given, else the built-in LFX form
/// when at least three of its labels (and half of its required ones) head `###` sections.
pub fn recognise<'a>(explicit: Option<&'a FormDef>, text: &str) -> Option<&'a FormDef> {
    if let Some(form) = explicit {
        return Some(form);
    }
    let form = builtin();
    let found = body::matching_labels(form, text);
    let required = form.fields.iter().filter(|f| f.required).count();
    (found >= 3 && found * 2 >= required).then_some(form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_form_reads() {
        let f = builtin();
        assert!(f.field("cncf_project").unwrap().options.len() > 200);
        assert!(f.field("technologies").unwrap().comma_list);
        // The 15 sections the bot expects, in form order, the last with an em dash.
        let labels: Vec<&str> = f.fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels.len(), 15);
        assert_eq!(labels[0], "CNCF Project");
        assert_eq!(labels[14], "Custom Prerequisite \u{2014} File Upload");
        // Every label a check reads is one of the form's.
        let l = &spec::spec().labels;
        for label in [
            &l.project,
            &l.term,
            &l.name,
            &l.description,
            &l.technologies,
            &l.skills_same,
            &l.skills,
            &l.mentors,
            &l.upstream,
            &l.prerequisites,
            &l.challenge_url,
            &l.custom,
            &l.custom_name,
            &l.custom_description,
        ] {
            assert!(labels.contains(&label.as_str()), "{label}");
        }
    }

    #[test]
    fn recognition() {
        assert!(recognise(None, "# Ideas\n\n### Harbor\n\n#### Title\n").is_none());
        let body = "### CNCF Project\n\nHarbor\n\n### Term\n\nx\n\n### Program Name\n\ny\n\n### Mentors\n\nz\n";
        assert!(recognise(None, body).is_some());
    }
}
