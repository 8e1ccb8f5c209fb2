// The widget in the engines Playwright cannot drive here: Gecko (Debian's Firefox ESR, through
// geckodriver) and WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver, on a virtual
// display), both over W3C WebDriver classic with selenium-webdriver. ENGINE=firefox|webkit.
//
// The helpers find things as a patient does, by the words on screen (from the catalog the Rust
// core writes as JSON), and share the in-page screening walk with the Playwright specs.

import assert from "node:assert/strict";
import { after, before } from "node:test";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder } from "selenium-webdriver";
import { ROOT, freePort, startServer } from "../../../scripts/browser-kit.mjs";
import { tapThrough } from "../../e2e/support/in-page.mjs";

export { noRisks } from "../../e2e/support/answers.mjs";

export const ENGINE = process.env.ENGINE || "firefox";
export const DIST = join(ROOT, "dist");
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** What each engine is, for the messages. */
export const ENGINES = {
  firefox: { driver: "geckodriver", args: (port) => ["--port", String(port), "--log", "error"] },
  webkit: { driver: "WebKitWebDriver", args: (port) => [`--port=${port}`] },
};

function capabilities(lang) {
  if (ENGINE === "firefox") {
    return {
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless"],
        prefs: { "intl.accept_languages": lang },
      },
    };
  }
  return {
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
  };
}

/** Polls `check` until it gives something truthy (returned), or fails after `timeout` ms. */
export async function until(check, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${ENGINE}: timed out waiting for ${what} (last: ${last})`);
}

let named = false;

/** The locale each language's browser runs in (WebKitGTK takes its language from it). */
const LOCALES = { es: "es_ES" };

/**
 * The environment that makes WebKitGTK's browser speak `lang`: a locale compiled once into
 * target/locales (localedef from Debian's `locales`, no root needed) and named by LC_ALL.
 */
function localeEnv(lang) {
  if (ENGINE !== "webkit" || lang === "en") return {};
  const name = `${LOCALES[lang]}.UTF-8`;
  const dir = join(ROOT, "target", "locales");
  if (!existsSync(join(dir, name))) {
    mkdirSync(dir, { recursive: true });
    const made = spawnSync("localedef", ["-i", LOCALES[lang], "-f", "UTF-8", join(dir, name)], { encoding: "utf8" });
    if (!existsSync(join(dir, name))) throw new Error(`localedef could not make ${name}: ${made.stderr}`);
  }
  return { LOCPATH: dir, LC_ALL: name, LANGUAGE: lang };
}

/**
 * Starts the engine's WebDriver server; `stop()` ends it. `lang` is the browser's own language:
 * Firefox takes it as a preference of each browser; WebKitGTK from the locale of the browser
 * that the driver starts.
 */
export async function startDriver({ lang = "en" } = {}) {
  const port = await freePort();
  const { driver, args } = ENGINES[ENGINE];
  const env = { ...process.env, ...localeEnv(lang) };
  const child = spawn(driver, args(port), { stdio: ["ignore", "ignore", "pipe"], env });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/status`)).ok, `${driver} to listen (${stderr})`);
  const server = {
    url,
    lang,
    kept: null,
    stop: async () => {
      await server.kept?.quit().catch(() => {});
      child.kill();
    },
  };
  return server;
}

/** A fresh browser (its own profile) at the given window size, in its driver's language. */
export async function newBrowser(driverServer, { width = 1024, height = 768 } = {}) {
  const browser = await new Builder().usingServer(driverServer.url).withCapabilities(capabilities(driverServer.lang)).build();
  if (!named) {
    // The version tested, in the test log (the docs point there rather than retype it).
    const caps = await browser.getCapabilities();
    const name = { firefox: "Firefox", MiniBrowser: "WebKitGTK MiniBrowser" }[caps.get("browserName")] ?? caps.get("browserName");
    console.log(`${ENGINE}: ${name} ${caps.get("browserVersion")}`);
    named = true;
  }
  await browser.manage().window().setRect({ width, height });
  return browser;
}

/**
 * Runs `body` with a browser at the given window size, on a blank page. Firefox takes 6 to 8 s
 * to start here, so each driver keeps one Firefox for all its tests (each test's pages are
 * fresh documents; the tests that need their own origin serve a copy on its own port). WebKit
 * starts in under a second and gets a fresh browser per test: its sound policy remembers taps.
 * `fresh` asks for a browser of its own in any engine (a test of service workers and caches: a
 * copy served later may get an earlier copy's port, and so its origin).
 */
