// The widget on a clinic's page: embed.js and a plain iframe from another origin, the frame's
// height following the content, messages without health data, offline in a frame, and a
// third-party site where the browser refuses the service worker.
// Timing-sensitive (the height follows the content): this spec runs in the serial project.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/browser-kit.mjs";
import { test, expect, shot, languageIndependent } from "./support/fixtures.mjs";
import { fill, t } from "./support/catalog.mjs";
import { serviceWorkerReady } from "./support/build.mjs";
import { expectMessagesCarryNoHealthData, frameFitsContent, hostPages, recordMessages, widgetFrame } from "./support/host.mjs";
import { answerScreening, noRisks, skipOneStep } from "./support/patient.mjs";

languageIndependent();

// The host page is not the widget: its own console (a missing favicon) is its business, and
// these tests check the widget's frame themselves.
test.use({ goodGuest: false });

test("embedded with embed.js from another origin: strict CSP, no outside request, height follows, events without health data", async ({ page, server }) => {
  const host = await hostPages(server.url);
  try {
    await page.addInitScript(recordMessages);
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
    expect(await frame.evaluate(() => location.origin), "the widget's origin").toBe(widgetOrigin);
    expect(await page.$eval("iframe", (f) => f.getAttribute("allow")), "allow attribute").toBe("screen-wake-lock; clipboard-write");
    const landing = await frameFitsContent(page, frame, "the landing");
    await page.screenshot({ path: shot("embedded-1024x768"), fullPage: true });
    // embed.js ignores look-alike messages from anywhere but the widget's own frame.
    await page.evaluate(() => {
      window.postMessage({ type: "knee-care", version: 1, kind: "height", height: 5000, forged: true }, "*");
      window.postMessage({ type: "knee-care", version: 1, kind: "event", event: "routine-finished", forged: true }, "*");
    });
    await page.waitForTimeout(300);
    expect(await page.$eval("iframe", (f) => Math.round(f.getBoundingClientRect().height)), "a forged height applied").toBe(landing);
    await frame.getByRole("button", { name: t.ui.StartScreening }).click();
    await frame.locator("fieldset").first().waitFor();
    const screening = await frameFitsContent(page, frame, "the first screening page");
    expect(screening, "the height changes with the screen").not.toBe(landing);
    // A whole visit: the screening, a routine skipped step by step to its end.
    await frame.getByRole("button", { name: t.ui.Back }).click();
    await answerScreening(frame, noRisks({ "q-fever": "yes" }));
    await frameFitsContent(page, frame, "a blocking result");
    // The clinic from data-* attributes shows where the result says how to get help.
    const contact = frame.locator(".contact");
    await expect(contact).toContainText(fill(t.ui.ContactClinic, { clinic: "Bay Physio" }));
    await expect(contact).toContainText("+1 555 0100");
    await expect(frame.locator('.contact a[href="tel:+15550100"]'), "phone link").toHaveCount(1);
    await expect(frame.locator('.contact a[href="https://bayphysio.example/contact"]'), "clinic link").toHaveCount(1);
    await frame.getByRole("button", { name: t.ui.StartOver }).click();
    await answerScreening(frame, noRisks());
    await frame.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
    await frame.getByRole("button", { name: t.ui.StartRoutine }).click();
    await frame.getByRole("button", { name: t.ui.ReadyStart }).click();
    await frame.locator(".countdown").waitFor();
    await frameFitsContent(page, frame, "a running step");
    // Skip every step; before the MCL step, "Skip this step" answers its hold.
    while (await skipOneStep(frame));
    await expect(frame.locator("h1").first()).toHaveText(t.ui.DoneTitle);
    const events = page.locator("#widget-events li");
    await expect(events, "lifecycle events on the host page").toHaveText(["ready", "screening-finished", "screening-finished", "routine-started", "routine-finished"]);
    const messages = await page.evaluate(() => window.__messages.filter((m) => !m.data?.forged));
    expectMessagesCarryNoHealthData(messages, widgetOrigin);
    expect(outside, "requests outside the widget's and host's origins").toEqual([]);
    const violations = [await page.evaluate(() => window.__cspViolations), await frame.evaluate(() => window.__cspViolations)];
    expect(violations.flat(), "CSP violations on the host page and in the widget").toEqual([]);
    expect(errors, "errors").toEqual([]);
    expect(await frame.evaluate(() => document.cookie), "cookies").toBe("");
    expect(await frame.evaluate(() => localStorage.length + sessionStorage.length), "stored items").toBe(0);
  } finally {
    await host.stop();
  }
});

test("a plain iframe without parent or events=on sends heights only, and loads offline with the server stopped", async ({ page, servedCopy }) => {
  const host = await hostPages(servedCopy.url);
  try {
    await page.addInitScript(recordMessages);
    await page.goto(`${host.url}iframe.html`);
    let frame = await widgetFrame(page);
    await frameFitsContent(page, frame, "the landing");
    await answerScreening(frame, noRisks());
    await frameFitsContent(page, frame, "the result");
    const messages = await page.evaluate(() => window.__messages);
    expect(messages.length, "height messages").toBeGreaterThan(0);
    expectMessagesCarryNoHealthData(messages, new URL(servedCopy.url).origin);
    expect(messages.filter((m) => m.data.kind !== "height"), "events without events=on").toEqual([]);
    // Offline: the widget's server is gone; the host page reloads and the widget still shows.
    // Same site, another port: the browser lets the framed widget install its worker.
    expect(await serviceWorkerReady(frame), "the widget's worker in the frame").toBe("activated");
    await servedCopy.stop();
    await page.reload();
    frame = await widgetFrame(page);
    await expect(frame.getByRole("heading", { level: 1 }), "offline in a frame").toHaveText(t.ui.AppTitle);
  } finally {
    await host.stop();
  }
});

test("on another site, where the browser refuses the worker to a third party, the widget works and says nothing alarming", async ({ page, server }) => {
  const host = await hostPages(server.url, "localhost");
  try {
    await page.goto(host.url);
    const frame = await widgetFrame(page);
    await expect(frame.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
    await expect(frame.locator("#app-failed")).toBeHidden();
    await expect(frame.getByRole("alert")).toHaveCount(0);
  } finally {
    await host.stop();
  }
});

test("a clinician's link to the clinic's own page opens the routine in the frame; nothing else of the page's fragment goes in", async ({ page, server }) => {
  const links = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "links.json"), "utf8"));
  const host = await hostPages(server.url);
  try {
    await page.goto(`${host.url}#section=contact&rx=${links.good}&name=Ana`);
    const frame = await widgetFrame(page);
    await expect(frame.locator(".card-prescribed h2")).toHaveText(fill(t.ui.PrescribedBy, { date: links.goodDate }));
    const src = await page.locator("iframe").getAttribute("src");
    expect(new URL(src).hash, "only the routine").toBe(`#rx=${links.good}`);
    // Without one, the frame's address has no fragment at all.
    await page.goto(host.url);
    await widgetFrame(page);
    expect(new URL(await page.locator("iframe").getAttribute("src")).hash).toBe("");
  } finally {
    await host.stop();
  }
});
