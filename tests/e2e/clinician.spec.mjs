// The clinician's screen (issue 21, prescribe=on): a clinician prepares a routine; the link
// keeps only the allowed settings; its QR code decodes back to the same link (read here with
// jsQR from a screenshot); "Copy link"; the take-home sheet under print media; and the link,
// opened in a fresh browser, gives that plan to an all-clear patient.

import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, openReady, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { serviceWorkerReady } from "./support/build.mjs";
import { LANG, LANGS, catalogOf, t, STEP } from "./support/catalog.mjs";
import { answerScreening, noRisks, shows } from "./support/patient.mjs";

/** Reads the QR code in a PNG screenshot. */
function readQr(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

test("a clinician prepares a routine; its link and QR code give that plan to an all-clear patient", async ({ page, app, browser, context }) => {
  // Two journeys (the clinician's, then the patient's whole screening) and a QR code read:
  // about 45 s alone, more beside another worker.
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.open(`?prescribe=on&clinic=Bay%20Physio&lang=${LANG}&mode=tablet&events=on&idle=60`);
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await expect(page.locator("h1:focus")).toHaveText(t.ui.PrescribeOpen);
  // The knee, the steps, the method, a tool, the MCL (only once shown), how often.
  await page.getByLabel(t.choices.Left, { exact: true }).check();
  const step = (kind) => page.getByRole("checkbox", { name: STEP[kind], exact: true });
  await expect(step("Positioning"), "the frame stays").toBeDisabled();
  await expect(step("Mcl"), "MCL before the clinician confirms").toBeDisabled();
  await page.getByLabel(t.ui.PrescribeMclShown).check();
  await step("Mcl").check();
  await step("PesAnserineFriction").check();
  await expect(step("PesAnserineHold"), "one pes anserine method").not.toBeChecked();
  await step("MassageBall").check();
  await page.getByRole("button", { name: `${t.ui.Longer}: ${STEP.SoftTissueRelease}` }).click();
  await page.getByLabel(fillTimes(4), { exact: true }).check();
  await expectAccessible(page, "the clinician's screen");
  // The link: this page, only the settings a patient's link keeps, and the routine.
  const link = await page.locator("#rx-link-text").inputValue();
  // The link: the patient's page, named (a server may give no folder its index).
  expect(link).toMatch(new RegExp(`^${escape(app.url)}index\\.html\\?clinic=Bay%20Physio&lang=${LANG}#rx=[A-Za-z0-9_-]+$`));
  // The QR code decodes back to exactly the link, in the light and the dark theme.
  const qr = page.locator("svg.qr");
  expect(readQr(await qr.screenshot()), "the QR code").toBe(link);
  await page.screenshot({ path: shot("clinician-1024x768"), fullPage: true });
  // Copy link.
  await page.getByRole("button", { name: t.ui.CopyLink }).click();
  await expect(page.locator(".rx-link [role=status]")).toHaveText(t.ui.LinkCopied);
  expect(await page.evaluate(() => navigator.clipboard.readText()), "the clipboard").toBe(link);
  // The take-home sheet: the chosen steps with their pictures, the QR code, the rules.
  const planned = await page.locator(".rx-step:not(.is-out) .check label").allInnerTexts();
  const times = await page.locator(".rx-step:not(.is-out) .plan-step-time").evaluateAll((s) => s.map((e) => e.firstChild.textContent.trim()));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".rx-step.is-out").first(), "steps not chosen are not printed").toBeHidden();
  await expect(page.locator("svg.qr")).toBeVisible();
  await expect(page.locator(".rx-step:not(.is-out) .step-picture").first()).toBeVisible();
  await expect(page.getByText(t.ui.RulesHeading)).toBeVisible();
  await expect(page.getByRole("heading", { name: t.ui.PlanHeading }), "the sheet speaks to the patient").toBeVisible();
  await expect(page.getByText(t.ui.PrescribeIntro), "not to the clinician").toBeHidden();
  expect(readQr(await qr.screenshot()), "the printed QR code").toBe(link);
  await page.screenshot({ path: shot("clinician-sheet-print"), fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The patient: a fresh browser, the link, every question, the clinician's plan.
  const patientContext = await browser.newContext({ locale: LANG });
  const patient = await patientContext.newPage();
  await patient.goto(link);
  await patient.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(patient.locator(".card-prescribed")).toHaveCount(1);
  await answerScreening(patient, noRisks({ "q-mcl-guidance": "yes" }));
  await patient.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await shows(patient, "h1", t.ui.PlanHeading);
  expect(await patient.locator(".plan-step-name").allInnerTexts()).toEqual(planned);
  const patientTimes = await patient.locator(".plan-step-time").evaluateAll((s) => s.map((e) => e.firstChild.textContent.trim()));
  expect(patientTimes).toEqual(times);
  await expect(patient.locator(".prescribed")).toContainText(fillTimes(4));
  await patientContext.close();
});

test("the dark theme still draws the QR code dark on white", async ({ page, app }) => {
  languageIndependent();
  await app.open("?prescribe=on&theme=dark");
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  const link = await page.locator("#rx-link-text").inputValue();
  expect(link, "theme is a setting the link keeps").toContain("?theme=dark#rx=");
  expect(readQr(await page.locator("svg.qr").screenshot())).toBe(link);
  await expectAccessible(page, "the clinician's screen in the dark theme");
});

test("without prescribe=on there is no clinician's screen", async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole("button", { name: t.ui.PrescribeOpen })).toHaveCount(0);
});

