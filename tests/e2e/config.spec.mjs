// The embedder's configuration: hostile values neutralised with one warning each, a valid
// accent and the dark theme applied and accessible, theme=auto following the device.

import { test, expect, expectAccessible, shot, languageIndependent } from "./support/fixtures.mjs";
import { fill, t } from "./support/catalog.mjs";
import { answerScreening, noRisks, shows, startRoutine } from "./support/patient.mjs";

languageIndependent();

test("hostile configuration values are neutralised, each with one warning naming its key", async ({ page, app }) => {
  const warnings = [];
  page.on("console", (msg) => msg.type() === "warning" && msg.text().startsWith("knee-care:") && warnings.push(msg.text()));
  const hostile = new URLSearchParams({
    clinic: '<img src=x onerror="window.__pwned=1">',
    phone: "javascript:alert(1)",
    url: "javascript:window.__pwned=1",
    accent: "#ffff00",
    theme: "purple",
    mode: "kiosk",
    idle: "-1",
    events: "on",
    parent: "*",
    lang: "xx",
    unknown: "ignored",
  });
  await app.open(`?${hostile}`);
  const keys = warnings.map((w) => w.match(/"(\w+)"/)[1]).sort();
  expect(keys, "warned keys").toEqual(["accent", "events", "idle", "lang", "mode", "parent", "phone", "theme", "url"]);
  for (const w of warnings) expect(w, "a warning echoes a hostile value").not.toMatch(/javascript|<img/);
  // Defaults: the widget's own accent (a primary button keeps #0b5d66) and light theme.
  const start = page.getByRole("button", { name: t.ui.StartScreening });
  await expect(start, "accent").toHaveCSS("background-color", "rgb(11, 93, 102)");
  expect(await page.evaluate(() => document.documentElement.dataset.theme), "theme").toBe("light");
  await expect(page.locator(".tablet-bar"), "tablet mode from an invalid mode").toHaveCount(0);
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  // The clinic's name shows as the text it is; nothing in it runs.
  await expect(page.locator(".contact")).toContainText(fill(t.ui.ContactClinic, { clinic: '<img src=x onerror="window.__pwned=1">' }));
  await expect(page.locator(".contact img, a[href^='javascript']"), "markup or script links").toHaveCount(0);
  await expect(page.locator(".contact a"), "links from rejected phone and url").toHaveCount(0);
  expect(await page.evaluate(() => window.__pwned), "a hostile value ran").toBeUndefined();
});

test("a valid accent and the dark theme apply, and pass axe", async ({ page, app }) => {
  await app.open("?accent=%23004466&clinic=Bay%20Physio&phone=555-0100&url=https://bay.example");
  const start = page.getByRole("button", { name: t.ui.StartScreening });
  await expect(start, "light accent").toHaveCSS("background-color", "rgb(0, 68, 102)");
  // The stop screen says how to reach this clinic.
  await answerScreening(page, noRisks());
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await startRoutine(page);
  await page.getByRole("button", { name: t.ui.StopNumbness }).click();
  await shows(page, "#app h1", t.ui.StoppedTitle);
  await expect(page.locator(".contact"), "the stop screen's contact").toContainText(fill(t.ui.ContactClinic, { clinic: "Bay Physio" }));
  await expect(page.locator('.contact a[href="tel:5550100"]'), "phone link").toHaveText("555-0100");
  await expect(page.locator('.contact a[href="https://bay.example"]'), "clinic link").toHaveCount(1);
  await app.open("?theme=dark&accent=%23ffd966");
  await expect(page.locator("body"), "dark page").toHaveCSS("background-color", "rgb(15, 22, 23)");
  await expect(start, "dark accent").toHaveCSS("background-color", "rgb(255, 217, 102)");
  await page.screenshot({ path: shot("landing-dark-1024x768"), fullPage: true });
  await expectAccessible(page, "the dark landing");
  await answerScreening(page, noRisks({ "q-fever": "yes" }));
  await expectAccessible(page, "a dark blocking result");
  await page.getByRole("button", { name: t.ui.StartOver }).click();
  await answerScreening(page, noRisks());
  await expectAccessible(page, "a dark go-ahead result");
  await page.getByRole("button", { name: t.ui.SeeMyRoutine }).click();
  await page.getByRole("button", { name: t.ui.StartRoutine }).click();
  await page.getByRole("button", { name: t.ui.ReadyStart }).click();
  await page.locator(".countdown").waitFor();
  await page.screenshot({ path: shot("routine-dark-1024x768"), fullPage: true, animations: "disabled" });
  await expectAccessible(page, "a dark running step");
  // theme=auto follows the device.
  await page.emulateMedia({ colorScheme: "dark" });
  await app.open("?theme=auto");
  expect(await page.evaluate(() => document.documentElement.dataset.theme), "auto on a dark device").toBe("dark");
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "light");
});
