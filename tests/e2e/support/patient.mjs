// What a patient does, in the widget's own words (from the catalog): answer the screening,
// open the routine, start it, skip a step. Each helper takes a page or a frame.

import { expect } from "./fixtures.mjs";
import { t } from "./catalog.mjs";
import { tapThrough } from "./in-page.mjs";
import { noRisks } from "./answers.mjs";

export { noRisks };

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

/** One round of `tapThrough` (./in-page.mjs) in the page. */
function tapThroughOnce(page, args) {
  return page.evaluate(tapThrough, args);
}

/**
 * Answers every page of the screening. `pick(questionId)` returns the choice slug to tap (yes,
 * no, not-sure, left, right). Calls `onPage(page, index)` on each page before answering (then
 * each page is its own round trip; without it, the whole walk runs in the page).
 * Returns the question ids in the order they were asked. `c`: the catalog of the language
 * on screen (the suite's own by default).
 */
export async function answerScreening(page, pick, onPage = null, c = t) {
  await page.getByRole("button", { name: c.ui.StartScreening }).click();
  const picks = Object.fromEntries(Object.keys(c.questions).map((id) => [id, pick(id)]));
  const asked = [];
  let answered = [];
  for (let index = 0; ; ) {
    await page.locator("fieldset").first().waitFor();
    if (onPage && answered.length === 0) await onPage(page, index);
    const position = await page.locator(".position").innerText();
    const { tapped, finished, paged } = await tapThroughOnce(page, {
      picks,
      walk: !onPage,
      next: c.ui.Next,
      result: c.ui.SeeResult,
      done: answered,
    });
    // "|" marks a page turned inside the page.
    for (const id of tapped) {
      if (id === "|") {
        index += 1;
        answered = [];
      } else {
        asked.push(id);
        answered.push(id);
      }
    }
    if (finished) break;
    if (paged) {
      // Next was tapped; the new page comes with a slower redraw.
      await expect(page.locator(".position")).not.toHaveText(paged);
      index += 1;
      answered = [];
      continue;
    }
    // The page's questions are all answered (or one appears late: the next call answers it).
    const open = await page
      .locator("fieldset")
      .evaluateAll((sets, done) => sets.some((f) => !done.includes(f.id)), answered);
    if (open) continue;
    const last = page.getByRole("button", { name: c.ui.SeeResult });
    if (await last.count()) {
      await last.click();
      break;
    }
    await page.getByRole("button", { name: c.ui.Next, exact: true }).click();
    await expect(page.locator(".position")).not.toHaveText(position);
    index += 1;
    answered = [];
  }
  await page.locator(".verdict h1").waitFor();
  return asked;
}


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

/**
 * Stops the page's time where it is (give or take 2 s), so that from here only the test's
 * `clock.runFor` moves it: a busy machine cannot move a countdown between two looks.
 * Playwright's installed clock otherwise flows with real time.
 */
export async function pauseClock(page) {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 2_000));
}
