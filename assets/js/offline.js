/* "Save for offline reading" (README, "Offline reading"): only on the guide and publication pages, and only shown
   where the browser can keep pages (a service worker and the Cache API). Pressing it installs the site's service
   worker and asks it to keep the guide of the page's language; the status line says, in the page's language, when it
   is saved (with its size), when it failed, and when a newer version of the guide was saved after an update. */
(function () {
  'use strict';
  // the site's base path, from this script's own address (/bfc/js/offline.1a2b3c4d5e.js): the worker is at its root
  var script = document.currentScript && document.currentScript.src;
  var base = script ? new URL(script).pathname.replace(/js\/[^/]*$/, '') : '/';
  var box = document.querySelector('[data-offline]');
  if (!box || !('serviceWorker' in navigator) || !('caches' in window)) return;
  var button = box.querySelector('button');
  var status = box.querySelector('[role="status"]');
  var lang = document.documentElement.lang;
  function say(key, bytes) {
    var text = box.getAttribute('data-' + key) || '';
    if (bytes) {
      var kb = Math.round(bytes / 1000);
      text = text.replace('{size}', (lang === 'km' && box.hasAttribute('data-khmer-digits')
        ? String(kb).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x17E0 + Number(d)); })
        : String(kb)) + ' KB');
    }
    status.textContent = text;
  }
  navigator.serviceWorker.addEventListener('message', function (event) {
    var data = event.data || {};
    if (data.type === 'saved' && data.lang === lang) { say('saved', data.bytes); button.disabled = false; }
    else if (data.type === 'failed' && data.lang === lang) { say('failed'); button.disabled = false; }
    else if (data.type === 'updated') { say('updated'); }
  });
  caches.keys().then(function (names) {
    if (names.some(function (n) { return n.indexOf('bfc-guide-' + lang + '-') === 0; })) say('kept');
  });
  box.hidden = false;
  button.addEventListener('click', function () {
    button.disabled = true;
    say('saving');
    navigator.serviceWorker.register(base + 'sw.js', { scope: base })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        registration.active.postMessage({ type: 'save', lang: lang, page: location.pathname });
      })
      .catch(function () { say('failed'); button.disabled = false; });
  });
})();
