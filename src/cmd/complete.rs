//! Shell completion of values that live in the catalog: idea ids for `show`, skill ids for
//! `--skill`, organisations for `--org`. `ideas __complete KIND PREFIX` prints them, one per
//! line, from the catalog the reading commands use (paths in `IDEAS_PATH`, the synced index or
//! the bundled catalog); the bash, zsh and fish scripts of `ideas completions` call it.

use crate::cli::CompleteKind;
use crate::model::Idea;
use clap_complete::Shell;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// Writes the values of `kind` that start with `prefix` (ignoring case), sorted, once each.
pub fn write_values(
    kind: CompleteKind,
    prefix: &str,
    ideas: &[&Idea],
    out: &mut dyn Write,
) -> io::Result<()> {
    let prefix = prefix.to_lowercase();
    let table = crate::skills::SkillTable::bundled();
    let mut values: BTreeSet<String> = BTreeSet::new();
    for idea in ideas {
        match kind {
            CompleteKind::Ids => values.extend([idea.id.clone()]),
            // The skills as `--skill` takes them: canonical ids, else the item lower-cased.
            CompleteKind::Skills => values.extend(idea.skills.iter().flat_map(|s| table.ids_of(s))),
            CompleteKind::Orgs => values.extend(idea.org.clone()),
        }
    }
    for v in values {
        // A value on two lines would be two values: such values are not offered.
        if v.to_lowercase().starts_with(&prefix) && !v.contains(['\n', '\r']) {
            writeln!(out, "{v}")?;
        }
    }
    Ok(())
}

/// clap's completion script for `shell` with the catalog's values added where bash, zsh and
/// fish complete them (PowerShell and elvish get the fixed values and paths only).
pub fn with_values(shell: Shell, script: &str) -> String {
    match shell {
        Shell::Bash => format!("{script}{BASH}"),
        Shell::Fish => format!("{script}{FISH}"),
        Shell::Zsh => zsh(script),
        _ => script.to_string(),
    }
}

/// zsh: clap's `_arguments` specs leave `--skill`, `--org` and `show`'s id to `_default` (file
/// names) or to nothing; they call `_ideas_values KIND` instead, defined before `_ideas` runs.
fn zsh(script: &str) -> String {
    let mut out = script
        .replace(":SKILL:_default'", ":SKILL:_ideas_values skills'")
        .replace(":ORG:_default'", ":ORG:_ideas_values orgs'");
    // `show`'s first argument: `':id -- The idea'\''s short id ...:'` (no action).
    out = out
        .lines()
        .map(|line| {
            if line.starts_with("':id -- ") && line.ends_with(":' \\") {
                format!("{}_ideas_values ids' \\", &line[..line.len() - 3])
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    match out.rfind("if [ \"$funcstack[1]\" = \"_ideas\" ]") {
        Some(at) => format!("{}{ZSH}\n{}", &out[..at], &out[at..]),
        None => format!("{out}{ZSH}"),
    }
}

const ZSH: &str = r#"# Values from the catalog in use (`ideas __complete`): idea ids, skill ids, organisations.
(( $+functions[_ideas_values] )) ||
_ideas_values() {
    local -a values
    values=("${(@f)$(command ideas __complete "$1" "$PREFIX" 2> /dev/null)}")
    compadd -a values
}
"#;

const BASH: &str = r#"
# Values from the catalog in use (`ideas __complete`): idea ids for `show`, skill ids for
# --skill, organisations for --org; everything else as above.
_ideas_values() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" kind=""
    case "$prev" in
        --skill) kind=skills ;;
        --org) kind=orgs ;;
        *) [[ "${COMP_WORDS[1]}" == show && $COMP_CWORD -eq 2 && "$cur" != -* ]] && kind=ids ;;
    esac
    if [[ -z "$kind" ]]; then
        _ideas "$@"
        return
    fi
    local value
    COMPREPLY=()
    while IFS= read -r value; do
        COMPREPLY+=("$(printf '%q' "$value")")
    done < <(command ideas __complete "$kind" "$cur" 2> /dev/null)
}
complete -F _ideas_values -o bashdefault -o default ideas
"#;

const FISH: &str = r#"
# Values from the catalog in use (`ideas __complete`).
complete -c ideas -n '__fish_seen_subcommand_from show' -f -a '(ideas __complete ids (commandline -ct))'
complete -c ideas -l skill -x -a '(ideas __complete skills (commandline -ct))'
complete -c ideas -l org -x -a '(ideas __complete orgs (commandline -ct))'
"#;