test("the clinician's screen is a page of its own: the patient's page never loads its files; Back and a missing prescribe=on lead to the patient's page", async ({ page, app }) => {
  languageIndependent();
  const clinicianFiles = (urls) => urls.filter((u) => /\/clinician(\.js|_bg\.wasm|\.html)(\?|$)/.test(u));
  await app.open("?prescribe=on&clinic=Bay%20Physio");
  expect(clinicianFiles(page.seen.requests), "the patient's page asked for none of them").toEqual([]);
  const patientFiles = page.seen.requests.filter((u) => /knee-care-[0-9a-f]+(\.js|_bg\.wasm)$/.test(u)).length;
  expect(patientFiles, "the patient's glue and wasm").toBe(2);
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await page.waitForURL(/\/clinician\.html\?prescribe=on&clinic=Bay%20Physio#lang=[a-z]+$/);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("h1:focus")).toHaveText(t.ui.PrescribeOpen);
  expect(clinicianFiles(page.seen.requests).map((u) => new URL(u).pathname.split("/").pop()).sort(), "its own page, glue and wasm")
    .toEqual(["clinician.html", "clinician.js", "clinician_bg.wasm"]);
  // Back: the patient's page (the widget's folder), the same settings.
  await page.getByRole("button", { name: t.ui.Back }).first().click();
  await page.waitForURL((url) => url.href.startsWith(`${app.url}index.html?prescribe=on&clinic=Bay%20Physio`));
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
  // Without prescribe=on the clinician's page is the patient's page.
  await page.goto(`${app.url}clinician.html?clinic=Bay%20Physio`);
  await page.waitForURL(`${app.url}index.html?clinic=Bay%20Physio`);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByRole("button", { name: t.ui.PrescribeOpen })).toHaveCount(0);
});

