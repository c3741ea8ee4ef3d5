//! Helpers for the end-to-end tests: the `selaras` binary and the bundled corpora.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root (the workspace root manifest's folder).
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the bundled corpora, e.g. `corpus("zelensky-peace-talks/id.txt")`.
pub fn corpus(relative: &str) -> PathBuf {
    repo_root().join("corpora").join(relative)
}

/// The `selaras` binary, built once per test process with the same profile as the tests.
///
/// # Panics
/// When the binary cannot be built: the tests cannot run without it.
pub fn selaras_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("test executable lives in target/<profile>/deps");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build.current_dir(repo_root()).args([
            "build",
            "--quiet",
            "-p",
            "selaras-cli",
            "--bin",
            "selaras",
        ]);
        if profile_dir
            .file_name()
            .is_some_and(|name| name == "release")
        {
            build.arg("--release");
        }
        let status = build.status().expect("run cargo build");
        assert!(status.success(), "building the selaras binary failed");
        profile_dir.join(format!("selaras{}", std::env::consts::EXE_SUFFIX))
    })
}

/// A command for the `selaras` binary, run from the repository root.
pub fn selaras(args: &[&str]) -> Command {
    let mut command = Command::new(selaras_bin());
    command
        .current_dir(repo_root())
        .args(args)
        .env("NO_COLOR", "1");
    command
}

/// Runs `selaras` with `args` and returns its output.
///
/// # Panics
/// When the binary cannot be started.
pub fn run(args: &[&str]) -> Output {
    selaras(args).output().expect("start selaras")
}

/// Runs `selaras` with `args`, feeding `stdin` to it.
///
/// # Panics
/// When the binary cannot be started or fed.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = selaras(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start selaras");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("wait for selaras")
}

/// Standard output as UTF-8 text.
///
/// # Panics
/// When the output is not UTF-8.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard error as text (lossy).
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
