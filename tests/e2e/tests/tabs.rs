//! The register tabs end to end: every language shows every tab title and no missing message; a
//! tab page in German + Arabic marks each block with its language and direction; phone numbers
//! are `tel:` links; the built-in town packs load and show their contacts; a broken pack file is
//! rejected with its precise error and changes nothing; screenshots of a tab page at 390 px.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use e2e::{Driver, Server, browser, built_dist, js, repo_root, screenshot, wait_js};
use ordner_core::bidi::strip_bidi_controls;
use ordner_core::content::{BuiltinPack, Content};
use ordner_core::i18n::Arg;
use ordner_core::{Catalog, ContentPack, LANGUAGES, Language, TabId};
use thirtyfour::prelude::*;

fn title(catalog: &Catalog, tab: TabId, town: Option<&str>) -> String {
    let town = town.map_or_else(|| catalog.msg("app-country"), str::to_owned);
    strip_bidi_controls(&catalog.msg_args(&tab.title_id(), &[("town", Arg::Str(&town))]))
}

fn text_of(value: &serde_json::Value) -> String {
    strip_bidi_controls(value.as_str().unwrap_or_default())
}

async fn goto_hash(driver: &WebDriver, hash: &str) {
    js(driver, &format!("(location.hash = '{hash}', true)")).await;
}

/// Chooses a language: on the first start by the picker, later through the header's globe button.
async fn choose_language(driver: &WebDriver, code: &str) {
    let on_picker = js(driver, "document.querySelector('.lang-choice') !== null").await;
    if on_picker != serde_json::Value::Bool(true) {
        driver
            .find(By::Css(".lang-switch"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    // The cards are on the home screen.
    goto_hash(driver, "#/").await;
    let choice = format!(".lang-choice[data-lang='{code}']");
    wait_js(
        driver,
        &format!(
            "!document.getElementById('first-start') && document.querySelector(\"{choice}\") !== null"
        ),
        "the language choice",
    )
    .await;
    driver
        .find(By::Css(choice))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(
        driver,
        &format!(
            "document.documentElement.lang === '{code}' && document.querySelectorAll('.tab-card').length === 10"
        ),
        &format!("the home screen in {code}"),
    )
    .await;
}

/// Every card shows the German title and the title in the chosen language; nothing is missing.
async fn assert_home(driver: &WebDriver, de: &Catalog, own: &Catalog, town: Option<&str>) {
    for tab in TabId::ALL {
        let card = format!(".tab-card[data-tab='{}']", tab.key());
        let got_de = js(
            driver,
            &format!("document.querySelector(\"{card} .bi-de\").textContent"),
        )
        .await;
        assert_eq!(text_of(&got_de), title(de, tab, town), "{card} de");
        if own.language().code != "de" {
            let got_own = js(
                driver,
                &format!("document.querySelector(\"{card} .tab-title .bi-own\").textContent"),
            )
            .await;
            assert_eq!(
                text_of(&got_own),
                title(own, tab, town),
                "{card} {}",
                own.language().code
            );
        }
        let href = js(
            driver,
            &format!("document.querySelector(\"{card} a\").getAttribute('href')"),
        )
        .await;
        assert_eq!(href, format!("#/tab/{}", tab.key()));
    }
    let body = js(driver, "document.body.textContent").await;
    assert!(
        !body.as_str().unwrap_or("").contains('⟦'),
        "a message is missing in {}: {body}",
        own.language().code
    );
}

/// Every block of a tab page carries German and the person's language with lang and dir.
async fn assert_tab_page_blocks(driver: &WebDriver, tab: TabId, own: &Language) {
    wait_js(
        driver,
        &format!(
            "document.querySelector(\".tab-page[data-tab='{}'] .check-item\") !== null",
            tab.key()
        ),
        "the tab page",
    )
    .await;
    let bad = js(
        driver,
        &format!(
            "[...document.querySelectorAll('.tab-page .bi-block')].filter(b => {{
                const de = b.querySelector(':scope > .bi-de');
                const own = b.querySelector(':scope > .bi-own');
                if (!de) return false;
                return de.lang !== 'de' || de.dir !== 'ltr' || !own || own.lang !== '{}' || own.dir !== '{}';
            }}).map(b => b.outerHTML.slice(0, 200))",
            own.code,
            own.dir.as_html()
        ),
    )
    .await;
    assert_eq!(bad, serde_json::json!([]), "blocks without both languages");
    let blocks = js(
        driver,
        "document.querySelectorAll('.tab-page .bi-block > .bi-own').length",
    )
    .await;
    assert!(blocks.as_u64().unwrap() >= 5, "too few blocks: {blocks}");
    let body = js(driver, "document.body.textContent").await;
    assert!(!body.as_str().unwrap_or("").contains('⟦'), "{body}");
}

