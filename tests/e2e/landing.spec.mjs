// The first screen: what it says at every size, the prerender before the wasm, and a
// clear message instead of a blank page when loading or running fails.

import { test, expect, SIZES, expectAccessible, shot } from "./support/fixtures.mjs";
import { LANG, t } from "./support/catalog.mjs";
import { expectSays, mainText } from "./support/patient.mjs";

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  test.describe(() => {
    test.use({ viewport });
    test(`the landing screen renders as a good guest and passes axe (${sizeName})`, async ({ page, app }) => {
      await app.open();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.ui.AppTitle);
      expectSays(await mainText(page), [
        t.ui.HowScreening,
        t.contraindications.DeepVeinThrombosis,
        t.ui.AvoidNoWeight,
        t.ui.AvoidUnder18,
        t.ui.KnowNotCare,
        t.ui.KnowPrivate,
      ], "the landing");
      await expect(page.locator("[style]"), "elements with a style attribute").toHaveCount(0);
      await expect(page.locator("#app-failed")).toBeHidden();
      // Nothing scrolls sideways on a phone or a tablet.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "px wider than the screen").toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot(`landing-${viewport.width}x${viewport.height}`), fullPage: true });
      await expectAccessible(page, `landing at ${sizeName}`);
      expect(page.seen.requests.some((u) => u.endsWith(".wasm")), "the wasm was requested").toBe(true);
    });
  });
}

test("the prerendered landing paints before the wasm arrives, in the embedder's theme", async ({ page, app }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}?theme=dark`, { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { level: 1 }), "the prerendered heading").toHaveText(t.ui.AppTitle);
  await expect(page.getByRole("button", { name: t.ui.StartScreening }), "the prerendered Start").toBeVisible();
  // The embedder's dark theme already applies to the prerender: no light flash.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "shell theme").toBe("rgb(15, 22, 23)");
  expect(await page.evaluate(() => document.documentElement.hasAttribute("data-ready")), "ready too early").toBe(false);
  release();
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 15_000 });
  await expect(page.locator("#app"), "the app took the box over").not.toHaveAttribute("data-prerendered");
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
});

test.describe("when loading or running fails", () => {
  test.use({ goodGuest: false }); // these tests make the page fail on purpose

  test("a wasm that fails to load says so with Try again, not a blank page", async ({ page, app }) => {
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(app.url);
    await page.locator("#app-failed:not([hidden])").waitFor({ timeout: 15_000 });
    await expect(page.getByRole("alert")).toHaveText(t.ui.LoadFailed);
    await expect(page.getByRole("button", { name: t.ui.TryAgain })).toBeVisible();
    await expect(page.locator("#app"), "the stale shell").toBeHidden();
    await page.screenshot({ path: shot("load-failed-1024x768") });
    await expectAccessible(page, "load failure");
  });

  for (const [what, file] of [["wasm", /\.wasm$/], ["JS glue", /knee-care-[0-9a-f]{1,16}\.js$/]]) {
    test(`${what} that does not match the build's hash is refused, with the reload message`, async ({ page, app }) => {
      await page.route(file, async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        body[body.length - 2] ^= 0x01; // one byte changed on the way
        await route.fulfill({ response, body });
      });
      await page.goto(app.url);
      await page.locator("#app-failed:not([hidden])").waitFor({ timeout: 15_000 });
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-ready")), "the app never ran").toBe(false);
    });
  }

  test("a wasm that does not match the build's hash is named in the console", async ({ page, app }) => {
    await page.route(/\.wasm$/, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 0xff; // one byte changed on the way
      await route.fulfill({ response, body });
    });
    await page.goto(app.url);
    await page.locator("#app-failed:not([hidden])").waitFor({ timeout: 15_000 });
    await expect.poll(() => page.seen.console.some((line) => /integrity/i.test(line)), "the integrity check is named").toBe(true);
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-ready")), "the app never ran").toBe(false);
  });

  test("a wasm trap after start shows the reload message", async ({ page, app }) => {
    await app.open();
    await expect(page.locator("#app-failed"), "failure before any trap").toBeHidden();
    // A trap surfaces in the page as an uncaught WebAssembly.RuntimeError ("unreachable").
    await page.evaluate(() => setTimeout(() => {
      throw new WebAssembly.RuntimeError("unreachable");
    }));
    await page.locator("#app-failed:not([hidden])").waitFor({ timeout: 5_000 });
    await expect(page.locator("#app"), "the frozen app").toBeHidden();
    await expect(page.getByRole("alert")).toHaveText(t.ui.LoadCrashed);
    await expect(page.getByRole("button", { name: t.ui.Reload })).toBeVisible();
    await expect(page.getByRole("button", { name: t.ui.TryAgain })).toHaveCount(0);
  });

  test("an ordinary script error elsewhere on the page does not hide the app", async ({ page, app }) => {
    await app.open();
    await page.evaluate(() => setTimeout(() => {
      throw new TypeError("not ours");
    }));
    await expect.poll(() => page.seen.pageErrors.length, "the error happened").toBe(1);
    await page.waitForTimeout(200);
    await expect(page.locator("#app-failed"), "failure shown for a foreign error").toBeHidden();
    await expect(page.getByRole("main")).toBeVisible();
  });
});
