// End-to-end tests of the release build (dist/), served on 127.0.0.1 with the strict CSP
// header, driven by playwright-core in Debian's Chromium, with axe-core on every screen.
//
//   node tests/e2e/run.mjs            (after `trunk build --release`)
//
// Screenshots go to target/screenshots/. The last line is "N passed, N failed".

import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "target", "screenshots");

// The policy the issue sets for the widget, stated here independently of scripts/serve.py.
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'";

const SIZES = {
  "tablet-landscape": { width: 1024, height: 768 },
  "tablet-portrait": { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

// ---------------------------------------------------------------- a tiny test harness

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, message) {
  if (actual !== expected) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// ---------------------------------------------------------------- server and browser

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(dir) {
  const port = await freePort();
  const server = spawn(
    "python3",
    [join(ROOT, "scripts", "serve.py"), "--dir", dir, "--port", String(port), "--quiet"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise((resolve, reject) => {
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    server.stdout.on("data", (chunk) => {
      if (String(chunk).includes("Serving")) resolve();
    });
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

let browser;
let server;

// Each test gets a new browser context: its own cache and storage, nothing carried over.
async function newContext(options = {}) {
  return browser.newContext({ viewport: SIZES["tablet-landscape"], ...options });
}

// Opens a page that records everything a good guest must not do.
async function watchedPage(context) {
  const page = await context.newPage();
  const seen = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [], requests: [] };
  const origin = new URL(server.url).origin;
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") seen.consoleErrors.push(msg.text());
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) seen.cspViolations.push(msg.text());
  });
  page.on("pageerror", (err) => seen.pageErrors.push(String(err)));
  page.on("request", (req) => {
    seen.requests.push(req.url());
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.origin !== origin) seen.foreignRequests.push(req.url());
  });
  page.seen = seen;
  return page;
}

async function assertGoodGuest(page) {
  const inPage = await page.evaluate(() => window.__cspViolations);
  const { consoleErrors, pageErrors, cspViolations, foreignRequests } = page.seen;
  assertEqual([...cspViolations, ...inPage].join("\n"), "", "CSP violations");
  assertEqual(consoleErrors.join("\n"), "", "console errors");
  assertEqual(pageErrors.join("\n"), "", "page errors");
  assertEqual(foreignRequests.join("\n"), "", "requests to another origin");
}

async function assertAccessible(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}) on ${screen}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assertEqual(problems.join("\n"), "", `axe violations on ${screen}`);
  assert(result.passes.length > 0, `axe ran no rule on ${screen}`);
}

async function openReady(page, path = "") {
  const response = await page.goto(server.url + path);
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  return response;
}

// ---------------------------------------------------------------- the tests

test("the built index.html has no inline script and no style attribute", async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert(scripts.length > 0, "no script tag at all");
  for (const [, attrs, body] of scripts) {
    assert(/\bsrc=/.test(attrs), `a script without src: <script${attrs}>`);
    assertEqual(body.trim(), "", "script body");
  }
  assert(!/\sstyle=/i.test(html), "a style attribute in index.html");
  assert(!/<style\b/i.test(html), "a <style> element in index.html");
  assert(/data-wasm="[^"]+\.wasm"/.test(html), "the loader is not told where the wasm is");
});

test("the server sends the strict CSP and the wasm MIME type", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  const response = await openReady(page);
  assertEqual(response.headers()["content-security-policy"], STRICT_CSP, "CSP header");
  const wasm = readdirSync(DIST).find((f) => f.endsWith(".wasm"));
  const wasmResponse = await page.request.get(server.url + wasm);
  assertEqual(wasmResponse.headers()["content-type"], "application/wasm", "wasm content type");
  await context.close();
});

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  test(`the landing screen renders as a good guest and passes axe (${sizeName})`, async () => {
    const context = await newContext({ viewport });
    const page = await watchedPage(context);
    await openReady(page);
    assertEqual(await page.getByRole("heading", { level: 1 }).innerText(), "Inner knee self-care", "heading");
    const text = await page.getByRole("main").innerText();
    for (const phrase of [
      "safety questions",
      "blood clot in your leg (DVT)",
      "It does not replace a doctor or physiotherapist.",
      "Nothing is sent anywhere.",
    ]) {
      assert(text.includes(phrase), `the landing does not say "${phrase}"`);
    }
    assertEqual(await page.locator("[style]").count(), 0, "elements with a style attribute");
    assertEqual(await page.locator("#app-failed").isVisible(), false, "failure message visible");
    // Nothing scrolls sideways on a phone or a tablet.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: join(SHOTS, `landing-${viewport.width}x${viewport.height}.png`), fullPage: true });
    await assertAccessible(page, `landing at ${sizeName}`);
    await assertGoodGuest(page);
    assert(page.seen.requests.some((u) => u.endsWith(".wasm")), "the wasm was never requested");
    await context.close();
  });
}

test("the static shell paints before the wasm arrives", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url, { waitUntil: "domcontentloaded" });
  assertEqual(await page.getByRole("heading", { level: 1 }).innerText(), "Inner knee self-care", "shell heading");
  assert(await page.getByRole("status").isVisible(), "no loading status in the shell");
  assertEqual(await page.evaluate(() => document.documentElement.hasAttribute("data-ready")), false, "ready too early");
  release();
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  assertEqual(await page.getByRole("status").count(), 0, "the loading status stayed after the app started");
  await assertGoodGuest(page);
  await context.close();
});

test("a wasm that fails to load shows the reload message, not a blank page", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(server.url);
  await page.waitForSelector("#app-failed:not([hidden])", { timeout: 15000 });
  assert(
    (await page.getByRole("alert").innerText()).includes("Something went wrong, please reload"),
    "the failure message is missing",
  );
  assertEqual(await page.locator("#app").isVisible(), false, "the stale shell is still shown");
  await page.screenshot({ path: join(SHOTS, "load-failed-1024x768.png") });
  await assertAccessible(page, "load failure");
  await context.close();
});

test("a wasm trap after start shows the reload message", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  assertEqual(await page.locator("#app-failed").isVisible(), false, "failure shown before any trap");
  // A trap surfaces in the page as an uncaught WebAssembly.RuntimeError ("unreachable").
  await page.evaluate(() => setTimeout(() => {
    throw new WebAssembly.RuntimeError("unreachable");
  }));
  await page.waitForSelector("#app-failed:not([hidden])", { timeout: 5000 });
  assertEqual(await page.locator("#app").isVisible(), false, "the frozen app is still shown");
  await context.close();
});

test("an ordinary script error elsewhere on the page does not hide the app", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  await page.evaluate(() => setTimeout(() => {
    throw new TypeError("not ours");
  }));
  await page.waitForTimeout(200);
  assertEqual(await page.locator("#app-failed").isVisible(), false, "failure shown for a foreign error");
  assert(await page.getByRole("main").isVisible(), "the app was hidden");
  await context.close();
});

// ---------------------------------------------------------------- run

mkdirSync(SHOTS, { recursive: true });
let passed = 0;
let failed = 0;
try {
  server = await startServer(DIST);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  for (const { name, fn } of tests) {
    const started = Date.now();
    try {
      await fn();
      passed += 1;
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed += 1;
      console.log(`FAIL - ${name}\n  ${String(err.stack || err).split("\n").join("\n  ")}`);
    }
  }
} catch (err) {
  failed += 1;
  console.log(`FAIL - setup: ${err.stack || err}`);
} finally {
  await browser?.close();
  server?.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
