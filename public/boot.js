// Loads the app. Trunk writes the hashed file names into <meta name="ordner-app">; an external
// module (not an inline script) keeps the Content-Security-Policy free of 'unsafe-inline'.
//
// First it starts downloading the messages of the two languages in use, so that they arrive in
// parallel with the wasm instead of after it has started: src/i18n.rs fetches the same URLs with
// the same mode and credentials (a plain same-origin fetch()), and the browser hands the
// preloaded responses over. German is always needed: index.html preloads locales/de.ftl. The
// other language is the one chosen before (src/prefs.rs: localStorage "mein-ordner-lang", the
// code as a JSON string), or English, which the first-start screen speaks beside German.
let own = "en";
try {
  const stored = (localStorage.getItem("mein-ordner-lang") ?? "").trim().replace(/^"(.*)"$/, "$1");
  if (/^[a-z]{2,3}$/.test(stored)) own = stored;
} catch (_) {
  // Storage disabled: the first-start screen's language.
}
if (own !== "de") {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = `locales/${own}.ftl`;
  document.head.append(link);
}

const meta = document.querySelector('meta[name="ordner-app"]');
const { default: init } = await import(meta.dataset.js);
await init({ module_or_path: meta.dataset.wasm });
