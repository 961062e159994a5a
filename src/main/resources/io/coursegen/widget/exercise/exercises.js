// Exercise widget: enhances the server-rendered scenarios of an exercise set page (templates/widgets/exercise/exercise-set.jte).
//
// Without this script each scenario shows its text, hints and (unless built with --no-solutions) the
// accepted answers, rubric and model answer in <details>. With it, per scenario: pick an approach,
// write a justification with a live character count, submit; see whether the pick is an accepted one
// and why; tick the rubric points the justification covers (self-assessment); the model answer after
// submitting or after the self-check (data-reveal); revise and resubmit; hints one at a time. The work
// is kept by progress.js (window.CoursegenProgress) and restored on reload.
//
// Logic is window.CoursegenExercise (exercise-logic.js), the same rules as Java's io.coursegen.exercise.
// Learner text only ever goes into textarea.value or textContent; the only HTML shown is the page's own
// (build-time sanitized why, explanations and model answers), shown or hidden, never built from strings.
// Its elements are found by their data-cg hooks and data attributes only (see dom.js): a scenario's
// markdown may hold raw HTML with any class, even a task-list checkbox inside a rubric explanation.
(function () {
  "use strict";
  var dom = window.CoursegenDom;
  var t = window.CoursegenI18n.t, i18n = window.CoursegenI18n;
  var el = dom.el, find = dom.find;
  function all(root, name) { return Array.prototype.slice.call(dom.findAll(root, name)); }

  var logic = window.CoursegenExercise;
  var store = window.CoursegenProgress;
  var dataNode = find(document, "exercise-data");
  if (!logic || !store || !dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var byId = {};
  data.scenarios.forEach(function (s) { byId[s.id] = s; });

  var PROBLEMS = {
    "no-choice": t("exercise.no-choice"),
    "unknown-choice": t("exercise.unknown-choice"),
    "empty-justification": t("exercise.empty-justification"),
    "too-long": t("exercise.too-long", { max: logic.MAX_CHARACTERS })
  };

  var widgets = [];
  Array.prototype.forEach.call(document.querySelectorAll("article[data-exercise]"), function (article) {
    var s = byId[article.getAttribute("data-exercise")];
    if (s) widgets.push(createScenario(article, s));
  });
  store.onReplace(function () { widgets.forEach(function (w) { w.reload(); }); });


  function createScenario(article, s) {
    var work = find(article, "exercise-work");
    var radios = all(article, "exercise-choice");
    var textarea = find(article, "exercise-text");
    var count = find(article, "exercise-count");
    var submit = find(article, "exercise-submit");
    var revise = find(article, "exercise-revise");
    var feedback = find(article, "exercise-feedback");
    var whys = all(article, "exercise-why");
    var rubric = find(article, "exercise-rubric");
    var boxes = all(rubric, "exercise-rubric-box");
    var explanations = all(rubric, "exercise-rubric-explanation");
    var selfCheck = find(article, "exercise-self-check");
    var coverageText = find(article, "exercise-coverage");
    var model = find(article, "exercise-model");
    var hints = all(article, "exercise-hint");
    var hintButton = find(article, "exercise-hint-button");
    var record = store.exercise(s.id);
    feedback.setAttribute("tabindex", "-1");

    function labelOf(choiceId) {
      for (var i = 0; i < radios.length; i++) {
        if (radios[i].value === choiceId) return radios[i].parentNode.textContent.trim();
      }
      return choiceId;
    }

    function chosen() {
      for (var i = 0; i < radios.length; i++) if (radios[i].checked) return radios[i].value;
      return "";
    }

    function showCount() {
      var n = logic.characters(textarea.value);
      var over = n - logic.MAX_CHARACTERS;
      count.textContent = over > 0 ? t("exercise.chars-over", { count: n, over: over, max: logic.MAX_CHARACTERS })
        : t("exercise.chars", { count: n });
      count.classList.toggle("is-over", over > 0);
    }

    function locked() {
      return record.submitted !== null && !record.editing;
    }

    function render() {
      var lock = locked();
      radios.forEach(function (r) {
        r.checked = r.value === (lock ? record.submitted.choice : record.choice);
        r.disabled = lock;
      });
      textarea.value = lock ? record.submitted.text : record.text;
      textarea.readOnly = lock;
      showCount();
      submit.hidden = lock;
      submit.textContent = t(record.submitted !== null ? "exercise.submit-again" : "exercise.submit");
      revise.hidden = !lock;
      renderResult(lock);
      hints.forEach(function (h, i) { h.hidden = i >= record.hints; });
      if (hintButton) {
        hintButton.hidden = record.hints >= hints.length;
        hintButton.textContent = t("exercise.show-hint-n", { number: Math.min(record.hints, hints.length) + 1, count: hints.length });
      }
    }

    function renderResult(lock) {
      while (feedback.firstChild) feedback.removeChild(feedback.firstChild);
      whys.forEach(function (w) { w.hidden = true; });
      rubric.hidden = !lock;
      boxes.forEach(function (b) { b.checked = record.ticked.indexOf(b.value) >= 0; });
      if (lock) {
        var match = logic.match(s.choices, s.accepted, record.submitted.choice);
        var mine = labelOf(record.submitted.choice);
        var line = el("p", "exercise-verdict");
        if (match.status === "accepted") {
          line.appendChild(el("span", "mark mark-right", "✓ ")).setAttribute("aria-hidden", "true");
          line.appendChild(document.createTextNode(t("exercise.verdict-accepted", { choice: mine, count: match.accepted.length })));
          article.classList.add("is-accepted");
          article.classList.remove("is-not-accepted");
          showWhy([record.submitted.choice]);
        } else if (match.status === "not-accepted") {
          line.appendChild(el("span", "mark mark-wrong", "✗ ")).setAttribute("aria-hidden", "true");
          line.appendChild(document.createTextNode(t("exercise.verdict-not-accepted", { choice: mine, count: match.accepted.length,
            accepted: i18n.list(match.accepted.map(labelOf), "disjunction") })));
          article.classList.add("is-not-accepted");
          article.classList.remove("is-accepted");
          showWhy(match.accepted);
        } else {
          line.appendChild(document.createTextNode(t("exercise.submitted-no-key", { choice: mine })));
        }
        feedback.appendChild(line);
        feedback.appendChild(el("p", "exercise-next", record.selfChecked ? "" :
          t("exercise.now-tick")));
      } else {
        article.classList.remove("is-accepted", "is-not-accepted");
      }
      var cov = logic.coverage(s.rubric, record.ticked);
      coverageText.textContent = record.selfChecked
        ? t(cov.missing.length > 0 ? "exercise.covers-some" : "exercise.covers-all", { covered: cov.covered.length,
          count: cov.covered.length + cov.missing.length })
        : "";
      explanations.forEach(function (x) { x.hidden = !record.selfChecked; });
      if (model) model.hidden = !(record.submitted !== null && (s.reveal === "after-submit" || record.selfChecked));
    }

    function showWhy(ids) {
      whys.forEach(function (w) { if (ids.indexOf(w.getAttribute("data-choice")) >= 0) w.hidden = false; });
    }

    radios.forEach(function (r) {
      r.addEventListener("change", function () {
        record.choice = chosen();
        store.save();
      });
    });
    textarea.addEventListener("input", function () {
      if (locked()) return;
      record.text = textarea.value;
      textarea.removeAttribute("aria-invalid");
      showCount();
      store.save();
    });
    submit.addEventListener("click", function () {
      record.choice = chosen();
      record.text = textarea.value;
      var problems = logic.problems(s.choices, record.choice, record.text);
      if (problems.length > 0) {
        while (feedback.firstChild) feedback.removeChild(feedback.firstChild);
        problems.forEach(function (p) { feedback.appendChild(el("p", "exercise-problem", PROBLEMS[p])); });
        if (problems[0] === "no-choice" || problems[0] === "unknown-choice") radios[0].focus();
        else {
          textarea.setAttribute("aria-invalid", "true");
          textarea.focus();
        }
        store.save();
        return;
      }
      store.addSubmission(record, new Date());
      store.save();
      render();
      feedback.focus();
    });
    // Revise, the rubric and the self-check only show after a submission; a stray event before one
    // (a script clicking hidden controls, a stale page) must not reach for the missing submission.
    revise.addEventListener("click", function () {
      if (record.submitted === null) return;
      record.editing = true;
      record.choice = record.submitted.choice;
      record.text = record.submitted.text;
      store.save();
      render();
      textarea.focus();
    });
    boxes.forEach(function (b) {
      b.addEventListener("change", function () {
        record.ticked = boxes.filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
        store.save();
        if (record.selfChecked && record.submitted !== null) renderResult(true);
      });
    });
    selfCheck.addEventListener("click", function () {
      if (record.submitted === null) return;
      record.selfChecked = true;
      store.save();
      renderResult(true);
      coverageText.setAttribute("tabindex", "-1");
      coverageText.focus();
    });
    if (hintButton) {
      hintButton.addEventListener("click", function () {
        record.hints = Math.min(record.hints + 1, hints.length);
        store.save();
        render();
        var shown = hints[record.hints - 1];
        shown.setAttribute("tabindex", "-1");
        shown.focus();
      });
    }

    all(article, "exercise-static").forEach(function (d) { d.hidden = true; });
    work.hidden = false;
    render();

    return {
      reload: function () {
        record = store.exercise(s.id);
        render();
      }
    };
  }
})();
