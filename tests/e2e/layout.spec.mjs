// Hands on the knee (issue 30): during a step, what the patient needs is on the screen with the
// page scrolled to the top, without scrolling, and nothing of it overlaps. Every step kind of a
// full routine (the MCL step, both pes anserine methods, both tools), the check-in and the MCL
// question, at each tablet and phone size (and, with E2E_LANG=es, in Spanish). The dark theme
// changes colours only, which a test here holds it to: its walk takes pictures and runs axe.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, SIZES, THEMES, expectAccessible, expectStepOrder, languageIndependent, shot } from "./support/fixtures.mjs";
import { ROOT } from "../../scripts/browser-kit.mjs";
import { t, STEP } from "./support/catalog.mjs";
import { openOverview, startRoutine } from "./support/patient.mjs";
import { mustSee, oneScreenProblems } from "./support/one-screen.mjs";

// Tablets in both orientations, phones, and a phone turned sideways.
const SCREENS = {
  "1024x768": "tablet",
  "768x1024": "tablet",
  "810x1080": "tablet",
  "820x1180": "tablet",
  "1180x820": "tablet",
  "390x844": "phone",
  "360x800": "phone",
  "844x390": "phone-landscape",
};

/** At every size: each element inside the viewport at the top of the page, none overlapping. */
async function expectOnOneScreen(page, what) {
  const held = (await page.locator(".check-in").count()) > 0;
  const cautions = (await page.locator(".todo-cautions").count()) > 0;
  for (const [size, kind] of Object.entries(SCREENS)) {
    const [width, height] = size.split("x").map(Number);
    await page.setViewportSize({ width, height });
    // The app fits the picture to a new screen size when the browser says it changed: give it
    // up to a second to settle.
    let problems = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      if (attempt > 0) await page.waitForTimeout(100);
      problems = await page.evaluate(oneScreenProblems, mustSee(kind, held, cautions));
      if (problems.length === 0) break;
    }
    if (problems.length) await page.screenshot({ path: shot(`layout-problem-${what.replace(/\W+/g, "-")}-${size}`) });
    expect.soft(problems, `${what} at ${size}`).toEqual([]);
  }
}

/**
 * Pictures of a step's card for the README and for a look (three steps, three sizes in the
 * light theme; one in the dark, which axe checks too), taken on the walk.
 */
async function cardShots(page, kind, theme) {
  if (!["SoftTissueRelease", "PesAnserineHold", "FoamRollerPass"].includes(kind)) return;
  const before = page.viewportSize();
  const sizes = theme === "light" ? Object.values(SIZES) : [SIZES["tablet-portrait"]];
  for (const viewport of sizes) {
    await page.setViewportSize(viewport);
    await page.locator(".todo-card").scrollIntoViewIfNeeded();
    await page.locator(".todo-card").screenshot({ path: shot(`step-${kind}-${theme}-${viewport.width}x${viewport.height}`), animations: "disabled" });
  }
  if (kind === "SoftTissueRelease") {
    await page.setViewportSize(SIZES.phone);
    await page.screenshot({ path: shot(`step-page-${theme}-390x844`), fullPage: true, animations: "disabled" });
  }
  if (theme === "dark" && kind === "PesAnserineHold") await expectAccessible(page, "a dark step with its picture");
  await page.setViewportSize(before);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The step on screen: its picture's kind, or the hold it waits at. */
async function current(page) {
  if (await page.locator("#confirm-heading").count()) return "the MCL question";
  if (await page.locator("#check-in-heading").count()) return "a check-in";
  return page.locator(".todo-card svg.step-picture").getAttribute("data-step");
}

// The dark theme changes colours only (the test below holds it to that), so what fits is proven
// in the light theme; the dark walk takes its pictures and its axe check (in the first language).
test("the dark theme sets colours only, so a screen that fits in light fits in dark", () => {
  languageIndependent();
  const css = readFileSync(join(ROOT, "styles", "main.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  // Every innermost rule (inside an @media or not): its selector list and its declarations.
  const rules = [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selectors: selector.split(",").map((x) => x.trim()),
    declarations: body.split(";").map((d) => d.trim()).filter(Boolean),
  }));
  const dark = (selector) => /data-theme\s*=\s*["']?dark/.test(selector);
  // A rule for the dark theme alone (one that also holds for the light theme changes both alike).
  const darkOnly = rules.filter((r) => r.selectors.some(dark) && r.selectors.every(dark));
  expect(darkOnly.length, "the dark theme's rules").toBeGreaterThan(0);
  expect(darkOnly.flatMap((r) => r.selectors).filter((x) => x !== ':root[data-theme="dark"]'), "selectors for the dark theme other than :root").toEqual([]);
  const declarations = darkOnly.flatMap((r) => r.declarations).map((d) => d.split(/:(.*)/s).map((x) => x.trim()));
  expect(declarations.filter(([name]) => !name.startsWith("--") && name !== "color-scheme").map(([n, v]) => `${n}: ${v}`), "declarations that are not colour variables").toEqual([]);
  // Each variable it sets is one the light theme sets too, and it is a colour.
  const light = new Set(rules.filter((r) => r.selectors.includes(":root")).flatMap((r) => r.declarations).map((d) => d.split(":")[0].trim()));
  const colour = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([^)]*\)|transparent|var\(--[\w-]+\))$/i;
  for (const [name, value] of declarations.filter(([n]) => n.startsWith("--"))) {
    expect(light.has(name), `${name} is set by the light theme too`).toBe(true);
    expect(value, `${name} is a colour`).toMatch(colour);
  }
});

