// The end-to-end tier: the release build (dist/) served with the production headers and the
// strict CSP, driven by @playwright/test in Debian's Chromium (CONTRIBUTING.md, "The test tiers").
//
//   npx --no-install playwright test                      (after `trunk build --release`)
//   npx --no-install playwright test --project=serial     (one project; add --no-deps for "parallel")
//   E2E_LANG=en npx --no-install playwright test          (accessible names from that catalog)
//
// Two projects. "serial" holds the specs whose assertions measure time as it passes (audio
// cues, the iframe following the widget's height, the routine's clock, the idle clock): one
// worker, nothing else running. "parallel" is the rest, on E2E_WORKERS workers (2 by default).

import { defineConfig } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { CHROMIUM, CHROMIUM_ARGS } from "./scripts/browser-kit.mjs";

const LANG = process.env.E2E_LANG || "en";

// The host step: every language's message catalog as JSON, for the tests' names and phrases.
// Written once by the runner's process (its workers inherit the flag and read the files).
if (!process.env.KNEE_E2E_CATALOGS) {
  const dir = "target/e2e";
  const cargo = spawnSync(
    "cargo",
    ["run", "--quiet", "--locked", "-p", "knee-core", "--example", "catalog_json", "--", dir],
    { stdio: "inherit" },
  );
  if (cargo.status !== 0) throw new Error(`writing the catalogs failed (cargo exited ${cargo.status})`);
  // Clinician's links made by the core's own encoder (prescription.spec.mjs).
  const links = spawnSync(
    "cargo",
    ["run", "--quiet", "--locked", "-p", "knee-core", "--example", "prescription_links", "--", `${dir}/links.json`],
    { stdio: "inherit" },
  );
  if (links.status !== 0) throw new Error(`writing the links failed (cargo exited ${links.status})`);
  process.env.KNEE_E2E_CATALOGS = dir;
}

const SERIAL = ["**/cues.spec.mjs", "**/embedding.spec.mjs", "**/routine.spec.mjs", "**/stop.spec.mjs", "**/wake-lock.spec.mjs", "**/tablet.spec.mjs"];

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.mjs",
  outputDir: "target/e2e/results",
  // No single test may hang the suite (and CI) for longer than this; the whole run, 20 minutes.
  timeout: 60_000,
  globalTimeout: 20 * 60_000,
  expect: { timeout: 5_000 },
  forbidOnly: true,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS || 2),
  reporter: [["list"], ["./tests/e2e/support/summary-reporter.mjs"]],
  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    viewport: { width: 1024, height: 768 },
    locale: LANG,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "serial", testMatch: SERIAL, workers: 1 },
    { name: "parallel", testIgnore: SERIAL, dependencies: ["serial"], fullyParallel: true },
    // Not a test tier: the pictures in docs/, by scripts/docs-screenshots.sh.
    { name: "docs", testDir: "tests/docs", workers: 1 },
  ],
});
