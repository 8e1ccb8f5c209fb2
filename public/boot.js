// Loads the app from external files only, so the page runs under a CSP with no
// 'unsafe-inline'. Trunk writes the hashed file names into this script tag's data-js and
// data-wasm attributes (Trunk.toml pattern_script).
//
// If the app cannot load, or the wasm traps later (with panic = "abort" a Rust panic is a
// trap), the page shows the plain "please reload" message from index.html instead of a
// blank or frozen screen.

const boot = document.getElementById("app-boot");

function showFailure(reason) {
  const failed = document.getElementById("app-failed");
  const app = document.getElementById("app");
  if (failed) failed.hidden = false;
  if (app) app.hidden = true;
  document.documentElement.setAttribute("data-failed", "");
  console.warn("Knee care widget stopped:", reason);
}

function isWasmTrap(error) {
  return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
}

window.addEventListener("error", (event) => {
  if (isWasmTrap(event.error)) showFailure(event.error);
});
window.addEventListener("unhandledrejection", (event) => {
  if (isWasmTrap(event.reason)) showFailure(event.reason);
});

// Before the wasm starts: the embedder's colour scheme and whether we are framed, so the static
// shell neither flashes light on a dark page nor fills a frame's height. The app applies the
// same settings again (with their full checks) once it runs.
function applyShellSettings() {
  const root = document.documentElement;
  try {
    const theme = new URLSearchParams(location.search).get("theme");
    const dark = theme === "dark" || (theme === "auto" && matchMedia("(prefers-color-scheme: dark)").matches);
    root.setAttribute("data-theme", dark ? "dark" : "light");
    if (window.parent !== window) root.setAttribute("data-embedded", "");
  } catch {
    // A browser without URLSearchParams or matchMedia keeps the light shell.
  }
}

applyShellSettings();

// The static shell's words in the patient's language, before the wasm: the embedder's `lang`,
// else the browser's languages in order, else English. The same rules as the Rust parser
// (catalog::Lang::from_code), which the end-to-end tests hold this one to (LANG_CODE_CASES).
export const SHELL_WORDS = {
  en: {
    title: "Inner knee self-care",
    loading: "Loading…",
    failed: "Something went wrong, please reload the page.",
  },
  es: {
    title: "Autocuidado de la rodilla: lado interno",
    loading: "Cargando…",
    failed: "Algo salió mal. Vuelva a cargar la página.",
  },
};

/** The language a code means ("es", "ES", "es-MX", "es_AR"), or null for one we do not have. */
export function langFromCode(code) {
  const primary = String(code).trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(SHELL_WORDS, primary) ? primary : null;
}

/** The shell's language: the first code we have, in order; else English. */
export function shellLang(codes) {
  for (const code of codes) {
    const lang = code == null ? null : langFromCode(code);
    if (lang) return lang;
  }
  return "en";
}

function applyShellLanguage() {
  try {
    const configured = new URLSearchParams(location.search).get("lang");
    const lang = shellLang([configured, ...(navigator.languages || [navigator.language])]);
    const words = SHELL_WORDS[lang];
    document.documentElement.setAttribute("lang", lang);
    document.title = words.title;
    for (const h1 of document.querySelectorAll("#app h1, #app-failed h1")) h1.textContent = words.title;
    const loading = document.querySelector("#app .loading");
    if (loading) loading.textContent = words.loading;
    const failed = document.querySelector("#app-failed .app-failed");
    if (failed) failed.textContent = words.failed;
  } catch {
    // The English shell stays.
  }
}

applyShellLanguage();

async function start() {
  const js = boot && boot.dataset.js;
  const wasm = boot && boot.dataset.wasm;
  if (!js || !wasm) throw new Error("the loader was built without file names");
  const bindings = await import(js);
  await bindings.default({ module_or_path: wasm });
}

start().catch(showFailure);
