// The built files and their service worker, read and changed as a deploy would. Plain Node
// (no Playwright), so the WebDriver specs of tests/engines/ use it too.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join, relative } from "node:path";
import assert from "node:assert/strict";
import { t } from "./catalog.mjs";
import { ROOT } from "../../../scripts/browser-kit.mjs";

/** Every file under `dir`, as relative paths with forward slashes, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split("\\").join("/"))
    .sort();
}

/** The precache list and cache name written into `dir/sw.js`. */
export function precacheOf(dir) {
  const worker = readFileSync(join(dir, "sw.js"), "utf8");
  const list = JSON.parse(worker.match(/const PRECACHE = (\[.*\]);/)[1]);
  const cacheName = worker.match(/const CACHE = "([^"]+)";/)[1];
  return { list, cacheName };
}

/** The app's title as build N+1 shows it (see `makeNextVersion`). */
export const NEXT_TITLE = t.ui.AppTitle.toUpperCase();

/**
 * Turns a copy of build N into a build N+1 as trunk would: the app's title changed in the wasm
 * (same length, so nothing else moves), the wasm renamed and its integrity updated in
 * index.html, and sw.js regenerated.
 */
export function makeNextVersion(dir) {
  const oldName = readdirSync(dir).find((f) => /^knee-care-[0-9a-f]+_bg\.wasm$/.test(f)); // the patient's, not the clinician's
  const bytes = readFileSync(join(dir, oldName));
  const from = Buffer.from(t.ui.AppTitle);
  const to = Buffer.from(NEXT_TITLE);
  assert.equal(to.length, from.length, "the new title's length in bytes");
  let at = bytes.indexOf(from);
  assert.ok(at >= 0, "the title's place in the wasm");
  for (; at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const newName = oldName.replace(/-[0-9a-f]{1,16}_bg\.wasm$/, `-${hash}_bg.wasm`);
  writeFileSync(join(dir, oldName), bytes);
  renameSync(join(dir, oldName), join(dir, newName));
  const integrity = "sha384-" + createHash("sha384").update(bytes).digest("base64");
  const index = readFileSync(join(dir, "index.html"), "utf8")
    .replaceAll(oldName, newName)
    .replace(/(data-wasm-integrity=)"?[^"\s>]+"?/, `$1"${integrity}"`);
  assert.ok(index.includes(integrity), "index.html names the new wasm's integrity");
  writeFileSync(join(dir, "index.html"), index);
  // The whole post-build again, as trunk runs it: sw.js and fresh .br/.gz copies.
  const result = spawnSync("python3", [join(ROOT, "scripts", "post_build.py"), dir], { encoding: "utf8" });
  assert.equal(result.status, 0, `post_build.py: ${result.stderr}`);
}

/** A GET whose body stays as the server sent it (fetch() would decode it by itself). */
export function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject).end();
  });
}

/** Waits for the page's service worker to be active; its state ("activated"). */
export async function serviceWorkerReady(pageOrFrame) {
  return pageOrFrame.evaluate(async () => {
    const { active } = await navigator.serviceWorker.ready;
    // ready resolves while the worker may still be activating (deleting old caches).
    while (active.state === "activating") {
      await new Promise((resolve) => active.addEventListener("statechange", resolve, { once: true }));
    }
    return active.state;
  });
}
