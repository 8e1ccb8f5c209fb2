// The safety screening as a patient answers it: every page accessible, every risk's result
// and time frame against the rules table, and answers that never leave memory.

import { test, expect, SIZES, expectAccessible, shot } from "./support/fixtures.mjs";
import { t, when } from "./support/catalog.mjs";
import { expectSays, PREFERENCES, RISKS, answerScreening, gatewayOf, mainText, noRisks, verdict } from "./support/patient.mjs";

// The issues' rules tables, written out here independently of the app: each risk's result and
// the time frame its reason must show. (Only the words come from the catalog.)
const NOW = ["GoNow", "Now"];
const TODAY = ["GetHelpToday", "Today"];
const DAYS = ["SeeClinician", "NextFewDays"];
const ASK_FIRST = ["SeeClinician", "BeforeAnyMassage"];
const WEEKS = ["SeeClinician", "NextFewWeeks"];
const RULES_TABLE = {
  "q-under-18": DAYS,
  "q-injury-last-6-weeks": DAYS,
  "q-cannot-take-four-steps": NOW,
  "q-tight-swollen-limb": NOW,
  "q-sudden-pain": DAYS,
  "q-possible-tear": DAYS,
  "q-possible-mcl-injury": DAYS,
  "q-possible-fracture": NOW,
  "q-swelling-or-bruising": TODAY,
  "q-out-of-shape": NOW,
  "q-redness-or-warmth": TODAY,
  "q-skin-infection": TODAY,
  "q-open-wound": ["SeeClinician", "WhenHealed"],
  "q-fever": TODAY,
  "q-fever-hot-knee": NOW,
  "q-fever-chemotherapy": NOW,
  "q-severe-pain": TODAY,
  "q-sharp-pain": DAYS,
  "q-cannot-bear-weight": TODAY,
  "q-locking": TODAY,
  "q-given-way": TODAY,
  "q-numbness-tingling-weakness": DAYS,
  "q-cold-pale-foot": NOW,
  "q-saddle-numbness-bladder-bowel": NOW,
  "q-blood-clot-now": TODAY,
  "q-blood-clot-on-treatment": ASK_FIRST,
  "q-blood-clot-in-the-past": ASK_FIRST,
  "q-blood-thinners-knock-or-bruise": TODAY,
  "q-easy-bruising": ASK_FIRST,
  "q-doctor-said-no-massage": ASK_FIRST,
  "q-surgery-last-3-months": ASK_FIRST,
  "q-knee-replacement": ASK_FIRST,
  "q-pregnancy": ASK_FIRST,
  "q-cancer-treatment": ASK_FIRST,
  "q-cancer-in-bone": ASK_FIRST,
  "q-groin-lymph-nodes": ASK_FIRST,
  "q-weight-loss": ["SeeClinician", "WithinTwoWeeks"],
  "q-hip-or-groin-pain": DAYS,
  "q-vein-inflamed": TODAY,
  "q-leg-ulcer": ASK_FIRST,
  "q-lymphoedema": ASK_FIRST,
  "q-pain-over-2-weeks": WEEKS,
  "q-pain-not-improving": WEEKS,
  "q-pain-worsening": DAYS,
  "q-pain-daily-life": WEEKS,
  "q-pain-sleep": WEEKS,
  "q-pain-day-and-night": DAYS,
  "q-unsure-of-cause": WEEKS,
};
// The answers that go ahead with changes, and what the routine then must not say.
const PRECAUTIONS = ["q-blood-thinners", "q-thin-bones", "q-steroid-injection", "q-varicose-veins", "q-reduced-feeling"];
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
  // Every risk that is asked always; a follow-up only after its gateway's yes or not sure.
  const always = Object.keys(RULES_TABLE).filter((id) => !gatewayOf(id));
  expect(asked.filter((id) => RULES_TABLE[id]), "the risk questions asked").toEqual(always);
  expect(RISK_COUNT).toBe(RISKS.length);
  expect(await verdict(page), "verdict with no risk and MCL guidance").toBe(t.tiers.GoAhead.title);
  await expect(page.getByRole("heading", { name: t.ui.RulesHeading })).toBeVisible();
  await page.setViewportSize(SIZES["tablet-portrait"]);
  await page.screenshot({ path: shot("outcome-go-768x1024"), fullPage: true });
  await expectAccessible(page, "go-ahead result");
});

