// The safety screening as a patient answers it: every page accessible, every risk's result
// and time frame against the rules table, and answers that never leave memory.

import { test, expect, SIZES, expectAccessible, shot } from "./support/fixtures.mjs";
import { t, when } from "./support/catalog.mjs";
import { PREFERENCES, RISKS, answerScreening, mainText, noRisks, verdict } from "./support/patient.mjs";

// The rules table, written out here independently of the app: each risk's result and
// the time frame its reason must show. (Only the words come from the catalog.)
const TODAY = ["GetHelpToday", "Today"];
const DAYS = ["SeeClinician", "NextFewDays"];
const ASK_FIRST = ["SeeClinician", "BeforeAnyMassage"];
const WEEKS = ["SeeClinician", "NextFewWeeks"];
const RULES_TABLE = {
  "q-blood-clot-now": TODAY,
  "q-blood-clot-on-treatment": ASK_FIRST,
  "q-blood-clot-in-the-past": ASK_FIRST,
  "q-fever": TODAY,
  "q-redness-or-warmth": TODAY,
  "q-skin-infection": TODAY,
  "q-possible-fracture": TODAY,
  "q-misshapen": TODAY,
  "q-cannot-bear-weight": TODAY,
  "q-swelling-or-bruising": TODAY,
  "q-locking": TODAY,
  "q-giving-way": TODAY,
  "q-severe-pain": TODAY,
  "q-sharp-pain": DAYS,
  "q-recent-injury": DAYS,
  "q-sudden-pain": DAYS,
  "q-possible-tear": DAYS,
  "q-possible-mcl-injury": DAYS,
  "q-numbness-tingling-weakness": DAYS,
  "q-pain-worsening": DAYS,
  "q-open-wound": ["SeeClinician", "WhenHealed"],
  "q-doctor-said-no-massage": ASK_FIRST,
  "q-pain-lasting": WEEKS,
  "q-pain-not-improving": WEEKS,
  "q-pain-daily-life": WEEKS,
  "q-pain-sleep": WEEKS,
  "q-unsure-of-cause": WEEKS,
};
const RISK_COUNT = Object.keys(RULES_TABLE).length;
// The two lines of the urgent results: the emergency number, and urgent care.
const EMERGENCY_LINE = t.ui.EmergencyNote;
const URGENT_CARE = t.ui.UrgentCareNote;

test("every screening page and the go-ahead result pass axe, at every size", async ({ page, app }) => {
  await app.open();
  const asked = await answerScreening(page, noRisks(), async (p, index) => {
    await expectAccessible(p, `screening page ${index + 1}`);
    expect(await p.evaluate(() => document.activeElement?.tagName), `focus on page ${index + 1}`).toBe("H1");
    if (index === 1) {
      for (const [name, viewport] of Object.entries(SIZES)) {
        await p.setViewportSize(viewport);
        await p.screenshot({ path: shot(`screening-${viewport.width}x${viewport.height}`), fullPage: true });
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `px too wide at ${name}`).toBeLessThanOrEqual(0);
      }
      await p.setViewportSize(SIZES["tablet-landscape"]);
    }
  });
  expect(asked.filter((id) => !PREFERENCES.has(id)), "the risk questions asked").toHaveLength(RISK_COUNT);
  expect(await verdict(page), "verdict with no risk and MCL guidance").toBe(t.tiers.GoAhead.title);
  await expect(page.getByRole("heading", { name: t.ui.RulesHeading })).toBeVisible();
  await page.setViewportSize(SIZES["tablet-portrait"]);
  await page.screenshot({ path: shot("outcome-go-768x1024"), fullPage: true });
  await expectAccessible(page, "go-ahead result");
});

test("the risks asked are the rules table's, and the catalog's", async ({ page, app }) => {
  await app.open();
  const risks = (await answerScreening(page, noRisks())).filter((id) => !PREFERENCES.has(id));
  expect([...risks].sort(), "asked").toEqual(Object.keys(RULES_TABLE).sort());
  expect([...RISKS].sort(), "in the catalog").toEqual(Object.keys(RULES_TABLE).sort());
});

// Each sweep runs in two halves of the table, so the parallel project's workers share it.
const RISK_IDS = Object.keys(RULES_TABLE);
const HALVES = [RISK_IDS.slice(0, 14), RISK_IDS.slice(14)];

for (const [answer, label] of [["yes", "a yes"], ["not-sure", "a not sure"]]) {
  for (const [half, risks] of HALVES.entries()) {
    test(`${label} to any single risk never leads to the routine, and says what to do and when (${half + 1} of 2)`, async ({ page, app }) => {
      test.setTimeout(120_000);
      await app.open();
      await answerScreening(page, noRisks());
      const verdicts = new Set();
      for (const risk of risks) {
        await page.getByRole("button", { name: t.ui.StartOver }).click();
        await answerScreening(page, noRisks({ [risk]: answer }));
        const shown = await verdict(page);
        const [tier, frame] = RULES_TABLE[risk];
        expect(shown, `${answer} to ${risk}`).toBe(t.tiers[tier].title);
        await expect(page.getByRole("heading", { name: t.ui.RulesHeading }), `rules shown for ${risk}`).toHaveCount(0);
        await expect(page.locator(`#reason-${risk}`), `${risk} named as a reason`).toBeVisible();
        await expect(page.locator("li.reason", { has: page.locator(`#reason-${risk}`) }), `${risk}'s time frame`).toContainText(when(frame));
        const main = await mainText(page);
        const urgent = tier === "GetHelpToday";
        expect(main.includes(URGENT_CARE), `urgent-care line for ${risk}`).toBe(urgent);
        // The emergency line: every urgent result, and every clot answer whatever its result.
        expect(main.includes(EMERGENCY_LINE), `emergency line for ${risk}`).toBe(urgent || risk.startsWith("q-blood-clot"));
        if (!verdicts.has(tier)) {
          verdicts.add(tier);
          await expectAccessible(page, `result "${shown}"`);
          if (answer === "yes") {
            await page.setViewportSize(SIZES["tablet-portrait"]);
            const slug = { GetHelpToday: "get", SeeClinician: "see" }[tier];
            await page.screenshot({ path: shot(`outcome-${slug}-768x1024`), fullPage: true });
            await page.setViewportSize(SIZES["tablet-landscape"]);
          }
        }
      }
      const inTable = new Set(risks.map((risk) => RULES_TABLE[risk][0]));
      expect([...verdicts].sort(), "the blocking results seen are the table's").toEqual([...inTable].sort());
    });
  }
}

test("no MCL guidance gives the go-ahead with changes, which says the MCL step is out", async ({ page, app }) => {
  await app.open();
  await answerScreening(page, noRisks({ "q-mcl-guidance": "not-sure" }));
  expect(await verdict(page)).toBe(t.tiers.GoAheadWithChanges.title);
  expect(await mainText(page), "the change is named").toContain(t.ui.NoMclStep);
  await expectAccessible(page, "go-ahead-with-changes result");
});

test("answers stay in memory: nothing in storage, the URL, cookies or the console", async ({ page, app }) => {
  await app.open();
  const url = page.url();
  const consoleBefore = page.seen.console.length;
  await answerScreening(page, noRisks({ "q-fever": "yes", "q-locking": "not-sure" }));
  expect(page.url(), "the URL").toBe(url);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).length,
    cached: (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys())))
      .flat()
      .filter((r) => new URL(r.url).search !== "").length,
  }));
  expect(stored, "stored").toEqual({ local: 0, session: 0, cookie: "", databases: 0, cached: 0 });
  expect(page.seen.console.slice(consoleBefore), "console messages while answering").toEqual([]);
});
