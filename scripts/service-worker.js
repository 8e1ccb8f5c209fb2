// The knee care widget's service worker, as a template: scripts/precache.py fills in the cache
// name and the precache list from the build output and writes dist/sw.js. Never edit dist/sw.js.
//
// - Install: fetch every shipped file of the patient's app into a cache named after the
//   build's content hash. The clinician's page and its binary are kept there when first
//   fetched (ON_DEMAND), never by a patient's device.
// - It does not take over by itself: a new version waits until the page, on an idle screen,
//   asks it to (message "skip-waiting"), so a patient mid-routine is never interrupted.
// - Activate: delete the caches of older versions.
// - Fetch: navigations get the cached index.html whatever the query string (the embedder's
//   configuration lives there), except a page the build has (the review pages, the clinician's
//   page), which gets itself; shipped files come from the cache first.

const CACHE_PREFIX = "knee-care-";
const CACHE = "__CACHE_NAME__";
const PRECACHE = __PRECACHE_LIST__;
// The clinician's page and its binary: never precached (a patient's device never downloads
// them), kept in this version's cache once a clinician's device has fetched them.
const ON_DEMAND = new Set(__ON_DEMAND_LIST__.map((path) => new URL(path, self.registration.scope).href));
const INDEX = new URL("index.html", self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: "reload" skips the HTTP cache, so a new version never mixes in old files.
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      ),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A navigation to a page the build has (the review pages, the clinician's page) gets that
      // page; any other (the widget's own address, with its query) gets index.html.
      const own = await cache.match(request, { ignoreSearch: true });
      const url = new URL(request.url);
      const key = url.origin + url.pathname;
      if (ON_DEMAND.has(key)) {
        if (own) return own;
        const response = await fetch(request);
        // Kept whole, beside the page's own use of it (which streams on at once).
        if (response.ok) event.waitUntil(cache.put(key, response.clone()));
        return response;
      }
      const hit = request.mode === "navigate" ? own || (await cache.match(INDEX)) : own;
      return hit || fetch(request);
    })(),
  );
});
