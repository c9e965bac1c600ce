//! `ordner`: the command line tool of Mein Ordner.
use std::process::ExitCode;

mod blank;
mod check_pack;
mod locales;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("languages") => {
            for l in ordner_core::LANGUAGES {
                println!("{}\t{}\t{}", l.code, l.english_name, l.native_name);
            }
            ExitCode::SUCCESS
        }
        Some("blank") => blank::run(&args[1..]),
        Some("check-pack") => check_pack::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: ordner languages\n{}\n{}",
                check_pack::USAGE,
                blank::USAGE
            );
            ExitCode::from(2)
        }
    }
}
