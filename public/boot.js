// Loads the app from external files only, so the page runs under a CSP with no
// 'unsafe-inline'. Trunk writes the hashed file names into this script tag's data-js and
// data-wasm attributes (Trunk.toml pattern_script).
//
// If the app cannot load (a download fails, stalls or is not what it should be; offline on a
// first visit), the page says which, in the patient's language, with "Try again": it loads the
// app again in the same page, so a tap kept on the prerendered landing is kept. If the wasm
// traps later (with panic = "abort" a Rust panic is a trap), it says so with "Reload the page".
// Never a blank or frozen screen.
//
// An async module: it runs as soon as it arrives, without waiting for the stylesheet or the
// rest of the page (so it can watch the stylesheet), and it does not hold up the first paint
// (so a stalled boot.js cannot leave the page blank). Until it has put the landing in the
// patient's language, the stylesheet keeps the landing hidden (html:not([data-boot])), for at
// most a few seconds; if boot.js never comes, the stylesheet shows the landing and then the
// note .boot-late (written by scripts/prerender.py in every language), whose Try again is a
// plain link that loads the page again.

// In a page, boot.js starts the app at once; imported elsewhere (node's test runner:
// tests/loader/), it only defines its functions, and they are tested one by one.
const inPage = typeof document !== "undefined";
const boot = inPage ? document.getElementById("app-boot") : null;

/** Seconds without a byte of the app's files before the page says loading is stuck. */
export const STALL_MS = 6000;

/**
 * Why the app is not running: "failed", "stalled", "offline" (loading) or "crashed" (later).
 * `onRetry`: what Try again does for this problem (by default, load the app again). Try again
 * mends every problem said since the last one: the stylesheet and the app can both fail.
 */
function showFailure(reason, problem = "crashed", onRetry = retry) {
  toRetry.add(onRetry);
  const failed = document.getElementById("app-failed");
  const app = document.getElementById("app");
  const words = document.getElementById(`load-problem-${document.documentElement.lang}`) || document.getElementById("load-problem-en");
  const main = failed && failed.querySelector("main");
  if (main && words) {
    main.replaceChildren(words.content.cloneNode(true));
    for (const line of main.querySelectorAll("[data-problem]")) {
      if (line.dataset.problem === problem) line.setAttribute("role", "alert");
      else line.remove();
    }
    const keep = problem === "crashed" ? "reload" : "retry";
    for (const button of main.querySelectorAll("[data-action]")) {
      if (button.dataset.action !== keep) button.remove();
      else button.addEventListener("click", keep === "retry" ? retryAll : () => location.reload(), { once: true });
    }
  }
  if (failed) failed.hidden = false;
  if (main) main.hidden = false;
  if (app) app.hidden = true;
  document.documentElement.setAttribute("data-failed", problem);
  console.warn(`Knee care widget ${problem}:`, reason);
}

/** What Try again will do: each failed part's own retry, once. */
const toRetry = new Set();

function retryAll() {
  const retries = [...toRetry];
  toRetry.clear();
  hideFailure();
  for (const again of retries) again();
}

function isWasmTrap(error) {
  return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
}

function listenForTraps() {
  window.addEventListener("error", (event) => {
    if (isWasmTrap(event.error)) showFailure(event.error);
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (isWasmTrap(event.reason)) showFailure(event.reason);
  });
}

/**
 * A watchdog over the app's downloads: `touch()` on every sign of progress; after STALL_MS
 * without one it aborts `signal` and `expired` rejects.
 */
export function watchdog() {
  const controller = new AbortController();
  let timer;
  let fire;
  const expired = new Promise((_, reject) => {
    fire = reject;
  });
  expired.catch(() => {});
  const dog = {
    stalled: false,
    signal: controller.signal,
    expired,
    touch() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        dog.stalled = true;
        const error = new Error(`no progress for ${STALL_MS} ms`);
        controller.abort(error);
        fire(error);
      }, STALL_MS);
    },
    stop: () => clearTimeout(timer),
  };
  dog.touch();
  return dog;
}

