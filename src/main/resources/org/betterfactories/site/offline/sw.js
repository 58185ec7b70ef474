/* The service worker of the Better Factories Cambodia site (README, "Offline reading"), written by the build
   (offline.ServiceWorker): installed only when a reader presses "Save for offline reading".
   - Fingerprinted files (name.0123456789.css) never change: cache first.
   - Pages: network first; a page the reader visited is kept, and shown from the cache without a connection.
   - The saved guide of a language (offline.json lists its files) is kept whole; a page neither saved nor visited
     shows the language's offline page.
   - Pages, styles and scripts are kept gzip-compressed (CompressionStream), so the guide fits its budget.
   - Caches are named by the build's content hash: a new build installs a new worker, which saves the guides again,
     moves the visited pages over, deletes the old caches and tells the open pages. */
'use strict';
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const LANGS = __LANGS__;
const ASSETS = 'bfc-assets-' + VERSION;
const PAGES = 'bfc-pages-' + VERSION;
const guide = (lang) => 'bfc-guide-' + lang + '-' + VERSION;
const FINGERPRINTED = /\.[0-9a-f]{10}\.[a-z0-9]+$/;
const PACKED = 'x-bfc-packed';

async function pack(response) {
  const type = response.headers.get('content-type') || '';
  if (!self.CompressionStream || !/text\/|javascript|json|svg|xml/.test(type)) return response;
  const blob = await new Response(response.body.pipeThrough(new CompressionStream('gzip'))).blob();
  return new Response(blob, { headers: { 'content-type': type, [PACKED]: 'gzip' } });
}

function unpack(response) {
  if (!response || response.headers.get(PACKED) !== 'gzip') return response;
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')),
    { headers: { 'content-type': response.headers.get('content-type') } });
}

async function keep(cacheName, url, response) {
  const cache = await caches.open(cacheName);
  await cache.put(url, await pack(response));
}

async function save(lang) {
  const list = await fetch(BASE + lang + '/offline.json', { cache: 'no-cache' });
  if (!list.ok) throw new Error('offline.json: ' + list.status);
  const manifest = await list.json();
  const cache = await caches.open(guide(lang));
  for (const url of manifest.urls) {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(url + ': ' + response.status);
    await cache.put(url, await pack(response));
  }
  return manifest.bytes;
}

async function tell(message) {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // the guides the reader saved with an earlier build are saved again before this build takes over
    const names = await caches.keys();
    for (const lang of LANGS) {
      if (names.some((n) => n.startsWith('bfc-guide-' + lang + '-') && n !== guide(lang))) await save(lang);
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const current = [ASSETS, PAGES, ...LANGS.map(guide)];
    const old = (await caches.keys()).filter((n) => n.startsWith('bfc-') && !current.includes(n));
    // the pages the reader visited stay readable: they move to this build's caches with the files they use (a
    // newer copy replaces them at the next visit with a connection)
    for (const name of old.filter((n) => n.startsWith('bfc-pages-') || n.startsWith('bfc-assets-'))) {
      const from = await caches.open(name);
      const to = await caches.open(name.startsWith('bfc-pages-') ? PAGES : ASSETS);
      for (const request of await from.keys()) {
        if (!(await to.match(request))) await to.put(request, await from.match(request));
      }
    }
    await Promise.all(old.map((n) => caches.delete(n)));
    await self.clients.claim();
    if (old.some((n) => n.startsWith('bfc-guide-'))) await tell({ type: 'updated' });
  })());
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'save' || !LANGS.includes(data.lang)) return;
  event.waitUntil((async () => {
    try {
      const bytes = await save(data.lang);
      if (data.page) {
        const page = await fetch(data.page, { cache: 'no-cache' });
        if (page.ok) await keep(PAGES, data.page, page);
      }
      event.source.postMessage({ type: 'saved', lang: data.lang, bytes });
    } catch (e) {
      event.source.postMessage({ type: 'failed', lang: data.lang });
    }
  })());
});

function langOf(path) {
  const rest = path.startsWith(BASE) ? path.slice(BASE.length) : path;
  const lang = rest.split('/')[0];
  return LANGS.includes(lang) ? lang : LANGS[0];
}

async function page(request) {
  const url = new URL(request.url);
  try {
    const response = await fetch(request);
    if (response.ok) await keep(PAGES, url.pathname, response.clone());
    return response;
  } catch (offline) {
    const kept = await caches.match(url.pathname, { ignoreSearch: true });
    if (kept) return unpack(kept);
    const fallback = await caches.match(BASE + langOf(url.pathname) + '/offline/');
    if (fallback) return unpack(fallback);
    throw offline;
  }
}

/** Another width of the same picture, when the one asked for is not kept and there is no connection. */
async function sameImage(path) {
  const m = path.match(/^(.*)-\d+(\.[0-9a-f]{10}\.)(webp|jpg|png)$/);
  if (!m) return undefined;
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const p = new URL(request.url).pathname;
      if (p.startsWith(m[1] + '-') && p.includes(m[2])) return cache.match(request);
    }
  }
  return undefined;
}

async function file(request) {
  const url = new URL(request.url);
  const kept = await caches.match(url.pathname);
  if (kept) return unpack(kept);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await keep(ASSETS, url.pathname, response.clone());
    return response;
  } catch (offline) {
    const other = await sameImage(url.pathname);
    if (other) return other;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (FINGERPRINTED.test(url.pathname)) {
    event.respondWith(file(request));
  }
});
