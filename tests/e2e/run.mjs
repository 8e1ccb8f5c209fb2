// End-to-end tests of the release build (dist/), served on 127.0.0.1 with the strict CSP
// header, driven by playwright-core in Debian's Chromium, with axe-core on every screen.
//
//   node tests/e2e/run.mjs            (after `trunk build --release`)
//
// Screenshots go to target/screenshots/. The last line is "N passed, N failed".

import { AxeBuilder } from "@axe-core/playwright";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { join, relative } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { ROOT, launchChromium, startServer } from "../../scripts/browser-kit.mjs";

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

// No single test may hang the suite (and CI) for longer than this.
const TEST_TIMEOUT_MS = 60000;


// ---------------------------------------------------------------- a tiny test harness

const tests = [];
const test = (name, fn, timeoutMs = TEST_TIMEOUT_MS) => tests.push({ name, fn, timeoutMs });

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function assertEqual(actual, expected, message) {
  if (actual !== expected) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// ---------------------------------------------------------------- server and browser

// A private copy of dist/ with its own server, for tests that change or stop what is served.
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), "knee-dist-"));
  cpSync(DIST, dir, { recursive: true });
  const copy = await startServer(dir);
  return {
    ...copy,
    dir,
    stopServer: copy.stop,
    stop: async () => {
      await copy.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/"))
    .sort();
}

function precacheOf(dir) {
  const worker = readFileSync(join(dir, "sw.js"), "utf8");
  const list = JSON.parse(worker.match(/const PRECACHE = (\[.*\]);/)[1]);
  const cacheName = worker.match(/const CACHE = "([^"]+)";/)[1];
  return { list, cacheName };
}

// Turns a copy of build N into a build N+1 as trunk would: one catalog string changed in the
// wasm, the wasm renamed and its integrity updated in index.html, and sw.js regenerated.
function makeNextVersion(dir) {
  const oldName = readdirSync(dir).find((f) => f.endsWith("_bg.wasm"));
  const bytes = readFileSync(join(dir, oldName));
  const from = Buffer.from("Inner knee self-care");
  const to = Buffer.from("Inner knee self-CARE");
  let at = bytes.indexOf(from);
  assert(at >= 0, "the catalog string is not in the wasm");
  for (; at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const newName = oldName.replace(/-[0-9a-f]{16}_bg\.wasm$/, `-${hash}_bg.wasm`);
  writeFileSync(join(dir, oldName), bytes);
  renameSync(join(dir, oldName), join(dir, newName));
  const integrity = "sha384-" + createHash("sha384").update(bytes).digest("base64");
  const index = readFileSync(join(dir, "index.html"), "utf8")
    .replaceAll(oldName, newName)
    .replace(/(<link[^>]*_bg\.wasm"?[^>]*integrity=)"?[^"\s>]+"?/, `$1"${integrity}"`);
  assert(index.includes(integrity), "the wasm's integrity was not updated in index.html");
  writeFileSync(join(dir, "index.html"), index);
  // The whole post-build again, as trunk runs it: sw.js and fresh .br/.gz copies.
  const result = spawnSync("python3", [join(ROOT, "scripts", "post_build.py"), dir], { encoding: "utf8" });
  assertEqual(result.status, 0, `post_build.py failed: ${result.stderr}`);
}

// A GET whose body stays as the server sent it (fetch() would decode it by itself).
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject).end();
  });
}

async function serviceWorkerReady(page) {
  return page.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    // ready resolves while the worker may still be activating (deleting old caches).
    while (active.state === "activating") {
      await new Promise((resolve) => active.addEventListener("statechange", resolve, { once: true }));
    }
    return active.state;
  });
}

let browser;
let server;

// Each test gets a new browser context: its own cache and storage, nothing carried over.
async function newContext(options = {}) {
  return browser.newContext({ viewport: SIZES["tablet-landscape"], ...options });
}

// Opens a page that records everything a good guest must not do.
async function watchedPage(context, base = server.url) {
  const page = await context.newPage();
  const seen = { console: [], consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [], requests: [] };
  const origin = new URL(base).origin;
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    );
  });
  page.on("console", (msg) => {
    seen.console.push(msg.text());
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

// ---------------------------------------------------------------- the screening, as a patient

const PREFERENCES = new Set(["q-which-knee", "q-clinician-cleared", "q-mcl-guidance", "q-foam-roller", "q-massage-ball"]);
// The rules table, written out here independently of the app: each risk's result
// and the time frame its reason must show.
const TODAY = ["Get medical help today", "When: Today"];
const DAYS = ["See a clinician before self-massage", "When: In the next few days"];
const ASK_FIRST = ["See a clinician before self-massage", "When: Before any massage of this leg"];
const WEEKS = ["See a clinician before self-massage", "When: In the next few weeks"];
const RULES_TABLE = {
  "q-blood-clot-now": TODAY,
  "q-blood-clot-on-treatment": ASK_FIRST,
  "q-blood-clot-in-the-past": ASK_FIRST,
  "q-fever": TODAY,
  "q-redness-or-warmth": TODAY,
  "q-skin-infection": TODAY,
  "q-possible-fracture": TODAY,
  "q-misshapen": TODAY,
  "q-cannot-bear-weight": TODAY,
  "q-swelling-or-bruising": TODAY,
  "q-locking": TODAY,
  "q-giving-way": TODAY,
  "q-severe-pain": TODAY,
  "q-sharp-pain": DAYS,
  "q-recent-injury": DAYS,
  "q-sudden-pain": DAYS,
  "q-possible-tear": DAYS,
  "q-possible-mcl-injury": DAYS,
  "q-numbness-tingling-weakness": DAYS,
  "q-pain-worsening": DAYS,
  "q-open-wound": ["See a clinician before self-massage", "When: Wait until it has fully healed"],
  "q-doctor-said-no-massage": ASK_FIRST,
  "q-pain-lasting": WEEKS,
  "q-pain-not-improving": WEEKS,
  "q-pain-daily-life": WEEKS,
  "q-pain-sleep": WEEKS,
  "q-unsure-of-cause": WEEKS,
};
const RISK_COUNT = Object.keys(RULES_TABLE).length;
const EMERGENCY_LINE = "call your local emergency number now";
const URGENT_CARE = "go to urgent care or an emergency department";

// Answers every page of the screening. `pick(questionId)` returns the choice slug to tap
// (yes, no, not-sure, left, right). Calls `onPage(page, index)` on each page before answering.
async function answerScreening(page, pick, onPage = async () => {}) {
  await page.getByRole("button", { name: "Start the safety check" }).click();
  const seenQuestions = [];
  for (let index = 0; ; index += 1) {
    await page.waitForSelector("fieldset");
    await onPage(page, index);
    const ids = await page.locator("fieldset").evaluateAll((sets) => sets.map((f) => f.id));
    for (const id of ids) {
      seenQuestions.push(id);
      await page.locator(`label[for="${id}-${pick(id)}"]`).click();
      assert(await page.locator(`#${id}-${pick(id)}`).isChecked(), `${id} was not selected`);
    }
    const last = page.getByRole("button", { name: "See my result" });
    if (await last.count()) {
      await last.click();
      break;
    }
    await page.getByRole("button", { name: "Next", exact: true }).click();
  }
  await page.waitForSelector(".verdict h1");
  return seenQuestions;
}

const noRisks = (overrides = {}) => (id) =>
  overrides[id] ?? ({ "q-which-knee": "left", "q-clinician-cleared": "no", "q-mcl-guidance": "yes", "q-foam-roller": "yes", "q-massage-ball": "yes" }[id] ?? "no");

async function verdict(page) {
  return page.locator(".verdict h1").innerText();
}

const BLOCKING = ["Get medical help today", "See a clinician before self-massage"];
const PROCEEDING = ["You can go ahead", "You can go ahead, with changes"];

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
  // (The release HTML is minified: attribute values may have no quotes.)
  assert(/data-wasm="?[^"\s>]+\.wasm/.test(html), "the loader is not told where the wasm is");
});

