// Before the app runs and between visits, in Gecko or WebKit (ENGINE=firefox|webkit): the
// prerendered landing in the patient's language and the taps made on it, a boot.js that does
// not come (the stylesheet's note), the integrity check and its message, the reload offline,
// and a new version offered and run.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogOf } from "../e2e/support/catalog.mjs";
import { NEXT_TITLE, makeNextVersion, precacheOf } from "../e2e/support/build.mjs";
import {
  ENGINE,
  button,
  expectGoodGuest,
  inBrowser,
  listenForErrors,
  open,
  press,
  serve,
  shows,
  startDriver,
  until,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");
const es = catalogOf("es");

let driver;

before(async () => {
  driver = await startDriver();
});

after(async () => await driver?.stop());

/** Waits until the app runs (the loader's kept taps are then replayed). */
const appRuns = (browser) => until(() => browser.executeScript(`return document.documentElement.hasAttribute("data-ready");`), "the app to run");

/** Opens `url` twice, as a returning patient: the second time the worker controls the page. */
async function openAsReturning(browser, url) {
  await open(browser, url);
  await browser.executeAsyncScript(`const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));`);
  await open(browser, url);
}

/** What the page shows before the app: whether it runs, its language, the landing's title. */
const landing = (browser) =>
  browser.executeScript(`return {
    ready: document.documentElement.hasAttribute("data-ready"),
    lang: document.documentElement.lang,
    title: document.querySelector("#app h1")?.textContent.trim(),
  };`);

test(`${ENGINE}: before the app runs, the landing is there in the clinic's language, and a tap on Start is kept`, async () => {
  const slow = await serve({ wasmDelay: 3 });
  try {
    await inBrowser(driver, { fresh: true }, async (browser) => {
      await browser.get(`${slow.url}?lang=es`);
      await listenForErrors(browser);
      // The loader puts the Spanish landing in place as it runs: wait for it, then look.
      await waitFor(browser, "html[lang=es]");
      assert.deepEqual(await landing(browser), { ready: false, lang: "es", title: es.ui.AppTitle }, "the Spanish landing before the app");
      await press(browser, es.ui.StartScreening);
      await appRuns(browser);
      await waitFor(browser, "fieldset"); // the kept tap opened the screening
      assert.equal(await browser.executeScript("return document.documentElement.lang"), "es", "still Spanish once the app runs");
      await expectGoodGuest(browser, "a tap before the app");
    });
  } finally {
    await slow.stop();
  }
});

test(`${ENGINE}: a browser set to Spanish gets the Spanish landing before the app, and a switch to English there is kept`, async () => {
  // The browser's own language, with no setting from the clinic.
  const spanish = await startDriver({ lang: "es" });
  const slow = await serve({ wasmDelay: 3 });
  try {
    await inBrowser(spanish, {}, async (browser) => {
      await browser.get(slow.url);
      await listenForErrors(browser);
      await waitFor(browser, "html[lang=es]");
      assert.deepEqual(await landing(browser), { ready: false, lang: "es", title: es.ui.AppTitle }, "the browser's language before the app");
      // The language switch on the prerendered landing works at once, before the app.
      await press(browser, t.ui.LanguageName);
      await waitFor(browser, "html[lang=en]");
      assert.deepEqual(await landing(browser), { ready: false, lang: "en", title: t.ui.AppTitle }, "switched to English before the app");
      await appRuns(browser);
      await shows(browser, "#app h1", t.ui.AppTitle);
      assert.equal(await browser.executeScript("return document.documentElement.lang"), "en", "the app keeps the early switch");
      await expectGoodGuest(browser, "a language switch before the app");
    });
  } finally {
    await spanish.stop();
    await slow.stop();
  }
});

test(`${ENGINE}: a boot.js that does not come: the landing shows after a wait, then the note in every language, gone when boot.js comes`, async () => {
  const late = await serve({ bootDelay: 12 });
  try {
    await inBrowser(driver, { fresh: true }, async (browser) => {
      // Watched from a page of the same site that holds the widget in a frame: WebKit's driver
      // answers nothing while the top page loads, and the widget's load waits for boot.js.
      await browser.get(`${late.url}review.html`);
      const started = Date.now();
      await browser.executeScript(
        `const frame = document.createElement("iframe");
         frame.id = "widget"; frame.width = 1000; frame.height = 700; frame.src = arguments[0];
         document.body.prepend(frame);`,
        late.url,
      );
      const inFrame = (body, ...args) =>
        browser.executeScript(`const doc = document.getElementById("widget").contentDocument; if (!doc) return null; ${body}`, ...args);
      // Shown: styled by the page's stylesheet (before it applies nothing is painted, whatever
      // the computed style says), laid out, and visible.
      const seen = (selector) =>
        inFrame(
          `const e = doc.querySelector(arguments[0]);
           const styled = [...doc.styleSheets].some((s) => { try { return s.cssRules.length > 0; } catch { return false; } });
           return styled && !!e && e.getClientRects().length > 0 && doc.defaultView.getComputedStyle(e).visibility === "visible";`,
          selector,
        );
      await until(() => seen("#app"), "the landing without boot.js", 10_000);
      const landingAt = Date.now() - started;
      assert.equal(await seen(".boot-late"), false, `no note yet, ${landingAt} ms in`);
      await until(() => seen(".boot-late"), "the note", 15_000);
      const noteAt = Date.now() - started;
      assert.ok(landingAt >= 2_500, `the landing waited for boot.js (${landingAt} ms)`);
      assert.ok(landingAt < 7_000 && noteAt < 11_000, `the landing (${landingAt} ms), then the note (${noteAt} ms), before boot.js comes`);
      const notes = await inFrame(`return [...doc.querySelectorAll(".boot-late [lang]")].map((d) => [d.lang, d.querySelector("p").textContent, d.querySelector("a").textContent]);`);
      assert.deepEqual(notes, [["en", t.ui.LoadStalled, t.ui.TryAgain], ["es", es.ui.LoadStalled, es.ui.TryAgain]]);
      await until(() => inFrame(`return doc.documentElement.hasAttribute("data-ready");`), "the app to run");
      assert.equal(await inFrame(`return doc.querySelectorAll(".boot-late").length;`), 0, "the note goes when boot.js runs");
    });
  } finally {
    await late.stop();
  }
});

test(`${ENGINE}: a wasm changed by one byte is refused by the integrity check, said in the page's language; Try again loads the mended file`, async () => {
  const copy = await serve({ copy: true });
  try {
    // One byte changed on the way (the compressed copies go, so the changed file is the one sent).
    const wasm = readdirSync(copy.dir).find((name) => /^knee-care-[0-9a-f]+_bg\.wasm$/.test(name));
    for (const suffix of [".br", ".gz"]) rmSync(join(copy.dir, wasm + suffix), { force: true });
    const bytes = readFileSync(join(copy.dir, wasm));
    bytes[bytes.length - 2] ^= 0x01;
    writeFileSync(join(copy.dir, wasm), bytes);
    await inBrowser(driver, { fresh: true }, async (browser) => {
      for (const lang of ["en", "es"]) {
        await browser.get(`${copy.url}?lang=${lang}`);
        // The build's words for a failed load in the page's language (the loader shows them
        // without the app).
        await waitFor(browser, "#app-failed:not([hidden])");
        await shows(browser, "#app-failed [role=alert]", catalogOf(lang).ui.LoadFailed);
        const state = await browser.executeScript(`
          const failed = document.getElementById("app-failed");
          return { shown: !failed.hidden, ready: document.documentElement.hasAttribute("data-ready"), lang: document.documentElement.lang };`);
        assert.deepEqual(state, { shown: true, ready: false, lang }, `the failure box in ${lang}, and the app never ran`);
      }
      // The server mended: Try again loads the app in the same page (past the HTTP cache).
      bytes[bytes.length - 2] ^= 0x01;
      writeFileSync(join(copy.dir, wasm), bytes);
      await press(browser, catalogOf("es").ui.TryAgain);
      await until(() => browser.executeScript("return document.documentElement.hasAttribute('data-ready')"), "the app running after Try again");
      assert.equal(await browser.executeScript(`return document.getElementById("app-failed").hidden;`), true, "the failure box gone");
    });
  } finally {
    await copy.stop();
  }
});


test(`${ENGINE}: after a first visit the widget reloads offline from its service worker`, async () => {
  const copy = await serve({ copy: true });
  try {
    await inBrowser(driver, { fresh: true }, async (browser) => {
      await openAsReturning(browser, copy.url);
      assert.ok(await browser.executeScript("return !!navigator.serviceWorker.controller"), "the worker controls the page");
      await copy.stop();
      await open(browser, copy.url);
      await shows(browser, "h1", t.ui.AppTitle);
      await press(browser, t.ui.StartScreening);
      await waitFor(browser, "fieldset");
      await expectGoodGuest(browser, "offline");
    });
  } finally {
    await copy.stop();
  }
});


test(`${ENGINE}: a new version is offered on the idle landing, and runs after the patient accepts, with the old cache gone`, async () => {
  const copy = await serve({ copy: true });
  try {
    await inBrowser(driver, { fresh: true }, async (browser) => {
      // A returning patient: the page is controlled by version N.
      await openAsReturning(browser, copy.url);
      const before = precacheOf(copy.dir).cacheName;
      makeNextVersion(copy.dir);
      const next = precacheOf(copy.dir).cacheName;
      assert.notEqual(next, before, "the cache name changes with the files");
      // Ask the browser to look for the new version, as it does by itself on navigation.
      await browser.executeAsyncScript(`const done = arguments[arguments.length - 1];
        navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => done(), (e) => done(String(e)));`);
      await button(browser, t.ui.UpdateReload);
      assert.equal(await browser.executeScript(`return document.querySelector("#app h1").textContent.trim();`), t.ui.AppTitle, "still version N while offered");
      await press(browser, t.ui.UpdateReload);
      await until(() => browser.executeScript(`return document.querySelector("#app h1")?.textContent.trim() === arguments[0] && document.documentElement.hasAttribute("data-ready");`, NEXT_TITLE), "version N+1", 30_000).catch(async (error) => {
        const seen = await browser.executeScript(`return { h1: document.querySelector("#app h1")?.textContent, ready: document.documentElement.hasAttribute("data-ready"), failed: !document.getElementById("app-failed")?.hidden, url: location.href };`);
        throw new Error(`${error.message}; the page: ${JSON.stringify(seen)}`);
      });
      await listenForErrors(browser);
      const caches = await browser.executeAsyncScript(`const done = arguments[arguments.length - 1]; caches.keys().then(done);`);
      assert.deepEqual(caches, [next], "only the new version's cache is left");
      await expectGoodGuest(browser, "the new version");
    });
  } finally {
    await copy.stop();
  }
});
