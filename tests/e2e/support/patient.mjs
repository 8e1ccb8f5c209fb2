// What a patient does, in the widget's own words (from the catalog): answer the screening,
// open the routine, start it, skip a step. Each helper takes a page or a frame.

import { expect } from "./fixtures.mjs";
import { t } from "./catalog.mjs";

/** The questions that are preferences, not risks: from the catalog, not from the app. */
export const PREFERENCES = new Set(Object.keys(t.questions).filter((id) => !t.questions[id].risk));
export const RISKS = Object.keys(t.questions).filter((id) => t.questions[id].risk);
/** The question that opens a follow-up (null for a question always asked). */
export const gatewayOf = (id) => t.questions[id].gateway;

/** The selector's first element shows exactly `text` (waits up to the expect timeout). */
export async function shows(page, selector, text) {
  await expect(page.locator(selector).first()).toHaveText(text);
}

/** The text of the main landmark. */
export const mainText = (page) => page.getByRole("main").innerText();

/** Expects `text` to contain every phrase. */
export function expectSays(text, phrases, where) {
  for (const phrase of phrases) expect(text, `${where} says "${phrase}"`).toContain(phrase);
}

/**
 * Answers every page of the screening. `pick(questionId)` returns the choice slug to tap (yes,
 * no, not-sure, left, right). Calls `onPage(page, index)` on each page before answering.
 * Returns the question ids in the order they were asked. `c`: the catalog of the language
 * on screen (the suite's own by default).
 */
export async function answerScreening(page, pick, onPage = async () => {}, c = t) {
  await page.getByRole("button", { name: c.ui.StartScreening }).click();
  const asked = [];
  for (let index = 0; ; index += 1) {
    await page.locator("fieldset").first().waitFor();
    await onPage(page, index);
    // One question at a time, in page order: a follow-up appears under its gateway once that
    // is answered yes or not sure, and is answered in its turn. The taps run in the page (a
    // real click on each answer's label, then a wait for the app to redraw), so a long
    // screening takes a second, not a round trip per question; the outer loop picks up a
    // question that appears late.
    const answered = [];
    for (;;) {
      const open = await page
        .locator("fieldset")
        .evaluateAll((sets, done) => sets.map((f) => f.id).filter((f) => !done.includes(f)), answered);
      if (open.length === 0) break;
      const picks = Object.fromEntries(Object.keys(c.questions).map((id) => [id, pick(id)]));
      const tapped = await page.evaluate(async ({ done, picks }) => {
        const redraw = async () => {
          for (let i = 0; i < 5; i += 1) await new Promise((resolve) => queueMicrotask(resolve));
        };
        const tapped = [];
        for (;;) {
          const next = [...document.querySelectorAll("fieldset")].find((f) => !done.includes(f.id) && !tapped.includes(f.id));
          if (!next) return tapped;
          const label = document.querySelector(`label[for="${next.id}-${picks[next.id]}"]`);
          if (!label) throw new Error(`no answer "${picks[next.id]}" for ${next.id}`);
          label.click();
          tapped.push(next.id);
          await redraw();
        }
      }, { done: answered, picks });
      answered.push(...tapped);
      asked.push(...tapped);
      const unchecked = await page.evaluate(
        (chosen) => chosen.filter((id) => !document.getElementById(id)?.checked),
        tapped.map((id) => `${id}-${pick(id)}`),
      );
      expect(unchecked, "answers not selected").toEqual([]);
    }
    const last = page.getByRole("button", { name: c.ui.SeeResult });
    if (await last.count()) {
      await last.click();
      break;
    }
    await page.getByRole("button", { name: c.ui.Next, exact: true }).click();
  }
  await page.locator(".verdict h1").waitFor();
  return asked;
}

/** No risk at all, every tool, left knee, shown the MCL step; `overrides` by question id. */
export const noRisks = (overrides = {}) => (id) =>
  overrides[id] ??
  ({ "q-which-knee": "left", "q-clinician-cleared": "no", "q-mcl-guidance": "yes", "q-foam-roller": "yes", "q-massage-ball": "yes" }[id] ?? "no");

export const verdict = (page) => page.locator(".verdict h1").innerText();

/**
 * A patient with every tool, on the routine's overview, with Playwright's clock installed;
 * `mcl` says whether a clinician showed them MCL work.
 */
export async function openOverview(app, { mcl = false, query = "" } = {}) {
  const { page } = app;
  await page.clock.install();
  await app.open(query);
  await answerScreening(page, noRisks({ "q-mcl-guidance": mcl ? "yes" : "no" }));
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await shows(page, "h1", t.ui.PlanHeading);
}

/** From the overview to the first step, through the key principles. */
export async function startRoutine(page) {
  await page.getByRole("button", { name: t.ui.StartRoutine }).click();
  // The first routine of a visit shows the key principles once.
  await page.getByRole("button", { name: t.ui.ReadyStart }).click();
  await page.locator(".countdown").waitFor();
}

/**
 * Skips the step on screen ("Skip this step" at the MCL question, else "Skip step"); false when
 * there is neither (the routine is over).
 */
export async function skipOneStep(pageOrFrame) {
  for (const name of [t.ui.ConfirmSkip, t.ui.SkipStep]) {
    const button = pageOrFrame.getByRole("button", { name, exact: true });
    if (await button.count()) {
      await button.click();
      return true;
    }
  }
  return false;
}

/** The countdown's text for a number of seconds: "02:05". */
export const clock = (seconds) =>
  `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
