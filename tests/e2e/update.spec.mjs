// A new version: offered on an idle screen, never in the middle of a visit, and run after the
// patient accepts, with the old caches gone; a link made for a newer version fetches it.

import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../scripts/browser-kit.mjs";
import { test, expect, openReady, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { t } from "./support/catalog.mjs";
import { NEXT_TITLE, makeNextVersion, precacheOf, serviceWorkerReady } from "./support/build.mjs";
import { answerScreening, noRisks, skipOneStep, startRoutine } from "./support/patient.mjs";

/** Asks the browser to look for a new version now, as it does by itself on a navigation. */
const lookForUpdate = (page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

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

test("a deploy mid-routine changes nothing under the patient; the new version is offered at the end screen", async ({ page, servedCopy }) => {
  test.setTimeout(90_000);
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  await openReady(page, servedCopy.url); // controlled by version N
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  makeNextVersion(servedCopy.dir);
  await lookForUpdate(page);
  // Installed and waiting: still nothing said during the routine.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting)), { timeout: 30_000 }).toBe(true);
  await expect(page.getByRole("button", { name: t.ui.UpdateReload }), "no offer mid-routine").toHaveCount(0);
  await expect(page.locator(".countdown"), "the routine runs on").toBeVisible();
  while (await skipOneStep(page));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.ui.DoneTitle);
  await expect(page.getByRole("button", { name: t.ui.UpdateReload }), "offered at the end").toBeVisible();
});

test("a clinic that rolls back to the older build: patients on the newer one are offered the older one, and only its cache stays", async ({ page, servedCopy }) => {
  test.setTimeout(120_000);
  const older = mkdtempSync(join(tmpdir(), "knee-older-"));
  try {
    cpSync(servedCopy.dir, older, { recursive: true });
    makeNextVersion(servedCopy.dir);
    await openReady(page, servedCopy.url);
    await serviceWorkerReady(page);
    await openReady(page, servedCopy.url);
    await expect(page.locator("#app h1"), "on version N+1").toHaveText(NEXT_TITLE);
    // The rollback: the folder holds build N again.
    rmSync(servedCopy.dir, { recursive: true, force: true });
    cpSync(older, servedCopy.dir, { recursive: true });
    await lookForUpdate(page);
    const offer = page.getByRole("button", { name: t.ui.UpdateReload });
    await offer.waitFor({ timeout: 30_000 });
    await offer.click();
    await expect(page.locator("#app h1"), "back on version N").toHaveText(t.ui.AppTitle, { timeout: 20_000 });
    expect(await page.evaluate(() => caches.keys()), "only build N's cache").toEqual([precacheOf(older).cacheName]);
  } finally {
    rmSync(older, { recursive: true, force: true });
  }
});
