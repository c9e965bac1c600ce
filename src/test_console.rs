//! The console watch of the end-to-end tests in every engine (cargo feature `test-hooks` only;
//! `cargo xtask dist` builds without it, and `tests/e2e/tests/release_build.rs` checks that the
//! shipped site lacks it).
//!
//! Chromium hands the tests its console through ChromeDriver's log; Firefox (geckodriver) and
//! WebKit (WebKitWebDriver) have no such log. So the test build records, in the page itself,
//! what Chromium's log would call severe: every `console.error` (a wasm panic arrives there
//! through `console_error_panic_hook`), every uncaught exception and unhandled promise
//! rejection, a resource that failed to load, and a Content-Security-Policy violation, into
//! `window.__meinOrdnerConsole` (an array of strings the harness empties as it reads). The
//! snippet is a module the app's JavaScript glue imports, so it runs before the wasm starts.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
const seen = [];
window.__meinOrdnerConsole = seen;
const text = (v) => {
  if (typeof v === "string") return v;
  // An Error, also one of another realm (where instanceof fails).
  if (v && typeof v.message === "string") {
    return `${v.name || "Error"}: ${v.message}${v.stack ? `\n${v.stack}` : ""}`;
  }
  try { return JSON.stringify(v) ?? String(v); } catch (_) { return String(v); }
};
const original = console.error;
console.error = function (...args) {
  seen.push(args.map(text).join(" "));
  return original.apply(this, args);
};
window.addEventListener("error", (e) => {
  const t = e.target;
  if (t && t !== window && t.tagName) {
    seen.push(`failed to load ${t.tagName.toLowerCase()} ${t.src || t.href || ""}`);
  } else {
    seen.push(`uncaught: ${e.message}${e.error ? ` (${text(e.error)})` : ""}`);
  }
}, true);
window.addEventListener("unhandledrejection", (e) => {
  seen.push(`unhandled rejection: ${text(e.reason)}`);
});
document.addEventListener("securitypolicyviolation", (e) => {
  seen.push(`Content-Security-Policy: ${e.violatedDirective} blocked ${e.blockedURI}`);
});
export function meinOrdnerConsoleWatched() { return true; }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = meinOrdnerConsoleWatched)]
    fn console_watched() -> bool;
}

/// Keeps the snippet in the build (it has already run by the time the wasm starts).
pub fn install() {
    let _ = console_watched();
}
