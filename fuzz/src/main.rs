//! One libFuzzer binary for every target of `ordner-fuzz`; the target is named by the
//! environment variable `ORDNER_FUZZ_TARGET` (`cargo xtask fuzz` sets it).
#![no_main]

use std::sync::OnceLock;

fn chosen() -> &'static ordner_fuzz::Target {
    static TARGET: OnceLock<&'static ordner_fuzz::Target> = OnceLock::new();
    TARGET.get_or_init(|| {
        let name = std::env::var("ORDNER_FUZZ_TARGET").unwrap_or_default();
        match ordner_fuzz::target(&name) {
            Some(target) => target,
            None => {
                let names: Vec<&str> = ordner_fuzz::TARGETS.iter().map(|t| t.name).collect();
                eprintln!("set ORDNER_FUZZ_TARGET to one of: {}", names.join(" "));
                std::process::exit(2);
            }
        }
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = (chosen().run)(data);
});