test("each encoding is served with the original type and decodes to the same bytes", async () => {
  const files = readdirSync(DIST).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f));
  assert(files.some((f) => f.endsWith(".wasm")) && files.includes("index.html"), `files: ${files}`);
  const types = { html: "text/html", js: "text/javascript", css: "text/css", wasm: "application/wasm", svg: "image/svg+xml", webmanifest: "application/manifest+json" };
  const decode = { br: brotliDecompressSync, gzip: gunzipSync };
  let checked = 0;
  for (const file of files) {
    const plain = readFileSync(join(DIST, file));
    for (const [accept, coding] of [["br, gzip", "br"], ["gzip, deflate", "gzip"], ["identity", null], ["br;q=0, gzip", "gzip"], ["", null]]) {
      const response = await rawGet(server.url + (file === "index.html" ? "" : file), { "Accept-Encoding": accept });
      assertEqual(response.status, 200, `${file} with ${accept}`);
      assertEqual(response.headers["content-encoding"] ?? null, coding, `${file}: Content-Encoding for "${accept}"`);
      assert(response.headers["content-type"].startsWith(types[file.split(".").pop()]), `${file}: type ${response.headers["content-type"]}`);
      assertEqual(response.headers.vary, "Accept-Encoding", `${file}: Vary`);
      assertEqual(Number(response.headers["content-length"]), response.body.length, `${file}: Content-Length`);
      const body = coding ? decode[coding](response.body) : response.body;
      assert(body.equals(plain), `${file} as ${coding ?? "identity"} does not decode to the file`);
      if (coding) assert(response.body.length < plain.length, `${file}: the ${coding} copy is not smaller`);
      checked += 1;
    }
  }
  assert(checked >= 30, `only ${checked} responses checked`);
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
  await page.goto(`${server.url}?theme=dark`, { waitUntil: "domcontentloaded" });
  assertEqual(await page.getByRole("heading", { level: 1 }).innerText(), "Inner knee self-care", "shell heading");
  assert(await page.getByRole("status").isVisible(), "no loading status in the shell");
  // The embedder's dark theme already applies to the shell: no light flash.
  assertEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(15, 22, 23)", "shell theme");
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

test("the service worker precaches exactly the files of the build", async () => {
  const { list, cacheName } = precacheOf(DIST);
  // Every file of the build but sw.js itself; never a .br/.gz copy (the server picks those).
  const expected = filesUnder(DIST).filter((f) => f !== "sw.js" && !/\.(br|gz)$/.test(f));
  assert(filesUnder(DIST).some((f) => f.endsWith(".wasm.br")), "the build wrote no compressed copies");
  assertEqual(JSON.stringify(list), JSON.stringify(expected), "precache list");
  assert(/^knee-care-[0-9a-f]{16}$/.test(cacheName), `cache name ${cacheName}`);
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  assertEqual(await serviceWorkerReady(page), "activated", "worker state");
  const cached = await page.evaluate(async (name) => {
    const names = await caches.keys();
    const cache = await caches.open(name);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    return { names, keys };
  }, cacheName);
  assertEqual(JSON.stringify(cached.names), JSON.stringify([cacheName]), "caches");
  assertEqual(JSON.stringify(cached.keys), JSON.stringify(expected), "cached files");
  await assertGoodGuest(page);
  await context.close();
});

test("with the server stopped, a reload (also with a query string) shows the app", async () => {
  const copy = await servedCopy();
  try {
    await reloadOffline(copy);
  } finally {
    await copy.stop();
  }
});

async function reloadOffline(copy) {
  const context = await newContext();
  const page = await watchedPage(context, copy.url);
  await page.goto(copy.url);
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  await serviceWorkerReady(page);
  await copy.stopServer();
  const down = await fetch(copy.url).then(() => "up", () => "down");
  assertEqual(down, "down", "the server is still answering");
  for (const path of ["", "?clinic=Test%20Clinic&lang=en", "index.html?mode=tablet"]) {
    await page.goto(copy.url + path);
    await page.waitForSelector("html[data-ready]", { timeout: 15000 });
    assertEqual(
      await page.getByRole("heading", { level: 1 }).innerText(),
      "Inner knee self-care",
      `offline heading at "${path}"`,
    );
  }
  await page.screenshot({ path: join(SHOTS, "offline-reload-1024x768.png") });
  await assertGoodGuest(page);
  await context.close();
}

test("a refused service worker leaves the app working and says nothing alarming", async () => {
  const context = await newContext({ serviceWorkers: "block" });
  const page = await watchedPage(context);
  await openReady(page);
  assert(await page.getByRole("main").isVisible(), "the app is not shown");
  assertEqual(await page.locator("#app-failed").isVisible(), false, "failure message shown");
  assertEqual(await page.getByRole("alert").count(), 0, "an alert is shown");
  await assertGoodGuest(page);
  await context.close();
});

test("a new version is offered on the idle landing screen and runs after accepting", async () => {
  const copy = await servedCopy();
  try {
    await offerAndAcceptUpdate(copy);
  } finally {
    await copy.stop();
  }
}, 90000);

async function offerAndAcceptUpdate(copy) {
  const context = await newContext();
  const page = await watchedPage(context, copy.url);
  await page.goto(copy.url);
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  await serviceWorkerReady(page);
  const before = precacheOf(copy.dir).cacheName;
  // Reload so the page is controlled by version N, as a returning patient's would be.
  await page.reload();
  await page.waitForSelector("html[data-ready]", { timeout: 15000 });
  const offer = page.getByRole("button", { name: "Reload now" });
  assertEqual(await offer.count(), 0, "an offer before any new version");

  makeNextVersion(copy.dir);
  const after = precacheOf(copy.dir).cacheName;
  assert(after !== before, "the cache name did not change with the files");
  // Ask the browser to look for the new version, as it does by itself on navigation.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await offer.waitFor({ timeout: 30000 });
  assert(
    (await page.getByRole("complementary", { name: "App update" }).innerText()).includes("A new version"),
    "the offer does not say what it is",
  );
  await page.screenshot({ path: join(SHOTS, "update-offer-1024x768.png") });
  await assertAccessible(page, "landing with the update offer");
  assertEqual(await page.locator("#app h1").innerText(), "Inner knee self-care", "still version N");

  await Promise.all([page.waitForEvent("load"), offer.click()]);
  await page.waitForFunction(() => document.querySelector("#app h1")?.textContent === "Inner knee self-CARE", null, {
    timeout: 15000,
  });
  const names = await page.evaluate(() => caches.keys());
  assertEqual(JSON.stringify(names), JSON.stringify([after]), "old caches were not deleted");
  await assertGoodGuest(page);
  await context.close();
}

test("the manifest makes the app installable with the project's own icons", async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  assertEqual(manifest.display, "standalone", "display");
  assertEqual(manifest.start_url, "./", "start_url");
  assertEqual(manifest.scope, "./", "scope");
  assert(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color, "names or colours missing");
  const sizes = new Set();
  for (const icon of manifest.icons) {
    const png = readFileSync(join(DIST, icon.src));
    // A PNG's width and height sit at bytes 16..24 of its header.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assertEqual(`${width}x${height}`, icon.sizes, `${icon.src} size`);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  for (const needed of ["192x192 any", "512x512 any", "512x512 maskable"]) {
    assert(sizes.has(needed), `no ${needed} icon`);
  }
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  await serviceWorkerReady(page);
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send("Page.getAppManifest");
  assertEqual(JSON.stringify(parsed.errors), "[]", "Chromium's manifest parse errors");
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, which Chromium never installs from; anything else counts.
  const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  assertEqual(blocking.join(", "), "", "Chromium's installability errors");
  await assertGoodGuest(page);
  await context.close();
});

test("every screening page and the go-ahead result pass axe, at every size", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  const asked = await answerScreening(page, noRisks(), async (p, index) => {
    await assertAccessible(p, `screening page ${index + 1}`);
    assertEqual(await p.evaluate(() => document.activeElement?.tagName), "H1", `focus on page ${index + 1}`);
    if (index === 1) {
      for (const [name, viewport] of Object.entries(SIZES)) {
        await p.setViewportSize(viewport);
        await p.screenshot({ path: join(SHOTS, `screening-${viewport.width}x${viewport.height}.png`), fullPage: true });
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 0, `screening page is ${overflow}px too wide at ${name}`);
      }
      await p.setViewportSize(SIZES["tablet-landscape"]);
    }
  });
  assertEqual(asked.filter((id) => !PREFERENCES.has(id)).length, RISK_COUNT, "risk questions asked");
  assertEqual(await verdict(page), "You can go ahead", "verdict with no risk and MCL guidance");
  assert(await page.getByRole("heading", { name: "Keep these rules" }).isVisible(), "no rules on go-ahead");
  await page.setViewportSize(SIZES["tablet-portrait"]);
  await page.screenshot({ path: join(SHOTS, "outcome-go-768x1024.png"), fullPage: true });
  await assertAccessible(page, "go-ahead result");
  await assertGoodGuest(page);
  await context.close();
});

