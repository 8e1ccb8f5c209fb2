// The built files as a clinic's server sends them: no inline code, each encoding, the strict
// CSP and MIME types, the caching headers the deploy docs give, an installable manifest.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test, expect, DIST, STRICT_CSP, languageIndependent } from "./support/fixtures.mjs";
import { rawGet, serviceWorkerReady } from "./support/build.mjs";

languageIndependent();

test("the built index.html has no inline script and no style attribute", async () => {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length, "script tags").toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs, "a script has a src").toMatch(/\bsrc=/);
    expect(body.trim(), "script body").toBe("");
  }
  expect(html, "a style attribute").not.toMatch(/\sstyle=/i);
  expect(html, "a <style> element").not.toMatch(/<style\b/i);
  // (The release HTML is minified: attribute values may have no quotes.)
  expect(html, "the loader is told where the wasm is").toMatch(/data-wasm="?[^"\s>]+\.wasm/);
});

test("each encoding is served with the original type and decodes to the same bytes", async ({ server }) => {
  const files = readdirSync(DIST).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f));
  expect(files.some((f) => f.endsWith(".wasm")) && files.includes("index.html"), `files: ${files}`).toBe(true);
  const types = { html: "text/html", js: "text/javascript", css: "text/css", wasm: "application/wasm", svg: "image/svg+xml", webmanifest: "application/manifest+json" };
  const decode = { br: brotliDecompressSync, gzip: gunzipSync };
  let checked = 0;
  for (const file of files) {
    const plain = readFileSync(join(DIST, file));
    for (const [accept, coding] of [["br, gzip", "br"], ["gzip, deflate", "gzip"], ["identity", null], ["br;q=0, gzip", "gzip"], ["", null]]) {
      const response = await rawGet(server.url + (file === "index.html" ? "" : file), { "Accept-Encoding": accept });
      const what = `${file} with Accept-Encoding "${accept}"`;
      expect(response.status, what).toBe(200);
      expect(response.headers["content-encoding"] ?? null, `${what}: Content-Encoding`).toBe(coding);
      expect(response.headers["content-type"], `${what}: type`).toContain(types[file.split(".").pop()]);
      expect(response.headers.vary, `${what}: Vary`).toBe("Accept-Encoding");
      expect(Number(response.headers["content-length"]), `${what}: Content-Length`).toBe(response.body.length);
      const body = coding ? decode[coding](response.body) : response.body;
      expect(body.equals(plain), `${what} decodes to the file`).toBe(true);
      if (coding) expect(response.body.length, `${what} is smaller`).toBeLessThan(plain.length);
      checked += 1;
    }
  }
  expect(checked, "responses checked").toBeGreaterThanOrEqual(30);
});

test("the server sends the strict CSP and the wasm MIME type", async ({ page, app }) => {
  const response = await app.open();
  expect(response.headers()["content-security-policy"], "CSP header").toBe(STRICT_CSP);
  const wasm = readdirSync(DIST).find((f) => f.endsWith(".wasm"));
  const wasmResponse = await page.request.get(app.url + wasm);
  expect(wasmResponse.headers()["content-type"], "wasm content type").toBe("application/wasm");
});

test("the manifest makes the app installable with the project's own icons", async ({ page, context, app }) => {
  const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
  expect(manifest).toMatchObject({ display: "standalone", start_url: "./", scope: "./" });
  for (const key of ["name", "short_name", "theme_color", "background_color"]) expect(manifest[key], key).toBeTruthy();
  const sizes = new Set();
  for (const icon of manifest.icons) {
    const png = readFileSync(join(DIST, icon.src));
    // A PNG's width and height sit at bytes 16..24 of its header.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(`${width}x${height}`, `${icon.src} size`).toBe(icon.sizes);
    sizes.add(`${icon.sizes} ${icon.purpose}`);
  }
  for (const needed of ["192x192 any", "512x512 any", "512x512 maskable"]) expect(sizes.has(needed), `a ${needed} icon`).toBe(true);
  await app.open();
  await serviceWorkerReady(page);
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send("Page.getAppManifest");
  expect(parsed.errors, "Chromium's manifest parse errors").toEqual([]);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, which Chromium never installs from; anything else counts.
  const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  expect(blocking, "Chromium's installability errors").toEqual([]);
});

test("caching: the hashed files are immutable for a year; the page, the loaders, the worker and the review pages are always revalidated", async ({ server }) => {
  // The rule as the deploy docs give it to nginx: the server here must send what they say.
  const docs = readFileSync(join(DIST, "..", "docs", "clinic", "deploying.md"), "utf8");
  const hashed = new RegExp(docs.match(/"~(-\[0-9a-f\][^"]+)"\s+"public, max-age=31536000, immutable"/)[1]);
  const YEAR = "public, max-age=31536000, immutable";
  const files = readdirSync(DIST).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f));
  const expected = Object.fromEntries(files.map((f) => [f, hashed.test(`/${f}`) ? YEAR : "no-cache"]));
  for (const f of ["index.html", "sw.js", "boot.js", "embed.js", "review.html", "review-en.html", "review-es.html"]) {
    expect(expected[f], `${f} is always revalidated`).toBe("no-cache");
  }
  const immutable = files.filter((f) => expected[f] === YEAR);
  expect(immutable.some((f) => f.endsWith("_bg.wasm")) && immutable.some((f) => f.endsWith(".css")) && immutable.some((f) => /^knee-care-.*\.js$/.test(f)), `the wasm, its glue and the stylesheet are immutable: ${immutable}`).toBe(true);
  for (const file of files) {
    const response = await rawGet(server.url + (file === "index.html" ? "" : file), { "Accept-Encoding": "br" });
    expect(response.headers["cache-control"], file).toBe(expected[file]);
  }
});
