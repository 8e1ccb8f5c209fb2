// The widget at a tablet's and a phone's size, and on paper, in Gecko or WebKit
// (ENGINE=firefox|webkit). The tablets' sizes are the page's own (the window sized so that its
// page is exactly 1024x768 or 768x1024). A desktop engine's window cannot be as narrow as a phone
// (about 450-500 px at least), so the phone's 390x844 is a frame of that size on a host page, as
// a clinic's site embeds the widget (in a frame it uses its embedded styles). Screenshots go to
// target/screenshots/.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catalogOf } from "../e2e/support/catalog.mjs";
import { mustSee, oneScreenProblems } from "../e2e/support/one-screen.mjs";
import { ROOT } from "../../scripts/browser-kit.mjs";
import {
  ENGINE,
  answerScreening,
  driverAndServer,
  expectGoodGuest,
  inBrowser,
  inPage,
  listenForErrors,
  noRisks,
  open,
  press,
  sleep,
  startRoutine,
  until,
  waitFor,
} from "./support/engine.mjs";

const t = catalogOf("en");
const SHOTS = join(ROOT, "target", "screenshots");
const TABLETS = [[1024, 768], [768, 1024]];
const PHONE = [390, 844];

const up = driverAndServer({ copy: true }, (server) => {
  // A clinic's page holding the widget in a frame (same origin: the served build's policy).
  writeFileSync(
    join(server.dir, "host.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic's page</title></head>
<body><iframe id="widget" src="./" width="390" height="844" frameborder="0" title="Knee care"></iframe></body></html>`,
  );
  mkdirSync(SHOTS, { recursive: true });
});

/** Sizes the window so that its page is exactly `width` x `height` (the window's bars vary). */
async function pageSize(browser, width, height) {
  const page = () => browser.executeScript("return [innerWidth, innerHeight];");
  let [w, h] = [width, height];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await browser.manage().window().setRect({ width: w, height: h });
    await sleep(200);
    const [pw, ph] = await page();
    if (pw === width && ph === height) break;
    [w, h] = [w + width - pw, h + height - ph];
  }
  const [pw, ph] = await page();
  assert.deepEqual([pw, ph], [width, height], `the window's page is ${pw}x${ph}, not ${width}x${height}`);
  // The app fits its picture when the browser says the size changed: give it a moment.
  await sleep(300);
}

/** Sets the frame's size from the host page, and goes back into the frame once it has reflowed. */
async function frameSize(browser, width, height) {
  await browser.switchTo().defaultContent();
  await browser.executeScript(`const f = document.getElementById("widget"); f.width = arguments[0]; f.height = arguments[1];`, width, height);
  await browser.switchTo().frame(await browser.findElement({ id: "widget" }));
  await until(() => browser.executeScript(`return innerWidth === arguments[0] && innerHeight === arguments[1];`, width, height), `a ${width}x${height} frame`);
  await sleep(300);
}

/** A screenshot of the window (in the host page, the frame at its top left). */
async function screenshot(browser, name, { framed = false } = {}) {
  if (framed) await browser.switchTo().defaultContent();
  writeFileSync(join(SHOTS, `engine-${ENGINE}-${name}.png`), await browser.takeScreenshot(), "base64");
  if (framed) await browser.switchTo().frame(await browser.findElement({ id: "widget" }));
}

const scrollsSideways = (browser) => browser.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");

/** The running step's essentials all on screen, none overlapping (tries for up to 2 s). */
async function expectOnOneScreen(browser, kind, size) {
  const cautions = await browser.executeScript(`return !!document.querySelector(".todo-cautions");`);
  let problems = [];
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (attempt > 0) await sleep(200);
    problems = await inPage(browser, oneScreenProblems, mustSee(kind, false, cautions));
    if (problems.length === 0) break;
  }
  assert.deepEqual(problems, [], `a running step at ${size}`);
  assert.equal(await scrollsSideways(browser), false, `a step at ${size} scrolls sideways`);
}

test(`${ENGINE}: as a tablet's page (1024x768, 768x1024) and in a phone's frame (390x844), the landing fits and a running step's essentials are on one screen`, async () => {
  await inBrowser(up.driver, { width: 600, height: 1100 }, async (browser) => {
    // The phone, in a frame on a clinic's page (first: once the widget's service worker runs,
    // it answers every page of its scope with the widget).
    await browser.get(new URL("host.html", up.server.url).href);
    await browser.switchTo().frame(await browser.findElement({ id: "widget" }));
    await until(() => browser.executeScript(`return document.documentElement.hasAttribute("data-ready");`), "the widget in its frame");
    await listenForErrors(browser);
    await frameSize(browser, ...PHONE);
    assert.equal(await scrollsSideways(browser), false, "the landing at 390x844 scrolls sideways");
    await screenshot(browser, "landing-390x844-framed", { framed: true });
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    await expectOnOneScreen(browser, "phone", "390x844");
    await screenshot(browser, "step-390x844-framed", { framed: true });
    await expectGoodGuest(browser, "the phone's frame");

    // The tablets, as the page itself.
    await browser.switchTo().defaultContent();
    await open(browser, up.server.url);
    for (const [width, height] of TABLETS) {
      await pageSize(browser, width, height);
      assert.equal(await scrollsSideways(browser), false, `the landing at ${width}x${height} scrolls sideways`);
      await screenshot(browser, `landing-${width}x${height}`);
    }
    await answerScreening(browser, t, noRisks());
    await startRoutine(browser, t);
    for (const [width, height] of TABLETS) {
      await pageSize(browser, width, height);
      await expectOnOneScreen(browser, "tablet", `${width}x${height}`);
      await screenshot(browser, `step-${width}x${height}`);
    }
    await expectGoodGuest(browser, "the tablet sizes");
  });
});

test(`${ENGINE}: the result and the plan print with the date, the knee and the content version, and no controls`, async () => {
  await inBrowser(up.driver, { width: 768, height: 1024 }, async (browser) => {
    await open(browser, up.server.url);
    // The print dialog itself is the engine's: count the app's asks for it instead.
    await browser.executeScript(`window.__printed = 0; window.print = () => (window.__printed += 1);`);
    const today = await browser.executeScript(`const d = new Date();
      return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");`);
    const printed = async (name, mustSay) => {
      await press(browser, t.ui.Print);
      assert.equal(await browser.executeScript(`return window.__printed;`), 1, `print asked on the ${name}`);
      // The engine's own print rules, applied on screen: @media print for all, @media screen for none.
      const text = await browser.executeScript(`
        window.__printed = 0;
        const changed = [];
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) {
            if (!(rule instanceof CSSMediaRule)) continue;
            const media = rule.media.mediaText;
            if (media === "print" || media === "screen") {
              changed.push([rule, media]);
              rule.media.mediaText = media === "print" ? "all" : "not all";
            }
          }
        }
        const shown = {
          text: document.body.innerText,
          controls: [...document.querySelectorAll("button, input")].filter((e) => e.getClientRects().length > 0).map((e) => e.textContent.trim() || e.type),
        };
        window.__unprint = () => changed.forEach(([rule, media]) => (rule.media.mediaText = media));
        return shown;`);
      writeFileSync(join(SHOTS, `engine-${ENGINE}-print-${name}.png`), await browser.takeScreenshot(), "base64");
      await browser.executeScript(`window.__unprint();`);
      for (const words of [`${t.ui.PrintDate} ${today}`, `${t.ui.KneeChosen} ${t.choices.Left}`, `${t.ui.PrintVersion} ${t.contentVersion}`, ...mustSay]) {
        assert.ok(text.text.includes(words), `the printed ${name} says "${words}"`);
      }
      assert.ok(!text.text.includes(t.ui.ChangeAnswerNote), `the printed ${name} asks to change answers`);
      assert.deepEqual(text.controls, [], `controls on the printed ${name}`);
    };
    await answerScreening(browser, t, noRisks({ "q-fever": "yes" }));
    await printed("result", [t.tiers.GetHelpToday.title, t.questions["q-fever"].text, `${t.ui.When} ${t.timeFrames.Today}`, t.ui.UrgentCareNote]);
    await press(browser, t.ui.StartOver);
    await answerScreening(browser, t, noRisks());
    await press(browser, t.ui.SeeMyRoutine);
    await waitFor(browser, ".plan-step-name");
    await printed("plan", [t.ui.PlanHeading, t.steps.Positioning.name, "00:30", `${t.ui.TotalTime} 06:20`]);
    await expectGoodGuest(browser, "the print view");
  });
});
