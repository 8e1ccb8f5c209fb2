// Accessibility, journey by journey (issue 19): the whole journey with the keyboard alone (and,
// with E2E_LANG=es, in Spanish), with focus visible at every stop, on the new
// screen's heading after each move, and never moved by the routine on its own; polite
// announcements of each step and hold, never of the countdown; "More time"; targets of at least
// 44x44 px on every screen; 200 % zoom, a doubled default font size and forced colours. The
// dark theme: the same journey's screens by taps, with axe's colour checks, in the English pass.

import { chromium } from "@playwright/test";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectAccessible, expectStepOrder, languageIndependent, openReady, shot, THEMES } from "./support/fixtures.mjs";
import { fill, t, STEP } from "./support/catalog.mjs";
import { answerScreening, noRisks, pauseClock, shows, startRoutine } from "./support/patient.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/browser-kit.mjs";

/** What has focus: its tag, id, role and accessible text. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
    const name = el.getAttribute("aria-label") || label?.textContent || el.textContent || "";
    return { tag: el.tagName, id: el.id, role: el.getAttribute("role"), name: name.replace(/\s+/g, " ").trim() };
  });

/** Whether the focused element shows it: an outline or a ring on it, its label, or its picture label. */
const focusShows = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const candidates = [el, el.matches("input") ? el.nextElementSibling : null, el.querySelector?.(".label")];
    return candidates.some((node) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
    });
  });

/**
 * Presses Tab (and only Tab) until the control `matches` has focus, checking that every stop on
 * the way shows its focus. Fails after 80 stops.
 */
