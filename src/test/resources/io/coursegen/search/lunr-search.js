// The search coursegen had before the build-time index (issue 19), kept for Search_RelevanceTest only:
// lunr 2.3.9 (from the WebJar, a test dependency now) indexes the search documents in the browser,
// with the same fields, boosts and query as search.js had. window.LunrSearch(data) builds the index
// from {pages: [[url, title, kind]...], docs: [[page, anchor, heading, text]...]} (SearchData.json)
// and returns a function from a query to its results, each {url, anchor}, best first.
(function () {
  "use strict";
  window.LunrSearch = function (data) {
    var lunr = window.lunr;
    var index = lunr(function () {
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
    function words(query) {
      return lunr.tokenizer(query).map(function (t) { return t.toString(); })
        .filter(function (w) { return w.length > 0 && lunr.stopWordFilter(w) !== undefined; });
    }
    return function (query) {
      var ws = words(query);
      if (ws.length === 0) return [];
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
        return { url: data.pages[d[0]][0], anchor: d[1] };
      });
    };
  };
})();
