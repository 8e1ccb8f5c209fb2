// The patient's private log (issue 34) in Gecko or WebKit: nothing stored until the patient
// asks; then the routine is in My progress after a reload, its pain number in the table and on
// the chart; erasing leaves nothing. Its own file, so its storage never meets another test's
// (Firefox keeps one browser per file).

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { By } from "selenium-webdriver";
import { ROOT } from "../../scripts/browser-kit.mjs";
import { catalogOf } from "../e2e/support/catalog.mjs";
import {
  ENGINE,
  answerScreening,
  driverAndServer,
  expectGoodGuest,
  inBrowser,
  mainText,
  noRisks,
  open,
  press,
  shows,
  startRoutine,
  until,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");
const KEY = "knee-care.private-log";
const stored = (browser) => browser.executeScript("return [Object.keys(localStorage), Object.keys(sessionStorage), document.cookie];");

const up = driverAndServer();

test(`${ENGINE}: the private log is kept only when asked, shows in My progress after a reload, and erases to nothing`, async () => {
  await inBrowser(up.driver, { fresh: true }, async (browser) => {
    await open(browser, up.server.url);
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    await press(browser, t.ui.StopSharpPain);
    await shows(browser, "h1", t.ui.StoppedTitle);
    await (await browser.findElement(By.css('label[for="pain-after-3"]'))).click();
    assert.deepEqual(await stored(browser), [[], [], ""], "nothing stored before the patient asks");

    await press(browser, t.ui.KeepLog);
    await until(() => browser.executeScript(`return !!localStorage.getItem(arguments[0]);`, KEY), "the log stored");
    const log = JSON.parse(await browser.executeScript(`return localStorage.getItem(arguments[0]);`, KEY));
    assert.equal(log.version, 1);
    assert.deepEqual(
      log.sessions.map((s) => [s.knee, s.stopped, s.before, s.after]),
      [["left", "pain", null, 3]],
      "the routine, its stop and its pain number after",
    );

    await open(browser, up.server.url);
    await press(browser, t.ui.ProgressTitle);
    await shows(browser, "h1", t.ui.ProgressTitle);
    await waitFor(browser, ".pain-table tbody tr");
    const cells = await browser.executeScript(`return [...document.querySelectorAll(".pain-table tbody td")].map((c) => c.textContent.trim());`);
    assert.deepEqual(cells, ["–", "3"], "the table: no number before, 3 after");
    assert.equal(await browser.executeScript(`return document.querySelectorAll(".chart-after circle").length;`), 1, "one dot after");
    assert.ok((await mainText(browser)).includes(t.ui.ProgressThisWeek));
    await expectGoodGuest(browser, "My progress");
    // To look at: My progress in this engine (target/screenshots/engine-<engine>-progress.png).
    const shots = join(ROOT, "target", "screenshots");
    mkdirSync(shots, { recursive: true });
    await browser.executeScript(`document.querySelector(".pain-chart").scrollIntoView({ block: "center" });`);
    writeFileSync(join(shots, `engine-${ENGINE}-progress.png`), await browser.takeScreenshot(), "base64");

    await press(browser, t.ui.EraseLog);
    await press(browser, t.ui.EraseYes);
    await until(async () => (await stored(browser))[0].length === 0, "the log erased");
    assert.deepEqual(await stored(browser), [[], [], ""], "nothing left");
    await expectGoodGuest(browser, "after erasing");
  });
});
