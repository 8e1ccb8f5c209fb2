// Print or save as PDF: the result and the plan, with the date, the knee and the content
// version, and no controls.

import { test, expect, SIZES, shot } from "./support/fixtures.mjs";
import { t, STEP } from "./support/catalog.mjs";
import { answerScreening, expectSays, noRisks } from "./support/patient.mjs";

test.use({ viewport: SIZES["tablet-portrait"] });

test("the result and the plan print with the date, the knee and the content version, no controls", async ({ page, app }) => {
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => (window.__printed += 1);
  });
  await app.open();
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  const checkPrinted = async (name, mustSay) => {
    await page.getByRole("button", { name: t.ui.Print }).click();
    expect(await page.evaluate(() => window.__printed), `print asked on ${name}`).toBe(1);
    await page.evaluate(() => (window.__printed = 0));
    await page.emulateMedia({ media: "print" });
    const text = await page.locator("body").innerText();
    expectSays(text, [
      `${t.ui.PrintDate} ${today}`, `${t.ui.KneeChosen} ${t.choices.Left}`, `${t.ui.PrintVersion} ${t.contentVersion}`, ...mustSay,
    ], `the printed ${name}`);
    expect(text, `the printed ${name} asks to change answers`).not.toContain(t.ui.ChangeAnswerNote);
    await expect(page.locator("button:visible, input:visible"), `controls on the printed ${name}`).toHaveCount(0);
    await page.screenshot({ path: shot(`print-${name}`), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".print-summary"), "the print header on screen").toBeHidden();
  };
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await checkPrinted("result", [t.tiers.GetHelpToday.title, t.questions["q-fever"].text, `${t.ui.When} ${t.timeFrames.Today}`, t.ui.UrgentCareNote]);
  await page.getByRole("button", { name: t.ui.StartOver }).click();
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await checkPrinted("plan", [t.ui.PlanHeading, STEP.Positioning, "00:30", `${t.ui.TotalTime} 06:20`]);
});
