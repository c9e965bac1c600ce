// Loads the app. Trunk writes the hashed file names into <meta name="ordner-app">; an external
// module (not an inline script) keeps the Content-Security-Policy free of 'unsafe-inline'.
const meta = document.querySelector('meta[name="ordner-app"]');
const { default: init } = await import(meta.dataset.js);
await init({ module_or_path: meta.dataset.wasm });
