//! `ordner`: the command line tool of Mein Ordner.
//!
//! Exit codes: 0 done, 1 the work failed (a pack with problems, a file that cannot be written),
//! 2 wrong arguments (clap's usage error, which names the argument).
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod blank;
mod check_pack;
mod locales;

/// Mein Ordner's command line tool: print blank bilingual folders, check town content packs.
#[derive(Debug, Parser)]
#[command(name = "ordner", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the languages: code, English name, own name (tab-separated).
    Languages,
    /// Print blank bilingual folders (German + one language, or every language) for offices.
    Blank(blank::Args),
    /// Check a town content pack the way the app does when an office imports it.
    CheckPack(check_pack::Args),
}

/// A language code the app offers (for `--lang`).
fn language(code: &str) -> Result<&'static ordner_core::Language, String> {
    ordner_core::Language::by_code(code).ok_or_else(|| {
        let codes: Vec<&str> = ordner_core::LANGUAGES.iter().map(|l| l.code).collect();
        format!("unknown language (known: {})", codes.join(", "))
    })
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Languages => {
            for l in ordner_core::LANGUAGES {
                println!("{}\t{}\t{}", l.code, l.english_name, l.native_name);
            }
            ExitCode::SUCCESS
        }
        Command::Blank(args) => blank::run(&args),
        Command::CheckPack(args) => check_pack::run(&args),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Parses `ordner <line>`.
    pub fn parse(line: &str) -> Result<Command, clap::Error> {
        Cli::try_parse_from(std::iter::once("ordner").chain(line.split_whitespace()))
            .map(|c| c.command)
    }

    #[test]
    fn wrong_arguments_are_usage_errors_that_name_them() {
        for line in [
            "",
            "frobnicate",
            "blank --frobnicate",
            "check-pack a.toml --lang xx",
        ] {
            let e = parse(line).map(|_| ()).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{line}");
        }
        let e = parse("check-pack a.toml --lang xx")
            .map(|_| ())
            .unwrap_err();
        let text = e.to_string();
        assert!(text.contains("--lang") && text.contains("xx"), "{text}");
        assert!(parse("languages").is_ok());
    }
}
