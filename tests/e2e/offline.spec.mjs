// Offline: the service worker precaches exactly the patient's app, a reload works with the server
// stopped, and a browser that refuses the worker still gets a working app.

import { test, expect, DIST, openReady, shot, languageIndependent } from "./support/fixtures.mjs";
import { LANG, t } from "./support/catalog.mjs";
import { filesUnder, precacheOf, serviceWorkerReady } from "./support/build.mjs";

languageIndependent();

test("the service worker precaches exactly the files of the build", async ({ page, app }) => {
  const { list, cacheName } = precacheOf(DIST);
  // Every file of the build but sw.js itself; never a .br/.gz copy (the server picks those).
  // Not the clinician's page and binary: a patient's device never downloads them.
  const clinician = ["clinician.html", "clinician.js", "clinician_bg.wasm"];
  expect(filesUnder(DIST), "the build has the clinician's page").toEqual(expect.arrayContaining(clinician));
  const expected = filesUnder(DIST).filter((f) => f !== "sw.js" && !clinician.includes(f) && !/\.(br|gz)$/.test(f));
  expect(filesUnder(DIST).some((f) => f.endsWith(".wasm.br")), "the build wrote compressed copies").toBe(true);
  expect(list, "precache list").toEqual(expected);
  expect(cacheName).toMatch(/^knee-care-[0-9a-f]{16}$/);
  await app.open();
  expect(await serviceWorkerReady(page), "worker state").toBe("activated");
  const cached = await page.evaluate(async (name) => {
    const names = await caches.keys();
    const cache = await caches.open(name);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    return { names, keys };
  }, cacheName);
  expect(cached.names, "caches").toEqual([cacheName]);
  expect(cached.keys, "cached files").toEqual(expected);
});

test("with the server stopped, a reload (also with a query string) shows the app", async ({ page, servedCopy }) => {
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  await servedCopy.stop();
  const down = await fetch(servedCopy.url).then(() => "up", () => "down");
  expect(down, "the server").toBe("down");
  for (const path of ["", `?clinic=Test%20Clinic&lang=${LANG}`, "index.html?mode=tablet"]) {
    await openReady(page, servedCopy.url, path);
    await expect(page.getByRole("heading", { level: 1 }), `offline at "${path}"`).toHaveText(t.ui.AppTitle);
  }
  await page.screenshot({ path: shot("offline-reload-1024x768") });
});

test.describe(() => {
  test.use({ serviceWorkers: "block" });
  test("a refused service worker leaves the app working and says nothing alarming", async ({ page, app }) => {
    await app.open();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.locator("#app-failed")).toBeHidden();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});
