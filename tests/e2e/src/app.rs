//! The test fixture: the built app served on loopback, ChromeDriver, and a fresh phone-sized
//! Chromium profile in one language — [`App::start`]. Tests drive it through the page objects in
//! [`crate::pages`] and the few generic steps here, never through raw selectors in their bodies.
//!
//! Every browser test goes through [`App::start`] and ends with [`App::finish`]: the one place
//! where checks that hold for every flow run (no console error or wasm panic, the origin's storage
//! clean: [`Browser::quit`]). The helpers below also fail on a console error as they go.

use std::time::Duration;

use serde_json::Value;
use thirtyfour::prelude::*;

use crate::{Browser, Driver, Server, browser, built_dist, js, wait_js};

/// How a test's browser starts.
#[derive(Debug, Clone)]
pub struct Options {
    /// The language chosen before the first screen (German is always the other side); `None`
    /// leaves the language picker to the test.
    pub lang: Option<String>,
    /// Screen width in CSS px (the height is 844).
    pub width: u32,
}

/// The app in a browser.
pub struct App {
    pub driver: Browser,
    /// Everything the browser asked for goes through this server (also the browser's proxy).
    pub server: Server,
    pub origin: String,
    pub width: u32,
    // Dropped last: stops ChromeDriver and removes the browser profiles.
    _chromedriver: Driver,
}

impl App {
    /// A fresh browser `width` px wide with `lang` chosen, on the home screen.
    pub async fn start(lang: &str, width: u32) -> App {
        App::start_with(Options {
            lang: Some(lang.to_owned()),
            width,
        })
        .await
    }

    pub async fn start_with(options: Options) -> App {
        let dist = built_dist();
        let server = Server::start(&dist);
        let chromedriver = Driver::start();
        let origin = server.origin();
        let driver = browser(&chromedriver, server.port, options.width, 844).await;
        let app = App {
            driver,
            server,
            origin,
            width: options.width,
            _chromedriver: chromedriver,
        };
        app.driver.goto(format!("{}/", app.origin)).await.unwrap();
        if let Some(lang) = &options.lang {
            app.js(&format!(
                "(() => {{ localStorage.setItem('mein-ordner-lang', JSON.stringify('{lang}')); \
                 return 1; }})()"
            ))
            .await;
            app.driver.refresh().await.unwrap();
        }
        app
    }

    /// Closes the browser after the checks that hold for every flow ([`Browser::quit`]: no
    /// console error or wasm panic, the origin's storage clean).
    pub async fn finish(self) {
        self.driver.quit().await.unwrap();
    }

    /// Opens a screen by its address (`#/folder`, `#/tab/housing`, ...).
    pub async fn go(&self, hash: &str) {
        self.driver
            .goto(format!("{}/{hash}", self.origin))
            .await
            .unwrap();
    }

    /// Reloads the page (the folder locks: its key lives only in memory).
    pub async fn reload(&self) {
        self.driver.refresh().await.unwrap();
    }

    /// Runs a JavaScript expression and returns its value.
    pub async fn js(&self, expr: &str) -> Value {
        js(&self.driver, expr).await
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for(&self, css: &str, what: &str) {
        wait_js(
            &self.driver,
            &format!("document.querySelector({})", quote(css)),
            what,
        )
        .await;
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str, what: &str) {
        wait_js(
            &self.driver,
            &format!("!document.querySelector({})", quote(css)),
            what,
        )
        .await;
    }

    /// Waits until the screen shows `text`; returns the screen's whole text.
    pub async fn wait_text(&self, text: &str, what: &str) -> String {
        wait_js(
            &self.driver,
            &format!(
                "document.body.innerText.includes({}) && document.body.innerText",
                quote(text)
            ),
            what,
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Whether an element matching `css` exists now.
    pub async fn exists(&self, css: &str) -> bool {
        self.js(&format!("!!document.querySelector({})", quote(css)))
            .await
            == Value::Bool(true)
    }

    /// How many elements match `css` now.
    pub async fn count(&self, css: &str) -> usize {
        self.js(&format!("document.querySelectorAll({}).length", quote(css)))
            .await
            .as_u64()
            .unwrap_or(0) as usize
    }

    /// The trimmed text of the first element matching `css` (waits for it).
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css, css).await;
        self.js(&format!(
            "document.querySelector({}).textContent.trim()",
            quote(css)
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The trimmed texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let v = self
            .js(&format!(
                "Array.from(document.querySelectorAll({}), (e) => e.textContent.trim())",
                quote(css)
            ))
            .await;
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// An attribute of the first element matching `css` (waits for the element).
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.wait_for(css, css).await;
        self.js(&format!(
            "document.querySelector({}).getAttribute({})",
            quote(css),
            quote(name)
        ))
        .await
        .as_str()
        .map(str::to_owned)
    }

    /// Clicks an element through `HTMLElement.click()` after scrolling it into view (a pointer
    /// click can land beside it when the page shifts meanwhile).
    pub async fn click(&self, css: &str) {
        crate::vault::click(&self.driver, css).await;
    }

    /// Types into a field, replacing what it held.
    pub async fn type_into(&self, css: &str, text: &str) {
        crate::vault::type_into(&self.driver, css, text).await;
    }

    /// Sets a field as the browser's own pickers do (date, time, select) and fires `input` and
    /// `change`.
    pub async fn set_value(&self, css: &str, value: &str) {
        crate::vault::set_value(&self.driver, css, value).await;
    }

    /// Chooses files in a file input.
    pub async fn choose_files(&self, css: &str, files: &[std::path::PathBuf]) {
        let paths: Vec<&str> = files.iter().map(|p| p.to_str().unwrap()).collect();
        let input = self.driver.find(By::Css(css)).await.unwrap();
        input.send_keys(paths.join("\n")).await.unwrap();
    }

    /// `YYYY-MM-DD` in the browser's local time, `days` from today.
    pub async fn date_in(&self, days: i64) -> String {
        self.js(&format!(
            "(() => {{ const d = new Date(Date.now() + {days} * 864e5); \
             return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + \
             String(d.getDate()).padStart(2, '0'); }})()"
        ))
        .await
        .as_str()
        .unwrap()
        .to_owned()
    }

    /// Saves a screenshot into `$ORDNER_SCREENSHOTS` when that is set.
    pub async fn screenshot(&self, name: &str) {
        crate::screenshot(&self.driver, name).await;
    }

    /// Waits a moment (for what has no event to wait on, such as "nothing happens").
    pub async fn pause(&self, ms: u64) {
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
}

/// A string as a JavaScript string literal.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}
