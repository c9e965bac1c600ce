//! Installs what the build and the tests need, when it is missing. Safe to run again and again.

use std::path::PathBuf;
use std::process::Command;

use crate::{Result, root, run};

const TRUNK_VERSION: &str = "0.21.14";
/// Debian's binaryen (108) miscompiles wasm-bindgen's reference-type tables; npm's is current.
const BINARYEN_NPM: &str = "binaryen@132";
/// The accessibility checker the end-to-end tests inject into every screen (`tests/e2e/tests/a11y.rs`).
const AXE_NPM: &str = "axe-core@4.14.1";
/// Text recognition on the device (`build/ocr-files.sh` copies it into `dist/ocr/`): Tesseract
/// compiled to WebAssembly (BSD-2-Clause) and the German LSTM model (tessdata_best, integer).
const OCR_NPM: &[&str] = &["tesseract-wasm@0.11.0", "@tesseract.js-data/deu@1.0.0"];
/// Only for the recognition bench's comparison (`cargo xtask bench-letters`), never shipped.
pub const OCR_COMPARE_NPM: &[&str] = &["tesseract.js@7.0.0", "tesseract.js-core@7.0.0"];
const APT_PACKAGES: &[&str] = &[
    "binaryen",
    "chromium",
    "chromium-driver",
    "poppler-utils",
    "qpdf",
    "fonts-noto-core",
    // The recognition bench renders and degrades its letter photos (tests/ocr/make-photos.sh).
    "imagemagick",
];
/// The core flows in Firefox and WebKit (tests/e2e/tests/engines.rs, docs/browsers.md): Firefox
/// ESR, WebKitGTK's WebKitWebDriver with its MiniBrowser, and a virtual display for it.
const ENGINE_APT_PACKAGES: &[&str] = &["firefox-esr", "webkit2gtk-driver", "xvfb"];
/// Firefox's WebDriver server (not packaged by Debian): built from crates.io into
/// `target/tools/gecko/bin/` (about 2 to 2.5 minutes on 2 cores, once; then kept with `target/`).
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Where the installed tools are.
pub struct Tools {
    /// Directory with our own `wasm-opt`, put first on PATH for Trunk.
    pub bin_dir: PathBuf,
    pub chromedriver: PathBuf,
    pub chrome: PathBuf,
    /// Firefox and WebKit, when asked for ([`Engines::All`]).
    pub engines: Option<EngineTools>,
}

/// The browser engines to install and test.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Engines {
    /// Chromium only.
    Chromium,
    /// Chromium, Firefox and WebKit (docs/browsers.md).
    All,
}

impl Engines {
    /// `--engines all|chromium` among `args` (the rest is returned), else `default`.
    pub fn from_args(args: &[String], default: Engines) -> Result<(Engines, Vec<String>)> {
        let mut engines = default;
        let mut rest = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let value = match arg.strip_prefix("--engines=") {
                Some(v) => Some(v.to_owned()),
                None if arg == "--engines" => Some(
                    it.next()
                        .cloned()
                        .ok_or("--engines needs a value: all or chromium")?,
                ),
                None => None,
            };
            match value.as_deref() {
                Some("all") => engines = Engines::All,
                Some("chromium") => engines = Engines::Chromium,
                Some(other) => {
                    return Err(format!("--engines {other}: say all or chromium"));
                }
                None => rest.push(arg.clone()),
            }
        }
        Ok((engines, rest))
    }
}

/// The WebDriver servers and browsers of Firefox and WebKit.
pub struct EngineTools {
    /// geckodriver and Firefox.
    pub geckodriver: PathBuf,
    pub firefox: PathBuf,
    /// WebKitGTK's WebDriver server (it starts MiniBrowser; the tests give it a virtual display).
    pub webkit_driver: PathBuf,
}

impl Tools {
    /// PATH with our tool directory first.
    pub fn path_env(&self) -> String {
        let old = std::env::var("PATH").unwrap_or_default();
        format!("{}:{old}", self.bin_dir.display())
    }
}

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("wasm-bindgen not found in Cargo.lock".into())
}

