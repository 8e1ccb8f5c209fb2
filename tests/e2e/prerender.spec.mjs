// The prerendered landing (scripts/prerender.py, examples/prerender.rs): painted from the first
// byte in the patient's language, the same markup the app then renders, no frame without it, and
// a tap before the wasm runs is kept, never lost.

import { test, expect, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { LANG, LANGS, catalogOf, t } from "./support/catalog.mjs";

const OTHER = LANGS.find((code) => code !== LANG);
const o = catalogOf(OTHER);

/** Holds the wasm back until `release()`: the page shows only what came before it. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

const ready = (page) => page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 15_000 });

/** #app's markup as the browser parsed it, for comparing the prerender with the app's. */
const appMarkup = (page) => page.locator("#app").evaluate((app) => app.innerHTML);

for (const lang of LANGS) {
  test(`the prerendered landing in ${lang} is the markup the app renders, before the wasm`, async ({ page, app }) => {
    languageIndependent(); // every language, in one pass
    const c = catalogOf(lang);
    const release = await holdWasm(page);
    await page.goto(`${app.url}?lang=${lang}`, { waitUntil: "domcontentloaded" });
    await expect(page.locator("#app")).toHaveAttribute("data-prerendered", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.ui.AppTitle);
    await expect(page.getByRole("button", { name: c.ui.StartScreening })).toBeVisible();
    await expect(page.getByRole("status"), "no Loading… over a painted landing").toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(c.ui.AppTitle);
    await expectAccessible(page, `the prerendered landing in ${lang}`);
    const before = await appMarkup(page);
    release();
    await ready(page);
    await expect(page.locator("#app"), "the app took the box over").not.toHaveAttribute("data-prerendered");
    expect(await appMarkup(page), "the app's markup").toBe(before);
  });
}

for (const theme of ["light", "dark"]) {
  test(`the clinic's accent colours the prerendered landing before the wasm, the same as after (${theme})`, async ({ page, app }) => {
    languageIndependent();
    const accent = theme === "dark" ? "#8fd3ff" : "#1a6b3c";
    const release = await holdWasm(page);
    await page.goto(`${app.url}?theme=${theme}&accent=${encodeURIComponent(accent)}`, { waitUntil: "domcontentloaded" });
    const start = page.getByRole("button", { name: t.ui.StartScreening });
    const colour = () => start.evaluate((b) => getComputedStyle(b).backgroundColor);
    const before = await colour();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
    expect(before, "the accent before the wasm").toBe(`rgb(${r}, ${g}, ${b})`);
    release();
    await ready(page);
    expect(await colour(), "the same after the app took over").toBe(before);
  });
}

test("no frame shows the page without the landing, and nothing moves", async ({ page, app }) => {
  await page.addInitScript(() => {
    window.__frames = { painted: 0, withoutLanding: 0, afterReady: 0 };
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    const frame = () => {
      const frames = window.__frames;
      if (document.getElementById("app")) {
        frames.painted += 1;
        if (!document.querySelector("#app .landing h1")) frames.withoutLanding += 1;
      }
      if (document.documentElement.hasAttribute("data-ready")) frames.afterReady += 1;
      if (frames.afterReady < 10) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(app.url);
  await ready(page);
  await page.waitForFunction(() => window.__frames.afterReady >= 10);
  const frames = await page.evaluate(() => window.__frames);
  expect(frames.painted, "frames seen").toBeGreaterThan(10);
  expect(frames.withoutLanding, "frames without the landing").toBe(0);
  expect(await page.evaluate(() => window.__shift), "cumulative layout shift").toBe(0);
});

test("a tap on Start before the wasm runs is kept: it says so, and the safety check opens", async ({ page, app }) => {
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: "domcontentloaded" });
  const shell = await page.evaluate(async () => (await import("./boot.js")).SHELL_WORDS);
  const start = page.getByRole("button", { name: t.ui.StartScreening });
  await start.click();
  const kept = page.locator("#app .card-how .button-primary");
  await expect(kept, "the kept tap shows").toHaveText(shell[LANG].moment);
  await kept.click(); // a second tap changes nothing
  // Nor does a tap on the language already shown: still one "One moment…" for a screen reader.
  await page.getByRole("button", { name: t.ui.LanguageName }).click();
  await expect(page.locator("#app [role=status]")).toHaveCount(1);
  await expect(page.locator("#app")).toHaveAttribute("data-early-open", "screening");
  // A later tap on Learn does not replace the first.
  await page.getByRole("button", { name: t.ui.LearnOpen }).click();
  await expect(page.locator("#app")).toHaveAttribute("data-early-open", "screening");
  await page.screenshot({ path: shot("prerender-start-kept-1024x768") });
  release();
  await ready(page);
  await expect(page.locator(".screen.screening"), "the safety check's first page").toBeVisible();
  await expect(page.getByRole("button", { name: t.ui.Next })).toBeVisible();
});

test("a tap on Learn before the wasm runs opens Learn", async ({ page, app }) => {
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: t.ui.LearnOpen }).click();
  await expect(page.locator("#app")).toHaveAttribute("data-early-open", "learn");
  release();
  await ready(page);
  await expect(page.locator(".learn")).toBeVisible();
});