test("a yes, or a not sure, to any single risk never leads to the routine, and says what to do and when", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  const risks = (await answerScreening(page, noRisks())).filter((id) => !PREFERENCES.has(id));
  assertEqual(risks.length, RISK_COUNT, "risk questions");
  assertEqual([...risks].sort().join(" "), Object.keys(RULES_TABLE).sort().join(" "), "the risks asked are the table's");
  let runs = 0;
  const verdicts = new Set();
  for (const answer of ["yes", "not-sure"]) {
    for (const risk of risks) {
      await page.getByRole("button", { name: "Start over" }).click();
      await answerScreening(page, noRisks({ [risk]: answer }));
      const shown = await verdict(page);
      const [result, when] = RULES_TABLE[risk];
      assertEqual(shown, result, `${answer} to ${risk}`);
      assertEqual(await page.getByRole("heading", { name: "Keep these rules" }).count(), 0, `rules shown for ${risk}`);
      assert(await page.locator(`#reason-${risk}`).isVisible(), `${risk} is not named as a reason`);
      const reason = await page.locator("li.reason", { has: page.locator(`#reason-${risk}`) }).innerText();
      assert(reason.includes(when), `${risk}'s reason does not say "${when}": ${reason}`);
      const main = await page.getByRole("main").innerText();
      const urgent = result === "Get medical help today";
      assertEqual(main.includes(URGENT_CARE), urgent, `urgent-care line for ${risk}`);
      // The emergency line: every urgent result, and every clot answer whatever its result.
      assertEqual(main.includes(EMERGENCY_LINE), urgent || risk.startsWith("q-blood-clot"), `emergency line for ${risk}`);
      if (!verdicts.has(shown)) {
        verdicts.add(shown);
        await assertAccessible(page, `result "${shown}"`);
        await page.setViewportSize(SIZES["tablet-portrait"]);
        await page.screenshot({ path: join(SHOTS, `outcome-${shown.split(" ")[0].toLowerCase()}-768x1024.png`), fullPage: true });
        await page.setViewportSize(SIZES["tablet-landscape"]);
      }
      runs += 1;
    }
  }
  assertEqual(runs, 2 * RISK_COUNT, "runs");
  assertEqual([...verdicts].sort().join(" | "), [...BLOCKING].sort().join(" | "), "both blocking tiers seen");
  await assertGoodGuest(page);
  await context.close();
}, 300000);

test("no MCL guidance gives the go-ahead with changes, which says the MCL step is out", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  await answerScreening(page, noRisks({ "q-mcl-guidance": "not-sure" }));
  assertEqual(await verdict(page), "You can go ahead, with changes", "verdict");
  assert((await page.getByRole("main").innerText()).includes("The MCL step is left out."), "the change is not named");
  await assertAccessible(page, "go-ahead-with-changes result");
  await assertGoodGuest(page);
  await context.close();
});

test("answers stay in memory: nothing in storage, the URL, cookies or the console", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page);
  const url = page.url();
  const consoleBefore = page.seen.console.length;
  await answerScreening(page, noRisks({ "q-fever": "yes", "q-locking": "not-sure" }));
  assertEqual(page.url(), url, "the URL changed");
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    cached: (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys())))
      .flat()
      .filter((r) => new URL(r.url).search !== "").length,
  }));
  assertEqual(JSON.stringify(stored), JSON.stringify({ local: 0, session: 0, cookie: "", databases: 0, cached: 0 }), "stored");
  assertEqual(page.seen.console.slice(consoleBefore).join("\n"), "", "console messages while answering");
  await context.close();
});

// ---------------------------------------------------------------- the guided routine

const STEP = {
  position: "Get into position",
  soft: "Loosen the inner thigh (VMO and adductors)",
  pesHold: "Pes anserine: hold",
  mcl: "MCL: the inner knee band (only with a clinician's guidance)",
  rollerPass: "Foam roller: roll the inner thigh",
  rollerPause: "Foam roller: pause on a tender spot",
  ball: "Massage ball",
  movement: "Gentle movement",
};

async function shows(page, selector, text) {
  await page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.textContent.trim() === want,
    [selector, text],
    { timeout: 5000, polling: 50 },
  ).catch(async () => {
    const got = await page.locator(selector).first().textContent().catch(() => "(nothing)");
    throw new Error(`${selector} shows "${got?.trim()}", expected "${text}"`);
  });
}

// A patient with every tool; `mcl` says whether a clinician showed them MCL work.
async function openOverview(page, { mcl = false } = {}) {
  await page.clock.install();
  await openReady(page);
  await answerScreening(page, noRisks({ "q-mcl-guidance": mcl ? "yes" : "no" }));
  await page.getByRole("button", { name: "See my routine" }).click();
  await shows(page, "h1", "Your routine");
}

// Skips the step on screen ("Skip this step" at the MCL question, else "Skip step"); false when
// there is neither (the routine is over).
async function skipOneStep(pageOrFrame) {
  for (const name of ["Skip this step", "Skip step"]) {
    const button = pageOrFrame.getByRole("button", { name, exact: true });
    if (await button.count()) {
      await button.click();
      return true;
    }
  }
  return false;
}

async function startRoutine(page) {
  await page.getByRole("button", { name: "Start the routine" }).click();
  // The first routine of a visit shows the key principles once.
  await page.getByRole("button", { name: "I'm ready: start" }).click();
  await page.waitForSelector(".countdown");
}

test("a whole short routine runs by the clock, step by step, to the end screen", async () => {
  const context = await newContext({ viewport: SIZES["tablet-portrait"] });
  const page = await watchedPage(context);
  await openOverview(page);
  await shows(page, ".plan-total strong", "05:50");
  await page.screenshot({ path: join(SHOTS, "overview-768x1024.png"), fullPage: true });
  await assertAccessible(page, "routine overview");
  await page.getByRole("button", { name: "Start the routine" }).click();
  await shows(page, "#app h1", "Before you start");
  for (const principle of ["Listen to your body", "Start gently.", "Breathe slowly and deeply."]) {
    assert((await page.getByRole("main").innerText()).includes(principle), `no principle "${principle}"`);
  }
  await page.clock.fastForward(60_000);
  assertEqual(await page.locator(".countdown").count(), 0, "the routine started before the patient was ready");
  await assertAccessible(page, "the key principles");
  await page.getByRole("button", { name: "I'm ready: start" }).click();
  await page.waitForSelector(".countdown");
  const steps = [
    [STEP.position, 30], [STEP.soft, 120], [STEP.pesHold, 30], [STEP.rollerPass, 60],
    [STEP.rollerPause, 20], [STEP.ball, 30], [STEP.movement, 60],
  ];
  for (const [index, [title, seconds]] of steps.entries()) {
    await shows(page, "h1", title);
    const clock = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
    await shows(page, ".countdown", clock);
    await shows(page, ".position", `Step ${index + 1} of ${steps.length}`);
    assertEqual(await page.getByRole("button", { name: "Any pain at all" }).count(), 0, "MCL stop on a non-MCL step");
    if (index === 1) {
      // The new step's fade-in is shown finished, as a patient sees it a moment later.
      await page.screenshot({ path: join(SHOTS, "routine-768x1024.png"), fullPage: true, animations: "disabled" });
      await page.setViewportSize(SIZES["tablet-landscape"]);
      await page.screenshot({ path: join(SHOTS, "routine-1024x768.png"), fullPage: true, animations: "disabled" });
      await page.setViewportSize(SIZES.phone);
      await page.screenshot({ path: join(SHOTS, "routine-390x844.png"), fullPage: true, animations: "disabled" });
      await page.setViewportSize(SIZES["tablet-portrait"]);
      await assertAccessible(page, "a running step");
      // Halfway through, the countdown shows the time left.
      await page.clock.fastForward(45_000);
      await shows(page, ".countdown", "01:15");
      await page.clock.fastForward(seconds * 1000 - 45_000);
    } else {
      await page.clock.fastForward(seconds * 1000);
    }
    // Deep pressure steps (the inner thigh and the pes anserine) end with a check-in.
    if (title === STEP.soft || title === STEP.pesHold) {
      await shows(page, "#check-in-heading", "How did that feel?");
      await shows(page, ".countdown", "00:00");
      // The timer waits for the answer, however long it takes.
      await page.clock.fastForward(120_000);
      await shows(page, "h1", title);
      if (title === STEP.soft) {
        assertEqual(await page.evaluate(() => document.activeElement?.id), "check-in-heading", "focus at the check-in");
        await page.screenshot({ path: join(SHOTS, "check-in-768x1024.png"), fullPage: true });
        await assertAccessible(page, "the check-in");
      }
      await page.getByRole("button", { name: "A good ache: go on" }).click();
    }
  }
  await shows(page, "h1", "Well done");
  const did = await page.getByRole("main").innerText();
  for (const [title] of steps) assert(did.includes(title), `the end screen does not list ${title}`);
  assertEqual(await page.locator(".plan-step.is-skipped").count(), 0, "a step done is shown as skipped");
  for (const advice of ["From now on, see a doctor or physiotherapist if:", "Your pain lasts, gets worse, or does not get better with self-care.", "You are not sure what is causing the pain."]) {
    assert(did.includes(advice), `the end screen does not say "${advice}"`);
  }
  assert(did.includes("5 to 10 minutes"), "the end screen does not give the session principle");
  await page.screenshot({ path: join(SHOTS, "done-768x1024.png"), fullPage: true });
  await assertAccessible(page, "the end screen");
  await page.getByRole("button", { name: "Do the other knee" }).click();
  await shows(page, "h1", "Your knee");
  assert(await page.locator("#q-which-knee-right").isChecked(), "the other knee is not chosen");
  await assertGoodGuest(page);
  await context.close();
});

