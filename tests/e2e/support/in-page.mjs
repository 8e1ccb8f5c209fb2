// Code that runs inside the widget's page, shared by the Playwright specs (page.evaluate) and
// the other engines' WebDriver specs (executeScript): plain functions of their one argument,
// with no reference to anything outside them.

/**
 * Taps through the screening inside the page: on each page, every question in page order (a
 * real click on the chosen answer's label; a follow-up that a yes or not sure opens appears
 * and is answered in its turn), then Next, page after page while `walk` is true. Each tap
 * waits for the app to redraw (microtasks: it renders in one, even under Playwright's clock).
 * Stops where it cannot go on by itself; the caller waits and calls it again.
 */
export async function tapThrough({ picks, walk, next, result, done }) {
  const redraw = async () => {
    for (let i = 0; i < 8; i += 1) await new Promise((resolve) => queueMicrotask(resolve));
  };
  const button = (name) => [...document.querySelectorAll("main button")].find((b) => b.textContent.trim() === name);
  const tapped = [];
  for (;;) {
    const open = [...document.querySelectorAll("fieldset")].find((f) => !done.includes(f.id) && !tapped.includes(f.id));
    if (open) {
      const label = document.querySelector(`label[for="${open.id}-${picks[open.id]}"]`);
      if (!label) throw new Error(`no answer "${picks[open.id]}" for ${open.id}`);
      label.click();
      tapped.push(open.id);
      await redraw();
      const chosen = document.getElementById(`${open.id}-${picks[open.id]}`);
      if (!chosen?.checked) throw new Error(`${open.id}: the answer "${picks[open.id]}" is not selected`);
      continue;
    }
    if (!walk) return { tapped, finished: false };
    const last = button(result);
    const go = last ?? button(next);
    if (!go || go.disabled) return { tapped, finished: false };
    const before = document.querySelector(".position")?.textContent;
    go.click();
    await redraw();
    if (last) return { tapped, finished: true };
    // The next page, or a slower redraw: then the caller waits for it.
    if (document.querySelector(".position")?.textContent === before) return { tapped, finished: false, paged: before };
    done = [];
    tapped.push("|");
  }
}

/**
 * Counts wake locks asked for and held (in `window.__wake`), without changing what the browser
 * decides. Playwright adds it before the page loads; WebDriver after (the app looks the method
 * up on each request). It wraps the method where it lives: on the prototype, unless a test has
 * put its own on the object (WebKit does not keep a property set on `navigator.wakeLock` itself).
 */
export function spyOnWakeLock() {
  window.__wake = { requests: 0, held: 0, sentinels: [] };
  const api = navigator.wakeLock;
  if (!api) return;
  const owner = Object.prototype.hasOwnProperty.call(api, "request") ? api : Object.getPrototypeOf(api);
  const request = owner.request;
  owner.request = async function (type) {
    window.__wake.requests += 1;
    const sentinel = await request.call(this, type);
    window.__wake.held += 1;
    window.__wake.sentinels.push(sentinel);
    sentinel.addEventListener("release", () => (window.__wake.held -= 1));
    return sentinel;
  };
}