test("the clinician's heading takes focus when the patient's page opens it, not on a reload, by Back or Forward, nor opened directly", async ({ page, app }) => {
  const heading = page.getByRole("heading", { name: t.ui.PrescribeOpen });
  const navigationType = () => page.evaluate(() => performance.getEntriesByType("navigation")[0].type);
  const openedAgain = async (how) => {
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect(heading, `the page is back after ${how}`).toBeVisible();
  };
  await app.open("?prescribe=on");
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await page.waitForURL(/\/clinician\.html\?prescribe=on#lang=[a-z]+$/);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("h1:focus"), "opened from the patient's page").toHaveText(t.ui.PrescribeOpen);
  await page.reload();
  await openedAgain("a reload");
  expect(await navigationType()).toBe("reload");
  await expect(heading, "a reload does not move focus").not.toBeFocused();
  // The browser's Back, then Forward: a new load of the page (not one kept whole in memory,
  // which would keep its focus as it was), with the language still in the fragment.
  await page.goBack();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.goForward();
  await openedAgain("Forward");
  expect(await navigationType(), "a new load, by Forward").toBe("back_forward");
  await expect(heading, "Forward does not move focus").not.toBeFocused();
  // Opened directly, as a clinic's page may frame it: no #lang, no patient's page before it.
  await page.goto(`${app.url}clinician.html?prescribe=on`);
  await openedAgain("opening it directly");
  await expect(heading, "opened directly, focus stays with the page").not.toBeFocused();
});

test("the language on show goes to the clinician's page and back, never into the patient's link, and not to the next patient", async ({ page, app }) => {
  const other = LANGS.find((code) => code !== LANG);
  const o = catalogOf(other);
  await page.clock.install();
  await app.open("?prescribe=on&mode=tablet");
  await page.getByRole("button", { name: o.ui.LanguageName }).click();
  await page.getByRole("button", { name: o.ui.PrescribeOpen }).click();
  await page.waitForURL(/\/clinician\.html\?prescribe=on&mode=tablet#lang=/);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await expect(page.locator("#app h1")).toHaveText(o.ui.PrescribeOpen);
  const link = await page.locator("#rx-link-text").inputValue();
  expect(link, "the link keeps only the query's settings").toMatch(new RegExp(`^${escape(app.url)}index\\.html#rx=[A-Za-z0-9_-]+$`));
  // Back: the patient's page in that language, the fragment gone from the address.
  await page.getByRole("button", { name: o.ui.Back }).first().click();
  await page.waitForURL((url) => !url.pathname.endsWith("clinician.html"));
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("html")).toHaveAttribute("lang", other);
  await expect(page.getByRole("button", { name: o.ui.StartScreening })).toBeVisible();
  await expect(page.locator("#app h1"), "focus on the landing's heading, as after any Back").toBeFocused();
  await expect.poll(() => page.evaluate(() => location.hash), "the address keeps no language").toBe("");
  // Next patient: the page's own language.
  await page.getByRole("button", { name: o.ui.NextPatient }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", LANG);
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
});

test("a patient's device never downloads the clinician's page; a clinician's device keeps it once opened, and it works offline", async ({ page, servedCopy }) => {
  languageIndependent();
  const cached = () => page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname.split("/").pop());
    }
    return names.filter((name) => name.startsWith("clinician")).sort();
  });
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  await openReady(page, servedCopy.url, "?prescribe=on"); // now controlled by the worker
  expect(await cached(), "a patient's device: the worker fetched none of them").toEqual([]);
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await page.waitForURL(/\/clinician\.html\?prescribe=on#lang=[a-z]+$/);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect.poll(cached, "kept once opened").toEqual(["clinician.html", "clinician.js", "clinician_bg.wasm"]);
  await servedCopy.stop();
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.getByLabel(t.choices.Right, { exact: true }).check();
  const link = await page.locator("#rx-link-text").inputValue();
  expect(link, "a patient's link, made offline").toMatch(new RegExp(`^${escape(servedCopy.url)}index\\.html#rx=[A-Za-z0-9_-]+$`));
  expect(readQr(await page.locator("svg.qr").screenshot())).toBe(link);
  // Back, offline: the patient's page.
  await page.getByRole("button", { name: t.ui.Back }).first().click();
  await page.waitForURL((url) => url.pathname.endsWith("/index.html"));
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
});

test("opened first, the clinician's page registers the worker, and the next visit keeps it for offline use", async ({ page, servedCopy }) => {
  languageIndependent();
  await page.goto(`${servedCopy.url}clinician.html?prescribe=on`);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await serviceWorkerReady(page);
  await page.reload(); // now controlled by the worker, which keeps the page as it passes
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect.poll(() => page.evaluate(async () => {
    const kept = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) kept.push(new URL(request.url).pathname.split("/").pop());
    }
    return ["clinician.html", "clinician.js", "clinician_bg.wasm"].every((name) => kept.includes(name));
  })).toBe(true);
  await servedCopy.stop();
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator("#app h1")).toHaveText(t.ui.PrescribeOpen);
});

function fillTimes(n) {
  return t.ui.TimesAWeek.replace("{n}", String(n));
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
