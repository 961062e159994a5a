// The learner's progress store, shared by every widget of the site (quizzes, exercises, lessons read,
// the progress page). One JSON value in localStorage under one key per course:
//
//   coursegen:<course>:v1  ->  {"version": 1, "seed": "...",
//     "quizzes":   {"<quiz id>": {"responses": {...}, "checked": [...], "best": 0.8, "attempts": 2, "tries": {...}}},
//     "lessons":   {"<module>/<lesson>": true},
//     "exercises": {"<scenario id>": {"choice", "text", "submitted": {"choice", "text"} | null,
//                   "editing", "ticked": [...], "selfChecked", "hints", "submissions",
//                   "history": [{"choice", "text", "at": ISO time, "hints"}]  (the last HISTORY_MAX submissions)}},
//     "learner":   {"name": "..."}  (optional: the name on hand-ins; "" when the learner chose to give none),
//     "widgets":   {"<widget kind>/<item id>": any JSON value the widget keeps (a deck's Leitner boxes...)},
//     "log":       [{"quiz", "question", "version", "attempt", "response", "score", "ms", "misconceptions", "at"}]
//                  (the attempt log: every check of a question, the last LOG_MAX kept, oldest dropped first)}
//
// <course> is the data-course attribute of <html>, so two courses on one origin never share a key.
// A value that is not JSON, of another version, of the wrong shape or over MAX_CHARS characters is
// replaced by a fresh one, with a notice; storage that throws (turned off, quota) leaves everything
// working in memory for as long as the page is open, with a notice. Notices appear once per page at
// the top of <main>, as text. A classic deferred script: window.CoursegenProgress.
(function () {
  "use strict";

  var VERSION = 1;
  // About 2 MB of UTF-16: far above what a learner writes, far below the usual 5 MB origin quota.
  var MAX_CHARS = 1000000;
  // Submissions kept per scenario, oldest dropped first: 20 of at most 5,000 characters stay well under MAX_CHARS.
  var HISTORY_MAX = 20;
  // Characters kept of the learner's name.
  var NAME_MAX = 100;
  // Attempt log entries kept, oldest dropped first: a few hundred characters each, so at most about
  // 300,000 characters, well under MAX_CHARS with room for the rest.
  var LOG_MAX = 1000;
  // Characters of a response's JSON kept in the log; a longer one (a long short answer) is kept as null.
  var LOG_RESPONSE_MAX = 2000;
  var course = document.documentElement.getAttribute("data-course") || "course";
  var KEY = "coursegen:" + course + ":v1";
  var NOTICES = {
    reset: window.CoursegenI18n.t("storage.reset"),
    huge: window.CoursegenI18n.t("storage.huge"),
    unavailable: window.CoursegenI18n.t("storage.unavailable")
  };
  var SECTIONS = ["quizzes", "lessons", "exercises", "widgets"];

  var storage = null;
  var data = null;
  var touched = { quizzes: {}, lessons: {}, exercises: {}, widgets: {} };
  var learnerTouched = false;
  var pendingLog = [];
  var replaced = false;
  var shown = {};
  var replaceListeners = [];
  var isNew = false;

  var unreadable = false;
  try {
    storage = window.localStorage;
    var raw = storage.getItem(KEY);
    if (raw !== null) {
      if (raw.length > MAX_CHARS) notice("huge");
      else data = read(raw);
      unreadable = data === null;
      if (unreadable && raw.length <= MAX_CHARS) notice("reset");
    }
    // A write on every load finds a full or read-only storage now, not when the learner's first answer is lost.
    storage.setItem(KEY + ":probe", "1");
    storage.removeItem(KEY + ":probe");
  } catch (e) {
    storage = null;
    notice("unavailable");
  }
  if (data === null) {
    data = fresh();
    isNew = true;
  }
  // A bad value is replaced at once, so the learner sees its notice on one page only.
  if (unreadable) save();

  function fresh() {
    return { version: VERSION, seed: randomSeed(), quizzes: {}, lessons: {}, exercises: {}, widgets: {}, log: [] };
  }

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function own(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }

  // Why a parsed value cannot be our progress, or null when it can.
  function problem(value) {
    if (!isObject(value)) return "it is not a progress record";
    if (value.version !== VERSION) return "it is of version " + JSON.stringify(value.version) + ", not " + VERSION;
    if (typeof value.seed !== "string" || value.seed === "" || value.seed.length > 64) return "its seed is missing";
    if (!isObject(value.quizzes)) return "its quizzes are missing";
    for (var i = 1; i < SECTIONS.length; i++) {
      if (own(value, SECTIONS[i]) && !isObject(value[SECTIONS[i]])) return "its " + SECTIONS[i] + " are not a record";
    }
    return null;
  }

  function read(raw) {
    if (typeof raw !== "string" || raw.length > MAX_CHARS) return null;
    var value;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      return null;
    }
    if (problem(value) !== null) return null;
    if (!own(value, "lessons")) value.lessons = {};
    if (!own(value, "exercises")) value.exercises = {};
    if (!own(value, "widgets")) value.widgets = {};
    value.log = Array.isArray(value.log) ? value.log.map(logEntry).filter(function (e) { return e !== null; }).slice(-LOG_MAX) : [];
    if (own(value, "learner") && !(isObject(value.learner) && typeof value.learner.name === "string")) delete value.learner;
    else if (own(value, "learner")) value.learner = { name: value.learner.name.slice(0, NAME_MAX) };
    return value;
  }

  function shortText(v, max) {
    return typeof v === "string" && v.length <= max ? v : null;
  }

  // A log entry with every field of the right type, or null when it cannot be one (then it is dropped).
  function logEntry(e) {
    if (!isObject(e)) return null;
    var quiz = shortText(e.quiz, 200);
    var question = shortText(e.question, 200);
    if (quiz === null || question === null) return null;
    if (typeof e.attempt !== "number" || !(e.attempt >= 1 && e.attempt < 1000000)) return null;
    if (typeof e.score !== "number" || !(e.score >= 0 && e.score <= 1)) return null;
    var response = null;
    if (e.response !== undefined && e.response !== null) {
      var json = JSON.stringify(e.response);
      if (typeof json === "string" && json.length <= LOG_RESPONSE_MAX) response = JSON.parse(json);
    }
    var misconceptions = Array.isArray(e.misconceptions)
      ? e.misconceptions.filter(function (m) { return typeof m === "string" && m.length <= 200; }).slice(0, 20) : [];
    return {
      quiz: quiz, question: question, version: shortText(e.version, 64) || "", attempt: Math.floor(e.attempt),
      response: response, score: e.score,
      ms: typeof e.ms === "number" && e.ms >= 0 && e.ms < 1e10 ? Math.floor(e.ms) : 0,
      misconceptions: misconceptions, at: shortText(e.at, 40)
    };
  }

  // Adds a check of a question to the attempt log (see logEntry for the fields); saved with the rest.
  function logAttempt(entry, at) {
    var e = logEntry(Object.assign({}, entry, { at: (at || new Date()).toISOString() }));
    if (e === null) return false;
    data.log.push(e);
    if (data.log.length > LOG_MAX) data.log.splice(0, data.log.length - LOG_MAX);
    pendingLog.push(e);
    save();
    return true;
  }

  function randomSeed() {
    var words = new Uint32Array(2);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(words);
    else words[0] = Math.floor(Math.random() * 4294967296);
    return words[0].toString(16) + words[1].toString(16);
  }

  function notice(kind) {
    if (shown[kind]) return;
    shown[kind] = true;
    var show = function () {
      // By data-cg hooks, as every script finds its elements (dom.js): a lesson's raw HTML may use these classes.
      var main = document.querySelector("[data-cg~=main]") || document.body;
      var box = document.querySelector("[data-cg~=progress-notice]");
      if (!box) {
        box = document.createElement("div");
        box.className = "progress-notice";
        box.setAttribute("data-cg", "progress-notice");
        box.setAttribute("role", "status");
        main.insertBefore(box, main.firstChild);
      }
      var p = document.createElement("p");
      p.textContent = NOTICES[kind];
      box.appendChild(p);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
    else show();
  }

  function save() {
    if (storage === null) return;
    try {
      // Another tab may have saved since this page loaded: keep its work, replacing only what this page touched.
      var latest = replaced ? null : read(storage.getItem(KEY));
      if (latest !== null && latest.seed === data.seed) {
        SECTIONS.forEach(function (section) {
          Object.keys(touched[section]).forEach(function (id) {
            if (own(data[section], id)) latest[section][id] = data[section][id];
            else delete latest[section][id];
          });
        });
        if (learnerTouched) {
          if (own(data, "learner")) latest.learner = data.learner;
          else delete latest.learner;
        }
        // The log only grows: this page's new entries go after what other tabs logged.
        latest.log = latest.log.concat(pendingLog).slice(-LOG_MAX);
        data = latest;
      }
      pendingLog = [];
      replaced = false;
      var text = JSON.stringify(data);
      if (text.length > MAX_CHARS) throw new Error("progress too large");
      storage.setItem(KEY, text);
    } catch (e) {
      storage = null;
      notice("unavailable");
    }
  }

  function record(section, id) {
    touched[section][id] = true;
    return own(data[section], id) ? data[section][id] : undefined;
  }

  function peek(section, id) {
    return own(data[section], id) ? data[section][id] : undefined;
  }

  function quiz(id) {
    var r = record("quizzes", id);
    if (!isObject(r) || !isObject(r.responses) || !Array.isArray(r.checked)) {
      r = { responses: {}, checked: [], best: null, attempts: 0 };
      data.quizzes[id] = r;
    }
    if (typeof r.best !== "number" || !(r.best >= 0 && r.best <= 1)) r.best = null;
    if (typeof r.attempts !== "number" || !(r.attempts >= 0)) r.attempts = 0;
    return r;
  }

  function text(v) {
    return typeof v === "string" ? v : "";
  }

  // An exercise record with every field of the right type; stray values are dropped, never shown.
  function exercise(id) {
    var r = record("exercises", id);
    if (!isObject(r)) r = {};
    var submitted = isObject(r.submitted) && typeof r.submitted.choice === "string" && typeof r.submitted.text === "string"
      ? { choice: r.submitted.choice, text: r.submitted.text } : null;
    var history = Array.isArray(r.history) ? r.history.filter(function (h) {
      return isObject(h) && typeof h.choice === "string" && typeof h.text === "string";
    }).slice(-HISTORY_MAX).map(function (h) {
      return { choice: h.choice, text: h.text, at: typeof h.at === "string" && h.at.length <= 40 ? h.at : null,
        hints: typeof h.hints === "number" && h.hints >= 0 && h.hints < 1000 ? Math.floor(h.hints) : 0 };
    }) : [];
    var clean = {
      choice: text(r.choice),
      text: text(r.text),
      submitted: submitted,
      editing: submitted !== null && r.editing === true,
      ticked: Array.isArray(r.ticked) ? r.ticked.filter(function (t) { return typeof t === "string"; }) : [],
      selfChecked: submitted !== null && r.selfChecked === true,
      hints: typeof r.hints === "number" && r.hints >= 0 && r.hints < 1000 ? Math.floor(r.hints) : 0,
      submissions: typeof r.submissions === "number" && r.submissions >= 0 ? Math.floor(r.submissions) : 0,
      history: history
    };
    data.exercises[id] = clean;
    return clean;
  }

  // Records a submission of the scenario's current choice and text, at `at` (a Date), in its history.
  function addSubmission(record, at) {
    record.submitted = { choice: record.choice, text: record.text };
    record.editing = false;
    record.selfChecked = false;
    record.submissions += 1;
    record.history.push({ choice: record.choice, text: record.text, at: at.toISOString(), hints: record.hints });
    if (record.history.length > HISTORY_MAX) record.history.splice(0, record.history.length - HISTORY_MAX);
  }

  // The learner's name for hand-ins: a string ("" if they chose to give none), or null if never asked.
  function learnerName() {
    return isObject(data.learner) && typeof data.learner.name === "string" ? data.learner.name : null;
  }

  // Keeps the learner's name (trimmed, at most NAME_MAX characters); null forgets it.
  function setLearnerName(name) {
    learnerTouched = true;
    if (name === null) delete data.learner;
    else data.learner = { name: String(name).trim().slice(0, NAME_MAX) };
    save();
  }

  function exerciseDone(id) {
    var r = peek("exercises", id);
    return isObject(r) && isObject(r.submitted) && r.selfChecked === true;
  }

  function quizBest(id) {
    var r = peek("quizzes", id);
    return isObject(r) && typeof r.best === "number" && r.best >= 0 && r.best <= 1 ? r.best : null;
  }

  function quizAttempts(id) {
    var r = peek("quizzes", id);
    return isObject(r) && typeof r.attempts === "number" && r.attempts >= 0 ? Math.floor(r.attempts) : 0;
  }

  function lessonRead(key) {
    return peek("lessons", key) === true;
  }

  function setLessonRead(key, read) {
    touched.lessons[key] = true;
    if (read) data.lessons[key] = true;
    else delete data.lessons[key];
    save();
  }

  // The state a widget keeps for one of its items, for widgets without a section of their own: a copy,
  // so the caller checks it before use (it may be from an older build, or edited); undefined if none.
  function widgetState(kind, id) {
    var r = peek("widgets", kind + "/" + id);
    return r === undefined ? undefined : JSON.parse(JSON.stringify(r));
  }

  // Keeps a JSON value as the state of item `id` of widget `kind`, or forgets it (undefined or null).
  function setWidgetState(kind, id, value) {
    var key = kind + "/" + id;
    touched.widgets[key] = true;
    if (value === undefined || value === null) delete data.widgets[key];
    else data.widgets[key] = JSON.parse(JSON.stringify(value));
    save();
  }

  // Replaces everything with an imported value; null when it was taken, else why not.
  function replace(value) {
    var why = problem(value);
    if (why !== null) return why;
    var copy = read(JSON.stringify(value));
    if (copy === null) return "it is too large";
    data = copy;
    replaced = true;
    save();
    replaceListeners.forEach(function (l) { l(); });
    return null;
  }

  function reset() {
    data = fresh();
    replaced = true;
    save();
    replaceListeners.forEach(function (l) { l(); });
  }

  window.CoursegenProgress = Object.freeze({
    key: KEY,
    version: VERSION,
    maxChars: MAX_CHARS,
    course: course,
    isNew: function () { return isNew; },
    persistent: function () { return storage !== null; },
    seed: function () { return data.seed; },
    quiz: quiz,
    quizBest: quizBest,
    quizAttempts: quizAttempts,
    exercise: exercise,
    exercisePeek: function (id) { return peek("exercises", id); },
    exerciseDone: exerciseDone,
    addSubmission: addSubmission,
    historyMax: HISTORY_MAX,
    nameMax: NAME_MAX,
    learnerName: learnerName,
    setLearnerName: setLearnerName,
    lessonRead: lessonRead,
    setLessonRead: setLessonRead,
    widgetState: widgetState,
    setWidgetState: setWidgetState,
    logAttempt: logAttempt,
    attemptLog: function () { return JSON.parse(JSON.stringify(data.log)); },
    logMax: LOG_MAX,
    save: save,
    snapshot: function () { return JSON.parse(JSON.stringify(data)); },
    problem: problem,
    replace: replace,
    reset: reset,
    onReplace: function (listener) { replaceListeners.push(listener); }
  });
})();
