// The patient's private log (issue 34): nothing stored until they ask, their routines and pain
// numbers in My progress after reloads, the chart and its table from the same entries, the
// core's "time to get it checked" rule with the screening's words (on the landing too), erase,
// a log that cannot be read, shared tablets, and axe on the new screens.

import { test, expect, expectAccessible, shot, SIZES } from "./support/fixtures.mjs";
import { t, fill } from "./support/catalog.mjs";
import { mainText, openOverview, shows, startRoutine, skipOneStep } from "./support/patient.mjs";

const KEY = "knee-care.private-log";

/** Everything the page could have stored: local and session storage, IndexedDB, cookies. */
async function storedEverywhere(page) {
  const inPage = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
  }));
  return { ...inPage, cookies: (await page.context().cookies()).map((c) => c.name) };
}

/** A day `back` days before today, as the log stores it (the device's own date). */
const isoDaysAgo = (back) => {
  const d = new Date();
  d.setDate(d.getDate() - back);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const entry = (back, before, after = null, stopped = null, knee = "left") => ({
  day: isoDaysAgo(back),
  knee,
  seconds: 480,
  done: 8,
  skipped: 0,
  stopped,
  before,
  after,
});

/** Stores this text as the log before the widget loads (a returning patient). */
async function seedLog(page, text) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, text]);
}

/** Opens the widget with this text already stored as the log. */
async function openWithLog(app, text) {
  await seedLog(app.page, text);
  await app.open();
}

/** From the overview, the pain before, then every step skipped to the end screen. */
async function routineToTheEnd(page, before) {
  await page.locator(`label[for="pain-before-${before}"]`).click();
  await startRoutine(page);
  while (await skipOneStep(page));
  await shows(page, "h1", t.ui.DoneTitle);
}

test("nothing is stored until the patient keeps a log; then the routine and both pain numbers are, and no answer", async ({ page, app }) => {
  await openOverview(app);
  await routineToTheEnd(page, 6);
  await expect(page.getByRole("heading", { name: t.ui.LogOfferHeading })).toBeVisible();
  await page.locator('label[for="pain-after-3"]').click();
  expect(await storedEverywhere(page), "before the patient asks").toEqual({ local: [], session: [], indexedDb: [], cookies: [] });
  await expectAccessible(page, "the end screen with the log's offer");
  await page.screenshot({ path: shot("progress-offer-768x1024"), fullPage: true });

  await page.getByRole("button", { name: t.ui.KeepLog }).click();
  await expect(page.getByText(t.ui.LogKept)).toBeVisible();
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  expect(stored.version).toBe(1);
  expect(stored.sessions).toHaveLength(1);
  expect(stored.sessions[0]).toMatchObject({ day: isoDaysAgo(0), before: 6, after: 3, stopped: null });
  expect(Object.keys(stored.sessions[0]).sort()).toEqual(["after", "before", "day", "done", "knee", "seconds", "skipped", "stopped"]);
  expect((await storedEverywhere(page)).local, "one key, nothing else").toEqual([KEY]);
});

