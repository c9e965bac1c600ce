//! `cargo xtask fuzz [target] [--runs N] [--seconds S]`: builds the libFuzzer engine of `fuzz/`
//! (stable Rust: the coverage instrumentation is set with `-C` flags, no nightly, no cargo-fuzz)
//! and runs one target, or every target one after the other, on one job. New inputs go to
//! `target/fuzz/corpus/<target>/` (the seeds in `fuzz/corpus/<target>/` are only read), crashes to
//! `target/fuzz/artifacts/<target>/`. At the end a table of executions, time, speed, coverage and
//! crashes is printed for `docs/reliability.md`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::{Result, root, run};

/// The coverage instrumentation libFuzzer needs (what cargo-fuzz passes, minus the sanitizers,
/// which need nightly).
const RUSTFLAGS: &str = "-Cpasses=sancov-module \
    -Cllvm-args=-sanitizer-coverage-level=4 \
    -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
    -Cllvm-args=-sanitizer-coverage-pc-table \
    -Cllvm-args=-sanitizer-coverage-trace-compares \
    --cfg fuzzing";

/// How long each target runs: until the first of the two limits given.
struct Budget {
    runs: Option<u64>,
    seconds: Option<u64>,
}

/// One finished run, as the table shows it.
struct Row {
    target: String,
    execs: u64,
    seconds: f64,
    per_second: u64,
    cov: String,
    features: String,
    peak_rss_mb: String,
    crashed: bool,
}

fn host() -> Result<String> {
    let out = Command::new("rustc")
        .arg("-vV")
        .output()
        .map_err(|e| format!("rustc -vV: {e}"))?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .ok_or_else(|| "rustc -vV names no host".to_owned())
}

/// Builds the engine; returns the binary.
fn build() -> Result<PathBuf> {
    let host = host()?;
    let target_dir = root().join("target").join("fuzz");
    // The instrumentation must not reach build scripts and proc macros: hence the explicit
    // --target, with which RUSTFLAGS apply to the target only.
    run(Command::new("cargo")
        .args([
            "build",
            "--release",
            "--manifest-path",
            "fuzz/Cargo.toml",
            "--target",
        ])
        .arg(&host)
        .env("CARGO_TARGET_DIR", &target_dir)
        .env("RUSTFLAGS", RUSTFLAGS))?;
    Ok(target_dir
        .join(host)
        .join("release")
        .join("ordner-fuzz-engine"))
}

/// The targets: the directories of `fuzz/corpus/` (the replay test checks that each is one).
fn targets() -> Result<Vec<String>> {
    let dir = root().join("fuzz").join("corpus");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir()
            && let Some(name) = path.file_name()
        {
            names.push(name.to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(names)
}

pub fn fuzz(args: &[String]) -> Result<()> {
    let usage = "usage: cargo xtask fuzz [target] [--runs N] [--seconds S]";
    let mut target = None;
    let mut budget = Budget {
        runs: None,
        seconds: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = || -> Result<u64> {
            args.next()
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| usage.to_owned())
        };
        match arg.as_str() {
            "--runs" => budget.runs = Some(number()?),
            "--seconds" => budget.seconds = Some(number()?),
            name if !name.starts_with('-') && target.is_none() => target = Some(name.to_owned()),
            _ => return Err(usage.into()),
        }
    }
    if budget.runs.is_none() && budget.seconds.is_none() {
        budget.runs = Some(1_000_000);
    }
    let all = targets()?;
    let chosen = match target {
        Some(name) if all.contains(&name) => vec![name],
        Some(name) => return Err(format!("no target {name}; targets: {}", all.join(" "))),
        None => all,
    };
    let binary = build()?;
    let mut rows = Vec::new();
    for name in &chosen {
        rows.push(run_target(&binary, name, &budget)?);
    }
    println!(
        "\n| target | executions | time (s) | exec/s | coverage (cov) | features (ft) | peak RSS (MB) | crashes |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for r in &rows {
        println!(
            "| `{}` | {} | {:.0} | {} | {} | {} | {} | {} |",
            r.target,
            r.execs,
            r.seconds,
            r.per_second,
            r.cov,
            r.features,
            r.peak_rss_mb,
            u8::from(r.crashed)
        );
    }
    let crashed: Vec<&str> = rows
        .iter()
        .filter(|r| r.crashed)
        .map(|r| r.target.as_str())
        .collect();
    if crashed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "crashes in {} (inputs in target/fuzz/artifacts/)",
            crashed.join(", ")
        ))
    }
}

fn run_target(binary: &PathBuf, name: &str, budget: &Budget) -> Result<Row> {
    let work = root().join("target/fuzz/corpus").join(name);
    let artifacts = root().join("target/fuzz/artifacts").join(name);
    for dir in [&work, &artifacts] {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let mut cmd = Command::new(binary);
    cmd.env("ORDNER_FUZZ_TARGET", name)
        .arg(&work)
        .arg(root().join("fuzz/corpus").join(name))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg("-print_final_stats=1")
        .arg("-rss_limit_mb=2048")
        .arg("-malloc_limit_mb=1024")
        .arg("-timeout=20");
    if let Some(n) = budget.runs {
        cmd.arg(format!("-runs={n}"));
    }
    if let Some(s) = budget.seconds {
        cmd.arg(format!("-max_total_time={s}"));
    }
    eprintln!("\n==== fuzz {name}");
    let started = Instant::now();
    let mut child = cmd
        .current_dir(root())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let mut row = Row {
        target: name.to_owned(),
        execs: 0,
        seconds: 0.0,
        per_second: 0,
        cov: String::new(),
        features: String::new(),
        peak_rss_mb: String::new(),
        crashed: false,
    };
    if let Some(stderr) = child.stderr.take() {
        for line in BufReader::new(stderr)
            .lines()
            .map_while(std::result::Result::ok)
        {
            eprintln!("{line}");
            let words: Vec<&str> = line.split_whitespace().collect();
            for pair in words.windows(2) {
                match pair[0] {
                    "cov:" => row.cov = pair[1].to_owned(),
                    "ft:" => row.features = pair[1].to_owned(),
                    _ => {}
                }
            }
            if let Some(v) = line.strip_prefix("stat::number_of_executed_units: ") {
                row.execs = v.trim().parse().unwrap_or(0);
            }
            if let Some(v) = line.strip_prefix("stat::average_exec_per_sec: ") {
                row.per_second = v.trim().parse().unwrap_or(0);
            }
            if let Some(v) = line.strip_prefix("stat::peak_rss_mb: ") {
                v.trim().clone_into(&mut row.peak_rss_mb);
            }
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    row.seconds = started.elapsed().as_secs_f64();
    row.crashed = !status.success();
    Ok(row)
}
