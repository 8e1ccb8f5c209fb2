// Renders the app icons (public/icons/*.png) from public/icon.svg with Debian's Chromium.
// Run once after changing the SVG: node scripts/make-icons.mjs. The PNGs are committed.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = readFileSync(join(ROOT, "public", "icon.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
// "any" icons show the rounded square; the maskable one fills the canvas with the background
// colour and keeps the drawing inside the central safe zone (80%), as platforms crop it.
const icons = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "icon-maskable-512.png", size: 512, maskable: true },
];
for (const { file, size, maskable } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? "#0b5d66" : "transparent"};display:grid;place-items:center;height:100vh">` +
      svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `) +
      "</body>",
  );
  await page.screenshot({ path: join(ROOT, "public", "icons", file), omitBackground: !maskable });
  await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons`);
