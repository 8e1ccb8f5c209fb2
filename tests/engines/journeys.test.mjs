// The patient's core journeys in Gecko or WebKit (ENGINE=firefox|webkit), over WebDriver:
//   node --test tests/engines/    (after `trunk build --release`; scripts/test.sh runs it per engine)
// The Playwright suite proves everything in Chromium; these prove the same widget works in the
// engines of Safari and Firefox, by the same words on screen.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogOf, fill } from "../e2e/support/catalog.mjs";
import { ROOT } from "../../scripts/browser-kit.mjs";
import {
  ENGINE,
  answerScreening,
  expectGoodGuest,
  mainText,
  newBrowser,
  noRisks,
  open,
  press,
  serve,
  shows,
  startDriver,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");
const es = catalogOf("es");
// Clinician's links made by the core's own encoder (written beside the catalogs).
const LINKS = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "links.json"), "utf8"));
const SHOTS = join(ROOT, "target", "screenshots");
const when = (c, id) => `${c.ui.When} ${c.timeFrames[c.questions[id].timeFrame]}`;

let driver;
let server;

before(async () => {
  driver = await startDriver();
  server = await serve();
});

after(async () => {
  driver?.stop();
  await server?.stop();
});

/** A fresh browser for one test, closed after it. */
async function inBrowser(options, body) {
  const browser = await newBrowser(driver, options);
  try {
    await body(browser);
  } finally {
    await browser.quit();
  }
}

/** The countdown's seconds ("01:05" -> 65). */
async function countdown(browser) {
  const text = await browser.executeScript(`return document.querySelector(".countdown")?.textContent.trim();`);
  const [minutes, seconds] = text.split(":").map(Number);
  return minutes * 60 + seconds;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test(`${ENGINE}: the landing is ready under the strict CSP, in English and by the clinic's language in Spanish`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    await shows(browser, "h1", t.ui.AppTitle);
    assert.equal(await browser.executeScript("return document.documentElement.lang"), "en");
    await expectGoodGuest(browser, "the landing");
    await open(browser, `${server.url}?lang=es`);
    await shows(browser, "h1", es.ui.AppTitle);
    assert.equal(await browser.executeScript("return document.documentElement.lang"), "es");
    await expectGoodGuest(browser, "the Spanish landing");
  });
});

test(`${ENGINE}: an all-clear screening leads to a routine whose countdown runs, stands still while paused, and runs again`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    await answerScreening(browser, t, noRisks());
    await shows(browser, ".verdict h1", t.tiers.GoAhead.title);
    await press(browser, t.ui.SeeMyRoutine);
    await press(browser, t.ui.StartRoutine);
    await press(browser, t.ui.ReadyStart);
    await waitFor(browser, ".countdown");
    const first = await countdown(browser);
    await sleep(2200);
    const later = await countdown(browser);
    assert.ok(later <= first - 2 && later >= first - 3, `the countdown runs: ${first} then ${later}`);
    await press(browser, t.ui.Pause);
    const paused = await countdown(browser);
    await sleep(2200);
    assert.equal(await countdown(browser), paused, "the countdown stands still while paused");
    await press(browser, t.ui.Resume);
    await sleep(1200);
    assert.ok((await countdown(browser)) < paused, "it runs again after Resume");
    await expectGoodGuest(browser, "the routine");
  });
});

test(`${ENGINE}: stopping for pain ends the routine with what to do and when`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    await answerScreening(browser, t, noRisks());
    await press(browser, t.ui.SeeMyRoutine);
    await press(browser, t.ui.StartRoutine);
    await press(browser, t.ui.ReadyStart);
    await waitFor(browser, ".countdown");
    await press(browser, t.ui.StopSharpPain);
    await shows(browser, "h1", t.ui.StoppedTitle);
    const main = await mainText(browser);
    for (const words of [t.ui.StoppedStop, t.ui.StoppedWhenToday]) assert.ok(main.includes(words), `the stop screen says "${words}"`);
    await expectGoodGuest(browser, "the stop screen");
  });
});

