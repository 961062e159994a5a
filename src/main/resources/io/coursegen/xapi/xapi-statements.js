// xAPI statements, pure: no DOM, no network, no clock. One layer for both uses of xAPI in coursegen: the
// cmi5 run-time of an LMS package (lms/cmi5-launch.js) and the optional reporting of a site to an LRS named
// in course.yaml (xapi-report.js). The caller gives every statement its id, timestamp, actor and where it
// stands (ctx); this file says what the statement holds. A question's interaction type, learner response and
// correct-response pattern come from the SCORM 2004 mapping of the LMS run-time (lms-logic.js, loaded before
// this file), whose vocabulary xAPI shares; the texts of a question (name, prompt, options) come from the
// build (io.coursegen.xapi.XapiTexts). io.coursegen.xapi.Statements in Java builds the same statements, and
// the shared vectors src/test/resources/io/coursegen/xapi/statements.json hold the two together.
// A classic script: window.CoursegenXapi.
(function () {
  "use strict";

  var ADL = "http://adlnet.gov/expapi/verbs/";
  var VERBS = ["initialized", "completed", "passed", "failed", "terminated", "answered"];
  var INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  var ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  var CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
  var MOVEON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
  var MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
  // Retries wait 2 s, 4 s, 8 s... and never more than 5 minutes.
  var FIRST_RETRY_MS = 2000;
  var LONGEST_RETRY_MS = 300000;

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }

  function clone(v) {
    return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
  }

  function verb(name) {
    return { id: ADL + name, display: { "en-US": name } };
  }

  function langMap(language, text) {
    var m = {};
    m[language] = text;
    return m;
  }

  // A score from 0 to 1 with at most 4 decimals, as cmi5 asks of scaled scores.
  function scaled(score) {
    return Math.round(score * 10000) / 10000;
  }

  function questionId(course, quiz, question) {
    return "urn:coursegen:" + course + ":" + quiz + ":" + question;
  }

  function quizId(course, quiz) {
    return "urn:coursegen:" + course + ":" + quiz;
  }

  function courseId(course) {
    return "urn:coursegen:" + course;
  }

  // ---- Activities ------------------------------------------------------------------------------------

  // The activity of a question: its interaction type and correct-response pattern in xAPI's (SCORM 2004's)
  // vocabulary, its name and prompt, and its options, items or pairs as the build lists them in `texts`
  // ({name, prompt, choices|source|target: [{id, text}]}). Null for a question type the mapping lacks.
  function questionActivity(ctx, quiz, question, texts) {
    var x = window.CoursegenLmsLogic.interaction("2004", "", question, {}, 0);
    if (x === null) return null;
    var t = isObject(texts) ? texts : {};
    var definition = {
      type: INTERACTION,
      name: langMap(ctx.language, typeof t.name === "string" ? t.name : question.id),
      interactionType: x.type,
      correctResponsesPattern: [x.correct]
    };
    if (typeof t.prompt === "string" && t.prompt !== "") definition.description = langMap(ctx.language, t.prompt);
    ["choices", "source", "target"].forEach(function (part) {
      if (!Array.isArray(t[part])) return;
      definition[part] = t[part].map(function (c) { return { id: c.id, description: langMap(ctx.language, c.text) }; });
    });
    return { objectType: "Activity", id: questionId(ctx.course, quiz, question.id), definition: definition };
  }

  function quizActivity(ctx, quiz, title) {
    return { objectType: "Activity", id: quizId(ctx.course, quiz),
      definition: { type: ASSESSMENT, name: langMap(ctx.language, title) } };
  }

  // ---- Context -----------------------------------------------------------------------------------------

  function addActivity(context, list, id) {
    context.contextActivities = isObject(context.contextActivities) ? context.contextActivities : {};
    var acts = context.contextActivities;
    if (isObject(acts[list])) acts[list] = [acts[list]];
    if (!Array.isArray(acts[list])) acts[list] = [];
    if (!acts[list].some(function (a) { return a && a.id === id; })) acts[list].push({ objectType: "Activity", id: id });
  }

  // The statement's context. Under cmi5 (ctx.cmi5): the LMS's contextTemplate, never overwritten, with the
  // registration, the cmi5 category for cmi5 defined statements (`defined`), the moveon category for those
  // whose result has success or completion (`moveOn`), the mastery score when a pass or fail was judged by it
  // and the AU as parent of an allowed statement's activity. Otherwise: the course as grouping, the quiz as parent.
  function context(ctx, o) {
    var c;
    if (isObject(ctx.cmi5)) {
      c = isObject(ctx.cmi5.contextTemplate) ? clone(ctx.cmi5.contextTemplate) : {};
      c.registration = ctx.cmi5.registration;
      if (o.defined) addActivity(c, "category", CMI5_CATEGORY);
      if (o.moveOn) addActivity(c, "category", MOVEON_CATEGORY);
      if (o.parent) addActivity(c, "parent", o.parent);
      if (typeof o.mastery === "number") {
        c.extensions = isObject(c.extensions) ? c.extensions : {};
        if (!Object.prototype.hasOwnProperty.call(c.extensions, MASTERY)) c.extensions[MASTERY] = o.mastery;
      }
    } else {
      c = { platform: "coursegen", language: ctx.language };
      addActivity(c, "grouping", courseId(ctx.course));
      if (o.parent) addActivity(c, "parent", o.parent);
    }
    return c;
  }

  function statement(ctx, verbName, object, result, contextValue) {
    var s = { id: ctx.id, timestamp: ctx.timestamp, actor: clone(ctx.actor), verb: verb(verbName), object: object };
    if (result !== null) s.result = result;
    s.context = contextValue;
    return s;
  }

  function score(value) {
    return { scaled: scaled(value), raw: Math.round(value * 100), min: 0, max: 100 };
  }

  // ---- Statements --------------------------------------------------------------------------------------

  // A checked question (the quiz widget's coursegen:quiz-check event: quiz id, question JSON, response and
  // score), with the time since the question was shown or last checked, `ms`. Null if the type has no mapping.
  function answered(ctx, a) {
    var object = questionActivity(ctx, a.quiz, a.question, a.texts);
    if (object === null) return null;
    var x = window.CoursegenLmsLogic.interaction("2004", "", a.question, a.response, a.score);
    var result = { response: x.learner, success: a.score >= 1, score: { scaled: scaled(a.score) },
      duration: window.CoursegenLmsLogic.duration2004(a.ms) };
    var parent = isObject(ctx.cmi5) ? ctx.cmi5.activityId : quizId(ctx.course, a.quiz);
    return statement(ctx, "answered", object, result, context(ctx, { parent: parent }));
  }

  // A finished quiz attempt (reporting only; under cmi5 the AU's own statements say it): completed, with
  // the score, and passed or failed against the quiz's pass mark. `ids` and `timestamp` from the caller.
  function quizFinished(ctx, q, ids) {
    var object = quizActivity(ctx, q.quiz, q.title);
    var sc = score(q.score);
    var duration = window.CoursegenLmsLogic.duration2004(q.ms);
    var done = statement({ id: ids[0], timestamp: ctx.timestamp, actor: ctx.actor }, "completed", object,
      { completion: true, score: sc, duration: duration }, context(ctx, {}));
    var passed = q.score >= q.pass - 1e-9;
    var judged = statement({ id: ids[1], timestamp: ctx.timestamp, actor: ctx.actor }, passed ? "passed" : "failed", clone(object),
      { success: passed, score: clone(sc), duration: duration }, context(ctx, {}));
    return [done, judged];
  }

  // A cmi5 defined statement about the AU (initialized, completed, passed, failed, terminated): `r` holds the
  // session's time so far in ms and, for passed and failed, the score and the mastery it was judged by.
  function cmi5Defined(ctx, name, r) {
    var object = { objectType: "Activity", id: ctx.cmi5.activityId };
    var result = null;
    var o = { defined: true };
    if (name === "completed") {
      result = { completion: true, duration: window.CoursegenLmsLogic.duration2004(r.ms) };
      o.moveOn = true;
    } else if (name === "passed" || name === "failed") {
      result = { success: name === "passed", score: score(r.score), duration: window.CoursegenLmsLogic.duration2004(r.ms) };
      o.moveOn = true;
      o.mastery = r.mastery;
    } else if (name === "terminated") {
      result = { duration: window.CoursegenLmsLogic.duration2004(r.ms) };
    } else if (name !== "initialized") {
      throw new Error("not a cmi5 defined verb an AU sends: " + name);
    }
    return statement(ctx, name, object, result, context(ctx, o));
  }

  // ---- The cmi5 rules ------------------------------------------------------------------------------------

  // Which cmi5 defined statements are due now, in order, and the mastery score they are judged by:
  // s = {launchMode, moveOn, masteryScore (launch data, or null), courseMastery (course.yaml, or null),
  //      passMark (the counted quizzes' pass marks, weighted, or null), status: {completed, score, attemptedAll},
  //      sent: {completed, passed (this registration), judged (passed or failed this session)}, quizDone}.
  // Nothing but initialized and terminated in Browse or Review mode. Completed once per registration. Passed
  // once per registration, and at most one of passed and failed per session; failed only when a quiz has just
  // been finished with every counted quiz attempted (a judgement, not a score on the way). The mastery is the
  // launch data's, else course.yaml's; with neither, a moveOn that needs Passed is judged by the quizzes' own
  // pass marks, and any other moveOn gets no passed or failed.
  function cmi5Due(s) {
    var out = { verbs: [], mastery: null, threshold: null };
    if (s.launchMode !== "Normal") return out;
    if (s.status.completed && !s.sent.completed) out.verbs.push("completed");
    var threshold = null;
    if (typeof s.masteryScore === "number") {
      threshold = s.masteryScore;
      out.mastery = s.masteryScore;
    } else if (typeof s.courseMastery === "number") {
      threshold = s.courseMastery;
    } else if (/Passed/.test(String(s.moveOn)) && typeof s.passMark === "number") {
      threshold = s.passMark;
    }
    out.threshold = threshold;
    if (threshold !== null && typeof s.status.score === "number" && !s.sent.passed && !s.sent.judged) {
      if (s.status.score >= threshold - 1e-9) out.verbs.push("passed");
      else if (s.quizDone && s.status.attemptedAll) out.verbs.push("failed");
    }
    return out;
  }

  // ---- The queue's rules ---------------------------------------------------------------------------------

  // How long to wait before the n-th retry (0 for the first) of a failed send, in ms.
  function backoff(n) {
    return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * Math.pow(2, Math.max(0, Math.min(n, 30))));
  }

  // The queue with `more` statements added, at most `max` kept: the oldest go first.
  function bounded(queue, more, max) {
    var all = queue.concat(more);
    return all.length > max ? all.slice(all.length - max) : all;
  }

  // What to do with a batch after the LRS answered with HTTP `status` (0: no answer): "sent" (2xx), "retry"
  // (no answer, 408, 429, 5xx) or "drop" (any other answer: the statements will not be taken as they are).
  function outcome(status) {
    if (status >= 200 && status < 300) return "sent";
    if (status === 0 || status === 408 || status === 429 || status >= 500) return "retry";
    return "drop";
  }

  window.CoursegenXapi = Object.freeze({
    verbs: VERBS.slice(),
    questionActivity: questionActivity,
    answered: answered,
    quizFinished: quizFinished,
    cmi5Defined: cmi5Defined,
    cmi5Due: cmi5Due,
    backoff: backoff,
    bounded: bounded,
    outcome: outcome,
    scaled: scaled
  });
})();