test("a kept log shows in My progress after a reload: this week against the plan, the chart and its table agree", async ({ page, app }) => {
  const sessions = [entry(20, 7, 5), entry(15, 6), entry(9, 6, 4), entry(2, 5, 3), entry(0, null, 2)];
  await openWithLog(app, JSON.stringify({ version: 1, sessions }));
  await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
  await shows(page, "h1", t.ui.ProgressTitle);
  const text = await mainText(page);
  // Finished routines on each knee in the last 7 days (two), against the plan.
  await expect(page.getByRole("heading", { name: t.ui.ProgressThisWeek })).toBeVisible();
  await expect(page.locator(".week-counts li")).toHaveText([`${fill(t.ui.ProgressKneeCount, { knee: t.choices.Left, n: 2 })} ${t.ui.ProgressGoalMet}`]);
  expect(text).toContain(fill(t.ui.ProgressGoalRange, { fewest: 2, most: 4 }));
  // The table: a row per entry with a number, in day order; the chart: a dot per number.
  const rows = page.locator(".pain-table tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(rows.first().locator("th")).toHaveText(isoDaysAgo(20));
  await expect(rows.nth(2).locator("td")).toHaveText(["6", "4"]);
  await expect(page.locator(".chart-before circle")).toHaveCount(4);
  await expect(page.locator(".chart-after circle")).toHaveCount(4);
  // Higher pain is higher on the chart: 7 above 5 (smaller y).
  const ys = await page.locator(".chart-before circle").evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("cy"))));
  expect(ys[0]).toBeLessThan(ys[3]);
  await expect(page.getByRole("heading", { name: t.ui.SignHeading }), "pain going down: no sign").toHaveCount(0);
  await expectAccessible(page, "My progress");
  for (const size of ["tablet-portrait", "phone"]) {
    await page.setViewportSize(SIZES[size]);
    await page.screenshot({ path: shot(`progress-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true });
  }
  // The print-out: the table, no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".pain-table")).toBeVisible();
  await expect(page.getByRole("button", { name: t.ui.EraseLog })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

// Each sign of the core's rule (progress::signs), per knee, with the core's words and the
// screening's time frame for the same sign; said on the landing already, for a patient who
// never opens My progress.
for (const [name, sessions, sign, knee] of [
  ["pain getting worse over two weeks", [entry(12, 3), entry(9, 3), entry(5, 5), entry(1, 6)], "PainWorsening", "Left"],
  ["pain not getting better over two regular weeks", [entry(12, 4), entry(9, 4), entry(5, 4), entry(1, 4)], "PainNotImproving", "Left"],
  ["two stops for pain within two weeks", [entry(10, 3, null, "pain"), entry(6, 2, 1), entry(1, 3, null, "mcl-pain")], "StoppedTwice", "Left"],
  ["a stop for numbness, on the right knee", [entry(9, 2, 1), entry(3, 2, null, "numbness", "right")], "StoppedForNumbness", "Right"],
  ["two points more pain after a routine than before it", [entry(1, 3, 5)], "PainHigherAfter", "Left"],
  ["very strong pain in the log", [entry(2, 3, 8)], "SeverePain", "Left"],
]) {
  test(`the log says when to get the knee checked: ${name}`, async ({ page, app }) => {
    const words = t.logSigns[sign];
    const card = page.locator(".log-sign");
    await openWithLog(app, JSON.stringify({ version: 1, sessions }));
    for (const where of ["landing", "My progress"]) {
      if (where === "My progress") {
        await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
        await shows(page, "h1", t.ui.ProgressTitle);
      }
      await expect(card, where).toHaveCount(1);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot(`log-sign-${sign}-${where === "landing" ? "landing" : "progress"}`) });
      await expect(card.getByRole("heading", { name: t.ui.SignHeading })).toBeVisible();
      const text = await card.innerText();
      for (const said of [t.choices[knee], ...words.words, t.timeFrames[words.timeFrame], t.ui.SignNotDiagnosis]) {
        expect(text, `${where}: ${said}`).toContain(said);
      }
    }
    // A knee with a sign is never called on plan.
    expect(await mainText(page)).not.toContain(t.ui.ProgressGoalMet);
  });
}

test("a knee the log says to have checked starts only after the patient says it was, since the date the log gives", async ({ page, app }) => {
  await seedLog(page, JSON.stringify({ version: 1, sessions: [entry(4, 3, null, "pain"), entry(1, 3, null, "pain")] }));
  await openOverview(app);
  const start = page.getByRole("button", { name: t.ui.StartRoutine });
  await expect(page.locator(".log-sign")).toContainText(t.logSigns.StoppedTwice.words[0]);
  const question = page.getByRole("group", { name: fill(t.ui.SignCheckedQuestion, { date: isoDaysAgo(1) }) });
  await expect(question).toBeVisible();
  await expect(start, "no start before the answer").toHaveCount(0);
  await question.getByText(t.choices.No, { exact: true }).click();
  await expect(start, "no start after No").toHaveCount(0);
  await expectAccessible(page, "the overview with the log's sign");
  await question.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("sign-check-overview") });
  await question.getByText(t.choices.Yes, { exact: true }).click();
  await expect(start).toBeVisible();
  await startRoutine(page);
});

test("very strong pain before starts no routine; after, no other knee; both say what to do and when", async ({ page, app }) => {
  const severe = t.severePain;
  const alert = page.locator(".pain-alert");
  const says = async (n) => {
    const text = await alert.innerText();
    for (const said of [fill(t.ui.PainSevere, { n }), t.questions["q-severe-pain"].guidance, t.timeFrames.Today]) expect(text).toContain(said);
  };
  await openOverview(app);
  const start = page.getByRole("button", { name: t.ui.StartRoutine });
  await page.locator(`label[for="pain-before-${severe - 1}"]`).click();
  await expect(alert).toHaveCount(0);
  await page.locator(`label[for="pain-before-${severe}"]`).click();
  await expect(alert).toBeVisible();
  await says(severe);
  await expect(start, "no massage today").toHaveCount(0);
  await expectAccessible(page, "the overview with very strong pain");
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("pain-alert-overview") });
  // A mistaken number, picked again.
  await routineToTheEnd(page, severe - 1);
  await expect(page.getByRole("button", { name: t.ui.OtherKnee })).toBeVisible();
  await page.locator('label[for="pain-after-9"]').click();
  await says(9);
  await expect(page.getByRole("button", { name: t.ui.OtherKnee }), "no more massage today").toHaveCount(0);
  await alert.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("pain-alert-end") });
});

test("erasing asks first, then leaves nothing on the device; the landing no longer offers My progress", async ({ page, app }) => {
  await openWithLog(app, JSON.stringify({ version: 1, sessions: [entry(1, 4, 2)] }));
  await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
  await page.getByRole("button", { name: t.ui.EraseLog }).click();
  await expect(page.getByText(t.ui.EraseConfirm)).toBeVisible();
  await expectAccessible(page, "the erase question");
  await page.getByRole("button", { name: t.ui.EraseNo }).click();
  expect((await storedEverywhere(page)).local).toEqual([KEY]);
  await page.getByRole("button", { name: t.ui.EraseLog }).click();
  await page.getByRole("button", { name: t.ui.EraseYes }).click();
  await expect.poll(async () => (await storedEverywhere(page)).local).toEqual([]);
  await page.getByRole("button", { name: t.ui.Back }).click();
  await expect(page.getByRole("button", { name: t.ui.StartScreening })).toBeVisible();
  await expect(page.getByRole("button", { name: t.ui.ProgressTitle })).toHaveCount(0);
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByRole("button", { name: t.ui.ProgressTitle })).toHaveCount(0);
});

test("a log that cannot be read is said and can be erased; nothing panics", async ({ page, app }) => {
  await openWithLog(app, '{"version":1,"sessions":[{"day":"yesterday"}]}');
  await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
  await expect(page.getByText(t.ui.LogUnreadable)).toBeVisible();
  await page.getByRole("button", { name: t.ui.EraseLog }).click();
  await page.getByRole("button", { name: t.ui.EraseYes }).click();
  await expect.poll(async () => (await storedEverywhere(page)).local).toEqual([]);
});

test("a shared tablet never offers the log and stores nothing", async ({ page, app }) => {
  await openOverview(app, { query: "?mode=tablet" });
  await routineToTheEnd(page, 4);
  await expect(page.getByRole("heading", { name: t.ui.LogOfferHeading })).toHaveCount(0);
  await expect(page.getByRole("button", { name: t.ui.KeepLog })).toHaveCount(0);
  const stored = await storedEverywhere(page);
  expect(stored).toEqual({ local: [], session: [], indexedDb: [], cookies: [] });
});
