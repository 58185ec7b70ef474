// Where the browsers break the lines of Khmer pages (README, "Khmer line breaks"), for browser.KhmerLineBreakTest.
// Usage: node tools/khmer-lines.mjs ORIGIN WIDTHS PATH...   e.g. http://127.0.0.1:8000 320,360,1280 /km/ /km/about/
// Opens each page in Chromium and in Firefox ESR (Debian's; Firefox over WebDriver BiDi, nothing downloaded) at each
// width and prints, per page, a line `page<TAB>engine<TAB>width<TAB>path`, then a line `block<TAB>breaks<TAB>text`
// for each block (a paragraph, a list item, a heading, a link drawn as a block ...) with Khmer letters and at least
// one line break: `breaks` are the offsets in the text at which a new line starts, comma-separated; in `text`,
// backslash, tab and line feed are written \\, \t and \n.
import puppeteer from "puppeteer-core";

const [origin, widthList, ...paths] = process.argv.slice(2);
const widths = widthList.split(",").map(Number);
const engines = [
  ["chromium", { executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] }],
  ["firefox", { browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr", headless: true }],
];

// Runs in the page: the line starts of every block with Khmer text.
function measure() {
  const khmer = /[\u1780-\u17D3\u17DD\u17E0-\u17E9]/;
  const inline = (e) => {
    const d = getComputedStyle(e).display;
    return d === "inline" || e.classList.contains("w") || d === "contents";
  };
  const containerOf = (node) => {
    let e = node.parentElement;
    while (e && e !== document.body && inline(e)) e = e.parentElement;
    return e;
  };
  const top = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    const rects = r.getClientRects();
    return rects.length ? rects[0].top : null;
  };
  // the first offset of each new line inside one text node, by bisection on the tops of its characters
  const breaksIn = (node, lo, hi, tLo, tHi, gap, out) => {
    if (tHi - tLo <= gap) return;
    if (hi - lo <= 1) { out.push(hi); return; }
    const mid = (lo + hi) >> 1;
    let tMid = top(node, mid);
    if (tMid === null) tMid = tLo;
    breaksIn(node, lo, mid, tLo, tMid, gap, out);
    breaksIn(node, mid, hi, tMid, tHi, gap, out);
  };
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.length || n.parentElement.closest("script, style, noscript, template")) continue;
    const c = containerOf(n);
    if (!c) continue;
    if (!blocks.has(c)) blocks.set(c, []);
    blocks.get(c).push(n);
  }
  const result = [];
  for (const [block, nodes] of blocks) {
    const text = nodes.map((n) => n.data).join("");
    if (!khmer.test(text) || block.getClientRects().length === 0) continue;
    const gap = parseFloat(getComputedStyle(block).fontSize) * 0.6;
    const breaks = [];
    let offset = 0;
    let lastTop = null;
    for (const n of nodes) {
      const first = top(n, 0);
      const last = top(n, n.length - 1);
      if (first !== null) {
        if (lastTop !== null && first - lastTop > gap) breaks.push(offset);
        if (last !== null) {
          const inside = [];
          breaksIn(n, 0, n.length - 1, first, last, gap, inside);
          for (const b of inside) breaks.push(offset + b);
          lastTop = last;
        }
      }
      offset += n.length;
    }
    if (breaks.length) result.push({ text, breaks });
  }
  return result;
}

for (const [engine, options] of engines) {
  const browser = await puppeteer.launch(options);
  try {
    const page = await browser.newPage();
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      for (const path of paths) {
        await page.goto(origin + path, { waitUntil: "load" });
        if (path.includes("/search/?q=")) { // the results, with their titles and excerpts, are made by search.js
          await page.waitForFunction(() => document.querySelectorAll("#search-results li .excerpt").length > 0,
            { timeout: 15000 });
        }
        await page.evaluate(() => document.fonts.ready.then(() => true));
        const blocks = await page.evaluate(measure);
        console.log(["page", engine, width, path].join("\t"));
        for (const b of blocks) {
          const text = b.text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
          console.log(["block", b.breaks.join(","), text].join("\t"));
        }
      }
    }
  } finally {
    await browser.close();
  }
}
