// A clinic's page around the widget: the repository's example host pages served from another
// origin, and what the host sees of the widget (its frame, its height, its messages).

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "./fixtures.mjs";
import { ROOT, startServer } from "../../../scripts/browser-kit.mjs";

/**
 * Serves examples/host/ from another origin, pointed at `widgetUrl`. `hostName` 127.0.0.1 gives
 * another origin on the same site (another port); localhost gives another site, where the
 * browser treats the widget as a third party.
 */
export async function hostPages(widgetUrl, hostName = "127.0.0.1") {
  const dir = mkdtempSync(join(tmpdir(), "knee-host-"));
  const host = await startServer(dir, { csp: false });
  const url = host.url.replace("127.0.0.1", hostName);
  // A site builder's frame (builder-site.html) comes from the same server under the other name:
  // another site than the page around it.
  const builderFrame = host.url.replace("127.0.0.1", hostName === "localhost" ? "127.0.0.1" : "localhost");
  const examples = join(ROOT, "examples", "host");
  for (const file of readdirSync(examples)) {
    const text = readFileSync(join(examples, file), "utf8")
      .replaceAll("http://127.0.0.1:8080/", widgetUrl)
      .replaceAll("http://localhost:8081/", builderFrame);
    writeFileSync(join(dir, file), text);
  }
  return {
    url,
    origin: new URL(url).origin,
    stop: async () => {
      await host.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Records, in every frame, the messages that frame receives (origin and data). */
export function recordMessages() {
  window.__messages = [];
  window.addEventListener("message", (event) => {
    window.__messages.push({ origin: event.origin, data: JSON.parse(JSON.stringify(event.data)) });
  });
}

/** The widget's frame, once the widget in it has started. */
export async function widgetFrame(page) {
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  await frame.locator("html[data-ready]").waitFor({ state: "attached", timeout: 15_000 });
  return frame;
}

/** The iframe's height follows the widget's content (within a pixel); returns the height. */
export async function frameFitsContent(page, frame, what) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const iframe = document.querySelector("iframe");
          const inner = iframe.contentDocument; // null: cross-origin; compare with the message
          const last = window.__messages.filter((m) => m.data?.kind === "height").at(-1);
          return !inner && !!last && Math.abs(iframe.getBoundingClientRect().height - last.data.height) <= 1;
        }),
      { message: `the iframe follows the widget's height on ${what}`, intervals: [50] },
    )
    .toBe(true);
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const height = await page.$eval("iframe", (f) => Math.round(f.getBoundingClientRect().height));
  expect(Math.abs(content - height), `${what}: iframe ${height}px, widget content ${content}px`).toBeLessThanOrEqual(1);
  return height;
}

/** Every message is the widget's envelope with a height or a lifecycle event, nothing else. */
export function expectMessagesCarryNoHealthData(messages, widgetOrigin) {
  for (const { origin, data } of messages) {
    expect(origin, "a message's origin").toBe(widgetOrigin);
    const keys = Object.keys(data).sort();
    if (data.kind === "height") {
      expect(keys, "height message fields").toEqual(["height", "kind", "type", "version"]);
    } else {
      expect(keys, "event message fields").toEqual(["event", "kind", "type", "version"]);
      expect(["ready", "screening-finished", "routine-started", "routine-finished"], "a known event").toContain(data.event);
    }
    expect(`${data.type} v${data.version}`, "message envelope").toBe("knee-care v1");
  }
}