for (const theme of THEMES) {
  const title = theme === "light"
    ? "every step of a full routine, its holds and both methods fit on one screen at each size"
    : "every step of a full routine, its holds and both methods in the dark theme: pictures, and axe on a step";
  test(title, async ({ page, app }) => {
    test.setTimeout(180_000);
    await openOverview(app, { mcl: true, query: theme === "dark" ? "?theme=dark" : "" });
    await page.getByText(t.ui.PresetFull, { exact: true }).click();
    await startRoutine(page);
    const seen = [];
    for (let i = 0; i < 14 && (await page.locator(".countdown").count()); i += 1) {
      const now = await current(page);
      seen.push(now);
      if (theme === "light") await expectOnOneScreen(page, `${now} (${theme})`);
      if (!seen.slice(0, -1).includes(now)) await cardShots(page, now, theme);
      if (now === "the MCL question") {
        await page.getByRole("button", { name: t.ui.ConfirmGoOn }).click();
      } else if (now === "a check-in") {
        // The answer ends the step: the routine goes on by itself.
        await page.getByRole("button", { name: t.ui.CheckInFine }).or(page.getByRole("button", { name: t.ui.CheckInGoodAche })).click();
      } else if (now === "PesAnserineHold" && !seen.includes("a check-in")) {
        // The step's end holds at a check-in.
        await page.clock.runFor(61_000);
        await expect(page.locator("#check-in-heading")).toBeVisible();
      } else {
        // What to keep off is always shown with the step's cautions, never behind the "more
        // about where" tap (the MCL's, as the last line of its caution).
        for (const item of t.steps[now].keepOff) {
          const escaped = item.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          await expect(page.locator(".todo-cautions li").filter({ hasText: new RegExp(escaped, "i") }), `${now}: "${item}" shown`).toBeVisible();
        }
        if (now === "SoftTissueRelease" && theme === "light") {
          for (const size of Object.keys(SCREENS)) {
            const [width, height] = size.split("x").map(Number);
            await page.setViewportSize({ width, height });
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: shot(`layout-step-${size}`), animations: "disabled" });
          }
        }
        await page.getByRole("button", { name: t.ui.SkipStep, exact: true }).click();
      }
    }
    expect(seen, "every step kind and both holds").toEqual(
      expect.arrayContaining(["Positioning", "SoftTissueRelease", "PesAnserineHold", "a check-in", "the MCL question", "Mcl",
        "FoamRollerPass", "FoamRollerPause", "MassageBall", "GentleMovement"]),
    );
    // The other pes anserine method.
    await openOverview(app, { query: theme === "dark" ? "?theme=dark" : "" });
    await page.getByText(t.ui.MethodFriction, { exact: true }).click();
    await startRoutine(page);
    while ((await current(page)) !== "PesAnserineFriction") await page.getByRole("button", { name: t.ui.SkipStep, exact: true }).click();
    await expect(page.locator(".step-name")).toHaveText(STEP.PesAnserineFriction);
    if (theme === "light") await expectOnOneScreen(page, `PesAnserineFriction (${theme})`);
    // At 200 % zoom (a 512x384 view) the page may scroll, but the order stays: the step, the
    // countdown, the stop buttons, the picture, the instructions.
    await page.setViewportSize({ width: 512, height: 384 });
    await expectStepOrder(page, "at 200 % zoom");
  });
}
