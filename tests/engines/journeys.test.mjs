// The patient's core journeys in Gecko or WebKit (ENGINE=firefox|webkit), over WebDriver:
//   node --test tests/engines/    (after `trunk build --release`; scripts/test.sh runs it per engine)
// The Playwright suite proves everything in Chromium; these prove the same widget works in the
// engines of Safari and Firefox, by the same words on screen. The other files here: loading.test.mjs
// (before the app, offline, a new version), device.test.mjs (sound, vibration, speech, wake
// lock), layout.test.mjs (the three screen sizes, the print view), log.test.mjs (the private log).

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogOf, fill } from "../e2e/support/catalog.mjs";
import { ROOT } from "../../scripts/browser-kit.mjs";
import {
  ENGINE,
  answerScreening,
  countdown,
  driverAndServer,
  expectGoodGuest,
  inBrowser,
  mainText,
  noRisks,
  open,
  press,
  shows,
  sleep,
  startRoutine,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");
const es = catalogOf("es");
// Clinician's links made by the core's own encoder (written beside the catalogs).
const LINKS = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "links.json"), "utf8"));
const when = (c, id) => `${c.ui.When} ${c.timeFrames[c.questions[id].timeFrame]}`;

const up = driverAndServer();

test(`${ENGINE}: the landing is ready under the strict CSP, in English and by the clinic's language in Spanish`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    await shows(browser, "h1", t.ui.AppTitle);
    assert.equal(await browser.executeScript("return document.documentElement.lang"), "en");
    await expectGoodGuest(browser, "the landing");
    await open(browser, `${up.server.url}?lang=es`);
    await shows(browser, "h1", es.ui.AppTitle);
    assert.equal(await browser.executeScript("return document.documentElement.lang"), "es");
    await expectGoodGuest(browser, "the Spanish landing");
  });
});

test(`${ENGINE}: an all-clear screening leads to a routine whose countdown runs, stands still while paused, and runs again`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    await answerScreening(browser, t, noRisks());
    await shows(browser, ".verdict h1", t.tiers.GoAhead.title);
    await startRoutine(browser, t);
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
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    await press(browser, t.ui.StopSharpPain);
    await shows(browser, "h1", t.ui.StoppedTitle);
    const main = await mainText(browser);
    for (const words of [t.ui.StoppedStop, t.ui.StoppedWhenToday]) assert.ok(main.includes(words), `the stop screen says "${words}"`);
    await expectGoodGuest(browser, "the stop screen");
  });
});

test(`${ENGINE}: a blocking answer and an urgent answer show their results and when to get help`, async () => {
  const urgent = Object.keys(t.questions).find((id) => t.questions[id].tier === "GoNow" && !t.questions[id].gateway);
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
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
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, up.server.url);
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

test(`${ENGINE}: a clinician's link gives an all-clear patient the clinician's steps`, async () => {
  await inBrowser(up.driver, {}, async (browser) => {
    await open(browser, `${up.server.url}#rx=${LINKS.good}`);
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

