// A picture on every step: the leg with the step's target outlined and its motion drawn over
// it; still under reduced motion; never over the countdown or the stop controls; small on the
// overview, and in black on white on the print-out (a take-home sheet).

import { test, expect, SIZES, expectAccessible, expectLabelsFit, shot } from "./support/fixtures.mjs";
import { t, STEP } from "./support/catalog.mjs";
import { openOverview, shows, skipOneStep, startRoutine } from "./support/patient.mjs";

// Each step's targets and the marks of its motion, written out from the issue: strokes from
// mid-thigh to the knee, cross-fiber strokes across the tendon, small circles on the MCL, the
// roller from hip to above the knee, the ball on its spot; the whole leg for the position and
// the movement.
const PICTURES = {
  Positioning: { targets: [], marks: {} },
  SoftTissueRelease: { targets: ["adductors", "vmo"], marks: { ".stroke": 3 } },
  PesAnserineHold: { targets: ["pes-anserine"], marks: { ".hold-ring": 1, ".hold-dot": 1 } },
  PesAnserineFriction: { targets: ["pes-anserine"], marks: { ".stroke": 2, ".arrowhead": 4 } },
  Mcl: { targets: ["mcl"], marks: { ".circling": 1 } },
  FoamRollerPass: { targets: ["adductors", "vmo"], marks: { ".rolling .roller": 1, ".stroke": 1 } },
  FoamRollerPause: { targets: ["adductors"], marks: { ".roller": 1, ".hold-ring": 1 } },
  MassageBall: { targets: ["adductors", "pes-anserine"], marks: { ".ball": 2 } },
  GentleMovement: { targets: [], marks: { ".bending": 1 } },
};

async function expectPicture(picture, kind) {
  const want = PICTURES[kind];
  await expect(picture, `${kind}'s picture`).toHaveAttribute("data-step", kind);
  const targets = await picture.locator(".is-target").evaluateAll((paths) => paths.map((p) => p.parentElement.dataset.structure).sort());
  expect(targets, `${kind}'s targets`).toEqual(want.targets);
  const overlay = picture.locator(".overlay");
  if (Object.keys(want.marks).length === 0) {
    await expect(overlay.locator("*"), `${kind}: nothing moves`).toHaveCount(0);
  }
  for (const [selector, count] of Object.entries(want.marks)) {
    await expect(overlay.locator(selector), `${kind}: ${selector}`).toHaveCount(count);
  }
}

const stepPicture = (page) => page.locator(".todo-card svg.step-picture");

test("each step of a full routine shows its picture with its target and motion", async ({ page, app }) => {
  // Nine pictures, each measured label by label: about 45 s alone, more beside another worker.
  test.setTimeout(120_000);
  await openOverview(app, { mcl: true });
  await page.getByText(t.ui.PresetFull, { exact: true }).click();
  // The overview: a small picture per step, the same as the step's.
  const thumbs = page.locator(".plan-step svg.step-picture-small");
  const kinds = await thumbs.evaluateAll((svgs) => svgs.map((s) => s.dataset.step));
  expect(kinds).toEqual(["Positioning", "SoftTissueRelease", "PesAnserineHold", "Mcl", "FoamRollerPass", "FoamRollerPause", "MassageBall", "GentleMovement"]);
  for (const [i, kind] of kinds.entries()) await expectPicture(thumbs.nth(i), kind);
  await page.getByText(t.ui.MethodFriction, { exact: true }).click();
  await expectPicture(page.locator('.plan-step svg[data-step="PesAnserineFriction"]'), "PesAnserineFriction");
  await page.getByText(t.ui.MethodHold, { exact: true }).click();
  await startRoutine(page);
  const seen = [];
  for (let i = 0; i < 12 && (await page.locator(".countdown").count()); i += 1) {
    const kind = await stepPicture(page).getAttribute("data-step");
    await shows(page, "#app h1", STEP[kind]);
    await expectPicture(stepPicture(page), kind);
    // Decorative: the step's text says where and how.
    await expect(stepPicture(page)).toHaveAttribute("aria-hidden", "true");
    // Its labels: the targets, the landmarks it is placed by, where never to press; all legible.
    const labels = await stepPicture(page).locator("text.label").allTextContents();
    // (A label wrapped to two lines reads without the space between them.)
    const has = (words) => labels.some((l) => l.replaceAll(/\s+/g, "").includes(words.replaceAll(/\s+/g, "")));
    if (PICTURES[kind].targets.length) expect(has(t.ui.AnatomyBackOfKnee), `${kind}: the back of the knee`).toBe(true);
    expect(has(t.bones.BonyBump), `${kind}: the bony bump`).toBe(PICTURES[kind].targets.includes("pes-anserine"));
    await expectLabelsFit(stepPicture(page), `${kind}'s labels`);
    if (!seen.includes(kind)) seen.push(kind);
    if (kind === "Mcl" && (await page.locator("#confirm-heading").count())) {
      await page.getByRole("button", { name: t.ui.ConfirmGoOn }).click();
      continue;
    }
    if (kind === "SoftTissueRelease") await expectAccessible(page, "a step with its picture");
    await skipOneStep(page);
  }
  expect(seen).toEqual(kinds);
  await shows(page, "#app h1", t.ui.DoneTitle);
});

