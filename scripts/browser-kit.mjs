// Shared by the end-to-end tests and the bench: serve a directory with scripts/serve.py on a
// free loopback port, and launch Debian's Chromium the way this machine needs.

import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

// Headless, no sandbox (we run as root), and none of Chromium's background traffic, which
// this machine's closed network would refuse.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export const CHROMIUM = "/usr/bin/chromium";

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Every server still running is killed when this process exits, however it exits.
const running = new Set();
process.on("exit", () => {
  for (const server of running) server.kill();
});

/** Serves `dir` with the production headers (or without the CSP: `{ csp: false }`). */
export async function startServer(dir, { csp = true, log = false, wasmDelay = 0, bootDelay = 0 } = {}) {
  const port = await freePort();
  const args = [join(ROOT, "scripts", "serve.py"), "--dir", dir, "--port", String(port)];
  if (!log) args.push("--quiet");
  if (!csp) args.push("--no-csp");
  if (wasmDelay) args.push("--wasm-delay", String(wasmDelay));
  if (bootDelay) args.push("--boot-delay", String(bootDelay));
  // Pipes, not our own stdout/stderr: a server must never outlive us holding a terminal open.
  const server = spawn("python3", args, { stdio: ["ignore", "pipe", "pipe"] });
  // With `log`, the server's access log (one line per request) is kept for the test to read.
  const lines = [];
  server.stderr.on("data", (chunk) => (log ? lines.push(...String(chunk).split("\n").filter(Boolean)) : process.stderr.write(chunk)));
  const exited = new Promise((resolve) => server.on("exit", resolve));
  running.add(server);
  server.on("exit", () => running.delete(server));
  await new Promise((resolve, reject) => {
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
    server.stdout.on("data", (chunk) => {
      if (String(chunk).includes("Serving")) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    log: lines,
    stop: async () => {
      server.kill();
      await exited;
    },
  };
}
