//! The Action's install step and the pre-commit hook, run locally against a fake release served
//! on 127.0.0.1 (issue 37): a release archive named as .github/workflows/release.yml names it,
//! holding a small script called `ideas`, beside its `.sha256`. The install takes seconds, a
//! wrong checksum installs nothing, and a missing release falls back to `cargo install` of the
//! package `mentorship-ideas` (a fake `cargo` records how it was called).

#![cfg(unix)]

mod common;
mod sync_support;

use common::{scratch, Scratch};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};
use sync_support::{Reply, Server};

const VERSION: &str = env!("CARGO_PKG_VERSION");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The targets of the release workflow an Unix runner can be.
const UNIX_TARGETS: [&str; 4] = [
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
];

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `mentorship-ideas-<target>.tar.xz` holding `mentorship-ideas-<target>/ideas`, a script that
/// answers `--version` as the real binary does and echoes any other call.
fn archive(dir: &Path, target: &str) -> Vec<u8> {
    let name = format!("mentorship-ideas-{target}");
    let inside = dir.join(&name);
    std::fs::create_dir_all(&inside).unwrap();
    let bin = inside.join("ideas");
    std::fs::write(
        &bin,
        format!(
            "#!/bin/sh\nif [ \"$1\" = --version ]; then echo \"ideas {VERSION}\"; else echo \"fake ideas $*\"; fi\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&bin, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let file = dir.join(format!("{name}.tar.xz"));
    let status = Command::new("tar")
        .arg("-cJf")
        .arg(&file)
        .arg("-C")
        .arg(dir)
        .arg(&name)
        .status()
        .expect("tar runs");
    assert!(status.success());
    std::fs::read(file).unwrap()
}

/// A server holding a release of VERSION for every Unix target; `good_sums` false serves a
/// checksum of other bytes.
fn release(work: &Path, good_sums: bool) -> Server {
    let server = Server::start();
    for target in UNIX_TARGETS {
        let bytes = archive(&work.join("build"), target);
        let name = format!("mentorship-ideas-{target}.tar.xz");
        let sum = if good_sums {
            hex_sha256(&bytes)
        } else {
            hex_sha256(b"some other bytes")
        };
        let path = format!("/releases/v{VERSION}/{name}");
        server.route(&path, move |_, _| Reply::ok(bytes.clone()));
        let line = format!("{sum}  {name}\n");
        server.route(&format!("{path}.sha256"), move |_, _| {
            Reply::ok(line.clone())
        });
    }
    server
}

fn archive_requests(server: &Server) -> usize {
    UNIX_TARGETS
        .iter()
        .map(|t| {
            server
                .requests(&format!("/releases/v{VERSION}/mentorship-ideas-{t}.tar.xz"))
                .len()
        })
        .sum()
}

/// A scratch folder with a fake `cargo` first on PATH: it logs its arguments and "builds" an
/// `ideas` into its `--root`.
struct Place {
    dir: Scratch,
}

impl Place {
    fn new(name: &str) -> Place {
        let dir = scratch(&format!("action-{name}"));
        let fake = dir.join("fakebin");
        std::fs::create_dir_all(&fake).unwrap();
        let cargo = fake.join("cargo");
        std::fs::write(
            &cargo,
            "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$FAKE_CARGO_LOG\"\nwhile [ $# -gt 0 ]; do [ \"$1\" = --root ] && root=\"$2\"; shift; done\nmkdir -p \"$root/bin\"\nprintf '#!/bin/sh\\necho built ideas\\n' > \"$root/bin/ideas\"\nchmod +x \"$root/bin/ideas\"\n",
        )
        .unwrap();
        std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        Place { dir }
    }

    fn bin(&self) -> PathBuf {
        self.dir.join("bin")
    }

    fn cargo_calls(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("cargo.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// A command with a clean environment for the scripts: HOME here, the fake cargo first.
    fn command(&self, program: &str, base: &str) -> Command {
        let mut c = Command::new(program);
        let path = format!(
            "{}:{}",
            self.dir.join("fakebin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        c.current_dir(&*self.dir)
            .env("PATH", path)
            .env("HOME", &*self.dir)
            .env("FAKE_CARGO_LOG", self.dir.join("cargo.log"))
            .env("IDEAS_RELEASE_BASE", base);
        for var in [
            "IDEAS_GIT",
            "IDEAS_VERSION",
            "IDEAS_TARGET",
            "IDEAS_FALLBACK",
            "XDG_CACHE_HOME",
            "PRE_COMMIT_HOME",
        ] {
            c.env_remove(var);
        }
        c
    }

    /// Runs .github/install-ideas.sh with `args`.
    fn install(&self, base: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut c = self.command(&format!("{ROOT}/.github/install-ideas.sh"), base);
        c.args(args).envs(env.iter().copied());
        c.output().expect("the install script runs")
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `${{ a.b }}` expressions replaced by their values in `ctx` (an unknown one fails the test:
/// the Action changed, and this dry run must learn its new expression).
fn expand(text: &str, ctx: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("a closed expression") + start;
        let key = rest[start + 3..end].trim();
        let value = ctx
            .get(key)
            .unwrap_or_else(|| panic!("no value for `{key}` in the dry run"));
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Runs the `run` steps of action.yml named `names` as a runner would (bash -eo pipefail, the
/// step's env with its expressions evaluated, GITHUB_OUTPUT read back into
/// `steps.<id>.outputs.*`); returns the folders the steps added to GITHUB_PATH.
fn run_action_steps(place: &Place, base: &str, names: &[&str]) -> Vec<String> {
    let text = std::fs::read_to_string(format!("{ROOT}/action.yml")).unwrap();
    let action: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let mut ctx: HashMap<String, String> = HashMap::new();
    for (name, input) in action["inputs"].as_mapping().unwrap() {
        let default = input["default"].as_str().unwrap_or("").to_string();
        ctx.insert(format!("inputs.{}", name.as_str().unwrap()), default);
    }
    let github_path = place.dir.join("github_path");
    for name in names {
        let step = action["runs"]["steps"]
            .as_sequence()
            .unwrap()
            .iter()
            .find(|s| s["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("action.yml has no step '{name}'"));
        assert_eq!(step["shell"].as_str(), Some("bash"), "{name}");
        let output = place.dir.join("github_output");
        std::fs::write(&output, "").unwrap();
        let mut c = place.command("bash", base);
        c.args(["--noprofile", "--norc", "-eo", "pipefail", "-c"])
            .arg(step["run"].as_str().unwrap())
            .env("GITHUB_ACTION_PATH", ROOT)
            .env("GITHUB_OUTPUT", &output)
            .env("GITHUB_PATH", &github_path)
            .env("RUNNER_TOOL_CACHE", place.dir.join("toolcache"))
            .env("RUNNER_TEMP", place.dir.join("tmp"))
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64");
        if let Some(env) = step["env"].as_mapping() {
            for (k, v) in env {
                c.env(k.as_str().unwrap(), expand(v.as_str().unwrap(), &ctx));
            }
        }
        let o = c.output().unwrap();
        assert!(o.status.success(), "step '{name}': {}", stderr(&o));
        if let Some(id) = step["id"].as_str() {
            for line in std::fs::read_to_string(&output).unwrap().lines() {
                let (k, v) = line.split_once('=').unwrap();
                ctx.insert(format!("steps.{id}.outputs.{k}"), v.to_string());
            }
        }
    }
    std::fs::read_to_string(github_path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn the_actions_install_step_installs_the_release_in_seconds() {
    let place = Place::new("step");
    let server = release(&place.dir, true);
    let base = server.url("/releases");
    let started = Instant::now();
    let path = run_action_steps(&place, &base, &["Locate ideas", "Install ideas"]);
    let took = started.elapsed();
    eprintln!("the Action's install step took {took:.2?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert_eq!(archive_requests(&server), 1);
    assert!(place.cargo_calls().is_empty(), "{:?}", place.cargo_calls());
    // Installed in a folder of the tool cache named by version, OS and architecture (what the
    // cache step keeps), and put on PATH.
    let dir = place
        .dir
        .join(format!("toolcache/mentorship-ideas/{VERSION}/Linux-X64"));
    assert_eq!(path, vec![dir.display().to_string()]);
    let o = Command::new(dir.join("ideas"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        format!("ideas {VERSION}")
    );
    // A second run (the cache restored the folder) downloads nothing.
    run_action_steps(&place, &base, &["Locate ideas", "Install ideas"]);
    assert_eq!(archive_requests(&server), 1);
}

#[test]
fn a_wrong_checksum_is_refused_and_nothing_is_installed() {
    let place = Place::new("badsum");
    let server = release(&place.dir, false);
    let bin = place.bin();
    let o = place.install(
        &server.url("/releases"),
        &["--dir", bin.to_str().unwrap()],
        &[],
    );
    assert!(!o.status.success());
    assert!(stderr(&o).contains("checksum mismatch"), "{}", stderr(&o));
    assert!(!bin.join("ideas").exists());
    assert_eq!(std::fs::read_dir(&bin).unwrap().count(), 0, "nothing left");
    // A checksum that does not match is not a missing release: nothing is compiled instead.
    assert!(place.cargo_calls().is_empty(), "{:?}", place.cargo_calls());
}

#[test]
fn no_release_falls_back_to_cargo_install_of_mentorship_ideas() {
    let place = Place::new("fallback");
    let server = Server::start(); // every path answers 404
    let base = server.url("/releases");
    let bin = place.bin();
    let bin = bin.to_str().unwrap();
    // No version asked: the version of this checkout, built from it.
    let o = place.install(&base, &["--dir", bin], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("no release archive at"),
        "{}",
        stderr(&o)
    );
    // A version asked for: that version of the crate `mentorship-ideas` (not `ideas`).
    std::fs::remove_file(place.bin().join("ideas")).unwrap();
    let o = place.install(&base, &["--dir", bin, "--version", "v9.9.9"], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    // A git repository: built from it, without looking for a release.
    std::fs::remove_file(place.bin().join("ideas")).unwrap();
    let asked = archive_requests(&server);
    let o = place.install(
        &base,
        &["--dir", bin],
        &[("IDEAS_GIT", "https://git.example/ideas.git")],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let calls: Vec<String> = place
        .cargo_calls()
        .iter()
        .map(|c| {
            // The temporary --root differs at each run.
            let words: Vec<&str> = c.split(' ').collect();
            let at = words.iter().position(|w| *w == "--root").unwrap();
            [&words[..at], &words[at + 2..]].concat().join(" ")
        })
        .collect();
    assert_eq!(
        calls,
        vec![
            format!("install --locked --path {ROOT}/.github/.."),
            "install --locked --version 9.9.9 mentorship-ideas".to_string(),
            "install --locked --git https://git.example/ideas.git mentorship-ideas".to_string(),
        ]
    );
    assert_eq!(archive_requests(&server), asked, "no release looked for");
    let o = Command::new(place.bin().join("ideas")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "built ideas");
    // Told not to compile: nothing installed.
    std::fs::remove_file(place.bin().join("ideas")).unwrap();
    let o = place.install(&base, &["--dir", bin], &[("IDEAS_FALLBACK", "none")]);
    assert!(!o.status.success());
    assert!(!place.bin().join("ideas").exists());
    assert_eq!(place.cargo_calls().len(), 3);
}

#[test]
fn the_pre_commit_hook_installs_the_release_once_and_runs_ideas() {
    let place = Place::new("hook");
    let server = release(&place.dir, true);
    // The hook as .pre-commit-hooks.yaml declares it: a script of this repository.
    let hooks: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(format!("{ROOT}/.pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let hook = hooks
        .as_sequence()
        .unwrap()
        .iter()
        .find(|h| h["id"].as_str() == Some("ideas-validate"))
        .unwrap();
    assert_eq!(hook["language"].as_str(), Some("script"));
    let entry: Vec<&str> = hook["entry"].as_str().unwrap().split(' ').collect();
    let args: Vec<&str> = hook["args"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let spawn = || {
        let mut c = place.command(&format!("{ROOT}/{}", entry[0]), &server.url("/releases"));
        c.args(&entry[1..])
            .args(&args)
            .arg("page.md")
            .env("PRE_COMMIT_HOME", place.dir.join("pre-commit"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        c.spawn().unwrap()
    };
    // pre-commit runs a hook on batches of files side by side: the first runs all install.
    let started = Instant::now();
    let first: Vec<_> = (0..3).map(|_| spawn()).collect();
    for child in first {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            "fake ideas validate --format concise page.md"
        );
        assert!(
            stderr(&o).is_empty(),
            "quiet when the install works: {}",
            stderr(&o)
        );
    }
    eprintln!(
        "the hook's first runs (install included) took {:.2?}",
        started.elapsed()
    );
    let downloads = archive_requests(&server);
    assert!((1..=3).contains(&downloads), "{downloads}");
    let o = spawn().wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(archive_requests(&server), downloads, "installed once");
    let dir = place
        .dir
        .join(format!("pre-commit/mentorship-ideas-{VERSION}"));
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files, vec!["ideas"], "no temporary file left");
}

#[test]
fn the_installer_asks_for_the_archives_the_release_workflow_publishes() {
    let workflow =
        std::fs::read_to_string(format!("{ROOT}/.github/workflows/release.yml")).unwrap();
    // Archive names, their format and the checksum file beside each.
    assert!(workflow.contains("name=\"mentorship-ideas-${{ matrix.target }}\""));
    assert!(workflow.contains("tar -cJf \"$name.tar.xz\" \"$name\""));
    assert!(workflow.contains("sha256sum \"$f\" > \"$f.sha256\""));
    // Every Unix target the workflow builds is one the installer can name.
    for line in workflow.lines().filter(|l| l.contains("target: ")) {
        let target = line
            .split("target: ")
            .nth(1)
            .unwrap()
            .split([',', ' '])
            .next()
            .unwrap();
        if !target.contains("windows") && !target.contains("matrix") {
            assert!(UNIX_TARGETS.contains(&target), "{target}");
        }
    }
    let script = std::fs::read_to_string(format!("{ROOT}/.github/install-ideas.sh")).unwrap();
    assert!(script.contains("$base/v$version/$name$suffix"));
    assert!(script.contains("name=\"mentorship-ideas-$target\""));
}