/** The body of `response`, touching the watchdog with every chunk. */
function watched(response, dog) {
  if (!response.body || typeof TransformStream === "undefined") return response;
  const body = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        dog.touch();
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

// The surfaces the clinic's accent must stand out against in each scheme, and the contrast it
// needs: as core/src/embed.rs (LIGHT_SURFACES, DARK_SURFACES, AA_CONTRAST), which
// tests/loader/ holds this copy to, case by case. Kept on purpose (decided in issue 36): without
// it, a clinic's branded page would see the landing's buttons change colour when the app takes
// over, and the check costs a few hundred bytes.
const ACCENT_SURFACES = {
  light: [[0xff, 0xff, 0xff], [0xf3, 0xf6, 0xf6]],
  dark: [[0x1a, 0x24, 0x26], [0x0f, 0x16, 0x17]],
};

function rgbOf(text) {
  const value = String(text).trim();
  if (!value.startsWith("#")) return null;
  const hex = value.slice(1);
  if (!/^[0-9a-fA-F]+$/.test(hex)) return null;
  if (hex.length === 3) return [...hex].map((d) => parseInt(d, 16) * 17);
  if (hex.length === 6) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return null;
}

function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The clinic's `accent` as `#rrggbb` if it is readable in that scheme (WCAG AA), else null. */
export function accentFor(value, dark) {
  const rgb = value == null ? null : rgbOf(value);
  if (!rgb) return null;
  const readable = ACCENT_SURFACES[dark ? "dark" : "light"].every((s) => contrast(rgb, s) >= 4.5);
  return readable ? "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("") : null;
}

// Before the wasm starts: the embedder's colour scheme, its accent, and whether we are framed,
// so the prerendered landing neither flashes light on a dark page, nor changes colour when the
// app takes over, nor fills a frame's height. The app applies the same settings again (and
// warns about a rejected one) once it runs.
function applyShellSettings() {
  const root = document.documentElement;
  try {
    const query = new URLSearchParams(location.search);
    const theme = query.get("theme");
    const dark = theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
    root.setAttribute("data-theme", dark ? "dark" : "light");
    const accent = accentFor(query.get("accent"), dark);
    if (accent) root.style.setProperty("--accent", accent);
    if (window.parent !== window) root.setAttribute("data-embedded", "");
  } catch {
    // A browser without URLSearchParams or matchMedia keeps the light shell.
  }
}


// The static shell's words in the patient's language, before the wasm: the embedder's `lang`,
// else the browser's languages in order, else English. The same rules as the Rust parser
// (catalog::Lang::from_code), which tests/loader/ holds this one to (LANG_CODE_CASES).
export const SHELL_WORDS = {
  en: {
    title: "Inner knee self-care",
    loading: "Loading…",
    moment: "One moment…",
  },
  es: {
    title: "Autocuidado de la rodilla: lado interno",
    loading: "Cargando…",
    moment: "Un momento…",
  },
};

/** The language a code means ("es", "ES", "es-MX", "es_AR"), or null for one we do not have. */
export function langFromCode(code) {
  const primary = String(code).trim().split(/[-_]/)[0].toLowerCase();
  return Object.prototype.hasOwnProperty.call(SHELL_WORDS, primary) ? primary : null;
}

/** The shell's language: the first code we have, in order; else English. */
export function shellLang(codes) {
  for (const code of codes) {
    const lang = code == null ? null : langFromCode(code);
    if (lang) return lang;
  }
  return "en";
}

/** The address fragment's `key=value` pairs. */
const hashPairs = (hash) => String(hash).replace(/^#/, "").split("&");

/** Whether the address carries a clinician's routine (`#rx=...`, as Prescription::from_fragment). */
export function hasLink(hash) {
  return hashPairs(hash).some((pair) => pair.startsWith("rx="));
}

/** The language the other page of the widget showed (`#lang=es`, as embed::lang_from_fragment),
 * or null. */
export function hashLang(hash) {
  const pair = hashPairs(hash).find((p) => p.startsWith("lang="));
  return pair ? langFromCode(pair.slice("lang=".length)) : null;
}

/** #app, once the page is parsed (boot.js may run before). */
let app = null;

// The landing is prerendered at build time (scripts/prerender.py): English inside #app, every
// other language in <template id="prerender-XX">, and the plain loading shell in
// <template id="shell-loading">. #app[data-prerendered] names the language on show, until the
// app takes the box over (src/services/page.rs removes the attribute).
function prerendered() {
  return app && app.hasAttribute("data-prerendered") ? app.getAttribute("data-prerendered") : null;
}

function showTemplate(id) {
  const template = document.getElementById(id);
  if (!app || !template) return false;
  app.replaceChildren(template.content.cloneNode(true));
  return true;
}

function setShellWords(lang) {
  const words = SHELL_WORDS[lang];
  document.documentElement.setAttribute("lang", lang);
  document.title = words.title;
  for (const h1 of document.querySelectorAll("#app-failed h1, #app .screen:not(.landing) h1")) h1.textContent = words.title;
  const loading = document.querySelector("#app .loading");
  if (loading) loading.textContent = words.loading;
}

/** The prerendered landing in `lang`, when the build has it. */
function showLanding(lang) {
  const shown = prerendered();
  if (shown === null || shown === lang || !document.getElementById(`prerender-${lang}`)) return;
  // The page's own language is in #app, not in a template: keep it as one, for a switch back.
  if (!document.getElementById(`prerender-${shown}`)) {
    const keep = document.createElement("template");
    keep.id = `prerender-${shown}`;
    keep.content.append(...app.childNodes);
    document.body.append(keep);
  }
  if (showTemplate(`prerender-${lang}`)) app.setAttribute("data-prerendered", lang);
}

function applyShellLanguage() {
  try {
    const configured = new URLSearchParams(location.search).get("lang");
    const lang = shellLang([hashLang(location.hash), configured, ...(navigator.languages || [navigator.language])]);
    if (prerendered() !== null && hasLink(location.hash)) {
      // A routine from a link adds a card at the top of the landing: show "Loading…" rather
      // than a landing whose buttons would move under the patient's finger.
      showTemplate("shell-loading");
      app.removeAttribute("data-prerendered");
    }
    showLanding(lang);
    setShellWords(prerendered() ?? lang);
  } catch {
    // The English shell stays.
  }
}

// A tap on the prerendered landing before the app runs is kept, never lost: the language switch
// changes the shell's language at once; "Start the safety check" and "Learn about your knee"
// say "One moment…" and are kept on #app (data-early-open), and the app opens that screen when it
// starts (EarlyTaps in core/src/embed.rs). The app's own taps never reach this: it removes
// data-prerendered when it takes the box over.
const EARLY_OPEN = [
  [".card-how .button-primary", "screening"],
  [".landing .actions .button", "learn"],
];

function markEarlyOpen() {
  const open = app.getAttribute("data-early-open");
  const lang = prerendered();
  for (const [selector, name] of EARLY_OPEN) {
    const button = app.querySelector(selector);
    // Once per landing shown (a tap on the language already shown keeps the same one).
    if (button && name === open && !button.classList.contains("is-pending")) {
      button.textContent = SHELL_WORDS[lang].moment;
      button.classList.add("is-pending");
      // Said to a screen reader too, not only shown.
      const status = document.createElement("p");
      status.setAttribute("role", "status");
      status.className = "visually-hidden";
      status.textContent = SHELL_WORDS[lang].moment;
      button.after(status);
    }
  }
}

function onEarlyTap(event) {
  if (prerendered() === null) return;
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (!button || !app.contains(button)) return;
  const lang = button.matches(".lang-choice[lang]") ? langFromCode(button.getAttribute("lang")) : null;
  if (lang) {
    showLanding(lang);
    setShellWords(lang);
    app.setAttribute("data-early-lang", lang);
    const again = app.querySelector(`.lang-choice[lang="${lang}"]`);
    if (again) again.focus();
  } else {
    const open = EARLY_OPEN.find(([selector]) => button.matches(selector));
    if (!open || app.getAttribute("data-early-open")) return;
    app.setAttribute("data-early-open", open[1]);
  }
  markEarlyOpen();
}

// A keyboard user's place on the prerendered landing survives the app's first render: the same
// button has focus again (unless an early tap opened another screen, which sets its own focus).
let focusedButton = -1;
function onFocus(event) {
  if (prerendered() === null) return;
  focusedButton = [...app.querySelectorAll("button")].indexOf(event.target);
}

// Focus that left the widget (for the host page, say) is not pulled back at take-over.
function onBlur(event) {
  if (prerendered() !== null && !app.contains(event.relatedTarget)) focusedButton = -1;
}

function keepFocusWhenReady() {
  const root = document.documentElement;
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute("data-ready")) return;
    observer.disconnect();
    const lost = document.hasFocus() && (!document.activeElement || document.activeElement === document.body);
    const button = app.querySelectorAll("button")[focusedButton];
    if (lost && button) button.focus();
  });
  observer.observe(root, { attributes: true, attributeFilter: ["data-ready"] });
}