test("pause, resume, space, skip and back keep the countdown right", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openOverview(page);
  await startRoutine(page);
  await page.clock.fastForward(10_000);
  await shows(page, ".countdown", "00:20");
  await page.getByRole("button", { name: "Pause" }).click();
  await shows(page, ".paused-note", "Paused. Take your time.");
  await page.clock.fastForward(120_000);
  await shows(page, ".countdown", "00:20");
  await page.screenshot({ path: join(SHOTS, "paused-1024x768.png"), fullPage: true });
  await assertAccessible(page, "a paused step");
  await page.getByRole("button", { name: "Resume" }).click();
  await page.clock.fastForward(5_000);
  await shows(page, ".countdown", "00:15");
  // Space pauses and resumes (focus is on the step's heading, not on a button).
  await page.locator("#app h1").focus();
  await page.keyboard.press(" ");
  await shows(page, ".paused-note", "Paused. Take your time.");
  await page.keyboard.press(" ");
  await page.clock.fastForward(5_000);
  await shows(page, ".countdown", "00:10");
  await page.getByRole("button", { name: "Skip step" }).click();
  await shows(page, "h1", STEP.soft);
  await shows(page, ".countdown", "02:00");
  await page.getByRole("button", { name: "Previous step" }).click();
  await shows(page, "h1", STEP.position);
  await shows(page, ".countdown", "00:30");
  await assertGoodGuest(page);
  await context.close();
});

test("after the tab was hidden, the true step and time show before any tick", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openOverview(page);
  await page.getByText("Full", { exact: true }).click();
  await shows(page, ".plan-total strong", "10:00");
  await startRoutine(page);
  await page.clock.fastForward(40_000); // 10 s into the 5-minute soft tissue step
  await shows(page, "h1", STEP.soft);
  await shows(page, ".countdown", "04:50");
  const setHidden = (hidden) =>
    page.evaluate((h) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  const seconds = async () => {
    const [m, s] = (await page.locator(".countdown").textContent()).trim().split(":").map(Number);
    return m * 60 + s;
  };

  // Hidden for 2 minutes inside the step.
  await setHidden(true);
  await page.clock.fastForward(120_000);
  assertEqual(await seconds(), 290, "redrawn while hidden");
  await setHidden(false);
  const left = await seconds();
  assert(Math.abs(left - 170) <= 1, `countdown after waking is ${left} s, expected 170 s (02:50)`);

  // Hidden for 6 minutes: the step ended meanwhile, and the timer holds at its check-in.
  await setHidden(true);
  await page.clock.fastForward(6 * 60_000);
  assert(!(await page.locator("#check-in-heading").count()), "redrawn while hidden");
  await setHidden(false);
  assertEqual((await page.locator("#app h1").textContent()).trim(), STEP.soft, "step after waking");
  assertEqual(await seconds(), 0, "seconds left after waking");
  assertEqual((await page.locator("#check-in-heading").textContent()).trim(), "How did that feel?", "check-in");
  await assertGoodGuest(page);
  await context.close();
});

const PAIN_MEANS_STOP = "Pain means stop. Do not push through it.";
const NERVE_STOP = "Numbness, tingling or weakness is a sign to stop.";
for (const [control, guidance, step] of [
  ["Sharp or increasing pain", PAIN_MEANS_STOP, null],
  ["Numbness, tingling or weakness", NERVE_STOP, null],
  ["Any pain at all", PAIN_MEANS_STOP, STEP.mcl],
]) {
  test(`the stop control "${control}" ends the routine with what to do`, async () => {
    const context = await newContext();
    const page = await watchedPage(context);
    await openOverview(page, { mcl: step === STEP.mcl });
    await startRoutine(page);
    if (step) {
      for (let i = 0; i < 3; i += 1) await page.getByRole("button", { name: "Skip step" }).click();
      await shows(page, "#confirm-heading", "Before the MCL step");
      await page.getByRole("button", { name: "I'm sure: go on" }).click();
      await shows(page, "h1", step);
    }
    await page.getByRole("button", { name: control }).click();
    await shows(page, "h1", "Routine stopped");
    const text = await page.getByRole("main").innerText();
    const when = guidance === NERVE_STOP
      ? ["Get medical help today if the numbness or weakness spreads, gets worse or does not ease with rest.", "Even if it eases, see a doctor or physiotherapist in the next few days, before any more massage."]
      : ["Get medical help today if it does not ease with rest.", "cannot take your weight", "see a doctor or physiotherapist in the next few days"];
    if (step) when.push("Leave out the MCL step until a doctor or physiotherapist has checked your knee.");
    for (const phrase of [control, "Stop the massage now.", "Rest your knee.", guidance, ...when, "How to get help"]) {
      assert(text.includes(phrase), `the stop screen does not say "${phrase}"`);
    }
    // Each reason has its own guidance: numbness is not told that pain is a warning.
    const other = guidance === NERVE_STOP ? PAIN_MEANS_STOP : NERVE_STOP;
    assert(!text.includes(other), `the stop screen for ${control} says "${other}"`);
    assertEqual(await page.locator(".countdown").count(), 0, "the countdown is still shown");
    await page.clock.fastForward(600_000);
    await shows(page, "h1", "Routine stopped");
    const slug = { "Sharp or increasing pain": "pain", "Numbness, tingling or weakness": "numbness", "Any pain at all": "mcl" }[control];
    for (const size of ["tablet-portrait", "phone"]) {
      await page.setViewportSize(SIZES[size]);
      await page.screenshot({ path: join(SHOTS, `stopped-${slug}-${SIZES[size].width}x${SIZES[size].height}.png`), fullPage: true });
    }
    await assertAccessible(page, `the stop screen (${control})`);
    await assertGoodGuest(page);
    await context.close();
  });
}

test("the MCL step: the check-in and the MCL question share one pause; skip or go on; its caution on the step", async () => {
  for (const choice of ["Skip this step", "I'm sure: go on"]) {
    const context = await newContext({ viewport: SIZES["tablet-portrait"] });
    const page = await watchedPage(context);
    await openOverview(page, { mcl: true });
    await startRoutine(page);
    await page.clock.fastForward(30_000 + 120_000);
    await page.getByRole("button", { name: "A good ache: go on" }).click();
    await page.clock.fastForward(30_000);
    // The pes anserine's check-in first, then the MCL question in the same pause.
    await shows(page, "#check-in-heading", "How did that feel?");
    await page.getByRole("button", { name: "A good ache: go on" }).click();
    await shows(page, "#confirm-heading", "Before the MCL step");
    await shows(page, "h1", STEP.mcl);
    assertEqual(await page.evaluate(() => document.activeElement?.id), "confirm-heading", "focus on the MCL question");
    const asked = await page.getByRole("main").innerText();
    for (const words of ["Go on only if your MCL, the band on the inside of your knee, is not injured.", "A doctor or physiotherapist must have shown you this step for long-standing tightness.", "Take extreme care", "This step is only for long-standing tightness or scar tissue.", "Never do it after a recent injury, or with a knee that gives way.", "Use very light to medium pressure.", "Stop at once if it hurts, or if you have any doubt about your MCL.", "00:30 (advised 30-60 s)"]) {
      assert(asked.includes(words), `the MCL hold does not say "${words}"`);
    }
    // The step does not start by itself, however long the wait.
    await page.clock.fastForward(120_000);
    await shows(page, ".countdown", "00:30");
    await shows(page, "#confirm-heading", "Before the MCL step");
    if (choice === "Skip this step") {
      for (const size of ["tablet-portrait", "phone"]) {
        await page.setViewportSize(SIZES[size]);
        await page.screenshot({ path: join(SHOTS, `mcl-hold-${SIZES[size].width}x${SIZES[size].height}.png`), fullPage: true });
      }
      await page.setViewportSize(SIZES["tablet-portrait"]);
      await assertAccessible(page, "the MCL hold");
    }
    await page.getByRole("button", { name: choice }).click();
    if (choice === "Skip this step") {
      await shows(page, "h1", STEP.rollerPass);
      await shows(page, ".countdown", "01:00");
    } else {
      await shows(page, "h1", STEP.mcl);
      await page.clock.fastForward(10_000);
      await shows(page, ".countdown", "00:20");
      assert(await page.getByRole("button", { name: "Any pain at all" }).isVisible(), "no MCL stop");
    }
    // To the end: the end screen lists the MCL step as skipped, or as done.
    await page.clock.fastForward(3_600_000);
    await shows(page, "h1", "Well done");
    const mclRow = page.locator(".plan-step", { hasText: STEP.mcl });
    assertEqual((await mclRow.locator(".plan-step-time").innerText()).trim(), choice === "Skip this step" ? "skipped" : "00:30", "the MCL row");
    assertEqual(await page.locator(".plan-step.is-skipped").count(), choice === "Skip this step" ? 1 : 0, "skipped rows");
    if (choice === "Skip this step") {
      for (const size of ["tablet-portrait", "phone"]) {
        await page.setViewportSize(SIZES[size]);
        await page.screenshot({ path: join(SHOTS, `done-skipped-${SIZES[size].width}x${SIZES[size].height}.png`), fullPage: true });
      }
      await page.setViewportSize(SIZES["tablet-portrait"]);
      await assertAccessible(page, "the end screen with a skipped step");
      await page.emulateMedia({ media: "print" });
      assert((await page.locator("body").innerText()).includes("skipped"), "the print-out hides the skipped step");
      await page.emulateMedia({ media: "screen" });
    }
    await assertGoodGuest(page);
    await context.close();
  }
});

