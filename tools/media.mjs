// Images and video as a phone reader gets them, in Chromium and in Firefox ESR (README, "Images and video").
// Usage: node tools/media.mjs ORIGIN PATH [PLAYER_PKCS12]
// At 360x740 (density 1): scrolls the page through so every lazy image loads, then prints per engine the images
// the browser chose (currentSrc) and the bytes of everything it fetched (Resource Timing), and whether anything came
// from another site; and how many images hold their place from their width and height (the browser's
// aspect-ratio, equal to the picture's own: nothing moves when they arrive); Chromium also reports the cumulative
// layout shift. With PLAYER_PKCS12 (a key and certificate, password "changeit"), a stand-in player answers https on a
// local port, Chromium maps www.youtube-nocookie.com (and www.youtube.com) there, presses play, and
// prints what the player frame says and the Content-Security-Policy violations (none), then tries a frame from a
// host the policy does not list (blocked). Output lines are "engine key=value"; the test reads them.
import { readFileSync } from "node:fs";
import https from "node:https";
import puppeteer from "puppeteer-core";

const [origin, path, pkcs12] = process.argv.slice(2);
let playerPort = null;
let standIn = null;
if (pkcs12) {
  standIn = https.createServer({ pfx: readFileSync(pkcs12), passphrase: "changeit" }, (request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Player</title><p>Stand-in player for ${new URL(request.url, "https://x").pathname}</p>`);
  });
  await new Promise((resolve) => standIn.listen(0, "127.0.0.1", resolve));
  playerPort = standIn.address().port;
}
const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];
if (playerPort) {
  chromiumArgs.push(`--host-resolver-rules=MAP www.youtube-nocookie.com:443 127.0.0.1:${playerPort},`
    + ` MAP www.youtube.com:443 127.0.0.1:${playerPort}`, "--ignore-certificate-errors");
}
const chromium = (extra = []) => ({ executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
  args: [...chromiumArgs, ...extra] });
const firefox = (prefs = {}) => ({ browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr",
  headless: true, extraPrefsFirefox: prefs });
const say = (engine, key, value) => console.log(`${engine} ${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);

async function scrollThrough(page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 300) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await new Promise((r) => setTimeout(r, 120));
  }
  await page.evaluate(() => Promise.all(Array.from(document.images).map((i) => i.decode().catch(() => null))));
  await new Promise((r) => setTimeout(r, 300));
}

async function measure(engine, options) {
  const browser = await puppeteer.launch(options);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`));
      window.__shift = 0;
      try {
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
          .observe({ type: "layout-shift", buffered: true });
      } catch (e) { window.__shift = -1; } // Firefox has no layout-shift entries
      performance.setResourceTimingBufferSize(2000);
    });
    await page.goto(origin + path, { waitUntil: "load" });
    await scrollThrough(page);
    const m = await page.evaluate(() => {
      const here = location.origin;
      const resources = performance.getEntriesByType("resource");
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        chosen: Array.from(document.querySelectorAll("main img")).map((i) => i.currentSrc.replace(here, "")),
        // the pictures of the page (the home-screen icon the browser takes from the manifest is not one)
        images: resources.filter((r) => /\.(webp|jpg|jpeg|png)$/.test(r.name) && !/\/img\/app-icon-/.test(r.name))
          .map((r) => ({ url: r.name.replace(here, ""), bytes: r.encodedBodySize })),
        total: resources.reduce((s, r) => s + r.encodedBodySize, 0) + (nav ? nav.encodedBodySize : 0),
        other: resources.filter((r) => !r.name.startsWith(here)).map((r) => r.name),
        shift: window.__shift,
        // the place each image holds comes from its width and height (the browser's aspect-ratio), and they are
        // the picture's own proportions: so nothing moves when it arrives
        places: Array.from(document.querySelectorAll("main img")).map((i) => {
          const box = i.getBoundingClientRect();
          const attr = Number(i.getAttribute("width")) / Number(i.getAttribute("height"));
          return { aspect: getComputedStyle(i).aspectRatio, attr, natural: i.naturalWidth / i.naturalHeight,
            box: box.width / box.height };
        }),
        violations: window.__violations,
      };
    });
    say(engine, "chosen", m.chosen);
    say(engine, "images", m.images);
    say(engine, "imageBytes", String(m.images.reduce((s, i) => s + i.bytes, 0)));
    say(engine, "totalBytes", String(m.total));
    say(engine, "otherSites", m.other);
    if (m.shift >= 0) say(engine, "layoutShift", String(m.shift));
    const held = m.places.filter((p) => /auto \d+ \/ \d+/.test(p.aspect) && Math.abs(p.attr - p.natural) < 0.01
      && Math.abs(p.box - p.attr) < 0.02).length;
    say(engine, "reserved", `${held}/${m.places.length}`);
    if (held !== m.places.length) say(engine, "places", m.places);
    say(engine, "violations", m.violations);
    if (engine === "chromium" && playerPort) {
      await page.evaluate(() => document.querySelector("a.video-link").scrollIntoView());
      await page.click("a.video-link");
      const frame = await page.waitForSelector("iframe.video-frame");
      const src = await frame.evaluate((f) => f.src);
      say(engine, "frameSrc", src);
      let text = "";
      for (let i = 0; i < 50 && !text; i++) {
        const player = page.frames().find((f) => f.url().startsWith("https://www.youtube-nocookie.com/"));
        if (player) text = await player.evaluate(() => document.body ? document.body.textContent.trim() : "").catch(() => "");
        if (!text) await new Promise((r) => setTimeout(r, 100));
      }
      say(engine, "player", text);
      if (!text) say(engine, "frames", page.frames().map((f) => f.url()));
      say(engine, "violationsAfterPlay", await page.evaluate(() => window.__violations));
      // the control: a frame from a host the policy does not list is refused
      await page.evaluate(() => { const f = document.createElement("iframe"); f.src = "https://www.youtube.com/embed/x";
        document.body.append(f); });
      await new Promise((r) => setTimeout(r, 1000));
      say(engine, "violationsAfterControl", await page.evaluate(() => window.__violations));
    }
  } finally {
    await browser.close();
  }
}

await measure("chromium", chromium());
await measure("firefox", firefox());
if (standIn) standIn.close();