fn ensure_apt(engines: Engines) -> Result<()> {
    let extra: &[&str] = if engines == Engines::All {
        ENGINE_APT_PACKAGES
    } else {
        &[]
    };
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .chain(extra)
        .copied()
        .filter(|p| {
            output("dpkg-query", &["-W", "-f=${Status}", p])
                .is_none_or(|s| !s.contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if which("apt-get").is_none() {
        return Err(format!(
            "please install: {} (or their equivalents on your system)",
            missing.join(" ")
        ));
    }
    let root_user = output("id", &["-u"]).as_deref() == Some("0");
    let sudo: &[&str] = if root_user { &[] } else { &["sudo"] };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.to_vec();
        all.push("apt-get");
        all.extend_from_slice(args);
        let mut cmd = Command::new(all[0]);
        cmd.args(&all[1..]).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update", "-qq"])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(missing.iter().copied());
    apt(&args)
}

fn ensure_wasm_target() -> Result<()> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_trunk() -> Result<()> {
    let have = output("trunk", &["--version"]).unwrap_or_default();
    if have.ends_with(TRUNK_VERSION) {
        return Ok(());
    }
    run(Command::new("cargo").args(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]))
}

fn ensure_wasm_bindgen() -> Result<()> {
    let want = locked_wasm_bindgen()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = which("wasm-bindgen-test-runner").is_some();
    if have.ends_with(&want) && runner {
        return Ok(());
    }
    // Without --locked: the locked build asks for a crate version the registry mirror lacks.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &want]))
}

fn ensure_wasm_opt() -> Result<PathBuf> {
    let dir = root().join("target/tools");
    let bin = dir.join("node_modules/.bin");
    let have = output(&bin.join("wasm-opt").to_string_lossy(), &["--version"]).unwrap_or_default();
    if have.contains(BINARYEN_NPM.trim_start_matches("binaryen@")) {
        return Ok(bin);
    }
    if which("npm").is_none() {
        run(Command::new("apt-get").args(["install", "-y", "-qq", "npm"]))?;
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
        .arg(&dir)
        .arg(BINARYEN_NPM))?;
    Ok(bin)
}

/// Whether `target/tools/node_modules/<name>` has the version of `spec` (`name@version`).
fn npm_has(dir: &std::path::Path, spec: &str) -> bool {
    let Some((name, want)) = spec.rsplit_once('@') else {
        return false;
    };
    let package = dir.join("node_modules").join(name).join("package.json");
    let have = std::fs::read_to_string(&package).unwrap_or_default();
    have.contains(&format!("\"version\": \"{want}\""))
}

/// axe-core (for the end-to-end accessibility checks) into `target/tools/node_modules/axe-core`,
/// and the text-recognition engine and model the build copies into `dist/ocr/`.
fn ensure_axe() -> Result<()> {
    let dir = root().join("target/tools");
    if std::iter::once(AXE_NPM)
        .chain(OCR_NPM.iter().copied())
        .all(|spec| npm_has(&dir, spec))
    {
        return Ok(());
    }
    if which("npm").is_none() {
        run(Command::new("apt-get").args(["install", "-y", "-qq", "npm"]))?;
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // All packages at once, so that npm keeps binaryen in target/tools/package.json.
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
        .arg(&dir)
        .args([BINARYEN_NPM, AXE_NPM])
        .args(OCR_NPM))
}

/// tesseract.js for the recognition bench's comparison, in its own prefix
/// (`target/tools/ocr-compare`), so that it is never part of a build.
pub fn ensure_ocr_compare() -> Result<PathBuf> {
    let dir = root().join("target/tools/ocr-compare");
    if OCR_COMPARE_NPM.iter().all(|spec| npm_has(&dir, spec)) {
        return Ok(dir);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
        .arg(&dir)
        .args(OCR_COMPARE_NPM))?;
    Ok(dir)
}

/// geckodriver into `target/tools/gecko/bin/`, unless that one is there in the pinned version.
fn ensure_geckodriver() -> Result<PathBuf> {
    let root_dir = root().join("target/tools/gecko");
    let bin = root_dir.join("bin/geckodriver");
    let have = output(&bin.to_string_lossy(), &["--version"]).unwrap_or_default();
    if have.starts_with(&format!("geckodriver {GECKODRIVER_VERSION}")) {
        return Ok(bin);
    }
    // Unoptimised and without debug info: 40 % less compiling than a release build (4 instead of
    // 7 CPU minutes), and a WebDriver proxy needs no speed.
    run(Command::new("cargo")
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .args([
            "install",
            "--locked",
            "--debug",
            "--quiet",
            &format!("geckodriver@{GECKODRIVER_VERSION}"),
            "--root",
        ])
        .arg(&root_dir))?;
    Ok(bin)
}

/// Installs everything that is missing for Chromium and says where the tools are.
pub fn ensure_all() -> Result<Tools> {
    ensure(Engines::Chromium)
}

/// Installs everything that is missing, Firefox and WebKit too when asked, and says where the
/// tools are.
pub fn ensure(engines: Engines) -> Result<Tools> {
    ensure_apt(engines)?;
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_trunk()?;
    let bin_dir = ensure_wasm_opt()?;
    ensure_axe()?;
    let chromedriver = which("chromedriver").ok_or("chromedriver not found")?;
    let chrome = which("chromium")
        .or_else(|| which("chromium-browser"))
        .or_else(|| which("google-chrome"))
        .ok_or("chromium not found")?;
    let engines = if engines == Engines::All {
        Some(EngineTools {
            geckodriver: ensure_geckodriver()?,
            firefox: which("firefox-esr")
                .or_else(|| which("firefox"))
                .ok_or("firefox-esr not found")?,
            webkit_driver: which("WebKitWebDriver").ok_or("WebKitWebDriver not found")?,
        })
    } else {
        None
    };
    Ok(Tools {
        bin_dir,
        chromedriver,
        chrome,
        engines,
    })
}