test("after a clinician's clearance every step says gentle pressure, on the overview, the steps and the print-out", async () => {
  const context = await newContext({ viewport: SIZES["tablet-portrait"] });
  const page = await watchedPage(context);
  await page.clock.install();
  await openReady(page);
  await answerScreening(page, noRisks({ "q-pain-lasting": "yes", "q-clinician-cleared": "yes" }));
  assertEqual(await verdict(page), "You can go ahead, with changes", "verdict");
  assert((await page.getByRole("main").innerText()).includes("Use gentle pressure"), "the result's promise");
  await page.getByRole("button", { name: "See my routine" }).click();
  const overview = await page.getByRole("main").innerText();
  assert(overview.includes("A doctor or physiotherapist cleared your knee, so every step uses gentle pressure."), "the overview does not say why");
  const notGentle = /firm|lean|sink|harder|press it in|until it/i;
  assert(!notGentle.test(overview), `the overview asks for more than gentle: ${overview.match(notGentle)}`);
  await page.emulateMedia({ media: "print" });
  assert(!notGentle.test(await page.locator("body").innerText()), "the print-out asks for more than gentle");
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Start the routine" }).click();
  const before = await page.getByRole("main").innerText();
  assert(before.includes("Keep the pressure light the whole time."), "the key principles do not say to keep it light");
  assert(!/press harder/i.test(before), "the key principles say to press harder");
  await page.getByRole("button", { name: "I'm ready: start" }).click();
  await page.waitForSelector(".countdown");
  for (let i = 0; i < 8 && (await page.locator(".countdown").count()); i += 1) {
    const step = await page.locator(".todo-card").innerText();
    assert(!notGentle.test(step), `step ${i + 1} asks for more than gentle: ${step}`);
    if (i === 1) {
      assert(step.includes("Keep the pressure light the whole time."), "the inner thigh step is not the gentle one");
      for (const size of ["tablet-portrait", "phone"]) {
        await page.setViewportSize(SIZES[size]);
        await page.screenshot({ path: join(SHOTS, `gentle-step-${SIZES[size].width}x${SIZES[size].height}.png`), fullPage: true, animations: "disabled" });
      }
      await page.setViewportSize(SIZES["tablet-portrait"]);
    }
    await skipOneStep(page);
  }
  await shows(page, "h1", "Well done");
  await assertGoodGuest(page);
  await context.close();
});

test("the overview gives each step the source's range in words, and says plainly when a plan leaves 5 to 10 minutes", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openOverview(page, { mcl: true });
  await page.getByText("Full", { exact: true }).click();
  await shows(page, ".plan-total strong", "10:00");
  const steps = await page.locator(".plan-steps").innerText();
  for (const range of ["advised 2-5 min", "advised 30-60 s", "advised 20-30 s"]) {
    assert(steps.includes(range), `no "${range}" on the overview`);
  }
  assertEqual(await page.locator(".session-note").innerText(), "", "a note inside 5-10 minutes");
  await page.getByRole("button", { name: "Longer: Loosen the inner thigh (VMO and adductors)" }).click();
  await shows(page, ".plan-total strong", "10:30");
  await shows(page, ".session-note", "Your routine now takes 10 min 30 s. The usual advice is 5 to 10 minutes per session.");
  await page.getByText("Cross-fiber strokes", { exact: true }).click();
  assert((await page.locator(".plan-steps").innerText()).includes("advised 1-2 min"), "no 1-2 min for the strokes");
  assert((await page.getByRole("main").innerText()).includes("Cross-fiber strokes: small strokes across a tendon, not along it."), "no gloss");
  await assertAccessible(page, "the overview with the note");
  await assertGoodGuest(page);
  await context.close();
});

