// Loads the app. Trunk writes the hashed file names into <meta name="ordner-app">; an external
// module (not an inline script) keeps the Content-Security-Policy free of 'unsafe-inline'.
// First it preloads the messages the first screen needs, so they arrive in parallel with the
// wasm (src/i18n.rs fetches the same URLs): German and the language stored by src/prefs.rs, or,
// before any choice, the first-start files of German and English (src/app.rs PICKER_LANGUAGE).
let urls = ["locales/de.start.ftl", "locales/en.start.ftl"];
try {
  const code = (localStorage.getItem("mein-ordner-lang") ?? "").trim().replace(/^"(.*)"$/, "$1");
  if (/^[a-z]{2,3}$/.test(code)) urls = [...new Set(["de", code])].map((c) => `locales/${c}.ftl`);
} catch (_) {
  // Storage disabled: the first-start screen.
}
for (const href of urls) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = href;
  document.head.append(link);
}

const meta = document.querySelector('meta[name="ordner-app"]');
const { default: init } = await import(meta.dataset.js);
await init({ module_or_path: meta.dataset.wasm });
