// What the learner sees of their progress (kept by progress.js): "read" marks in the sidebar, the
// "Mark as read" control at the end of a lesson, the figures and bars of the "My progress" page, the
// count of done scenarios on the exercises index, and the export / import / reset tools with the
// learner's name on hand-ins (the exports themselves are built by handin.js).
// Every text goes in with textContent; learner text is never parsed as HTML. Its elements are found by
// their data-cg hooks and data attributes only (see dom.js). A classic deferred script.
(function () {
  "use strict";
  var dom = window.CoursegenDom;
  var t = window.CoursegenI18n.t;
  var el = dom.el, find = dom.find, findAll = dom.findAll;

  var store = window.CoursegenProgress;
  if (!store) return;
  // Every lesson, quiz and exercise of the course by key with its title (progress-catalog.js, one
  // cached file for the whole site rather than a list in every page).
  var catalog = window.coursegenProgressCatalog || { lessons: [], quizzes: [], sets: [] };
  var IMPORT_LIMIT = 2 * store.maxChars;
  var handin = window.CoursegenHandin;

  function own(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }


  function words(attr) {
    return (attr || "").split(" ").filter(function (w) { return w !== ""; });
  }

  function percent(x) {
    return handin.percent(x);
  }

  // ---- Sidebar marks ----------------------------------------------------------------------------

  // A mark is a check glyph and words for screen readers, never colour alone.
  function mark(target, glyph, words) {
    var old = target.querySelector(":scope > " + dom.hook("nav-mark"));
    if (old) old.parentNode.removeChild(old);
    if (glyph === null) return;
    var span = dom.hooked(el("span", "nav-mark"), "nav-mark");
    span.appendChild(el("span", null, glyph)).setAttribute("aria-hidden", "true");
    span.appendChild(el("span", "visually-hidden", " " + words));
    target.appendChild(span);
  }

  function refreshNav() {
    Array.prototype.forEach.call(navItems("data-lesson"), function (li) {
      var read = store.lessonRead(li.getAttribute("data-lesson"));
      li.classList.toggle("is-read", read);
      mark(find(li, "nav-link"), read ? "✓" : null, t("nav.mark-read"));
    });
    Array.prototype.forEach.call(navItems("data-module"), function (li) {
      var keys = lessonKeysOf(li.getAttribute("data-module"));
      var read = keys.filter(store.lessonRead).length;
      var link = li.querySelector(":scope > " + dom.hook("nav-link"));
      if (keys.length === 0 || read === 0) mark(link, null);
      else if (read === keys.length) mark(link, "✓", t("nav.mark-all-read"));
      else mark(link, read + "/" + keys.length, t("nav.mark-some-read", { read: read, count: keys.length }));
    });
  }

  // The navigation's list items with this attribute (its lessons, or its modules).
  function navItems(attr) {
    var nav = find(document, "site-nav");
    return nav ? nav.querySelectorAll("li[" + attr + "]") : [];
  }

  // A lesson's key is "<module>/<lesson>"; module keys hold no slash.
  function lessonKeysOf(module) {
    var prefix = module + "/";
    return catalog.lessons.map(function (l) { return l.key; })
      .filter(function (key) { return key.lastIndexOf(prefix, 0) === 0; });
  }

  // ---- Mark as read -----------------------------------------------------------------------------

  function setUpLessonRead() {
    var box = find(document, "lesson-read");
    if (!box) return;
    var key = box.getAttribute("data-lesson");
    var button = find(box, "lesson-read-button");
    var status = find(box, "lesson-read-status");
    // A toggle button keeps its name; its state is aria-pressed, and a check mark for the eye.
    function show() {
      var read = store.lessonRead(key);
      button.setAttribute("aria-pressed", read ? "true" : "false");
      button.textContent = (read ? "✓ " : "") + t("lesson.mark-read");
    }
    store.onReplace(show);
    button.addEventListener("click", function () {
      var read = !store.lessonRead(key);
      store.setLessonRead(key, read);
      show();
      status.textContent = t(read ? "lesson.marked" : "lesson.unmarked");
      refreshNav();
    });
    box.hidden = false;
    show();
  }

  // ---- Progress page and exercises index ---------------------------------------------------------

  function refreshFigures() {
    Array.prototype.forEach.call(document.querySelectorAll(dom.hook("progress-row") + "[data-module]"), function (row) {
      var read = lessonKeysOf(row.getAttribute("data-module")).filter(store.lessonRead).length;
      find(row, "progress-read").textContent = String(read);
      find(row, "progress-bar").value = read;
      Array.prototype.forEach.call(row.querySelectorAll("li[data-quiz]"), function (li) {
        var id = li.getAttribute("data-quiz");
        var best = store.quizBest(id);
        var attempts = store.quizAttempts(id);
        find(li, "progress-quiz-best").textContent = best === null ? t("progress.not-taken")
          : t("progress.best", { best: percent(best), attempts: attempts });
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll(dom.hook("progress-row") + "[data-scenarios]"), function (row) {
      var done = words(row.getAttribute("data-scenarios")).filter(store.exerciseDone).length;
      find(row, "progress-done").textContent = String(done);
      find(row, "progress-bar").value = done;
    });
    Array.prototype.forEach.call(document.querySelectorAll(dom.hook("exercise-card") + "[data-scenarios]"), function (li) {
      var done = words(li.getAttribute("data-scenarios")).filter(store.exerciseDone).length;
      find(li, "exercise-done-count").textContent = t("exercise.done-count", { done: done });
    });
    var nojs = find(document, "progress-nojs");
    if (nojs) nojs.hidden = true;
  }

  // ---- Export, import, reset --------------------------------------------------------------------

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
  }

  function courseTitle() {
    var t = find(document, "site-title");
    return t ? t.textContent.trim() : store.course;
  }

  // What an export is built from: the catalog, a copy of the stored progress, who and when.
  function exportMeta() {
    return { course: store.course, title: courseTitle(), learner: store.learnerName(), date: new Date() };
  }

  function exportJson(meta) {
    return JSON.stringify(handin.json(catalog, store.snapshot(), meta), null, 2) + "\n";
  }

  function exportMarkdown(meta) {
    return handin.markdown(catalog, store.snapshot(), meta);
  }

  // Checks an import file's text; returns the progress value, or throws an Error saying what is wrong.
  function parseImport(text) {
    if (text.length > IMPORT_LIMIT) throw new Error(t("import.too-large"));
    var value;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new Error(t("import.not-json"));
    }
    if (value === null || typeof value !== "object" || value.format !== "coursegen-progress") {
      throw new Error(t("import.not-export"));
    }
    if (own(value, "formatVersion") && value.formatVersion !== 1 && value.formatVersion !== handin.FORMAT_VERSION) {
      throw new Error(t("import.version", { version: String(value.formatVersion).slice(0, 20) }));
    }
    if (value.course !== store.course) {
      throw new Error(t("import.other-course", { course: String(value.course).slice(0, 80) }));
    }
    var why = store.problem(value.progress);
    if (why !== null) throw new Error(t("import.unreadable", { why: why }));
    return value.progress;
  }

  function setUpTools() {
    var tools = find(document, "progress-tools");
    if (!tools) return;
    var status = find(tools, "progress-tools-status");
    function say(text, isError) {
      status.textContent = text;
      status.classList.toggle("is-error", !!isError);
    }
    // The learner's name goes on every hand-in. Asked once: the first export without one stops and
    // points to the field; pressing export again hands in without a name, and that choice is kept.
    var nameInput = find(tools, "learner-name");
    var askedForName = false;
    function showName() {
      nameInput.value = store.learnerName() || "";
    }
    nameInput.maxLength = store.nameMax;
    nameInput.addEventListener("input", function () {
      store.setLearnerName(nameInput.value);
      nameInput.removeAttribute("aria-invalid");
    });
    store.onReplace(showName);
    showName();
    function exportAs(ext, type, build) {
      if (store.learnerName() === null && !askedForName) {
        askedForName = true;
        nameInput.setAttribute("aria-invalid", "true");
        // Centred, so the sticky header of a narrow screen cannot cover the field.
        nameInput.focus({ preventScroll: true });
        nameInput.scrollIntoView({ block: "center" });
        say(t("export.ask-name"), true);
        return;
      }
      if (store.learnerName() === null) store.setLearnerName("");
      nameInput.removeAttribute("aria-invalid");
      var meta = exportMeta();
      var name = handin.fileName(store.course, meta.learner, meta.date, ext);
      download(name, type, build(meta));
      say(t("export.saved", { file: name }));
    }
    find(tools, "export-markdown").addEventListener("click", function () {
      exportAs("md", "text/markdown;charset=utf-8", exportMarkdown);
    });
    find(tools, "export-json").addEventListener("click", function () {
      exportAs("json", "application/json", exportJson);
    });
    var input = find(tools, "import-file");
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () {
        try {
          var why = store.replace(parseImport(String(reader.result)));
          if (why !== null) throw new Error(t("import.unreadable", { why: why }));
          say(t("import.done", { file: file.name }));
          refreshAll();
        } catch (e) {
          say(t("import.failed", { file: file.name, reason: e.message }), true);
        }
        input.value = "";
      };
      reader.onerror = function () {
        say(t("import.unread", { file: file.name }), true);
        input.value = "";
      };
      if (file.size > IMPORT_LIMIT) {
        say(t("import.failed", { file: file.name, reason: t("import.too-large") }), true);
        input.value = "";
        return;
      }
      reader.readAsText(file);
    });
    var reset = find(tools, "reset-progress");
    if (reset) {
      var confirmBox = find(tools, "reset-confirm");
      reset.addEventListener("click", function () {
        confirmBox.hidden = false;
        find(tools, "reset-no").focus();
      });
      find(tools, "reset-no").addEventListener("click", function () {
        confirmBox.hidden = true;
        reset.focus();
      });
      find(tools, "reset-yes").addEventListener("click", function () {
        store.reset();
        confirmBox.hidden = true;
        reset.focus();
        say(t("progress-tools.reset-done"));
        refreshAll();
      });
    }
    tools.hidden = false;
  }

  function refreshAll() {
    refreshNav();
    refreshFigures();
  }

  // ---- The attempt log ----------------------------------------------------------------------------

  // Every check of a quiz question goes into the attempt log (progress.js), from the graded result the
  // quiz widget announces: the class results page and `coursegen insights` read it from exports.
  // The attempt number counts this question's checks in the log, so a retake after Start over is not a
  // first try; the time runs from the page's load or the question's previous check.
  var lastCheck = {};
  var loaded = Date.now();

  // The question's content version, as the build wrote it (io.coursegen.quiz.QuestionVersion: its grading data,
  // prompt and option texts), which the quiz widget announces; for a question without one, a short hash (FNV-1a,
  // 32 bits, hex) of its grading data alone.
  function version(d) {
    if (typeof d.version === "string" && /^[0-9a-f]{8}$/.test(d.version)) return d.version;
    var question = d.question;
    var text = JSON.stringify(question), h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ("0000000" + h.toString(16)).slice(-8);
  }

  function misconceptions(question, response) {
    var chosen = response && Array.isArray(response.choices) ? response.choices : [];
    return (Array.isArray(question.options) ? question.options : []).filter(function (o) {
      return !o.correct && typeof o.misconception === "string" && chosen.indexOf(o.id) >= 0;
    }).map(function (o) { return o.misconception; });
  }

  document.addEventListener("coursegen:quiz-check", function (event) {
    var d = event.detail;
    if (!d || !d.question || typeof d.quiz !== "string" || typeof d.score !== "number") return;
    var id = d.question.id, key = d.quiz + "/" + id;
    var before = store.attemptLog().filter(function (e) { return e.quiz === d.quiz && e.question === id; }).length;
    var now = Date.now();
    store.logAttempt({ quiz: d.quiz, question: id, version: version(d), attempt: before + 1, response: d.response,
      score: d.score, ms: now - (own(lastCheck, key) ? lastCheck[key] : loaded), misconceptions: misconceptions(d.question, d.response) });
    lastCheck[key] = now;
  });

  store.onReplace(refreshAll);
  setUpLessonRead();
  setUpTools();
  refreshAll();
})();
