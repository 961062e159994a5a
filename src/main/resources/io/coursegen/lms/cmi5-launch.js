// The cmi5 run-time of a cmi5 package: the page every AU launches (lms/cmi5.html?au=ID plus the LMS's launch
// parameters endpoint, fetch, actor, registration and activityId). Without them it forwards to the site, which
// then works as anywhere. With them it is the AU's one session: POST the fetch URL once for the auth token, read
// the LMS.LaunchData state document (contextTemplate, launchMode, moveOn, masteryScore, returnURL) and the AU's
// own state document (what this registration has already reported, the learner's progress and page), send
// initialized, then show the site in its frame; as the learner reads and answers, send each checked question as
// a cmi5 "allowed" answered statement and the cmi5 defined completed, passed or failed when the rules say they
// are due (CoursegenXapi.cmi5Due), and terminated once when the page goes away or the learner presses Exit. The
// site's pages carry no LMS code: this page reads their store (progress.js) and the quiz widget's
// coursegen:quiz-check events. Statements go through the offline queue (xapi-queue.js), in order.
// Config: window.CoursegenCmi5Config (cmi5-config.js).
(function () {
  "use strict";

  var config = window.CoursegenCmi5Config;
  var logic = window.CoursegenLmsLogic;
  var X = window.CoursegenXapi;
  var Q = window.CoursegenXapiQueue;
  var frame = document.querySelector("[data-cg~=lms-frame]");
  var exit = document.querySelector("[data-cg~=lms-exit]");
  if (!config || !logic || !X || !Q || !frame) return;
  var params = new URLSearchParams(window.location.search);
  var auIds = Object.keys(config.aus);
  var au = config.aus[Object.prototype.hasOwnProperty.call(config.aus, params.get("au")) ? params.get("au") : auIds[0]];
  var KEY = "coursegen:" + config.course + ":v1";
  var LEARNER_KEY = "coursegen:" + config.course + ":lms-learner";
  var STATE_ID = "coursegen.au-state";

  function asSite() {
    window.location.replace("../" + au.start);
  }

  var endpoint = params.get("endpoint");
  var fetchUrl = params.get("fetch");
  var registration = params.get("registration");
  var activityId = params.get("activityId");
  var actor = null;
  try {
    actor = JSON.parse(params.get("actor"));
  } catch (e) {
    actor = null;
  }
  if (!endpoint || !fetchUrl || !registration || !activityId || actor === null || typeof actor !== "object") {
    asSite();
    return;
  }
  if (endpoint.charAt(endpoint.length - 1) !== "/") endpoint += "/";

  var token = null;
  var launch = null;
  var started = 0;
  var sent = { completed: false, passed: false, judged: false };
  var terminated = false;
  var queue = null;
  var state = null;
  var page = null;

  var uuid = Q.uuid;

  function headers() {
    return { "Authorization": "Basic " + token, "X-Experience-API-Version": "1.0.3", "Content-Type": "application/json" };
  }

  function ctx() {
    return { id: uuid(), timestamp: new Date().toISOString(), actor: actor, course: config.course, language: config.language,
      cmi5: { contextTemplate: launch.contextTemplate, registration: registration, activityId: activityId } };
  }

  function stateUrl(stateId) {
    return endpoint + "activities/state?stateId=" + encodeURIComponent(stateId) + "&activityId=" + encodeURIComponent(activityId)
      + "&agent=" + encodeURIComponent(JSON.stringify(actor)) + "&registration=" + encodeURIComponent(registration);
  }

  function json(response) {
    if (response.status === 404) return null;
    if (!response.ok) throw new Error("HTTP " + response.status);
    return response.json();
  }

  // ---- The launch ------------------------------------------------------------------------------------

  window.fetch(fetchUrl, { method: "POST", credentials: "omit", cache: "no-store" }).then(json).then(function (t) {
    if (!t || typeof t["auth-token"] !== "string") throw new Error("no auth-token");
    token = t["auth-token"];
    return window.fetch(stateUrl("LMS.LaunchData"), { headers: headers(), credentials: "omit", cache: "no-store" }).then(json);
  }).then(function (data) {
    if (!data || typeof data !== "object" || typeof data.contextTemplate !== "object") throw new Error("no LMS.LaunchData");
    launch = data;
    return window.fetch(stateUrl(STATE_ID), { headers: headers(), credentials: "omit", cache: "no-store" }).then(json, function () { return null; });
  }).then(function (saved) {
    state = saved && typeof saved === "object" ? saved : {};
    sent.completed = state.completed === true;
    sent.passed = state.passed === true;
    restoreProgress();
    started = Date.now();
    var session = launch.contextTemplate.extensions && launch.contextTemplate.extensions["https://w3id.org/xapi/cmi5/context/extensions/sessionid"];
    var queueKey = "coursegen:" + config.course + ":cmi5-queue:" + String(session || registration);
    dropOtherQueues(queueKey);
    queue = Q.create({ key: queueKey, endpoint: endpoint, headers: headers, max: 2000 });
    queue.add([X.cmi5Defined(ctx(), "initialized", { ms: 0 })]);
    if (typeof launch.returnURL === "string" && /^https?:/i.test(launch.returnURL) && exit) {
      exit.hidden = false;
      exit.addEventListener("click", function () {
        terminate();
        window.location.href = launch.returnURL;
      });
    }
    show();
  }).catch(function () {
    // No token, no launch data: the LMS cannot be reported to, so the learner gets the site as it is.
    launch = null;
    show();
  });

  // Statements another session could not send are not sent now: its token and session are over.
  function dropOtherQueues(keep) {
    try {
      var prefix = "coursegen:" + config.course + ":cmi5-queue:";
      var old = [];
      for (var i = 0; i < window.localStorage.length; i++) {
        var k = window.localStorage.key(i);
        if (k && k.indexOf(prefix) === 0 && k !== keep) old.push(k);
      }
      old.forEach(function (k) { window.localStorage.removeItem(k); });
    } catch (e) {
      // No storage: nothing kept either.
    }
  }

  // The AU's state document holds the learner's progress: it replaces what this browser holds for them.
  function restoreProgress() {
    try {
      var who = JSON.stringify(actor);
      if (state.progress && typeof state.progress === "object" && state.progress.version === 1) {
        window.localStorage.setItem(KEY, JSON.stringify(state.progress));
      } else if (window.localStorage.getItem(LEARNER_KEY) !== who) {
        window.localStorage.removeItem(KEY);
      }
      window.localStorage.setItem(LEARNER_KEY, who);
    } catch (e) {
      // No storage: the frame's store starts empty, in memory.
    }
  }

  function show() {
    var bookmark = typeof state === "object" && state !== null && typeof state.page === "string" ? state.page : "";
    var first = /^[A-Za-z0-9._~\/-]+\.html$/.test(bookmark) && bookmark.indexOf("..") < 0 ? bookmark : au.start;
    frame.addEventListener("load", onFrameLoad);
    frame.src = "../" + first;
  }

  // ---- The site in the frame -----------------------------------------------------------------------------

  var lastCheck = {};
  var loadedAt = Date.now();

  function siteWindow() {
    try {
      var w = frame.contentWindow;
      return w && w.document ? w : null;
    } catch (e) {
      return null; // a page of another host opened in the frame
    }
  }

  function onFrameLoad() {
    if (launch === null) return;
    var w = siteWindow();
    if (w === null) return;
    loadedAt = Date.now();
    var root = new URL("../", window.location.href).href;
    var href = w.location.href.split("#")[0].split("?")[0];
    if (href.indexOf(root) === 0) page = href.slice(root.length) || "index.html";
    w.addEventListener("coursegen:quiz-check", onQuizCheck);
    // Mark as read, and any other control that changes progress: looked at once the page's own handler has saved.
    w.addEventListener("click", function () { window.setTimeout(function () { report(false); }, 0); }, true);
    w.addEventListener("pagehide", function () { report(false); });
    report(false);
  }

  function progress() {
    var w = siteWindow();
    var store = w && w.CoursegenProgress;
    if (store) return store.snapshot();
    try {
      var v = JSON.parse(window.localStorage.getItem(KEY));
      if (v && typeof v === "object") return v;
    } catch (e) {
      // Nothing readable.
    }
    return { lessons: {}, quizzes: {} };
  }

  function onQuizCheck(event) {
    var d = event.detail;
    if (!d || !d.question || typeof d.quiz !== "string" || typeof d.score !== "number") return;
    var key = d.quiz + "/" + d.question.id;
    var now = Date.now();
    var texts = config.texts[d.quiz] && config.texts[d.quiz].questions ? config.texts[d.quiz].questions[d.question.id] : null;
    queue.add([X.answered(ctx(), { quiz: d.quiz, question: d.question, texts: texts, response: d.response, score: d.score,
      ms: now - (Object.prototype.hasOwnProperty.call(lastCheck, key) ? lastCheck[key] : loadedAt) })]);
    lastCheck[key] = now;
    report(d.complete === true);
  }

  function best(p, id) {
    var q = p.quizzes && p.quizzes[id];
    return q && typeof q.best === "number" ? q.best : null;
  }

  // The statements the cmi5 rules say are due now, and the AU's state document kept up to date.
  function report(quizDone) {
    if (launch === null || terminated) return;
    var p = progress();
    var st = logic.status(au, p, config.lessonsShare, null);
    var weights = 0;
    var marks = 0;
    au.quizzes.forEach(function (q) {
      weights += q.weight;
      marks += q.weight * q.pass;
    });
    var due = X.cmi5Due({ launchMode: launch.launchMode, moveOn: launch.moveOn,
      masteryScore: typeof launch.masteryScore === "number" ? launch.masteryScore : null, courseMastery: config.mastery,
      passMark: weights > 0 ? marks / weights : null,
      status: { completed: st.completed, score: st.score, attemptedAll: au.quizzes.every(function (q) { return best(p, q.id) !== null; }) },
      sent: sent, quizDone: quizDone });
    due.verbs.forEach(function (verb) {
      queue.add([X.cmi5Defined(ctx(), verb, { ms: Date.now() - started, score: st.score, mastery: due.mastery })]);
      if (verb === "completed") sent.completed = true;
      if (verb === "passed") sent.passed = true;
      if (verb === "passed" || verb === "failed") sent.judged = true;
    });
    saveState(p, false);
  }

  var lastSaved = "";

  function saveState(p, keepalive) {
    state = { completed: sent.completed, passed: sent.passed, page: page, progress: p };
    var body = JSON.stringify(state);
    if (body === lastSaved && !keepalive) return;
    lastSaved = body;
    try {
      window.fetch(stateUrl(STATE_ID), { method: "PUT", headers: headers(), body: body, keepalive: keepalive,
        credentials: "omit", cache: "no-store" }).catch(function () {});
    } catch (e) {
      // Too large to outlive the page: the last save stands.
    }
  }

  function terminate() {
    if (launch === null || terminated) return;
    report(false);
    terminated = true;
    saveState(progress(), true);
    queue.flushOnExit([X.cmi5Defined(ctx(), "terminated", { ms: Date.now() - started })]);
  }

  window.addEventListener("pagehide", terminate);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden" && queue !== null) {
      report(false);
      queue.flush();
    }
  });
})();
