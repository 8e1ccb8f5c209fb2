// The loader's own logic (public/boot.js), by node's test runner: what the first paint needs
// before the wasm runs (the shell's language, the clinic's accent, whether a clinician's routine
// is in the address) and the watchdog that says a stalled download. Imported outside a page,
// boot.js only defines its functions. The Rust rules these follow give the cases: the catalog
// the host step writes (cargo run -p knee-core --example catalog_json -- target/e2e).
//
//   node --test tests/loader/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import * as boot from "../../public/boot.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const catalog = JSON.parse(readFileSync(join(ROOT, process.env.KNEE_E2E_CATALOGS || "target/e2e", "catalog-en.json"), "utf8"));

test("the accent check accepts and refuses exactly the colours the Rust one does, in each scheme", () => {
  const cases = catalog.accentCases;
  assert.ok(cases.length > 300, `${cases.length} cases`);
  const read = cases.map(([value]) => [value, boot.accentFor(value, false), boot.accentFor(value, true)]);
  assert.deepEqual(read, cases);
  // No setting, no accent.
  assert.equal(boot.accentFor(null, false), null);
  assert.equal(boot.accentFor(undefined, true), null);
});

test("the language parser reads every code as the Rust one does", () => {
  const cases = catalog.langCodeCases;
  assert.ok(cases.length > 8, `${cases.length} cases`);
  assert.deepEqual(
    cases.map(([code]) => boot.langFromCode(code)),
    cases.map(([, lang]) => lang),
  );
});

test("the shell's language is the first code it has, in order; else English", () => {
  assert.equal(boot.shellLang(["xx", null, "EN-au"]), "en");
  assert.equal(boot.shellLang([]), "en");
  assert.equal(boot.shellLang(["fr"]), "en");
  assert.equal(boot.shellLang(["fr", "es-MX", "en"]), "es");
  assert.equal(boot.shellLang([undefined, "es_AR"]), "es");
});

test("the shell speaks exactly the app's languages, and names the app as the app does", () => {
  const titles = Object.fromEntries(Object.entries(boot.SHELL_WORDS).map(([code, words]) => [code, words.title]));
  assert.deepEqual(titles, catalog.appTitles);
  for (const [code, words] of Object.entries(boot.SHELL_WORDS)) {
    for (const key of ["title", "loading", "moment"]) assert.ok(words[key], `${code}.${key}`);
  }
});

test("the address fragment reads as the core reads it: the clinician's routine and the language carried from the other page", () => {
  const cases = catalog.fragmentCases;
  assert.ok(cases.length > 10, `${cases.length} cases`);
  assert.ok(cases.some(([, lang]) => lang) && cases.some(([, , link]) => link), "cases of each kind");
  assert.deepEqual(
    cases.map(([hash]) => [hash, boot.hashLang(hash), boot.hasLink(hash)]),
    cases,
  );
});

test("the watchdog says a stall after STALL_MS without progress, and not before", async (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const dog = boot.watchdog();
  const said = dog.expired.then(
    () => "resolved",
    (error) => error.message,
  );
  t.mock.timers.tick(boot.STALL_MS - 1);
  assert.equal(dog.stalled, false);
  dog.touch(); // a chunk arrived: the wait starts again
  t.mock.timers.tick(boot.STALL_MS - 1);
  assert.equal(dog.stalled, false);
  assert.equal(dog.signal.aborted, false);
  t.mock.timers.tick(1);
  assert.equal(dog.stalled, true);
  assert.equal(dog.signal.aborted, true, "the downloads are aborted");
  assert.equal(await said, `no progress for ${boot.STALL_MS} ms`);
});

test("a stopped watchdog never fires", (t) => {
  t.mock.timers.enable({ apis: ["setTimeout"] });
  const dog = boot.watchdog();
  dog.stop();
  t.mock.timers.tick(boot.STALL_MS * 10);
  assert.equal(dog.stalled, false);
  assert.equal(dog.signal.aborted, false);
});