test("sharp or increasing pain at a check-in stops the routine with its guidance", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openOverview(page);
  await startRoutine(page);
  await page.clock.fastForward(30_000 + 120_000);
  await shows(page, "#check-in-heading", "How did that feel?");
  await page.locator(".check-in").getByRole("button", { name: "Sharp or increasing pain" }).click();
  await shows(page, "h1", "Routine stopped");
  assert((await page.getByRole("main").innerText()).includes(PAIN_MEANS_STOP), "no guidance");
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- print

test("the result and the plan print with the date, the knee and the content version, no controls", async () => {
  const context = await newContext({ viewport: SIZES["tablet-portrait"] });
  const page = await watchedPage(context);
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await openReady(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  const checkPrinted = async (name, mustSay) => {
    await page.getByRole("button", { name: "Print or save as PDF" }).click();
    assertEqual(await page.evaluate(() => window.__printed), 1, `print asked on ${name}`);
    await page.evaluate(() => (window.__printed = 0));
    await page.emulateMedia({ media: "print" });
    const text = await page.locator("body").innerText();
    for (const phrase of [`Date: ${today}`, "Knee: Left knee", "Content version: 2026.11.25-4", ...mustSay]) {
      assert(text.includes(phrase), `the printed ${name} does not say "${phrase}"`);
    }
    assert(!text.includes("Only change an answer"), `the printed ${name} asks to change answers`);
    const visibleButtons = await page.locator("button:visible, input:visible").count();
    assertEqual(visibleButtons, 0, `controls on the printed ${name}`);
    await page.screenshot({ path: join(SHOTS, `print-${name}.png`), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    assert(!(await page.locator(".print-summary").isVisible()), "the print header shows on screen");
  };
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await checkPrinted("result", ["Get medical help today", "Do you have a fever, or do you feel hot and shivery?", "When: Today", "go to urgent care"]);
  await page.getByRole("button", { name: "Start over" }).click();
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: "See my routine" }).click();
  await checkPrinted("plan", ["Your routine", "Get into position", "00:30", "Total time: 06:20"]);
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- the screen stays awake

// Counts wake locks asked for and held, without changing what the browser decides.
function spyOnWakeLock() {
  window.__wake = { requests: 0, held: 0, sentinels: [] };
  const api = navigator.wakeLock;
  if (!api) return;
  const request = api.request.bind(api);
  api.request = async (type) => {
    window.__wake.requests += 1;
    const sentinel = await request(type);
    window.__wake.held += 1;
    window.__wake.sentinels.push(sentinel);
    sentinel.addEventListener("release", () => (window.__wake.held -= 1));
    return sentinel;
  };
}

const wake = (page) => page.evaluate(() => ({ requests: window.__wake.requests, held: window.__wake.held }));

async function wakeIs(page, held, requests) {
  await page.waitForFunction(
    ([h, r]) => window.__wake.held === h && window.__wake.requests === r,
    [held, requests],
    { timeout: 5000, polling: 50 },
  ).catch(async () => {
    throw new Error(`wake lock ${JSON.stringify(await wake(page))}, expected held ${held} of ${requests} requests`);
  });
}

test("a granted wake lock is held while running, let go on pause and stop, and taken again", async () => {
  const context = await newContext({ permissions: ["screen-wake-lock"] });
  const page = await watchedPage(context);
  await page.addInitScript(spyOnWakeLock);
  await openOverview(page);
  await wakeIs(page, 0, 0);
  await startRoutine(page);
  await wakeIs(page, 1, 1);
  await page.getByRole("button", { name: "Pause" }).click();
  await wakeIs(page, 0, 1);
  await page.getByRole("button", { name: "Resume" }).click();
  await wakeIs(page, 1, 2);
  // The browser drops the lock when the page hides; when it shows again, the app asks again.
  await page.evaluate(() => window.__wake.sentinels.at(-1).release());
  await wakeIs(page, 0, 2);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await wakeIs(page, 1, 3);
  assertEqual(await page.locator(".screen-dim-note").textContent(), "", "dim note with a granted lock");
  await page.getByRole("button", { name: "Sharp or increasing pain" }).click();
  await wakeIs(page, 0, 3);
  await assertGoodGuest(page);
  await context.close();
});

test("the wake lock stays held at the question before the MCL step, where the space bar scrolls again", async () => {
  const context = await newContext({ permissions: ["screen-wake-lock"] });
  const page = await watchedPage(context);
  await page.addInitScript(spyOnWakeLock);
  await openOverview(page, { mcl: true });
  await startRoutine(page);
  await wakeIs(page, 1, 1);
  for (let i = 0; i < 3; i += 1) await page.getByRole("button", { name: "Skip step" }).click();
  await shows(page, "#confirm-heading", "Before the MCL step");
  // Held through the question: no release, no new request.
  await page.clock.fastForward(60_000);
  await wakeIs(page, 1, 1);
  // Space is not a pause here: the page's own scrolling is not blocked.
  const prevented = await page.evaluate(() => {
    const event = new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  });
  assertEqual(prevented, false, "space prevented at the MCL question");
  await shows(page, "#confirm-heading", "Before the MCL step");
  await page.getByRole("button", { name: "I'm sure: go on" }).click();
  await shows(page, "h1", STEP.mcl);
  await wakeIs(page, 1, 1);
  await assertGoodGuest(page);
  await context.close();
});

for (const [how, browserSays] of [
  ["refused", () => {
    // What a browser does without the permission (or in a frame without allow=).
    navigator.wakeLock.request = () => Promise.reject(new DOMException("Wake Lock permission request denied", "NotAllowedError"));
  }],
  ["missing", () => {
    Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => undefined });
  }],
]) test(`a ${how} wake lock leaves the routine running and says once that the screen may dim`, async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await page.addInitScript(browserSays);
  await page.addInitScript(spyOnWakeLock);
  await openOverview(page);
  await startRoutine(page);
  await shows(page, ".screen-dim-note", "Your screen may dim during the routine. Tap it now and then to keep it on.");
  await wakeIs(page, 0, how === "missing" ? 0 : 1);
  await page.clock.fastForward(5_000);
  await shows(page, ".countdown", "00:25");
  // Pausing and resuming asks once more; the note stays one note.
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Resume" }).click();
  assertEqual(await page.getByText("Your screen may dim").count(), 1, "dim notes");
  await assertAccessible(page, "a running step with the dim note");
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- cues

// Records every tone started (when, on the audio clock, relative to the clock at the call; its
// pitch), every tone cut short, every vibration and every spoken phrase (with the page's
// clock). Speech never finishes here: the routine must not wait on it.
function spyOnCues() {
  window.__cues = { tones: [], cut: 0, vibrations: [], spoken: [] };
  const proto = AudioScheduledSourceNode.prototype;
  const start = proto.start;
  proto.start = function (when = 0) {
    window.__cues.tones.push({ at: when - this.context.currentTime, pitch: this.frequency?.value, t: Date.now() });
    return start.call(this, when);
  };
  const stop = proto.stop;
  proto.stop = function (when) {
    if (when === undefined) window.__cues.cut += 1;
    return stop.call(this, when);
  };
  navigator.vibrate = (pattern) => {
    window.__cues.vibrations.push({ t: Date.now(), pattern: [].concat(pattern) });
    return true;
  };
  speechSynthesis.speak = (utterance) => {
    window.__cues.spoken.push({ t: Date.now(), text: utterance.text, lang: utterance.lang });
  };
}

const cueLog = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__cues)));
const near = (a, b, within = 0.1) => Math.abs(a - b) <= within;

// A routine started with the spy on and spoken names chosen, once its first step is named.
async function startWithCueSpy(context) {
  const page = await watchedPage(context);
  await page.addInitScript(spyOnCues);
  await openOverview(page);
  await page.getByLabel("Say each step's name out loud").check();
  await startRoutine(page);
  await page.waitForFunction(() => window.__cues.spoken.length === 1);
  return page;
}

test("cues: 3-2-1 and step-change tones on the audio clock, vibration and spoken names on time", async () => {
  const context = await newContext();
  const page = await startWithCueSpy(context);
  let log = await cueLog(page);
  // Every tone up to the first check-in is on the audio clock already, at its exact moment:
  // the start, 27-28-29 s, the change at 30 s, then 147-148-149 s and the check-in at 150 s.
  // (Times count from the moment the page scheduled them, a few milliseconds after the tap.)
  const starts = log.tones.map((tone) => tone.at).sort((a, b) => a - b);
  const expected = [0, 0.2, 27, 28, 29, 30, 30.2, 147, 148, 149, 150, 150.2];
  assertEqual(starts.length, expected.length, `tone times ${JSON.stringify(starts)}`);
  expected.forEach((want, i) => assert(near(starts[i], want, 0.15), `tone ${i} at ${starts[i]} s, expected ${want} s`));
  const pitches = log.tones.map((tone) => tone.pitch);
  assertEqual(pitches.filter((p) => p === 660).length, 7, "count tones (6) and the check-in's low tone");
  // The step's name is spoken at once, in the page's language.
  assertEqual(JSON.stringify(log.spoken.map((s) => [s.text, s.lang])), JSON.stringify([[STEP.position, "en"]]), "spoken");
  const t0 = log.spoken[0].t;
  // Run the clock through the end of the first step, firing each timer at its moment.
  await page.clock.fastForward(26_000);
  await page.clock.runFor(5_000);
  log = await cueLog(page);
  const vibrations = log.vibrations.map((v) => [Math.round((v.t - t0) / 100) / 10, v.pattern.join(",")]);
  assertEqual(
    JSON.stringify(vibrations),
    JSON.stringify([[0, "200,100,200"], [27, "80"], [28, "80"], [29, "80"], [30, "200,100,200"]]),
    "vibrations (s after the start, pattern)",
  );
  assertEqual(log.spoken.length, 2, "spoken phrases");
  assert(near((log.spoken[1].t - t0) / 1000, 30), `the next step was named at ${(log.spoken[1].t - t0) / 1000} s`);
  assertEqual(log.spoken[1].text, STEP.soft, "the next step's name");
  await shows(page, "h1", STEP.soft);
  // The last three seconds look different; with reduced motion, without the pulse.
  await page.clock.fastForward(116_000);
  await page.waitForSelector(".countdown.is-ending");
  assertEqual(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).animationName), "ending-pulse", "pulse");
  await page.emulateMedia({ reducedMotion: "reduce" });
  assertEqual(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).animationName), "none", "reduced motion");
  assert(await page.locator(".countdown").evaluate((e) => getComputedStyle(e).textDecorationLine === "underline"), "no steady mark");
  await page.clock.runFor(4_000);
  await shows(page, "#check-in-heading", "How did that feel?");
  log = await cueLog(page);
  assertEqual(log.spoken.at(-1).text, "How did that feel?", "the check-in is asked aloud");
  // Nothing is scheduled past the check-in until the patient answers.
  const tonesBefore = log.tones.length;
  await page.clock.runFor(5_000);
  assertEqual((await cueLog(page)).tones.length, tonesBefore, "tones while waiting at the check-in");
  await page.getByRole("button", { name: "A good ache: go on" }).click();
  await page.waitForFunction((n) => window.__cues.tones.length > n, tonesBefore);
  log = await cueLog(page);
  assert(near(log.tones[tonesBefore].at, 0), "going on announces the next step at once");
  await assertAccessible(page, "a running step with the cue settings");
  await assertGoodGuest(page);
  await context.close();
});

