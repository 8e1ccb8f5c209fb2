// The recipes of docs/clinic/site-builders.md, proven the way each builder places the snippet:
// WordPress and Squarespace paste it inline into the site's page (examples/host/builder-inline.html);
// Wix and Google Sites put it in a sandboxed frame of their own, on another site than the page
// (examples/host/builder-site.html framing builder-frame.html). In each: the widget shows, its
// height follows its content, its Print button reaches the browser's print, and once loaded it
// keeps working with the connection gone. A reload without the widget's server brings it back in
// neither (embed.js, and a third party's offline copy, need the server): the recipes say so, and
// the tests hold it.

import { test, expect, languageIndependent } from "./support/fixtures.mjs";
import { t } from "./support/catalog.mjs";
import { serviceWorkerReady } from "./support/build.mjs";
import { hostPages, recordMessages } from "./support/host.mjs";
import { answerScreening, noRisks } from "./support/patient.mjs";

languageIndependent();

// The host pages are not the widget: their own console is their business.
test.use({ goodGuest: false });

/** Records, in every frame, whether print() was asked for and whether the browser ignored it. */
function recordPrint() {
  window.__printCalls = 0;
  const print = window.print.bind(window);
  window.print = () => {
    window.__printCalls += 1;
    print();
  };
}

/** The widget's own frame (the one that loads the widget's address), once it has started. */
async function widgetIn(page, widgetOrigin) {
  await expect
    .poll(() => page.frames().some((f) => f.url().startsWith(widgetOrigin)), { message: "the widget's frame is there" })
    .toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(widgetOrigin));
  await frame.locator("html[data-ready]").waitFor({ state: "attached", timeout: 15_000 });
  return frame;
}

/** The widget's iframe element, where `frame` is the widget's frame: its height in its parent. */
async function iframeHeight(frame) {
  const element = await frame.frameElement();
  return element.evaluate((f) => Math.round(f.getBoundingClientRect().height));
}

async function contentHeight(frame) {
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/** The iframe embed.js made follows the widget's content within a pixel. */
async function followsContent(frame, what) {
  await expect
    .poll(async () => Math.abs((await iframeHeight(frame)) - (await contentHeight(frame))), {
      message: `the widget's frame follows its content on ${what}`,
    })
    .toBeLessThanOrEqual(1);
  return iframeHeight(frame);
}

/** Shows the widget, resizes with it, prints the result; returns the widget's frame. */
async function visit(page, widgetOrigin, ignoredPrints) {
  let frame = await widgetIn(page, widgetOrigin);
  await expect(frame.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
  const landing = await followsContent(frame, "the landing");
  await answerScreening(frame, noRisks());
  expect(await followsContent(frame, "the result"), "the height changes with the screen").not.toBe(landing);
  await frame.getByRole("button", { name: t.ui.Print }).first().click();
  expect(await frame.evaluate(() => window.__printCalls), "Print asks the browser to print").toBe(1);
  expect(ignoredPrints, "the browser let the print through").toEqual([]);
  return frame;
}

/** With the widget's server gone: the routine still starts and runs, with its picture. */
async function keepsWorkingOffline(frame) {
  await frame.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await frame.getByRole("button", { name: t.ui.StartRoutine }).click();
  await frame.getByRole("button", { name: t.ui.ReadyStart }).click();
  await expect(frame.locator(".countdown"), "a step runs offline").toBeVisible();
  await expect(frame.locator("svg.step-picture").first(), "its picture offline").toBeVisible();
}

/** After a reload without the widget's server, no widget comes back in the page. */
async function noWidgetAfterReload(page, widgetOrigin) {
  await page.reload();
  await page.waitForTimeout(2000);
  const frame = page.frames().find((f) => f.url().startsWith(widgetOrigin));
  const ready = frame ? await frame.locator("html[data-ready]").count() : 0;
  expect(ready, "the widget after a reload without its server").toBe(0);
}

function watchIgnoredPrints(page) {
  const ignored = [];
  page.on("console", (msg) => {
    if (/Ignored call to 'print\(\)'/.test(msg.text())) ignored.push(msg.text());
  });
  return ignored;
}

test("WordPress and Squarespace: the snippet pasted inline shows, resizes, prints and keeps working offline; a reload needs the connection", async ({ page, servedCopy }) => {
  const host = await hostPages(servedCopy.url);
  try {
    await page.addInitScript(recordMessages);
    await page.addInitScript(recordPrint);
    const ignored = watchIgnoredPrints(page);
    const widgetOrigin = new URL(servedCopy.url).origin;
    await page.goto(`${host.url}builder-inline.html`);
    const frame = await visit(page, widgetOrigin, ignored);
    expect(await serviceWorkerReady(frame), "the widget's worker in the frame").toBe("activated");
    await servedCopy.stop();
    await keepsWorkingOffline(frame);
    // embed.js itself comes from the widget's server, not from the widget's offline copy.
    await noWidgetAfterReload(page, widgetOrigin);
  } finally {
    await host.stop();
  }
});

test("Wix and Google Sites: inside the builder's sandboxed frame on another site it shows, resizes, prints and keeps working offline; a reload needs the connection", async ({ page, servedCopy }) => {
  // The page is on localhost, the builder's frame and the widget on 127.0.0.1: the widget is a
  // third party to the page, as on a real builder's site.
  const host = await hostPages(servedCopy.url, "localhost");
  try {
    await page.addInitScript(recordMessages);
    await page.addInitScript(recordPrint);
    const ignored = watchIgnoredPrints(page);
    const widgetOrigin = new URL(servedCopy.url).origin;
    await page.goto(`${host.url}builder-site.html`);
    const box = page.frames().find((f) => f.url().endsWith("/builder-frame.html"));
    expect(box, "the builder's frame").toBeTruthy();
    expect(new URL(box.url()).hostname, "the builder's frame is on another site").not.toBe(new URL(page.url()).hostname);
    const frame = await visit(page, widgetOrigin, ignored);
    // The builder's box keeps the height set in its editor: the widget scrolls inside it.
    expect(await page.$eval("#builder-box", (f) => Math.round(f.getBoundingClientRect().height))).toBe(900);
    await servedCopy.stop();
    await keepsWorkingOffline(frame);
    await noWidgetAfterReload(page, widgetOrigin);
  } finally {
    await host.stop();
  }
});
