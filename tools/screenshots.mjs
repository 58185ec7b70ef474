// Screenshots of pages at phone width in Chromium and in Firefox ESR, for people to look at (README, "Khmer line
// breaks"). Usage: node tools/screenshots.mjs ORIGIN OUT_DIR WIDTH NAME=PATH...
// Writes OUT_DIR/<engine>-<NAME>.png (the whole page, at most 12,000 px of it) for each page, and prints each
// file's name.
import puppeteer from "puppeteer-core";
import { mkdirSync } from "node:fs";

const [origin, dir, width, ...pages] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const engines = [
  ["chromium", { executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"] }],
  ["firefox", { browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr", headless: true }],
];
for (const [engine, options] of engines) {
  const browser = await puppeteer.launch(options);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: Number(width), height: 800 });
    for (const spec of pages) {
      const [name, path] = spec.split("=");
      await page.goto(origin + path, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const file = `${dir}/${engine}-${name}.png`;
      // the whole page, or its first 12,000 px (the one-page guide is taller than a screenshot may be)
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot(height <= 12000 ? { path: file, fullPage: true }
        : { path: file, clip: { x: 0, y: 0, width: Number(width), height: 12000 }, captureBeyondViewport: true });
      console.log(file);
    }
  } finally {
    await browser.close();
  }
}
