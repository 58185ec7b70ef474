/* Video facades (html.Figures): a video is a picture that links to its page on YouTube or Vimeo, so it works
   without JavaScript and loads nothing from that site. Pressing it puts the privacy-enhanced player in its place
   (the address is in data-embed; the site's Content-Security-Policy allows frames from exactly those players the
   site uses). A click with a modifier key, or the middle button, still opens the video's page. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.video-link[data-embed]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || event.altKey) {
      return;
    }
    event.preventDefault();
    var frame = document.createElement('iframe');
    frame.className = 'video-frame';
    frame.src = link.getAttribute('data-embed');
    frame.title = link.getAttribute('data-title') || link.textContent.trim();
    frame.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture; fullscreen');
    frame.setAttribute('allowfullscreen', '');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    link.parentNode.replaceChild(frame, link);
    frame.focus();
  });
})();