async function tabTo(page, matches, what) {
  for (let stop = 0; stop < 80; stop += 1) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (now) expect(await focusShows(page), `focus visible on ${now.tag}#${now.id} "${now.name}"`).toBe(true);
    if (now && matches(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

const named = (name) => (f) => f.name === name;

/** Tab to the button named `name` and press it with Enter. */
async function press(page, name) {
  await tabTo(page, named(name), `"${name}"`);
  await page.keyboard.press("Enter");
}

/** Focus is on the new screen's top heading (a heading with tabindex=-1). */
async function expectHeadingFocus(page, text, where) {
  await expect(page.locator("h1:focus, h2:focus"), `${where}: focus on the heading`).toHaveText(text);
}

/** Every button, radio and checkbox (by its label's box) and standalone link is at least 44x44. */
async function expectTargets(page, where) {
  const small = await page.evaluate(() => {
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const targets = [];
    for (const el of document.querySelectorAll("button, [role=button], a[href], input[type=radio], input[type=checkbox]")) {
      let box = el;
      if (el.matches("input")) box = document.querySelector(`label[for="${el.id}"]`) ?? el;
      // A link inside a sentence is exempt (WCAG 2.5.8, inline).
      if (el.matches("a") && el.parentElement.textContent.trim() !== el.textContent.trim()) continue;
      if (!visible(box)) continue;
      const r = box.getBoundingClientRect();
      targets.push({ what: `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") || box.textContent).trim().slice(0, 40)}"`, w: r.width, h: r.height });
    }
    return targets.filter((x) => x.w < 44 - 0.5 || x.h < 44 - 0.5).map((x) => `${x.what} ${x.w.toFixed(0)}x${x.h.toFixed(0)}`);
  });
  expect(small, `${where}: targets under 44x44 px`).toEqual([]);
}

/** Nothing scrolls sideways, and no text is cut off in its box. */
async function expectFits(page, where) {
  const problems = await page.evaluate(() => {
    const out = [];
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    if (sideways > 0) out.push(`the page scrolls ${sideways}px sideways`);
    for (const el of document.querySelectorAll("#app h1, #app h2, #app p, #app li, #app button, #app label, #app dd")) {
      if (el.closest(".visually-hidden, svg")) continue;
      const style = getComputedStyle(el);
      // Hidden for the eye on this screen, kept for screen readers (a clip to nothing).
      if (style.clipPath === "inset(50%)") continue;
      if (style.display === "none" || style.visibility === "hidden") continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== "visible") out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" cut off`);
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1) out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" past the right edge`);
    }
    return out;
  });
  expect(problems, `${where}: layout`).toEqual([]);
}

/** The checks every screen of a journey gets. */
async function screenChecks(page, where) {
  await expectTargets(page, where);
  await expectFits(page, where);
  await expectAccessible(page, where);
}

/** Answers one screening page from the keyboard: Tab into each group, arrows to the choice. */
async function answerPageByKeyboard(page, pick) {
  const groups = await page.locator("fieldset").evaluateAll((sets) =>
    sets.map((f) => ({ id: f.id, choices: [...f.querySelectorAll("input[type=radio]")].map((i) => i.id) })),
  );
  for (const { id, choices } of groups) {
    const target = `${id}-${pick(id)}`;
    await tabTo(page, (f) => f.id.startsWith(`${id}-`), `the group ${id}`);
    const index = choices.indexOf(target);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowDown");
    await expect(page.locator(`#${target}`), `${target} chosen by keyboard`).toBeChecked();
  }
}

const live = (page) => page.locator("[aria-live=polite].visually-hidden");
const announce = (n, total, kind) => fill(t.ui.StepAnnounce, { n, total, name: STEP[kind] });

// The keyboard journey in the light theme; the dark theme's screens (their colours and focus
// rings) are checked below by taps, which cost a third of the time.
for (const theme of ["light"]) {
  test(`keyboard only, ${theme}: screening, routine (pause, resume, more time, skip, a hold, stop), Learn and every part`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.clock.install();
    await app.open(`?theme=${theme}`);
    await screenChecks(page, `landing (${theme})`);
    // Learn, and every part of the picture, from the keyboard.
    await press(page, t.ui.LearnOpen);
    await expectHeadingFocus(page, t.ui.LearnTitle, "Learn");
    await screenChecks(page, `Learn (${theme})`);
    const parts = Object.values(t.structures).map((s) => s.name);
    const seen = new Set();
    while (seen.size < parts.length) {
      const part = await tabTo(page, (f) => f.role === "button" && parts.includes(f.name) && !seen.has(f.name), "the next part");
      await page.keyboard.press("Enter");
      await expect(page.locator(".anatomy-detail"), `${part.name} explained`).toContainText(part.name);
      seen.add(part.name);
    }
    await press(page, t.ui.Back);
    await expectHeadingFocus(page, t.ui.AppTitle, "back on the landing");
    // The screening, page by page.
    await press(page, t.ui.StartScreening);
    const pick = noRisks({ "q-mcl-guidance": "no" });
    for (let pageIndex = 0; ; pageIndex += 1) {
      await expect(page.locator("h1:focus, h2:focus, legend:focus"), `screening page ${pageIndex + 1}: focus on its heading`).toHaveCount(1);
      await screenChecks(page, `screening page ${pageIndex + 1} (${theme})`);
      await answerPageByKeyboard(page, pick);
      if (await page.getByRole("button", { name: t.ui.SeeResult }).count()) {
        await press(page, t.ui.SeeResult);
        break;
      }
      await press(page, t.ui.Next);
    }
    await page.locator(".verdict h1").waitFor();
    await expect(page.locator(".verdict h1"), "focus on the result").toBeFocused();
    await screenChecks(page, `result (${theme})`);
    await press(page, t.ui.SeeMyRoutine);
    await expectHeadingFocus(page, t.ui.PlanHeading, "overview");
    await screenChecks(page, `overview (${theme})`);
    await press(page, t.ui.StartRoutine);
    await expectHeadingFocus(page, t.ui.BeforeStartHeading, "principles");
    await screenChecks(page, `principles (${theme})`);
    await press(page, t.ui.ReadyStart);
    // The routine: focus on the first step's heading, the step announced.
    await expectHeadingFocus(page, STEP.Positioning, "the first step");
    const total = await page.locator(".position").innerText().then((p) => Number(p.match(/(\d+)\D*$/)[1]));
    await expect(live(page)).toHaveText(announce(1, total, "Positioning"));
    await expect(page.locator(".countdown"), "the countdown is not live").not.toHaveAttribute("aria-live", /.*/);
    expect(await page.locator(".countdown").evaluate((c) => !!c.closest("[aria-live]")), "countdown inside a live region").toBe(false);
    await screenChecks(page, `a step (${theme})`);
    // Pause and resume keep focus on the one button.
    await press(page, t.ui.Pause);
    await expect(page.getByRole("button", { name: t.ui.Resume }), "Resume has focus").toBeFocused();
    const pausedAt = await page.locator(".countdown").innerText();
    await page.clock.runFor(5_000);
    await expect(page.locator(".countdown"), "paused").toHaveText(pausedAt);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: t.ui.Pause }), "Pause has focus").toBeFocused();
    // More time: 15 s more on this step, up to the step's longest.
    await press(page, fill(t.ui.MoreTime, { n: 15 }));
    await page.clock.runFor(1_000);
    const left = await page.locator(".countdown").innerText();
    const [m, s] = left.split(":").map(Number);
    expect(m * 60 + s, "time left after 15 s more").toBeGreaterThan(30);
    // The step changes on its own: focus stays on "More time", the new step is announced.
    await page.clock.runFor((m * 60 + s) * 1000 + 500);
    await shows(page, "h1", STEP.SoftTissueRelease);
    await expect(live(page)).toHaveText(announce(2, total, "SoftTissueRelease"));
    await expect(page.getByRole("button", { name: fill(t.ui.MoreTime, { n: 15 }) }), "focus kept on the automatic change").toBeFocused();
    // Skip: focus stays on Skip.
    await press(page, t.ui.SkipStep);
    await expect(live(page)).toHaveText(announce(3, total, "PesAnserineHold"));
    await expect(page.getByRole("button", { name: t.ui.SkipStep }), "focus kept after Skip").toBeFocused();
    // The step's end holds at a check-in: its heading takes focus, and it is announced.
    await page.clock.runFor(61_000);
    await expectHeadingFocus(page, t.ui.CheckInQuestion, "the check-in");
    await expect(live(page)).toHaveText(t.ui.CheckInQuestion);
    await screenChecks(page, `a check-in (${theme})`);
    await press(page, t.ui.CheckInGoodAche);
    await expect(page.getByRole("button", { name: t.ui.Pause }), "back on Pause after the check-in").toBeFocused();
    // A stop control ends the routine: focus on the stopped screen's heading.
    await press(page, t.ui.StopSharpPain);
    await expectHeadingFocus(page, t.ui.StoppedTitle, "stopped");
    await screenChecks(page, `stopped (${theme})`);
  });
}

