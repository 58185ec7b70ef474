/* Site search that finds Khmer words. The build (search.KhmerText, ICU dictionary segmentation) marks the
   boundaries between touching Khmer words with a zero-width space; here MiniSearch indexes those words, and a
   query, which readers type without spaces, is taken apart by longest match against the words of the index.
   Queries and text are normalized with the same rules as the build (shared test vectors).
   The index is fetched only when the reader starts searching; ?q= runs a search, so results can be shared. */
(function () {
  'use strict';

  var SEPARATORS = /[\s\u200B\u17D4-\u17DA!-\/:-@\[-`{-~\u00A0-\u00BF\u2010-\u205E]+/;
  var KHMER = /[\u1780-\u17D3\u17DD\u17E0-\u17E9]/;

  /* The same rules, in the same order, as KhmerText.normalize in the builder. */
  function normalize(text) {
    var s = text.normalize('NFC');
    s = s.replace(/[\u200B\u200C\u200D\uFEFF\u17B4\u17B5]/g, '');
    s = s.replace(/\u17D2\u178A/g, '\u17D2\u178F');
    var before;
    do {
      before = s;
      s = s.replace(/\u17D2\u179A(\u17D2[\u1780-\u17A2])/g, '$1\u17D2\u179A');
    } while (s !== before);
    s = s.replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1');
    s = s.replace(/\u17C1\u17B8/g, '\u17BE').replace(/\u17C1\u17B6/g, '\u17C4');
    s = s.replace(/\u17A3/g, '\u17A2').replace(/\u17A4/g, '\u17A2\u17B6');
    s = s.replace(/[\u17E0-\u17E9]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0x17E0 + 48); });
    return s.toLowerCase();
  }

  /* Words repeat: each is normalized once (the index has tens of thousands of words, a few thousand distinct). */
  var normalized = new Map();
  function normalizeWord(word) {
    var n = normalized.get(word);
    if (n === undefined) {
      n = normalize(word);
      normalized.set(word, n);
    }
    return n;
  }

  function words(text) {
    return text.split(SEPARATORS).filter(function (w) { return w.length > 0; });
  }

  /* Takes a normalized query apart: Khmer runs by longest match against the index's words (an unknown run is
     kept whole, so a prefix search can still find it); other words as typed. */
  function segment(query, vocabulary, longest) {
    var terms = [];
    words(query).forEach(function (chunk) {
      if (!KHMER.test(chunk)) {
        terms.push(chunk);
        return;
      }
      var i = 0;
      var unknown = '';
      while (i < chunk.length) {
        var found = 0;
        for (var l = Math.min(longest, chunk.length - i); l > 0; l--) {
          if (vocabulary.has(chunk.substr(i, l))) {
            found = l;
            break;
          }
        }
        if (found) {
          if (unknown) { terms.push(unknown); unknown = ''; }
          terms.push(chunk.substr(i, found));
          i += found;
        } else {
          unknown += chunk.charAt(i);
          i += 1;
        }
      }
      if (unknown) { terms.push(unknown); }
    });
    return terms;
  }

  window.BFCSearch = { normalize: normalize, segment: segment, words: words };

  var form = document.querySelector('form[data-search-index]');
  if (!form || !window.fetch || !window.MiniSearch) { return; }
  var input = form.querySelector('input[name=q]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var lang = form.getAttribute('data-lang');
  var khmerDigits = form.getAttribute('data-digits') === 'khmer';
  var base = location.pathname.replace(new RegExp(lang + '/search/?$'), '');
  var index = null;
  var loading = null;

  /* The count's plural form for the page's language ("1 page found", "2 pages found"), as the build wrote them. */
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  function countMessage(n) {
    var category = plurals ? plurals.select(n) : 'other';
    var text = form.getAttribute('data-msg-count-' + category) || form.getAttribute('data-msg-count-other') || '';
    return text.replace('{count}', digits(n));
  }

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(values || {}).forEach(function (k) { text = text.replace('{' + k + '}', values[k]); });
    return text;
  }

  function digits(n) {
    var s = String(n);
    return khmerDigits ? s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x17E0 + (+d)); }) : s;
  }

  function load() {
    if (!loading) {
      status.textContent = message('loading');
      loading = fetch(form.getAttribute('data-search-index'))
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (data) {
          var vocabulary = new Set();
          var longest = 1;
          var indexing = true;
          var mini = new window.MiniSearch({
            fields: ['t', 'h', 'b'],
            tokenize: words,
            processTerm: function (term) {
              var t = normalizeWord(term);
              if (indexing && t) {
                vocabulary.add(t);
                if (t.length > longest) { longest = t.length; }
              }
              return t || null;
            },
            searchOptions: { boost: { t: 4, h: 2 } }
          });
          // a few documents at a time, so the page keeps answering taps while the index is built
          return mini.addAllAsync(data.docs, { chunkSize: 2 }).then(function () {
            indexing = false;
            index = { mini: mini, docs: data.docs, vocabulary: vocabulary, longest: longest };
            status.textContent = '';
            return index;
          });
        })
        .catch(function () {
          loading = null;
          status.textContent = message('error');
        });
    }
    return loading;
  }

  function search(query) {
    var terms = segment(normalize(query), index.vocabulary, index.longest);
    if (terms.length === 0) { return { terms: terms, results: [] }; }
    var options = {
      tokenize: function (s) { return s.split(' '); },
      prefix: function (term, i, all) { return i === all.length - 1 && term.length > 1; },
      fuzzy: lang === 'en' ? function (term) { return term.length > 4 ? 0.2 : 0; } : 0
    };
    var results = index.mini.search(terms.join(' '), Object.assign({ combineWith: 'AND' }, options));
    if (results.length === 0 && terms.length > 1) {
      results = index.mini.search(terms.join(' '), Object.assign({ combineWith: 'OR' }, options));
    }
    return { terms: terms, results: results };
  }

  function plain(text) {
    return text.replace(/\u200B/g, '');
  }

  /* An excerpt of the original text around the first match, the matched words in <mark>. */
  function excerpt(body, terms) {
    var parts = body.split(/([\s\u200B]+)/);
    var matches = function (token) {
      var t = normalizeWord(token.replace(/^[^\w\u1780-\u17FF]+|[^\w\u1780-\u17FF]+$/g, ''));
      return t && terms.some(function (q) { return t === q || (q.length > 1 && t.indexOf(q) === 0); });
    };
    var first = -1;
    for (var i = 0; i < parts.length; i += 2) {
      if (matches(parts[i])) { first = i; break; }
    }
    var from = first < 0 ? 0 : Math.max(0, first - 24);
    var to = Math.min(parts.length, (first < 0 ? 0 : first) + 60);
    var p = document.createElement('p');
    p.className = 'excerpt';
    if (from > 0) { p.appendChild(document.createTextNode('… ')); }
    for (var j = from; j < to; j++) {
      var piece = j % 2 === 1 ? (parts[j].indexOf('\u200B') >= 0 && !/\s/.test(parts[j]) ? '' : ' ') : parts[j];
      if (j % 2 === 0 && matches(parts[j])) {
        var mark = document.createElement('mark');
        mark.textContent = piece;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(piece));
      }
    }
    if (to < parts.length) { p.appendChild(document.createTextNode(' …')); }
    return p;
  }

  function show(query) {
    var found = search(query);
    list.textContent = '';
    if (found.results.length === 0) {
      status.textContent = message('none', { query: query });
      return;
    }
    status.textContent = countMessage(found.results.length);
    found.results.slice(0, 30).forEach(function (result) {
      var doc = index.docs[result.id];
      var item = document.createElement('li');
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = base + doc.u.substring(1);
      link.textContent = plain(doc.t);
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [doc.s, doc.d].filter(Boolean).join(' · ');
      item.appendChild(meta);
      item.appendChild(excerpt(doc.b, found.terms));
      list.appendChild(item);
    });
  }

  function run(query) {
    query = query.trim();
    if (!query) { return; }
    load().then(function (ready) { if (ready) { show(query); } });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    run(input.value);
  });
  input.addEventListener('focus', load);
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (index && input.value.trim()) { show(input.value.trim()); } }, 250);
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}());
