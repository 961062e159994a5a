// The class results' statistics, the same rules as io.coursegen.insights (Stats, ClassAnalysis,
// ExportReader, ReportTables' number formats): pure functions over learners' exports, no DOM. The
// shared vectors src/test/resources/io/coursegen/insights/item-analysis.json hold both in Chromium and
// JUnit, and a browser test compares the page's tables with Java's for a class of 200 generated
// learners. Undefined figures are NaN, shown as "n/a". A classic script: window.CoursegenInsightsStats.
(function () {
  "use strict";

  var GROUP = 0.27;
  var BINS = 10;
  var MIN_LEARNERS = 10;
  var EASY = 0.90;
  var HARD = 0.25;
  var WEAK_BELOW = 0.20;
  var FLAGS = {
    TOO_EASY: { label: "too easy", rule: "at least 90% right on the first try" },
    TOO_HARD: { label: "too hard", rule: "at most 25% right on the first try" },
    NEGATIVE: { label: "discriminates negatively", rule: "point-biserial below 0" },
    WEAK: { label: "discriminates weakly", rule: "point-biserial from 0 to 0.2" },
    CHANGED: { label: "changed between exports", rule: "more than one content version" }
  };

  function own(o, k) {
    return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k);
  }

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function mean(xs) {
    if (xs.length === 0) return NaN;
    var sum = 0;
    for (var i = 0; i < xs.length; i++) sum += xs[i];
    return sum / xs.length;
  }

  function correlation(xs, ys) {
    if (xs.length !== ys.length) throw new Error("unpaired: " + xs.length + " and " + ys.length);
    var n = xs.length;
    if (n < 2) return NaN;
    var mx = mean(xs), my = mean(ys), sxy = 0, sxx = 0, syy = 0;
    for (var i = 0; i < n; i++) {
      var dx = xs[i] - mx, dy = ys[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    var eps = 1e-12 * n;
    if (sxx <= eps || syy <= eps) return NaN;
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  // Java's Math.round: half up, also for negative halves (never met here: n * fraction is positive).
  function round(x) {
    return Math.floor(x + 0.5);
  }

  function upperLower(right, rest, fraction) {
    if (right.length !== rest.length) throw new Error("unpaired: " + right.length + " and " + rest.length);
    var n = right.length;
    if (n < 2) return NaN;
    var g = Math.min(Math.max(1, round(n * fraction)), Math.floor(n / 2));
    var order = [];
    for (var i = 0; i < n; i++) order.push(i);
    // Array.prototype.sort is stable (ES2019), as Java's object sort is.
    order.sort(function (a, b) { return rest[b] - rest[a]; });
    var upper = 0, lower = 0;
    for (var j = 0; j < g; j++) {
      upper += right[order[j]];
      lower += right[order[n - 1 - j]];
    }
    return (upper - lower) / g;
  }

  function histogram(scores, bins) {
    var counts = [];
    for (var b = 0; b < bins; b++) counts.push(0);
    scores.forEach(function (s) {
      var k = Math.floor(s * bins + 1e-9);
      counts[Math.max(0, Math.min(bins - 1, k))]++;
    });
    return counts;
  }

  function flags(n, difficulty, pointBiserial, versions) {
    var out = [];
    if (n >= MIN_LEARNERS) {
      if (difficulty >= EASY - 1e-9) out.push("TOO_EASY");
      if (difficulty <= HARD + 1e-9) out.push("TOO_HARD");
      if (!isNaN(pointBiserial)) {
        if (pointBiserial < 0) out.push("NEGATIVE");
        else if (pointBiserial < WEAK_BELOW) out.push("WEAK");
      }
    }
    if (versions > 1) out.push("CHANGED");
    return out;
  }

  // ---- Reading exports (as ExportReader) ---------------------------------------------------------

  // One log entry as an attempt, or null when it is not of the documented shape.
  function attempt(e) {
    if (!isObject(e)) return null;
    if (typeof e.quiz !== "string" || typeof e.question !== "string") return null;
    if (typeof e.attempt !== "number" || Math.floor(e.attempt) !== e.attempt || e.attempt < 1 || e.attempt > 2147483647) return null;
    if (typeof e.score !== "number" || !(e.score >= 0 && e.score <= 1)) return null;
    var chosen = isObject(e.response) && Array.isArray(e.response.choices)
      ? e.response.choices.filter(function (c) { return typeof c === "string"; }) : [];
    var misconceptions = Array.isArray(e.misconceptions) ? e.misconceptions.filter(function (m) { return typeof m === "string"; }) : [];
    return { quiz: e.quiz, question: e.question, version: typeof e.version === "string" ? e.version : "", attempt: e.attempt,
      chosen: chosen, score: e.score, misconceptions: misconceptions };
  }

  // {learner, skipped} from a parsed export; throws an Error saying what is wrong when it is none.
  function readExport(value, course) {
    if (!isObject(value) || value.format !== "coursegen-progress") {
      throw new Error("it is not a coursegen export (no \"format\": \"coursegen-progress\")");
    }
    var exportCourse = typeof value.course === "string" ? value.course : "";
    if (course !== null && course !== exportCourse) {
      throw new Error("it is an export of the course \"" + exportCourse + "\", not of \"" + course + "\"");
    }
    var progress = isObject(value.progress) ? value.progress : {};
    if (typeof progress.seed !== "string" || progress.seed === "") throw new Error("its progress has no \"seed\", the learner's anonymous id");
    var attempts = [], skipped = 0;
    (Array.isArray(progress.log) ? progress.log : []).forEach(function (e) {
      var a = attempt(e);
      if (a === null) skipped++;
      else attempts.push(a);
    });
    var read = [];
    if (isObject(progress.lessons)) {
      Object.keys(progress.lessons).forEach(function (k) { if (progress.lessons[k] === true) read.push(k); });
    }
    var name = isObject(value.learner) && typeof value.learner.name === "string" ? value.learner.name : null;
    return {
      learner: { id: progress.seed, name: name, attempts: attempts, lessonsRead: read,
        exportedAt: typeof value.exportedAt === "string" ? value.exportedAt : "" },
      skipped: skipped
    };
  }

  // ---- The analysis (as ClassAnalysis) -------------------------------------------------------------

  // Java's String.compareTo for these ids: UTF-16 code units, which < on strings compares too.
  function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function sortedKeys(o) {
    return Object.keys(o).sort(byText);
  }

  function ordered(present, order) {
    var out = order.slice();
    present.slice().sort(byText).forEach(function (k) { if (out.indexOf(k) < 0) out.push(k); });
    return out;
  }

  function mostFirst(counts) {
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || byText(a, b); })
      .map(function (k) { return [k, counts[k]]; });
  }

  // learners: [{id, attempts, lessonsRead}]; outline: {lessons: [[key, title]], quizQuestions: [[quiz, [ids]]]}.
  function analyse(learners, outline) {
    outline = outline || { lessons: [], quizQuestions: [] };
    // In id order, whatever order the exports came in: the upper-lower groups break ties by it.
    learners = learners.slice().sort(function (a, b) { return byText(a.id, b.id); });
    var firsts = Object.create(null), all = Object.create(null);
    learners.forEach(function (l, i) {
      l.attempts.forEach(function (a) {
        var q = all[a.quiz] || (all[a.quiz] = Object.create(null));
        (q[a.question] || (q[a.question] = [])).push(a);
        if (a.attempt === 1) {
          var f = firsts[a.quiz] || (firsts[a.quiz] = Object.create(null));
          var byLearner = f[a.question] || (f[a.question] = new Map());
          if (!byLearner.has(i)) byLearner.set(i, a);
        }
      });
    });
    var quizOrder = outline.quizQuestions.map(function (e) { return e[0]; }).filter(function (q) { return own(all, q); });
    var quizzes = ordered(Object.keys(all), quizOrder).map(function (quiz) {
      var entry = outline.quizQuestions.filter(function (e) { return e[0] === quiz; })[0];
      var answered = all[quiz] || Object.create(null);
      return quizStats(quiz, ordered(Object.keys(answered), entry ? entry[1] : []), firsts[quiz] || Object.create(null), answered);
    });
    var seen = [];
    learners.forEach(function (l) { l.lessonsRead.forEach(function (k) { if (seen.indexOf(k) < 0) seen.push(k); }); });
    var titles = new Map(outline.lessons);
    var lessons = ordered(seen, outline.lessons.map(function (e) { return e[0]; })).map(function (k) {
      var read = learners.filter(function (l) { return l.lessonsRead.indexOf(k) >= 0; }).length;
      return { lesson: k, title: titles.has(k) ? titles.get(k) : k, read: read, share: learners.length === 0 ? 0 : read / learners.length };
    });
    return { learners: learners.length, quizzes: quizzes, lessons: lessons };
  }

  function quizStats(quiz, questions, firsts, all) {
    // Each learner's first-try scores on this quiz, learners in index order as Java's TreeMap has them.
    var scores = new Map();
    sortedKeys(firsts).forEach(function (q) {
      firsts[q].forEach(function (a, learner) {
        if (!scores.has(learner)) scores.set(learner, new Map());
        scores.get(learner).set(q, a.score);
      });
    });
    var learnerIds = Array.from(scores.keys()).sort(function (a, b) { return a - b; });
    var quizScores = learnerIds.map(function (l) {
      var s = Array.from(scores.get(l).values());
      return s.length === 0 ? 0 : mean(s);
    });
    return {
      quiz: quiz, learners: learnerIds.length, meanScore: mean(quizScores), distribution: histogram(quizScores, BINS),
      questions: questions.map(function (q) { return questionStats(quiz, q, firsts[q] || new Map(), all[q] || [], scores); })
    };
  }

  function questionStats(quiz, question, firsts, all, scores) {
    var learners = Array.from(firsts.keys()).sort(function (a, b) { return a - b; });
    var right = [], score = [], rest = [], options = Object.create(null);
    learners.forEach(function (l) {
      var a = firsts.get(l);
      right.push(a.score >= 1 - 1e-9 ? 1 : 0);
      score.push(a.score);
      var others = 0;
      // In the order Java sums them: question ids sorted.
      Array.from(scores.get(l).keys()).sort(byText).forEach(function (q) { if (q !== question) others += scores.get(l).get(q); });
      rest.push(others);
      a.chosen.filter(function (c, i, arr) { return arr.indexOf(c) === i; }).forEach(function (c) { options[c] = (options[c] || 0) + 1; });
    });
    var misconceptions = Object.create(null), versions = [];
    all.forEach(function (a) {
      a.misconceptions.forEach(function (m) { misconceptions[m] = (misconceptions[m] || 0) + 1; });
      if (a.version !== "" && versions.indexOf(a.version) < 0) versions.push(a.version);
    });
    versions.sort(byText);
    var difficulty = mean(right), pb = correlation(right, rest);
    return {
      quiz: quiz, question: question, learners: learners.length, attempts: all.length, difficulty: difficulty,
      meanScore: mean(score), pointBiserial: pb, upperLower: upperLower(right, rest, GROUP),
      options: mostFirst(options), misconceptions: mostFirst(misconceptions), versions: versions,
      flags: flags(learners.length, difficulty, pb, versions.length)
    };
  }

  // ---- Numbers as people read them (as ReportTables) -----------------------------------------------

  function percent(share) {
    return isNaN(share) ? "n/a" : round(share * 100) + "%";
  }

  function decimal(value) {
    if (isNaN(value)) return "n/a";
    // Java's %.2f rounds half up on the decimal value; toFixed on binary doubles agrees except at exact
    // ties, which a correlation almost never is; the vectors and the 200-learner test hold the two.
    var s = value.toFixed(2);
    return s === "-0.00" ? "-0.00" : s;
  }

  window.CoursegenInsightsStats = Object.freeze({
    GROUP: GROUP, BINS: BINS, MIN_LEARNERS: MIN_LEARNERS, FLAGS: FLAGS,
    mean: mean, correlation: correlation, upperLower: upperLower, histogram: histogram, flags: flags,
    readExport: readExport, analyse: analyse, percent: percent, decimal: decimal
  });
})();
