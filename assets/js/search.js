/* Site search that finds Khmer words. The build (search.SearchIndex) splits Khmer text into words with ICU's
   dictionary, scores every word of every page, and writes a dictionary of the words, shards of postings and the
   pages' text in pieces. Here a query, which readers type without spaces, is taken apart by longest match against
   the dictionary's words, and ranked from the postings of the words that answer it, exactly as search.SearchRanker
   does in the build (same steps, same order, same arithmetic: the relevance benchmark compares them). Only the
   shards a query needs are fetched, then the pieces of text of the results shown.
   Queries and text are normalized with the same rules as the build (shared test vectors).
   The dictionary is fetched only when the reader starts searching; ?q= runs a search, so results can be shared. */
(function () {
  'use strict';

  /* The same characters as SearchWords.isSeparator in the build. */
  var SEPARATORS = /[\s\u200B\u17D4-\u17DA!-\/:-@\[-`{-~\u00A0-\u00BF\u2010-\u205E]+/;
  var PREFIXES = 10;
  var SUB_WORDS = 10;
  var TYPOS = 10;
  var PAGE = 10;
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

  /* The first position in a sorted array whose key is not below key. */
  function lowerBound(array, key, keyOf) {
    var lo = 0;
    var hi = array.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (keyOf(array[mid]) < key) { lo = mid + 1; } else { hi = mid; }
    }
    return lo;
  }

  function same(x) { return x; }

  /* The edit distance between two words, or more than most once it is sure to be (SearchRanker.distance). */
  function distance(a, b, most) {
    var row = [];
    for (var j = 0; j <= b.length; j++) { row.push(j); }
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      var best = row[0];
      for (var k = 1; k <= b.length; k++) {
        var above = row[k];
        row[k] = Math.min(Math.min(row[k] + 1, row[k - 1] + 1), diagonal + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
        diagonal = above;
        best = Math.min(best, row[k]);
      }
      if (best > most) { return most + 1; }
    }
    return row[b.length];
  }

  /* What the ranking needs of the dictionary: its words, its words and their sub-words for taking queries apart,
     and every sub-word with the number of its word, in order (SearchRanker's constructor). */
  function dictionary(data) {
    var terms = data.terms;
    var vocabulary = new Set();
    var subs = [];
    var longest = 1;
    terms.forEach(function (t, i) {
      vocabulary.add(t);
      if (t.length > longest) { longest = t.length; }
      subWords(t).forEach(function (s) {
        vocabulary.add(s);
        subs.push({ s: s, t: i });
      });
    });
    subs.sort(function (a, b) { return a.s < b.s ? -1 : a.s > b.s ? 1 : a.t - b.t; });
    return { data: data, terms: terms, vocabulary: vocabulary, longest: longest, subs: subs,
      english: data.lang === 'en', shards: new Map(), pieces: new Map() };
  }

  /* The first max of some words, shortest first, then in dictionary order. */
  function shortest(dict, candidates, max) {
    return candidates.slice().sort(function (a, b) {
      return (dict.terms[a].length - dict.terms[b].length) || (a - b);
    }).slice(0, max);
  }

  /* The dictionary words that answer one query word, with their weights (SearchRanker.lookups). */
  function lookups(dict, q, last) {
    var terms = dict.terms;
    var found = new Set();
    var out = [];
    function add(t, weight) {
      if (!found.has(t)) { found.add(t); out.push({ term: t, weight: weight }); }
    }
    var at = lowerBound(terms, q, same);
    var exact = at < terms.length && terms[at] === q ? at : -1;
    if (exact >= 0) { add(exact, 1); }
    if (last && q.length > 1) {
      var begun = [];
      for (var t = at; t < terms.length && terms[t].indexOf(q) === 0; t++) {
        if (t !== exact) { begun.push(t); }
      }
      shortest(dict, begun, PREFIXES).forEach(function (b) {
        var l = terms[b].length;
        add(b, 0.375 * l / (l + 0.3 * (l - q.length)));
      });
    }
    if (KHMER.test(q) && syllableStarts(q).length >= 2) {
      var within = [];
      var seen = new Set();
      for (var s = lowerBound(dict.subs, q, function (x) { return x.s; }); s < dict.subs.length; s++) {
        var sub = dict.subs[s];
        if (last ? sub.s.indexOf(q) !== 0 : sub.s !== q) { break; }
        if (!seen.has(sub.t)) { seen.add(sub.t); within.push(sub.t); }
      }
      shortest(dict, within, SUB_WORDS).forEach(function (w) { add(w, 0.25 * q.length / terms[w].length); });
    }
    if (dict.english && q.length > 4) {
      var most = Math.round(q.length * 0.2);
      var near = [];
      for (var n = 0; n < terms.length; n++) {
        if (n !== exact && Math.abs(terms[n].length - q.length) <= most) {
          var d = distance(q, terms[n], most);
          if (d <= most) { near.push([d, n]); }
        }
      }
      near.sort(function (a, b) { return (a[0] - b[0]) || (a[1] - b[1]); });
      near.slice(0, TYPOS).forEach(function (x) {
        var l = terms[x[1]].length;
        add(x[1], 0.45 * l / (l + x[0]));
      });
    }
    return out;
  }

  /* A query taken apart: its words, and for each the dictionary words that answer it (SearchRanker.plan). */
  function plan(dict, query) {
    var words = segment(normalize(query), dict.vocabulary, dict.longest);
    return { words: words, lookups: words.map(function (w, i) { return lookups(dict, w, i === words.length - 1); }) };
  }

  /* The shard that holds word t. */
  function shardOf(dict, t) {
    var starts = dict.data.shards;
    return lowerBound(starts, t + 1, same) - 1;
  }

  /* The postings of the words a plan needs, fetched by shard (each shard once), decoded: page, score, piece ... */
  function postings(dict, p) {
    var needed = new Set();
    p.lookups.forEach(function (l) { l.forEach(function (x) { needed.add(shardOf(dict, x.term)); }); });
    return Promise.all(Array.from(needed).map(function (k) {
      if (!dict.shards.has(k)) {
        dict.shards.set(k, fetchJson(dict.url('search-index/' + k + '.' + dict.data.v + '.json')).then(function (rows) {
          return rows.map(function (coded) {
            var out = coded.slice();
            for (var i = 3; i < out.length; i += 3) { out[i] += out[i - 3]; }
            return out;
          });
        }, function (e) { dict.shards.delete(k); throw e; }));
      }
      return dict.shards.get(k).then(function (rows) { return { k: k, rows: rows }; });
    })).then(function (loaded) {
      var rows = new Map();
      loaded.forEach(function (x) { rows.set(x.k, x.rows); });
      return function (t) {
        var k = shardOf(dict, t);
        return rows.get(k)[t - dict.data.shards[k]];
      };
    });
  }

  /* The pages that answer a plan, best first: {doc, score, piece} (SearchRanker.rank). */
  function rank(p, postingsOf) {
    var pieces = new Map();
    var perWord = p.lookups.map(function (lookupList) {
      var scores = new Map();
      lookupList.forEach(function (l) {
        var list = postingsOf(l.term);
        for (var i = 0; i < list.length; i += 3) {
          var s = list[i + 1] * l.weight;
          var before = scores.get(list[i]);
          scores.set(list[i], before === undefined ? s : before + s);
          if (!pieces.has(list[i])) { pieces.set(list[i], list[i + 2]); }
        }
      });
      return scores;
    });
    var hits = combine(perWord, true, pieces);
    if (hits.length === 0 && p.words.length > 1) { hits = combine(perWord, false, pieces); }
    return hits.sort(function (a, b) { return (b.score - a.score) || (a.doc - b.doc); });
  }

  function combine(perWord, all, pieces) {
    var docs = new Set();
    perWord.forEach(function (m) { m.forEach(function (v, doc) { docs.add(doc); }); });
    var out = [];
    Array.from(docs).sort(function (a, b) { return a - b; }).forEach(function (doc) {
      var total = 0;
      var matched = 0;
      perWord.forEach(function (m) {
        var s = m.get(doc);
        if (s !== undefined) { total += s; matched++; }
      });
      if (matched > 0 && (!all || matched === perWord.length)) {
        out.push({ doc: doc, score: total * matched, piece: pieces.get(doc) });
      }
    });
    return out;
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  /* The piece of a page's text a result shows, with the page's address, title, section and date. */
  function piece(dict, hit) {
    var key = hit.doc + '-' + hit.piece;
    if (!dict.pieces.has(key)) {
      dict.pieces.set(key, fetchJson(dict.url('search-index/doc/' + key + '.' + dict.data.v + '.json'))
        .catch(function (e) { dict.pieces.delete(key); throw e; }));
    }
    return dict.pieces.get(key);
  }

  /* The pages that answer a query, best first, with the words to mark in excerpts. */
  function search(dict, query) {
    var p = plan(dict, query);
    if (p.words.length === 0) { return Promise.resolve({ terms: [], hits: [] }); }
    return postings(dict, p).then(function (postingsOf) { return { terms: p.words, hits: rank(p, postingsOf) }; });
  }

  window.BFCSearch = { normalize: normalize, segment: segment, words: words, subWords: subWords };

  var form = document.querySelector('form[data-search-index]');
  if (!form || !window.fetch || !window.Promise || !window.Map) { return; }
  var input = form.querySelector('input[name=q]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var lang = form.getAttribute('data-lang');
  var khmerDigits = form.getAttribute('data-digits') === 'khmer';
  var indexUrl = new URL(form.getAttribute('data-search-index'), location.href);
  var base = location.pathname.replace(new RegExp(lang + '/search/?$'), '');
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

  /* The dictionary, fetched once, when the reader starts searching. */
  function load() {
    if (!loading) {
      status.textContent = message('loading');
      loading = fetchJson(indexUrl.href).then(function (data) {
        var dict = dictionary(data);
        dict.url = function (path) { return new URL(path, indexUrl).href; };
        status.textContent = '';
        return dict;
      }).catch(function () {
        loading = null;
        status.textContent = message('error');
        return null;
      });
    }
    return loading;
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

  /* A word as the build writes it (html.KhmerWordWraps): a Khmer word of two syllables or more, and at most 30
     letters, is kept whole on a line with the punctuation around it, so that lines break between Khmer words and
     never inside one. The index's words are the build's line-breaking words (search.KhmerWords). */
  function wordBox(text) {
    var box = document.createElement('span');
    // one syllable is never cut, but punctuation after it stays with it (no line starts with ។)
    if (KHMER.test(text) && text.length <= 30 && (syllableStarts(text).length >= 2
        || /[^\u1780-\u17D3\u17DD\u17E0-\u17E9]/.test(text))) { box.className = 'w'; }
    return box;
  }

  function word(text) {
    var box = wordBox(text);
    if (!box.className) { return document.createTextNode(text); }
    box.textContent = text;
    return box;
  }

  /* Text whose Khmer words are apart by zero-width spaces, as words kept whole with a <wbr> where two touch. */
  function appendWords(parent, text) {
    text.split(/([\s\u200B]+)/).forEach(function (part, i) {
      if (!part) { return; }
      if (i % 2 === 0) {
        parent.appendChild(word(part));
      } else {
        parent.appendChild(/\s/.test(part) ? document.createTextNode(' ') : document.createElement('wbr'));
      }
    });
  }

  /* An excerpt of the original text around the first match in a piece of a page's text, the matches in <mark>:
     whole words of a phrase in one mark, part of a word marked inside the word, which stays whole. */
  function excerpt(doc, terms) {
    var parts = doc.b.split(/([\s\u200B]+)/);
    var first = -1;
    for (var i = 0; i < parts.length; i += 2) {
      if (matchIn(parts[i], terms)) { first = i; break; }
    }
    var from = first < 0 ? 0 : Math.max(0, first - 24);
    var to = Math.min(parts.length, (first < 0 ? 0 : first) + 60);
    var ranges = {};
    for (var r = from; r < to; r += 2) { ranges[r] = matchIn(parts[r], terms); }
    // a match that is the whole word, but for punctuation after it
    var whole = function (t, range) { return range && range[0] === 0 && !KHMER.test(t.substring(range[1])); };
    var p = document.createElement('p');
    p.className = 'excerpt';
    if (from > 0 || doc.before) { p.appendChild(document.createTextNode('… ')); }
    var open = null; // the mark the whole words of a phrase go into
    for (var j = from; j < to; j++) {
      var t = parts[j];
      if (j % 2 === 1) {
        var touching = t.indexOf('\u200B') >= 0 && !/\s/.test(t);
        if (open && touching && whole(parts[j + 1] || '', ranges[j + 1])) {
          open.appendChild(document.createElement('wbr'));
          continue;
        }
        open = null;
        p.appendChild(touching ? document.createElement('wbr') : document.createTextNode(' '));
        continue;
      }
      var range = ranges[j];
      if (!range) {
        open = null;
        p.appendChild(word(t));
      } else if (whole(t, range)) {
        if (!open) {
          open = document.createElement('mark');
          p.appendChild(open);
        }
        open.appendChild(word(t.substring(0, range[1])));
        if (range[1] < t.length) {
          p.appendChild(document.createTextNode(t.substring(range[1])));
          open = null;
        }
      } else {
        open = null;
        var box = wordBox(t);
        var mark = document.createElement('mark');
        mark.textContent = t.substring(range[0], range[1]);
        if (range[0] > 0) { box.appendChild(document.createTextNode(t.substring(0, range[0]))); }
        box.appendChild(mark);
        if (range[1] < t.length) { box.appendChild(document.createTextNode(t.substring(range[1]))); }
        p.appendChild(box);
      }
    }
    if (to < parts.length || doc.after) { p.appendChild(document.createTextNode(' …')); }
    return p;
  }

  /* The addresses of the first 30 results for a query, best first (for the relevance benchmark, bench/search). */
  window.BFCSearch.ranked = function (query) {
    return load().then(function (dict) {
      if (!dict) { return []; }
      return search(dict, query).then(function (found) {
        return Promise.all(found.hits.slice(0, 30).map(function (h) { return piece(dict, h); }));
      }).then(function (docs) { return docs.map(function (d) { return d.u; }); });
    });
  };

  /* The list item of one result. */
  function item(doc, terms) {
    var li = document.createElement('li');
    var heading = document.createElement('h2');
    var link = document.createElement('a');
    link.href = base + doc.u.substring(1);
    appendWords(link, doc.t);
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [doc.s, doc.d].filter(Boolean).join(' · ');
    li.appendChild(meta);
    li.appendChild(excerpt(doc, terms));
    return li;
  }

  var asked = 0; // the latest search: an answer to an older one is dropped
  var shown = null;

  /* Shows the next results of the current search (PAGE at a time), once the pieces of text they need are in. */
  function showMore(dict, found, id) {
    var from = list.children.length;
    var next = found.hits.slice(from, from + PAGE);
    more.hidden = true;
    return Promise.all(next.map(function (h) { return piece(dict, h); })).then(function (docs) {
      if (id !== asked) { return; }
      docs.forEach(function (doc) { list.appendChild(item(doc, found.terms)); });
      more.hidden = list.children.length >= found.hits.length;
    });
  }

  function show(dict, query) {
    var id = ++asked;
    return search(dict, query).then(function (found) {
      if (id !== asked) { return; }
      list.textContent = '';
      shown = null;
      if (found.hits.length === 0) {
        more.hidden = true;
        status.textContent = message('none', { query: query });
        return;
      }
      shown = { dict: dict, found: found, id: id };
      return showMore(dict, found, id).then(function () {
        if (id === asked) { status.textContent = countMessage(found.hits.length); }
      });
    }).catch(function () {
      if (id === asked) { status.textContent = message('error'); }
    });
  }

  function run(query) {
    query = query.trim();
    if (!query) { return; }
    load().then(function (dict) { if (dict) { show(dict, query); } });
  }

  more.addEventListener('click', function () {
    if (shown) { showMore(shown.dict, shown.found, shown.id); }
  });
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
    timer = setTimeout(function () { if (input.value.trim()) { run(input.value); } }, 250);
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}());