test("dark theme, the same journey by taps: every screen passes axe (its colours), targets and layout; focus shows", async ({ page, app }) => {
  languageIndependent();
  test.setTimeout(120_000);
  await page.clock.install();
  await app.open("?theme=dark");
  await screenChecks(page, "landing (dark)");
  // Every stop of the landing shows its focus in the dark theme too.
  await tabTo(page, named(t.ui.StartScreening), "Start");
  await page.getByRole("button", { name: t.ui.LearnOpen }).click();
  await expect(page.getByRole("heading", { name: t.ui.LearnTitle, exact: true })).toBeVisible();
  await screenChecks(page, "Learn (dark)");
  await page.getByRole("button", { name: t.ui.Back }).first().click();
  await expect(page.getByRole("heading", { name: t.ui.AppTitle, exact: true })).toBeVisible();
  await answerScreening(page, noRisks({ "q-mcl-guidance": "no" }), (p, index) => screenChecks(p, `screening page ${index + 1} (dark)`));
  await screenChecks(page, "result (dark)");
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await expect(page.getByRole("heading", { name: t.ui.PlanHeading, exact: true })).toBeVisible();
  await screenChecks(page, "overview (dark)");
  await page.getByRole("button", { name: t.ui.StartRoutine }).click();
  await expect(page.getByRole("heading", { name: t.ui.BeforeStartHeading, exact: true })).toBeVisible();
  await screenChecks(page, "principles (dark)");
  await page.getByRole("button", { name: t.ui.ReadyStart }).click();
  await expect(page.getByRole("heading", { name: STEP.Positioning, exact: true })).toBeVisible();
  await screenChecks(page, "a step (dark)");
  for (const next of ["SoftTissueRelease", "PesAnserineHold"]) {
    await page.getByRole("button", { name: t.ui.SkipStep, exact: true }).click();
    await expect(page.getByRole("heading", { name: STEP[next], exact: true })).toBeVisible();
  }
  await page.clock.runFor(61_000);
  await expect(page.getByRole("heading", { name: t.ui.CheckInQuestion, exact: true })).toBeVisible();
  await screenChecks(page, "a check-in (dark)");
  await page.getByRole("button", { name: t.ui.CheckInGoodAche }).click();
  await page.getByRole("button", { name: t.ui.StopSharpPain }).click();
  await expect(page.getByRole("heading", { name: t.ui.StoppedTitle, exact: true })).toBeVisible();
  await screenChecks(page, "stopped (dark)");
});

