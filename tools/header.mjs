// The phone-first header, measured in Chromium and in Firefox ESR (README, "Design").
// Usage: node tools/header.mjs ORIGIN PATH...
// At 360x740: the header takes at most 120 px; every control in it is at least 44x44 px; the language switcher and
// the search link are visible; the menu is folded (its links hidden) and opens on a tap on its summary. At 1280x800
// the menu is a bar of visible links and the folded copy is hidden. Prints one line per engine, width and page with
// the measures, then "problems: N" and each problem; exits 1 when there are any.
import puppeteer from "puppeteer-core";

const [origin, ...paths] = process.argv.slice(2);
const engines = [
  ["chromium", { executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] }],
  ["firefox", { browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr", headless: true }],
];
const problems = [];
for (const [engine, options] of engines) {
  const browser = await puppeteer.launch(options);
  try {
    const page = await browser.newPage();
    for (const [width, height] of [[360, 740], [1280, 800]]) {
      await page.setViewport({ width, height });
      for (const path of paths) {
        await page.goto(origin + path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const m = await page.evaluate(() => {
          // checkVisibility: a closed <details> hides its content without display: none, and still gives it boxes
          const visible = (e) => { const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true }); };
          const header = document.querySelector(".site-header");
          const controls = Array.from(header.querySelectorAll("a, button, summary, input")).filter(visible)
            .map((e) => { const r = e.getBoundingClientRect();
              return { what: e.tagName + " " + (e.textContent.trim() || e.getAttribute("alt") || e.name || "").slice(0, 20),
                w: Math.round(r.width), h: Math.round(r.height) }; });
          const switcher = Array.from(document.querySelectorAll(".lang-switch a")).filter(visible).length;
          const menu = document.querySelector(".menu-fold");
          return { height: Math.round(header.getBoundingClientRect().height), controls, switcher,
            search: !!document.querySelector(".search-link, .site-search") && Array.from(
              document.querySelectorAll(".search-link, .site-search")).some(visible),
            menuLinksVisible: menu ? Array.from(menu.querySelectorAll("nav a")).filter(visible).length : -1,
            barLinksVisible: Array.from(document.querySelectorAll(".main-nav a")).filter(visible).length,
            hasMenu: !!menu, searchPage: location.pathname.endsWith("/search/") };
        });
        const where = `${engine} ${width}px ${path}`;
        const small = m.controls.filter((c) => c.w < 44 || c.h < 44);
        console.log(`${where}: header ${m.height} px, ${m.controls.length} controls, smallest `
          + `${Math.min(...m.controls.map((c) => Math.min(c.w, c.h)))} px`);
        if (small.length) problems.push(`${where}: controls under 44x44 px: ${JSON.stringify(small)}`);
        if (m.switcher < 1) problems.push(`${where}: no visible language link`);
        if (!m.search && !m.searchPage) problems.push(`${where}: no visible search`);
        if (width === 360) {
          if (m.height > 120) problems.push(`${where}: the header is ${m.height} px tall (at most 120)`);
          if (!m.hasMenu) problems.push(`${where}: no folded menu`);
          else if (m.menuLinksVisible !== 0) problems.push(`${where}: the menu is not folded (${m.menuLinksVisible} links show)`);
          if (m.barLinksVisible !== 0) problems.push(`${where}: the desktop menu bar shows on a phone`);
          if (m.hasMenu) {
            await page.click(".menu-fold summary");
            const open = await page.evaluate(() => Array.from(document.querySelectorAll(".menu-fold nav a"))
              .filter((e) => e.checkVisibility() && e.getBoundingClientRect().height >= 44).length);
            if (open < 2) problems.push(`${where}: the menu does not open on a tap (${open} links of 44 px)`);
          }
        } else {
          if (m.barLinksVisible < 2) problems.push(`${where}: the menu bar shows ${m.barLinksVisible} links`);
          if (m.hasMenu && m.menuLinksVisible > 0) problems.push(`${where}: the folded menu shows on a desktop`);
        }
      }
    }
  } finally {
    await browser.close();
  }
}
console.log(`problems: ${problems.length}`);
problems.forEach((p) => console.log(p));
process.exit(problems.length ? 1 : 0);
