//! Where the command line tool finds its Fluent messages.
//!
//! In order: `--locales <dir>`, the `ORDNER_LOCALES` environment variable, a `locales/` directory
//! in the current directory or one above it, next to the executable or above it, and the
//! repository the tool was built from. If none is found, the German and English messages about
//! content packs, compiled into the tool, are used, so that `ordner check-pack` works anywhere.

use std::path::{Path, PathBuf};

use ordner_core::{Catalog, CoreError};

/// The pack messages compiled in, for when no `locales/` directory is found.
const EMBEDDED_PACKS: &[(&str, &str)] = &[
    ("de", include_str!("../../../locales/de/packs.ftl")),
    ("en", include_str!("../../../locales/en/packs.ftl")),
];

fn is_locales_dir(dir: &Path) -> bool {
    dir.join("de").join("packs.ftl").is_file()
}

fn search_upwards(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join("locales"))
        .find(|d| is_locales_dir(d))
}

/// The `locales/` directory to read, if one can be found.
pub fn find_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("ORDNER_LOCALES") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::current_dir()
        .ok()
        .and_then(|d| search_upwards(&d))
    {
        return Some(dir);
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(search_upwards))
    {
        return Some(dir);
    }
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    is_locales_dir(&built_from).then_some(built_from)
}

/// The catalog of a language: every file from `dir`, or without a directory the compiled-in
/// pack messages (German and English only).
pub fn catalog(code: &str, dir: Option<&Path>) -> Result<Catalog, CoreError> {
    match dir {
        Some(dir) => Catalog::load_dir(dir, code),
        None => match EMBEDDED_PACKS.iter().find(|(c, _)| *c == code) {
            Some((_, text)) => Catalog::from_sources(code, &[("packs.ftl", text)]),
            None => Err(CoreError::Io {
                path: "locales".to_owned(),
                message: format!(
                    "no locales/ directory found for language `{code}`; \
                     give --locales <dir> or set ORDNER_LOCALES"
                ),
            }),
        },
    }
}
