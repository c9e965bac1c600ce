//! Support for the end-to-end tests: build the app, serve `dist/` on loopback (recording every
//! request the browser makes), and drive headless Chromium through ChromeDriver.
//!
//! Chromium is started with our server as its HTTP proxy for every host, loopback included, so
//! the server sees each request the page, its service worker and its workers make, whatever the
//! target; anything not addressed to the app's own origin is answered 403 and recorded.
//!
//! Tests start with [`app::App::start`] and act through the page objects in [`pages`]
//! (`Folder::create`, `TabPage::open`, `Printout::make`, ...), so that a test reads like a
//! person's steps and the app's selectors live in one place.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test support: failing loudly is the point

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

pub mod app;
pub mod pages;
pub mod vault;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The built app with the test hooks: `$ORDNER_DIST` when set (the xtask builds it once for all
/// tests), otherwise a fresh `trunk build --release --features test-hooks` into `target/e2e-dist`.
pub fn built_dist() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT.get_or_init(build_dist).clone()
}

fn build_dist() -> PathBuf {
    if let Ok(dir) = std::env::var("ORDNER_DIST") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.join("index.html").is_file(),
            "ORDNER_DIST={} has no index.html",
            dir.display()
        );
        return dir;
    }
    let root = repo_root();
    let dist = root.join("target/e2e-dist");
    let status = Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&dist)
        .args(["--features", "test-hooks"])
        .current_dir(&root)
        .status()
        .expect("trunk not found: run `cargo xtask setup` first");
    assert!(status.success(), "trunk build failed");
    dist
}

/// The app as `cargo xtask dist` ships it (no test hooks): `$ORDNER_RELEASE_DIST` when set,
/// otherwise a fresh `trunk build --release` into `target/release-dist`.
pub fn release_dist() -> PathBuf {
    if let Ok(dir) = std::env::var("ORDNER_RELEASE_DIST") {
        let dir = PathBuf::from(dir);
        assert!(
            dir.join("index.html").is_file(),
            "ORDNER_RELEASE_DIST={} has no index.html",
            dir.display()
        );
        return dir;
    }
    let root = repo_root();
    let dist = root.join("target/release-dist");
    let status = Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&dist)
        .current_dir(&root)
        .status()
        .expect("trunk not found: run `cargo xtask setup` first");
    assert!(status.success(), "trunk build failed");
    dist
}

/// JavaScript: the app's own language choice is on the page (the app has started and removed
/// the plain-HTML first-start screen of `index.html`, which shows before it; see
/// `tests/first_start.rs`). Tests that go through the choice wait for this, so that they click
/// the app's buttons and not the page's while the app replaces them.
pub const APP_LANGUAGE_CHOICE: &str = "!document.getElementById('first-start') && document.querySelectorAll('.lang-choice').length >= 3";

/// The path of the app's own wasm as the server sees it (`/mein-ordner-<hash>_bg.wasm`), from
/// the name `index.html` gives it (the workers' wasm files are loaded on demand).
pub fn app_wasm_path(dist: &Path) -> String {
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let start = index.find("data-wasm=\"").unwrap() + "data-wasm=\"".len();
    let name = &index[start..start + index[start..].find('"').unwrap()];
    format!("/{}", name.trim_start_matches("./"))
}

/// One request the server saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub method: String,
    /// `host:port` the request was addressed to.
    pub authority: String,
    pub path: String,
    /// The request carries a header that only web content sends (`Sec-Fetch-*`, `Referer`,
    /// `Origin`): it came from a page, worker or service worker, not from the browser itself.
    pub from_web_content: bool,
}

/// A static file server on 127.0.0.1 that doubles as the browser's proxy.
pub struct Server {
    pub port: u16,
    stop: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
    held: Held,
    thread: Option<JoinHandle<()>>,
}

/// Paths whose requests wait unanswered until released ([`Server::hold`]).
type Held = Arc<(Mutex<Vec<String>>, Condvar)>;

