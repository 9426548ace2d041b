//! `ideas man`: man pages (roff) generated from the command-line definitions.

use crate::cli::{Cli, ManArgs};
use crate::{load, Outcome, EXIT_OK};
use anyhow::{Context, Result};
use clap::CommandFactory;
use std::io::Write;

/// `ideas man`: the page of ideas, of one subcommand, or all of them written to a folder. The
/// pages of subcommands are named `ideas-SUBCOMMAND.1`, and the main page refers to them.
pub fn run(args: &ManArgs, out: &mut dyn Write) -> Result<Outcome> {
    // `ideas help` is a subcommand for the terminal, not a page.
    let root = Cli::command().name("ideas").disable_help_subcommand(true);
    let page = |name: Option<&str>| -> Result<Vec<u8>> {
        let mut buf = Vec::new();
        match name {
            None => clap_mangen::Man::new(root.clone()).render(&mut buf)?,
            Some(sub) => {
                let command = root
                    .find_subcommand(sub)
                    .with_context(|| format!("no subcommand '{sub}'"))?
                    .clone()
                    .name(format!("ideas-{sub}"));
                clap_mangen::Man::new(command).render(&mut buf)?;
            }
        }
        Ok(buf)
    };
    match &args.out {
        None => out.write_all(&page(args.subcommand.as_deref())?)?,
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
            // Hidden subcommands (`__complete`, for the shell scripts) have no page.
            let subcommands: Vec<String> = root
                .get_subcommands()
                .filter(|c| !c.is_hide_set())
                .map(|c| c.get_name().to_string())
                .collect();
            let names: Vec<Option<&str>> = if args.all {
                std::iter::once(None)
                    .chain(subcommands.iter().map(|s| Some(s.as_str())))
                    .collect()
            } else {
                vec![args.subcommand.as_deref()]
            };
            for name in names {
                let file = dir.join(match name {
                    None => "ideas.1".to_string(),
                    Some(sub) => format!("ideas-{sub}.1"),
                });
                std::fs::write(&file, page(name)?)
                    .with_context(|| format!("cannot write {}", file.display()))?;
                writeln!(out, "wrote {}", load::display_path(&file))?;
            }
        }
    }
    Ok(Outcome(EXIT_OK))
}
