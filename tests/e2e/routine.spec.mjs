// The guided routine by the clock (Playwright's clock, so seconds are exact): every step to the
// end screen, pause, resume, skip, back, a hidden tab, the MCL step's question, the gentle
// plan after a clearance, and the overview's ranges.

import { test, expect, SIZES, expectAccessible, languageIndependent, shot } from "./support/fixtures.mjs";
import { t, STEP, advised, fill, minutesWords } from "./support/catalog.mjs";
import {
  answerScreening, clock, expectSays, mainText, noRisks, openOverview, pauseClock, shows, skipOneStep, startRoutine, verdict,
} from "./support/patient.mjs";

test.describe(() => {
  test.use({ viewport: SIZES["tablet-portrait"] });

  test("a whole short routine runs by the clock, step by step, to the end screen", async ({ page, app }) => {
    await openOverview(app);
    await shows(page, ".plan-total strong", "05:50");
    await page.screenshot({ path: shot("overview-768x1024"), fullPage: true });
    await expectAccessible(page, "routine overview");
    await page.getByRole("button", { name: t.ui.StartRoutine }).click();
    await shows(page, "#app h1", t.ui.BeforeStartHeading);
    expectSays(await mainText(page), [t.principles.ListenToYourBody, t.principles.StartGentle, t.principles.BreatheDeeply], "the key principles");
    await page.clock.fastForward(60_000);
    await expect(page.locator(".countdown"), "started before the patient was ready").toHaveCount(0);
    await expectAccessible(page, "the key principles");
    // From here only the test moves time: a busy machine cannot eat into a step between looks.
    // (axe waits on the page's timers: time flows while it looks, then stops again.)
    await pauseClock(page);
    const axeWhileTimeFlows = async (screen) => {
      await page.clock.resume();
      await expectAccessible(page, screen);
      await pauseClock(page);
    };
    await page.getByRole("button", { name: t.ui.ReadyStart }).click();
    await page.locator(".countdown").waitFor();
    const steps = [
      ["Positioning", 30], ["SoftTissueRelease", 120], ["PesAnserineHold", 30], ["FoamRollerPass", 60],
      ["FoamRollerPause", 20], ["MassageBall", 30], ["GentleMovement", 60],
    ];
    for (const [index, [kind, seconds]] of steps.entries()) {
      await shows(page, "h1", STEP[kind]);
      await shows(page, ".countdown", clock(seconds));
      await shows(page, ".position", fill(t.ui.StepPosition, { n: index + 1, total: steps.length }));
      await expect(page.getByRole("button", { name: t.ui.StopMclPain }), "the MCL stop on another step").toHaveCount(0);
      if (index === 1) {
        // The new step's fade-in is shown finished, as a patient sees it a moment later.
        for (const size of ["tablet-portrait", "tablet-landscape", "phone"]) {
          await page.setViewportSize(SIZES[size]);
          await page.screenshot({ path: shot(`routine-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true, animations: "disabled" });
        }
        await page.setViewportSize(SIZES["tablet-portrait"]);
        await axeWhileTimeFlows("a running step");
        // 45 s on, the countdown shows 45 s less.
        const left = async () => {
          const [m, sec] = (await page.locator(".countdown").textContent()).trim().split(":").map(Number);
          return m * 60 + sec;
        };
        const before = await left();
        expect(before, "the step had started and not ended").toBeGreaterThan(60);
        await page.clock.fastForward(45_000);
        expect(Math.abs(before - 45 - (await left())), "seconds off after 45 s").toBeLessThanOrEqual(1);
        // To the step's end by what it shows is left (axe's seconds came out of it).
        await page.clock.fastForward((await left()) * 1000);
      } else {
        await page.clock.fastForward(seconds * 1000);
      }
      // Deep pressure steps (the inner thigh and the pes anserine) end with a check-in.
      if (kind === "SoftTissueRelease" || kind === "PesAnserineHold") {
        await shows(page, "#check-in-heading", t.ui.CheckInQuestion);
        await shows(page, ".countdown", "00:00");
        // The timer waits for the answer, however long it takes.
        await page.clock.fastForward(120_000);
        await shows(page, "h1", STEP[kind]);
        if (index === 1) {
          expect(await page.evaluate(() => document.activeElement?.id), "focus at the check-in").toBe("check-in-heading");
          await page.screenshot({ path: shot("check-in-768x1024"), fullPage: true });
          await axeWhileTimeFlows("the check-in");
        }
        await page.getByRole("button", { name: t.ui.CheckInGoodAche }).click();
      }
    }
    await shows(page, "h1", t.ui.DoneTitle);
    expectSays(await mainText(page), [
      ...steps.map(([kind]) => STEP[kind]),
      t.ui.SeekHelpIf,
      t.seekHelp.PainPersistentWorseningOrNotImproving,
      t.seekHelp.UnsureOfCause,
      t.principles.Consistency,
    ], "the end screen");
    await expect(page.locator(".plan-step.is-skipped"), "a step done shown as skipped").toHaveCount(0);
    await page.screenshot({ path: shot("done-768x1024"), fullPage: true });
    await axeWhileTimeFlows("the end screen");
    await page.getByRole("button", { name: t.ui.OtherKnee }).click();
    await shows(page, "h1", t.pages.YourKnee);
    await expect(page.locator("#q-which-knee-right"), "the other knee").toBeChecked();
  });

  for (const choice of ["ConfirmSkip", "ConfirmGoOn"]) {
    test(`the MCL step (${t.ui[choice]}): the check-in and the MCL question share one pause; its caution on the step`, async ({ page, app }) => {
      await openOverview(app, { mcl: true });
      await startRoutine(page);
      await page.clock.fastForward(30_000 + 120_000);
      await page.getByRole("button", { name: t.ui.CheckInGoodAche }).click();
      await page.clock.fastForward(30_000);
      // The pes anserine's check-in first, then the MCL question in the same pause.
      await shows(page, "#check-in-heading", t.ui.CheckInQuestion);
      await page.getByRole("button", { name: t.ui.CheckInGoodAche }).click();
      await shows(page, "#confirm-heading", t.ui.ConfirmHeading);
      await shows(page, "h1", STEP.Mcl);
      expect(await page.evaluate(() => document.activeElement?.id), "focus on the MCL question").toBe("confirm-heading");
      expectSays(await mainText(page), [
        t.ui.ConfirmQuestion, t.ui.MclCautionHeading, t.ui.MclCautionTightness, t.ui.MclCautionNever,
        t.steps.Mcl.usual.pressure, t.ui.MclCautionStop, `00:30 (${advised("Mcl")})`,
      ], "the MCL hold");
      // The step does not start by itself, however long the wait.
      await page.clock.fastForward(120_000);
      await shows(page, ".countdown", "00:30");
      await shows(page, "#confirm-heading", t.ui.ConfirmHeading);
      const skip = choice === "ConfirmSkip";
      if (skip) {
        for (const size of ["tablet-portrait", "phone"]) {
          await page.setViewportSize(SIZES[size]);
          await page.screenshot({ path: shot(`mcl-hold-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true });
        }
        await page.setViewportSize(SIZES["tablet-portrait"]);
        await expectAccessible(page, "the MCL hold");
      }
      await page.getByRole("button", { name: t.ui[choice] }).click();
      if (skip) {
        await shows(page, "h1", STEP.FoamRollerPass);
        await shows(page, ".countdown", "01:00");
      } else {
        await shows(page, "h1", STEP.Mcl);
        await page.clock.fastForward(10_000);
        await shows(page, ".countdown", "00:20");
        await expect(page.getByRole("button", { name: t.ui.StopMclPain }), "the MCL stop").toBeVisible();
      }
      // To the end: the end screen lists the MCL step as skipped, or as done.
      await page.clock.fastForward(3_600_000);
      await shows(page, "h1", t.ui.DoneTitle);
      const mclRow = page.locator(".plan-step", { hasText: STEP.Mcl });
      await expect(mclRow.locator(".plan-step-time"), "the MCL row").toHaveText(skip ? t.ui.SkippedLabel : "00:30");
      await expect(page.locator(".plan-step.is-skipped"), "skipped rows").toHaveCount(skip ? 1 : 0);
      if (skip) {
        for (const size of ["tablet-portrait", "phone"]) {
          await page.setViewportSize(SIZES[size]);
          await page.screenshot({ path: shot(`done-skipped-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true });
        }
        await page.setViewportSize(SIZES["tablet-portrait"]);
        await expectAccessible(page, "the end screen with a skipped step");
        await page.emulateMedia({ media: "print" });
        await expect(page.locator("body"), "the print-out shows the skipped step").toContainText(t.ui.SkippedLabel);
        await page.emulateMedia({ media: "screen" });
      }
    });
  }

  test("after a clinician's clearance every step says gentle pressure, on the overview, the steps and the print-out", async ({ page, app }) => {
    await page.clock.install();
    await app.open();
    await answerScreening(page, noRisks({ "q-pain-over-2-weeks": "yes", "q-clinician-cleared": "yes" }));
    expect(await verdict(page)).toBe(t.tiers.GoAheadWithChanges.title);
    expect(await mainText(page), "the result's promise").toContain(t.ui.GentleAfterClearance);
    // What only the usual plan asks of the hands: any of it on screen breaks the promise.
    const usualOnly = Object.values(t.steps).flatMap((step) =>
      ["hands", "pressure", "motion"].map((part) => step.usual[part]).filter((words, i) => words !== step.gentle[["hands", "pressure", "motion"][i]]),
    );
    expect(usualOnly.length, "steps that change when gentle").toBeGreaterThan(3);
    const expectGentle = (text, where) => {
      for (const words of usualOnly) expect(text, `${where} asks for more than gentle`).not.toContain(words);
    };
    await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
    const overview = await mainText(page);
    expect(overview, "the overview says why").toContain(t.ui.GentleWhy);
    expectGentle(overview, "the overview");
    await page.emulateMedia({ media: "print" });
    expectGentle(await page.locator("body").innerText(), "the print-out");
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: t.ui.StartRoutine }).click();
    const before = await mainText(page);
    expect(before, "the key principles say to keep it light").toContain(t.ui.GentleKeepLight);
    expect(before, "the key principles say to press harder").not.toContain(t.principles.StartGentle);
    await page.getByRole("button", { name: t.ui.ReadyStart }).click();
    await page.locator(".countdown").waitFor();
    const kinds = ["Positioning", "SoftTissueRelease", "PesAnserineHold", "Mcl", "FoamRollerPass", "FoamRollerPause", "MassageBall", "GentleMovement"];
    let seen = 0;
    while (await page.locator(".countdown").count()) {
      const title = (await page.locator("#app h1").textContent()).trim();
      const kind = kinds.find((k) => STEP[k] === title);
      expect(kind, `the step "${title}"`).toBeTruthy();
      const step = await page.locator(".todo-card").innerText();
      expectGentle(step, `the step "${title}"`);
      expectSays(step, [t.steps[kind].gentle.pressure], `the step "${title}"`);
      if (kind === "SoftTissueRelease") {
        for (const size of ["tablet-portrait", "phone"]) {
          await page.setViewportSize(SIZES[size]);
          await page.screenshot({ path: shot(`gentle-step-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true, animations: "disabled" });
        }
        await page.setViewportSize(SIZES["tablet-portrait"]);
      }
      seen += 1;
      expect(await skipOneStep(page), "a way on").toBe(true);
      if (seen > kinds.length) break;
    }
    expect(seen, "steps checked").toBeGreaterThanOrEqual(7);
    await shows(page, "h1", t.ui.DoneTitle);
  });
});

test("pause, resume, space, skip and back keep the countdown right", async ({ page, app }) => {
  await openOverview(app);
  await startRoutine(page);
  await page.clock.fastForward(10_000);
  await shows(page, ".countdown", "00:20");
  await page.getByRole("button", { name: t.ui.Pause }).click();
  await shows(page, ".paused-note", t.ui.PausedNote);
  await page.clock.fastForward(120_000);
  await shows(page, ".countdown", "00:20");
  await page.screenshot({ path: shot("paused-1024x768"), fullPage: true });
  await expectAccessible(page, "a paused step");
  await page.getByRole("button", { name: t.ui.Resume }).click();
  await page.clock.fastForward(5_000);
  await shows(page, ".countdown", "00:15");
  // Space pauses and resumes (focus is on the step's heading, not on a button).
  await page.locator("#app h1").focus();
  await page.keyboard.press(" ");
  await shows(page, ".paused-note", t.ui.PausedNote);
  await page.keyboard.press(" ");
  await page.clock.fastForward(5_000);
  await shows(page, ".countdown", "00:10");
  await page.getByRole("button", { name: t.ui.SkipStep }).click();
  await shows(page, "h1", STEP.SoftTissueRelease);
  await shows(page, ".countdown", "02:00");
  await page.getByRole("button", { name: t.ui.PreviousStep }).click();
  await shows(page, "h1", STEP.Positioning);
  await shows(page, ".countdown", "00:30");
});

test("after the tab was hidden, the true step and time show before any tick", async ({ page, app }) => {
  languageIndependent();
  await openOverview(app);
  await page.getByText(t.ui.PresetFull, { exact: true }).click();
  await shows(page, ".plan-total strong", "10:00");
  await startRoutine(page);
  await page.clock.fastForward(40_000); // 10 s into the 5-minute soft tissue step
  await shows(page, "h1", STEP.SoftTissueRelease);
  await shows(page, ".countdown", "04:50");
  const setHidden = (hidden) =>
    page.evaluate((h) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  const seconds = async () => {
    const [m, s] = (await page.locator(".countdown").textContent()).trim().split(":").map(Number);
    return m * 60 + s;
  };

  // Hidden for 2 minutes inside the step: nothing is drawn meanwhile; the truth on waking.
  await setHidden(true);
  await page.clock.fastForward(120_000);
  expect(await seconds(), "redrawn while hidden").toBe(290);
  await setHidden(false);
  expect(Math.abs((await seconds()) - 170), "seconds off 02:50 after waking").toBeLessThanOrEqual(1);

  // Hidden for 6 minutes: the step ended meanwhile, and the timer holds at its check-in.
  await setHidden(true);
  await page.clock.fastForward(6 * 60_000);
  await expect(page.locator("#check-in-heading"), "redrawn while hidden").toHaveCount(0);
  await setHidden(false);
  await expect(page.locator("#app h1"), "step after waking").toHaveText(STEP.SoftTissueRelease);
  expect(await seconds(), "seconds left after waking").toBe(0);
  await expect(page.locator("#check-in-heading")).toHaveText(t.ui.CheckInQuestion);
});

test("the overview gives each step the source's range in words, and says plainly when a plan leaves 5 to 10 minutes", async ({ page, app }) => {
  await openOverview(app, { mcl: true });
  await page.getByText(t.ui.PresetFull, { exact: true }).click();
  await shows(page, ".plan-total strong", "10:00");
  expectSays(await page.locator(".plan-steps").innerText(), [advised("SoftTissueRelease"), advised("Mcl"), advised("FoamRollerPause")], "the overview");
  await expect(page.locator(".session-note"), "a note inside 5-10 minutes").toHaveText("");
  await page.getByRole("button", { name: `${t.ui.Longer}: ${STEP.SoftTissueRelease}` }).click();
  await shows(page, ".plan-total strong", "10:30");
  await shows(page, ".session-note", fill(t.ui.OutsideSessionGuidance, { time: minutesWords(630) }));
  await page.getByText(t.ui.MethodFriction, { exact: true }).click();
  expectSays(await page.locator(".plan-steps").innerText(), [advised("PesAnserineFriction")], "the overview with strokes");
  expect(await mainText(page), "the gloss").toContain(t.ui.WordCrossFiber);
  await expectAccessible(page, "the overview with the note");
});

test("sharp or increasing pain at a check-in stops the routine with its guidance", async ({ page, app }) => {
  await openOverview(app);
  await startRoutine(page);
  await page.clock.fastForward(30_000 + 120_000);
  await shows(page, "#check-in-heading", t.ui.CheckInQuestion);
  await page.locator(".check-in").getByRole("button", { name: t.ui.StopSharpPain }).click();
  await shows(page, "h1", t.ui.StoppedTitle);
  expect(await mainText(page)).toContain(t.ui.StoppedWarning);
});
