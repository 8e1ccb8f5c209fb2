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

const entry = (back, before, after = null, stopped = null) => ({
  day: isoDaysAgo(back),
  knee: "left",
  seconds: 480,
  done: 8,
  skipped: 0,
  stopped,
  before,
  after,
});

/** Opens the widget with this text already stored as the log (a returning patient). */
async function openWithLog(app, text) {
  await app.page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [KEY, text]);
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
  expect(text).toContain(fill(t.ui.ProgressThisWeek, { n: 2 }));
  expect(text).toContain(fill(t.ui.ProgressGoalRange, { fewest: 2, most: 4 }));
  expect(text).toContain(t.ui.ProgressGoalMet);
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

for (const [name, sessions, says, guidance, frame] of [
  ["pain getting worse over two regular weeks", [entry(12, 3), entry(9, 3), entry(5, 5), entry(1, 6)], t.ui.SignWorsening, "q-pain-worsening", "NextFewDays"],
  ["pain not getting better over two regular weeks", [entry(12, 4), entry(9, 4), entry(5, 4), entry(1, 4)], t.ui.SignNotImproving, "q-pain-not-improving", "NextFewWeeks"],
]) {
  test(`the log says when to get the knee checked: ${name}, with the screening's words and time frame`, async ({ page, app }) => {
    await openWithLog(app, JSON.stringify({ version: 1, sessions }));
    // Said on the landing already, for a patient who never opens My progress.
    await expect(page.getByRole("heading", { name: t.ui.SignHeading })).toBeVisible();
    expect(await mainText(page)).toContain(says);
    await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
    await shows(page, "h1", t.ui.ProgressTitle);
    await expect(page.getByRole("heading", { name: t.ui.SignHeading })).toBeVisible();
    const text = await mainText(page);
    expect(text).toContain(says);
    expect(t.questions[guidance].guidance, guidance).toBeTruthy();
    expect(text).toContain(t.questions[guidance].guidance);
    expect(text).toContain(t.timeFrames[frame]);
  });
}

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
