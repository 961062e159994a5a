// The LMS run-time of a SCORM package: the page every SCO launches (lms/launch.html?sco=ID). It finds the
// LMS's API (SCORM 1.2 `API`, 2004 `API_1484_11`) by the standard discovery: this window's parents, then the
// opener's. Without one it forwards to the site itself, which then works as anywhere. With one it holds the
// launch's single session: initialise once, restore the learner's progress from suspend_data into the
// site's store and open the bookmarked page in its frame; then report status, score, one interaction per
// checked question, session time, the bookmark and the progress, commit when a quiz is completed and when
// the page is hidden, and finish once. The site's pages carry no LMS code: this page reads the store
// (progress.js) and listens for the quiz widget's `coursegen:quiz-check` events in its frame.
// Config: window.CoursegenLmsConfig (config.js); logic: window.CoursegenLmsLogic (lms-logic.js).
(function () {
  "use strict";

  var config = window.CoursegenLmsConfig;
  var logic = window.CoursegenLmsLogic;
  var frame = document.querySelector("[data-cg~=lms-frame]");
  if (!config || !logic || !frame) return;
  var v12 = config.standard === "1.2";
  var scoId = new URLSearchParams(window.location.search).get("sco") || Object.keys(config.scos)[0];
  var sco = Object.prototype.hasOwnProperty.call(config.scos, scoId) ? config.scos[scoId] : config.scos[Object.keys(config.scos)[0]];
  var KEY = "coursegen:" + config.course + ":v1";
  var LEARNER_KEY = "coursegen:" + config.course + ":lms-learner";

  // ---- Discovery ---------------------------------------------------------------------------------

  function findIn(win, name) {
    // A parent of another origin throws on access: the walk ends there.
    for (var tries = 0; win && tries < 500; tries++) {
      try {
        if (win[name]) return win[name];
      } catch (e) {
        return null;
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function findApi(name) {
    var api = findIn(window.parent !== window ? window.parent : null, name) || findIn(window, name);
    if (!api && window.opener) api = findIn(window.opener, name);
    return api;
  }

  var api = findApi(v12 ? "API" : "API_1484_11");
  if (!api) {
    // No LMS: the package is the site.
    window.location.replace("../" + sco.start);
    return;
  }

  var call = v12 ? {
    init: function () { return api.LMSInitialize(""); },
    get: function (k) { return api.LMSGetValue(k); },
    set: function (k, v) { return api.LMSSetValue(k, v); },
    commit: function () { return api.LMSCommit(""); },
    finish: function () { return api.LMSFinish(""); }
  } : {
    init: function () { return api.Initialize(""); },
    get: function (k) { return api.GetValue(k); },
    set: function (k, v) { return api.SetValue(k, v); },
    commit: function () { return api.Commit(""); },
    finish: function () { return api.Terminate(""); }
  };
  var E = v12 ? {
    location: "cmi.core.lesson_location", learner: "cmi.core.student_id",
    exit: "cmi.core.exit", session: "cmi.core.session_time", learnerResponse: "student_response", time: "time"
  } : {
    location: "cmi.location", learner: "cmi.learner_id",
    exit: "cmi.exit", session: "cmi.session_time", learnerResponse: "learner_response", time: "timestamp"
  };

  var started = Date.now();
  var open = String(call.init()) === "true";
  var finished = false;
  if (!open) {
    window.location.replace("../" + sco.start);
    return;
  }

  // ---- Restoring -----------------------------------------------------------------------------------

  var storage = null;
  try {
    storage = window.localStorage;
    storage.getItem(KEY);
  } catch (e) {
    storage = null;
  }
  var saved = logic.readSuspend(String(call.get("cmi.suspend_data") || ""), config.lessons);
  var learner = String(call.get(E.learner) || "");
  var state = restore(saved);

  // The LMS's record is the learner's: what this browser holds for someone else is put aside first.
  function restore(fromLms) {
    var local = null;
    if (storage !== null) {
      try {
        if (storage.getItem(LEARNER_KEY) === learner) local = JSON.parse(storage.getItem(KEY));
      } catch (e) {
        local = null;
      }
    }
    var merged = fromLms;
    if (fromLms !== null && local !== null && typeof local === "object" && local.version === 1 && Object.keys(config.scos).length > 1) {
      // One SCO per module: each SCO's record is authoritative only for its own lessons and quizzes; the rest
      // may be newer here, saved by another module's SCO.
      merged = local;
      sco.lessons.forEach(function (k) {
        if (fromLms.lessons[k] === true) merged.lessons[k] = true;
      });
      sco.quizzes.forEach(function (q) {
        if (fromLms.quizzes[q.id]) merged.quizzes[q.id] = fromLms.quizzes[q.id];
      });
      ["exercises", "widgets"].forEach(function (section) {
        merged[section] = merged[section] || {};
        Object.keys(fromLms[section]).forEach(function (id) {
          if (!Object.prototype.hasOwnProperty.call(merged[section], id)) merged[section][id] = fromLms[section][id];
        });
      });
    } else if (fromLms === null) {
      merged = local;
    }
    if (storage !== null) {
      try {
        if (merged !== null) storage.setItem(KEY, JSON.stringify(merged));
        else storage.removeItem(KEY);
        storage.setItem(LEARNER_KEY, learner);
      } catch (e) {
        // Full or refused: the frame's store then starts in memory, and is given the record once loaded.
      }
    }
    return merged;
  }

  // ---- The site in the frame ---------------------------------------------------------------------------

  // The bookmark is only ever a page of the site that this run-time wrote; LMSs differ in what cmi.entry says on
  // a relaunch (some leave it empty), so a bookmark that is there is used.
  var bookmark = String(call.get(E.location) || "");
  var first = !/^[A-Za-z0-9._~\/-]+\.html$/.test(bookmark) || bookmark.indexOf("..") >= 0 ? sco.start : bookmark;
  frame.addEventListener("load", onFrameLoad);
  frame.src = "../" + first;

  var questionStarts = {};
  var interactions = {};
  var nextInteraction = Number(call.get("cmi.interactions._count")) || 0;

  function siteWindow() {
    try {
      var w = frame.contentWindow;
      return w && w.document ? w : null;
    } catch (e) {
      return null; // a page of another host opened in the frame
    }
  }

  function onFrameLoad() {
    var w = siteWindow();
    if (w === null) return;
    var page = pagePath(w.location.href);
    var store = w.CoursegenProgress;
    // A store that cannot persist did not see the restored record: give it the one this page holds.
    if (store && !store.persistent() && state !== null) store.replace(state);
    if (page !== null) {
      call.set(E.location, page);
      bookmark = page;
    }
    w.addEventListener("coursegen:quiz-check", onQuizCheck);
    w.addEventListener("input", onAnswering, true);
    w.addEventListener("change", onAnswering, true);
    w.addEventListener("pagehide", function () {
      readState(w);
      report(false);
    });
    readState(w);
    report(false);
  }

  // The page's path in the site, as the bookmark: the frame's URL relative to the site root.
  function pagePath(href) {
    var root = new URL("../", window.location.href).href;
    var clean = href.split("#")[0].split("?")[0];
    if (clean.indexOf(root) !== 0) return null;
    var path = clean.slice(root.length);
    return path === "" ? "index.html" : path.length <= (v12 ? 255 : 1000) ? path : null;
  }

  function readState(w) {
    var store = w && w.CoursegenProgress;
    if (store) {
      state = store.snapshot();
      return;
    }
    if (storage !== null) {
      try {
        var value = JSON.parse(storage.getItem(KEY));
        if (value && typeof value === "object") state = value;
      } catch (e) {
        // Keep what was read last.
      }
    }
  }

  // When the learner first touches a question: the start of its latency.
  function onAnswering(event) {
    var li = event.target && event.target.closest ? event.target.closest("li[data-question]") : null;
    var quiz = li ? li.closest("[data-quiz]") : null;
    if (!li) return;
    var key = (quiz ? quiz.getAttribute("data-quiz") : "") + "/" + li.getAttribute("data-question");
    if (!Object.prototype.hasOwnProperty.call(questionStarts, key)) questionStarts[key] = Date.now();
  }

  function onQuizCheck(event) {
    var d = event.detail;
    if (!d || !d.question) return;
    var key = d.quiz + "/" + d.question.id;
    var now = new Date();
    var since = Object.prototype.hasOwnProperty.call(questionStarts, key) ? questionStarts[key] : started;
    delete questionStarts[key];
    var id = v12 ? d.quiz + "." + d.question.id : "urn:coursegen:" + config.course + ":" + d.quiz + ":" + d.question.id;
    var x = logic.interaction(config.standard, id, d.question, d.response, d.score);
    if (x !== null) {
      // Answered again in this session: the same entry is written over; each launch journals its own.
      if (!Object.prototype.hasOwnProperty.call(interactions, key)) interactions[key] = nextInteraction++;
      var p = "cmi.interactions." + interactions[key] + ".";
      call.set(p + "id", x.id);
      call.set(p + "type", x.type);
      call.set(p + E.time, v12 ? logic.time12(now) : logic.timestamp2004(now));
      call.set(p + "correct_responses.0.pattern", x.correct);
      call.set(p + E.learnerResponse, x.learner);
      call.set(p + "result", x.result);
      call.set(p + "latency", v12 ? logic.timespan12(now - since) : logic.duration2004(now - since));
    }
    readState(siteWindow());
    report(d.complete === true);
  }

  // ---- Reporting -------------------------------------------------------------------------------------

  function report(commit) {
    if (finished) return;
    var progress = state || { lessons: {}, quizzes: {} };
    var st = logic.status(sco, progress, config.lessonsShare, config.mastery);
    logic.statusValues(config.standard, st).forEach(function (value) { call.set(value[0], value[1]); });
    if (state !== null) call.set("cmi.suspend_data", logic.fitSuspend(state, config.lessons, config.suspendLimit).text);
    call.set(E.exit, "suspend");
    if (commit) call.commit();
  }

  function finish() {
    if (finished) return;
    readState(siteWindow());
    report(false);
    var ms = Date.now() - started;
    call.set(E.session, v12 ? logic.timespan12(ms) : logic.duration2004(ms));
    call.commit();
    finished = true;
    call.finish();
  }

  window.addEventListener("pagehide", finish);
  // The tab going to the background may be the last moment a phone gives the page: save then too.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && !finished) {
      readState(siteWindow());
      report(true);
    }
  });
})();
