// Exercise answer logic, the same rules as the Java package io.coursegen.exercise (held to it by the
// shared vectors src/test/resources/io/coursegen/widget/exercise/exercise.json): whether a pick is an accepted answer, how
// many rubric points a self-check covers, and what keeps a submission from being sent.
// A classic script with one frozen global, window.CoursegenExercise; no DOM access.
(function () {
  "use strict";

  var MAX_CHARACTERS = 5000;
  // Named one by one, as in Java's Submission.isBlank: Java's strip() and JavaScript's trim() differ.
  var SPACES = " \t\n\r\f\u000B\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u3000\uFEFF";

  function strings(list) {
    return Array.isArray(list) ? list.filter(function (x) { return typeof x === "string"; }) : [];
  }

  function contains(list, value) {
    return list.indexOf(value) >= 0;
  }

  function match(choices, accepted, chosen) {
    var c = strings(choices);
    var a = strings(accepted);
    var status;
    if (typeof chosen !== "string" || chosen === "") status = "none";
    else if (!contains(c, chosen)) status = "unknown";
    else if (a.length === 0) status = "ungraded";
    else status = contains(a, chosen) ? "accepted" : "not-accepted";
    return { status: status, accepted: a.slice() };
  }

  function coverage(rubric, ticked) {
    var points = [];
    strings(rubric).forEach(function (p) { if (!contains(points, p)) points.push(p); });
    var t = strings(ticked);
    return {
      covered: points.filter(function (p) { return contains(t, p); }),
      missing: points.filter(function (p) { return !contains(t, p); })
    };
  }

  function characters(text) {
    if (typeof text !== "string") return 0;
    var n = 0;
    var s = text.replace(/\r\n/g, "\n");
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      // A high surrogate followed by a low one is one code point, as Java's codePointCount counts.
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) i++;
      }
      n++;
    }
    return n;
  }

  function isBlank(text) {
    if (typeof text !== "string") return true;
    for (var i = 0; i < text.length; i++) {
      if (SPACES.indexOf(text.charAt(i)) < 0) return false;
    }
    return true;
  }

  function problems(choices, choice, justification) {
    var out = [];
    if (typeof choice !== "string" || choice === "") out.push("no-choice");
    else if (!contains(strings(choices), choice)) out.push("unknown-choice");
    if (isBlank(justification)) out.push("empty-justification");
    else if (characters(justification) > MAX_CHARACTERS) out.push("too-long");
    return out;
  }

  window.CoursegenExercise = Object.freeze({
    MAX_CHARACTERS: MAX_CHARACTERS,
    match: match,
    coverage: coverage,
    characters: characters,
    isBlank: isBlank,
    problems: problems
  });
})();
