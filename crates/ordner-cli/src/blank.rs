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

/// `ordner blank`: one language (`--lang`, `--out`) or all (`--all-languages`, `--out-dir`).
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["lang", "all_languages"])))]
pub struct Args {
    /// The language beside German (see `ordner languages`).
    #[arg(long, value_name = "CODE", value_parser = crate::language, requires = "out", conflicts_with = "all_languages")]
    lang: Option<&'static Language>,
    /// One folder for every language, into --out-dir.
    #[arg(long, requires = "out_dir")]
    all_languages: bool,
    /// A built-in town pack by key (dresden, ...) or a pack file.
    #[arg(long, value_name = "PACK KEY OR FILE")]
    town: Option<String>,
    /// The PDF to write (with --lang).
    #[arg(long, value_name = "FILE.pdf", requires = "lang")]
    out: Option<PathBuf>,
    /// The directory to write into (with --all-languages).
    #[arg(long, value_name = "DIR", requires = "all_languages")]
    out_dir: Option<PathBuf>,
    /// The repository with locales/ and public/fonts/ (found upwards from here by default).
    #[arg(long, value_name = "DIR")]
    repo: Option<PathBuf>,
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

/// Runs `ordner blank`.
pub fn run(opts: &Args) -> ExitCode {
    let repo = find_repo(opts.repo.as_deref());
    let (content, town_key) = match load_content(opts.town.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ordner blank: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match (opts.lang, &opts.out, &opts.out_dir) {
        (Some(lang), Some(out), _) => render(&repo, lang, &content, out),
        (_, _, Some(dir)) => std::fs::create_dir_all(dir)
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
            }),
        // clap requires one of the two forms.
        _ => Err("give either --lang and --out, or --all-languages and --out-dir".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ordner blank: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    fn parse(line: &str) -> Result<Args, clap::Error> {
        match crate::tests::parse(&format!("blank {line}"))? {
            crate::Command::Blank(args) => Ok(args),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn parses_both_forms_and_rejects_mixtures() {
        let o = parse("--lang ar --town dresden --out x.pdf").unwrap();
        assert_eq!(o.lang.map(|l| l.code), Some("ar"));
        assert_eq!(o.town.as_deref(), Some("dresden"));
        assert!(parse("--all-languages --out-dir d").unwrap().all_languages);
        assert!(parse("--lang ar").is_err());
        assert!(parse("--lang ar --out x.pdf --all-languages").is_err());
        assert!(parse("--lang").is_err());
        assert!(parse("--frobnicate").is_err());
        assert!(parse("--lang ar --out-dir d").is_err());
        assert!(parse("--all-languages --out x.pdf").is_err());
        assert!(parse("--lang xx --out x.pdf").is_err());
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
