// Offline reading in Chromium (README, "Offline reading").
// Usage: node tools/offline.mjs ORIGIN_OLD ORIGIN_NEW MARKER LANG...
// The browser reaches the site through a local proxy that this tool can cut, as a phone loses its signal: first to
// ORIGIN_OLD (a build), later to ORIGIN_NEW (the next build, where the guide chapter /en/guide/wages/ contains
// MARKER). For each LANG: opens the guide, presses "Save the guide for offline reading", waits for "saved", visits
// the about page; prints what each language's saved guide takes in the browser's storage. Then the connection is
// cut: every page of the saved guide (its offline.json), each visited page and an unsaved page are opened. Then the
// connection comes back on the new build: opening the guide updates the worker, which saves the new guide and
// deletes the old caches; cut again, the changed chapter shows MARKER. Prints "key value" lines for the test.
import http from "node:http";
import puppeteer from "puppeteer-core";

const [oldOrigin, newOrigin, marker, ...langs] = process.argv.slice(2);
let upstream = oldOrigin;
let connected = true;
const proxy = http.createServer((request, response) => {
  if (!connected) { request.socket.destroy(); return; }
  const target = new URL(request.url, upstream);
  const forward = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } },
    (answer) => { response.writeHead(answer.statusCode, answer.headers); answer.pipe(response); });
  forward.on("error", () => request.socket.destroy());
  request.pipe(forward);
});
await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${proxy.address().port}`;
const say = (...parts) => console.log(parts.join(" "));

const browser = await puppeteer.launch({ executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium",
  headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function status(page) {
  return page.evaluate(() => { const s = document.querySelector("[data-offline] [role=status]"); return s ? s.textContent : ""; });
}

async function stored(page) {
  return page.evaluate(async () => {
    const sizes = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      let bytes = 0;
      for (const request of await cache.keys()) bytes += (await (await cache.match(request)).blob()).size;
      sizes[name] = bytes;
    }
    return sizes;
  });
}

async function open(page, path) {
  try {
    const response = await page.goto(origin + path, { waitUntil: "load", timeout: 20000 });
    return await page.evaluate(() => ({ offlinePage: document.body.classList.contains("offline-page"),
      h1: (document.querySelector("h1") || {}).textContent || "", text: document.body.textContent }))
      .then((r) => ({ ...r, status: response ? response.status() : 0 }));
  } catch (e) {
    return { error: String(e.message || e).split("\n")[0] };
  }
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 360, height: 740 });
  const lists = {};
  for (const lang of langs) {
    await page.goto(`${origin}/${lang}/guide/`, { waitUntil: "load" });
    await page.waitForSelector("[data-offline]:not([hidden]) button", { timeout: 10000 });
    await page.click("[data-offline] button");
    let text = "";
    for (let i = 0; i < 300 && !/KB|failed|not be saved|មិនអាច/.test(text); i++) { await sleep(100); text = await status(page); }
    say("status", lang, JSON.stringify(text));
    lists[lang] = await page.evaluate(async (l) => (await (await fetch(`/${l}/offline.json`)).json()).urls, lang);
    await page.goto(`${origin}/${lang}/about/`, { waitUntil: "load" }); // a visited page, kept
  }
  const before = await stored(page);
  for (const [name, bytes] of Object.entries(before)) say("stored", name, bytes);

  connected = false;
  for (const lang of langs) {
    for (const path of [...lists[lang], `/${lang}/about/`]) {
      if (!path.endsWith("/")) continue; // pages only: their files load with them
      const r = await open(page, path);
      say("offline", path, r.error ? "error " + JSON.stringify(r.error) : r.offlinePage ? "offline-page"
        : `ok ${r.status} ${JSON.stringify(r.h1.trim().slice(0, 40))}`);
    }
    const unsaved = await open(page, `/${lang}/publications/`);
    say("unsaved", `/${lang}/publications/`, unsaved.error ? "error" : unsaved.offlinePage ? "offline-page" : "page");
  }
  const fonts = await page.evaluate(() => document.fonts.ready.then(() => Array.from(document.fonts)
    .filter((f) => f.status === "loaded").length));
  say("fontsLoadedOffline", fonts);

  // the next build is published; the reader comes back online and opens the guide
  upstream = newOrigin;
  connected = true;
  const oldNames = Object.keys(before).filter((n) => n.startsWith("bfc-guide-"));
  await page.goto(`${origin}/${langs[0]}/guide/`, { waitUntil: "load" });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r && r.update()));
  let names = [];
  for (let i = 0; i < 300; i++) {
    names = await page.evaluate(() => caches.keys());
    const guides = names.filter((n) => n.startsWith("bfc-guide-"));
    if (guides.length === oldNames.length && guides.every((n) => !oldNames.includes(n))) break;
    await sleep(100);
  }
  say("cachesAfterUpdate", JSON.stringify(names));
  await sleep(500);
  say("statusAfterUpdate", JSON.stringify(await status(page)));
  connected = false;
  const changed = await open(page, "/en/guide/wages/");
  say("updatedChapter", changed.error ? "error" : changed.text.includes(marker) ? "new" : "old");
  const visited = await open(page, `/${langs[0]}/about/`);
  say("visitedAfterUpdate", visited.error ? "error" : visited.offlinePage ? "offline-page" : `ok ${visited.status}`);
  for (const [name, bytes] of Object.entries(await stored(page))) say("storedAfterUpdate", name, bytes);
} finally {
  await browser.close();
  proxy.close();
}