function listenForEarlyTaps() {
  if (prerendered() === null) return;
  app.addEventListener("click", onEarlyTap);
  app.addEventListener("focusin", onFocus);
  app.addEventListener("focusout", onBlur);
  keepFocusWhenReady();
}

// The app replaces the prerendered landing with identical markup. If it does so before the
// browser has reported the landing's paint (a busy main thread delays that report), Chrome
// drops the removed nodes and times the app's copy as the largest paint instead. So the app
// starts only once that paint is on record: at most PAINT_WAIT_MS, never when nothing was
// prerendered, the tab is hidden, the browser does not report largest paints, or the patient
// already tapped (the tap is kept, and waits for no one).
export const PAINT_WAIT_MS = 1000;

function reportsLargestPaint() {
  const types = (typeof PerformanceObserver !== "undefined" && PerformanceObserver.supportedEntryTypes) || [];
  return types.includes("largest-contentful-paint");
}

function landingPaintRecorded() {
  if (prerendered() === null || document.visibilityState === "hidden" || !reportsLargestPaint()) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: "largest-contentful-paint", buffered: true });
    setTimeout(resolve, PAINT_WAIT_MS);
    app.addEventListener("click", () => resolve(), { once: true });
  });
}

/** The compiled wasm; a server that sends the wrong MIME type still works, as in wasm-bindgen. */
async function compileResponse(response) {
  if (typeof WebAssembly.compileStreaming === "function") {
    try {
      return await WebAssembly.compileStreaming(response.clone());
    } catch (error) {
      if (response.headers.get("Content-Type") === "application/wasm") throw error;
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function base64(buffer) {
  let text = "";
  for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
  return btoa(text);
}

/**
 * The wasm, compiled while it downloads and checked against the build's hash
 * (data-wasm-integrity, "sha384-..."): one copy of the body streams into the compiler, the other
 * is hashed, and a mismatch throws before anything runs. (fetch's own `integrity` option would
 * wait for the whole file before compiling.) Without SubtleCrypto (a page not served over
 * HTTPS) fetch checks the hash itself.
 */
async function compile(url, integrity, dog, again) {
  const [algorithm, expected] = integrity ? integrity.split("-", 2) : [];
  const subtle = globalThis.crypto && crypto.subtle;
  // Again after a failure: past the HTTP cache, which may hold a broken answer.
  const options = { signal: dog.signal, cache: again ? "reload" : "default" };
  if (integrity && !(subtle && algorithm === "sha384")) {
    const checked = await fetch(url, { ...options, integrity });
    if (!checked.ok) throw new Error(`${url}: HTTP ${checked.status}`);
    return compileResponse(checked);
  }
  const response = watched(await fetch(url, options), dog);
  dog.touch();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if (!integrity || !response.body) return compileResponse(response);
  const [toCompile, toHash] = response.body.tee();
  const compiling = compileResponse(new Response(toCompile, { headers: response.headers }));
  const digest = await subtle.digest("SHA-384", await new Response(toHash).arrayBuffer());
  if (base64(digest) !== expected) {
    compiling.catch(() => {});
    throw new Error(`${url}: its content does not match the build's integrity hash ${integrity}`);
  }
  return compiling;
}

/**
 * The JS glue, imported through a modulepreload link that carries its hash (data-js-integrity).
 * A failed import stays failed under its address, so a retry imports `url?again=N`.
 */
function importGlue(url, integrity) {
  if (integrity) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = url;
    link.integrity = integrity;
    link.crossOrigin = "anonymous";
    document.head.append(link);
  }
  return import(url);
}

// Over the prerendered landing, the app's files are requested only once the first paint is on
// record (the build drops their preloads: scripts/prerender.py), so on a slow connection they
// do not compete with the stylesheet that paint waits for. Not when the service worker serves
// them from its cache (a returning visit, or offline): nothing to compete with. A browser that
// does not report largest paints waits for the next frame; a hidden tab, or a frame the browser
// does not paint, at most FIRST_PAINT_WAIT_MS.
export const FIRST_PAINT_WAIT_MS = 200;

function afterFirstPaint(painted) {
  const cached = "serviceWorker" in navigator && navigator.serviceWorker.controller;
  if (prerendered() === null || cached || document.visibilityState === "hidden") return Promise.resolve();
  if (reportsLargestPaint()) return painted;
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FIRST_PAINT_WAIT_MS);
  });
}

