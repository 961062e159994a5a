// Full-text search over the index the build wrote (assets/search/, format in README "Search"). The header
// search box on every page offers results as you type (a combobox: arrows move through results, Enter
// opens one, Escape closes the list); search.html?q=... lists all results. Nothing is indexed here: the
// manifest, the term shards a query needs and the documents of the results it shows are classic scripts
// that push their data onto window.coursegenSearch, loaded on demand (file:// allows scripts, not fetch()).
// Query words are analysed as the build analysed the text (the stop words and stemmer come from the
// manifest; shared vectors hold this code to the Java Analyzer). Text reaches the page only as text nodes.
(function () {
  "use strict";

  // ---- Analysis: the same as io.coursegen.search.Analyzer --------------------------------------------
  // A run of letters and digits with their combining marks; runs joined by an apostrophe or a hyphen.
  var WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*)*/gu;
  var PART = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['\u2019][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;
  var MARKS = /\p{M}+/gu;
  var APOSTROPHES = /['\u2019]/g;
  // What CJK bigrams are made of (Analyzer.isCjk): Han, Hiragana, Katakana, Hangul, and the Katakana marks of script Common.
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF70\uFF9E\uFF9F]/u;
  var MAX_WORD = 40;

  function fold(raw) {
    return raw.toLowerCase().replace(APOSTROPHES, "").normalize("NFKD").replace(MARKS, "");
  }

  /**
   * An analyzer from the manifest's settings: stop words (folded), the stemmer (a name in
   * window.CoursegenStemmers, registered by the language's stemmer script, or "none"), whether words are
   * stemmed before folding (stemFirst), the French articles elided with an apostrophe (elision), and
   * whether CJK runs are cut into bigrams (bigrams, folding with NFKC).
   */
  function analyzer(settings) {
    var stop = new Set(settings.stop || []);
    var Stemmer = settings.stemmer && settings.stemmer !== "none" ? (window.CoursegenStemmers || {})[settings.stemmer] : null;
    if (settings.stemmer && settings.stemmer !== "none" && !Stemmer) throw new Error("no stemmer " + settings.stemmer);
    var stemmer = Stemmer ? new Stemmer() : null;
    var elisions = new Set(settings.elision || []);
    var stemFirst = !!settings.stemFirst;
    var bigrams = !!settings.bigrams;

    function wordOf(lower) {
      if (bigrams) return lower.replace(APOSTROPHES, "").normalize("NFKC");
      var word = fold(lower);
      return stemmer && stemmer.normalize ? stemmer.normalize(word) : word;
    }
    function stem(word, lower) {
      if (!stemmer) return word;
      return stemFirst ? fold(stemmer.stemWord(lower.replace(APOSTROPHES, "").normalize("NFC"))) : stemmer.stemWord(word);
    }
    function elide(lower) {
      var m = /['\u2019]/.exec(lower);
      return m && elisions.has(lower.slice(0, m.index)) ? lower.slice(m.index + 1) : lower;
    }
    function cjkFold(s) {
      return s.normalize("NFKC").toLowerCase();
    }
    /** A part with CJK characters: other stretches as words; each character (optional in a query when the stretch is longer) and its bigram with the next. */
    function cjk(out, raw, start) {
      var i = 0;
      while (i < raw.length) {
        var from = i;
        var isCjk = CJK.test(String.fromCodePoint(raw.codePointAt(i)));
        var offsets = [i];
        while (i < raw.length) {
          var ch = String.fromCodePoint(raw.codePointAt(i));
          if (CJK.test(ch) !== isCjk) break;
          i += ch.length;
          offsets.push(i);
        }
        if (!isCjk) {
          add(out, raw.slice(from, i), start + from, start + i, false);
          continue;
        }
        var n = offsets.length - 1;
        for (var k = 0; k < n; k++) {
          var one = cjkFold(raw.slice(offsets[k], offsets[k + 1]));
          out.push({ word: one, term: one, start: start + offsets[k], end: start + offsets[k + 1], joined: n > 1 });
          if (k + 1 < n) {
            var two = cjkFold(raw.slice(offsets[k], offsets[k + 2]));
            out.push({ word: two, term: two, start: start + offsets[k], end: start + offsets[k + 2], joined: false });
          }
        }
      }
    }
    function add(out, raw, start, end, joined) {
      if (bigrams && CJK.test(raw)) {
        if (!joined) cjk(out, raw, start);
        return;
      }
      var lower = raw.toLowerCase();
      if (elisions.size) lower = elide(lower);
      var word = wordOf(lower);
      if (!word || word.length > MAX_WORD || stop.has(word)) return;
      out.push({ word: word, term: stem(word, lower), start: start, end: end, joined: joined });
    }
    return function tokens(text) {
      var out = [];
      var m;
      WORD.lastIndex = 0;
      while ((m = WORD.exec(text)) !== null) {
        var run = m[0];
        if (run.indexOf("-") < 0) {
          add(out, run, m.index, m.index + run.length, false);
          continue;
        }
        var p;
        var joined = "";
        PART.lastIndex = 0;
        while ((p = PART.exec(run)) !== null) {
          add(out, p[0], m.index + p.index, m.index + p.index + p[0].length, false);
          joined += p[0];
        }
        add(out, joined, m.index, m.index + run.length, true);
      }
      return out;
    };
  }

  function prefixOf(term, n) {
    return Array.from(term).slice(0, n).join("");
  }

  /** Whether a and b are at most one edit apart (insert, delete, substitute, or swap two neighbours). */
  function oneEdit(a, b) {
    if (a === b) return true;
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // ---- Loading the index ---------------------------------------------------------------------------
  var PREFIX_FACTOR = 0.7;
  var FUZZY_FACTOR = 0.5;
  var MAX_EXPANSIONS = 24;

  /**
   * The manifest's list of shards, "name.hash" (a tail's "name.hash.bytes") separated by spaces, as
   * {prefix: path} ({prefix: [path, bytes]} for tails). A name is the prefix itself, or for a prefix
   * other than ASCII letters and digits "x-" and its code points in hex.
   */
  function shardPaths(list, suffix) {
    var out = {};
    (list ? list.split(" ") : []).forEach(function (item) {
      var f = item.split(".");
      var prefix = f[0].lastIndexOf("x-", 0) === 0
        ? f[0].slice(2).split("-").map(function (h) { return String.fromCodePoint(parseInt(h, 16)); }).join("") : f[0];
      var path = "t/" + f[0] + suffix + "." + f[1] + ".js";
      out[prefix] = suffix ? [path, Number(f[2])] : path;
    });
    return out;
  }

  /** An engine over the index whose manifest is at manifestUrl. */
  function engine(manifestUrl) {
    var base = manifestUrl.slice(0, manifestUrl.lastIndexOf("/") + 1);
    var manifest = null;
    var tokens = null;
    var shards = {};
    var docs = {};
    var scripts = {};
    var stats = { bytes: 0, files: 0 };

    function receive(entry) {
      var kind = entry[0];
      if (kind === "index") {
        manifest = entry[1];
        manifest.shards = shardPaths(manifest.shards, "");
        manifest.tails = shardPaths(manifest.tails, "~");
      } else if (kind === "terms" || kind === "tail") {
        var shard = shards[entry[1]] || (shards[entry[1]] = { terms: {}, tail: false });
        entry[2].forEach(function (e) {
          if (kind === "terms") {
            var t = shard.terms[e[0]];
            shard.terms[e[0]] = { term: e[0], forms: e[1], df: e[2], postings: t ? e[3].concat(t.postings) : e[3] };
          } else {
            var h = shard.terms[e[0]];
            if (h) h.postings = h.postings.concat(e[1]);
            else shard.terms[e[0]] = { term: e[0], forms: [], df: e[1].length / 4, postings: e[1], tailOnly: true };
          }
        });
        if (kind === "tail") shard.tail = true;
      } else if (kind === "doc") {
        docs[entry[1]] = entry[2];
      }
    }
    var queue = window.coursegenSearch;
    window.coursegenSearch = { push: receive };
    if (queue && queue.length) queue.forEach(receive);

    function load(src) {
      if (!scripts[src]) {
        scripts[src] = new Promise(function (resolve, reject) {
          var s = document.createElement("script");
          s.src = src;
          s.addEventListener("load", function () {
            var size = window.performance && performance.getEntriesByName ? performance.getEntriesByName(s.src) : [];
            stats.files++;
            stats.bytes += size.length && size[0].decodedBodySize ? size[0].decodedBodySize : 0;
            resolve();
          });
          s.addEventListener("error", function () { reject(new Error("could not load " + src)); });
          document.head.appendChild(s);
        });
      }
      return scripts[src];
    }

    function ready(stemmerUrl) {
      return (stemmerUrl ? load(stemmerUrl) : Promise.resolve()).then(function () { return load(manifestUrl); }).then(function () {
        if (!manifest) throw new Error("the search index did not register");
        if (!tokens) tokens = analyzer(manifest);
      });
    }

    /**
     * The words of a query, analysed like the index. The joined form of a hyphenated word is optional:
     * its parts must match, and it adds to the score of pages that have the word hyphenated too.
     */
    function words(query) {
      var seen = {};
      return tokens(query).filter(function (t) {
        // A character of a longer CJK run: its bigrams are the query's words.
        if (t.joined && CJK.test(t.term) && Array.from(t.term).length === 1) return false;
        if (seen[t.term]) return false;
        seen[t.term] = true;
        return true;
      }).map(function (t) {
        return { word: t.word, term: t.term, optional: t.joined };
      });
    }

    function loadShards(prefixes) {
      return Promise.all(prefixes.filter(function (p) { return manifest.shards[p]; }).map(function (p) { return load(base + manifest.shards[p]); }));
    }

    function loadTails(prefixes) {
      return Promise.all(prefixes.filter(function (p) { return manifest.tails[p]; }).map(function (p) { return load(base + manifest.tails[p][0]); }));
    }

    /** The bytes of the tails of these prefixes not loaded yet. */
    function tailBytes(prefixes) {
      return prefixes.reduce(function (n, p) {
        var t = manifest.tails[p];
        return n + (t && !scripts[base + t[0]] ? t[1] : 0);
      }, 0);
    }

    /** The shard prefixes a query needs: each word's stem's, and for prefix and typo matching the word's own. */
    function prefixesFor(ws) {
      var set = {};
      ws.forEach(function (w) {
        set[prefixOf(w.term, manifest.prefix)] = true;
        set[prefixOf(w.word, manifest.prefix)] = true;
      });
      return Object.keys(set);
    }

    /** The index terms a query word stands for, each with the factor its scores are multiplied by. */
    function candidates(w, last) {
      var out = [];
      var found = {};
      var exactShard = shards[prefixOf(w.term, manifest.prefix)];
      if (exactShard && exactShard.terms[w.term]) {
        out.push({ entry: exactShard.terms[w.term], factor: 1 });
        found[w.term] = true;
      }
      var shard = shards[prefixOf(w.word, manifest.prefix)];
      if (!shard) return out;
      var length = Array.from(w.word).length;
      var prefix = [];
      var fuzzy = [];
      Object.keys(shard.terms).forEach(function (term) {
        if (found[term]) return;
        var e = shard.terms[term];
        var spellings = [term].concat(e.forms);
        if (last && length >= 2 && spellings.some(function (s) { return s.lastIndexOf(w.word, 0) === 0; })) {
          prefix.push(e);
        } else if (length >= manifest.fuzzy && (oneEdit(w.term, term) || spellings.some(function (s) { return oneEdit(w.word, s); }))) {
          fuzzy.push(e);
        }
      });
      var byDf = function (a, b) { return b.df - a.df || (a.term < b.term ? -1 : 1); };
      prefix.sort(byDf).slice(0, MAX_EXPANSIONS).forEach(function (e) { out.push({ entry: e, factor: PREFIX_FACTOR }); });
      fuzzy.sort(byDf).slice(0, MAX_EXPANSIONS).forEach(function (e) { out.push({ entry: e, factor: FUZZY_FACTOR }); });
      return out;
    }

    /**
     * Ranked results: pages, each with its matching sections best first. A section's score adds the
     * query words' scores in it (BM25F, computed at build time; the page title counts in every section),
     * a page's is its best section's. A section with only some of the words scores that share of them,
     * squared, of its sum; a page needs at least half of the words (all of one or two) to be shown. complete is false when a term's tail (its documents past the shard's head) could still
     * change the first wanted results: then the tails are loaded and the query ranked again.
     */
    function rank(ws, wanted) {
      var pages = {};
      var bound = [];
      var lastWord = -1;
      ws.forEach(function (w, i) { if (!w.optional) lastWord = i; });
      ws.forEach(function (w, i) {
        bound[i] = 0;
        candidates(w, i === lastWord).forEach(function (c) {
          var e = c.entry;
          var ps = e.postings;
          // Past a head, a term's documents score at most its last one in the head.
          if (ps.length / 4 < e.df) bound[i] = Math.max(bound[i], (ps.length ? ps[ps.length - 2] : Infinity) * c.factor);
          for (var k = 0; k < ps.length; k += 4) {
            var score = ps[k + 2] * c.factor;
            var page = pages[ps[k]] || (pages[ps[k]] = { page: ps[k], best: [], sections: {} });
            var sec = page.sections[ps[k + 1]] || (page.sections[ps[k + 1]] = { section: ps[k + 1], word: [], terms: {}, positions: [] });
            if (!(sec.word[i] >= score)) sec.word[i] = score;
            if (!(page.best[i] >= score)) page.best[i] = score;
            sec.terms[e.term] = true;
            if (ps[k + 3] >= 0) sec.positions.push(ps[k + 3]);
          }
        });
      });
      var required = ws.filter(function (w) { return !w.optional; }).length;
      // Never-seen documents could score at most this, with every word from a tail.
      var unseen = 0;
      for (var u = 0; u < ws.length; u++) {
        if (bound[u] === 0 && !ws[u].optional) { unseen = 0; break; }
        unseen += bound[u];
      }
      var list = Object.keys(pages).map(function (key) {
        var p = pages[key];
        var upper = unseen;
        var sections = Object.keys(p.sections).map(function (s) {
          var sec = p.sections[s];
          sec.score = 0;
          sec.covered = 0;
          var up = 0;
          for (var i = 0; i < ws.length; i++) {
            var b = sec.word[i] || 0;
            sec.score += b;
            if (b > 0 && !ws[i].optional) sec.covered++;
            up += Math.max(b, bound[i]);
          }
          // Coordination: a section with some of the words scores that share, squared, of its sum.
          sec.score *= required ? Math.pow(sec.covered / required, 2) : 1;
          upper = Math.max(upper, up);
          return sec;
        }).sort(function (a, b) { return b.score - a.score || a.section - b.section; });
        return { page: p.page, covered: sections[0].covered, score: sections[0].score, upper: upper, sections: sections };
      });
      // Pages with at least half of the words (every word, for one or two).
      var least = required <= 2 ? required : Math.ceil(required / 2);
      var shown = list.filter(function (p) { return p.covered >= least; });
      shown.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
      var complete = bound.every(function (b) { return b === 0; });
      if (!complete && wanted && shown.length >= wanted) {
        // Safe when no other page, seen or not, could reach the wanted-th page's score with its tails.
        var threshold = shown[wanted - 1].score;
        var inTop = {};
        shown.slice(0, wanted).forEach(function (p) { inTop[p.page] = true; });
        complete = unseen <= threshold && list.every(function (p) { return inTop[p.page] || p.upper <= threshold; });
      }
      return { results: shown, complete: complete };
    }

    /**
     * Searches for query; resolves to {words, results, complete}. wanted is how many results the caller
     * shows (0: all of them). The rest of long posting lists (tail shards) loads only when it could change
     * those results, and, if budget is given, only when it is at most budget bytes: while typing, a query
     * of very common words then shows the best of the heads (complete false), and Enter ranks them all.
     */
    function search(query, wanted, budget) {
      var ws = words(query);
      if (ws.length === 0) return Promise.resolve({ words: ws, results: [], complete: true });
      var prefixes = prefixesFor(ws);
      return loadShards(prefixes).then(function () {
        var r = rank(ws, wanted);
        if (r.complete) return r;
        if (budget !== undefined && tailBytes(prefixes) > budget) return r;
        return loadTails(prefixes).then(function () { return rank(ws, 0); });
      }).then(function (r) {
        return { words: ws, results: r.results, complete: r.complete };
      });
    }

    function docUrl(page, section) {
      return base + manifest.docs + page + "-" + section + ".js";
    }

    /** Loads the documents of these sections ([page, section] pairs); resolves when all are in. */
    function loadDocs(pairs) {
      return Promise.all(pairs.map(function (p) { return load(docUrl(p[0], p[1])); }));
    }

    function doc(page, section) {
      var d = docs[page + "-" + section];
      return d ? { url: d[0], title: d[1], kind: d[2], anchor: d[3], heading: d[4], text: d[5] } : null;
    }

    return {
      ready: ready, search: search, loadDocs: loadDocs, doc: doc, stats: stats,
      analyze: function (text) { return tokens(text); },
      words: words
    };
  }

  /**
   * The snippet of a section's text: about SNIPPET characters around the first place a query word
   * occurs, as [text, highlighted] pieces. Words whose term the result matched are highlighted, as
   * are words that start with the last query word (typing).
   */
  var SNIPPET = 160;
  function snippetPieces(analyze, text, section, ws) {
    var tokens = analyze(text);
    var last = ws.length ? ws[ws.length - 1].word : "";
    var marks = tokens.filter(function (t) {
      return section.terms[t.term] || (last.length >= 2 && t.word.lastIndexOf(last, 0) === 0);
    });
    var first = section.positions.length ? Math.min.apply(null, section.positions) : (marks.length ? marks[0].start : 0);
    var start = Math.max(0, first - 50);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > Math.max(start, first)) end = cut;
    }
    var pieces = [];
    if (start > 0) pieces.push(["… ", false]);
    var at = start;
    marks.forEach(function (t) {
      if (t.start < at || t.end > end) return;
      pieces.push([text.slice(at, t.start), false]);
      pieces.push([text.slice(t.start, t.end), true]);
      at = t.end;
    });
    pieces.push([text.slice(at, end) + (end < text.length ? " …" : ""), false]);
    return pieces.filter(function (p) { return p[0].length > 0; });
  }

  window.CoursegenSearchEngine = { engine: engine, analyzer: analyzer, oneEdit: oneEdit, snippetPieces: snippetPieces };

  // ---- The page: header combobox and results page ----------------------------------------------------
  var dom = window.CoursegenDom;
  var form = dom && dom.find(document, "site-search");
  if (!form) return;
  // Only pages with a search box need the catalog: the engine above runs without it (the vectors' page).
  var t = window.CoursegenI18n.t;
  var root = form.getAttribute("data-root") || "";
  var MAX_POPUP = 8;
  var PAGE_SIZE = 20;
  var MORE_SECTIONS = 3;
  /** While typing, tail shards load only up to this many bytes (see search()). */
  var TYPING_BUDGET = 100000;
  var search = engine(form.getAttribute("data-index"));
  var stemmerUrl = form.getAttribute("data-stemmer");

  function ready() {
    return search.ready(stemmerUrl);
  }

  /** This page's search, for tests and the bench: the first n pages for a query, each as its best section. */
  window.CoursegenSearchEngine.site = {
    ready: ready,
    stats: search.stats,
    results: function (query, n) {
      return results(query, n, 1).then(function (r) {
        return r.results.slice(0, n).map(function (p) {
          var d = search.doc(p.page, p.sections[0].section);
          return { url: d.url, anchor: d.anchor, kind: d.kind, sections: p.sections.length };
        });
      });
    }
  };

  /** The results of query with the documents of their first n pages loaded (up to sectionsEach sections each). */
  function results(query, n, sectionsEach) {
    return ready().then(function () { return search.search(query, n, TYPING_BUDGET); }).then(function (r) {
      return withDocs(r, 0, n, sectionsEach);
    });
  }

  function withDocs(r, from, n, sectionsEach) {
    var pairs = [];
    r.results.slice(from, from + n).forEach(function (p) {
      p.sections.slice(0, sectionsEach).forEach(function (s) { pairs.push([p.page, s.section]); });
    });
    return search.loadDocs(pairs).then(function () { return r; });
  }

  function href(d) {
    return root + d.url + (d.anchor ? "#" + d.anchor : "");
  }

  function label(d) {
    return d.heading ? d.title + " › " + d.heading : d.title;
  }

  function appendSnippet(el, d, section, ws) {
    snippetPieces(search.analyze, d.text, section, ws).forEach(function (p) {
      if (p[1]) {
        var mark = document.createElement("mark");
        mark.textContent = p[0];
        el.appendChild(mark);
      } else {
        el.appendChild(document.createTextNode(p[0]));
      }
    });
  }

  function searchPageUrl(query) {
    return root + "search.html?q=" + encodeURIComponent(query);
  }

  // ---- The header combobox -------------------------------------------------------------------------
  var input = dom.find(form, "site-search-input");
  var list = document.createElement("ul");
  list.id = dom.freeId("site-search-results");
  list.className = "site-search-results";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", t("search.results-label"));
  list.hidden = true;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  var active = -1;
  var seq = 0;

  function options() {
    return list.querySelectorAll("[data-href]");
  }

  function setActive(n) {
    var opts = options();
    active = n;
    for (var i = 0; i < opts.length; i++) opts[i].setAttribute("aria-selected", i === n ? "true" : "false");
    if (n >= 0 && opts[n]) {
      input.setAttribute("aria-activedescendant", opts[n].id);
      opts[n].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function closeList() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function option(id, target) {
    var li = document.createElement("li");
    li.id = dom.freeId(id);
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.setAttribute("data-href", target);
    li.addEventListener("mousedown", function (e) { e.preventDefault(); });
    li.addEventListener("click", function () { window.location.href = target; });
    list.appendChild(li);
    return li;
  }

  function span(cls, text) {
    var s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  function show(query) {
    var mine = ++seq;
    if (!query.trim()) {
      closeList();
      status.textContent = "";
      return;
    }
    results(query, MAX_POPUP, 1).then(function (r) {
      if (mine !== seq) return;
      list.textContent = "";
      r.results.slice(0, MAX_POPUP).forEach(function (p, n) {
        var best = p.sections[0];
        var d = search.doc(p.page, best.section);
        if (!d) return;
        var li = option("site-search-result-" + n, href(d));
        li.appendChild(span("ssr-title", label(d)));
        li.appendChild(span("ssr-kind", d.kind));
        var text = span("ssr-snippet", "");
        appendSnippet(text, d, best, r.words);
        li.appendChild(text);
        if (p.sections.length > 1) {
          li.appendChild(span("ssr-more", t("search.more-sections", { count: p.sections.length - 1 })));
        }
      });
      var n = r.results.length;
      var all = option("site-search-result-all", searchPageUrl(query));
      all.className = "ssr-all";
      all.textContent = n ? t("search.all-pages", { count: n, query: query }) : t("search.none", { query: query });
      status.textContent = t("search.count", { count: n });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setActive(-1);
    }, function () {
      status.textContent = t("search.unavailable");
    });
  }

  input.addEventListener("focus", function () { ready().catch(function () {}); });
  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("blur", function () { closeList(); });
  input.addEventListener("keydown", function (e) {
    var n = options().length;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (list.hidden) { show(input.value); return; }
      if (n) setActive(active + 1 >= n ? 0 : active + 1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (n && !list.hidden) setActive(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (active >= 0 && !list.hidden) window.location.href = options()[active].getAttribute("data-href");
      else if (input.value.trim()) window.location.href = searchPageUrl(input.value);
    } else if (e.key === "Escape") {
      if (!list.hidden) {
        e.preventDefault();
        e.stopPropagation();
        closeList();
      } else if (input.value) {
        e.preventDefault();
        input.value = "";
      }
    }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (input.value.trim()) window.location.href = searchPageUrl(input.value);
  });

  // ---- The results page ----------------------------------------------------------------------------
  var pageResults = dom.find(document, "search-page-results");
  if (!pageResults) return;
  var pageInput = dom.find(document, "search-page-input");
  var pageStatus = dom.find(document, "search-status");
  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  pageInput.value = query;
  if (!query.trim()) {
    pageStatus.textContent = t("search.prompt");
    return;
  }
  pageStatus.textContent = t("search.searching");

  function pageItem(p, ws) {
    var li = document.createElement("li");
    var best = search.doc(p.page, p.sections[0].section);
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = href(best);
    a.textContent = label(best);
    h.appendChild(a);
    var kind = document.createElement("p");
    kind.className = "search-kind";
    kind.textContent = best.kind;
    var text = document.createElement("p");
    text.className = "search-snippet";
    appendSnippet(text, best, p.sections[0], ws);
    li.appendChild(h);
    li.appendChild(kind);
    li.appendChild(text);
    var more = p.sections.slice(1, MORE_SECTIONS);
    if (more.length) {
      var ul = document.createElement("ul");
      ul.className = "search-sections";
      more.forEach(function (s) {
        var d = search.doc(p.page, s.section);
        if (!d) return;
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = href(d);
        link.textContent = d.heading || d.title;
        var snip = document.createElement("p");
        snip.className = "search-snippet";
        appendSnippet(snip, d, s, ws);
        item.appendChild(link);
        item.appendChild(snip);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }

  var moreButton = null;
  var shownResults = null;
  /** Shows PAGE_SIZE results from the from-th, then a "Show more results" button while any are left. */
  function showFrom(r, from, focus) {
    shownResults = r;
    withDocs(r, from, PAGE_SIZE, MORE_SECTIONS).then(function () {
      var items = r.results.slice(from, from + PAGE_SIZE).map(function (p) { return pageResults.appendChild(pageItem(p, r.words)); });
      if (focus && items.length) items[0].querySelector("a").focus();
      var next = from + PAGE_SIZE;
      if (next < r.results.length) {
        if (!moreButton) {
          moreButton = document.createElement("button");
          moreButton.type = "button";
          moreButton.className = "search-more";
          moreButton.textContent = t("search.more");
          moreButton.addEventListener("click", function () {
            moreButton.hidden = true;
            showFrom(shownResults, Number(moreButton.getAttribute("data-next")), true);
          });
          pageResults.parentNode.insertBefore(moreButton, pageResults.nextSibling);
        }
        moreButton.setAttribute("data-next", String(next));
        moreButton.hidden = false;
      } else if (moreButton) {
        moreButton.hidden = true;
      }
    });
  }

  ready().then(function () { return search.search(query, 0); }).then(function (r) {
    var n = r.results.length;
    pageStatus.textContent = t("search.page-count", { count: n, query: query });
    showFrom(r, 0, false);
  }, function () {
    pageStatus.textContent = t("search.index-failed");
  });
})();
