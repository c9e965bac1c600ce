//! Native benchmark of the vault's crypto: Argon2id unlock time and AES-256-GCM throughput.
//!
//! `cargo run -p ordner-vault --release --example bench`
//!
//! The browser (wasm, one thread, no AES-NI) is about 2x slower for Argon2id and about 10x
//! slower for AES-GCM; see `shared/STACK.md`.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use ordner_vault::{BlobId, KdfParams, KdfSettings, MemoryStorage, VaultStore};

const RUNS: usize = 5;
const BLOB_BYTES: usize = 32 * 1024 * 1024;

fn main() -> Result<(), ordner_vault::VaultError> {
    println!("ordner-vault native benchmark");
    println!("date (UTC): {}", utc_now());
    println!(
        "machine: {} logical cores (std::thread::available_parallelism), {}, {} {}",
        std::thread::available_parallelism().map_or(0, usize::from),
        cpu_model(),
        std::env::consts::OS,
        std::env::consts::ARCH,
    );
    if cfg!(debug_assertions) {
        println!("WARNING: debug build; run with --release for meaningful figures");
    }
    println!("Argon2id runs single-threaded here (no `parallel` feature), as in the browser.");
    println!();

    println!("Argon2id key derivation (median / min of {RUNS} runs):");
    let p4 = KdfParams::new(64 * 1024, 3, 4)?;
    for (label, params) in [
        ("default  64 MiB, t=3, p=1", KdfParams::DEFAULT),
        ("compare  64 MiB, t=3, p=4", p4),
        ("floor    19 MiB, t=2, p=1", KdfParams::MINIMUM),
    ] {
        let settings = KdfSettings::generate(params)?;
        let times = time_runs(|| {
            settings.derive_kek("correct horse battery staple")?;
            Ok(())
        })?;
        println!("  {label}: {}", summary_ms(&times));
    }
    println!();

    println!(
        "AES-256-GCM, {} MiB (median / min of {RUNS} runs):",
        BLOB_BYTES >> 20
    );
    let data: Vec<u8> = (0..BLOB_BYTES).map(|i| (i % 251) as u8).collect();
    let store = VaultStore::new(MemoryStorage::new());
    let kek = KdfSettings::generate(KdfParams::MINIMUM)?.derive_kek("x")?;
    let session = pollster::block_on(store.create(&kek))?.session;
    let id = BlobId::new("bench")?;
    let seal = time_runs(|| {
        let mut change = session.change();
        change.put_blob(&id, &data)?;
        Ok(())
    })?;
    println!("  seal a blob (pad + encrypt): {}", summary_mbs(&seal));
    pollster::block_on(session.put_blob(&id, &data))?;
    let open = time_runs(|| {
        let plain = pollster::block_on(session.get_blob(&id))?;
        assert_eq!(plain.map(|p| p.len()), Some(data.len()));
        Ok(())
    })?;
    println!(
        "  open a blob (copy + decrypt + unpad): {}",
        summary_mbs(&open)
    );
    Ok(())
}

fn time_runs(
    mut f: impl FnMut() -> Result<(), ordner_vault::VaultError>,
) -> Result<Vec<Duration>, ordner_vault::VaultError> {
    f()?; // warm-up: page in memory, fill caches
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        f()?;
        times.push(start.elapsed());
    }
    times.sort();
    Ok(times)
}

fn summary_ms(times: &[Duration]) -> String {
    format!(
        "{:7.1} ms / {:7.1} ms",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    )
}

fn summary_mbs(times: &[Duration]) -> String {
    let mb = BLOB_BYTES as f64 / 1e6;
    format!(
        "{:7.0} MB/s / {:7.0} MB/s (best)",
        mb / times[times.len() / 2].as_secs_f64(),
        mb / times[0].as_secs_f64()
    )
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned())
}

/// The current UTC date and time, computed from the Unix time (no date crate needed).
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60
    )
}
