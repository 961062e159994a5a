// The LMS run-time's pure logic, no DOM and no LMS calls: what an SCO's status and score are (the same rules
// as lms/ScoStatus.java, held to it by the shared vectors' `status` cases), how a quiz
// answer becomes a SCORM interaction, SCORM's time formats, and the learner's progress packed into
// suspend_data (compressed, and fitted to the standard's limit by dropping the least needed data first).
// launch.js does the talking; this file is what the shared vectors (src/test/resources/io/coursegen/lms/)
// hold to account in Chromium. A classic script: window.CoursegenLmsLogic.
(function () {
  "use strict";

  function own(o, k) {
    return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k);
  }

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  // ---- Status and score --------------------------------------------------------------------------

  // The best score (0 to 1) the progress record holds for quiz `id`, or null.
  function best(progress, id) {
    var q = isObject(progress.quizzes) ? progress.quizzes[id] : null;
    return isObject(q) && typeof q.best === "number" && q.best >= 0 && q.best <= 1 ? q.best : null;
  }

  // What an SCO reports for a progress record (progress.js's shape): lessons read of its lessons, whether it is
  // completed (that share of them read, and its pass quiz passed at the quiz's own mark), its score (the mean
  // of its quizzes' best scores, each weighted, an unattempted quiz counting 0; null before any is attempted)
  // and success against the mastery share ("unknown" without a mastery or a score).
  function status(sco, progress, lessonsShare, mastery) {
    var lessons = isObject(progress.lessons) ? progress.lessons : {};
    var read = sco.lessons.filter(function (k) { return lessons[k] === true; }).length;
    var total = sco.lessons.length;
    // The share asked for, as a count of lessons; 1e-9 so that 0.8 of 10 needs 8, not 9 through rounding.
    var needed = Math.ceil(lessonsShare * total - 1e-9);
    var quizPassed = sco.passQuiz === null || (best(progress, sco.passQuiz.id) !== null &&
      best(progress, sco.passQuiz.id) >= sco.passQuiz.pass);
    var score = null;
    var attempted = sco.quizzes.some(function (q) { return best(progress, q.id) !== null; });
    if (attempted) {
      var sum = 0;
      var weights = 0;
      sco.quizzes.forEach(function (q) {
        var b = best(progress, q.id);
        sum += q.weight * (b === null ? 0 : b);
        weights += q.weight;
      });
      score = sum / weights;
    }
    var success = mastery === null || score === null ? "unknown" : score >= mastery - 1e-9 ? "passed" : "failed";
    return {
      read: read,
      total: total,
      progress: total === 0 ? 1 : read / total,
      completed: read >= needed && quizPassed,
      score: score,
      success: success
    };
  }

  // SCORM 1.2 has one cmi.core.lesson_status for both.
  function lessonStatus(st) {
    if (!st.completed) return "incomplete";
    if (st.success === "passed") return "passed";
    if (st.success === "failed") return "failed";
    return "completed";
  }

  // A score from 0 to 1 as cmi score.raw (0 to 100, at most 2 decimals) and score.scaled (at most 4 decimals).
  function raw(score) {
    return String(Math.round(score * 10000) / 100);
  }

  function scaled(score) {
    return String(Math.round(score * 10000) / 10000);
  }

  // The status and score values an SCO sets for `st` (status()'s result) in SCORM `standard` ("1.2" or "2004"),
  // in the order they are set, as [element, value] pairs: 1.2's lesson status, or 2004's completion and success
  // status and progress measure; then, once there is a score, its min, max, raw and (2004) scaled values.
  function statusValues(standard, st) {
    var v12 = standard === "1.2";
    var values = v12 ? [["cmi.core.lesson_status", lessonStatus(st)]] : [
      ["cmi.completion_status", st.completed ? "completed" : "incomplete"],
      ["cmi.success_status", st.success],
      ["cmi.progress_measure", scaled(st.progress)]
    ];
    if (st.score !== null) {
      var p = v12 ? "cmi.core.score." : "cmi.score.";
      values.push([p + "min", "0"], [p + "max", "100"], [p + "raw", raw(st.score)]);
      if (!v12) values.push(["cmi.score.scaled", scaled(st.score)]);
    }
    return values;
  }

  // ---- Interactions ------------------------------------------------------------------------------

  // Per question type of the quiz widget (QuestionKinds.ALL; LmsInteractions_TotalityTest keeps this table
  // total): the SCORM interaction type, the learner's response and the correct one as lists of parts.
  var INTERACTIONS = {
    single: choice,
    multiple: choice,
    scenario: choice,
    "true-false": function (q, r) {
      return { type: "true-false", learner: (r.choices || []).slice(0, 1), correct: correctOptions(q).slice(0, 1) };
    },
    ordering: function (q, r) {
      return { type: "sequencing", learner: Array.isArray(r.order) ? r.order : [], correct: q.items };
    },
    numeric: function (q, r) {
      var tolerance = Math.max(q.absTolerance || 0, Math.abs(q.answer) * (q.relTolerance || 0));
      return { type: "numeric", learner: [typeof r.number === "number" ? String(r.number) : ""],
        correct: [String(q.answer)], range: tolerance > 0 ? [String(q.answer - tolerance), String(q.answer + tolerance)] : null };
    },
    short: function (q, r) {
      return { type: "fill-in", learner: [typeof r.text === "string" ? r.text : ""], correct: (q.accepted || []).slice(0, 1) };
    },
    cloze: function (q, r) {
      var parts = isObject(r.parts) ? r.parts : {};
      return { type: "fill-in",
        learner: q.blanks.map(function (b) { return own(parts, b.id) ? String(parts[b.id]) : ""; }),
        correct: q.blanks.map(function (b) { return Array.isArray(b.accepted) ? b.accepted[0] : String(b.number); }) };
    },
    matching: function (q, r) {
      var parts = isObject(r.parts) ? r.parts : {};
      return { type: "matching", pairs: true,
        learner: q.pairs.filter(function (id) { return own(parts, id); }).map(function (id) { return [id, parts[id]]; }),
        correct: q.pairs.map(function (id) { return [id, id]; }) };
    }
  };

  function correctOptions(q) {
    return (q.options || []).filter(function (o) { return o.correct === true; }).map(function (o) { return o.id; });
  }

  function choice(q, r) {
    return { type: "choice", learner: Array.isArray(r.choices) ? r.choices : [], correct: correctOptions(q) };
  }

  // Text as one SCORM 2004 localized string: no "[,]" or "[.]" delimiters, no leading "{" (a language tag), 250
  // characters at most.
  function text2004(s) {
    return String(s).replace(/\[[,.:]\]/g, " ").replace(/^\{/, "(").slice(0, 250);
  }

  // The values of one cmi.interactions entry, in the order they are set (id and type first, as SCORM 2004
  // requires), for `standard` "1.2" or "2004": the question's client JSON, the learner's response and its score.
  function interaction(standard, id, q, response, score) {
    var make = own(INTERACTIONS, q.type) ? INTERACTIONS[q.type] : null;
    if (make === null) return null;
    var m = make(q, response || {});
    var v12 = standard === "1.2";
    var learner;
    var correct;
    if (m.pairs) {
      var dot = v12 ? "." : "[.]";
      learner = m.learner.map(function (p) { return p[0] + dot + p[1]; });
      correct = m.correct.map(function (p) { return p[0] + dot + p[1]; });
    } else if (m.type === "true-false" && v12) {
      learner = m.learner.map(function (x) { return x === "true" ? "t" : "f"; });
      correct = m.correct.map(function (x) { return x === "true" ? "t" : "f"; });
    } else if (m.type === "fill-in" && !v12) {
      learner = m.learner.map(text2004);
      correct = m.correct.map(text2004);
    } else {
      learner = m.learner;
      correct = m.correct;
    }
    var sep = v12 ? "," : "[,]";
    var correctPattern = m.type === "numeric" && !v12 && m.range ? m.range.join("[:]") : correct.join(sep);
    var result = score >= 1 ? "correct" : score <= 0 ? (v12 ? "wrong" : "incorrect") : String(Math.round(score * 100) / 100);
    var learnerText = learner.join(sep);
    if (v12) learnerText = learnerText.slice(0, 255);
    return { id: id, type: m.type, learner: learnerText, correct: correctPattern, result: result };
  }

  // ---- Time --------------------------------------------------------------------------------------

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }

  // Milliseconds as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS.
  function timespan12(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = Math.floor(cs / 100) % 60;
    return pad(Math.min(h, 9999), 4) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(cs % 100, 2);
  }

  // Milliseconds as SCORM 2004's timeinterval, PT#H#M#S with at most 2 decimals of seconds.
  function duration2004(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor(cs / 6000) % 60;
    var s = (cs % 6000) / 100;
    return "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "") + s + "S";
  }

  // A time of day as SCORM 1.2's CMITime (HH:MM:SS, local), a moment as SCORM 2004's timestamp (UTC; its
  // time zone may only follow fractional seconds, as toISOString's milliseconds are).
  function time12(date) {
    return pad(date.getHours(), 2) + ":" + pad(date.getMinutes(), 2) + ":" + pad(date.getSeconds(), 2);
  }

  function timestamp2004(date) {
    return date.toISOString();
  }

  // ---- Compression ---------------------------------------------------------------------------------

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function bitWriter() {
    var out = [];
    var acc = 0;
    var n = 0;
    return {
      write: function (value, bits) {
        for (var b = bits - 1; b >= 0; b--) {
          acc = (acc << 1) | (Math.floor(value / Math.pow(2, b)) & 1);
          if (++n === 6) {
            out.push(DIGITS.charAt(acc));
            acc = 0;
            n = 0;
          }
        }
      },
      done: function () {
        if (n > 0) out.push(DIGITS.charAt(acc << (6 - n)));
        return out.join("");
      }
    };
  }

  function bitReader(text) {
    var pos = 0;
    var acc = 0;
    var n = 0;
    return function (bits) {
      var v = 0;
      for (var b = 0; b < bits; b++) {
        if (n === 0) {
          if (pos >= text.length) throw new Error("truncated");
          acc = DIGITS.indexOf(text.charAt(pos++));
          if (acc < 0) throw new Error("not packed data");
          n = 6;
        }
        n--;
        v = v * 2 + ((acc >> n) & 1);
      }
      return v;
    };
  }

  // Bits needed to write every value from 0 to max.
  function width(max) {
    var bits = 1;
    while (Math.pow(2, bits) <= max) bits++;
    return bits;
  }

  // LZW over UTF-16 code units, packed into URL-safe base64 digits (plain ASCII, safe in any LMS's database).
  // The dictionary starts with the text's own characters, listed first (8 bits each if all are below 256, else
  // 16); code 0 ends the data; the i-th code is written in width(alphabet + i) bits, which the reader knows too.
  function compress(text) {
    var seen = {};
    var alphabet = [];
    for (var k = 0; k < text.length; k++) {
      var ch = text.charAt(k);
      if (!own(seen, ch)) {
        seen[ch] = true;
        alphabet.push(ch);
      }
    }
    alphabet.sort();
    var narrow = alphabet.every(function (c) { return c.charCodeAt(0) < 256; });
    var w = bitWriter();
    w.write(alphabet.length, 17);
    w.write(narrow ? 1 : 0, 1);
    var dict = new Map();
    alphabet.forEach(function (c, i) {
      w.write(c.charCodeAt(0), narrow ? 8 : 16);
      dict.set(c, i + 1);
    });
    var next = alphabet.length + 1;
    var index = 0;
    var phrase = "";
    for (var j = 0; j < text.length; j++) {
      var c = text.charAt(j);
      var longer = phrase + c;
      if (dict.has(longer)) {
        phrase = longer;
      } else {
        w.write(dict.get(phrase), width(alphabet.length + index++));
        dict.set(longer, next++);
        phrase = c;
      }
    }
    if (phrase !== "") w.write(dict.get(phrase), width(alphabet.length + index++));
    w.write(0, width(alphabet.length + index));
    return w.done();
  }

  // The text compress() packed; throws on anything it did not make.
  function decompress(packed) {
    var read = bitReader(packed);
    var size = read(17);
    var narrow = read(1) === 1;
    var entries = [null];
    for (var k = 0; k < size; k++) entries.push(String.fromCharCode(read(narrow ? 8 : 16)));
    var out = [];
    var prev = null;
    for (var i = 0; ; i++) {
      var code = read(width(size + i));
      if (code === 0) break;
      var entry;
      if (code < entries.length) entry = entries[code];
      else if (code === entries.length && prev !== null) entry = prev + prev.charAt(0);
      else throw new Error("bad code");
      out.push(entry);
      if (prev !== null) entries.push(prev + entry.charAt(0));
      prev = entry;
    }
    return out.join("");
  }

  // ---- suspend_data ----------------------------------------------------------------------------------

  var PREFIX = "cg1:";

  // Which lessons are read, as one bit per lesson of `lessons` (the course's order), in base64 digits.
  function lessonBits(progress, lessons) {
    var w = bitWriter();
    var read = isObject(progress.lessons) ? progress.lessons : {};
    lessons.forEach(function (key) { w.write(read[key] === true ? 1 : 0, 1); });
    return w.done();
  }

  // The progress record cut into pieces, the least needed first: the attempt log's entries (oldest first;
  // insights reads them, the learner never sees them), old exercise submissions, widget states
  // (flashcard boxes, tree walks), quizzes' unfinished answers, exercise work (drafts before submitted work),
  // the learner's name, then each quiz's best score and attempts. What is left (lessons read and the shuffle
  // seed) is never dropped. Each piece removes itself from a compact copy.
  function pieces(compact) {
    var out = [];
    if (Array.isArray(compact.g)) {
      compact.g.forEach(function (entry, k) {
        out.push({ what: "log", drop: function (c) { c.g[k] = null; } });
      });
    }
    var exercises = Object.keys(compact.e);
    var histories = [];
    exercises.forEach(function (id) {
      var h = compact.e[id].history;
      if (Array.isArray(h)) h.forEach(function (entry, k) { histories.push({ id: id, k: k, at: entry.at || "" }); });
    });
    // Oldest first, across all scenarios.
    histories.sort(function (a, b) { return a.at < b.at ? -1 : a.at > b.at ? 1 : a.k - b.k; });
    histories.forEach(function (h) {
      out.push({ what: "history", drop: function (c) { c.e[h.id].history[h.k] = null; } });
    });
    Object.keys(compact.w).forEach(function (key) {
      out.push({ what: "widget", drop: function (c) { delete c.w[key]; } });
    });
    Object.keys(compact.q).forEach(function (id) {
      if (compact.q[id].length > 2) out.push({ what: "answers", drop: function (c) { c.q[id] = c.q[id].slice(0, 2); } });
    });
    var drafts = exercises.filter(function (id) { return !isObject(compact.e[id].submitted); });
    var submitted = exercises.filter(function (id) { return isObject(compact.e[id].submitted); });
    drafts.concat(submitted).forEach(function (id) {
      out.push({ what: "exercise", drop: function (c) { delete c.e[id]; } });
    });
    if (own(compact, "n")) out.push({ what: "name", drop: function (c) { delete c.n; } });
    Object.keys(compact.q).reverse().forEach(function (id) {
      out.push({ what: "quiz", drop: function (c) { delete c.q[id]; } });
    });
    return out;
  }

  function compactOf(progress, lessons) {
    var c = { s: typeof progress.seed === "string" ? progress.seed : "", l: lessonBits(progress, lessons), q: {}, e: {}, w: {} };
    Object.keys(isObject(progress.quizzes) ? progress.quizzes : {}).sort().forEach(function (id) {
      var q = progress.quizzes[id];
      if (!isObject(q)) return;
      var entry = [typeof q.best === "number" ? q.best : null, typeof q.attempts === "number" ? q.attempts : 0];
      var answered = isObject(q.responses) && Object.keys(q.responses).length > 0;
      if (answered || (Array.isArray(q.checked) && q.checked.length > 0)) entry.push(q.responses, q.checked);
      c.q[id] = entry;
    });
    Object.keys(isObject(progress.exercises) ? progress.exercises : {}).sort().forEach(function (id) {
      if (isObject(progress.exercises[id])) c.e[id] = JSON.parse(JSON.stringify(progress.exercises[id]));
    });
    Object.keys(isObject(progress.widgets) ? progress.widgets : {}).sort().forEach(function (key) {
      c.w[key] = progress.widgets[key];
    });
    if (isObject(progress.learner) && typeof progress.learner.name === "string") c.n = progress.learner.name;
    if (Array.isArray(progress.log) && progress.log.length > 0) c.g = progress.log.slice();
    return c;
  }

  function packed(compact) {
    // Dropped history entries are marked null while dropping, so the others keep their indexes; leave them out.
    var copy = JSON.parse(JSON.stringify(compact));
    if (Array.isArray(copy.g)) copy.g = copy.g.filter(function (entry) { return entry !== null; });
    Object.keys(copy.e).forEach(function (id) {
      if (Array.isArray(copy.e[id].history)) copy.e[id].history = copy.e[id].history.filter(function (h) { return h !== null; });
    });
    return PREFIX + compress(JSON.stringify(copy));
  }

  function withDropped(compact, list, count) {
    var c = JSON.parse(JSON.stringify(compact));
    for (var i = 0; i < count; i++) list[i].drop(c);
    return c;
  }

  // The progress record as suspend_data of at most `limit` characters: {text, dropped: {what: count}}. The
  // fewest pieces are dropped (searched by halving: fitting is checked on the packed text itself, so the text
  // never exceeds the limit); if even lessons and seed do not fit, the text is empty.
  function fitSuspend(progress, lessons, limit) {
    var compact = compactOf(progress, lessons);
    var list = pieces(compact);
    var text = packed(compact);
    var count = 0;
    if (text.length > limit) {
      var lo = 1;
      var hi = list.length;
      var fits = null;
      while (lo <= hi) {
        var mid = Math.floor((lo + hi) / 2);
        var t = packed(withDropped(compact, list, mid));
        if (t.length <= limit) {
          fits = { count: mid, text: t };
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      if (fits === null) {
        count = list.length;
        text = "";
      } else {
        count = fits.count;
        text = fits.text;
      }
    }
    var dropped = {};
    for (var i = 0; i < count; i++) dropped[list[i].what] = (dropped[list[i].what] || 0) + 1;
    return { text: text, dropped: dropped, lessonsKept: text !== "" };
  }

  // The progress record suspend_data holds (progress.js's shape, version 1), or null if it is not ours.
  function readSuspend(text, lessons) {
    if (typeof text !== "string" || text.indexOf(PREFIX) !== 0) return null;
    var c;
    try {
      c = JSON.parse(decompress(text.slice(PREFIX.length)));
    } catch (e) {
      return null;
    }
    if (!isObject(c) || typeof c.s !== "string" || typeof c.l !== "string") return null;
    var progress = { version: 1, seed: c.s, quizzes: {}, lessons: {}, exercises: {}, widgets: {} };
    try {
      var read = bitReader(c.l);
      for (var k = 0; k < lessons.length && k < c.l.length * 6; k++) if (read(1) === 1) progress.lessons[lessons[k]] = true;
    } catch (e) {
      return null;
    }
    Object.keys(isObject(c.q) ? c.q : {}).forEach(function (id) {
      var q = c.q[id];
      if (!Array.isArray(q)) return;
      progress.quizzes[id] = { responses: isObject(q[2]) ? q[2] : {}, checked: Array.isArray(q[3]) ? q[3] : [],
        best: typeof q[0] === "number" ? q[0] : null, attempts: typeof q[1] === "number" ? q[1] : 0 };
    });
    Object.keys(isObject(c.e) ? c.e : {}).forEach(function (id) { if (isObject(c.e[id])) progress.exercises[id] = c.e[id]; });
    Object.keys(isObject(c.w) ? c.w : {}).forEach(function (key) { progress.widgets[key] = c.w[key]; });
    if (typeof c.n === "string") progress.learner = { name: c.n };
    if (Array.isArray(c.g)) progress.log = c.g;
    return progress;
  }

  window.CoursegenLmsLogic = Object.freeze({
    status: status,
    lessonStatus: lessonStatus,
    statusValues: statusValues,
    raw: raw,
    scaled: scaled,
    interaction: interaction,
    interactionTypes: Object.keys(INTERACTIONS),
    timespan12: timespan12,
    duration2004: duration2004,
    time12: time12,
    timestamp2004: timestamp2004,
    compress: compress,
    decompress: decompress,
    fitSuspend: fitSuspend,
    readSuspend: readSuspend
  });
})();