for (const theme of THEMES) {
  test(`every other screen, ${theme}: each result tier, the MCL question and the end screen pass axe, targets and layout`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.clock.install();
    for (const [answers, tier] of [
      [{ "q-possible-fracture": "yes" }, "GoNow"],
      [{ "q-fever": "yes" }, "GetHelpToday"],
      [{ "q-pain-over-2-weeks": "yes" }, "SeeClinician"],
      [{ "q-pain-over-2-weeks": "yes", "q-clinician-cleared": "yes" }, "GoAheadWithChanges"],
      [{ "q-blood-thinners": "yes" }, "GoAheadWithChanges"],
    ]) {
      await app.open(`?theme=${theme}`);
      await answerScreening(page, noRisks(answers));
      await shows(page, ".verdict h1", t.tiers[tier].title);
      await screenChecks(page, `the ${tier} result (${theme})`);
    }
    // The MCL question, then the end screen (every step skipped).
    await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
    await startRoutine(page);
    for (let i = 0; i < 20 && !(await page.getByRole("heading", { name: t.ui.ConfirmHeading }).count()); i += 1) {
      await page.getByRole("button", { name: t.ui.SkipStep, exact: true }).click();
    }
    await expectHeadingFocus(page, t.ui.ConfirmHeading, "the MCL question");
    await expect(live(page)).toHaveText(`${t.ui.ConfirmHeading} ${t.ui.ConfirmQuestion}`);
    await screenChecks(page, `the MCL question (${theme})`);
    while (!(await page.getByRole("heading", { name: t.ui.DoneTitle }).count())) {
      const step = page.getByRole("button", { name: t.ui.SkipStep, exact: true });
      const confirm = page.getByRole("button", { name: t.ui.ConfirmSkip, exact: true });
      await (await confirm.count() ? confirm : step).click();
    }
    await expectHeadingFocus(page, t.ui.DoneTitle, "the end screen");
    await screenChecks(page, `the end screen (${theme})`);
  });
}

test("a step at its longest keeps More time in place, says so, and does nothing", async ({ page, app }) => {
  await page.clock.install();
  await app.open();
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  const more = page.getByRole("button", { name: fill(t.ui.MoreTime, { n: 15 }) });
  // Paused, so the clock cannot move under the test: the time left only grows by what is added.
  await page.getByRole("button", { name: t.ui.Pause }).click();
  await expect(page.getByRole("button", { name: t.ui.Resume }), "paused").toBeVisible();
  const countdown = page.locator(".countdown");
  const seconds = async () => countdown.innerText().then((c) => c.split(":").reduce((m, s) => m * 60 + Number(s), 0));
  const before = await seconds();
  // Getting into position: 30 s, up to 2 minutes: six taps of 15 s.
  for (let i = 0; i < 6; i += 1) await more.click();
  await expect(more).toHaveAttribute("aria-disabled", "true");
  await expect(page.locator("#longest-note")).toHaveText(t.ui.LongestNote);
  expect(await seconds(), "90 s more, and no more").toBe(before + 90);
  // At its longest the button is aria-disabled (it keeps its place and focus): press it by key.
  await more.press("Enter");
  expect(await seconds(), "nothing added past the longest").toBe(before + 90);
  await expect(more, "still in place").toBeVisible();
});

test("at 200 % zoom (512x384) every screen fits, with targets of at least 44 px", async ({ page, app }) => {
  await page.setViewportSize({ width: 512, height: 384 });
  await page.clock.install();
  await app.open();
  await screenChecks(page, "landing at 200 %");
  await page.screenshot({ path: shot("zoom-200-landing"), fullPage: true });
  await answerScreening(page, noRisks(), async (p, index) => {
    if (index === 0) await screenChecks(p, "screening at 200 %");
  });
  await screenChecks(page, "result at 200 %");
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await screenChecks(page, "overview at 200 %");
  await startRoutine(page);
  await screenChecks(page, "a step at 200 %");
  await page.screenshot({ path: shot("zoom-200-step"), fullPage: true });
});

