//! The task runner: `cargo xtask <task>`. It installs what is missing (idempotently) and runs the
//! project's builds and checks, so a fresh machine needs only the Rust toolchain.
//!
//! Tasks:
//! - `setup`: install the wasm target, Trunk, wasm-bindgen-cli, wasm-opt, geckodriver and the Debian
//!   packages (Chromium, Firefox ESR, WebKitGTK's WebDriver, ...).
//! - `serve [--port N]`: setup, then build and serve the app on http://127.0.0.1:8080.
//! - `dist`: setup, then build the static site into `dist/` for any web server.
//! - `e2e-dist`: setup, then only the build the end-to-end tests use (`target/e2e-dist`, with the
//!   test hooks), for running one e2e file: `ORDNER_DIST=target/e2e-dist cargo test -p e2e --test <file>`.
//! - `test [--engines all|chromium]`: setup, then every check: format, clippy, native tests,
//!   browser tests, end-to-end (Chromium; the core flows in Firefox and WebKit with `all`).
//! - `bench`: release build, then sizes and timings (browser and native) into docs/benchmarks.md.
//! - `bench-letters`: only the text-recognition section of docs/benchmarks.md (CPU: minutes).
//! - `fuzz [target] [--runs N] [--seconds S]`: the coverage-guided fuzz targets (libFuzzer,
//!   stable Rust), docs/reliability.md.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod compress;
mod fuzz;
mod letters;
mod setup;

type Result<T> = std::result::Result<T, String>;

/// The engines `setup` and `test` cover unless told (`--engines all|chromium`): see
/// docs/browsers.md for what each costs.
const DEFAULT_ENGINES: setup::Engines = setup::Engines::Chromium;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::Engines::from_args(&args[1..], DEFAULT_ENGINES)
            .and_then(|(engines, _)| setup::ensure(engines))
            .map(|_| ()),
        Some("serve") => serve(&args[1..]),
        Some("dist") => setup::ensure_all().and_then(|tools| {
            let out = root().join("dist");
            dist(&tools, &out, Build::Release)?;
            let id = std::fs::read_to_string(out.join("build-id.txt"))
                .map_err(|e| format!("dist/build-id.txt: {e}"))?;
            eprintln!(
                "\nBuilt dist/, build id {} (the about screen, #/about, shows it)",
                id.trim()
            );
            Ok(())
        }),
        Some("e2e-dist") => setup::ensure_all().and_then(|tools| {
            dist(
                &tools,
                &root().join("target/e2e-dist"),
                Build::WithTestHooks,
            )
        }),
        Some("test") => test(&args[1..]),
        Some("bench") => bench(),
        Some("bench-letters") => letters::bench_letters(),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup | serve [--port N] | dist | e2e-dist | test | bench | bench-letters | fuzz>\n\n\
                 setup [--engines all|chromium]  install what is missing (wasm target, trunk, wasm-bindgen-cli,\n\
                        wasm-opt, chromium; with all: firefox-esr, geckodriver, webkit2gtk-driver, xvfb)\n\
                 serve  build and serve the app on http://127.0.0.1:8080\n\
                 dist   build the static site into dist/ for any web server\n\
                 e2e-dist  only the build the end-to-end tests use (with test hooks), into target/e2e-dist\n\
                 test [--engines all|chromium]  run every check: fmt, clippy, native, browser and end-to-end\n\
                        tests (with all: the core flows in Firefox and WebKit too, docs/browsers.md)\n\
                 bench  measure sizes and speeds, print them and write docs/benchmarks.md\n\
                 bench-letters  only the text-recognition figures of docs/benchmarks.md\n\
                 fuzz [target] [--runs N] [--seconds S]  run the fuzz targets (default: each, 1,000,000 runs;\n\
                        with both limits, until the first),\n\
                        docs/reliability.md"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Runs a command in the repository root, failing with its name when it fails.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}").replace('"', "");
    eprintln!("\n$ {shown}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("failed ({status}): {shown}"))
    }
}

fn trunk(tools: &setup::Tools) -> Command {
    let mut cmd = Command::new("trunk");
    cmd.env("PATH", tools.path_env());
    cmd
}

/// Which site to build.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Build {
    /// What `cargo xtask dist` ships: no test hooks.
    Release,
    /// For the end-to-end tests and the benchmark: the release build plus the cargo feature
    /// `test-hooks` (`window.__meinOrdnerSeedDocuments`, `window.__meinOrdnerBlob`).
    WithTestHooks,
}

