// The knee care widget's service worker, as a template: scripts/precache.py fills in the cache
// name and the precache list from the build output and writes dist/sw.js. Never edit dist/sw.js.
//
// - Install: fetch every shipped file into a cache named after the build's content hash.
// - It does not take over by itself: a new version waits until the page, on an idle screen,
//   asks it to (message "skip-waiting"), so a patient mid-routine is never interrupted.
// - Activate: delete the caches of older versions.
// - Fetch: navigations get the cached index.html whatever the query string (the embedder's
//   configuration lives there), except a page the build has (the review pages, the clinician's
//   page), which gets itself; shipped files come from the cache first.

const CACHE_PREFIX = "knee-care-";
const CACHE = "__CACHE_NAME__";
const PRECACHE = __PRECACHE_LIST__;
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
      const hit = request.mode === "navigate" ? own || (await cache.match(INDEX)) : own;
      return hit || fetch(request);
    })(),
  );
});
