// A clinician's routine in the link's fragment (issue 20), with links made by the core's own
// encoder (playwright.config.mjs writes target/e2e/links.json): the full screening still runs
// first; an all-clear patient gets the clinician's steps and times; one risk blocks despite the
// link; a tampered and a newer-version link each say so; the fragment is in no request and no
// server log line; Next patient drops it from the address.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, expectAccessible, openReady, DIST, shot } from "./support/fixtures.mjs";
import { fill, t, STEP } from "./support/catalog.mjs";
import { answerScreening, noRisks, shows, verdict, clock } from "./support/patient.mjs";
import { ROOT, startServer } from "../../scripts/browser-kit.mjs";

const LINKS = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "links.json"), "utf8"));
const rx = (link) => `#rx=${link}`;
// The patient's answers: the clinician's knee (already chosen), a ball, no roller.
const withLink = (overrides = {}) => noRisks({ "q-which-knee": "right", "q-foam-roller": "no", ...overrides });

test("an all-clear patient answers every question, then gets the clinician's steps and times", async ({ page, app }) => {
  await app.open(rx(LINKS.good));
  await expect(page.locator(".card-prescribed h2")).toHaveText(fill(t.ui.PrescribedBy, { date: LINKS.goodDate }));
  await expect(page.locator(".card-prescribed")).toContainText(t.ui.PrescribedScreening);
  await expectAccessible(page, "the landing with a clinician's routine");
  const asked = await answerScreening(page, withLink(), async (p, index) => {
    if (index === 0) await expect(p.locator("#q-which-knee-right"), "the clinician's knee, pre-selected").toBeChecked();
    // No other answer is given for the patient.
    const given = await p.locator("input:checked").evaluateAll((inputs) => inputs.map((i) => i.id));
    expect(given.filter((id) => !id.startsWith("q-which-knee")), `answers given on page ${index + 1}`).toEqual([]);
  });
  // Every question but the follow-ups, which only a yes or not sure opens.
  expect(asked.length, "every question asked").toBe(Object.keys(t.questions).filter((id) => !t.questions[id].gateway).length);
  expect(await verdict(page)).toBe(t.tiers.GoAhead.title);
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await shows(page, "h1", t.ui.PlanHeading);
  // The clinician's steps, at the clinician's times; the length and method choices are theirs.
  const names = await page.locator(".plan-step-name").allInnerTexts();
  expect(names).toEqual(LINKS.goodSteps.map(([kind]) => STEP[kind]));
  const times = await page.locator(".plan-step-time").evaluateAll((spans) => spans.map((s) => s.firstChild.textContent.trim()));
  expect(times).toEqual(LINKS.goodSteps.map(([, seconds]) => clock(seconds)));
  await expect(page.locator(".plan-step-clinician")).toHaveText(LINKS.goodSteps.map(([, s]) => fill(t.ui.ClinicianTime, { time: clock(s) })));
  await expect(page.getByRole("group", { name: t.ui.PresetLabel }), "no preset over the clinician's times").toHaveCount(0);
  await expect(page.locator(".prescribed")).toContainText(fill(t.ui.PrescribedPerWeek, { n: LINKS.goodPerWeek }));
  // The patient may lengthen a step, and sees that it differs from the clinician's.
  await page.getByRole("button", { name: `${t.ui.Longer}: ${STEP.SoftTissueRelease}` }).click();
  const changed = page.locator(".plan-step-clinician.is-changed");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(t.ui.YouChangedIt);
  await page.screenshot({ path: shot("prescribed-overview-1024x768"), fullPage: true });
  await expectAccessible(page, "the overview of a clinician's routine");
});

test("one risk blocks despite the clinician's routine", async ({ page, app }) => {
  await app.open(rx(LINKS.good));
  await answerScreening(page, withLink({ "q-fever": "yes" }));
  expect(await verdict(page)).toBe(t.tiers.GetHelpToday.title);
  await expect(page.getByRole("button", { name: t.ui.SeeMyRoutine })).toHaveCount(0);
});

for (const [which, message, reload] of [["tampered", "LinkUnreadable", false], ["newer", "LinkNeedsNewer", true]]) {
  test(`a ${which} link says so plainly, and the usual routine is still there`, async ({ page, app }) => {
    await app.open(rx(LINKS[which]));
    await expect(page.getByRole("alert")).toContainText(t.ui[message]);
    await expect(page.getByRole("button", { name: t.ui.Reload }), "reload offered").toHaveCount(reload ? 1 : 0);
    // In view and not covered by another card (it once hid behind the warning card on a
    // landscape tablet): a trial click checks nothing else takes the tap.
    await expect(page.locator(".link-refused")).toBeInViewport();
    if (reload) await page.getByRole("button", { name: t.ui.Reload }).click({ trial: true, timeout: 5_000 });
    await expect(page.locator(".card-prescribed")).toHaveCount(0);
    await expectAccessible(page, `a ${which} link`);
    await answerScreening(page, noRisks());
    await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
    await expect(page.getByRole("group", { name: t.ui.PresetLabel }), "the usual routine's choices").toHaveCount(1);
  });
}

test("the fragment is in no request and no server log line; a reload keeps it; Next patient drops it", async ({ page }) => {
  const server = await startServer(DIST, { log: true });
  try {
    await openReady(page, server.url, `?mode=tablet${rx(LINKS.good)}`);
    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect(page.locator(".card-prescribed"), "a reload keeps the routine").toHaveCount(1);
    const payload = LINKS.good;
    expect(page.seen.requests.filter((u) => u.includes(payload) || u.includes("rx=")), "requests carrying the link").toEqual([]);
    expect(server.log.length, "the server logged the requests").toBeGreaterThan(2);
    expect(server.log.filter((line) => line.includes(payload) || line.includes("rx=")), "log lines with the link").toEqual([]);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie), "storage").not.toContain(payload);
    await page.getByRole("button", { name: t.ui.NextPatient }).click();
    await expect(page.locator(".card-prescribed"), "the next patient has no routine").toHaveCount(0);
    expect(await page.evaluate(() => location.hash), "the address").toBe("");
    expect(await page.evaluate(() => location.search), "the settings stay").toBe("?mode=tablet");
    await page.reload();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await expect(page.locator(".card-prescribed"), "not back after a reload").toHaveCount(0);
  } finally {
    await server.stop();
  }
});