fn dist(tools: &setup::Tools, out: &Path, build: Build) -> Result<()> {
    run(Command::new("cargo").args(["fetch", "--quiet"]))?;
    // wasm-bindgen adds a build's JS snippets to Trunk's output directory and never removes old
    // ones, so a release build made after a test-hooks build in the same `target/` would ship the
    // test hooks' snippet (unreferenced, but present). Each build starts without them.
    let snippets = root().join("target/wasm-bindgen/release/snippets");
    if snippets.exists() {
        std::fs::remove_dir_all(&snippets)
            .map_err(|e| format!("cannot remove {}: {e}", snippets.display()))?;
    }
    let mut cmd = trunk(tools);
    cmd.args(["build", "--release", "--dist"]).arg(out);
    if build == Build::WithTestHooks {
        cmd.args(["--features", "test-hooks"]);
    }
    run(&mut cmd)?;
    let (plain, gz, br) = compress::precompress(out)?;
    eprintln!(
        "precompressed text and wasm files: {:.1} KB, as .gz {:.1} KB, as .br {:.1} KB",
        plain as f64 / 1000.0,
        gz as f64 / 1000.0,
        br as f64 / 1000.0
    );
    Ok(())
}

fn serve(args: &[String]) -> Result<()> {
    let tools = setup::ensure_all()?;
    let port = match args {
        [flag, port] if flag == "--port" => port.clone(),
        [] => "8080".to_owned(),
        _ => return Err("usage: cargo xtask serve [--port N]".into()),
    };
    run(Command::new("cargo").args(["fetch", "--quiet"]))?;
    eprintln!("\nMein Ordner: http://127.0.0.1:{port}/  (Ctrl+C stops)");
    run(trunk(&tools).args(["serve", "--release", "--port", &port]))
}

/// `cargo` for a build that is made once and thrown away (the test command on CI): no incremental
/// cache, which would double the size of the target directory for nothing.
fn cargo_once() -> Command {
    let mut cmd = Command::new("cargo");
    cmd.env("CARGO_INCREMENTAL", "0");
    cmd
}

