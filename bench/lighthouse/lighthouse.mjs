// Lighthouse (mobile, its default throttling) over pages of a built site, served with gzip as the hosting
// configurations serve it (the build's .gz copies, the _headers file's headers, a year's cache for fingerprinted
// files). Usage: node lighthouse.mjs SITE_DIR RESULTS_MD [--runs N] PATH...
// Prints one line per page and writes RESULTS_MD (a table) and RESULTS_MD with .json (every run's figures).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const args = process.argv.slice(2);
const site = path.resolve(args.shift());
const results = path.resolve(args.shift());
let runs = 1;
const pages = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else pages.push(args[i]);
}

const types = { html: "text/html; charset=utf-8", css: "text/css; charset=utf-8", js: "text/javascript; charset=utf-8",
  json: "application/json", svg: "image/svg+xml", png: "image/png", jpg: "image/jpeg", woff2: "font/woff2",
  xml: "application/xml", txt: "text/plain; charset=utf-8", webmanifest: "application/manifest+json" };
const siteHeaders = {};
const headersFile = path.join(site, "_headers");
if (fs.existsSync(headersFile)) {
  let all = false;
  for (const line of fs.readFileSync(headersFile, "utf8").split("\n")) {
    if (!line.startsWith(" ") && !line.startsWith("\t")) all = line.trim() === "/*";
    else if (all && line.includes(":")) {
      const [k, ...v] = line.trim().split(":");
      siteHeaders[k.trim()] = v.join(":").trim();
    }
  }
}
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = path.join(site, p);
  if (!file.startsWith(site)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  if (!fs.existsSync(file)) { res.writeHead(404).end("not found"); return; }
  const ext = path.extname(file).slice(1);
  const headers = { ...siteHeaders, "Content-Type": types[ext] || "application/octet-stream", Vary: "Accept-Encoding",
    "Cache-Control": /\.[0-9a-f]{10}\.\w+$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache" };
  let body = fs.readFileSync(file);
  if ((req.headers["accept-encoding"] || "").includes("gzip") && fs.existsSync(file + ".gz")) {
    body = fs.readFileSync(file + ".gz");
    headers["Content-Encoding"] = "gzip";
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await chromeLauncher.launch({ chromePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = [];
const all = {};
try {
  for (const page of pages) {
    const each = [];
    for (let r = 0; r < runs; r++) {
      const result = await lighthouse(origin + page, { port: chrome.port, output: "json", logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"] });
      const lhr = result.lhr;
      if (process.env.BFC_LH_DUMP) fs.writeFileSync(`${process.env.BFC_LH_DUMP}/${page.replace(/[^a-z0-9]+/gi, "_")}-${r}.json`, JSON.stringify(lhr));
      const a = lhr.audits;
      each.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
        seo: Math.round(lhr.categories.seo.score * 100),
        fcp: a["first-contentful-paint"].numericValue, lcp: a["largest-contentful-paint"].numericValue,
        speedIndex: a["speed-index"].numericValue, tbt: a["total-blocking-time"].numericValue,
        cls: a["cumulative-layout-shift"].numericValue, bytes: a["total-byte-weight"].numericValue,
        failed: Object.values(a).filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== "informative"
          && x.scoreDisplayMode !== "manual" && x.scoreDisplayMode !== "notApplicable").map((x) => x.id),
      });
    }
    all[page] = each;
    const m = (k) => median(each.map((e) => e[k]));
    const row = { page, performance: m("performance"), accessibility: m("accessibility"), bestPractices: m("bestPractices"),
      seo: m("seo"), fcp: m("fcp"), lcp: m("lcp"), speedIndex: m("speedIndex"), tbt: m("tbt"), cls: m("cls"), bytes: m("bytes"),
      failed: [...new Set(each.flatMap((e) => e.failed))] };
    table.push(row);
    console.log(`${page}: ${row.performance}/${row.accessibility}/${row.bestPractices}/${row.seo}`
      + ` FCP ${Math.round(row.fcp)} ms, LCP ${Math.round(row.lcp)} ms, SI ${Math.round(row.speedIndex)} ms,`
      + ` TBT ${Math.round(row.tbt)} ms, CLS ${row.cls.toFixed(3)}, ${Math.round(row.bytes / 1024)} KB`
      + (row.failed.length ? `; below 0.9: ${row.failed.join(", ")}` : ""));
  }
} finally {
  await chrome.kill();
  server.close();
}
const version = JSON.parse(fs.readFileSync(new URL("./node_modules/lighthouse/package.json", import.meta.url))).version;
const md = [`Lighthouse ${version}, mobile (simulated slow 4G, 4x CPU slowdown), Debian chromium, ${runs} run(s) per page`
  + ` (median), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`, "",
  "| page | performance | accessibility | best practices | SEO | FCP | LCP | Speed Index | TBT | CLS | transferred |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...table.map((r) => `| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`
    + ` ${(r.fcp / 1000).toFixed(2)} s | ${(r.lcp / 1000).toFixed(2)} s | ${(r.speedIndex / 1000).toFixed(2)} s |`
    + ` ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.bytes / 1024)} KB |`), ""];
fs.writeFileSync(results, md.join("\n"));
fs.writeFileSync(results.replace(/\.md$/, ".json"), JSON.stringify(all, null, 1) + "\n");
