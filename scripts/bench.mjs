// The bench: sizes, load times and memory of the release build, each as a ratio to a minimal
// Yew hello-world of the same versions and profile (bench/hello). Run by scripts/bench.sh.
//
// Sizes: every file's raw, gzip (-9) and brotli (q11) bytes, and the first-load total (the
// files the page itself requests on a cold load). Times: first contentful paint and the
// `data-ready` mark, cold (fresh profile) and warm, with the CPU throttled 4x, as the median of
// RUNS runs (9 by default; BENCH_RUNS sets it). Warm means offline from the service worker for
// the widget; the hello-world has no service worker, so its warm load comes from the HTTP cache.
// Memory: wasm linear memory and the JS heap after load (after a garbage collection).
// Lighthouse 12.2.3 (bench/lighthouse, mobile: slow 4G and 4x CPU, its defaults) on both apps
// served compressed by scripts/serve.py, the median of LH_RUNS runs (3 by default): the
// performance score, FCP, LCP and TBT, ours as ratios to the hello-world's.

import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { ROOT, launchChromium, startServer } from "./browser-kit.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 9);
const LH_RUNS = Number(process.env.LH_RUNS || 3);
const LIGHTHOUSE = join(ROOT, "bench", "lighthouse", "node_modules", ".bin", "lighthouse");
const CPU_SLOWDOWN = 4;
const APPS = [
  { name: "widget", dir: join(ROOT, "dist"), csp: true, offline: true },
  { name: "hello", dir: join(ROOT, "bench", "hello", "dist"), csp: false, offline: false },
];

// Records when data-ready appears, and catches the wasm memory as the module is instantiated.
function instrument() {
  window.__bench = {};
  new MutationObserver(() => {
    if (document.documentElement?.hasAttribute("data-ready") && !window.__bench.ready) {
      window.__bench.ready = performance.now();
    }
  }).observe(document, { attributes: true, attributeFilter: ["data-ready"], subtree: true });
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const instance = result.instance || result;
      if (instance.exports && instance.exports.memory) window.__bench.memory = instance.exports.memory;
      return result;
    };
  }
}

// The shipped files: not the .br/.gz copies the post-build writes beside them.
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort();
}

function sizesOf(dir) {
  const sizes = {};
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(join(dir, file));
    sizes[file] = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  return sizes;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measureLoad(page, load) {
  await load();
  await page.waitForSelector("html[data-ready]", { timeout: 30000 });
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    ready: window.__bench.ready,
  }));
}

async function benchApp(browser, app) {
  const server = await startServer(app.dir, { csp: app.csp });
  const cold = [];
  const warm = [];
  let requested = new Set();
  let memory = {};
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      const seen = new Set();
      page.on("request", (req) => seen.add(decodeURIComponent(new URL(req.url()).pathname.slice(1)) || "index.html"));
      cold.push(await measureLoad(page, () => page.goto(server.url)));
      if (run === 0) {
        requested = seen;
        await cdp.send("HeapProfiler.collectGarbage");
        const heap = await cdp.send("Runtime.getHeapUsage");
        memory = {
          wasm: await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? NaN),
          jsHeap: heap.usedSize,
        };
      }
      if (app.offline) {
        await page.evaluate(async () => {
          const { active } = await navigator.serviceWorker.ready;
          while (active.state === "activating") {
            await new Promise((r) => active.addEventListener("statechange", r, { once: true }));
          }
        });
        await context.setOffline(true);
      }
      warm.push(await measureLoad(page, () => page.reload()));
      await context.close();
    }
  } finally {
    await server.stop();
  }
  const sizes = sizesOf(app.dir);
  const firstLoad = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of requested) {
    if (!sizes[file]) continue;
    for (const k of Object.keys(firstLoad)) firstLoad[k] += sizes[file][k];
  }
  return {
    sizes,
    firstLoad,
    times: {
      "cold FCP": median(cold.map((r) => r.fcp)),
      "cold data-ready": median(cold.map((r) => r.ready)),
      "warm FCP": median(warm.map((r) => r.fcp)),
      "warm data-ready": median(warm.map((r) => r.ready)),
    },
    memory,
  };
}

