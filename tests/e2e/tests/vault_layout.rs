//! What the stored bytes give away (storage layout 2): two folders made in fresh browser
//! profiles, with different towns, names of different lengths and different numbers of
//! appointments, store records under opaque keys and with the same multiset of value sizes.
//! (Both hold the same total number of records: one has two appointments, the other one
//! appointment and one consultation-log entry. The total count stays visible.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use e2e::vault::{
    assert_no_plaintext, assert_opaque_keys, click, create_folder, open_folder, raw_storage,
    record_sizes, set_value, stored_count, type_into, vault_entries, wait_status,
};
use e2e::{Driver, Server, browser, built_dist, js, wait_js};
use serde_json::Value;
use thirtyfour::WebDriver;

struct Folder {
    passphrase: &'static str,
    name: &'static str,
    town: &'static str,
    appointments: &'static [&'static str],
    log_entries: &'static [&'static str],
}

const A: Folder = Folder {
    passphrase: "Gelbe Tasche am Fenster 2017",
    name: "Al",
    town: "dresden",
    appointments: &["Jobcenter APPTMARK-a1", "Bürgeramt APPTMARK-a2"],
    log_entries: &[],
};

const B: Folder = Folder {
    passphrase: "Rote Jacke im Treppenhaus 2019",
    name: "Mohammed Abdulrahman Al-Hashimi NAMEMARK-b",
    town: "dortmund",
    appointments: &["Ausländerbehörde APPTMARK-b1"],
    log_entries: &["Migrationsberatung LOGMARK-b1"],
};

async fn go(driver: &WebDriver, origin: &str, hash: &str) {
    driver.goto(format!("{origin}/{hash}")).await.unwrap();
}

async fn count(driver: &WebDriver, css: &str) -> u64 {
    js(
        driver,
        &format!("document.querySelectorAll('{css}').length"),
    )
    .await
    .as_u64()
    .unwrap()
}

/// Makes a folder like a person would, and returns the raw dump of the origin's storage.
async fn make(folder: &Folder) -> Value {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    open_folder(&driver, &origin, "en").await;
    wait_status(&driver, "empty").await;
    create_folder(&driver, folder.passphrase).await;

    type_into(&driver, "#vault-name", folder.name).await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;

    go(&driver, &origin, "#/town").await;
    let choice = format!("label[data-town=\"{}\"] input", folder.town);
    wait_js(
        &driver,
        &format!("document.querySelector('{choice}')"),
        "the town",
    )
    .await;
    click(&driver, &choice).await;
    wait_js(
        &driver,
        "document.querySelector('.pack-ok')",
        "the town loaded",
    )
    .await;

    go(&driver, &origin, "#/appointments").await;
    for (i, office) in folder.appointments.iter().enumerate() {
        wait_js(
            &driver,
            "document.querySelector('#appt-add')",
            "the add button",
        )
        .await;
        click(&driver, "#appt-add").await;
        wait_js(&driver, "document.querySelector('#appt-form')", "the form").await;
        set_value(
            &driver,
            "#appt-date",
            &format!("2031-0{}-1{}", i + 2, i + 1),
        )
        .await;
        set_value(&driver, "#appt-time", "10:15").await;
        type_into(&driver, "#appt-office", office).await;
        click(&driver, "#appt-save").await;
        let want = i as u64 + 1;
        for _ in 0..100 {
            if count(&driver, ".appt-card").await == want {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(count(&driver, ".appt-card").await, want);
    }

    go(&driver, &origin, "#/log").await;
    for (i, who) in folder.log_entries.iter().enumerate() {
        wait_js(
            &driver,
            "document.querySelector('#log-add')",
            "the add button",
        )
        .await;
        click(&driver, "#log-add").await;
        type_into(&driver, "#log-who", who).await;
        type_into(&driver, "#log-agreed", "Kopie bringen").await;
        click(&driver, "#log-save").await;
        let want = i as u64 + 1;
        for _ in 0..100 {
            if count(&driver, ".log-card").await == want {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(count(&driver, ".log-card").await, want);
    }

    let dump = raw_storage(&driver).await;
    let mut secrets = vec![folder.name, folder.passphrase];
    secrets.extend(folder.appointments);
    secrets.extend(folder.log_entries);
    assert_no_plaintext(&dump, &secrets);
    driver.quit().await.unwrap();
    dump
}

#[tokio::test(flavor = "multi_thread")]
async fn two_folders_look_alike_in_storage() {
    let a = make(&A).await;
    let b = make(&B).await;
    for dump in [&a, &b] {
        assert_opaque_keys(dump);
    }
    let (sizes_a, sizes_b) = (record_sizes(&a), record_sizes(&b));
    assert!(!sizes_a.is_empty());
    assert_eq!(
        sizes_a, sizes_b,
        "the small records of the two folders have the same sizes"
    );
    assert!(sizes_a.windows(2).all(|w| w[0] == w[1]), "{sizes_a:?}");
    assert_eq!(stored_count(&a, "records"), stored_count(&b, "records"));
    // Different vaults, different slots: no key is shared.
    let keys = |d: &Value| -> Vec<String> {
        vault_entries(d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| k.starts_with("records/"))
            .collect()
    };
    let keys_b = keys(&b);
    assert!(keys(&a).iter().all(|k| !keys_b.contains(k)));
}
