// Arabic search analysis for queries: the same rules as Lucene's ArabicNormalizer and ArabicStemmer
// (org.apache.lucene.analysis.ar, lucene-analysis-common 9.12.3), which analyse the index at build time;
// shared vectors hold the two together. A port of those two classes, Licensed to the Apache Software
// Foundation (ASF) under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0).
// The stemmer is Larkey, Ballesteros and Connell's "light10": one prefix (a definite article, a
// conjunction or preposition with it, or wa-) off the front, then common suffixes off the end.
(function () {
  "use strict";
  var ALEF = "\u0627";
  var NORMAL = { "\u0622": ALEF, "\u0623": ALEF, "\u0625": ALEF, "\u0649": "\u064A", "\u0629": "\u0647" };
  // Tatweel and the harakat (fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun) are removed.
  var REMOVED = /[\u0640\u064B-\u0652]/;
  var PREFIXES = ["\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0648"];
  var SUFFIXES = ["\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u064A\u0629", "\u0647", "\u0629", "\u064A"];

  function ArabicStemmer() {}

  /** ArabicNormalizer.normalize: alef forms to bare alef, dotless yeh to yeh, teh marbuta to heh; tatweel and harakat removed. */
  ArabicStemmer.prototype.normalize = function (word) {
    var out = "";
    for (var i = 0; i < word.length; i++) {
      var c = word.charAt(i);
      if (REMOVED.test(c)) continue;
      out += NORMAL[c] || c;
    }
    return out;
  };

  /** ArabicStemmer.stem: the first prefix that fits, then every suffix that fits, in order. */
  ArabicStemmer.prototype.stemWord = function (word) {
    var s = word;
    for (var p = 0; p < PREFIXES.length; p++) {
      var prefix = PREFIXES[p];
      // wa- needs a word of 4 or more; the others leave at least 2 characters.
      if (prefix.length === 1 ? s.length < 4 : s.length < prefix.length + 2) continue;
      if (s.lastIndexOf(prefix, 0) === 0) {
        s = s.slice(prefix.length);
        break;
      }
    }
    for (var k = 0; k < SUFFIXES.length; k++) {
      var suffix = SUFFIXES[k];
      if (s.length >= suffix.length + 2 && s.slice(s.length - suffix.length) === suffix) s = s.slice(0, s.length - suffix.length);
    }
    return s;
  };

  (window.CoursegenStemmers = window.CoursegenStemmers || {}).arabic = ArabicStemmer;
})();
