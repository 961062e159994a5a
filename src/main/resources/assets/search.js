// Full-text search. The header search box on every page offers results as you type (a combobox: arrows
// move through results, Enter opens one, Escape closes the list); search.html?q=... lists all results.
// The index data is a generated script (assets/search-data.<hash>.js) that assigns to
// window.coursegenSearchData, loaded with lunr only when first needed: a classic script loads from
// file://, where fetch() of a JSON file would be refused. Text reaches the page only as text nodes.
(function () {
  "use strict";
  // Its elements are found by their data-cg hooks (see dom.js), its ids are ones no lesson uses.
  var dom = window.CoursegenDom;
  var form = dom.find(document, "site-search");
  if (!form) return;
  var root = form.getAttribute("data-root") || "";
  var MAX_POPUP = 8;
  var SNIPPET = 160;
  var loading = null;
  var index = null;
  var data = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.addEventListener("load", resolve);
      s.addEventListener("error", function () { reject(new Error("could not load " + src)); });
      document.head.appendChild(s);
    });
  }

  function ready() {
    if (index) return Promise.resolve();
    if (!loading) {
      loading = Promise.all([loadScript(form.getAttribute("data-lunr")), loadScript(form.getAttribute("data-index"))])
        .then(function () {
          data = window.coursegenSearchData;
          index = window.lunr(function () {
            this.ref("i");
            this.field("title", { boost: 8 });
            this.field("heading", { boost: 4 });
            this.field("body");
            this.metadataWhitelist = ["position"];
            for (var i = 0; i < data.docs.length; i++) {
              var d = data.docs[i];
              this.add({ i: String(i), title: data.pages[d[0]][1], heading: d[2], body: d[3] });
            }
          });
        });
    }
    return loading;
  }

  /** The words of a query, lower case, without stop words; lunr's query syntax is never interpreted. */
  function words(query) {
    return window.lunr.tokenizer(query).map(function (t) { return t.toString(); })
      .filter(function (w) { return w.length > 0 && window.lunr.stopWordFilter(w) !== undefined; });
  }

  /** Results for a query: every word but the last must occur; the last may also be the start of a word. */
  function search(query) {
    var ws = words(query);
    if (ws.length === 0) return [];
    var lunr = window.lunr;
    var hits = index.query(function (q) {
      ws.forEach(function (w, n) {
        if (n < ws.length - 1) {
          q.term(w, { presence: lunr.Query.presence.REQUIRED });
        } else {
          q.term(w, { boost: 10 });
          q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
        }
      });
    });
    return hits.map(function (hit) {
      var d = data.docs[Number(hit.ref)];
      var page = data.pages[d[0]];
      var positions = [];
      var meta = hit.matchData.metadata;
      Object.keys(meta).forEach(function (term) {
        if (meta[term].body && meta[term].body.position) positions = positions.concat(meta[term].body.position);
      });
      positions.sort(function (a, b) { return a[0] - b[0]; });
      return {
        href: root + page[0] + (d[1] ? "#" + d[1] : ""),
        title: page[1],
        heading: d[2],
        kind: page[2],
        text: d[3],
        positions: positions
      };
    });
  }

  /** Appends the snippet of a result to el: text nodes, with <mark> elements around the matches. */
  function snippet(el, result) {
    var text = result.text;
    var first = result.positions.length ? result.positions[0][0] : 0;
    var start = Math.max(0, first - 50);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      if (space >= 0 && space < first) start = space + 1;
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > start) end = cut;
    }
    if (start > 0) el.appendChild(document.createTextNode("… "));
    var at = start;
    result.positions.forEach(function (p) {
      var s = p[0];
      var e = p[0] + p[1];
      if (s < at || e > end) return;
      el.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      el.appendChild(mark);
      at = e;
    });
    el.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
  }

  function label(result) {
    return result.heading ? result.title + " › " + result.heading : result.title;
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
  list.setAttribute("aria-label", "Search results");
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

  function option(id, href) {
    var li = document.createElement("li");
    li.id = dom.freeId(id);
    li.setAttribute("role", "option");
    li.setAttribute("aria-selected", "false");
    li.setAttribute("data-href", href);
    li.addEventListener("mousedown", function (e) { e.preventDefault(); });
    li.addEventListener("click", function () { window.location.href = href; });
    list.appendChild(li);
    return li;
  }

  function show(query) {
    var mine = ++seq;
    if (!query.trim()) {
      closeList();
      status.textContent = "";
      return;
    }
    ready().then(function () {
      if (mine !== seq) return;
      var results = search(query);
      list.textContent = "";
      results.slice(0, MAX_POPUP).forEach(function (r, n) {
        var li = option("site-search-result-" + n, r.href);
        var title = document.createElement("span");
        title.className = "ssr-title";
        title.textContent = label(r);
        var kind = document.createElement("span");
        kind.className = "ssr-kind";
        kind.textContent = r.kind;
        var text = document.createElement("span");
        text.className = "ssr-snippet";
        snippet(text, r);
        li.appendChild(title);
        li.appendChild(kind);
        li.appendChild(text);
      });
      var all = option("site-search-result-all", searchPageUrl(query));
      all.className = "ssr-all";
      all.textContent = results.length ? "All " + results.length + " results for “" + query + "”" : "No results for “" + query + "”";
      status.textContent = results.length === 1 ? "1 result" : results.length + " results";
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setActive(-1);
    }, function () {
      status.textContent = "Search is not available.";
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
    pageStatus.textContent = "Type words to search for, then press Enter.";
    return;
  }
  pageStatus.textContent = "Searching…";
  ready().then(function () {
    var results = search(query);
    pageStatus.textContent = (results.length === 1 ? "1 result" : results.length + " results") + " for “" + query + "”.";
    results.forEach(function (r) {
      var li = document.createElement("li");
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = r.href;
      a.textContent = label(r);
      h.appendChild(a);
      var kind = document.createElement("p");
      kind.className = "search-kind";
      kind.textContent = r.kind;
      var p = document.createElement("p");
      p.className = "search-snippet";
      snippet(p, r);
      li.appendChild(h);
      li.appendChild(kind);
      li.appendChild(p);
      pageResults.appendChild(li);
    });
  }, function () {
    pageStatus.textContent = "Search is not available: its index could not be loaded.";
  });
})();
