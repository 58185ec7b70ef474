/* Optional enhancement of the newsletter form (site.yml: newsletter.enhance: fetch-json), for providers
   that answer JSON across origins (the generic preset: Formspree and the like). Submits with fetch and shows
   the answer in the form's role="status" region, in the page's language; keeps what the reader typed.
   Honest about what it knows: success only when the provider answers as its documentation says a success
   looks (HTTP 2xx with JSON {"ok": true}); on any other answer, or when no answer can be read (a network
   failure, or a provider that does not allow this site to read its answer, although the signup may have
   reached it), it says so and offers to send the form the plain way. It never sends the form a second time
   by itself: the reader decides. */
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-enhance="fetch-json"]');
  Array.prototype.forEach.call(forms, function (form) {
    var status = form.querySelector('[role="status"]');
    var button = form.querySelector('button[type="submit"]');
    var plain = null;
    var busy = false;
    function say(text) { if (status) { status.textContent = text; } }
    function offerPlainForm() {
      if (!plain) {
        plain = document.createElement('button');
        plain.type = 'button';
        plain.className = 'nl-plain';
        plain.textContent = form.getAttribute('data-msg-plain');
        plain.addEventListener('click', function () {
          HTMLFormElement.prototype.submit.call(form); // the reader asked for it: a normal POST
        });
        status.parentNode.insertBefore(plain, status.nextSibling);
      }
      plain.hidden = false;
    }
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.FormData) { return; }
      event.preventDefault();
      if (busy) { return; }
      busy = true;
      if (button) { button.disabled = true; }
      if (plain) { plain.hidden = true; }
      say(form.getAttribute('data-msg-sending'));
      fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        mode: 'cors',
        credentials: 'omit',
        headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        }, function () {
          return { ok: false, data: null };
        });
      }).then(function (answer) {
        if (answer.ok && answer.data && answer.data.ok === true) {
          form.reset();
          say(form.getAttribute('data-msg-success'));
          return;
        }
        say(form.getAttribute('data-msg-error'));
        offerPlainForm();
      }, function () {
        // no answer could be read: the signup may or may not have arrived
        say(form.getAttribute('data-msg-unsure'));
        offerPlainForm();
      }).then(function () {
        busy = false;
        if (button) { button.disabled = false; }
      });
    });
  });
}());