test("the risks asked are the rules table's, and the catalog's", async ({ page, app }) => {
  await app.open();
  // Every gateway answered yes: every follow-up appears.
  const gateways = Object.fromEntries(Object.keys(t.questions).filter((id) => gatewayOf(id)).map((id) => [gatewayOf(id), "yes"]));
  const risks = (await answerScreening(page, noRisks(gateways))).filter((id) => RISKS.includes(id));
  expect([...risks].sort(), "asked").toEqual(Object.keys(RULES_TABLE).sort());
  expect([...RISKS].sort(), "in the catalog").toEqual(Object.keys(RULES_TABLE).sort());
  const precautions = Object.keys(t.questions).filter((id) => t.questions[id].precaution);
  expect(precautions.sort(), "the precautions").toEqual([...PRECAUTIONS].sort());
});

// Each sweep runs in four parts of the table, so the parallel project's workers share it.
const RISK_IDS = Object.keys(RULES_TABLE);
const PART = Math.ceil(RISK_IDS.length / 4);
const HALVES = [0, 1, 2, 3].map((i) => RISK_IDS.slice(i * PART, (i + 1) * PART));

for (const [answer, label] of [["yes", "a yes"], ["not-sure", "a not sure"]]) {
  for (const [half, risks] of HALVES.entries()) {
    test(`${label} to any single risk never leads to the routine, and says what to do and when (${half + 1} of 4)`, async ({ page, app }) => {
      test.setTimeout(240_000);
      await app.open();
      await answerScreening(page, noRisks());
      const verdicts = new Set();
      for (const risk of risks) {
        await page.getByRole("button", { name: t.ui.StartOver }).click();
        // A follow-up is asked after a yes to its gateway (and the gateway may be a reason too).
        const gateway = gatewayOf(risk);
        await answerScreening(page, noRisks(gateway ? { [gateway]: "yes", [risk]: answer } : { [risk]: answer }));
        const shown = await verdict(page);
        const [tier, frame] = RULES_TABLE[risk];
        expect(shown, `${answer} to ${risk}`).toBe(t.tiers[tier].title);
        await expect(page.getByRole("heading", { name: t.ui.RulesHeading }), `rules shown for ${risk}`).toHaveCount(0);
        await expect(page.locator(`#reason-${risk}`), `${risk} named as a reason`).toBeVisible();
        await expect(page.locator("li.reason", { has: page.locator(`#reason-${risk}`) }), `${risk}'s time frame`).toContainText(when(frame));
        const main = await mainText(page);
        const urgent = tier === "GetHelpToday" || tier === "GoNow";
        expect(main.includes(URGENT_CARE), `urgent-care line for ${risk}`).toBe(tier === "GetHelpToday");
        if (tier === "GoNow") expectSays(main, [t.tiers.GoNow.summary], `go now for ${risk}`);
        // The emergency line: every urgent result, and every clot answer whatever its result.
        expect(main.includes(EMERGENCY_LINE), `emergency line for ${risk}`).toBe(urgent || risk.startsWith("q-blood-clot"));
        if (!verdicts.has(tier)) {
          verdicts.add(tier);
          await expectAccessible(page, `result "${shown}"`);
          if (answer === "yes") {
            await page.setViewportSize(SIZES["tablet-portrait"]);
            const slug = { GoNow: "now", GetHelpToday: "get", SeeClinician: "see" }[tier];
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

for (const [answer, label] of [["yes", "a yes"], ["not-sure", "a not sure"]]) {
  test(`${label} to each precaution goes ahead with its changes, and the routine is gentle`, async ({ page, app }) => {
    test.setTimeout(240_000);
    await app.open();
    await answerScreening(page, noRisks());
    for (const precaution of PRECAUTIONS) {
      await page.getByRole("button", { name: t.ui.StartOver }).click();
      await answerScreening(page, noRisks({ [precaution]: answer }));
      expect(await verdict(page), precaution).toBe(t.tiers.GoAheadWithChanges.title);
      const main = await mainText(page);
      expectSays(main, [t.ui.PrecautionsNote, t.questions[precaution].guidance, t.ui.LimitsIntro, t.limits.Gentle], precaution);
      await expectAccessible(page, `the result after ${precaution}`);
      await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
      const overview = (await mainText(page)).toLowerCase();
      for (const word of t.notGentle) expect(overview, `${precaution}: the overview says "${word}"`).not.toContain(word);
      const names = await page.locator(".plan-step-name").allInnerTexts();
      // Hands only: no roller and no ball; the steroid injection: no step below the knee, so no ball.
      const handsOnly = precaution !== "q-steroid-injection";
      expect(names.includes(t.steps.FoamRollerPass.name), `${precaution}: the roller`).toBe(!handsOnly);
      expect(names.includes(t.steps.MassageBall.name), `${precaution}: the ball`).toBe(false);
      if (precaution === "q-steroid-injection") {
        expect(names.includes(t.steps.PesAnserineHold.name), "no pes anserine step").toBe(false);
      }
      await page.getByRole("button", { name: t.ui.Back }).first().click();
    }
  });
}