export async function inBrowser(driverServer, { width = 1024, height = 768, fresh = false } = {}, body) {
  const reuse = ENGINE === "firefox" && !fresh;
  let browser = reuse ? driverServer.kept : null;
  if (browser) {
    try {
      await browser.switchTo().defaultContent();
      await browser.get("about:blank");
      await browser.manage().window().setRect({ width, height });
    } catch {
      // A session a failed test left broken: start another.
      await browser.quit().catch(() => {});
      browser = null;
    }
  }
  if (!browser) browser = await newBrowser(driverServer, { width, height });
  if (reuse) driverServer.kept = browser;
  try {
    await body(browser);
  } finally {
    if (!reuse) await browser.quit();
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one of the shared in-page functions (tests/e2e/support/*.mjs) with its argument. */
export const inPage = (browser, fn, arg) => browser.executeScript(`return (${fn})(arguments[0]);`, arg);

/** The release build served with the production headers; or a private copy that a test may stop. */
export async function serve({ copy = false, wasmDelay = 0, bootDelay = 0 } = {}) {
  if (!copy) return startServer(DIST, { wasmDelay, bootDelay });
  const dir = mkdtempSync(join(tmpdir(), "knee-engine-dist-"));
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer(dir);
  return { ...server, dir, stop: async () => (await server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

/**
 * A test file's driver and served build: started before its tests, stopped after them.
 * `serveOptions` as `serve` takes them; `setUp(server)` then prepares the served folder. The
 * returned object's `driver` and `server` are set once started (read them inside the tests).
 */
export function driverAndServer(serveOptions = {}, setUp = () => {}) {
  const up = {};
  before(async () => {
    up.driver = await startDriver();
    up.server = await serve(serveOptions);
    await setUp(up.server);
  });
  after(async () => {
    await up.driver?.stop();
    await up.server?.stop();
  });
  return up;
}

/**
 * Listens for errors in the page from now on. WebDriver classic cannot read these engines'
 * consoles and has no script before the page, so call it after every navigation or reload (and
 * inside a frame, in it); an error while loading shows as the failure box, which
 * `expectGoodGuest` checks.
 */
export async function listenForErrors(browser) {
  await browser.executeScript(`
    if (!window.__errors) {
      window.__errors = [];
      addEventListener("error", (e) => window.__errors.push(String(e.message || e)));
      addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));
      document.addEventListener("securitypolicyviolation", (e) => window.__errors.push("CSP: " + e.violatedDirective + " " + e.blockedURI));
    }`);
}

/** Opens the widget, waits until it is ready, and listens for errors in it. */
export async function open(browser, url) {
  await browser.get(url);
  await until(() => browser.executeScript("return document.documentElement.hasAttribute('data-ready')"), "data-ready");
  await listenForErrors(browser);
}

/** No error in the page, no failure box, and every request to the widget's own origin. */
export async function expectGoodGuest(browser, what) {
  const { listening, errors, failed, foreign } = await browser.executeScript(`
    const box = document.getElementById("app-failed");
    return {
      listening: Array.isArray(window.__errors),
      errors: window.__errors || [],
      failed: !!box && !box.hidden && getComputedStyle(box).display !== "none",
      foreign: performance.getEntriesByType("resource").map((e) => e.name).filter((u) => new URL(u).origin !== location.origin),
    };`);
  assert.ok(listening, `${ENGINE}, ${what}: nobody listened for errors in this page (listenForErrors after each load)`);
  assert.deepEqual(errors, [], `${ENGINE}, ${what}: errors in the page`);
  assert.equal(failed, false, `${ENGINE}, ${what}: the "something went wrong" box shows`);
  assert.deepEqual(foreign, [], `${ENGINE}, ${what}: requests to another origin`);
}

/** The visible button (or link) whose words are exactly `name`; waits for it. */
export async function button(browser, name) {
  return until(
    () =>
      browser.executeScript(
        `return [...document.querySelectorAll("button, a[href], summary")].find((b) => b.textContent.trim() === arguments[0] && b.getClientRects().length > 0) || null;`,
        name,
      ),
    `the button "${name}"`,
  );
}

/** Clicks the button named `name` as a user does (a WebDriver click: a real user gesture). */
export async function press(browser, name) {
  await (await button(browser, name)).click();
}

/** Waits until `selector`'s first element shows exactly `text`. */
export async function shows(browser, selector, text) {
  await until(
    () => browser.executeScript(`return document.querySelector(arguments[0])?.textContent.trim() === arguments[1];`, selector, text),
    `${selector} to show "${text}"`,
  );
}

/** The text of the page's main landmark. */
export const mainText = (browser) => browser.executeScript(`return document.querySelector("main")?.innerText || "";`);

/** Waits for a selector. */
export const waitFor = (browser, selector) =>
  until(() => browser.executeScript(`return !!document.querySelector(arguments[0]);`, selector), selector);

/** Answers every page of the screening (`pick(questionId)` gives the answer's slug), to the result. */
export async function answerScreening(browser, c, pick) {
  await press(browser, c.ui.StartScreening);
  const picks = Object.fromEntries(Object.keys(c.questions).map((id) => [id, pick(id)]));
  let done = [];
  for (let round = 0; round < 100; round += 1) {
    await waitFor(browser, "fieldset");
    const { tapped, finished } = await browser.executeScript(`return (${tapThrough})(arguments[0]);`, {
      picks,
      walk: true,
      next: c.ui.Next,
      result: c.ui.SeeResult,
      done,
    });
    if (finished) {
      await waitFor(browser, ".verdict h1");
      return;
    }
    const last = tapped.lastIndexOf("|");
    done = last < 0 ? [...done, ...tapped] : tapped.slice(last + 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${ENGINE}: the screening did not end`);
}

/** From an all-clear result to the first step running (the Start tap unlocks sound). */
export async function startRoutine(browser, c) {
  await press(browser, c.ui.SeeMyRoutine);
  await press(browser, c.ui.StartRoutine);
  await press(browser, c.ui.ReadyStart);
  await waitFor(browser, ".countdown");
}

/** The countdown's seconds ("01:05" -> 65). */
export async function countdown(browser) {
  const text = await browser.executeScript(`return document.querySelector(".countdown")?.textContent.trim();`);
  const [minutes, seconds] = text.split(":").map(Number);
  return minutes * 60 + seconds;
}
