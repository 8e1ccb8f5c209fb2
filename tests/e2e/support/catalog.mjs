// The widget's own words, from the catalog the Rust core writes as JSON (playwright.config.mjs
// runs `cargo run -p knee-core --example catalog_json` first). Every accessible name and
// phrase a test looks for comes from here, so the suite runs in any language: E2E_LANG=xx.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../../scripts/browser-kit.mjs";

export const LANG = process.env.E2E_LANG || "en";
const DIR = process.env.KNEE_E2E_CATALOGS || join("target", "e2e");

/** Another language's catalog (the language switch's tests). */
export function catalogOf(lang) {
  const path = join(ROOT, DIR, `catalog-${lang}.json`);
  const catalog = JSON.parse(readFileSync(path, "utf8"));
  if (catalog.lang !== lang) throw new Error(`${path} is the ${catalog.lang} catalog, not ${lang}`);
  return catalog;
}

/** The catalog: `t.ui.StartScreening`, `t.questions["q-fever"].text`, `t.steps.Mcl.name`, ... */
export const t = catalogOf(LANG);

/** Every language the widget speaks, by code. */
export const LANGS = Object.keys(t.appTitles);

/** Fills `{name}` placeholders, as `knee_core::fill` does. */
export function fill(template, values) {
  let out = template;
  for (const [name, value] of Object.entries(values)) out = out.replaceAll(`{${name}}`, String(value));
  if (/\{\w+\}/.test(out)) throw new Error(`a placeholder is left in "${out}"`);
  return out;
}

/** "When: Today", as a reason's time frame reads. */
export const when = (frame) => `${t.ui.When} ${t.timeFrames[frame]}`;

/** A step's name by its kind (`Positioning`, `SoftTissueRelease`, ...). */
export const STEP = Object.fromEntries(Object.entries(t.steps).map(([kind, words]) => [kind, words.name]));

/** "advised 2-5 min" beside a step whose source gives a range. */
export const advised = (kind) => fill(t.ui.AdvisedRange, { range: t.steps[kind].range });

/** "10 min 30 s" / "10 min", as `knee_core::minutes_words`. */
export function minutesWords(seconds) {
  const [m, s] = [Math.floor(seconds / 60), seconds % 60];
  return s === 0 ? fill(t.ui.MinutesOnly, { m }) : fill(t.ui.MinutesSeconds, { m, s });
}