/// Gzip-compressed bodies by file, made once per server (`Server::start_gzip`).
type GzipCache = Arc<Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>>;

impl Server {
    /// Serves the files as they are (no `Content-Encoding`).
    pub fn start(root: &Path) -> Server {
        Server::start_with(root, None)
    }

    /// Serves the files gzip-compressed (level 9) to a browser that accepts it, as a static web
    /// host does: for timings over an emulated slow network (`cargo xtask bench`).
    pub fn start_gzip(root: &Path) -> Server {
        Server::start_with(root, Some(GzipCache::default()))
    }

    fn start_with(root: &Path, gzip: Option<GzipCache>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let held: Held = Arc::default();
        let root = root.to_path_buf();
        let (stop2, seen2, held2) = (stop.clone(), seen.clone(), held.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, seen, gzip, held) =
                    (root.clone(), seen2.clone(), gzip.clone(), held2.clone());
                std::thread::spawn(move || {
                    handle(stream, &root, port, &seen, gzip.as_ref(), &held);
                });
            }
        });
        Server {
            port,
            stop,
            seen,
            held,
            thread: Some(thread),
        }
    }

    /// From now on, requests for `path` (e.g. `/mein-ordner-<hash>_bg.wasm`) wait unanswered
    /// until [`Server::release`]: to see what the page does before a file has arrived.
    pub fn hold(&self, path: &str) {
        self.held.0.lock().unwrap().push(path.to_owned());
    }

    /// Answers the requests for `path` that wait, and those that come later.
    pub fn release(&self, path: &str) {
        self.held.0.lock().unwrap().retain(|p| p != path);
        self.held.1.notify_all();
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Stops accepting connections; the port is closed when this returns.
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            t.join().unwrap();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn handle(
    mut stream: TcpStream,
    root: &Path,
    port: u16,
    seen: &Mutex<Vec<Seen>>,
    gzip: Option<&GzipCache>,
    held: &Held,
) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("").to_owned();
    let mut host = String::new();
    let mut from_web_content = false;
    let mut accepts_gzip = false;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("host") {
                host = value.trim().to_owned();
            }
            let name = name.to_ascii_lowercase();
            if name.starts_with("sec-fetch-") || name == "referer" || name == "origin" {
                from_web_content = true;
            }
            if name == "accept-encoding" && value.split(',').any(|e| e.trim() == "gzip") {
                accepts_gzip = true;
            }
        }
    }
    // Absolute-form (proxy) or origin-form request target.
    let (authority, path) = if method == "CONNECT" {
        (target.clone(), String::new())
    } else if let Some(rest) = target.strip_prefix("http://") {
        match rest.split_once('/') {
            Some((a, p)) => (a.to_owned(), format!("/{p}")),
            None => (rest.to_owned(), "/".to_owned()),
        }
    } else {
        (host, target)
    };
    seen.lock().unwrap().push(Seen {
        method: method.clone(),
        authority: authority.clone(),
        path: path.clone(),
        from_web_content,
    });

    let own = authority == format!("127.0.0.1:{port}");
    if !own || method != "GET" {
        let _ = stream
            .write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let path = path.split(['?', '#']).next().unwrap_or("/");
    {
        // A held file waits (at most a minute, so a failed test does not hang).
        let (list, released) = &**held;
        let mut list = list.lock().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while list.iter().any(|p| p == path) && Instant::now() < deadline {
            list = released
                .wait_timeout(list, Duration::from_millis(200))
                .unwrap()
                .0;
        }
    }
    let rel = path.trim_start_matches('/');
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_owned()
    };
    let file = root.join(&rel);
    let inside = file
        .canonicalize()
        .map(|f| f.starts_with(root.canonicalize().unwrap()))
        .unwrap_or(false);
    let response = match std::fs::File::open(&file) {
        Ok(mut f) if inside => {
            let mut body = Vec::new();
            f.read_to_end(&mut body).unwrap();
            let mut encoding = "";
            if let Some(cache) = gzip.filter(|_| accepts_gzip) {
                let compressed = cache
                    .lock()
                    .unwrap()
                    .entry(file.clone())
                    .or_insert_with(|| {
                        let mut encoder =
                            flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                        encoder.write_all(&body).unwrap();
                        Arc::new(encoder.finish().unwrap())
                    })
                    .clone();
                body = compressed.to_vec();
                encoding = "Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n";
            }
            let mut head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n{encoding}Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
                content_type(&rel),
                body.len()
            )
            .into_bytes();
            head.extend(body);
            head
        }
        _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    };
    let _ = stream.write_all(&response);
    let _ = stream.shutdown(Shutdown::Write);
}

