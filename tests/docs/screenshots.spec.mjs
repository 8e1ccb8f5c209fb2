// The pictures in docs/: every screenshot the README and docs/clinic/ show, made from the release
// build by one command (scripts/docs-screenshots.sh, the "docs" project). Not a test of
// behaviour: the e2e specs prove the behaviour; this only takes the pictures, at the sizes a
// clinic looks at (a tablet upright and sideways, a phone).

import { join } from "node:path";
import { test, expect, SIZES } from "../e2e/support/fixtures.mjs";
import { catalogOf, t } from "../e2e/support/catalog.mjs";
import { hostPages, widgetFrame } from "../e2e/support/host.mjs";
import { answerScreening, noRisks, openOverview, shows, skipOneStep, startRoutine } from "../e2e/support/patient.mjs";
import { ROOT } from "../../scripts/browser-kit.mjs";

const picture = (name) => join(ROOT, "docs", `${name}.png`);

// The host page's own console is not the widget's.
test.use({ goodGuest: false });

test.describe("on an upright tablet", () => {
  test.use({ viewport: SIZES["tablet-portrait"] });

  test("the landing, the screening and an urgent result", async ({ page, app }) => {
    await app.open();
    await page.screenshot({ path: picture("landing-768x1024") });
    await page.getByRole("button", { name: t.ui.StartScreening }).click();
    await page.locator("fieldset").first().waitFor();
    await page.screenshot({ path: picture("screening-768x1024") });
    await page.getByRole("button", { name: t.ui.Back }).click();
    await answerScreening(page, noRisks({ "q-fever": "yes" }));
    await shows(page, ".verdict h1", t.tiers.GetHelpToday.title);
    await page.screenshot({ path: picture("outcome-urgent-768x1024") });
  });

  test("My progress, with a private log of four weeks", async ({ page, app }) => {
    const day = (back) => {
      const d = new Date();
      d.setDate(d.getDate() - back);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    const sessions = [[25, 7, 5], [22, 6, 5], [18, 6, 4], [15, 5, 4], [11, 5, 3], [8, 4, 3], [4, 4, 2], [1, 3, 2]].map(
      ([back, before, after]) => ({ day: day(back), knee: "left", seconds: 540, done: 8, skipped: 0, stopped: null, before, after }),
    );
    await page.addInitScript((log) => localStorage.setItem("knee-care.private-log", log), JSON.stringify({ version: 1, sessions }));
    await app.open();
    await page.getByRole("button", { name: t.ui.ProgressTitle }).click();
    await shows(page, "h1", t.ui.ProgressTitle);
    await page.screenshot({ path: picture("progress-768x1024"), fullPage: true });
  });

  test("a step of the routine, and the hold before the MCL step", async ({ page, app }) => {
    await openOverview(app, { mcl: true });
    await startRoutine(page);
    await page.screenshot({ path: picture("routine-768x1024") });
    while (!(await page.getByRole("button", { name: t.ui.ConfirmSkip, exact: true }).count())) {
      expect(await skipOneStep(page), "the MCL step's question comes").toBe(true);
    }
    await page.screenshot({ path: picture("mcl-hold-768x1024") });
  });

  test("a step in Spanish", async ({ page, app }) => {
    const es = catalogOf("es");
    await app.open("?lang=es");
    await answerScreening(page, noRisks({ "q-mcl-guidance": "no" }), null, es);
    await page.getByRole("button", { name: es.ui.SeeMyRoutine }).click();
    await page.getByRole("button", { name: es.ui.StartRoutine }).click();
    await page.getByRole("button", { name: es.ui.ReadyStart }).click();
    await page.locator(".countdown").waitFor();
    await page.screenshot({ path: picture("es-routine-768x1024") });
  });

  test("a result on a shared tablet", async ({ page, app }) => {
    await app.open("?mode=tablet");
    await answerScreening(page, noRisks({ "q-fever": "yes" }));
    await shows(page, ".verdict h1", t.tiers.GetHelpToday.title);
    await page.screenshot({ path: picture("tablet-result-768x1024") });
  });

  test("the review page", async ({ page, app }) => {
    await page.goto(`${app.url}review.html`);
    await page.screenshot({ path: picture("review-768x1024") });
  });
});

test("a step on a phone", async ({ page, app }) => {
  await page.setViewportSize(SIZES.phone);
  await openOverview(app);
  await startRoutine(page);
  await page.screenshot({ path: picture("layout-step-390x844") });
});

test("Learn's picture on a sideways tablet", async ({ page, app }) => {
  await app.open();
  await page.getByRole("button", { name: t.ui.LearnOpen }).first().click();
  await page.locator("svg.anatomy-picture").waitFor();
  await page.locator('svg [data-structure="pes-anserine"] text').click();
  await page.screenshot({ path: picture("learn-picture-1024x768") });
});

test("the clinician's screen and the take-home sheet", async ({ page, app }) => {
  await app.open("?prescribe=on&clinic=Bay%20Physio");
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  await page.locator("svg.qr").waitFor();
  await page.screenshot({ path: picture("clinician-1024x768"), fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: picture("clinician-sheet-print"), fullPage: true });
});

test("the widget on a clinic's page", async ({ page, server }) => {
  const host = await hostPages(server.url);
  try {
    await page.goto(host.url);
    await widgetFrame(page);
    await page.screenshot({ path: picture("embedded-1024x768"), fullPage: true });
  } finally {
    await host.stop();
  }
});
