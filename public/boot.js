// Loads the app. Trunk writes the hashed file names into <meta name="ordner-app">; an external
// module (not an inline script) keeps the Content-Security-Policy free of 'unsafe-inline'.
//
// Before any language is stored, it first shows the first-start screen of index.html
// (<main id="first-start">, the language choice as plain HTML), which works before the wasm has
// arrived: a choice is stored as src/prefs.rs stores it (the code as a JSON string under
// "mein-ordner-lang"), the page takes the language's `lang` and `dir`, the screen shows "…", and
// the event "mein-ordner-lang" tells an app that has already started (src/first_start.rs). The
// app removes this screen once it shows one of its own, so nobody chooses twice.
//
// It preloads the messages the first screen needs, so they arrive in parallel with the wasm
// (src/i18n.rs fetches the same URLs): German and the stored or chosen language, or, before any
// choice, the first-start files of German and English (src/app.rs PICKER_LANGUAGE).
const LANG_KEY = "mein-ordner-lang";

function preload(urls) {
  for (const href of urls) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.append(link);
  }
}

const bundles = (code) => [...new Set(["de", code])].map((c) => `locales/${c}.ftl`);

let stored = null;
try {
  const code = (localStorage.getItem(LANG_KEY) ?? "").trim().replace(/^"(.*)"$/, "$1");
  if (/^[a-z]{2,3}$/.test(code)) stored = code;
} catch (_) {
  // Storage disabled: the first-start screen.
}

const firstStart = document.getElementById("first-start");
if (stored) {
  preload(bundles(stored));
} else {
  preload(["locales/de.start.ftl", "locales/en.start.ftl"]);
  if (firstStart) {
    firstStart.addEventListener("click", (event) => {
      const button = event.target.closest(".lang-choice");
      if (!button) return;
      const code = button.dataset.lang;
      try {
        localStorage.setItem(LANG_KEY, JSON.stringify(code));
      } catch (_) {
        // Storage disabled: the app keeps the choice in memory (the event below), as its own
        // picker does.
      }
      preload(bundles(code));
      const root = document.documentElement;
      root.lang = code;
      root.dir = button.querySelector(".lang-native")?.dir || "ltr";
      const loading = document.createElement("p");
      loading.className = "loading";
      loading.setAttribute("aria-busy", "true");
      loading.textContent = "…";
      firstStart.replaceChildren(loading);
      window.dispatchEvent(new CustomEvent(LANG_KEY, { detail: code }));
    });
    // The page speaks the picker's language beside German, as the app's picker does.
    document.documentElement.lang = "en";
    document.documentElement.dir = "ltr";
    firstStart.hidden = false;
  }
}

const meta = document.querySelector('meta[name="ordner-app"]');
const { default: init } = await import(meta.dataset.js);
await init({ module_or_path: meta.dataset.wasm });
