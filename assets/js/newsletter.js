/* Optional enhancement of the newsletter form (site.yml: newsletter.enhance: fetch-json), for providers
   that answer JSON across origins. Submits with fetch and shows the answer in the form's role="status"
   region, in the page's language; keeps what the reader typed on error; falls back to a normal submit when
   the network request itself fails. Never reports success unless the provider said so in JSON. */
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-enhance="fetch-json"]');
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector('[role="status"]');
    var button = form.querySelector('button[type="submit"]');
    var busy = false;
    function say(text) { if (status) { status.textContent = text; } }
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.FormData) { return; }
      event.preventDefault();
      if (busy) { return; }
      busy = true;
      if (button) { button.disabled = true; }
      say(form.getAttribute('data-msg-sending'));
      fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        mode: 'cors',
        credentials: 'omit',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        if (response.type === 'opaque' || !response.ok) { throw new Error('refused'); }
        return response.json();
      }).then(function (data) {
        if (data && data.ok === false) { throw new Error('refused'); }
        form.reset();
        say(form.getAttribute('data-msg-success'));
      }, function (error) {
        if (error instanceof TypeError) {
          // the request never reached the provider: let the browser submit the form normally
          HTMLFormElement.prototype.submit.call(form);
          return;
        }
        say(form.getAttribute('data-msg-error'));
      }).then(function () {
        busy = false;
        if (button) { button.disabled = false; }
      });
    });
  });
}());
