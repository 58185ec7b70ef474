// What readers do with Khmer text that the build cut into words (README, "Khmer line breaks"), for
// browser.KhmerReadingTest. Usage: node tools/khmer-reading.mjs URL PHRASE
// In Chromium and in Firefox ESR, on the page at URL: finds PHRASE (which spans several words) with the browser's
// find in page; selects the first paragraph that holds it and takes the selection's text (what copying gives);
// and, in Chromium, reads the paragraph's accessibility tree (what a screen reader reads). Prints one line per
// check: `engine<TAB>check<TAB>value`.
import puppeteer from "puppeteer-core";

const [url, phrase] = process.argv.slice(2);
const engines = [
  ["chromium", { executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] }],
  ["firefox", { browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr", headless: true }],
];
const out = (...f) => console.log(f.map((v) => String(v).replace(/[\t\n]/g, " ")).join("\t"));

for (const [engine, options] of engines) {
  const browser = await puppeteer.launch(options);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    const r = await page.evaluate((phrase) => {
      const p = [...document.querySelectorAll("main p, main li")].find((e) => e.textContent.includes(phrase));
      const found = window.find(phrase, false, false, true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(p);
      selection.addRange(range);
      const copied = selection.toString();
      selection.removeAllRanges();
      return { found, words: p.querySelectorAll(".w").length, text: p.textContent, copied };
    }, phrase);
    out(engine, "find", r.found);
    out(engine, "words", r.words);
    out(engine, "text", r.text);
    out(engine, "copied", r.copied);
    if (engine === "chromium") {
      const p = await page.evaluateHandle((phrase) => [...document.querySelectorAll("main p, main li")]
        .find((e) => e.textContent.includes(phrase)), phrase);
      const tree = await page.accessibility.snapshot({ root: p, interestingOnly: false });
      const names = [];
      const walk = (n) => { if (!n.children || !n.children.length) { if (n.name) names.push(n.name); } else n.children.forEach(walk); };
      walk(tree);
      out(engine, "read", names.join(""));
    }
  } finally {
    await browser.close();
  }
}