fn test(args: &[String]) -> Result<()> {
    let (engines, rest) = setup::Engines::from_args(args, DEFAULT_ENGINES)?;
    if let Some(arg) = rest.first() {
        return Err(format!("cargo xtask test: unknown argument {arg}"));
    }
    let started = Instant::now();
    let tools = setup::ensure(engines)?;
    let mut steps: Vec<(&str, f64)> = Vec::new();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> Result<()>| -> Result<()> {
        let t = Instant::now();
        eprintln!("\n==== {name}");
        f()?;
        steps.push((name, t.elapsed().as_secs_f64()));
        Ok(())
    };

    step("format", &mut || {
        run(cargo_once().args(["fmt", "--all", "--", "--check"]))
    })?;
    step("clippy (native)", &mut || {
        run(cargo_once().args([
            "clippy",
            "--workspace",
            "--exclude",
            "mein-ordner",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("clippy (wasm app)", &mut || {
        run(cargo_once().args([
            "clippy",
            "-p",
            "mein-ordner",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("native tests", &mut || {
        run(cargo_once().args([
            "test",
            "--workspace",
            "--exclude",
            "mein-ordner",
            "--exclude",
            "e2e",
        ]))
    })?;
    step(
        "browser tests (wasm-bindgen-test in headless Chromium)",
        &mut || {
            run_with_scratch(
                cargo_once()
                    .args([
                        "test",
                        "-p",
                        "mein-ordner",
                        "--target",
                        "wasm32-unknown-unknown",
                    ])
                    .env("CHROMEDRIVER", &tools.chromedriver)
                    .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                    .env("PATH", tools.path_env()),
                "wasm-tests",
            )
        },
    )?;
    let release_dir = root().join("target/release-dist");
    step("release build (trunk, as `cargo xtask dist`)", &mut || {
        dist(&tools, &release_dir, Build::Release)
    })?;
    let dist_dir = root().join("target/e2e-dist");
    step("release build with test hooks (trunk)", &mut || {
        dist(&tools, &dist_dir, Build::WithTestHooks)
    })?;
    step("end-to-end tests (WebDriver)", &mut || {
        run_with_scratch(
            cargo_once()
                .args(["test", "-p", "e2e", "--", "--test-threads=1"])
                .env("ORDNER_DIST", &dist_dir)
                .env("ORDNER_RELEASE_DIST", &release_dir)
                .env("CHROMEDRIVER", &tools.chromedriver)
                .env("CHROME", &tools.chrome)
                .env("PATH", tools.path_env()),
            "e2e",
        )
    })?;
    if let Some(more) = &tools.engines {
        step("core flows in Firefox and WebKit (WebDriver)", &mut || {
            run_with_scratch(
                cargo_once()
                    .args([
                        "test",
                        "-p",
                        "e2e",
                        "--test",
                        "engines",
                        "--",
                        "--ignored",
                        "--test-threads=1",
                    ])
                    .env("ORDNER_DIST", &dist_dir)
                    .env("ORDNER_RELEASE_DIST", &release_dir)
                    .env("GECKODRIVER", &more.geckodriver)
                    .env("FIREFOX", &more.firefox)
                    .env("WEBKITWEBDRIVER", &more.webkit_driver)
                    .env("PATH", tools.path_env()),
                "engines",
            )
        })?;
    }

    eprintln!("\n==== summary");
    for (name, secs) in &steps {
        eprintln!("{secs:>8.1} s  {name}");
    }
    eprintln!("{:>8.1} s  total", started.elapsed().as_secs_f64());
    Ok(())
}

/// Runs `cmd` with `TMPDIR` set to a fresh directory under `target/scratch/` that is removed
/// afterwards, failed or not: browsers leave profiles of 30 to 85 MB each in the temporary
/// directory (ChromeDriver's own when it is given none), and CI disks are small.
fn run_with_scratch(cmd: &mut Command, name: &str) -> Result<()> {
    let dir = root().join("target/scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = run(cmd.env("TMPDIR", &dir));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Runs a command and returns its standard output (its standard error goes to the terminal).
fn capture(cmd: &mut Command) -> Result<String> {
    let shown = format!("{cmd:?}").replace('"', "");
    eprintln!("\n$ {shown}");
    let out = cmd
        .current_dir(root())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    if !out.status.success() {
        return Err(format!("failed ({}): {shown}", out.status));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .next()
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or_else(String::new, |kb| format!(", {} GiB RAM", kb / 1024 / 1024));
    let chrome = Command::new("chromium")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    // The machine may be shared: say how busy it was when the measurement started.
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .map_or_else(String::new, |l| format!(", load average {l} at the start"));
    format!("{cpu}, {cores} cores{mem}{load}; {chrome}")
}

/// Table rows from the `BENCH|name|ms|MB/s` lines of `tests/crypto_bench.rs`.
fn aes_rows(output: &str) -> Result<String> {
    let mut figures = std::collections::HashMap::new();
    for line in output.lines() {
        if let Some(rest) = line.split("BENCH|").nth(1) {
            let parts: Vec<&str> = rest.trim().split('|').collect();
            if let [name, a, b] = parts[..] {
                figures.insert(name.to_owned(), (a.to_owned(), b.to_owned()));
            }
        }
    }
    let get = |name: &str| {
        figures
            .get(name)
            .cloned()
            .ok_or_else(|| format!("crypto_bench printed no {name} figure:\n{output}"))
    };
    let (ratio_enc, ratio_dec) = get("ratio")?;
    let mut rows = String::new();
    for (what, ours, theirs, ratio) in [
        ("encrypt", "wasm-encrypt", "webcrypto-encrypt", ratio_enc),
        ("decrypt", "wasm-decrypt", "webcrypto-decrypt", ratio_dec),
    ] {
        let (ours_ms, ours_mbs) = get(ours)?;
        let (web_ms, web_mbs) = get(theirs)?;
        rows += &format!(
            "| AES-256-GCM {what} 8 MiB in the browser: our wasm / WebCrypto | **{ours_mbs} MB/s** ({ours_ms} ms) / {web_mbs} MB/s ({web_ms} ms) | WebCrypto {ratio}× ours |\n"
        );
    }
    Ok(rows)
}

fn bench() -> Result<()> {
    let tools = setup::ensure_all()?;
    // The benchmark seeds 500 documents through the test hooks; they add a few hundred bytes.
    let dist_dir = root().join("target/bench-dist");
    dist(&tools, &dist_dir, Build::WithTestHooks)?;
    let date = capture(Command::new("date").arg("+%Y-%m-%d"))?;
    let mut report = format!(
        "# Benchmarks\n\nMeasured {} on {} by `cargo xtask bench` (release builds). Budgets are \
         reported, never asserted in tests.\n\n## Browser\n\n| what | figure | note |\n|---|---|---|\n",
        date.trim(),
        machine()
    );
    report += &capture(
        Command::new("cargo")
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "e2e",
                "--bin",
                "bench",
                "--",
            ])
            .arg(&dist_dir)
            .env("CHROMEDRIVER", &tools.chromedriver)
            .env("CHROME", &tools.chrome),
    )?;
    // AES-256-GCM in the browser: our wasm against WebCrypto in the same page (tests/crypto_bench.rs).
    let aes = capture(
        Command::new("cargo")
            .args([
                "test",
                "--release",
                "-p",
                "mein-ordner",
                "--target",
                "wasm32-unknown-unknown",
                "--test",
                "crypto_bench",
                "--",
                "--include-ignored",
                "--nocapture",
            ])
            .env("CHROMEDRIVER", &tools.chromedriver)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
            .env("PATH", tools.path_env()),
    )?;
    report += &aes_rows(&aes)?;
    for (title, krate) in [
        ("Vault (native)", "ordner-vault"),
        ("PDF (native)", "ordner-pdf"),
        ("Search (native)", "ordner-core"),
    ] {
        let example = root().join("crates").join(krate).join("examples/bench.rs");
        if example.is_file() {
            report += &format!("\n## {title}\n\n```\n");
            report += &capture(Command::new("cargo").args([
                "run",
                "--quiet",
                "--release",
                "-p",
                krate,
                "--example",
                "bench",
            ]))?;
            report += "```\n";
        }
    }
    report += &letters::section()?;
    report += "\nWhere a budget is missed, `docs/size-budget.md` says what costs the bytes and the \
               time, what was tried, and what would fix it.\n";
    println!("{report}");
    let out = root().join("docs/benchmarks.md");
    std::fs::write(&out, report).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("\nwritten: {}", out.display());
    Ok(())
}
