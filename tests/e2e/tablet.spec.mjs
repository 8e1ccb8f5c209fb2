// Shared-tablet mode: the screen clears itself after the idle time on any screen but a running
// routine, and Next patient clears it at once: nothing of the last patient stays in the DOM or
// the accessibility tree. Uses the idle clock: this spec runs in the serial project.

import { test, expect, SIZES, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { fill, t, STEP } from "./support/catalog.mjs";
import { answerScreening, noRisks, shows, startRoutine } from "./support/patient.mjs";

languageIndependent();

// Everything of the last patient that could show: answers, the result, the plan.
const PATIENT_TRACES = [
  t.tiers.GetHelpToday.title, t.questions["q-fever"].text, t.choices.Left, t.tiers.GoAhead.title,
  t.ui.PlanHeading, t.ui.DoneTitle, t.ui.StoppedTitle,
];

async function expectNothingOfThePatient(page, what) {
  const html = await page.locator("#app").innerHTML();
  const tree = await page.locator("body").ariaSnapshot();
  for (const trace of PATIENT_TRACES) {
    expect(html, `${what}: in the DOM`).not.toContain(trace);
    expect(tree, `${what}: in the accessibility tree`).not.toContain(trace);
  }
  await shows(page, "#app h1", t.ui.AppTitle);
  await page.getByRole("button", { name: t.ui.StartScreening }).click();
  await page.locator("fieldset").first().waitFor();
  await expect(page.locator("input:checked"), `${what}: an answer still chosen`).toHaveCount(0);
  await page.getByRole("button", { name: t.ui.Back }).click();
}

test.use({ viewport: SIZES["tablet-portrait"] });

test("shared-tablet mode: idle on any screen but a running routine, and Next patient, clear everything", async ({ page, app }) => {
  await page.clock.install();
  await app.open("?mode=tablet&idle=30");
  await expect(page.locator(".tablet-bar .note"), "tablet note").toHaveText(fill(t.ui.TabletNote, { time: t.durations["30"] }));
  await expectAccessible(page, "the tablet landing");
  // Idle on a blocking result.
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await shows(page, ".verdict h1", t.tiers.GetHelpToday.title);
  await page.screenshot({ path: shot("tablet-result-768x1024"), fullPage: true });
  await page.clock.fastForward(20_000);
  await shows(page, ".verdict h1", t.tiers.GetHelpToday.title);
  await page.mouse.click(5, 5); // a tap starts the count again
  await page.clock.fastForward(20_000);
  await shows(page, ".verdict h1", t.tiers.GetHelpToday.title);
  await page.clock.fastForward(11_000);
  await expectNothingOfThePatient(page, "after idle on the result");
  // Next patient, at once, in the middle of the screening.
  await page.getByRole("button", { name: t.ui.StartScreening }).click();
  await page.locator('label[for="q-which-knee-left"]').click();
  await page.getByRole("button", { name: t.ui.NextPatient }).click();
  await expectNothingOfThePatient(page, "after Next patient");
  // A running routine is never cleared for being idle; paused, it is.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  await page.clock.fastForward(45_000);
  await shows(page, "h1", STEP.SoftTissueRelease);
  await page.getByRole("button", { name: t.ui.Pause }).click();
  await page.clock.fastForward(31_000);
  await expectNothingOfThePatient(page, "after idle on a paused routine");
  // The principles show again for the next patient.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await page.getByRole("button", { name: t.ui.StartRoutine }).click();
  await shows(page, "#app h1", t.ui.BeforeStartHeading);
});

test("shared-tablet mode: the clinician's page keeps its promise to clear itself after the idle time, to the patient's landing", async ({ page, app }) => {
  await page.clock.install();
  await app.open("?mode=tablet&idle=30&prescribe=on");
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await page.waitForURL(/\/clinician\.html\?/);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.locator(".tablet-bar .note")).toHaveText(fill(t.ui.TabletNote, { time: t.durations["30"] }));
  await page.getByLabel(t.choices.Left, { exact: true }).check();
  await page.clock.fastForward(20_000);
  await expect(page.getByLabel(t.choices.Left, { exact: true }), "before the idle time").toBeChecked();
  await page.mouse.click(5, 5); // a tap starts the count again
  await page.clock.fastForward(20_000);
  expect(new URL(page.url()).pathname.endsWith("/clinician.html"), "a tap kept it").toBe(true);
  await page.clock.fastForward(11_000);
  await page.waitForURL(`${app.url}index.html?mode=tablet&idle=30&prescribe=on`);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await shows(page, "#app h1", t.ui.AppTitle);
});

test("shared-tablet mode: scrolling through Learn counts as activity; idle on Learn clears it", async ({ page, app }) => {
  await page.clock.install();
  await app.open("?mode=tablet&idle=30");
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await page.getByRole("button", { name: t.ui.LearnOpen }).click();
  await shows(page, "#app h1", t.ui.LearnTitle);
  await page.clock.fastForward(20_000);
  // Reading: the page scrolls (by the scroll bar, a key or a finger), nothing is tapped.
  // (The browser sends the scroll event with its next frame: wait for it, as a real scroll
  // would have arrived long before the idle check, before moving the clock on.)
  await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener("scroll", resolve, { once: true });
    window.scrollBy(0, 400);
  }));
  expect(await page.evaluate(() => window.scrollY), "the page scrolled").toBeGreaterThan(0);
  await page.clock.fastForward(20_000);
  await shows(page, "#app h1", t.ui.LearnTitle);
  await page.clock.fastForward(11_000);
  await expectNothingOfThePatient(page, "after idle on Learn");
});
