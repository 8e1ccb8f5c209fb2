// The clinic's review page (core/src/review.rs, written by the build): under the strict CSP,
// accessible, its questions exactly the app's in the app's order, linked from the clinician's
// screen, and there offline too.

import { test, expect, openReady, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { LANG, LANGS, catalogOf, t } from "./support/catalog.mjs";
import { answerScreening, noRisks } from "./support/patient.mjs";
import { serviceWorkerReady } from "./support/build.mjs";

languageIndependent();

for (const lang of LANGS) {
  test(`the review page in ${lang} loads under the strict CSP, names the content version, and passes axe`, async ({ page, app }) => {
    const c = catalogOf(lang);
    const response = await page.goto(`${app.url}review-${lang}.html`);
    expect(response.headers()["content-security-policy"], "served with the strict CSP").toContain("script-src 'self'");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect(page.locator("body")).toContainText(c.contentVersion);
    await expect(page.locator("script"), "no script at all").toHaveCount(0);
    await expect(page.locator("input, textarea, select"), "no form field: the sign-off box is for a pen").toHaveCount(0);
    // Every question, each rule row, every step.
    await expect(page.locator("li.question")).toHaveCount(Object.keys(c.questions).length);
    await expect(page.locator("tr[data-risk]")).toHaveCount(Object.values(c.questions).filter((q) => q.risk).length);
    await expect(page.locator("article.step")).toHaveCount(Object.keys(c.steps).length);
    await page.screenshot({ path: shot(`review-${lang}-768x1024`), fullPage: false });
    await expectAccessible(page, `review page (${lang})`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("nav"), "the contents list is not printed").toBeHidden();
    await expect(page.locator(".sign-off")).toBeVisible();
  });
}

test("review.html is the English page", async ({ page, app }) => {
  const [plain, english] = await Promise.all(
    ["review.html", "review-en.html"].map(async (name) => (await page.request.get(app.url + name)).text()),
  );
  expect(plain).toBe(english);
});

test("its question list is the app's screening questions, in the same order and words", async ({ page, app }) => {
  await page.goto(`${app.url}review-${LANG}.html`);
  const listed = await page.locator("li.question").evaluateAll((items) =>
    items.map((li) => ({ id: li.id, text: li.querySelector(".question-text").textContent })),
  );
  await app.open();
  const shown = [];
  const asked = await answerScreening(page, noRisks(), async (p) => {
    for (const legend of await p.locator("fieldset legend").allInnerTexts()) shown.push(legend.trim());
  });
  // The page lists the follow-ups too (each right after its gateway); the patient who answers
  // no to every gateway meets the rest.
  expect(listed.map((q) => q.id).filter((id) => !t.questions[id].gateway), "the ids, in order").toEqual(asked);
  expect(listed.filter((q) => !t.questions[q.id].gateway).map((q) => q.text), "the words, in order").toEqual(shown);
});

test("the clinician's screen links to the review page in the page's language", async ({ page, app }) => {
  await app.open("?prescribe=on");
  await page.getByRole("button", { name: t.ui.PrescribeOpen }).click();
  const link = page.getByRole("link", { name: t.ui.ReviewOpen });
  await expect(link).toHaveAttribute("href", `review-${LANG}.html`);
  await expect(link).toHaveAttribute("target", "_blank");
  await expectAccessible(page, "the clinician's screen with the review link");
  const [review] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await review.waitForLoadState();
  expect(await review.evaluate(() => document.documentElement.lang)).toBe(LANG);
  await expect(review.locator("li.question")).toHaveCount(Object.keys(t.questions).length);
  await review.close();
});

test("offline, the review page is served from the service worker", async ({ page, servedCopy }) => {
  await openReady(page, servedCopy.url);
  await serviceWorkerReady(page);
  await openReady(page, servedCopy.url); // now controlled by the worker
  await servedCopy.stop();
  await page.goto(`${servedCopy.url}review-${LANG}.html`);
  await expect(page.locator("li.question")).toHaveCount(Object.keys(t.questions).length);
  // And the widget's own address still gets the widget.
  await openReady(page, servedCopy.url, "?lang=en");
  await expect(page.getByRole("button", { name: catalogOf("en").ui.StartScreening })).toBeVisible();
});
