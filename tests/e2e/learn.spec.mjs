// The Learn section: reachable from the landing, a result and the end screen, and back to the
// same place with the answers kept; the anatomy picture chosen part by part from the keyboard;
// mirrored for the left knee; axe at three sizes in both themes.

import { test, expect, SIZES, expectAccessible, expectLabelsFit, languageIndependent, shot, THEMES } from "./support/fixtures.mjs";
import { t } from "./support/catalog.mjs";
import { answerScreening, mainText, noRisks, shows, skipOneStep, startRoutine, verdict } from "./support/patient.mjs";

const STRUCTURES = ["MedialMeniscus", "Adductors", "Vmo", "Mcl", "PesAnserine"];

/** A screenshot of the picture as it sits on the page, across the screen's width. */
async function pictureShot(page, name) {
  const figure = page.locator(".anatomy");
  await figure.scrollIntoViewIfNeeded();
  const box = await figure.boundingBox();
  const width = page.viewportSize().width;
  await page.screenshot({ path: shot(name), clip: { x: 0, y: Math.max(0, box.y), width, height: Math.min(box.height, page.viewportSize().height) } });
}

/** Opens Learn and checks it says everything the source teaches. */
async function openLearn(page) {
  await page.getByRole("button", { name: t.ui.LearnOpen }).click();
  await shows(page, "#app h1", t.ui.LearnTitle);
  await expect(page.locator("#app h1"), "focus on the heading").toBeFocused();
}

test("Learn holds the picture, the parts, benefits, principles, signs with their time frames and the FAQ", async ({ page, app }) => {
  await app.open();
  await openLearn(page);
  const text = await mainText(page);
  const everything = [
    ...Object.values(t.structures).flatMap((s) => [s.name, s.about]),
    ...Object.values(t.benefits),
    ...Object.values(t.principles),
    ...Object.values(t.contraindications),
    ...Object.values(t.contraindicationsGetHelp),
    ...Object.values(t.seekHelp),
    ...Object.values(t.seekHelpGetHelp),
    t.ui.UrgentCareNote,
    t.ui.KnowNotCare,
    `${t.ui.PrintVersion} ${t.contentVersion}`,
    ...Object.values(t.faq).flatMap((f) => [f.question, f.answer]),
  ];
  for (const words of everything) expect(text, "Learn").toContain(words);
  // Each sign with how soon to get help; the clot with its signs and the emergency line.
  const clot = page.locator("li", { hasText: t.contraindications.DeepVeinThrombosis });
  for (const words of [t.contraindicationsGetHelp.DeepVeinThrombosis, t.questions["q-blood-clot-now"].hint, t.ui.EmergencyNote]) {
    await expect(clot).toContainText(words);
  }
  await expect(page.locator("li", { hasText: t.seekHelp.UnsureOfCause })).toContainText(t.seekHelpGetHelp.UnsureOfCause);
  // One shape and one label per structure in the rendered picture.
  for (const slug of ["vmo", "adductors", "pes-anserine", "mcl", "medial-meniscus"]) {
    const part = page.locator(`svg [data-structure="${slug}"]`);
    await expect(part, slug).toHaveCount(1);
    await expect(part.locator("path.shape"), `${slug}'s shape`).toHaveCount(1);
    await expect(part.locator("text.label"), `${slug}'s label`).toHaveCount(1);
  }
  await expect(page.locator("svg path.muscle"), "a band per muscle").toHaveCount(6);
  await expect(page.locator("[style]"), "style attributes").toHaveCount(0);
  for (const theme of THEMES) {
    if (theme === "dark") {
      await app.open("?theme=dark");
      await openLearn(page);
    }
    for (const [name, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `px too wide at ${name}`).toBeLessThanOrEqual(0);
      await pictureShot(page, `learn-picture-${theme}-${viewport.width}x${viewport.height}`);
      if (theme === "light") await page.screenshot({ path: shot(`learn-${viewport.width}x${viewport.height}`), fullPage: true });
      await expectAccessible(page, `Learn, ${theme}, ${name}`);
    }
    await page.setViewportSize(SIZES["tablet-landscape"]);
  }
});

