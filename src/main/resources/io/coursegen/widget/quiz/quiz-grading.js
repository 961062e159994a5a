// Quiz grading in the browser: the same rules as io.coursegen.quiz.Grader, Shuffle and TextNormalizer
// in Java, working on the client JSON that io.coursegen.quiz.QuizClientJson writes into the page. The
// shared vectors in src/test/resources/io/coursegen/widget/quiz/ run against both, so change the two together.
//
// A classic script, not an ES module: Chromium refuses module scripts on file:// pages, and the site
// must work from a copied folder. It defines one global, window.CoursegenGrading, and touches nothing
// else: no DOM, no storage. Scores are computed with the same operations in the same order as in Java
// (IEEE doubles both sides), so they agree to the last bit.
(function () {
  "use strict";

  // Tolerance of numeric boundaries and of the pass mark; Grader.EPSILON in Java.
  var EPSILON = 1e-9;

  function isArray(value) {
    return Array.isArray(value);
  }

  function allStrings(values) {
    for (var i = 0; i < values.length; i++) {
      if (typeof values[i] !== "string") return false;
    }
    return true;
  }

  // The picked option ids as a Set (picking twice is picking once), or null when the response is not
  // a choice response. A Map/Set keeps "__proto__" or "1" from meeting Object.prototype or numbers.
  function choiceSet(response) {
    if (!response || !isArray(response.choices) || !allStrings(response.choices)) return null;
    return new Set(response.choices);
  }

  function allKnown(options, picked) {
    var ids = new Set();
    for (var i = 0; i < options.length; i++) ids.add(options[i].id);
    var ok = true;
    picked.forEach(function (id) {
      if (!ids.has(id)) ok = false;
    });
    return ok;
  }

  // Single choice, true/false, scenario: 1 when exactly one option is picked and it is correct.
  function gradeSingle(question, response) {
    var picked = choiceSet(response);
    if (!picked || picked.size !== 1 || !allKnown(question.options, picked)) return 0;
    for (var i = 0; i < question.options.length; i++) {
      var option = question.options[i];
      if (picked.has(option.id)) return option.correct === true ? 1 : 0;
    }
    return 0;
  }

  // Multiple select, the "false2" rule: +1/|C| per correct pick, -1/max(|W|, 2) per wrong pick,
  // floored at 0; computed as one division of integers, exactly as in Java.
  function gradeMultiple(question, response) {
    var picked = choiceSet(response);
    if (!picked || !allKnown(question.options, picked)) return 0;
    var options = question.options;
    var c = 0;
    var hits = 0;
    for (var i = 0; i < options.length; i++) {
      if (options[i].correct === true) {
        c++;
        if (picked.has(options[i].id)) hits++;
      }
    }
    var w = Math.max(options.length - c, 2);
    var misses = picked.size - hits;
    if (c === 0) return misses === 0 ? 1 : 0;
    return Math.max(0, (hits * w - misses * c) / (c * w));
  }

  // Ordering: concordant pairs / (n(n-1)/2), or all-or-nothing; 0 unless a permutation of the items.
  function gradeOrdering(question, response) {
    if (!response || !isArray(response.order) || !allStrings(response.order)) return 0;
    var items = question.items;
    var order = response.order;
    var n = items.length;
    if (order.length !== n) return 0;
    var known = new Set(items);
    var position = new Map();
    for (var i = 0; i < n; i++) {
      if (position.has(order[i]) || !known.has(order[i])) return 0;
      position.set(order[i], i);
    }
    if (question.allOrNothing === true) {
      for (var m = 0; m < n; m++) {
        if (order[m] !== items[m]) return 0;
      }
      return 1;
    }
    if (n < 2) return 1;
    var concordant = 0;
    for (var a = 0; a < n; a++) {
      for (var b = a + 1; b < n; b++) {
        if (position.get(items[a]) < position.get(items[b])) concordant++;
      }
    }
    return concordant / ((n * (n - 1)) / 2);
  }

  // Numeric: right when |x - answer| <= T + EPSILON * max(|answer|, T), with
  // T = max(absTolerance, relTolerance * |answer|). Empty (null), NaN and infinities score 0.
  function gradeNumeric(question, response) {
    if (!response || typeof response.number !== "number" || !isFinite(response.number)) return 0;
    var d = Math.abs(response.number - question.answer);
    var tolerance = Math.max(question.absTolerance, question.relTolerance * Math.abs(question.answer));
    var slack = EPSILON * Math.max(Math.abs(question.answer), tolerance);
    return d <= tolerance + slack ? 1 : 0;
  }

  // The Unicode White_Space characters, spelled out: JavaScript's \s and trim() also take U+FEFF and
  // Java's take other sets, so neither is used.
  function isSpace(code) {
    return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0 ||
      code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
      code === 0x202f || code === 0x205f || code === 0x3000;
  }

  var TRAILING = " .,;:!?";

  // NFKC, lower case, NFKC, white-space runs to one space and trimmed, trailing . , ; : ! ? removed.
  function normalizeText(text) {
    if (typeof text !== "string") return "";
    // NFKC again after lower-casing, which can undo it (Greek capitals with combining marks).
    var s = text.normalize("NFKC").toLowerCase().normalize("NFKC");
    var out = "";
    var pendingSpace = false;
    for (var i = 0; i < s.length; i++) {
      var ch = s.charAt(i);
      if (isSpace(s.charCodeAt(i))) {
        pendingSpace = out.length > 0;
      } else {
        if (pendingSpace) {
          out += " ";
          pendingSpace = false;
        }
        out += ch;
      }
    }
    var end = out.length;
    while (end > 0 && TRAILING.indexOf(out.charAt(end - 1)) >= 0) end--;
    return out.substring(0, end);
  }

  // Short answer: the normalized text equals a normalized accepted answer; empty never matches.
  function gradeShort(question, response) {
    if (!response || typeof response.text !== "string") return 0;
    var given = normalizeText(response.text);
    if (given === "") return 0;
    for (var i = 0; i < question.accepted.length; i++) {
      if (normalizeText(question.accepted[i]) === given) return 1;
    }
    return 0;
  }

  // The answers by part id of a cloze or matching response as a Map, or null when the response has none.
  function partsOf(response) {
    var parts = response && response.parts;
    if (!parts || typeof parts !== "object" || isArray(parts)) return null;
    var out = new Map();
    var keys = Object.keys(parts);
    for (var i = 0; i < keys.length; i++) {
      if (typeof parts[keys[i]] !== "string") return null;
      out.set(keys[i], parts[keys[i]]);
    }
    return out;
  }

  function onlyKnownKeys(parts, ids) {
    var known = new Set(ids);
    var ok = true;
    parts.forEach(function (value, key) {
      if (!known.has(key)) ok = false;
    });
    return ok;
  }

  var PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

  // One blank: accepted answers as short answers, or a plain decimal within the tolerance, edge included.
  function blankScore(blank, given) {
    if (typeof given !== "string") return 0;
    if (typeof blank.number !== "number") {
      var text = normalizeText(given);
      if (text === "") return 0;
      for (var i = 0; i < blank.accepted.length; i++) {
        if (normalizeText(blank.accepted[i]) === text) return 1;
      }
      return 0;
    }
    // The same white space as the normalizer, so Java's strip() and this agree.
    var start = 0;
    var end = given.length;
    while (start < end && isSpace(given.charCodeAt(start))) start++;
    while (end > start && isSpace(given.charCodeAt(end - 1))) end--;
    var s = given.substring(start, end);
    if (!PLAIN_NUMBER.test(s)) return 0;
    var value = parseFloat(s);
    if (!isFinite(value)) return 0;
    var d = Math.abs(value - blank.number);
    var slack = EPSILON * Math.max(Math.abs(blank.number), blank.tolerance);
    return d <= blank.tolerance + slack ? 1 : 0;
  }

  // Cloze: the mean of the blanks' scores; 0 when the response names a blank the question lacks.
  function gradeCloze(question, response) {
    var parts = partsOf(response);
    var ids = question.blanks.map(function (b) { return b.id; });
    if (!parts || ids.length === 0 || !onlyKnownKeys(parts, ids)) return 0;
    var sum = 0;
    for (var i = 0; i < question.blanks.length; i++) {
      var blank = question.blanks[i];
      sum += blankScore(blank, parts.has(blank.id) ? parts.get(blank.id) : undefined);
    }
    return sum / question.blanks.length;
  }

  // Matching: right pairs / pairs; 0 when the response names a left or right id the question lacks.
  function gradeMatching(question, response) {
    var parts = partsOf(response);
    var pairs = question.pairs;
    if (!parts || pairs.length === 0 || !onlyKnownKeys(parts, pairs)) return 0;
    var rights = new Set(pairs.concat(question.distractors));
    var known = true;
    parts.forEach(function (value) {
      if (!rights.has(value)) known = false;
    });
    if (!known) return 0;
    var right = 0;
    for (var i = 0; i < pairs.length; i++) {
      if (parts.get(pairs[i]) === pairs[i]) right++;
    }
    return right / pairs.length;
  }

  var GRADERS = {
    "single": gradeSingle,
    "true-false": gradeSingle,
    "scenario": gradeSingle,
    "multiple": gradeMultiple,
    "ordering": gradeOrdering,
    "numeric": gradeNumeric,
    "short": gradeShort,
    "cloze": gradeCloze,
    "matching": gradeMatching
  };

  // The score (0 to 1) of one response to one question; a missing or mismatched response scores 0.
  function gradeQuestion(question, response) {
    if (!Object.prototype.hasOwnProperty.call(GRADERS, question.type)) {
      throw new Error("unknown question type: " + question.type);
    }
    return GRADERS[question.type](question, response);
  }

  function responseTo(responses, id) {
    return responses && Object.prototype.hasOwnProperty.call(responses, id) ? responses[id] : undefined;
  }

  // Misconception tags of the wrong options picked, in quiz then authored option order, each once,
  // with the questions where they were picked.
  function diagnose(quiz, responses) {
    var byTag = new Map();
    quiz.questions.forEach(function (question) {
      if (!question.options) return;
      var picked = choiceSet(responseTo(responses, question.id));
      if (!picked) return;
      question.options.forEach(function (option) {
        if (option.correct !== true && typeof option.misconception === "string" && picked.has(option.id)) {
          if (!byTag.has(option.misconception)) byTag.set(option.misconception, []);
          var ids = byTag.get(option.misconception);
          if (ids.indexOf(question.id) < 0) ids.push(question.id);
        }
      });
    });
    var out = [];
    byTag.forEach(function (ids, tag) {
      out.push({ tag: tag, questions: ids });
    });
    return out;
  }

  // Grades an attempt: score = mean of the question scores (unanswered = 0), passed = score reaches
  // the pass mark within EPSILON, scores by question id, and the diagnosis.
  function gradeQuiz(quiz, responses) {
    var scores = {};
    var sum = 0;
    quiz.questions.forEach(function (question) {
      var s = gradeQuestion(question, responseTo(responses, question.id));
      scores[question.id] = s;
      sum += s;
    });
    var n = quiz.questions.length;
    var score = n === 0 ? 0 : sum / n;
    return {
      score: score,
      passed: score >= quiz.pass - EPSILON,
      scores: scores,
      diagnosis: diagnose(quiz, responses)
    };
  }

  // The index of the first anticipated mistake of a numeric or short question that the response is,
  // or -1 (io.coursegen.quiz.Mistakes): a number within the mistake's tolerance, boundary included,
  // with the numeric slack; a text equal to it once both are normalized. A right response is never a mistake.
  function mistake(question, response) {
    var mistakes = question.mistakes;
    if (!isArray(mistakes) || gradeQuestion(question, response) >= 1) return -1;
    for (var i = 0; i < mistakes.length; i++) {
      var m = mistakes[i];
      if (typeof m.number === "number") {
        if (!response || typeof response.number !== "number" || !isFinite(response.number)) continue;
        var slack = EPSILON * Math.max(Math.abs(m.number), m.tolerance);
        if (Math.abs(response.number - m.number) <= m.tolerance + slack) return i;
      } else if (response && typeof response.text === "string") {
        var given = normalizeText(response.text);
        if (given !== "" && given === normalizeText(m.text)) return i;
      }
    }
    return -1;
  }

  // 32-bit FNV-1a over the UTF-16 code units of the seed.
  function fnv1a(seed) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h;
  }

  // mulberry32: each call returns the next unsigned 32-bit number.
  function mulberry32(seed) {
    var state = seed | 0;
    return function () {
      state = (state + 0x6d2b79f5) | 0;
      var t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (t ^ (t >>> 14)) >>> 0;
    };
  }

  // A copy of the list in the order given by the seed; elements with fixed === true keep their index.
  // Fisher-Yates over the movable elements with j = r mod (i + 1), as in Java's Shuffle.
  function shuffle(seed, list) {
    var movable = [];
    var moving = [];
    for (var i = 0; i < list.length; i++) {
      if (!(list[i] && list[i].fixed === true)) {
        movable.push(i);
        moving.push(list[i]);
      }
    }
    var next = mulberry32(fnv1a(String(seed)));
    for (var k = moving.length - 1; k > 0; k--) {
      var j = next() % (k + 1);
      var t = moving[k];
      moving[k] = moving[j];
      moving[j] = t;
    }
    var out = list.slice();
    for (var m = 0; m < movable.length; m++) out[movable[m]] = moving[m];
    return out;
  }

  // A score as a whole percentage (ScorePercent in Java): rounded to the nearest, a partly right score
  // never 0 or 100, and with a pass mark given, a score below it never shown at it or above.
  var SLACK = 1e-6;
  function passMark(pass) {
    return Math.floor(pass * 100 + 0.5 + SLACK);
  }
  function percent(score, pass) {
    var r = Math.floor(score * 100 + 0.5 + SLACK);
    if (score < 1 - EPSILON) r = Math.min(r, 99);
    if (score > EPSILON) r = Math.max(r, 1);
    r = Math.max(0, Math.min(100, r));
    if (typeof pass === "number" && score < pass - EPSILON) r = Math.max(0, Math.min(r, passMark(pass) - 1));
    return r;
  }

  window.CoursegenGrading = Object.freeze({
    EPSILON: EPSILON,
    percent: percent,
    passMark: passMark,
    gradeQuestion: gradeQuestion,
    gradeQuiz: gradeQuiz,
    mistake: mistake,
    shuffle: shuffle,
    normalizeText: normalizeText
  });
})();