test("the language switch works before the wasm runs, and the app keeps the choice", async ({ page, app }) => {
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: o.ui.LanguageName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(o.ui.AppTitle);
  await expect(page.getByRole("button", { name: o.ui.LanguageName }), "focus stays on the switch").toBeFocused();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(OTHER);
  // And back, and again: each language's landing, however often the patient switches.
  await page.getByRole("button", { name: t.ui.LanguageName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.ui.AppTitle);
  await page.getByRole("button", { name: o.ui.LanguageName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(o.ui.AppTitle);
  await page.getByRole("button", { name: o.ui.StartScreening }).click();
  release();
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(OTHER);
  await expect(page.getByRole("button", { name: o.ui.LanguageName })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".screen.screening"), "the safety check").toBeVisible();
  await expect(page.getByRole("button", { name: o.ui.Next }), "in the chosen language").toBeVisible();
});

test("a keyboard user's focus stays on the same button when the app takes over", async ({ page, app }) => {
  const release = await holdWasm(page);
  await page.goto(app.url, { waitUntil: "domcontentloaded" });
  const learn = page.getByRole("button", { name: t.ui.LearnOpen });
  await learn.focus();
  await expect(learn).toBeFocused();
  release();
  await ready(page);
  await expect(page.getByRole("button", { name: t.ui.LearnOpen }), "the app's own button").toBeFocused();
  await expect(page.locator("#app")).not.toHaveAttribute("data-early-open");
});

test("a clinician's link shows Loading… rather than a landing that would move", async ({ page, app }) => {
  const release = await holdWasm(page);
  await page.goto(`${app.url}#rx=not-a-routine`, { waitUntil: "domcontentloaded" });
  const shell = await page.evaluate(async () => (await import("./boot.js")).SHELL_WORDS);
  await expect(page.getByRole("status")).toHaveText(shell[LANG].loading);
  await expect(page.locator("#app")).not.toHaveAttribute("data-prerendered");
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toHaveCount(0);
  release();
  await ready(page);
  await expect(page.locator(".link-refused"), "the app's own answer to the link").toBeVisible();
});

test("the largest paint is the first paint; the app's files are not preloaded ahead of it", async ({ page, app }) => {
  await app.open();
  await page.waitForTimeout(300);
  const paints = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve({
      largest: list.getEntries().map((e) => e.startTime),
      first: performance.getEntriesByName("first-contentful-paint")[0].startTime,
    })).observe({ type: "largest-contentful-paint", buffered: true });
  }));
  expect(paints.largest.length, "largest-paint entries").toBeGreaterThan(0);
  expect(paints.largest.at(-1), "the largest paint's time").toBe(paints.first);
  const served = await (await page.request.get(app.url)).text();
  expect(served, "index.html as served").not.toMatch(/rel="?(module)?preload/);
  await expect(page.locator("#app-boot")).toHaveAttribute("data-wasm-integrity", /^sha384-/);
  await expect(page.locator("#app-boot")).toHaveAttribute("data-js-integrity", /^sha384-/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, goodGuest: false });

  test("the landing still reads, and a message above it says the buttons need JavaScript", async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(catalogOf("en").ui.AppTitle);
    const message = page.locator("noscript p.app-failed");
    await expect(message).toBeVisible();
    const [note, heading] = [await message.boundingBox(), await page.locator("#app h1").boundingBox()];
    expect(note.y, "the message is above the landing").toBeLessThan(heading.y);
  });
});
