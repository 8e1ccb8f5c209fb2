// The suite's fixtures: the served build, a private copy of it, a watched page, axe.
//
//   server      (worker)  dist/ served by scripts/serve.py with the production headers
//   servedCopy  (test)    a private copy of dist/ with its own server, for tests that change
//                          or stop what is served; removed after the test
//   page        (test)    Playwright's page, watched: CSP violations, console and page errors,
//                          requests to another origin. After a passing test, any of them fails
//                          it, unless the test says `test.use({ goodGuest: false })`
//   app         (test)    `app.open(query)`: the widget on `page`, loaded and started (data-ready)

import { test as base, expect } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, startServer } from "../../../scripts/browser-kit.mjs";
import { LANG } from "./catalog.mjs";

export { expect };
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "target", "screenshots");
mkdirSync(SHOTS, { recursive: true });

// The policy the issue sets for the widget, stated here independently of scripts/serve.py.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'";

export const SIZES = {
  "tablet-landscape": { width: 1024, height: 768 },
  "tablet-portrait": { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};

/** A screenshot a person looks at: target/screenshots/<name>.png (<name>.<lang>.png when the
 * suite runs in another language than English, so one run does not overwrite the other's). */
/**
 * The suite runs once per language (E2E_LANG). What does not depend on the language (the dark
 * theme's colours, the server's headers, the service worker, the embedding) is proven once, in
 * the English pass; the other passes prove the words.
 */
export const FIRST_PASS = LANG === "en";
export const THEMES = FIRST_PASS ? ["light", "dark"] : ["light"];
/** Skips the test (or, at a file's top, the file) in every pass but the English one. */
export function languageIndependent() {
  base.skip(!FIRST_PASS, "language-independent: proven in the English pass");
}

export const shot = (name) => join(SHOTS, LANG === "en" ? `${name}.png` : `${name}.${LANG}.png`);

// Records, from the first script of every document, the CSP violations the page itself sees.
function listenForCspViolations() {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
  );
}

function watch(page) {
  const seen = { console: [], consoleErrors: [], pageErrors: [], cspViolations: [], requests: [] };
  page.on("console", (msg) => {
    seen.console.push(msg.text());
    if (msg.type() === "error") seen.consoleErrors.push(msg.text());
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) seen.cspViolations.push(msg.text());
  });
  page.on("pageerror", (err) => seen.pageErrors.push(String(err)));
  page.on("request", (req) => seen.requests.push(req.url()));
  page.seen = seen;
}

/** Asserts the page behaved as a good guest: no CSP violation, error, or request elsewhere. */
export async function expectGoodGuest(page) {
  const inPage = page.isClosed() ? [] : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
  const { consoleErrors, pageErrors, cspViolations, requests } = page.seen;
  const origin = new URL(page.url()).origin;
  const foreign = requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  expect([...cspViolations, ...inPage], "CSP violations").toEqual([]);
  expect(consoleErrors, "console errors").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
  expect(foreign, `requests from ${origin} to another origin`).toEqual([]);
}

/** Runs axe on what is on screen; any violation fails with where it is. */
export async function expectAccessible(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(problems, `axe violations on ${screen}`).toEqual([]);
  expect(result.passes.length, `axe rules run on ${screen}`).toBeGreaterThan(0);
}

/** Opens `base + query` and waits until the widget has started. */
export async function openReady(page, base, query = "") {
  const response = await page.goto(base + query);
  await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 15_000 });
  return response;
}

export const test = base.extend({
  goodGuest: [true, { option: true }],

  server: [
    async ({}, use) => {
      const server = await startServer(DIST);
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],

  servedCopy: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), "knee-dist-"));
    cpSync(DIST, dir, { recursive: true });
    const served = await startServer(dir);
    await use({ ...served, dir });
    await served.stop(); // a test may have stopped it already; stopping twice is fine
    rmSync(dir, { recursive: true, force: true });
  },

  page: async ({ page, goodGuest }, use, testInfo) => {
    await page.addInitScript(listenForCspViolations);
    watch(page);
    await use(page);
    if (goodGuest && testInfo.status === testInfo.expectedStatus) await expectGoodGuest(page);
  },

  app: async ({ page, server }, use) => {
    await use({ page, url: server.url, open: (query = "") => openReady(page, server.url, query) });
  },
});

/**
 * A leg picture's labels as the browser lays them out with its real font: each line inside the
 * picture's viewBox (none cut at an edge), and no two labels overlapping.
 */
export async function expectLabelsFit(svg, what) {
  const problems = await svg.evaluate((el) => {
    const [minX, minY, width, height] = el.getAttribute("viewBox").split(/\s+/).map(Number);
    const boxes = [...el.querySelectorAll("text.label")].map((t) => ({ words: t.textContent, box: t.getBBox() }));
    const found = [];
    for (const { words, box } of boxes) {
      if (box.x < minX - 0.5 || box.y < minY - 0.5 || box.x + box.width > minX + width + 0.5 || box.y + box.height > minY + height + 0.5) {
        found.push(`"${words}" leaves the picture`);
      }
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x ||
          a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
        if (!apart) found.push(`"${a.words}" overlaps "${b.words}"`);
      }
    }
    return found;
  });
  expect(problems, what).toEqual([]);
}

/**
 * A routine step's blocks top to bottom in the order a patient needs them, whatever the screen
 * or text size: the step's name, the countdown, the stop buttons, the picture, the instructions.
 */
export async function expectStepOrder(page, where) {
  const tops = await page.evaluate(() =>
    [".step-name", ".countdown", ".stop-controls", ".todo-card svg.step-picture", ".step-details"]
      .map((selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? NaN));
  expect(tops.every((top, i) => i === 0 || top > tops[i - 1]), `${where}: the order (tops ${tops.map(Math.round)})`).toBe(true);
}