test("one mute silences every tone, vibration and word, and cuts those already scheduled", async () => {
  const context = await newContext();
  const page = await startWithCueSpy(context);
  await page.clock.fastForward(10_000);
  let log = await cueLog(page);
  const ahead = log.tones.filter((tone) => tone.at > 10.5).length;
  const mute = page.getByRole("button", { name: "Mute sounds and vibration" });
  assertEqual(await mute.getAttribute("aria-pressed"), "false", "mute before");
  await mute.click();
  assertEqual(await mute.getAttribute("aria-pressed"), "true", "mute after");
  assert(await page.getByLabel("Say each step's name out loud").isDisabled(), "speech can be chosen while muted");
  await page.waitForFunction((n) => window.__cues.cut >= n, ahead);
  log = await cueLog(page);
  const counts = [log.tones.length, log.vibrations.length, log.spoken.length];
  // Through the step's end, pause, resume and skip: not a sound.
  await page.clock.runFor(25_000);
  await shows(page, "h1", STEP.soft);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("button", { name: "Skip step" }).click();
  await page.clock.runFor(2_000);
  log = await cueLog(page);
  assertEqual(JSON.stringify([log.tones.length, log.vibrations.length, log.spoken.length]), JSON.stringify(counts), "cues while muted");
  // Unmuted mid-step: only what is still ahead, from now.
  await mute.click();
  await page.waitForFunction((n) => window.__cues.tones.length > n, counts[0]);
  log = await cueLog(page);
  assert(log.tones.slice(counts[0]).every((tone) => tone.at > 0), "a tone in the past after unmuting");
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- embedding

// Serves the repository's example host pages from another origin, pointed at `widgetUrl`.
// `hostName` 127.0.0.1 gives another origin on the same site (another port); localhost gives
// another site, where the browser treats the widget as a third party.
async function hostPages(widgetUrl, hostName = "127.0.0.1") {
  const dir = mkdtempSync(join(tmpdir(), "knee-host-"));
  const host = await startServer(dir, { csp: false });
  const url = host.url.replace("127.0.0.1", hostName);
  const examples = join(ROOT, "examples", "host");
  for (const file of readdirSync(examples)) {
    const text = readFileSync(join(examples, file), "utf8").replaceAll("http://127.0.0.1:8080/", widgetUrl);
    writeFileSync(join(dir, file), text);
  }
  return {
    url,
    origin: new URL(url).origin,
    stop: async () => {
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Records, in every frame, the messages that frame receives (origin and data).
function recordMessages() {
  window.__messages = [];
  window.addEventListener("message", (event) => {
    window.__messages.push({ origin: event.origin, data: JSON.parse(JSON.stringify(event.data)) });
  });
}

async function widgetFrame(page) {
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.waitForSelector("html[data-ready]", { timeout: 15000 });
  return frame;
}

// The iframe's height follows the widget's content (within a pixel).
async function frameFitsContent(page, frame, what) {
  await page.waitForFunction(
    () => {
      const iframe = document.querySelector("iframe");
      const inner = iframe.contentDocument; // null: cross-origin; compare with the message
      const last = window.__messages.filter((m) => m.data?.kind === "height").at(-1);
      return !inner && last && Math.abs(iframe.getBoundingClientRect().height - last.data.height) <= 1;
    },
    null,
    { timeout: 5000, polling: 50 },
  ).catch(() => {
    throw new Error(`the iframe does not follow the widget's height on ${what}`);
  });
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const height = await page.$eval("iframe", (f) => Math.round(f.getBoundingClientRect().height));
  assert(Math.abs(content - height) <= 1, `${what}: iframe ${height}px, widget content ${content}px`);
  return height;
}

function assertMessagesCarryNoHealthData(messages, widgetOrigin) {
  for (const { origin, data } of messages) {
    assertEqual(origin, widgetOrigin, "a message from another origin");
    const keys = Object.keys(data).sort().join(",");
    if (data.kind === "height") {
      assertEqual(keys, "height,kind,type,version", "height message fields");
    } else {
      assertEqual(keys, "event,kind,type,version", "event message fields");
      assert(["ready", "screening-finished", "routine-started", "routine-finished"].includes(data.event), `event ${data.event}`);
    }
    assertEqual(`${data.type} v${data.version}`, "knee-care v1", "message envelope");
  }
}

test("embedded with embed.js from another origin: strict CSP, no outside request, height follows, events without health data", async () => {
  const host = await hostPages(server.url);
  try {
    const context = await newContext();
    const page = await context.newPage();
    await page.addInitScript(recordMessages);
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const widgetOrigin = new URL(server.url).origin;
    const outside = [];
    const errors = [];
    page.on("request", (request) => {
      const origin = new URL(request.url()).origin;
      const fromWidget = request.frame() !== page.mainFrame();
      // The widget's frame asks only its own origin; the host page only itself and the widget.
      if (fromWidget ? origin !== widgetOrigin : ![host.origin, widgetOrigin].includes(origin)) outside.push(request.url());
    });
    page.on("console", (msg) => {
      if (msg.type() === "error" && !/favicon|404/.test(msg.text())) errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(host.url);
    const frame = await widgetFrame(page);
    assertEqual(await frame.evaluate(() => location.origin), widgetOrigin, "the widget's origin");
    assertEqual(await page.$eval("iframe", (f) => f.getAttribute("allow")), "screen-wake-lock", "allow attribute");
    // The clinic from data-* attributes shows where the result says how to get help.
    const landing = await frameFitsContent(page, frame, "the landing");
    await page.screenshot({ path: join(SHOTS, "embedded-1024x768.png"), fullPage: true });
    // embed.js ignores look-alike messages from anywhere but the widget's own frame.
    await page.evaluate(() => {
      window.postMessage({ type: "knee-care", version: 1, kind: "height", height: 5000, forged: true }, "*");
      window.postMessage({ type: "knee-care", version: 1, kind: "event", event: "routine-finished", forged: true }, "*");
    });
    await page.waitForTimeout(300);
    assertEqual(await page.$eval("iframe", (f) => Math.round(f.getBoundingClientRect().height)), landing, "a forged height was applied");
    await frame.getByRole("button", { name: "Start the safety check" }).click();
    await frame.waitForSelector("fieldset");
    const screening = await frameFitsContent(page, frame, "the first screening page");
    assert(screening !== landing, `the height did not change (${landing}px)`);
    // A whole visit: the screening, a routine skipped step by step to its end.
    await frame.getByRole("button", { name: "Back" }).click();
    await answerScreening(frame, noRisks({ "q-fever": "yes" }));
    await frameFitsContent(page, frame, "a blocking result");
    const contact = await frame.locator(".contact").innerText();
    assert(contact.includes("Contact Bay Physio") && contact.includes("+1 555 0100"), `contact: ${contact}`);
    assertEqual(await frame.locator('.contact a[href="tel:+15550100"]').count(), 1, "phone link");
    assertEqual(await frame.locator('.contact a[href="https://bayphysio.example/contact"]').count(), 1, "clinic link");
    await frame.getByRole("button", { name: "Start over" }).click();
    await answerScreening(frame, noRisks());
    await frame.getByRole("button", { name: "See my routine" }).click();
    await frame.getByRole("button", { name: "Start the routine" }).click();
    await frame.getByRole("button", { name: "I'm ready: start" }).click();
    await frame.waitForSelector(".countdown");
    await frameFitsContent(page, frame, "a running step");
    // Skip every step; before the MCL step, "Skip this step" answers its hold.
    while (await skipOneStep(frame));
    await frame.waitForSelector("text=Well done");
    await page.waitForFunction(() => document.querySelectorAll("#widget-events li").length === 5, null, { timeout: 5000 }).catch(() => {});
    const events = await page.$$eval("#widget-events li", (items) => items.map((i) => i.textContent));
    assertEqual(
      events.join(" "),
      "ready screening-finished screening-finished routine-started routine-finished",
      "lifecycle events on the host page",
    );
    const messages = await page.evaluate(() => window.__messages.filter((m) => !m.data?.forged));
    assertMessagesCarryNoHealthData(messages, widgetOrigin);
    assertEqual(outside.join("\n"), "", "requests outside the widget's and host's origins");
    const violations = [await page.evaluate(() => window.__cspViolations), await frame.evaluate(() => window.__cspViolations)].flat();
    assertEqual(violations.join("\n"), "", "CSP violations");
    assertEqual(errors.join("\n"), "", "errors");
    assertEqual(await frame.evaluate(() => document.cookie), "", "cookies");
    assertEqual(
      await frame.evaluate(() => localStorage.length + sessionStorage.length),
      0,
      "stored items",
    );
    await context.close();
  } finally {
    await host.stop();
  }
});

test("a plain iframe without parent or events=on sends heights only, and loads offline with the server stopped", async () => {
  const copy = await servedCopy();
  const host = await hostPages(copy.url);
  try {
    const context = await newContext();
    const page = await context.newPage();
    await page.addInitScript(recordMessages);
    await page.goto(`${host.url}iframe.html`);
    let frame = await widgetFrame(page);
    await frameFitsContent(page, frame, "the landing");
    await answerScreening(frame, noRisks());
    await frameFitsContent(page, frame, "the result");
    const messages = await page.evaluate(() => window.__messages);
    assert(messages.length > 0, "no height message");
    assertMessagesCarryNoHealthData(messages, new URL(copy.url).origin);
    assertEqual(messages.filter((m) => m.data.kind !== "height").length, 0, "events without events=on");
    // Offline: the widget's server is gone; the host page reloads and the widget still shows.
    // Same site, another port: the browser lets the framed widget install its worker.
    assertEqual(await serviceWorkerReady(frame), "activated", "the widget's worker in the frame");
    await copy.stopServer();
    await page.reload();
    frame = await widgetFrame(page);
    assertEqual(await frame.getByRole("heading", { level: 1 }).innerText(), "Inner knee self-care", "offline in a frame");
    await context.close();
  } finally {
    await host.stop();
    await copy.stop();
  }
});

test("on another site, where the browser refuses the worker to a third party, the widget works and says nothing alarming", async () => {
  const host = await hostPages(server.url, "localhost");
  try {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = await widgetFrame(page);
    assert(await frame.getByRole("button", { name: "Start the safety check" }).isVisible(), "the widget does not work");
    assertEqual(await frame.locator("#app-failed").isVisible(), false, "failure message");
    assertEqual(await frame.getByRole("alert").count(), 0, "an alert");
    await context.close();
  } finally {
    await host.stop();
  }
});

test("hostile configuration values are neutralised, each with one warning naming its key", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && msg.text().startsWith("knee-care:") && warnings.push(msg.text()));
  const hostile = new URLSearchParams({
    clinic: '<img src=x onerror="window.__pwned=1">',
    phone: "javascript:alert(1)",
    url: "javascript:window.__pwned=1",
    accent: "#ffff00",
    theme: "purple",
    mode: "kiosk",
    idle: "-1",
    events: "on",
    parent: "*",
    lang: "xx",
    unknown: "ignored",
  });
  await openReady(page, `?${hostile}`);
  const keys = warnings.map((w) => w.match(/"(\w+)"/)[1]).sort();
  assertEqual(keys.join(","), "accent,events,idle,lang,mode,parent,phone,theme,url", "warned keys");
  assert(warnings.every((w) => !w.includes("javascript") && !w.includes("<img")), "a warning echoes a hostile value");
  // Defaults: the widget's own accent (a primary button keeps #0b5d66) and light theme.
  const start = page.getByRole("button", { name: "Start the safety check" });
  assertEqual(await start.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(11, 93, 102)", "accent");
  assertEqual(await page.evaluate(() => document.documentElement.dataset.theme), "light", "theme");
  assertEqual(await page.locator(".tablet-bar").count(), 0, "tablet mode from an invalid mode");
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  // The clinic's name shows as the text it is; nothing in it runs.
  const contact = await page.locator(".contact").innerText();
  assert(contact.includes('Contact <img src=x onerror="window.__pwned=1">'), `contact: ${contact}`);
  assertEqual(await page.locator(".contact img, a[href^='javascript']").count(), 0, "markup or script links");
  assertEqual(await page.locator(".contact a").count(), 0, "links from rejected phone and url");
  assertEqual(await page.evaluate(() => window.__pwned), undefined, "hostile value ran");
  await assertGoodGuest(page);
  await context.close();
});

test("a valid accent and the dark theme apply, and pass axe", async () => {
  const context = await newContext();
  const page = await watchedPage(context);
  await openReady(page, "?accent=%23004466&clinic=Bay%20Physio&phone=555-0100&url=https://bay.example");
  const start = page.getByRole("button", { name: "Start the safety check" });
  assertEqual(await start.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(0, 68, 102)", "light accent");
  // The stop screen says how to reach this clinic.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: "See my routine" }).click();
  await startRoutine(page);
  await page.getByRole("button", { name: "Numbness, tingling or weakness" }).click();
  await shows(page, "#app h1", "Routine stopped");
  const contact = await page.locator(".contact").innerText();
  assert(contact.includes("Contact Bay Physio, your doctor or a physiotherapist."), `stop screen contact: ${contact}`);
  assertEqual(await page.locator('.contact a[href="tel:5550100"]').innerText(), "555-0100", "phone link");
  assertEqual(await page.locator('.contact a[href="https://bay.example"]').count(), 1, "clinic link");
  await openReady(page, "?theme=dark&accent=%23ffd966");
  assertEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(15, 22, 23)", "dark page");
  assertEqual(await start.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(255, 217, 102)", "dark accent");
  await page.screenshot({ path: join(SHOTS, "landing-dark-1024x768.png"), fullPage: true });
  await assertAccessible(page, "the dark landing");
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await assertAccessible(page, "a dark blocking result");
  await page.getByRole("button", { name: "Start over" }).click();
  await answerScreening(page, noRisks());
  await assertAccessible(page, "a dark go-ahead result");
  await page.getByRole("button", { name: "See my routine" }).click();
  await page.getByRole("button", { name: "Start the routine" }).click();
  await page.getByRole("button", { name: "I'm ready: start" }).click();
  await page.waitForSelector(".countdown");
  await page.screenshot({ path: join(SHOTS, "routine-dark-1024x768.png"), fullPage: true, animations: "disabled" });
  await assertAccessible(page, "a dark running step");
  // theme=auto follows the device.
  await page.emulateMedia({ colorScheme: "dark" });
  await openReady(page, "?theme=auto");
  assertEqual(await page.evaluate(() => document.documentElement.dataset.theme), "dark", "auto on a dark device");
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- shared-tablet mode

// Everything of the last patient that could show: answers, the result, the plan.
const PATIENT_TRACES = ["Get medical help today", "Do you have a fever", "Left knee", "You can go ahead", "Your routine", "Well done", "Routine stopped"];

async function assertNothingOfThePatient(page, what) {
  const html = await page.locator("#app").innerHTML();
  const tree = await page.locator("body").ariaSnapshot();
  for (const trace of PATIENT_TRACES) {
    assert(!html.includes(trace), `${what}: "${trace}" is still in the DOM`);
    assert(!tree.includes(trace), `${what}: "${trace}" is still in the accessibility tree`);
  }
  await shows(page, "#app h1", "Inner knee self-care");
  await page.getByRole("button", { name: "Start the safety check" }).click();
  await page.waitForSelector("fieldset");
  assertEqual(await page.locator("input:checked").count(), 0, `${what}: an answer is still chosen`);
  await page.getByRole("button", { name: "Back" }).click();
}

test("shared-tablet mode: idle on any screen but a running routine, and Next patient, clear everything", async () => {
  const context = await newContext({ viewport: SIZES["tablet-portrait"] });
  const page = await watchedPage(context);
  await page.clock.install();
  await openReady(page, "?mode=tablet&idle=30");
  assertEqual(
    await page.locator(".tablet-bar .note").innerText(),
    "For privacy, this screen clears itself after 30 seconds without a tap.",
    "tablet note",
  );
  await assertAccessible(page, "the tablet landing");
  // Idle on a blocking result.
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await shows(page, ".verdict h1", "Get medical help today");
  await page.screenshot({ path: join(SHOTS, "tablet-result-768x1024.png"), fullPage: true });
  await page.clock.fastForward(20_000);
  await shows(page, ".verdict h1", "Get medical help today");
  await page.mouse.click(5, 5); // a tap starts the count again
  await page.clock.fastForward(20_000);
  await shows(page, ".verdict h1", "Get medical help today");
  await page.clock.fastForward(11_000);
  await assertNothingOfThePatient(page, "after idle on the result");
  // Next patient, at once, in the middle of the screening.
  await page.getByRole("button", { name: "Start the safety check" }).click();
  await page.locator('label[for="q-which-knee-left"]').click();
  await page.getByRole("button", { name: "Next patient" }).click();
  await assertNothingOfThePatient(page, "after Next patient");
  // A running routine is never cleared for being idle; paused, it is.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: "See my routine" }).click();
  await startRoutine(page);
  await page.clock.fastForward(45_000);
  await shows(page, "h1", STEP.soft);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.clock.fastForward(31_000);
  await assertNothingOfThePatient(page, "after idle on a paused routine");
  // The principles show again for the next patient.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: "See my routine" }).click();
  await page.getByRole("button", { name: "Start the routine" }).click();
  await shows(page, "#app h1", "Before you start");
  await assertGoodGuest(page);
  await context.close();
});

// ---------------------------------------------------------------- run

mkdirSync(SHOTS, { recursive: true });
let passed = 0;
let failed = 0;
try {
  server = await startServer(DIST);
  browser = await launchChromium();
  const only = process.env.E2E_ONLY;
  for (const { name, fn, timeoutMs } of tests.filter((t) => !only || t.name.includes(only))) {
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      passed += 1;
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed += 1;
      console.log(`FAIL - ${name}\n  ${String(err.stack || err).split("\n").join("\n  ")}`);
    } finally {
      clearTimeout(timer);
    }
  }
} catch (err) {
  failed += 1;
  console.log(`FAIL - setup: ${err.stack || err}`);
} finally {
  await browser?.close();
  await server?.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