test(`${ENGINE}: a blocking answer and an urgent answer show their results and when to get help`, async () => {
  const urgent = Object.keys(t.questions).find((id) => t.questions[id].tier === "GoNow" && !t.questions[id].gateway);
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    await answerScreening(browser, t, noRisks({ "q-fever": "yes" }));
    await shows(browser, ".verdict h1", t.tiers.GetHelpToday.title);
    assert.ok((await mainText(browser)).includes(when(t, "q-fever")), "the fever's time frame");
    await press(browser, t.ui.StartOver);
    await answerScreening(browser, t, noRisks({ [urgent]: "yes" }));
    await shows(browser, ".verdict h1", t.tiers.GoNow.title);
    const main = await mainText(browser);
    assert.ok(main.includes(when(t, urgent)), `${urgent}'s time frame`);
    assert.ok(main.includes(t.ui.EmergencyNote), "the emergency line");
    await expectGoodGuest(browser, "the results");
  });
});

test(`${ENGINE}: the language switch keeps the answers, and Learn shows its picture`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    await answerScreening(browser, t, noRisks({ "q-fever": "yes" }));
    await press(browser, es.ui.LanguageName);
    await shows(browser, ".verdict h1", es.tiers.GetHelpToday.title);
    await press(browser, t.ui.LanguageName);
    await shows(browser, ".verdict h1", t.tiers.GetHelpToday.title);
    await press(browser, t.ui.LearnOpen);
    await waitFor(browser, "svg.anatomy-picture");
    await browser.executeScript(`document.querySelector('svg [data-structure="pes-anserine"] text').dispatchEvent(new MouseEvent("click", { bubbles: true }));`);
    assert.ok((await mainText(browser)).includes(t.structures.PesAnserine.name ?? t.structures.PesAnserine), "the part chosen is explained");
    await press(browser, t.ui.Back);
    await shows(browser, ".verdict h1", t.tiers.GetHelpToday.title);
    await expectGoodGuest(browser, "Learn");
  });
});

test(`${ENGINE}: after a first visit the widget reloads offline from its service worker`, async () => {
  const copy = await serve({ copy: true });
  try {
    await inBrowser({}, async (browser) => {
      await open(browser, copy.url);
      await browser.executeAsyncScript(`const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));`);
      await open(browser, copy.url);
      assert.ok(await browser.executeScript("return !!navigator.serviceWorker.controller"), "the worker controls the page");
      await copy.stop();
      await open(browser, copy.url);
      await shows(browser, "h1", t.ui.AppTitle);
      await press(browser, t.ui.StartScreening);
      await waitFor(browser, "fieldset");
    });
  } finally {
    await copy.stop();
  }
});

test(`${ENGINE}: a clinician's link gives an all-clear patient the clinician's steps`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, `${server.url}#rx=${LINKS.good}`);
    await shows(browser, ".card-prescribed h2", fill(t.ui.PrescribedBy, { date: LINKS.goodDate }));
    await answerScreening(browser, t, noRisks({ "q-which-knee": "right", "q-foam-roller": "no" }));
    await shows(browser, ".verdict h1", t.tiers.GoAhead.title);
    await press(browser, t.ui.SeeMyRoutine);
    await shows(browser, "h1", t.ui.PlanHeading);
    const names = await browser.executeScript(`return [...document.querySelectorAll(".plan-step-name")].map((e) => e.textContent.trim());`);
    assert.deepEqual(names, LINKS.goodSteps.map(([kind]) => t.steps[kind].name), "the clinician's steps, in order");
    await expectGoodGuest(browser, "a clinician's routine");
  });
});

test(`${ENGINE}: the landing and a step fit each window size without sideways scrolling (screenshots in target/screenshots)`, async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [[1024, 768], [768, 1024], [390, 844]]) {
    await inBrowser({ width, height }, async (browser) => {
      await open(browser, server.url);
      // A desktop engine's window has a floor (about 450-500 px wide here), so the page's own
      // size names the pictures; phones' widths are proven in Chromium.
      const size = await browser.executeScript("return `${innerWidth}x${innerHeight}`;");
      console.log(`${ENGINE}: a ${width}x${height} window shows the page at ${size}`);
      const fits = () => browser.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
      assert.ok(await fits(), `the landing at ${size} scrolls sideways`);
      writeFileSync(join(SHOTS, `engine-${ENGINE}-landing-${size}.png`), await browser.takeScreenshot(), "base64");
      await answerScreening(browser, t, noRisks());
      await press(browser, t.ui.SeeMyRoutine);
      await press(browser, t.ui.StartRoutine);
      await press(browser, t.ui.ReadyStart);
      await waitFor(browser, ".countdown");
      await press(browser, t.ui.Pause);
      assert.ok(await fits(), `a step at ${size} scrolls sideways`);
      writeFileSync(join(SHOTS, `engine-${ENGINE}-step-${size}.png`), await browser.takeScreenshot(), "base64");
    });
  }
});