test("with the browser's default font size doubled (32 px), every screen fits", async ({ server }) => {
  const profile = mkdtempSync(join(tmpdir(), "knee-font-"));
  mkdirSync(join(profile, "Default"), { recursive: true });
  writeFileSync(join(profile, "Default", "Preferences"), JSON.stringify({ webkit: { webprefs: { default_font_size: 32 } } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1024, height: 768 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openReady(page, server.url);
    const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(base, "the root font size follows the browser's setting (112.5 % of 32 px)").toBe(36);
    await screenChecks(page, "landing with large text");
    await page.screenshot({ path: shot("large-text-landing"), fullPage: true });
    await answerScreening(page, noRisks(), async (p, index) => {
      if (index === 0) await screenChecks(p, "screening with large text");
    });
    await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
    await startRoutine(page);
    await screenChecks(page, "a step with large text");
    await expectStepOrder(page, "a step with large text");
    await page.screenshot({ path: shot("large-text-step"), fullPage: true });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("in forced-colors mode every control, the countdown and the stop buttons stay visible", async ({ page, app }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.clock.install();
  await app.open();
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  const invisible = await page.evaluate(() => {
    const out = [];
    const differs = (a, b) => a !== b && a !== "rgba(0, 0, 0, 0)";
    // The colour behind an element: the first ancestor's background that is not transparent.
    const behind = (el) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    for (const el of document.querySelectorAll("button, .countdown, .stop-controls button")) {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const own = style.backgroundColor;
      const bg = own === "rgba(0, 0, 0, 0)" ? behind(el) : own;
      // A button's edge shows: a border unlike what is behind it, or a fill unlike it.
      const edge = (parseFloat(style.borderTopWidth) >= 1 && differs(style.borderTopColor, behind(el))) || differs(own, behind(el));
      const text = differs(style.color, bg) && el.textContent.trim() !== "";
      if (box.width === 0 || box.height === 0 || !text || (el.tagName === "BUTTON" && !edge)) {
        out.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}": text ${style.color} on ${bg}, border ${style.borderTopWidth} ${style.borderTopColor}`);
      }
    }
    return out;
  });
  expect(invisible, "controls that vanish in forced colours").toEqual([]);
  // The chosen language still shows as chosen.
  const looks = await page.locator(".lang-choice").evaluateAll((buttons) =>
    buttons.map((b) => [b.getAttribute("aria-pressed"), getComputedStyle(b).backgroundColor]));
  const [pressed, other] = [looks.find(([p]) => p === "true")[1], looks.find(([p]) => p === "false")[1]];
  expect(pressed, "the chosen language looks different from the other").not.toBe(other);
  await page.screenshot({ path: shot("forced-colors-step"), fullPage: true });
});

test("nothing flashes: no animation changes brightness or colour, and the 3-2-1 pulse is slower than once a second", async ({ page, app }) => {
  languageIndependent();
  await app.open();
  const found = await page.evaluate(() => {
    const out = { keyframes: [], flashing: [], reveals: [] };
    const all = [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule])));
    // A reveal happens once: visibility set only at the end, by rules that run it one time.
    const onceOnly = (name) =>
      all.filter((r) => r instanceof CSSStyleRule && r.style.animationName.split(",").map((n) => n.trim()).includes(name))
        .every((r) => ["", "1"].includes(r.style.animationIterationCount));
    for (const r of all) {
      if (!(r instanceof CSSKeyframesRule)) continue;
      out.keyframes.push(r.name);
      const frames = [...r.cssRules];
      const reveal = onceOnly(r.name) && frames.every((f) => Array.from(f.style).every((p) => p === "visibility") && (f.keyText === "100%" || !f.style.visibility));
      if (reveal) out.reveals.push(r.name);
      for (const frame of frames) {
        for (const prop of ["opacity", "color", "background-color", "background", "visibility", "filter", "fill"]) {
          if (frame.style.getPropertyValue(prop) && !(reveal && prop === "visibility")) out.flashing.push(`${r.name} ${frame.keyText} sets ${prop}`);
        }
      }
    }
    return out;
  });
  expect(found.keyframes, "the animations were read").toContain("ending-pulse");
  expect(found.flashing, "animations that change brightness or colour").toEqual([]);
  // The one reveal: the landing, and the note, when boot.js is late (styles/main.css).
  expect(found.reveals, "one-time reveals").toEqual(["boot-show"]);
  // The last three seconds' pulse: one cycle a second at most (WCAG 2.3.1 allows three).
  await page.clock.install();
  await app.open();
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  await pauseClock(page);
  // Two seconds before the first step ends: inside the 3-2-1.
  const [minutes, secs] = (await page.locator(".countdown").innerText()).split(":").map(Number);
  await page.clock.runFor((minutes * 60 + secs - 2) * 1_000);
  const countdown = page.locator(".countdown.is-ending");
  await expect(countdown).toHaveCount(1);
  const seconds = await countdown.evaluate((c) => parseFloat(getComputedStyle(c).animationDuration));
  expect(seconds, "pulse period in seconds").toBeGreaterThanOrEqual(1);
});
