// What the widget asks of the device, in Gecko or WebKit (ENGINE=firefox|webkit): sound started
// by the patient's Start tap (WebKit lets a page make sound only from inside a tap), vibration
// where the engine has it, spoken names where a voice speaks the language, and the screen kept
// awake, or the note that it may dim where the engine refuses or lacks the wake lock.

import { test } from "node:test";
import assert from "node:assert/strict";
import { catalogOf } from "../e2e/support/catalog.mjs";
import { spyOnWakeLock } from "../e2e/support/in-page.mjs";
import {
  ENGINE,
  answerScreening,
  countdown,
  driverAndServer,
  expectGoodGuest,
  inBrowser,
  inPage,
  noRisks,
  open,
  press,
  shows,
  sleep,
  startRoutine,
  until,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");

const up = driverAndServer();

/**
 * Records each audio context the app makes tones on, each time it asks one to resume (and
 * whether that was inside a tap: a flag set as a click starts and cleared when it has passed
 * through the page), and each vibration. WebDriver has no script before the page, and the app's
 * glue holds the AudioContext constructor from its first moment, so this runs once the app is
 * ready and watches the methods the app looks up on use.
 */
function spyOnSoundAndVibration() {
  window.__sound = { contexts: [], oscillators: 0, resumes: [], vibrations: [] };
  window.__inTap = false;
  addEventListener("click", () => (window.__inTap = true), true);
  addEventListener("click", () => (window.__inTap = false), false);
  const proto = (window.BaseAudioContext || window.AudioContext).prototype;
  const resume = window.AudioContext.prototype.resume;
  window.AudioContext.prototype.resume = function () {
    window.__sound.resumes.push({ inTap: window.__inTap });
    return resume.call(this);
  };
  const createOscillator = proto.createOscillator;
  proto.createOscillator = function () {
    if (!window.__sound.contexts.includes(this)) window.__sound.contexts.push(this);
    window.__sound.oscillators += 1;
    return createOscillator.call(this);
  };
  if (typeof navigator.vibrate === "function") {
    const vibrate = navigator.vibrate.bind(navigator);
    navigator.vibrate = (pattern) => (window.__sound.vibrations.push([].concat(pattern)), vibrate(pattern));
  }
}

test(`${ENGINE}: the Start tap starts the sound, whose clock then runs; vibration is asked for where the engine has it`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    // Before any tap: may this engine make sound without one? (WebKit may not: the reason the
    // app starts its sound inside the Start tap.)
    const untapped = await browser.executeAsyncScript(`const done = arguments[arguments.length - 1];
      const c = new AudioContext();
      setTimeout(() => { const state = c.state; c.close(); done(state); }, 1000);`);
    await inPage(browser, spyOnSoundAndVibration);
    await answerScreening(browser, t, noRisks());
    const before = await browser.executeScript(`return window.__sound.oscillators;`);
    assert.equal(before, 0, "no tone before the Start tap");
    await startRoutine(browser, t);
    await until(() => browser.executeScript(`return window.__sound.oscillators > 0;`), "the first tones");
    await sleep(1000);
    const app = await browser.executeScript(`const c = window.__sound.contexts;
      return { count: c.length, state: c[0].state, clock: c[0].currentTime, resumes: window.__sound.resumes };`);
    // Whether this engine can make sound on this machine at all: a context of the test's own,
    // made inside a tap of its own (Firefox here has no audio output, so none ever runs).
    const heading = await browser.executeScript(`const h = document.querySelector("h1");
      h.addEventListener("click", () => (window.__own = new AudioContext()), { once: true });
      return h;`);
    await heading.click();
    await sleep(1000);
    const canPlay = await browser.executeScript(`return window.__own.state === "running";`);
    console.log(`${ENGINE}: a context made before any tap is ${untapped}; the app's ${JSON.stringify(app)}; one made in a tap ${canPlay ? "runs" : "never runs here (no audio output)"}`);
    assert.equal(app.count, 1, "tones on one audio context");
    if (ENGINE === "webkit") {
      // The engine that needs the tap: it has sound here, and refuses it without a tap.
      assert.equal(untapped, "suspended", "WebKit makes no sound before a tap");
      assert.equal(canPlay, true, "WebKit plays sound here after a tap");
    }
    if (canPlay) {
      assert.equal(app.state, "running", "the Start tap started the sound");
      assert.ok(app.clock > 0.5, `the audio clock runs (${app.clock} s)`);
    } else {
      // No audio output: what the widget controls is that it asks for sound inside the tap.
      assert.ok(app.resumes.length > 0, "the sound was asked for");
      assert.ok(app.resumes.every((r) => r.inTap === true), `every ask inside a tap: ${JSON.stringify(app.resumes)}`);
    }
    const { vibrate, vibrations } = await browser.executeScript(`return { vibrate: typeof navigator.vibrate === "function", vibrations: window.__sound.vibrations };`);
    console.log(`${ENGINE}: vibration ${vibrate ? `asked for ${vibrations.length} time(s)` : "not in this engine"}`);
    if (vibrate) assert.ok(vibrations.length >= 1, "the first step's cue vibrates");
    await expectGoodGuest(browser, "sound and vibration");
  });
});