test(`${ENGINE}: the cues offer what the engine has (spoken names where a voice speaks the language, or where none is listed yet)`, async () => {
  await inBrowser({}, async (browser) => {
    await open(browser, server.url);
    const has = await browser.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const voices = () => (window.speechSynthesis ? speechSynthesis.getVoices() : []);
      const report = () => done({
        audio: typeof AudioContext === "function",
        vibrate: typeof navigator.vibrate === "function",
        wakeLock: "wakeLock" in navigator,
        voices: voices().length,
        englishVoice: voices().some((v) => v.lang.toLowerCase().startsWith("en")),
        userAgent: navigator.userAgent,
      });
      // Voices arrive late in some engines.
      if (window.speechSynthesis && voices().length === 0) setTimeout(report, 1500); else report();`);
    console.log(`${ENGINE} offers: ${JSON.stringify(has)}`);
    await answerScreening(browser, t, noRisks());
    await press(browser, t.ui.SeeMyRoutine);
    await press(browser, t.ui.StartRoutine);
    await press(browser, t.ui.ReadyStart);
    await waitFor(browser, ".countdown");
    const offered = await browser.executeScript(
      `return [...document.querySelectorAll("label")].some((l) => l.textContent.trim() === arguments[0]);`,
      t.ui.SpeakSteps,
    );
    // The widget's rule (src/services/cues.rs): a browser that lists voices must have one for the
    // language; one that lists none may load them late, and is offered the choice.
    assert.equal(offered, has.englishVoice || has.voices === 0, "the spoken names are offered by the widget's rule");
    await expectGoodGuest(browser, "the cues");
  });
});

test(`${ENGINE}: a wasm changed by one byte is refused by the integrity check, with the reload message in the page's language`, async () => {
  const copy = await serve({ copy: true });
  try {
    // One byte changed on the way (the compressed copies go, so the changed file is the one sent).
    const wasm = readdirSync(copy.dir).find((name) => name.endsWith("_bg.wasm"));
    for (const suffix of [".br", ".gz"]) rmSync(join(copy.dir, wasm + suffix), { force: true });
    const bytes = readFileSync(join(copy.dir, wasm));
    bytes[bytes.length - 2] ^= 0x01;
    writeFileSync(join(copy.dir, wasm), bytes);
    await inBrowser({}, async (browser) => {
      for (const lang of ["en", "es"]) {
        await browser.get(`${copy.url}?lang=${lang}`);
        // The loader's own words (it shows them without the app), read from the loader itself.
        const words = await browser.executeAsyncScript(`const done = arguments[arguments.length - 1];
          import("./boot.js").then((m) => done(m.SHELL_WORDS[arguments[0]]));`, lang);
        await waitFor(browser, "#app-failed:not([hidden])");
        await shows(browser, "#app-failed [role=alert]", words.failed);
        const state = await browser.executeScript(`
          const failed = document.getElementById("app-failed");
          return { shown: !failed.hidden, ready: document.documentElement.hasAttribute("data-ready"), lang: document.documentElement.lang };`);
        assert.deepEqual(state, { shown: true, ready: false, lang }, `the failure box in ${lang}, and the app never ran`);
      }
    });
  } finally {
    await copy.stop();
  }
});

test(`${ENGINE}: before the app runs, the landing is there in the clinic's language, and a tap on Start is kept`, async () => {
  const slow = await serve({ wasmDelay: 3 });
  try {
    await inBrowser({}, async (browser) => {
      await browser.get(`${slow.url}?lang=es`);
      // The loader puts the Spanish landing in place as it runs: wait for it, then look.
      await waitFor(browser, "html[lang=es]");
      const before = await browser.executeScript(`return {
        ready: document.documentElement.hasAttribute("data-ready"),
        lang: document.documentElement.lang,
        title: document.querySelector("#app h1")?.textContent.trim(),
      };`);
      assert.deepEqual(before, { ready: false, lang: "es", title: es.ui.AppTitle }, "the Spanish landing before the app");
      await press(browser, es.ui.StartScreening);
      await browser.executeAsyncScript(`const done = arguments[arguments.length - 1];
        const check = () => document.documentElement.hasAttribute("data-ready") ? done() : setTimeout(check, 100);
        check();`);
      await waitFor(browser, "fieldset"); // the kept tap opened the screening
      assert.equal(await browser.executeScript("return document.documentElement.lang"), "es", "still Spanish once the app runs");
      await expectGoodGuest(browser, "a tap before the app");
    });
  } finally {
    await slow.stop();
  }
});
