//! `ordner blank`: prints blank bilingual folders for offices.
//!
//! ```text
//! ordner blank --lang <code> [--town <pack key or file>] --out <file.pdf>
//! ordner blank --all-languages [--town <pack key or file>] --out-dir <dir>
//! ```
//! Fonts come from `public/fonts/` and messages from `locales/` of the repository (found by
//! walking up from the current directory, or given with `--repo <dir>`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ordner_core::content::{BuiltinPack, Content};
use ordner_core::lang::GERMAN;
use ordner_core::{Catalog, LANGUAGES, Language};
use ordner_pdf::fonts::faces_for_scripts;
use ordner_pdf::{BlankFolder, DEFAULT_SPINES, FontLibrary, blank_folder};

pub const USAGE: &str = "usage: ordner blank --lang <code> [--town <pack key or file>] --out <file.pdf>\n       ordner blank --all-languages [--town <pack key or file>] --out-dir <dir>\n       (both take --repo <dir>: the repository with locales/ and public/fonts/)";

#[derive(Debug, Default)]
struct Options {
    lang: Option<String>,
    all: bool,
    town: Option<String>,
    out: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    repo: Option<PathBuf>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match a.as_str() {
            "--lang" => o.lang = Some(value("--lang")?),
            "--town" => o.town = Some(value("--town")?),
            "--out" => o.out = Some(PathBuf::from(value("--out")?)),
            "--out-dir" => o.out_dir = Some(PathBuf::from(value("--out-dir")?)),
            "--repo" => o.repo = Some(PathBuf::from(value("--repo")?)),
            "--all-languages" => o.all = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    match (&o.lang, o.all, &o.out, &o.out_dir) {
        (Some(_), false, Some(_), None) | (None, true, None, Some(_)) => Ok(o),
        _ => Err("give either --lang and --out, or --all-languages and --out-dir".to_owned()),
    }
}

/// The repository: `--repo`, else the first directory upwards with `locales/` and
/// `public/fonts/`, else the one this tool was built from.
fn find_repo(given: Option<&Path>) -> PathBuf {
    if let Some(p) = given {
        return p.to_path_buf();
    }
    let is_repo = |p: &Path| p.join("locales").is_dir() && p.join("public/fonts").is_dir();
    if let Ok(mut dir) = std::env::current_dir() {
        loop {
            if is_repo(&dir) {
                return dir;
            }
            if !dir.pop() {
                break;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The content: the default for Germany, merged with a built-in pack (by key) or a pack file.
fn load_content(town: Option<&str>) -> Result<(Content, Option<String>), String> {
    let base = Content::default_germany();
    let Some(town) = town else {
        return Ok((base, None));
    };
    if let Some(builtin) = BuiltinPack::by_key(town) {
        let pack = builtin.parse().map_err(|e| e.to_string())?;
        let content = base.with_pack(&pack).map_err(|e| e.to_string())?;
        return Ok((content, Some(builtin.key.to_owned())));
    }
    let path = Path::new(town);
    if !path.is_file() {
        let keys: Vec<&str> = ordner_core::content::builtin_packs()
            .iter()
            .map(|p| p.key)
            .collect();
        return Err(format!(
            "`{town}` is neither a built-in pack ({}) nor a file",
            keys.join(", ")
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {town}: {e}"))?;
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| town.to_owned());
    let (content, pack) = base.load_pack(&file, &bytes).map_err(|e| e.to_string())?;
    Ok((content, Some(pack.key)))
}

fn render(
    repo: &Path,
    lang: &'static Language,
    content: &Content,
    out: &Path,
) -> Result<(), String> {
    let locales = repo.join("locales");
    let german = Catalog::load_dir(&locales, GERMAN).map_err(|e| e.to_string())?;
    let other = Catalog::load_dir(&locales, lang.code).map_err(|e| e.to_string())?;
    let faces = faces_for_scripts(&[german.language().script, lang.script]);
    let fonts =
        FontLibrary::load_dir(&repo.join("public/fonts"), &faces).map_err(|e| e.to_string())?;
    let started = std::time::Instant::now();
    let pdf = blank_folder(
        &BlankFolder {
            german: &german,
            other: &other,
            content,
            spines: DEFAULT_SPINES,
        },
        &fonts,
    )
    .map_err(|e| e.to_string())?;
    if !pdf.missing_chars.is_empty() {
        eprintln!(
            "warning: {}: no font for {:?}",
            lang.code, pdf.missing_chars
        );
    }
    std::fs::write(out, &pdf.bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "{}: {} pages, {} KB, {} ms",
        out.display(),
        pdf.page_count,
        pdf.bytes.len() / 1024,
        started.elapsed().as_millis()
    );
    Ok(())
}

/// Runs `ordner blank` with the arguments after `blank`.
pub fn run(args: &[String]) -> ExitCode {
    let opts = match parse(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let repo = find_repo(opts.repo.as_deref());
    let (content, town_key) = match load_content(opts.town.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let result = if let (Some(code), Some(out)) = (&opts.lang, &opts.out) {
        match Language::by_code(code) {
            Some(lang) => render(&repo, lang, &content, out),
            None => {
                let codes: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
                Err(format!(
                    "unknown language `{code}` (known: {})",
                    codes.join(", ")
                ))
            }
        }
    } else if let Some(dir) = &opts.out_dir {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))
            .and_then(|()| {
                for lang in LANGUAGES.iter().filter(|l| l.code != GERMAN) {
                    let name = match &town_key {
                        Some(t) => format!("mein-ordner-de-{}-{t}.pdf", lang.code),
                        None => format!("mein-ordner-de-{}.pdf", lang.code),
                    };
                    render(&repo, lang, &content, &dir.join(name))?;
                }
                Ok(())
            })
    } else {
        Err(USAGE.to_owned())
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn parses_both_forms_and_rejects_mixtures() {
        let o = parse(&args("--lang ar --town dresden --out x.pdf")).unwrap();
        assert_eq!(o.lang.as_deref(), Some("ar"));
        assert_eq!(o.town.as_deref(), Some("dresden"));
        assert!(parse(&args("--all-languages --out-dir d")).unwrap().all);
        assert!(parse(&args("--lang ar")).is_err());
        assert!(parse(&args("--lang ar --out x.pdf --all-languages")).is_err());
        assert!(parse(&args("--lang")).is_err());
        assert!(parse(&args("--frobnicate")).is_err());
    }

    #[test]
    fn town_is_a_builtin_pack_or_a_file() {
        let (content, key) = load_content(Some("dresden")).unwrap();
        assert_eq!(key.as_deref(), Some("dresden"));
        assert_eq!(content.town().unwrap().name, "Dresden");
        assert!(load_content(Some("atlantis")).is_err());
        assert!(load_content(None).unwrap().1.is_none());
    }
}