test(`${ENGINE}: a granted wake lock is held while a step runs, let go on pause, and taken again on resume`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    await inPage(browser, spyOnWakeLock);
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    // Both engines here grant it to a page that is shown.
    await until(() => browser.executeScript(`return window.__wake.held === 1 && window.__wake.requests === 1;`), "the lock held");
    await shows(browser, ".screen-dim-note", "");
    await press(browser, t.ui.Pause);
    await until(() => browser.executeScript(`return window.__wake.held === 0;`), "the lock let go on pause");
    await press(browser, t.ui.Resume);
    await until(() => browser.executeScript(`return window.__wake.held === 1 && window.__wake.requests === 2;`), "the lock taken again");
    await expectGoodGuest(browser, "the wake lock");
  });
});

test(`${ENGINE}: a refused wake lock leaves the routine running, and it says once that the screen may dim`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    // What a browser does without the permission (or in a frame without allow=).
    await browser.executeScript(`Object.getPrototypeOf(navigator.wakeLock).request = () =>
      Promise.reject(new DOMException("Wake Lock permission request denied", "NotAllowedError"));`);
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    await shows(browser, ".screen-dim-note", t.ui.ScreenMayDim);
    const first = await countdown(browser);
    await sleep(2200);
    assert.ok((await countdown(browser)) < first, "the routine runs on");
    await press(browser, t.ui.Pause);
    await press(browser, t.ui.Resume);
    await sleep(300);
    const notes = await browser.executeScript(`return [...document.querySelectorAll("body *")].filter((e) => e.children.length === 0 && e.textContent.trim() === arguments[0]).length;`, t.ui.ScreenMayDim);
    assert.equal(notes, 1, "one note, after a pause and a resume");
    await expectGoodGuest(browser, "a refused wake lock");
  });
});

test(`${ENGINE}: spoken names are offered where a voice speaks the language (or once one is listed late), and then say the step's name`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
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
    await waitFor(browser, ".plan-step-name");
    const findLabel = () =>
      browser.executeScript(`return [...document.querySelectorAll("label")].find((l) => l.textContent.trim() === arguments[0]) || null;`, t.ui.SpeakSteps);
    let label = await findLabel();
    // The widget's rule (src/services/cues.rs): offered only where a listed voice speaks the language.
    assert.equal(!!label, has.englishVoice, "the spoken names are offered by the widget's rule");
    if (!label) {
      // A voice listed late, as some engines list theirs: the choice appears when they change.
      await browser.executeScript(`SpeechSynthesis.prototype.getVoices = () => [{ lang: "en-GB", name: "a late voice" }];
        speechSynthesis.dispatchEvent(new Event("voiceschanged"));`);
      label = await until(findLabel, "the choice once a voice is listed");
    }
    // What the app asks the engine to say (on the prototype: the app looks it up on each use).
    await browser.executeScript(`window.__spoken = [];
      const speak = SpeechSynthesis.prototype.speak;
      SpeechSynthesis.prototype.speak = function (u) { window.__spoken.push({ text: u.text, lang: u.lang }); return speak.call(this, u); };`);
    await label.click();
    await press(browser, t.ui.StartRoutine);
    await press(browser, t.ui.ReadyStart);
    const spoken = await until(() => browser.executeScript(`return window.__spoken.length ? window.__spoken : null;`), "the first step's name spoken");
    assert.deepEqual(spoken[0], { text: t.steps.Positioning.name, lang: "en" }, "the first step's name, in English");
    await expectGoodGuest(browser, "the cues");
  });
});