test("each structure is chosen from the keyboard and says what it is", async ({ page, app }) => {
  await app.open();
  await openLearn(page);
  // From the knee switch, Tab walks the picture's parts in drawing order.
  await page.getByRole("button", { name: t.choices.Left, exact: true }).focus();
  const detail = page.locator(".anatomy-detail");
  await expect(detail).toHaveText(t.ui.AnatomyHint);
  for (const [i, kind] of STRUCTURES.entries()) {
    await page.keyboard.press("Tab");
    const part = page.getByRole("button", { name: t.structures[kind].name, exact: true });
    await expect(part, `${kind} has focus`).toBeFocused();
    await page.keyboard.press(i % 2 ? " " : "Enter");
    await expect(part).toHaveAttribute("aria-pressed", "true");
    await expect(detail).toContainText(t.structures[kind].name);
    await expect(detail).toContainText(t.structures[kind].about);
    await expect(page.locator('svg [aria-pressed="true"]'), "one part chosen").toHaveCount(1);
    if (kind === "PesAnserine") {
      await pictureShot(page, "learn-picture-chosen-1024x768");
      await expectAccessible(page, "a chosen part");
    }
  }
  // Choosing it again lets it go.
  await page.keyboard.press("Enter");
  await expect(detail).toHaveText(t.ui.AnatomyHint);
  // A tap on the picture chooses too: a label, or a muscle's band (its group).
  await page.locator('svg [data-structure="mcl"] text').click();
  await expect(detail).toContainText(t.structures.Mcl.about);
  const band = page.locator('svg [data-muscle="muscle.semitendinosus"]');
  await band.scrollIntoViewIfNeeded();
  // A point on the band's course, a third of the way down, in the page's coordinates.
  const at = await band.evaluate((path) => {
    const p = path.getPointAtLength(path.getTotalLength() / 3);
    const m = path.getScreenCTM();
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  await page.mouse.click(at.x, at.y);
  await expect(detail).toContainText(t.structures.PesAnserine.about);
});

test("from a result and back, the answers are kept; the picture shows the chosen knee, mirrored", async ({ page, app }) => {
  await app.open();
  await answerScreening(page, noRisks({ "q-fever": "yes" })); // the left knee
  const before = await mainText(page);
  await openLearn(page);
  const picture = page.locator("svg.anatomy-picture");
  await expect(picture).toHaveAttribute("aria-label", `${t.choices.Left}. ${t.ui.AnatomyPicture}`);
  await expect(page.getByRole("button", { name: t.choices.Left, exact: true })).toHaveAttribute("aria-pressed", "true");
  const kneecapSide = async () => {
    const box = await picture.boundingBox();
    const cap = await page.locator('[data-bone="Kneecap"]').boundingBox();
    return cap.x + cap.width / 2 > box.x + box.width / 2 ? "right" : "left";
  };
  // Seen from the inner side, the front of a left knee is on the right.
  expect(await kneecapSide(), "the left knee's front").toBe("right");
  await pictureShot(page, "learn-picture-left-1024x768");
  await expect(page.locator(".label-front")).toHaveText(`${t.ui.AnatomyFront} \u2192`);
  await expectLabelsFit(picture, "the left knee's labels");
  await page.getByRole("button", { name: t.choices.Right, exact: true }).click();
  expect(await kneecapSide(), "the right knee's front").toBe("left");
  await expectLabelsFit(picture, "the right knee's labels");
  await expect(page.locator(".label-front")).toHaveText(`\u2190 ${t.ui.AnatomyFront}`);
  await page.getByRole("button", { name: t.ui.Back }).first().click();
  expect(await verdict(page)).toBe(t.tiers.GetHelpToday.title);
  expect(await mainText(page), "the result as it was").toBe(before);
  // Back from the result reaches the last page with its answers still chosen.
  await page.getByRole("button", { name: t.ui.Back }).click();
  await expect(page.locator("input:checked").first()).toBeChecked();
});

test("from the end screen and back; never while a routine runs; the landing's picture is the right knee", async ({ page, app }) => {
  languageIndependent();
  await page.clock.install();
  await app.open();
  await openLearn(page);
  await expect(page.getByRole("button", { name: t.choices.Right, exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: t.ui.Back }).last().click();
  await shows(page, "#app h1", t.ui.AppTitle);
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await expect(page.getByRole("button", { name: t.ui.LearnOpen }), "Learn on the overview").toHaveCount(0);
  await startRoutine(page);
  await expect(page.getByRole("button", { name: t.ui.LearnOpen }), "Learn while running").toHaveCount(0);
  await page.getByRole("button", { name: t.ui.Pause }).click();
  await expect(page.getByRole("button", { name: t.ui.LearnOpen }), "Learn while paused").toHaveCount(0);
  await page.getByRole("button", { name: t.ui.Resume }).click();
  while (await skipOneStep(page));
  await shows(page, "#app h1", t.ui.DoneTitle);
  const before = await mainText(page);
  await openLearn(page);
  await page.getByRole("button", { name: t.ui.Back }).first().click();
  await shows(page, "#app h1", t.ui.DoneTitle);
  expect(await mainText(page), "the end screen as it was").toBe(before);
});