let attempt = 0;

async function start() {
  const js = boot && boot.dataset.js;
  const wasm = boot && boot.dataset.wasm;
  if (!js || !wasm) throw new Error("the loader was built without file names");
  await stylesheetsSettled;
  const painted = landingPaintRecorded();
  await afterFirstPaint(painted);
  const dog = watchdog();
  const again = attempt > 0;
  let loaded;
  try {
    loaded = await Promise.race([
      Promise.all([
        importGlue(again ? `${js}?again=${attempt}` : js, boot.dataset.jsIntegrity),
        compile(wasm, boot.dataset.wasmIntegrity, dog, again),
      ]),
      dog.expired,
    ]);
  } catch (error) {
    const problem = dog.stalled ? "stalled" : navigator.onLine === false ? "offline" : "failed";
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { problem });
  } finally {
    dog.stop();
  }
  const [bindings, module] = loaded;
  await painted;
  await bindings.default({ module_or_path: module });
}

function load() {
  start().catch((error) => showFailure(error, error && error.problem ? error.problem : "crashed"));
}

function hideFailure() {
  const failed = document.getElementById("app-failed");
  if (failed) failed.hidden = true;
  // (Hidden with its box: a page has one visible main.)
  if (failed && failed.querySelector("main")) failed.querySelector("main").hidden = true;
  if (app) app.hidden = false;
  document.documentElement.removeAttribute("data-failed");
}

