// The safety screening as a patient answers it: every page accessible, every risk's result
// and time frame against the rules table, and answers that never leave memory.

import { test, expect, SIZES, expectAccessible, shot } from "./support/fixtures.mjs";
import { t, when } from "./support/catalog.mjs";
import { expectSays, PREFERENCES, RISKS, answerScreening, gatewayOf, mainText, noRisks, verdict } from "./support/patient.mjs";

// What a yes to each risk alone leads to comes from the core (the catalog's "tier" and
// "timeFrame"); its rules table is tested against the issues' on the host, every row and every
// combination (core/tests/screening_stories.rs, screening_exhaustive.rs). Here the browser
// shows that the screen says it: one risk per result and time frame, a follow-up, a clot.
const RULE = Object.fromEntries(RISKS.map((id) => [id, [t.questions[id].tier, t.questions[id].timeFrame]]));
// The answers that go ahead with changes, and what the routine then must not say.
const PRECAUTIONS = ["q-blood-thinners", "q-thin-bones", "q-steroid-injection", "q-varicose-veins", "q-reduced-feeling"];
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
  const always = RISKS.filter((id) => !gatewayOf(id));
  expect(asked.filter((id) => RULE[id]).sort(), "the risk questions asked").toEqual(always.sort());
  expect(await verdict(page), "verdict with no risk and MCL guidance").toBe(t.tiers.GoAhead.title);
  await expect(page.getByRole("heading", { name: t.ui.RulesHeading })).toBeVisible();
  await page.setViewportSize(SIZES["tablet-portrait"]);
  await page.screenshot({ path: shot("outcome-go-768x1024"), fullPage: true });
  await expectAccessible(page, "go-ahead result");
});

test("with every gateway answered yes, every risk in the catalog is asked, each with its result", async ({ page, app }) => {
  await app.open();
  // Every gateway answered yes: every follow-up appears.
  const gateways = Object.fromEntries(Object.keys(t.questions).filter((id) => gatewayOf(id)).map((id) => [gatewayOf(id), "yes"]));
  const risks = (await answerScreening(page, noRisks(gateways))).filter((id) => RISKS.includes(id));
  expect([...risks].sort(), "asked").toEqual([...RISKS].sort());
  for (const id of RISKS) expect(RULE[id].every(Boolean), `${id} has a result and a time frame`).toBe(true);
  const precautions = Object.keys(t.questions).filter((id) => t.questions[id].precaution);
  expect(precautions.sort(), "the precautions").toEqual([...PRECAUTIONS].sort());
});

// One risk for each result and time frame the core gives a single yes (the first by id, as
// the catalog JSON sorts them), and besides: a follow-up (asked after its gateway's yes) and a
// clot question whose result is not urgent (its emergency line shows all the same).
const SAMPLE = [];
for (const id of RISKS) {
  const seen = SAMPLE.some((other) => RULE[other].join() === RULE[id].join());
  if (!seen) SAMPLE.push(id);
}
for (const extra of [
  RISKS.find((id) => gatewayOf(id)),
  RISKS.find((id) => id.startsWith("q-blood-clot") && RULE[id][0] === "SeeClinician"),
]) {
  if (!SAMPLE.includes(extra)) SAMPLE.push(extra);
}

for (const [answer, label] of [["yes", "a yes"], ["not-sure", "a not sure"]]) {
  test(`${label} to a single risk of each result never leads to the routine, and says what to do and when`, async ({ page, app }) => {
    test.setTimeout(240_000);
    await app.open();
    await answerScreening(page, noRisks());
    const verdicts = new Set();
    for (const risk of SAMPLE) {
      await page.getByRole("button", { name: t.ui.StartOver }).click();
      // A follow-up is asked after a yes to its gateway (and the gateway may be a reason too).
      const gateway = gatewayOf(risk);
      await answerScreening(page, noRisks(gateway ? { [gateway]: "yes", [risk]: answer } : { [risk]: answer }));
      const shown = await verdict(page);
      const [tier, frame] = RULE[risk];
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
    const inTable = new Set(SAMPLE.map((risk) => RULE[risk][0]));
    expect([...verdicts].sort(), "the blocking results seen are the table's").toEqual([...inTable].sort());
  });
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
