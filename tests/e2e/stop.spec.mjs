// The stop controls on every step: each ends the routine at once with what to do and when,
// and the words for its own reason only.

import { test, expect, SIZES, expectAccessible, shot } from "./support/fixtures.mjs";
import { t, STEP } from "./support/catalog.mjs";
import { answerScreening, expectSays, mainText, noRisks, openOverview, shows, startRoutine } from "./support/patient.mjs";

const PAIN = [t.ui.StoppedWarning, t.ui.StoppedWhenToday, t.ui.StoppedWhenDays];
const NERVE = [t.ui.StoppedNumbness, t.ui.StoppedNerveToday, t.ui.StoppedNerveDays];

for (const [control, says, notSays, slug, onMcl] of [
  ["StopSharpPain", PAIN, NERVE, "pain", false],
  ["StopNumbness", NERVE, PAIN, "numbness", false],
  ["StopMclPain", [...PAIN, t.ui.StoppedMcl], NERVE, "mcl", true],
]) {
  test(`the stop control "${t.ui[control]}" ends the routine with what to do`, async ({ page, app }) => {
    await openOverview(app, { mcl: onMcl });
    await startRoutine(page);
    if (onMcl) {
      for (let i = 0; i < 3; i += 1) await page.getByRole("button", { name: t.ui.SkipStep }).click();
      await shows(page, "#confirm-heading", t.ui.ConfirmHeading);
      await page.getByRole("button", { name: t.ui.ConfirmGoOn }).click();
      await shows(page, "h1", STEP.Mcl);
    }
    await page.getByRole("button", { name: t.ui[control] }).click();
    await shows(page, "h1", t.ui.StoppedTitle);
    const text = await mainText(page);
    expectSays(text, [t.ui[control], t.ui.StoppedStop, t.ui.StoppedRest, ...says, t.ui.ContactHeading], "the stop screen");
    // Each reason has its own guidance: numbness is not told that pain is a warning.
    for (const other of notSays) expect(text, `the stop screen for ${control}`).not.toContain(other);
    await expect(page.locator(".countdown"), "the countdown").toHaveCount(0);
    await page.clock.fastForward(600_000);
    await shows(page, "h1", t.ui.StoppedTitle);
    for (const size of ["tablet-portrait", "phone"]) {
      await page.setViewportSize(SIZES[size]);
      await page.screenshot({ path: shot(`stopped-${slug}-${SIZES[size].width}x${SIZES[size].height}`), fullPage: true });
    }
    await expectAccessible(page, `the stop screen (${t.ui[control]})`);
    // After sharp pain or numbness, this visit offers no routine again; a stop on the MCL leaves
    // out only that step.
    await page.getByRole("button", { name: t.ui.BackToStart }).click();
    await answerScreening(page, noRisks({ "q-mcl-guidance": onMcl ? "yes" : "no" }));
    await expect(page.getByRole("button", { name: t.ui.SeeMyRoutine }), "the routine offered again").toHaveCount(onMcl ? 1 : 0);
    expect((await mainText(page)).includes(t.ui.StoppedNotAgainToday), "not again today").toBe(!onMcl);
  });
}
