//! The harness itself: a console error, an uncaught exception or a wasm panic in the page is
//! seen by the next step of any test (`e2e::console_problems`, checked by `js`, `wait_js`,
//! `vault::click` and `Browser::quit`), and errors a test expects can be named.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use e2e::{Driver, Server, browser, built_dist, console_problems, expect_console_error, wait_js};

#[tokio::test(flavor = "multi_thread")]
async fn console_errors_and_uncaught_exceptions_are_seen() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{}/", server.origin())).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.lang-choice')",
        "the first screen",
    )
    .await;
    assert!(console_problems(&driver).await.is_empty());

    // Run through WebDriver directly, as a page would, not through the checking helpers.
    driver
        .execute(
            "console.error('marker-console-error'); \
             setTimeout(() => { throw new Error('marker-uncaught'); }, 0); return 1;",
            Vec::new(),
        )
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let problems = console_problems(&driver).await;
    assert!(
        problems.iter().any(|p| p.contains("marker-console-error")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("marker-uncaught")),
        "{problems:?}"
    );
    // Reading empties the log.
    assert!(console_problems(&driver).await.is_empty());

    // A checking helper fails on it.
    driver
        .execute("console.error('marker-again'); return 1;", Vec::new())
        .await
        .unwrap();
    let handle = (*driver).clone();
    let failed = tokio::spawn(async move {
        e2e::js(&handle, "1").await;
    })
    .await
    .is_err();
    assert!(failed, "js() did not fail on a console error");

    // An expected error is let through.
    expect_console_error(&driver, "marker-expected");
    driver
        .execute("console.error('marker-expected'); return 1;", Vec::new())
        .await
        .unwrap();
    assert!(console_problems(&driver).await.is_empty());
    driver.quit().await.unwrap();
}
