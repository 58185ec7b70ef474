/* The preview's service worker: the preview never keeps pages, so that editors always see what they just saved.
   A worker installed from an earlier visit is replaced by this one, which deletes every cache the site made and
   removes itself. */
'use strict';
self.addEventListener('install', () => self.skipWaiting());
// "Save for offline reading" pressed in the preview: nothing is saved here
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'save') event.source.postMessage({ type: 'failed', lang: event.data.lang });
});
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('bfc-')).map((n) => caches.delete(n)));
    await self.registration.unregister();
  })());
});
