// The screen stays awake while a step runs: a granted lock is held and let go at the right
// moments; a refused or missing one leaves the routine running with one note.

import { test, expect, expectAccessible, languageIndependent } from "./support/fixtures.mjs";
import { t, STEP } from "./support/catalog.mjs";
import { openOverview, shows, startRoutine } from "./support/patient.mjs";
import { spyOnWakeLock } from "./support/in-page.mjs";

/** The wake lock is held `held` times after `requests` requests (waits for it). */
async function wakeIs(page, held, requests) {
  await expect
    .poll(() => page.evaluate(() => ({ held: window.__wake.held, requests: window.__wake.requests })), { message: "wake lock" })
    .toEqual({ held, requests });
}

test.describe("granted", () => {
  test.use({ permissions: ["screen-wake-lock"] });

  test("a granted wake lock is held while running, let go on pause and stop, and taken again", async ({ page, app }) => {
    languageIndependent();
    await page.addInitScript(spyOnWakeLock);
    await openOverview(app);
    await wakeIs(page, 0, 0);
    await startRoutine(page);
    await wakeIs(page, 1, 1);
    await page.getByRole("button", { name: t.ui.Pause }).click();
    await wakeIs(page, 0, 1);
    await page.getByRole("button", { name: t.ui.Resume }).click();
    await wakeIs(page, 1, 2);
    // The browser drops the lock when the page hides; when it shows again, the app asks again.
    await page.evaluate(() => window.__wake.sentinels.at(-1).release());
    await wakeIs(page, 0, 2);
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await wakeIs(page, 1, 3);
    await expect(page.locator(".screen-dim-note"), "the dim note with a granted lock").toHaveText("");
    await page.getByRole("button", { name: t.ui.StopSharpPain }).click();
    await wakeIs(page, 0, 3);
  });

  test("the wake lock stays held at the question before the MCL step, where the space bar scrolls again", async ({ page, app }) => {
    languageIndependent();
    await page.addInitScript(spyOnWakeLock);
    await openOverview(app, { mcl: true });
    await startRoutine(page);
    await wakeIs(page, 1, 1);
    for (let i = 0; i < 3; i += 1) await page.getByRole("button", { name: t.ui.SkipStep }).click();
    await shows(page, "#confirm-heading", t.ui.ConfirmHeading);
    // Held through the question: no release, no new request.
    await page.clock.fastForward(60_000);
    await wakeIs(page, 1, 1);
    // Space is not a pause here: the page's own scrolling is not blocked.
    const prevented = await page.evaluate(() => {
      const event = new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented, "space prevented at the MCL question").toBe(false);
    await shows(page, "#confirm-heading", t.ui.ConfirmHeading);
    await page.getByRole("button", { name: t.ui.ConfirmGoOn }).click();
    await shows(page, "h1", STEP.Mcl);
    await wakeIs(page, 1, 1);
  });
});

for (const [how, browserSays] of [
  ["refused", () => {
    // What a browser does without the permission (or in a frame without allow=).
    navigator.wakeLock.request = () => Promise.reject(new DOMException("Wake Lock permission request denied", "NotAllowedError"));
  }],
  ["missing", () => {
    Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => undefined });
  }],
]) {
  test(`a ${how} wake lock leaves the routine running and says once that the screen may dim`, async ({ page, app }) => {
    await page.addInitScript(browserSays);
    await page.addInitScript(spyOnWakeLock);
    await openOverview(app);
    await startRoutine(page);
    await shows(page, ".screen-dim-note", t.ui.ScreenMayDim);
    await wakeIs(page, 0, how === "missing" ? 0 : 1);
    await page.clock.fastForward(5_000);
    await shows(page, ".countdown", "00:25");
    // Pausing and resuming asks once more; the note stays one note.
    await page.getByRole("button", { name: t.ui.Pause }).click();
    await page.getByRole("button", { name: t.ui.Resume }).click();
    await expect(page.getByText(t.ui.ScreenMayDim), "dim notes").toHaveCount(1);
    await expectAccessible(page, "a running step with the dim note");
  });
}
