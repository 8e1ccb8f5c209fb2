// A whole clinic day on one shared tablet, without a reload (issue 35): after ten warm-up
// visits, a hundred more (the safety check, a routine skipped through to its end, "Next
// patient") leave the page's own JavaScript objects, its DOM and its own listeners flat. Each
// visit runs inside the page with no Playwright action (an action may inject listeners and
// objects of Playwright's own at a moment of its choosing: a CI run once counted its 13 window
// listeners as ours). Measured with Chromium's heap snapshots: what does grow is the engine's
// compiled code (JavaScript and wasm tiering up) and the browser's performance-timeline
// entries (bounded buffers), neither held by the app; both are reported, not asserted.

import { test, expect, openReady, languageIndependent } from "./support/fixtures.mjs";
import { t } from "./support/catalog.mjs";
import { noRisks } from "./support/patient.mjs";
import { tapThrough } from "./support/in-page.mjs";

languageIndependent();

const WARM_UP = 10;
const VISITS = Number(process.env.KNEE_CLINIC_DAY_VISITS || 100);
/** The heap snapshot's node types that are the page's own JavaScript values. */
const OURS = new Set(["object", "closure", "array", "string", "concatenated string", "sliced string", "regexp", "number", "bigint", "symbol"]);

/** Bytes of the page's own JavaScript values, after a garbage collection. */
async function ownBytes(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(""));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf("type"), fields.indexOf("self_size")];
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (OURS.has(types[nodes[i + type]])) bytes += nodes[i + size];
  }
  return bytes;
}

/** The page's own event listeners, as "target: type" lines: those whose handler is in a script
 * the page loaded from its server. (Chromium's JSEventListeners metric also counts the ones
 * Playwright's injected scripts add when an action first needs them, at a moment of its own.) */
async function ownListeners(cdp, origin) {
  const urls = new Map();
  const onScript = (event) => urls.set(event.scriptId, event.url);
  cdp.on("Debugger.scriptParsed", onScript);
  await cdp.send("Debugger.enable");
  await cdp.send("Debugger.disable");
  cdp.off("Debugger.scriptParsed", onScript);
  const group = { objectGroup: "clinic-day" };
  const { result: prototype } = await cdp.send("Runtime.evaluate", { expression: "EventTarget.prototype", ...group });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId, ...group });
  const { result: targets } = await cdp.send("Runtime.getProperties", { objectId: objects.objectId, ownProperties: true });
  const lines = [];
  for (const target of targets) {
    if (!/^\d+$/.test(target.name) || !target.value?.objectId) continue;
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: target.value.objectId });
    for (const listener of listeners) {
      if ((urls.get(listener.scriptId) || "").startsWith(origin)) lines.push(`${target.value.className}: ${listener.type}`);
    }
  }
  await cdp.send("Runtime.releaseObjectGroup", group);
  return lines.sort();
}

/** DOM nodes, the page's own listeners and the whole JS heap, after a garbage collection (so
 * detached nodes the page no longer holds are not counted), once the node count holds still
 * (a busy machine may still be drawing the landing's last change). */
async function counts(cdp, origin) {
  const nodes = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    return metrics.Nodes;
  };
  let last = await nodes();
  for (let tries = 0; tries < 10; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await nodes();
    if (now === last) break;
    last = now;
  }
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return { nodes: last, listeners: await ownListeners(cdp, origin), heap: usedSize };
}

/** One visit, run inside the page: the screening answered, the routine skipped to its end,
 * Next patient, back on the landing. */
async function wholeVisit(tapThrough, w) {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
  const find = (names) => [...document.querySelectorAll("button")].find((b) => names.includes(b.textContent.trim()));
  const until = async (what, ready) => {
    for (let tries = 0; tries < 2000; tries += 1) {
      if (await ready()) return;
      await tick();
    }
    throw new Error(`${what}: ${[...document.querySelectorAll("#app h1, #app button")].map((e) => e.textContent.trim()).join(" | ")}`);
  };
  const press = async (name) => {
    let button;
    await until(`no button "${name}"`, () => (button = find([name])));
    button.click();
  };
  await press(w.startScreening);
  await until("the screening did not end", async () => {
    if (document.querySelector(".verdict h1")) return true;
    // Answers a page and turns it, as far as the app has drawn (answering twice is harmless).
    if (document.querySelector("fieldset")) await tapThrough({ picks: w.picks, walk: true, next: w.next, result: w.result, done: [] });
    return false;
  });
  for (const name of w.then) await press(name);
  await until("the routine did not end", () => {
    if ([...document.querySelectorAll("#app h1")].some((h) => h.textContent.trim() === w.done)) return true;
    find(w.skips)?.click();
    return false;
  });
  await press(w.nextPatient);
  await until("no landing", () => find([w.startScreening]));
}

test(`${VISITS} visits on one shared tablet after ${WARM_UP} leave the app's objects, the DOM and the listeners flat`, async ({ page, server }) => {
  test.setTimeout(900_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await openReady(page, server.url, "?mode=tablet");
  // A whole visit in one round trip, with no Playwright action: its actions inject listeners
  // and objects of their own into the page at moments of their choosing, which would count.
  const words = {
    picks: Object.fromEntries(Object.keys(t.questions).map((id) => [id, noRisks()(id)])),
    startScreening: t.ui.StartScreening,
    next: t.ui.Next,
    result: t.ui.SeeResult,
    then: [t.ui.SeeMyRoutine, t.ui.StartRoutine],
    skips: [t.ui.ReadyStart, t.ui.ConfirmSkip, t.ui.SkipStep],
    done: t.ui.DoneTitle,
    nextPatient: t.ui.NextPatient,
  };
  const visit = () => page.evaluate(`(${wholeVisit})(${tapThrough}, ${JSON.stringify(words)})`);
  for (let i = 0; i < WARM_UP; i += 1) await visit();
  const origin = new URL(server.url).origin;
  const before = { ...(await counts(cdp, origin)), own: await ownBytes(cdp) };
  const started = Date.now();
  for (let i = 0; i < VISITS; i += 1) await visit();
  const after = { ...(await counts(cdp, origin)), own: await ownBytes(cdp) };
  const perVisit = (after.own - before.own) / VISITS;
  test.info().annotations.push({
    type: "clinic day",
    description:
      `${VISITS} visits in ${Math.round((Date.now() - started) / 1000)} s; the app's objects ${before.own} -> ${after.own} B ` +
      `(${perVisit.toFixed(1)} B a visit); whole JS heap ${before.heap} -> ${after.heap} B; ` +
      `DOM nodes ${before.nodes} -> ${after.nodes}; listeners ${before.listeners.length} -> ${after.listeners.length}`,
  });
  expect(after.nodes, "DOM nodes").toBe(before.nodes);
  expect(before.listeners.length, "the app's listeners are seen").toBeGreaterThan(10);
  expect(after.listeners, "event listeners").toEqual(before.listeners);
  // Flat: less than 64 bytes a visit of the page's own values (a kept closure or entry per
  // visit would be hundreds).
  expect(perVisit, "bytes of the app's objects kept per visit").toBeLessThan(64);
});
