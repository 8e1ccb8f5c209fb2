// A new version: offered on an idle screen, never in the middle of a visit, and run after the
// patient accepts, with the old caches gone; a link made for a newer version fetches it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/browser-kit.mjs";
import { test, expect, openReady, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { t } from "./support/catalog.mjs";
import { NEXT_TITLE, makeNextVersion, precacheOf, serviceWorkerReady } from "./support/build.mjs";

languageIndependent();

test("a new version is offered on the idle landing screen and runs after accepting", async ({ page, servedCopy }) => {
  test.setTimeout(90_000);
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  const before = precacheOf(servedCopy.dir).cacheName;
  // Reload so the page is controlled by version N, as a returning patient's would be.
  await openReady(page, servedCopy.url);
  const offer = page.getByRole("button", { name: t.ui.UpdateReload });
  await expect(offer, "an offer before any new version").toHaveCount(0);

  makeNextVersion(servedCopy.dir);
  const after = precacheOf(servedCopy.dir).cacheName;
  expect(after, "the cache name changes with the files").not.toBe(before);
  // Ask the browser to look for the new version, as it does by itself on navigation.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await offer.waitFor({ timeout: 30_000 });
  await expect(page.getByRole("complementary", { name: t.ui.UpdateLabel })).toContainText(t.ui.UpdateReady);
  await page.screenshot({ path: shot("update-offer-1024x768") });
  await expectAccessible(page, "landing with the update offer");
  await expect(page.locator("#app h1"), "still version N").toHaveText(t.ui.AppTitle);

  await Promise.all([page.waitForEvent("load"), offer.click()]);
  await expect(page.locator("#app h1"), "version N+1").toHaveText(NEXT_TITLE, { timeout: 15_000 });
  expect(await page.evaluate(() => caches.keys()), "old caches deleted").toEqual([after]);
});

test("a link made for a newer version: its button fetches the new version and runs it, the link kept", async ({ page, servedCopy }) => {
  test.setTimeout(90_000);
  const links = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "links.json"), "utf8"));
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  await openReady(page, servedCopy.url); // controlled by version N
  makeNextVersion(servedCopy.dir);
  // The clinic deployed N+1; the patient opens a link made by it. (A plain reload would be
  // answered by the version N the worker keeps.)
  await openReady(page, servedCopy.url, `?lang=en#rx=${links.newer}`);
  await expect(page.getByRole("alert")).toContainText(t.ui.LinkNeedsNewer);
  await expect(page.locator("#app h1"), "still version N").toHaveText(t.ui.AppTitle);
  // The notice and its button are in view and can be tapped (they once hid behind the
  // warning card on a landscape tablet).
  await expect(page.locator(".link-refused")).toBeInViewport();
  await page.getByRole("button", { name: t.ui.Reload }).click();
  await expect(page.locator("#app h1"), "version N+1").toHaveText(NEXT_TITLE, { timeout: 30_000 });
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  expect(new URL(page.url()).hash, "the link kept").toBe(`#rx=${links.newer}`);
  expect(await page.evaluate(() => caches.keys()), "only the new version kept").toEqual([precacheOf(servedCopy.dir).cacheName]);
});