// One Lighthouse run on a served app: performance score and the timings, in ms.
function lighthouse(url) {
  const flags = "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync";
  const run = spawnSync(
    LIGHTHOUSE,
    [url, "--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${flags}`],
    { encoding: "utf8", env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout);
  const audit = (id) => report.audits[id].numericValue;
  return {
    score: report.categories.performance.score * 100,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
  };
}

async function lighthouseApp(app) {
  const server = await startServer(app.dir, { csp: app.csp });
  try {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i += 1) runs.push(lighthouse(server.url));
    return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  } finally {
    await server.stop();
  }
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}x` : "-");
const row = (cells) => `| ${cells.join(" | ")} |`;

const browser = await launchChromium();
const results = {};
try {
  for (const app of APPS) results[app.name] = await benchApp(browser, app);
} finally {
  await browser.close();
}
const ours = results.widget;
const floor = results.hello;
// Lighthouse starts its own Chromium: one at a time, after ours has closed.
const lh = {};
for (const app of APPS) lh[app.name] = await lighthouseApp(app);

console.log(`\n### Files of the widget (brotli size as a ratio to the hello-world's matching file)\n`);
console.log(row(["file", "raw", "gzip", "brotli", "brotli vs hello"]));
console.log(row(["---", "---", "---", "---", "---"]));
const floorByKind = (file) => {
  const ext = file.endsWith("_bg.wasm") ? "_bg.wasm" : file.match(/^yew-hello|^knee-care/) ? ".js" : null;
  const match = ext && Object.keys(floor.sizes).find((f) => f.startsWith("yew-hello") && f.endsWith(ext));
  return match ? floor.sizes[match] : null;
};
for (const [file, s] of Object.entries(ours.sizes)) {
  const f = floorByKind(file);
  console.log(row([file, kB(s.raw), kB(s.gzip), kB(s.brotli), f ? ratio(s.brotli, f.brotli) : ""]));
}

console.log(`\n### Widget vs Yew hello-world (CPU ${CPU_SLOWDOWN}x slower, median of ${RUNS})\n`);
console.log(row(["figure", "widget", "hello", "ratio"]));
console.log(row(["---", "---", "---", "---"]));
for (const k of ["raw", "gzip", "brotli"]) {
  console.log(row([`first load, ${k}`, kB(ours.firstLoad[k]), kB(floor.firstLoad[k]), ratio(ours.firstLoad[k], floor.firstLoad[k])]));
}
for (const [k, v] of Object.entries(ours.times)) {
  console.log(row([k, ms(v), ms(floor.times[k]), ratio(v, floor.times[k])]));
}
console.log(row(["wasm memory after load", kB(ours.memory.wasm), kB(floor.memory.wasm), ratio(ours.memory.wasm, floor.memory.wasm)]));
console.log(row(["JS heap after load", kB(ours.memory.jsHeap), kB(floor.memory.jsHeap), ratio(ours.memory.jsHeap, floor.memory.jsHeap)]));
console.log(`\nwarm: the widget offline from its service worker; the hello-world from the HTTP cache (it has no worker).`);

console.log(`\n### Lighthouse 12.2.3, mobile (slow 4G, 4x CPU), served compressed, median of ${LH_RUNS}\n`);
console.log(row(["figure", "widget", "hello", "ratio"]));
console.log(row(["---", "---", "---", "---"]));
console.log(row(["performance score", lh.widget.score.toFixed(0), lh.hello.score.toFixed(0), ratio(lh.widget.score, lh.hello.score)]));
for (const [k, name] of [["fcp", "FCP"], ["lcp", "LCP"], ["tbt", "TBT"]]) {
  console.log(row([name, ms(lh.widget[k]), ms(lh.hello[k]), ratio(lh.widget[k], lh.hello[k])]));
}
