// What a first search downloads (bench/search/run, browser.SearchDownloadsTest).
// Usage: node tools/search-downloads.mjs SITE_FOLDER QUERIES_JSON [ENGINE]
// Serves the built site itself on a local port, gzip copies (*.gz) to a browser that accepts them, as the hosting
// files tell web servers to, and counts the bytes it sends. For each query of the set (bench/search/relevance.json;
// only "lang" and "q" are used), a fresh browser context (nothing cached) opens the language's search page with
// ?q=, and the tool sums the bytes of the search index's files (dictionary, shards, pieces of text) sent until the
// first results are on the screen. Prints each query's figure, then per language the median and the largest.
import { readFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { launchOptions, serveFolder } from "./site-server.mjs";

const [folder, file, engine = "chromium"] = process.argv.slice(2);
let sent = [];
const server = await serveFolder(folder, { gzip: true, sent: (path, bytes) => sent.push({ path, bytes }) });
const origin = server.origin;
const set = JSON.parse(readFileSync(file, "utf8")).queries;
const browser = await puppeteer.launch(launchOptions(engine));
const figures = {};
try {
  for (const q of set) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    sent = [];
    await page.goto(`${origin}/${q.lang}/search/`, { waitUntil: "load" });
    const script = sent.filter((s) => s.path.includes("/js/search.")).reduce((a, s) => a + s.bytes, 0);
    sent = [];
    await page.goto(`${origin}/${q.lang}/search/?q=${encodeURIComponent(q.q)}`, { waitUntil: "load" });
    await page.waitForFunction(() => {
      const status = document.getElementById("search-status").textContent;
      return status !== "" && !status.endsWith("…");
    }, { timeout: 30000 });
    const results = await page.evaluate(() => document.querySelectorAll("#search-results li").length);
    const index = sent.filter((s) => s.path.includes("/search-index")).reduce((a, s) => a + s.bytes, 0);
    const files = sent.filter((s) => s.path.includes("/search-index")).length;
    await context.close();
    (figures[q.lang] ||= { bytes: [], script }).bytes.push(index);
    console.log(`query ${q.lang} ${(index / 1024).toFixed(1)} KB in ${files} files, ${results} results shown: ${q.q}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const [lang, f] of Object.entries(figures)) {
  const sorted = [...f.bytes].sort((a, b) => a - b);
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`${engine} ${lang}: ${sorted.length} first searches, median ${kb(sorted[sorted.length >> 1])} KB, `
    + `largest ${kb(sorted[sorted.length - 1])} KB gzipped before the first results (search script ${kb(f.script)} KB)`);
}
