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

  /* Where the letter clusters of a Khmer word start: at a consonant or independent vowel that is not written below
     another (after the subscript sign ្). Written Khmer does not show where syllables end (a final consonant looks
     like the start of the next), so every cluster start is a place a sub-word may begin. */
  function syllableStarts(word) {
    var starts = [];
    for (var i = 0; i < word.length; i++) {
      var c = word.charCodeAt(i);
      if (c >= 0x1780 && c <= 0x17B3 && (i === 0 || word.charCodeAt(i - 1) !== 0x17D2)) { starts.push(i); }
    }
    return starts;
  }

  /* The sub-words a query may be: each end of a Khmer word that starts at one of its clusters (not the first) and
     keeps at least two. Indexed apart and ranked below whole words, they let សន្លប់ find ដួលសន្លប់ and នារី find
     កិច្ចការនារី, while one cluster alone (too common) finds only whole words. */
  function subWords(word) {
    if (!KHMER.test(word)) { return []; }
    var starts = syllableStarts(word);
    var ends = [];
    for (var k = 1; k < starts.length - 1; k++) { ends.push(word.substring(starts[k])); }
    return ends;
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

  window.BFCSearch = { normalize: normalize, segment: segment, words: words, subWords: subWords };

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
            // x: the sub-words of the title, headings and text (subWords), ranked below whole words
            fields: ['t', 'h', 'b', 'x'],
            extractField: function (doc, field) { return field === 'x' ? doc.t + ' ' + doc.h + ' ' + doc.b : doc[field]; },
            tokenize: words,
            processTerm: function (term, field) {
              var t = normalizeWord(term);
              if (!t) { return null; }
              if (field === 'x') {
                var ends = subWords(t);
                if (indexing) { ends.forEach(function (e) { vocabulary.add(e); }); }
                return ends.length ? ends : null;
              }
              if (indexing) {
                vocabulary.add(t);
                if (t.length > longest) { longest = t.length; }
              }
              return t;
            },
            searchOptions: { boost: { t: 4, h: 2, b: 1, x: 0.25 } }
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

  var EDGE = /^[^0-9A-Za-z\u00C0-\u024F\u1780-\u17D3\u17DD\u17E0-\u17E9]+|[^0-9A-Za-z\u00C0-\u024F\u1780-\u17D3\u17DD\u17E0-\u17E9]+$/g;

  /* Where a query term is in a word of the text, as [start, end] in the word as written, or null: the word itself,
     its beginning (the last term is matched as a prefix) or, for Khmer, a sub-word that starts at a syllable. Only
     the match is marked, in whole letters with their vowels and signs, without the punctuation around the word. */
  function matchIn(token, terms) {
    var core = token.replace(EDGE, '');
    if (!core) { return null; }
    var offset = token.indexOf(core);
    var n = normalizeWord(core);
    var same = n === core.toLowerCase() && n.length === core.length; // positions in n are positions in core
    for (var i = 0; i < terms.length; i++) {
      var q = terms[i];
      if (!q) { continue; }
      var at = n.indexOf(q);
      if (at < 0 || (at > 0 && (!KHMER.test(q) || syllableStarts(n).indexOf(at) < 0))) { continue; }
      if (n === q || !same) { return [offset, offset + core.length]; }
      var end = at + q.length;
      while (end < core.length && isMark(core.charCodeAt(end), core.charCodeAt(end - 1))) { end++; }
      return [offset + at, offset + end];
    }
    return null;
  }

  /* A character that belongs to the letter before it: a Khmer vowel or sign, the subscript sign, or the consonant
     written below after it. */
  function isMark(c, before) {
    return (c >= 0x17B6 && c <= 0x17D3) || c === 0x17DD || before === 0x17D2;
  }

  /* An excerpt of the original text around the first match, the matches in <mark>. */
  function excerpt(body, terms) {
    var parts = body.split(/([\s\u200B]+)/);
    var first = -1;
    for (var i = 0; i < parts.length; i += 2) {
      if (matchIn(parts[i], terms)) { first = i; break; }
    }
    var from = first < 0 ? 0 : Math.max(0, first - 24);
    var to = Math.min(parts.length, (first < 0 ? 0 : first) + 60);
    var p = document.createElement('p');
    p.className = 'excerpt';
    if (from > 0) { p.appendChild(document.createTextNode('… ')); }
    var text = function (t) { if (t) { p.appendChild(document.createTextNode(t)); } };
    for (var j = from; j < to; j++) {
      if (j % 2 === 1) {
        text(parts[j].indexOf('\u200B') >= 0 && !/\s/.test(parts[j]) ? '' : ' ');
        continue;
      }
      var range = matchIn(parts[j], terms);
      if (!range) {
        text(parts[j]);
        continue;
      }
      text(parts[j].substring(0, range[0]));
      var mark = document.createElement('mark');
      mark.textContent = parts[j].substring(range[0], range[1]);
      p.appendChild(mark);
      text(parts[j].substring(range[1]));
    }
    if (to < parts.length) { p.appendChild(document.createTextNode(' …')); }
    // marks that touch (two words of one phrase, written without a space in Khmer) are one mark
    var marks = p.querySelectorAll('mark');
    for (var m = marks.length - 1; m > 0; m--) {
      if (marks[m].previousSibling === marks[m - 1]) {
        marks[m - 1].textContent += marks[m].textContent;
        marks[m].remove();
      }
    }
    return p;
  }

  /* The addresses of the results for a query, best first (for the relevance benchmark, bench/search). */
  window.BFCSearch.ranked = function (query) {
    return load().then(function (ready) {
      return ready ? search(query).results.map(function (r) { return index.docs[r.id].u; }) : [];
    });
  };

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
