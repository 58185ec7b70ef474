// The relevance of the site's search, as the browser ranks it (bench/search/run, browser.SearchRelevanceTest).
// Usage: node tools/search-relevance.mjs ORIGIN|SITE_FOLDER RELEVANCE_JSON [ENGINE] [RANKINGS_OUT]
// (given a folder, such as target/site, it serves it itself on a local port; RANKINGS_OUT, a file to write each
// query's first 30 addresses to, as JSON, for comparing with the Java ranking)
// Opens each language's search page in Chromium (or Firefox ESR), asks the page's own search for every query of
// the relevance set (window.BFCSearch.ranked), and prints per query the rank of its first expected page, then per
// language and in all: recall@5 (a query counts when one of its pages is among the first five) and the mean
// reciprocal rank (1/rank of the first of its pages, 0 when none is among the first 30).
import { readFileSync, writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { launchOptions, serveFolder } from "./site-server.mjs";

const [where, file, engine = "chromium", rankingsOut] = process.argv.slice(2);
const rankings = [];
const server = /^https?:/.test(where) ? null : await serveFolder(where);
const origin = server ? server.origin : where;
const set = JSON.parse(readFileSync(file, "utf8")).queries;
const browser = await puppeteer.launch(launchOptions(engine));
const totals = {};
try {
  const page = await browser.newPage();
  for (const lang of [...new Set(set.map((q) => q.lang))]) {
    await page.goto(`${origin}/${lang}/search/`, { waitUntil: "load" });
    await page.waitForFunction(() => window.BFCSearch && window.BFCSearch.ranked);
    const started = Date.now();
    await page.evaluate(() => window.BFCSearch.ranked("x"));
    console.log(`${engine} ${lang}: index fetched and built in ${Date.now() - started} ms`);
    for (const q of set.filter((x) => x.lang === lang)) {
      const ranked = (await page.evaluate((text) => window.BFCSearch.ranked(text), q.q)).slice(0, 30);
      const rank = ranked.findIndex((u) => q.pages.includes(u)) + 1;
      rankings.push({ lang, q: q.q, ranked });
      for (const key of [lang, "all"]) {
        const t = totals[key] || (totals[key] = { n: 0, hits: 0, rr: 0 });
        t.n++;
        if (rank >= 1 && rank <= 5) t.hits++;
        t.rr += rank ? 1 / rank : 0;
      }
      console.log(`query ${lang} ${rank ? "rank " + rank : "missed"} [${q.kind}] ${q.q}`
        + (rank === 1 ? "" : ` -> ${ranked.slice(0, 3).join(" ")}`));
    }
  }
} finally {
  await browser.close();
  if (server) server.close();
}
if (rankingsOut) writeFileSync(rankingsOut, JSON.stringify(rankings));
for (const [key, t] of Object.entries(totals)) {
  console.log(`${engine} ${key}: ${t.n} queries, recall@5 ${(t.hits / t.n).toFixed(3)}, MRR ${(t.rr / t.n).toFixed(3)}`);
}
