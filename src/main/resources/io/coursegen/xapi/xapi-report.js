// Optional xAPI reporting of a site (course.yaml `xapi:`): asks the learner once, in the consent banner
// (templates/partials/xapi-consent.jte), whether to send; remembers the answer in localStorage; if yes, sends each
// checked question (answered) and each finished quiz (completed, then passed or failed) to the course's LRS
// through the offline queue (xapi-queue.js), built by the shared statement layer (xapi-statements.js). Declining,
// or not answering, sends nothing. The actor is anonymous: an account named by the progress store's random seed.
// Config: window.CoursegenXapiConfig (xapi-config.js, made by the build). Elements by data-cg hooks only.
(function () {
  "use strict";

  var cfg = window.CoursegenXapiConfig;
  var X = window.CoursegenXapi;
  var Q = window.CoursegenXapiQueue;
  var dom = window.CoursegenDom;
  var store = window.CoursegenProgress;
  if (!cfg || !X || !Q || !dom || !store) return;
  var CONSENT = "coursegen:" + cfg.course + ":xapi-consent";
  var banner = dom.find(document, "xapi-consent");
  var status = dom.find(document, "xapi-consent-status");
  var loaded = Date.now();
  var lastCheck = {};
  var queue = null;

  function read() {
    try {
      return window.localStorage.getItem(CONSENT);
    } catch (e) {
      return null;
    }
  }

  function remember(answer) {
    try {
      window.localStorage.setItem(CONSENT, answer);
    } catch (e) {
      // Not kept: the learner is asked again on the next page, and nothing is sent unless they agree there.
    }
  }

  var uuid = Q.uuid;

  function ctx() {
    var seed = store.snapshot().seed;
    return { id: uuid(), timestamp: new Date().toISOString(), course: cfg.course, language: cfg.language,
      actor: { objectType: "Agent", account: { homePage: cfg.homePage, name: String(seed) } } };
  }

  function headers() {
    var h = { "X-Experience-API-Version": "1.0.3", "Content-Type": "application/json" };
    if (typeof cfg.auth === "string") h.Authorization = cfg.auth;
    return h;
  }

  function onCheck(event) {
    var d = event.detail;
    if (!d || !d.question || typeof d.quiz !== "string" || typeof d.score !== "number") return;
    var quiz = cfg.texts[d.quiz] || null;
    var key = d.quiz + "/" + d.question.id;
    var now = Date.now();
    var out = [X.answered(ctx(), { quiz: d.quiz, question: d.question, texts: quiz && quiz.questions ? quiz.questions[d.question.id] : null,
      response: d.response, score: d.score, ms: now - (Object.prototype.hasOwnProperty.call(lastCheck, key) ? lastCheck[key] : loaded) })];
    lastCheck[key] = now;
    if (d.complete === true && d.result && typeof d.result.score === "number" && quiz) {
      out = out.concat(X.quizFinished(ctx(), { quiz: d.quiz, title: quiz.title, score: d.result.score, pass: quiz.pass, ms: now - loaded },
        [uuid(), uuid()]));
    }
    queue.add(out);
  }

  function start() {
    queue = Q.create({ key: "coursegen:" + cfg.course + ":xapi-queue", endpoint: cfg.endpoint, headers: headers, max: 500 });
    document.addEventListener("coursegen:quiz-check", onCheck);
    window.addEventListener("pagehide", function () { queue.flushOnExit([]); });
    queue.flush();
  }

  function decide(answer) {
    remember(answer);
    banner.hidden = true;
    // What is announced comes from the partial, with the banner's other texts.
    if (status) status.textContent = status.getAttribute(answer === "yes" ? "data-said-yes" : "data-said-no") || "";
    // The banner and its buttons are gone: focus goes to the page's content rather than to nowhere.
    var main = dom.find(document, "main");
    if (main) main.focus();
    if (answer === "yes") start();
  }

  var answer = read();
  if (answer === "yes") {
    start();
  } else if (answer !== "no" && banner) {
    banner.hidden = false;
    dom.find(banner, "xapi-consent-yes").addEventListener("click", function () { decide("yes"); });
    dom.find(banner, "xapi-consent-no").addEventListener("click", function () { decide("no"); });
  }
})();
