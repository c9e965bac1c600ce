// Mein Ordner service worker. `build/sw-precache.sh` prepends, at build time:
//   const VERSION = "<hash of this build>";
//   const PRECACHE = [...];   // everything the app needs to start, cached at install
//   const LAZY = [...];       // large optional files (print fonts, PDF worker), cached after
//   const ON_DEMAND_CACHE = "mein-ordner-ocr-<hash of ocr/>";
//   const ON_DEMAND = [...];  // text recognition (ocr/): cached only once the page fetched it, in
//                             // its own cache, which the next build keeps if ocr/ is unchanged
//
// One build lives in one cache, "mein-ordner-<VERSION>". A new build installs beside the old
// one and waits until the page asks it to take over (message "skip-waiting"), then deletes the
// old caches; pages reload on `controllerchange`, so nothing runs on a mix of two builds.
// The worker only ever answers same-origin GET requests; it makes no request of its own elsewhere.

const CACHE = `mein-ordner-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((u) => new Request(u, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((n) => n.startsWith("mein-ordner-") && n !== CACHE && n !== ON_DEMAND_CACHE).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
      // Warm the optional files so that printing works offline too; failures are harmless.
      const cache = await caches.open(CACHE);
      for (const url of LAZY) {
        if (!(await cache.match(url))) {
          try {
            await cache.add(new Request(url, { cache: "reload" }));
          } catch (_) {
            /* fetched again on first use */
          }
        }
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // "Remove the app" deletes the caches while this worker may still serve the open page: a
  // fetch then must not create them again (caches.open would), so it goes to the network.
  const installed = () => caches.has(CACHE);
  if (request.mode === "navigate") {
    event.respondWith(
      (async () => {
        if (!(await installed())) return fetch(request);
        const cache = await caches.open(CACHE);
        return (await cache.match("./index.html")) || fetch(request);
      })(),
    );
    return;
  }
  if (ON_DEMAND.some((u) => new URL(u, self.location).href === url.href)) {
    event.respondWith(
      (async () => {
        if (!(await installed())) return fetch(request);
        const cache = await caches.open(ON_DEMAND_CACHE);
        const hit = await cache.match(request, { ignoreSearch: true });
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      if (!(await installed())) return fetch(request);
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok && LAZY.some((u) => new URL(u, self.location).href === url.href)) {
        cache.put(request, response.clone());
      }
      return response;
    })(),
  );
});