/** "Try again": the app loaded afresh in this page; the landing and any tap on it stay. */
function retry() {
  attempt += 1;
  load();
}

// The stylesheet holds up the first paint: a stalled one would leave the page blank until the
// browser gives up. If it has not loaded STALL_MS after boot.js runs (or it failed), it is
// removed, so the page paints (plainly), and the page says so with Try again, which asks for
// it afresh. Its events are watched from the start: a failure can come before the page is
// parsed.
let styleAttempt = 0;

/** Runs `then` once the page is parsed (at once if it is). */
function whenParsed(then) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then, { once: true });
  else then();
}

function loadProblem() {
  return navigator.onLine === false ? "offline" : "failed";
}

/** Whether `link`'s stylesheet applies: loaded, with rules (a failed answer leaves an empty one). */
function applies(link) {
  try {
    return Boolean(link.sheet && link.sheet.cssRules.length);
  } catch {
    return false;
  }
}

/** Watches `link` until it applies or fails; the promise settles then. */
function watchStylesheet(link) {
  if (applies(link)) return Promise.resolve();
  return new Promise((settle) => {
    let settled = false;
    const done = () => {
      settled = true;
      clearTimeout(timer);
      settle();
    };
    const fail = (problem) => {
      if (settled) return;
      done();
      link.remove();
      whenParsed(() => showFailure(new Error(`${link.href}: the stylesheet ${problem}`), problem, () => retryStylesheet(link)));
    };
    const timer = setTimeout(() => {
      if (!applies(link)) fail("stalled");
    }, STALL_MS);
    const finished = () => {
      if (settled) return;
      if (applies(link)) done();
      else fail(loadProblem());
    };
    link.addEventListener("load", finished, { once: true });
    link.addEventListener("error", finished, { once: true });
    // Finished before boot.js ran (its events have passed): said now if it does not apply.
    if (typeof performance !== "undefined" && performance.getEntriesByName(link.href).length) setTimeout(finished, 1000);
  });
}

/** Try again for the stylesheet: asked for afresh (past any cache), with the same hash. */
function retryStylesheet(old) {
  styleAttempt += 1;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  const url = new URL(old.href);
  url.searchParams.set("again", String(styleAttempt));
  link.href = url.href;
  if (old.integrity) link.integrity = old.integrity;
  document.head.append(link);
  watchStylesheet(link);
}

/** Settles once the page's stylesheets apply or have been said to fail: the app's own files
 * wait for it, so they do not take the bandwidth the stylesheet needs. */
let stylesheetsSettled = Promise.resolve();

if (inPage) {
  listenForTraps();
  applyShellSettings();
  stylesheetsSettled = Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')].map(watchStylesheet));
  whenParsed(started);
}

/** Once the page is parsed: the landing in the patient's language, early taps kept, the app
 * loaded. */
function started() {
  app = document.getElementById("app");
  applyShellLanguage();
  // boot.js runs: its own messages take over from the stylesheet's note, and the landing shows.
  for (const note of document.querySelectorAll(".boot-late")) note.remove();
  document.documentElement.setAttribute("data-boot", "");
  listenForEarlyTaps();
  load();
}