/// The MIME type by file ending (wasm must be `application/wasm` for streaming compilation).
pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ftl" | "txt" | "toml" => "text/plain; charset=utf-8",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

/// A browser engine the tests drive: Chromium runs every test; Firefox and WebKit (the engine
/// of Safari) run the core flows (`tests/engines.rs`, docs/browsers.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium through ChromeDriver (`$CHROMEDRIVER`, `$CHROME`).
    Chromium,
    /// Firefox ESR through geckodriver (`$GECKODRIVER`, `$FIREFOX`).
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver (`$WEBKITWEBDRIVER`), on a virtual
    /// display (Xvfb) when there is none.
    WebKit,
}

impl Engine {
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox",
            Engine::WebKit => "WebKit",
        }
    }
}

/// The engine of each session that is not Chromium's, by session id (the helpers get a
/// [`WebDriver`] and must know how to read its console).
static ENGINES: Mutex<Vec<(String, Engine)>> = Mutex::new(Vec::new());

/// The engine of a session (Chromium unless [`engine_browser`] made it for another).
pub fn engine_of(driver: &WebDriver) -> Engine {
    let id = driver.session_id().to_string();
    ENGINES
        .lock()
        .unwrap()
        .iter()
        .find(|(s, _)| *s == id)
        .map_or(Engine::Chromium, |(_, e)| *e)
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A WebDriver server (ChromeDriver, geckodriver or WebKitWebDriver) on a free loopback port,
/// stopped on drop (with the virtual display it started, if any).
pub struct Driver {
    child: Child,
    pub url: String,
    pub engine: Engine,
    /// Xvfb, started for WebKit when there is no display.
    display: Option<Child>,
    /// The browser profiles made through this driver, removed when it is dropped (each is about
    /// 30 MB; a test run makes dozens, and CI disks are small).
    profiles: std::sync::Mutex<Vec<PathBuf>>,
}

/// Starts Xvfb on a free display number and returns it with the display's name (`:N`).
fn start_xvfb() -> (Child, String) {
    let n = (90..190)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .expect("no free X display number");
    let child = Command::new("Xvfb")
        .arg(format!(":{n}"))
        .args(["-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start Xvfb: {e} (run `cargo xtask setup`)"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
        assert!(Instant::now() < deadline, "Xvfb did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, format!(":{n}"))
}

impl Driver {
    /// ChromeDriver.
    pub fn start() -> Driver {
        Driver::start_engine(Engine::Chromium)
    }

    /// The WebDriver server of `engine`.
    pub fn start_engine(engine: Engine) -> Driver {
        let port = free_port();
        let (var, default) = match engine {
            Engine::Chromium => ("CHROMEDRIVER", "chromedriver"),
            Engine::Firefox => ("GECKODRIVER", "geckodriver"),
            Engine::WebKit => ("WEBKITWEBDRIVER", "WebKitWebDriver"),
        };
        let bin = std::env::var(var).unwrap_or_else(|_| default.into());
        let mut cmd = Command::new(&bin);
        cmd.arg(format!("--port={port}"));
        let mut display = None;
        if engine == Engine::WebKit && std::env::var_os("DISPLAY").is_none() {
            let (xvfb, name) = start_xvfb();
            cmd.env("DISPLAY", name);
            display = Some(xvfb);
        }
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin}: {e} (run `cargo xtask setup`)"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "{bin} did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            engine,
            display,
            profiles: std::sync::Mutex::new(Vec::new()),
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(mut display) = self.display.take() {
            let _ = display.kill();
            let _ = display.wait();
        }
        let profiles = std::mem::take(
            self.profiles
                .get_mut()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        for profile in profiles {
            // Chromium may still be writing for a moment after its driver is gone.
            for _ in 0..20 {
                if std::fs::remove_dir_all(&profile).is_ok() || !profile.exists() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}

/// A fresh headless Chromium profile of phone width whose every request goes through `proxy_port`.
pub async fn browser(driver: &Driver, proxy_port: u16, width: u32, height: u32) -> Browser {
    let mut caps = DesiredCapabilities::chrome();
    let chrome = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
    caps.set_binary(&chrome).unwrap();
    static PROFILES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let profile = std::env::temp_dir().join(format!(
        "ordner-e2e-{}-{}-{}",
        std::process::id(),
        proxy_port,
        PROFILES.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    if let Ok(mut p) = driver.profiles.lock() {
        p.push(profile.clone());
    }
    // Downloads land in the profile (removed with it), where a test can look (#12 §1: nothing
    // is saved until the person presses "Save as file").
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    for arg in [
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-quic".to_owned(),
        // Chromium's own traffic (search preconnect, network time, sign-in, updates, field
        // trials) is not the page's: switch it off so that the proxy sees only what the page does.
        "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,PreconnectToSearch,SearchPrefetchServicePrefetching,DialMediaRouteProvider,CertificateTransparencyComponentUpdater".to_owned(),
        "--disable-default-apps".to_owned(),
        "--disable-extensions".to_owned(),
        "--disable-client-side-phishing-detection".to_owned(),
        "--disable-domain-reliability".to_owned(),
        "--disable-field-trial-config".to_owned(),
        "--no-pings".to_owned(),
        "--no-default-browser-check".to_owned(),
        "--metrics-recording-only".to_owned(),
        "--dns-prefetch-disable".to_owned(),
        "--allow-pre-commit-input".to_owned(),
        format!("--user-data-dir={}", profile.display()),
        format!("--window-size={width},{height}"),
        format!("--proxy-server=http://127.0.0.1:{proxy_port}"),
        // Route loopback through the proxy too (Chromium bypasses it for loopback by default).
        "--proxy-bypass-list=<-loopback>".to_owned(),
    ] {
        caps.add_arg(&arg).unwrap();
    }
    // A phone screen: Chromium's window cannot be narrower than 500 px, the emulated device can.
    caps.add_experimental_option(
        "mobileEmulation",
        serde_json::json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}}),
    )
    .unwrap();
    // The page's own network events (CDP `Network.*`), read back with `page_requests`, and its
    // console (`console.error`, uncaught exceptions, wasm panics), read by `console_problems`.
    caps.add_experimental_option(
        "prefs",
        serde_json::json!({
            "download.default_directory": downloads.display().to_string(),
            "download.prompt_for_download": false,
            "download.directory_upgrade": true,
        }),
    )
    .unwrap();
    caps.set_logging_prefs("performance", thirtyfour::LoggingPrefsLogLevel::All)
        .unwrap();
    caps.set_logging_prefs("browser", thirtyfour::LoggingPrefsLogLevel::All)
        .unwrap();
    Browser {
        driver: WebDriver::new(&driver.url, caps).await.unwrap(),
        downloads,
    }
}

/// A fresh session of the driver's engine, `width` × `height` CSS px, talking to the app
/// directly (only Chromium is routed through the recording proxy, for the tests that look at
/// the requests). Its console is read from the page's own record in Firefox and WebKit
/// (`src/test_console.rs`, test build only), from ChromeDriver's log in Chromium.
pub async fn engine_browser(driver: &Driver, server: &Server, width: u32, height: u32) -> Browser {
    if driver.engine == Engine::Chromium {
        return browser(driver, server.port, width, height).await;
    }
    static PROFILES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let profile = std::env::temp_dir().join(format!(
        "ordner-e2e-{}-{}-{}",
        driver.engine.name().to_ascii_lowercase(),
        std::process::id(),
        PROFILES.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    if let Ok(mut p) = driver.profiles.lock() {
        p.push(profile.clone());
    }
    let downloads = profile.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let caps = match driver.engine {
        Engine::Firefox => {
            let firefox =
                std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
            serde_json::json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": firefox,
                    "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                    "prefs": {
                        // The browser's own traffic is not the page's: keep it quiet.
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "browser.safebrowsing.malware.enabled": false,
                        "browser.safebrowsing.phishing.enabled": false,
                        "extensions.update.enabled": false,
                        // Downloads land in the profile, without a dialog.
                        "browser.download.folderList": 2,
                        "browser.download.dir": downloads.display().to_string(),
                        "browser.download.useDownloadDir": true,
                        "browser.download.always_ask_before_handling_new_types": false,
                        "browser.download.start_downloads_in_tmp_dir": false,
                        "pdfjs.disabled": true,
                    },
                },
            })
        }
        Engine::WebKit => serde_json::json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": {
                "binary": std::env::var("WEBKIT_MINIBROWSER").unwrap_or_else(|_| {
                    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into()
                }),
                "args": ["--automation"],
            },
        }),
        Engine::Chromium => unreachable!(),
    };
    let mut capabilities = thirtyfour::Capabilities::new();
    for (key, value) in caps.as_object().unwrap() {
        capabilities.set(key.clone(), value).unwrap();
    }
    let session = WebDriver::new(&driver.url, capabilities).await.unwrap();
    if driver.engine == Engine::WebKit {
        // MiniBrowser has no size flag the driver passes on: size the window (CSS px).
        let _ = session.set_window_rect(0, 0, width, height).await;
    }
    ENGINES
        .lock()
        .unwrap()
        .push((session.session_id().to_string(), driver.engine));
    Browser {
        driver: session,
        downloads,
    }
}

/// A browser session whose console is watched: the helpers of this crate ([`js`], [`wait_js`],
/// [`vault::click`], ...) and [`Browser::quit`] fail the test on any console error, uncaught
/// exception or wasm panic since the last look (see [`assert_console_clean`]). Everything else
/// is the [`WebDriver`] it dereferences to.
pub struct Browser {
    driver: WebDriver,
    downloads: PathBuf,
}

impl std::ops::Deref for Browser {
    type Target = WebDriver;
    fn deref(&self) -> &WebDriver {
        &self.driver
    }
}

impl Browser {
    /// The browser's download directory (inside its profile).
    pub fn download_dir(&self) -> &Path {
        &self.downloads
    }

    /// The names of the files in the download directory (unfinished ones included), sorted.
    pub fn downloaded(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.downloads)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Checks the console one last time, then ends the session.
    ///
    /// # Errors
    /// When the driver cannot end the session.
    pub async fn quit(self) -> WebDriverResult<()> {
        assert_console_clean(&self.driver, "the end of the test").await;
        assert_storage_clean(&self.driver).await;
        self.driver.quit().await
    }
}

/// localStorage keys the app may write: the language, the only plaintext the app keeps (the test
/// hooks are a build feature, not a stored switch).
pub const LOCAL_KEYS: [&str; 1] = ["mein-ordner-lang"];

/// What every test leaves in the origin's storage, checked at its end ([`Browser::quit`]),
/// whatever it did: Cache Storage holds only the build's files byte for byte
/// ([`vault::raw_storage`]), localStorage only [`LOCAL_KEYS`], sessionStorage at most the reason
/// of the last lock (`mein-ordner-locked` = `manual` or `auto`), and IndexedDB only the vault's
/// database. Tests that know their secrets also scan all of it for them
/// ([`vault::assert_no_plaintext`]). Skipped when the page is not on an http origin.
pub async fn assert_storage_clean(driver: &WebDriver) {
    let on_origin = driver
        .current_url()
        .await
        .is_ok_and(|u| u.scheme() == "http" || u.scheme() == "https");
    if !on_origin {
        return;
    }
    let dump = vault::raw_storage(driver).await;
    for entry in dump["local"].as_array().unwrap() {
        let key = entry[0].as_str().unwrap();
        assert!(LOCAL_KEYS.contains(&key), "localStorage holds {entry}");
    }
    for entry in dump["session"].as_array().unwrap() {
        assert!(
            entry[0] == "mein-ordner-locked" && (entry[1] == "manual" || entry[1] == "auto"),
            "sessionStorage holds {entry}"
        );
    }
    for name in dump["databases"].as_array().unwrap() {
        assert_eq!(
            name, "mein-ordner-vault",
            "IndexedDB holds the database {name}"
        );
    }
}

/// Console messages a test expects, by session: `(session id, part of the message)`.
static EXPECTED_CONSOLE: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

/// From now on, console errors of this session that contain `part` are expected (a test that
/// provokes one on purpose, e.g. a request the Content-Security-Policy blocks) and not failures.
pub fn expect_console_error(driver: &WebDriver, part: &str) {
    EXPECTED_CONSOLE
        .lock()
        .unwrap()
        .push((driver.session_id().to_string(), part.to_owned()));
}

/// The console errors, uncaught exceptions and wasm panics of the page since the last call
/// (Chrome's `browser` log, emptied by reading; in Firefox and WebKit the page's own record,
/// `window.__meinOrdnerConsole` of the test build, emptied by reading), without those a test
/// expects.
pub async fn console_problems(driver: &WebDriver) -> Vec<String> {
    let session = driver.session_id().to_string();
    let expected: Vec<String> = EXPECTED_CONSOLE
        .lock()
        .unwrap()
        .iter()
        .filter(|(s, _)| *s == session)
        .map(|(_, p)| p.clone())
        .collect();
    let found: Vec<String> = if engine_of(driver) == Engine::Chromium {
        let Ok(entries) = driver.get_log("browser").await else {
            return Vec::new();
        };
        entries
            .iter()
            .filter(|e| {
                let level = format!("{:?}", e.level).to_ascii_uppercase();
                level.contains("SEVERE")
                    || e.message.contains("panicked at")
                    || e.message.contains("RuntimeError")
                    || e.message.contains("disposed")
            })
            .map(|e| e.message.clone())
            .collect()
    } else {
        page_console(driver).await
    };
    found
        .into_iter()
        .filter(|m| !expected.iter().any(|p| m.contains(p.as_str())))
        .collect()
}

/// What the page recorded in `window.__meinOrdnerConsole` since the last look (Firefox, WebKit).
/// A page between two documents (a reload under way) has nothing to say yet.
async fn page_console(driver: &WebDriver) -> Vec<String> {
    let Ok(ret) = driver
        .execute(
            "const c = window.__meinOrdnerConsole; return c ? c.splice(0, c.length) : [];",
            Vec::new(),
        )
        .await
    else {
        return Vec::new();
    };
    ret.json()
        .as_array()
        .map(|a| {
            a.iter()
                .map(|m| m.as_str().map_or_else(|| m.to_string(), str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the page watches its console for the harness (the test build, in any engine).
pub async fn console_watched(driver: &WebDriver) -> bool {
    driver
        .execute(
            "return Array.isArray(window.__meinOrdnerConsole);",
            Vec::new(),
        )
        .await
        .is_ok_and(|r| r.json() == &serde_json::Value::Bool(true))
}

/// Fails the test when the page logged an error, threw an uncaught exception or a wasm panic
/// since the last look: a panic in wasm stops every later reaction of the page, so nothing a
/// test sees after it could be trusted. `step` says where in the test this was checked.
pub async fn assert_console_clean(driver: &WebDriver, step: &str) {
    let problems = console_problems(driver).await;
    assert!(
        problems.is_empty(),
        "console errors before {step}:\n{}",
        problems.join("\n")
    );
}

/// Every URL that documents of `origin` asked for since the last call, from Chrome's performance
/// log (`Network.requestWillBeSent`), including requests that a policy then blocked. Documents of
/// other origins (the browser's own start page) are left out.
pub async fn page_requests(driver: &WebDriver, origin: &str) -> Vec<String> {
    let entries = driver.get_log("performance").await.unwrap();
    entries
        .iter()
        .filter_map(|e| serde_json::from_str::<serde_json::Value>(&e.message).ok())
        .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
        .filter(|m| {
            m["message"]["params"]["documentURL"]
                .as_str()
                .is_some_and(|d| d.starts_with(origin))
        })
        .filter_map(|m| {
            m["message"]["params"]["request"]["url"]
                .as_str()
                .map(str::to_owned)
        })
        .collect()
}

/// Polls a JavaScript expression until it is truthy, then returns its value.
pub async fn wait_js(driver: &WebDriver, expr: &str, what: &str) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let value = driver
            .execute(format!("return ({expr});"), Vec::new())
            .await
            .map(|r| r.json().clone())
            .unwrap_or(serde_json::Value::Null);
        let truthy = match &value {
            serde_json::Value::Null => false,
            serde_json::Value::Bool(b) => *b,
            serde_json::Value::Number(n) => n.as_f64() != Some(0.0),
            serde_json::Value::String(s) => !s.is_empty(),
            _ => true,
        };
        if truthy {
            assert_console_clean(driver, what).await;
            return value;
        }
        if Instant::now() >= deadline {
            let problems = console_problems(driver).await;
            panic!(
                "timed out waiting for {what}: `{expr}`{}",
                if problems.is_empty() {
                    String::new()
                } else {
                    format!("\nconsole errors:\n{}", problems.join("\n"))
                }
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs a JavaScript expression and returns its value.
pub async fn js(driver: &WebDriver, expr: &str) -> serde_json::Value {
    let value = driver
        .execute(format!("return ({expr});"), Vec::new())
        .await
        .unwrap()
        .json()
        .clone();
    assert_console_clean(driver, &format!("`{expr}`")).await;
    value
}

/// Saves a screenshot into `$ORDNER_SCREENSHOTS` when that is set (for looking at the screens).
pub async fn screenshot(driver: &WebDriver, name: &str) {
    if let Ok(dir) = std::env::var("ORDNER_SCREENSHOTS") {
        std::fs::create_dir_all(&dir).unwrap();
        driver
            .screenshot(&Path::new(&dir).join(name))
            .await
            .unwrap();
    }
}

/// Records every Blob the page hands to `URL.createObjectURL` (downloads, previews), so that a
/// test can read the bytes of a download. Call before the click that downloads.
pub async fn capture_downloads(driver: &WebDriver) {
    js(
        driver,
        "(() => { if (!window.__captured) { const o = URL.createObjectURL.bind(URL); \
         window.__captured = []; URL.createObjectURL = (b) => { window.__captured.push(b); return o(b); }; } \
         window.__captured.length = 0; return 1; })()",
    )
    .await;
}

/// The bytes of the last Blob captured by [`capture_downloads`] (waits for one).
pub async fn captured_download(driver: &WebDriver) -> Vec<u8> {
    wait_js(
        driver,
        "window.__captured && window.__captured.length > 0",
        "a download",
    )
    .await;
    let hex = driver
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__captured[window.__captured.length - 1].arrayBuffer().then((b) => \
             done(Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('')));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap()
        .to_owned();
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// The source of axe-core's `axe.min.js`: `$AXE_JS`, or what `cargo xtask setup` installed into
/// `target/tools/node_modules/axe-core/`.
pub fn axe_source() -> String {
    let path = std::env::var("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("target/tools/node_modules/axe-core/axe.min.js"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e} (run `cargo xtask setup`, or set AXE_JS)",
            path.display()
        )
    })
}

/// Runs axe-core on the current page (injecting it first when the page does not have it yet:
/// WebDriver runs the script through the DevTools protocol, which the page's
/// Content-Security-Policy does not govern) and returns its serious and critical violations,
/// one readable line per element: `screen: rule (impact): help | target | html | summary`.
pub async fn axe_violations(driver: &WebDriver, axe: &str, screen: &str) -> Vec<String> {
    let present = js(driver, "typeof window.axe === 'object'").await;
    if present != serde_json::Value::Bool(true) {
        driver
            .execute(format!("{axe}\n;return true;"), Vec::new())
            .await
            .unwrap();
    }
    let result = driver
        .execute_async(
            r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] })
  .then((r) => done({
    violations: r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.slice(0, 160),
          summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      })),
    rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
  }))
  .catch((e) => done({ error: String(e) }));
"#,
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert!(
        result.get("error").is_none(),
        "axe failed on {screen}: {result}"
    );
    assert!(
        result["rules"].as_u64().unwrap_or(0) > 50,
        "axe ran too few rules on {screen}: {result}"
    );
    let mut out = Vec::new();
    for v in result["violations"].as_array().unwrap() {
        for n in v["nodes"].as_array().unwrap() {
            out.push(format!(
                "{screen}: {} ({}): {} | {} | {} | {}",
                v["id"].as_str().unwrap_or(""),
                v["impact"].as_str().unwrap_or(""),
                v["help"].as_str().unwrap_or(""),
                n["target"].as_str().unwrap_or(""),
                n["html"].as_str().unwrap_or(""),
                n["summary"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// Controls smaller than `min` × `min` CSS px (links inside running text excepted, as WCAG
/// allows), and whether the page is wider than the screen of `width` CSS px (mobile emulation
/// widens the layout viewport to the content, so `innerWidth` cannot be trusted): one readable
/// line each.
pub async fn layout_problems(
    driver: &WebDriver,
    screen: &str,
    min: f64,
    width: u32,
) -> Vec<String> {
    let found = js(
        driver,
        &format!(
            "(() => {{
  const out = [];
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex=\"-1\"])';
  for (const el of document.querySelectorAll(sel)) {{
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    let w = r.width, h = r.height;
    // A checkbox or radio counts with its label, which is part of its target.
    if ((el.type === 'checkbox' || el.type === 'radio' || el.type === 'file') && el.labels && el.labels.length) {{
      for (const l of el.labels) {{
        const lr = l.getBoundingClientRect();
        w = Math.max(w, lr.width); h = Math.max(h, lr.height);
      }}
      const c = el.closest('label, .check-row, .town-choice, .vault-check');
      if (c) {{ const cr = c.getBoundingClientRect(); w = Math.max(w, cr.width); h = Math.max(h, cr.height); }}
    }}
    // Links inside a sentence are exempt (WCAG 2.5.8 'inline').
    const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
    if (!inline && (w < {min} - 0.5 || h < {min} - 0.5)) {{
      out.push('target ' + Math.round(w) + 'x' + Math.round(h) + ' px: ' + el.outerHTML.slice(0, 140));
    }}
  }}
  const doc = document.documentElement;
  const screenWidth = {width};
  if (doc.scrollWidth > screenWidth + 1) {{
    // The innermost elements wider than the screen, or whose content is wider than they are.
    const tooWide = (x) => {{
      const q = x.getBoundingClientRect();
      return q.width > screenWidth + 1 || (x.scrollWidth > x.clientWidth + 1 && getComputedStyle(x).overflowX === 'visible' && x.clientWidth > 1);
    }};
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => tooWide(e) && ![...e.children].some(tooWide))
      .slice(0, 6)
      .map((e) => Math.round(e.getBoundingClientRect().width) + ' px ' + e.outerHTML.slice(0, 140));
    out.push('page ' + doc.scrollWidth + ' px wide on a ' + screenWidth + ' px screen: ' + wide.join(' || '));
  }}
  return out;
}})()"
        ),
    )
    .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{screen}: {}", s.as_str().unwrap_or("")))
        .collect()
}
