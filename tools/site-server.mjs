// What the search tools share (search-relevance.mjs, search-downloads.mjs): how Debian's Chromium and Firefox ESR
// are launched (Firefox over WebDriver BiDi, nothing downloaded), and a local server for a built site's folder.
import { existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import { extname, join, resolve } from "node:path";

/** Puppeteer's launch options for "chromium" or "firefox" (BFC_CHROMIUM, BFC_FIREFOX name other binaries). */
export function launchOptions(engine) {
  return engine === "firefox"
    ? { browser: "firefox", executablePath: process.env.BFC_FIREFOX || "/usr/bin/firefox-esr", headless: true }
    : { executablePath: process.env.BFC_CHROMIUM || "/usr/bin/chromium", headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] };
}

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2" };

/**
 * Serves the folder on 127.0.0.1 (a free port); with gzip, a file's .gz copy to a browser that accepts it, as the
 * hosting files tell web servers to. sent(path, bytes) hears of every answer. Resolves to { origin, close }.
 */
export async function serveFolder(folder, { gzip = false, sent = () => {} } = {}) {
  const root = resolve(folder);
  const server = http.createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const f = join(root, path);
    if (!f.startsWith(root) || !existsSync(f) || !statSync(f).isFile()) { response.writeHead(404); response.end(); return; }
    const headers = { "content-type": TYPES[extname(f)] || "application/octet-stream", "cache-control": "no-cache" };
    let body = readFileSync(f);
    if (gzip && /\bgzip\b/.test(request.headers["accept-encoding"] || "") && existsSync(f + ".gz")) {
      body = readFileSync(f + ".gz");
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    response.writeHead(200, headers);
    response.end(body);
    sent(path, body.length);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