#[tokio::test(flavor = "multi_thread")]
async fn tabs_in_every_language_town_packs_and_a_broken_pack() {
    let dist = built_dist();
    let locales = repo_root().join("locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let ar = Catalog::load_dir(&locales, "ar").unwrap();

    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    let origin = server.origin();
    driver.goto(format!("{origin}/")).await.unwrap();
    wait_js(&driver, e2e::APP_LANGUAGE_CHOICE, "the language choice").await;

    // Every language: every tab title in German and in the language, no missing message.
    for language in LANGUAGES {
        let own = Catalog::load_dir(&locales, language.code).unwrap();
        choose_language(&driver, language.code).await;
        assert_eq!(
            js(&driver, "document.documentElement.dir").await,
            language.dir.as_html()
        );
        assert_home(&driver, &de, &own, None).await;
    }

    // A tab page in German + Arabic.
    choose_language(&driver, "ar").await;
    goto_hash(&driver, "#/tab/housing").await;
    assert_tab_page_blocks(&driver, TabId::Housing, Language::by_code("ar").unwrap()).await;
    // Ticks are kept only in the encrypted vault: with no vault open, ticking is refused, the box
    // stays empty, the page says how to open the vault, and nothing lands in localStorage.
    wait_js(
        &driver,
        "document.querySelector(\".ticks-note[data-storage='Locked'] a[href='#/folder']\") !== null",
        "the notice that ticks need the vault",
    )
    .await;
    let first = js(&driver, "document.querySelector('.check-item').dataset.key").await;
    let first = first.as_str().unwrap().to_owned();
    driver
        .find(By::Css(format!("#check-{first}")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.ticks-note.refused') !== null",
        "the refusal to tick while locked",
    )
    .await;
    assert_eq!(
        js(
            &driver,
            &format!("document.querySelector('#check-{first}').checked")
        )
        .await,
        false
    );
    assert_eq!(
        js(
            &driver,
            "document.querySelector('.tab-page .tab-progress').dataset.done"
        )
        .await,
        "0"
    );
    let stored = js(&driver, "Object.keys(localStorage)").await;
    assert_eq!(
        stored,
        serde_json::json!(["mein-ordner-lang"]),
        "plaintext storage: {stored}"
    );
    // The registration item names its deadline beside the "not legal advice" sentence.
    let advice = strip_bidi_controls(&de.msg("deadline-not-legal-advice"));
    let deadline_blocks = js(
        &driver,
        "[...document.querySelectorAll('.check-item')].filter(i => i.querySelector('.check-deadline')).map(i => i.textContent)",
    )
    .await;
    let deadline_blocks = deadline_blocks.as_array().unwrap();
    assert!(
        !deadline_blocks.is_empty(),
        "no deadline on the housing tab"
    );
    for block in deadline_blocks {
        assert!(
            text_of(block).contains(advice.trim()),
            "deadline without the not-legal-advice text: {block}"
        );
    }
    // Blank generic contacts say what the town fills in.
    let to_fill = js(&driver, "document.querySelectorAll('.to-fill').length").await;
    assert!(to_fill.as_u64().unwrap() > 0, "no blank field shown");
    js(
        &driver,
        "(document.querySelector('.tab-checklist').scrollIntoView(), true)",
    )
    .await;
    screenshot(&driver, "tab-housing-checklist-de-ar.png").await;
    js(
        &driver,
        "(document.querySelector('.tab-contacts').scrollIntoView(), true)",
    )
    .await;
    screenshot(&driver, "tab-housing-contacts-de-ar.png").await;
    goto_hash(&driver, "#/").await;
    wait_js(
        &driver,
        "document.querySelector(\".tab-card[data-tab='housing'] .tab-progress\")?.dataset.total > 0",
        "progress on the home card",
    )
    .await;

    // Choose Dresden: the arrival title names it and its contacts show on their tabs.
    goto_hash(&driver, "#/town").await;
    wait_js(
        &driver,
        "document.querySelector(\".town-choice[data-town='dresden'] input\") !== null",
        "the town choice",
    )
    .await;
    driver
        .find(By::Css(".town-choice[data-town='dresden'] input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    goto_hash(&driver, "#/").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "home",
    )
    .await;
    assert_home(&driver, &de, &ar, Some("Dresden")).await;

    let dresden_pack = BuiltinPack::by_key("dresden").unwrap().parse().unwrap();
    let dresden = Content::default_germany().with_pack(&dresden_pack).unwrap();
    let mut checked = 0;
    for contact in &dresden_pack.contacts {
        let Some(organisation) = &contact.organisation else {
            continue;
        };
        let tab = dresden.contact_tabs(&contact.key)[0];
        goto_hash(&driver, &format!("#/tab/{}", tab.key())).await;
        let found = wait_js(
            &driver,
            &format!(
                "document.querySelector(\".tab-page[data-tab='{}'] .contact[data-contact='{}']\")?.textContent",
                tab.key(),
                contact.key
            ),
            &format!("contact {} on {}", contact.key, tab.key()),
        )
        .await;
        assert!(
            text_of(&found).contains(organisation.as_str()),
            "{}: {found}",
            contact.key
        );
        checked += 1;
    }
    assert!(checked >= 3, "Dresden has too few contacts: {checked}");

    // Salzgitter has a phone number: it is a tel: link.
    goto_hash(&driver, "#/town").await;
    wait_js(
        &driver,
        "document.querySelector(\".town-choice[data-town='salzgitter'] input\") !== null",
        "the town choice",
    )
    .await;
    driver
        .find(By::Css(".town-choice[data-town='salzgitter'] input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let salzgitter_pack = BuiltinPack::by_key("salzgitter").unwrap().parse().unwrap();
    let salzgitter = Content::default_germany()
        .with_pack(&salzgitter_pack)
        .unwrap();
    let with_phone = salzgitter_pack
        .contacts
        .iter()
        .find(|c| c.phone.is_some())
        .unwrap();
    let contact = salzgitter.contact(&with_phone.key).unwrap();
    let tab = salzgitter.contact_tabs(&contact.key)[0];
    goto_hash(&driver, &format!("#/tab/{}", tab.key())).await;
    let href = wait_js(
        &driver,
        &format!(
            "document.querySelector(\".contact[data-contact='{}'] a.tel\")?.getAttribute('href')",
            contact.key
        ),
        "the tel: link",
    )
    .await;
    assert_eq!(href, contact.tel_uri().unwrap());
    assert!(href.as_str().unwrap().starts_with("tel:"));
    screenshot(&driver, "tab-salzgitter-de-ar.png").await;

    // Back to Dresden, then a broken pack: the precise error, and Dresden stays.
    goto_hash(&driver, "#/town").await;
    wait_js(
        &driver,
        "document.querySelector(\".town-choice[data-town='dresden'] input\") !== null",
        "the town choice",
    )
    .await;
    driver
        .find(By::Css(".town-choice[data-town='dresden'] input"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let broken = "format = 1\nkey = \"kaputt\"\ntown = \"Kaputtstadt\"\n\n[[contacts]]\nkey = \"beratung\"\ntabs = [\"advice\"]\norganisation = \"Beratung\"\nphone = \"keine Nummer\"\n";
    let dir = std::env::temp_dir().join(format!("ordner-tabs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("kaputt.toml");
    std::fs::write(&path, broken).unwrap();
    let expected = ContentPack::parse("kaputt.toml", broken).unwrap_err();
    let issues = expected.pack_issues().unwrap();
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].line, 9);
    assert_eq!(issues[0].field, "contacts[1].phone");
    driver
        .find(By::Css("#pack-file"))
        .await
        .unwrap()
        .send_keys(path.to_str().unwrap())
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.pack-error .pack-issue') !== null",
        "the pack error",
    )
    .await;
    let shown = js(
        &driver,
        "[...document.querySelectorAll('.pack-issue')].map(i => [i.dataset.line, i.dataset.field, i.querySelector('.bi-de').textContent, i.querySelector('.bi-own').textContent])",
    )
    .await;
    let shown = shown.as_array().unwrap();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0][0], "9");
    assert_eq!(shown[0][1], "contacts[1].phone");
    assert_eq!(
        text_of(&shown[0][2]),
        strip_bidi_controls(&issues[0].format(&de))
    );
    assert_eq!(
        text_of(&shown[0][3]),
        strip_bidi_controls(&issues[0].format(&ar))
    );
    assert!(text_of(&shown[0][2]).contains("kaputt.toml"));
    assert!(text_of(&shown[0][2]).contains('9'));
    // Nothing changed: still Dresden.
    assert_eq!(
        js(
            &driver,
            "document.querySelector(\".town-choice[data-town='dresden'] input\").checked"
        )
        .await,
        true
    );
    js(
        &driver,
        "(document.querySelector('.pack-error').scrollIntoView(), true)",
    )
    .await;
    screenshot(&driver, "town-broken-pack-de-ar.png").await;
    goto_hash(&driver, "#/").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "home",
    )
    .await;
    assert_home(&driver, &de, &ar, Some("Dresden")).await;

    // Search finds a checklist item by its Arabic words and by German without umlauts.
    goto_hash(&driver, "#/search").await;
    wait_js(
        &driver,
        "document.querySelector('#search-input') !== null",
        "search",
    )
    .await;
    driver
        .find(By::Css("#search-input"))
        .await
        .unwrap()
        .send_keys("Burgeramt")
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector(\".search-hit[data-tab='housing']\") !== null",
        "a search hit for Bürgeramt",
    )
    .await;

    // Screenshots of a tab page in German beside Arabic, Persian, Tigrinya and Ukrainian.
    for code in ["ar", "fa", "ti", "uk"] {
        let Some(language) = Language::by_code(code) else {
            eprintln!("{code}: not in LANGUAGES yet, no screenshot");
            continue;
        };
        choose_language(&driver, code).await;
        goto_hash(&driver, "#/tab/arrival").await;
        assert_tab_page_blocks(&driver, TabId::Arrival, language).await;
        screenshot(&driver, &format!("tab-arrival-de-{code}.png")).await;
        js(
            &driver,
            "(window.scrollTo(0, document.querySelector('.tab-contacts').offsetTop), true)",
        )
        .await;
        screenshot(&driver, &format!("tab-arrival-contacts-de-{code}.png")).await;
    }

    driver.quit().await.unwrap();
}