test("reduced motion stops the overlay; the picture never covers the countdown or the stop controls", async ({ page, app }) => {
  await openOverview(app);
  await startRoutine(page);
  await skipOneStep(page); // the inner thigh: strokes
  const stroke = stepPicture(page).locator(".overlay .stroke").first();
  await expect(stroke).toHaveCSS("animation-name", "overlay-flow");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expect(stroke).toHaveCSS("animation-name", "none");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  for (const [name, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    const picture = await stepPicture(page).boundingBox();
    for (const selector of [".countdown", ".stop-controls", ".controls"]) {
      const box = await page.locator(selector).boundingBox();
      const apart = picture.y >= box.y + box.height || box.y >= picture.y + picture.height ||
        picture.x >= box.x + box.width || box.x >= picture.x + picture.width;
      expect(apart, `the picture over ${selector} at ${name}`).toBe(true);
    }
  }
});

test("the plan's print-out has a picture per step, in black on white", async ({ page, app }) => {
  await openOverview(app, { mcl: true });
  const steps = await page.locator(".plan-step").count();
  await page.emulateMedia({ media: "print" });
  const thumbs = page.locator(".plan-step svg.step-picture-small");
  await expect(thumbs).toHaveCount(steps);
  for (let i = 0; i < steps; i += 1) await expect(thumbs.nth(i)).toBeVisible();
  const target = thumbs.nth(1).locator(".is-target").first();
  await expect(target).toHaveCSS("stroke", "rgb(0, 0, 0)");
  await expect(target).toHaveCSS("fill", "rgb(255, 255, 255)");
  await expect(thumbs.nth(1).locator(".overlay .stroke").first()).toHaveCSS("stroke", "rgb(0, 0, 0)");
  await expect(thumbs.nth(1).locator(".overlay .stroke").first()).toHaveCSS("animation-name", "none");
  // A take-home sheet: every step's hands and motion, the MCL's cautions, the rules, how often,
  // when to get help, and lines for the clinician's notes and the next check.
  const sheet = await page.locator("body").innerText();
  for (const step of Object.values(t.steps)) {
    // (The friction variant of the pes anserine is not in this plan.)
    if (step.name === STEP.PesAnserineFriction) continue;
    for (const words of [step.usual.hands, step.usual.motion]) expect(sheet, `the sheet for "${step.name}"`).toContain(words);
  }
  for (const words of [t.ui.MclCautionTightness, t.ui.MclCautionNever, t.ui.MclCautionStop, t.ui.RuleStopOnPain,
    t.principles.Consistency, t.ui.SeekHelpIf, ...Object.values(t.seekHelp), t.ui.PrintNotes, t.ui.PrintReview]) {
    expect(sheet, "the sheet").toContain(words);
  }
  await page.setViewportSize(SIZES["tablet-portrait"]);
  await page.screenshot({ path: shot("print-plan-pictures"), fullPage: true });
  await page.emulateMedia({ media: "screen" });
});
