// Quiz widget: enhances the server-rendered quizzes on a page (see templates/widgets/quiz/quiz.jte).
//
// Without this script every question still shows its options and a <details> answer key. With it:
// options in a per-learner shuffled order, an explicit "Check answer" per question (never grading on
// selection change), marks in text and icon (not colour alone), feedback in the question's live
// region, reordering by buttons, "Retry wrong questions", "Show answers", a summary with the
// misconception diagnosis, and progress kept by the shared store of progress.js (window.CoursegenProgress).
//
// Grading is window.CoursegenGrading (quiz-grading.js, loaded just before this file), which follows the
// same rules as the Java Grader. A classic deferred script, not an ES module: Chromium refuses module
// scripts on file:// pages. Text goes into the page with textContent only; the only HTML inserted is
// cloned from the page itself (build-time sanitized explanations), never built from strings.
// Its elements are found by their data-cg hooks and data attributes only (see dom.js): prompts, options
// and explanations are markdown that may hold raw HTML with any class, even a task-list checkbox.
(function () {
  "use strict";

  var grading = window.CoursegenGrading;
  var policies = window.CoursegenQuizPolicy;
  var dom = window.CoursegenDom;
  var t = window.CoursegenI18n.t, i18n = window.CoursegenI18n;
  var el = dom.el, button = dom.button, own = dom.own, find = dom.find, findAll = dom.findAll;
  var sections = findAll(document, "quiz");
  if (!grading || !policies || sections.length === 0) return;

  // Tag words shown in capitals when a misconception tag is made readable.
  var ACRONYMS = { rag: "RAG", lora: "LoRA", qlora: "QLoRA", llm: "LLM", json: "JSON", api: "API" };
  // Progress is kept by the shared store (progress.js, loaded before this file), which also shows any
  // storage notice at the top of the page.
  var store = window.CoursegenProgress;
  if (!store) return;
  var widgets = [];
  for (var i = 0; i < sections.length; i++) widgets.push(createQuiz(sections[i]));
  if (store.isNew()) store.save();

  window.addEventListener("beforeprint", function () { widgets.forEach(function (w) { w.printing(true); }); });
  window.addEventListener("afterprint", function () { widgets.forEach(function (w) { w.printing(false); }); });

  // ---- One quiz --------------------------------------------------------------------------------

  // A copy of a kind's behaviour with some entries replaced (multiple select is a choice with its own texts).
  function extend(base, changes) {
    var out = {};
    Object.keys(base).forEach(function (k) { out[k] = base[k]; });
    Object.keys(changes).forEach(function (k) { out[k] = changes[k]; });
    return out;
  }

  function createQuiz(section) {
    var KINDS = questionKinds();
    var data = JSON.parse(find(section, "quiz-data").textContent);
    var record = store.quiz(data.id);
    var titleLevel = Number((find(section, "quiz-title") || { tagName: "H1" }).tagName.charAt(1)) || 1;
    var summary = find(section, "quiz-summary");
    var summaryTitle = null;
    var reviewLinks = {};
    Array.prototype.forEach.call(findAll(section, "quiz-review"), function (a) {
      reviewLinks[a.parentNode.getAttribute("data-tag")] = a;
    });
    var showingAll = false;
    // The quiz's policy (QuizClientJson leaves the default out): which questions this learner is given,
    // in what order, how many checks each allows and when its answer shows (quiz-policy.js).
    var policy = data.policy || policies.DEFAULT;
    if (!record.tries || typeof record.tries !== "object" || Array.isArray(record.tries)) record.tries = {};
    var allById = {};
    data.questions.forEach(function (q) { allById[q.id] = q; });
    var shownIds = policies.shown(policy, store.seed() + "/" + data.id, data.questions.map(function (q) { return q.id; }));
    // What is graded: the questions given, as a quiz of their own (PolicyLogic.given in Java).
    var given = { id: data.id, pass: data.pass, questions: shownIds.map(function (id) { return allById[id]; }) };
    var byId = {};
    given.questions.forEach(function (q) { byId[q.id] = q; });

    var questions = [];
    var list = find(section, "quiz-questions");
    var itemsById = {};
    var items = section.querySelectorAll("li[data-question]");
    for (var n = 0; n < items.length; n++) {
      var itemId = items[n].getAttribute("data-question");
      itemsById[itemId] = items[n];
      // A question of the pool not drawn for this learner is left out of the page's quiz.
      if (!byId[itemId]) items[n].hidden = true;
    }
    shownIds.forEach(function (id, k) {
      var li = itemsById[id];
      if (!li) return;
      if (list && li.parentNode === list) list.appendChild(li);
      var legend = find(li, "question-legend");
      if (legend) legend.textContent = t("quiz.legend", { number: k + 1, count: shownIds.length });
      questions.push(setUpQuestion(li, byId[id], questions.length + 1));
    });
    // Hidden questions go after the ones given, so the list reads in the order shown.
    Object.keys(itemsById).forEach(function (id) {
      if (!byId[id] && list && itemsById[id].parentNode === list) list.appendChild(itemsById[id]);
    });
    var meta = find(section, "quiz-meta");
    if (meta && shownIds.length < data.questions.length) {
      meta.textContent = t("quiz.meta-drawn-you", { count: shownIds.length, pool: data.questions.length, pass: grading.passMark(data.pass) });
    }

    var actions = find(section, "quiz-actions");
    var progress = el("p", "quiz-progress");
    var retryButton = button(t("quiz.retry"), "quiz-button", retryWrong);
    var showButton = button(t("quiz.show-answers"), "quiz-button", toggleAnswers);
    var restartButton = button(t("quiz.start-over"), "quiz-button", startOver);
    // Prints the other way from the site's default (site.js): with the answer keys, or as a blank worksheet.
    var printButton = button(window.CoursegenPrint.otherWayLabel, "quiz-button", window.CoursegenPrint.printOtherWay);
    actions.appendChild(progress);
    actions.appendChild(retryButton);
    actions.appendChild(showButton);
    actions.appendChild(restartButton);
    actions.appendChild(printButton);
    actions.hidden = false;

    // One question at a time: Previous and Next buttons and where the learner is, until the quiz is done.
    var pager = find(section, "quiz-pager");
    var current = 0;
    var pagerStatus = el("p", "quiz-pager-status");
    var previousButton = button(t("quiz.previous"), "quiz-button", function () { goTo(current - 1); });
    var nextButton = button(t("quiz.next"), "quiz-button", function () { goTo(current + 1); });
    if (pager && policy.oneAtATime) {
      pager.appendChild(pagerStatus);
      pager.appendChild(previousButton);
      pager.appendChild(nextButton);
    }

    questions.forEach(restore);
    pruneRecord();
    questions.forEach(function (x) { if (x.checked) showChecked(x, x.score); });
    var firstOpen = questions.filter(function (x) { return !x.checked; })[0];
    current = firstOpen ? questions.indexOf(firstOpen) : 0;
    updateQuiz(false);

    return {
      id: data.id,
      printing: function (on) {
        questions.forEach(function (q) {
          if (on) {
            q.beforePrint = { hidden: q.key.hidden, open: q.key.open, shown: q.el.hidden };
            q.key.hidden = false;
            q.key.open = true;
            q.el.hidden = false;
          } else if (q.beforePrint) {
            q.key.hidden = q.beforePrint.hidden;
            q.key.open = q.beforePrint.open;
            q.el.hidden = q.beforePrint.shown;
          }
        });
      }
    };

    function setUpQuestion(li, qdata, number) {
      var q = {
        data: qdata, el: li, number: number, checked: false, score: 0, tries: 0, revealed: false,
        // The question's content version as built (io.coursegen.quiz.QuestionVersion: grading data, prompt, option texts).
        version: li.getAttribute("data-version"),
        fieldset: find(li, "question-fieldset"),
        actionsEl: find(li, "question-actions"),
        feedback: find(li, "question-feedback"),
        key: find(li, "answer-key"),
        options: [], list: null, input: null, status: null, initialOrder: null,
        // The elements checking marked with is-right, is-wrong or is-chosen, so a reset clears those only.
        marked: []
      };
      q.kind = kindOf(qdata);
      q.kind.setUp(q);
      q.feedback.setAttribute("tabindex", "-1");
      q.key.hidden = true;
      q.actionsEl.hidden = false;
      var check = find(q.actionsEl, "check-button");
      check.addEventListener("click", function () { checkQuestion(q); });
      q.fieldset.addEventListener("change", function () { remember(q); });
      q.fieldset.addEventListener("input", function () { remember(q); });
      return q;
    }

    function setUpChoices(q) {
      var ul = find(q.el, "options");
      var keyItems = q.key.querySelectorAll("li[data-option]");
      q.data.options.forEach(function (o, index) {
        var li = ul.querySelector("li[data-option=\"" + cssString(o.id) + "\"]");
        q.options.push({
          data: o, el: li, input: find(li, "option-input"), label: find(li, "option-label"),
          text: textOf(find(li, "option-label")), keyItem: keyItems.length === q.data.options.length ? keyItems[index] : null
        });
      });
      if (!data.shuffle) return;
      var shuffled = grading.shuffle(store.seed() + "/" + data.id + "/" + q.data.id, q.options.map(function (o) {
        return { fixed: o.data.fixed === true, option: o };
      }));
      shuffled.forEach(function (s) {
        ul.appendChild(s.option.el);
        if (s.option.keyItem) s.option.keyItem.parentNode.appendChild(s.option.keyItem);
      });
    }

    function setUpOrdering(q) {
      q.list = find(q.el, "ordering");
      var lis = orderingItems(q);
      for (var k = 0; k < lis.length; k++) {
        var li = lis[k];
        var text = textOf(find(li, "ordering-text"));
        var controls = el("span", "ordering-controls");
        controls.appendChild(moveButton(q, li, -1, t("quiz.move-up"), "↑", text));
        controls.appendChild(moveButton(q, li, 1, t("quiz.move-down"), "↓", text));
        li.appendChild(controls);
      }
      q.status = el("p", "ordering-status visually-hidden");
      q.status.setAttribute("role", "status");
      q.list.parentNode.insertBefore(q.status, q.list.nextSibling);
      q.initialOrder = currentOrder(q);
      if (data.shuffle) q.initialOrder = scrambled(store.seed() + "/" + data.id + "/" + q.data.id, q.data.items);
      applyOrder(q, q.initialOrder);
    }

    function setUpField(q) {
      q.input = find(q.el, "answer-input");
      var unit = find(q.el, "answer-unit");
      q.unit = unit ? textOf(unit) : "";
      q.input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.isComposing) {
          event.preventDefault();
          checkQuestion(q);
        }
      });
    }

    function moveButton(q, li, delta, label, icon, itemText) {
      var b = el("button", "ordering-move");
      b.type = "button";
      b.setAttribute("data-move", String(delta));
      b.appendChild(el("span", "ordering-move-icon", icon)).setAttribute("aria-hidden", "true");
      b.appendChild(el("span", "ordering-move-label", label));
      b.appendChild(el("span", "visually-hidden", ": " + itemText));
      b.addEventListener("click", function () { move(q, li, delta, itemText); });
      return b;
    }

    // ---- Responses ----

    // What each question kind does, one entry per kind and no branches on the type elsewhere: set up its
    // inputs, read, check and restore a response, mark a checked answer, and say what the right answer
    // is. Keys are QuestionKind.key() in Java (io.coursegen.quiz.QuestionKinds); a type missing here is an
    // error at set-up, never a fall-through to another kind's behaviour.
    function questionKinds() {
      var CHOICE = {
        multiple: false,
        setUp: setUpChoices,
        read: function (q) {
          return { choices: q.options.filter(function (o) { return o.input.checked; }).map(function (o) { return o.data.id; }) };
        },
        missing: function (q) {
          return q.options.some(function (o) { return o.input.checked; }) ? null : t("quiz.need-one");
        },
        valid: function (q, r) {
          if (!Array.isArray(r.choices) || (!q.kind.multiple && r.choices.length > 1)) return false;
          var ids = q.data.options.map(function (o) { return o.id; });
          return r.choices.every(function (id, k) { return ids.indexOf(id) >= 0 && r.choices.indexOf(id) === k; });
        },
        apply: function (q, r) { q.options.forEach(function (o) { o.input.checked = r.choices.indexOf(o.data.id) >= 0; }); },
        clear: function (q) { q.options.forEach(function (o) { o.input.checked = false; }); },
        mark: function (q, score, revealed) { markChoices(q, revealed); },
        // Before the last try, the feedback of the options chosen goes into the live region; once the
        // question is done, markChoices shows it beside each option instead.
        hint: function (q, response, done) {
          if (done) return [];
          return q.options.filter(function (o) { return o.input.checked; }).map(function (o) {
            return o.el.querySelector("[data-feedback-for]");
          }).filter(function (f) { return f; });
        },
        partDetail: function () { return ""; },
        rightAnswer: function (q, p) {
          var right = q.options.filter(function (o) { return o.data.correct === true; });
          if (right.length === 0) return null;
          p.appendChild(document.createTextNode(t("quiz.right-answers", { count: right.length })));
          p.appendChild(el("strong", null, right.map(function (o) { return o.text; }).join("; ")));
          return p;
        }
      };
      var MULTIPLE = extend(CHOICE, {
        multiple: true,
        missing: function (q) {
          return q.options.some(function (o) { return o.input.checked; }) ? null : t("quiz.need-some");
        },
        partDetail: function (q) {
          var right = q.data.options.filter(function (o) { return o.correct === true; });
          var chosen = q.options.filter(function (o) { return o.input.checked; });
          var hits = chosen.filter(function (o) { return o.data.correct === true; }).length;
          var misses = chosen.length - hits;
          return misses > 0 ? t("quiz.chose-some-wrong", { hits: hits, count: right.length, misses: misses })
            : t("quiz.chose-some", { hits: hits, count: right.length });
        }
      });
      var ORDERING = {
        setUp: setUpOrdering,
        read: function (q) { return { order: currentOrder(q) }; },
        missing: function () { return null; },
        valid: function (q, r) { return isPermutation(r.order, q.data.items); },
        apply: function (q, r) { applyOrder(q, r.order); },
        clear: function (q) { applyOrder(q, q.initialOrder); },
        mark: function (q, score, revealed) { markOrder(q, revealed); },
        partDetail: function () { return t("quiz.out-of-place"); },
        rightAnswer: function (q, p) {
          p.appendChild(document.createTextNode(t("quiz.order-below")));
          return p;
        }
      };
      // Numeric and short answers are one text field; the answer key's answer line says what was right.
      var FIELD = {
        setUp: setUpField,
        clear: function (q) { q.input.value = ""; },
        mark: function (q, score) { markField(q, score); },
        // The feedback the author wrote for this wrong answer, if it is one they anticipated.
        hint: function (q, response) {
          var index = grading.mistake(q.data, response);
          var node = index < 0 ? null : q.fieldset.querySelector("[data-mistake=\"" + index + "\"]");
          return node ? [node] : [];
        },
        partDetail: function () { return ""; },
        rightAnswer: function (q, p) {
          var answer = find(q.key, "answer-text");
          if (!answer) return null;
          p.appendChild(document.createTextNode(t("quiz.the-answer")));
          p.appendChild(el("strong", null, textOf(answer)));
          return p;
        }
      };
      var NUMERIC = extend(FIELD, {
        read: function (q) {
          var number = parseNumber(q.input.value, q.unit);
          return { number: typeof number === "number" && isFinite(number) ? number : null };
        },
        missing: function (q) {
          var number = parseNumber(q.input.value, q.unit);
          if (number === null) return t("quiz.need-number");
          if (!isFinite(number)) return t("quiz.not-a-number", { value: q.input.value.trim() });
          return null;
        },
        valid: function (q, r) { return r.number === null || (typeof r.number === "number" && isFinite(r.number)); },
        apply: function (q, r) { q.input.value = r.number === null ? "" : String(r.number); }
      });
      var SHORT = extend(FIELD, {
        read: function (q) { return { text: q.input.value }; },
        missing: function (q) { return grading.normalizeText(q.input.value) === "" ? t("quiz.need-text") : null; },
        valid: function (q, r) { return typeof r.text === "string" && r.text.length <= 1000; },
        apply: function (q, r) { q.input.value = r.text; }
      });
      // Fill in the blanks: one text input per blank, each marked on its own; numbers are sent as the
      // plain decimal they read as ("1,500" as "1500"), which is what the graders accept.
      var CLOZE = {
        setUp: function (q) {
          q.blanks = q.data.blanks.map(function (b) {
            var input = q.fieldset.querySelector("input[data-blank=\"" + cssString(b.id) + "\"]");
            input.addEventListener("keydown", function (event) {
              if (event.key === "Enter" && !event.isComposing) {
                event.preventDefault();
                checkQuestion(q);
              }
            });
            return { data: b, input: input };
          });
        },
        read: function (q) {
          var parts = {};
          q.blanks.forEach(function (b) {
            var value = b.input.value;
            if (typeof b.data.number === "number") {
              var number = parseNumber(value, "");
              if (typeof number === "number" && isFinite(number)) value = String(number);
            }
            parts[b.data.id] = value;
          });
          return { parts: parts };
        },
        missing: function (q) {
          var empty = q.blanks.filter(function (b) { return b.input.value.trim() === ""; });
          if (empty.length === 0) return null;
          return empty.length === q.blanks.length ? t("quiz.need-blanks")
            : t("quiz.need-every-blank", { count: empty.length });
        },
        valid: function (q, r) {
          if (!isObject(r.parts)) return false;
          var ids = q.data.blanks.map(function (b) { return b.id; });
          return Object.keys(r.parts).every(function (id) {
            return ids.indexOf(id) >= 0 && typeof r.parts[id] === "string" && r.parts[id].length <= 1000;
          });
        },
        apply: function (q, r) { q.blanks.forEach(function (b) { b.input.value = own(r.parts, b.data.id) ? r.parts[b.data.id] : ""; }); },
        clear: function (q) { q.blanks.forEach(function (b) { b.input.value = ""; }); },
        mark: function (q) {
          var parts = q.kind.read(q).parts;
          q.blanks.forEach(function (b, k) {
            var one = {};
            one[b.data.id] = parts[b.data.id];
            var right = grading.gradeQuestion({ type: "cloze", id: q.data.id, blanks: [b.data] }, { parts: one }) >= 1;
            b.input.parentNode.appendChild(mark(right, t(right ? "quiz.blank-right" : "quiz.blank-wrong", { number: k + 1 })));
          });
        },
        partDetail: function (q) {
          var right = findAll(q.fieldset, "quiz-mark-right").length;
          return t("quiz.filled", { right: right, count: q.blanks.length });
        },
        rightAnswer: function (q, p) { return listedAnswer(q, p, "li[data-blank]", t("quiz.right-answers", { count: 2 })); }
      };
      // Matching: one select per left-hand item; the right-hand items in a per-learner order.
      var MATCHING = {
        setUp: function (q) {
          q.selects = q.data.pairs.map(function (id) {
            return { id: id, select: q.fieldset.querySelector("select[data-pair=\"" + cssString(id) + "\"]") };
          });
          if (!data.shuffle) return;
          var order = grading.shuffle(store.seed() + "/" + data.id + "/" + q.data.id, q.data.pairs.concat(q.data.distractors));
          q.selects.forEach(function (s) {
            order.forEach(function (id) {
              var option = Array.prototype.filter.call(s.select.options, function (o) { return o.value === id; })[0];
              if (option) s.select.appendChild(option);
            });
          });
        },
        read: function (q) {
          var parts = {};
          q.selects.forEach(function (s) { if (s.select.value !== "") parts[s.id] = s.select.value; });
          return { parts: parts };
        },
        missing: function (q) {
          var empty = q.selects.filter(function (s) { return s.select.value === ""; }).length;
          return empty === 0 ? null : t("quiz.need-every-match", { count: empty });
        },
        valid: function (q, r) {
          if (!isObject(r.parts)) return false;
          var rights = q.data.pairs.concat(q.data.distractors);
          return Object.keys(r.parts).every(function (id) { return q.data.pairs.indexOf(id) >= 0 && rights.indexOf(r.parts[id]) >= 0; });
        },
        apply: function (q, r) { q.selects.forEach(function (s) { s.select.value = own(r.parts, s.id) ? r.parts[s.id] : ""; }); },
        clear: function (q) { q.selects.forEach(function (s) { s.select.value = ""; }); },
        mark: function (q) {
          q.selects.forEach(function (s) {
            var right = s.select.value === s.id;
            var li = s.select.parentNode;
            markAs(q, li, right ? "is-right" : "is-wrong");
            li.appendChild(mark(right, right ? t("quiz.right-match") : t("quiz.wrong-match")));
          });
        },
        partDetail: function (q) {
          var right = q.selects.filter(function (s) { return s.select.value === s.id; }).length;
          return t("quiz.matched", { right: right, count: q.selects.length });
        },
        rightAnswer: function (q, p) { return listedAnswer(q, p, "li[data-pair]", t("quiz.right-pairs")); }
      };
      return {
        "single": CHOICE, "true-false": CHOICE, "scenario": CHOICE, "multiple": MULTIPLE,
        "ordering": ORDERING, "numeric": NUMERIC, "short": SHORT, "cloze": CLOZE, "matching": MATCHING
      };
    }

    // The items of an ordering question, in their current order.
    function orderingItems(q) {
      return q.list.querySelectorAll(":scope > li[data-item]");
    }

    // Adds a state class (is-right, is-wrong, is-chosen) that resetQuestion takes away again.
    function markAs(q, node, cls) {
      node.classList.add(cls);
      if (q.marked.indexOf(node) < 0) q.marked.push(node);
    }

    // The answer key's list items as one line of text, for the live region.
    function listedAnswer(q, p, selector, label) {
      var items = Array.prototype.map.call(q.key.querySelectorAll(selector), textOf);
      if (items.length === 0) return null;
      p.appendChild(document.createTextNode(label));
      p.appendChild(el("strong", null, items.join("; ")));
      return p;
    }

    function kindOf(qdata) {
      if (!Object.prototype.hasOwnProperty.call(KINDS, qdata.type)) throw new Error("unknown question type: " + qdata.type);
      return KINDS[qdata.type];
    }

    function readResponse(q) { return q.kind.read(q); }

    // Why a response cannot be checked yet, or null when it can.
    function missing(q) { return q.kind.missing(q); }

    function validResponse(q, r) { return isObject(r) && q.kind.valid(q, r); }

    function applyResponse(q, r) { q.kind.apply(q, r); }

    function remember(q) {
      if (q.checked) return;
      if (q.feedback.classList.contains("is-prompt")) clearFeedback(q);
      record.responses[q.data.id] = readResponse(q);
      store.save();
      updateQuiz(false);
    }

    // ---- Ordering ----

    function currentOrder(q) {
      var out = [];
      var lis = orderingItems(q);
      for (var k = 0; k < lis.length; k++) out.push(lis[k].getAttribute("data-item"));
      return out;
    }

    function applyOrder(q, order) {
      order.forEach(function (id) {
        var li = q.list.querySelector(":scope > li[data-item=\"" + cssString(id) + "\"]");
        if (li) q.list.appendChild(li);
      });
      updateMoveButtons(q);
    }

    function updateMoveButtons(q) {
      var lis = orderingItems(q);
      for (var k = 0; k < lis.length; k++) {
        lis[k].querySelector("[data-move=\"-1\"]").disabled = k === 0;
        lis[k].querySelector("[data-move=\"1\"]").disabled = k === lis.length - 1;
      }
    }

    function move(q, li, delta, itemText) {
      var lis = Array.prototype.slice.call(orderingItems(q));
      var from = lis.indexOf(li);
      var to = from + delta;
      if (q.checked || from < 0 || to < 0 || to >= lis.length) return;
      // Moving a node takes focus away from the button inside it, so it is given back below.
      q.list.insertBefore(li, delta < 0 ? lis[to] : lis[to].nextSibling);
      updateMoveButtons(q);
      var same = li.querySelector("[data-move=\"" + delta + "\"]");
      (same.disabled ? li.querySelector("[data-move=\"" + (-delta) + "\"]") : same).focus();
      q.status.textContent = t("quiz.moved", { item: itemText, position: to + 1, count: lis.length });
      remember(q);
    }

    // A per-learner order of the items that is never the right one (when there are two or more).
    function scrambled(seed, ids) {
      for (var attempt = 0; attempt < 8; attempt++) {
        var order = grading.shuffle(seed + "#" + attempt, ids);
        if (ids.length < 2 || order.join("\n") !== ids.join("\n")) return order;
      }
      return ids.slice().reverse();
    }

    // ---- Checking ----

    function checkQuestion(q) {
      if (q.checked) return;
      var problem = missing(q);
      if (problem) {
        clearFeedback(q);
        q.feedback.classList.add("is-prompt");
        q.feedback.appendChild(el("p", "feedback-prompt", problem));
        return;
      }
      var response = readResponse(q);
      record.responses[q.data.id] = response;
      q.tries += 1;
      record.tries[q.data.id] = q.tries;
      var score = grading.gradeQuestion(q.data, response);
      var turn = policies.turn(policy, q.tries, score, false, showingAll);
      if (turn.done) {
        if (record.checked.indexOf(q.data.id) < 0) record.checked.push(q.data.id);
        q.checked = true;
        q.score = score;
      } else {
        showTried(q, score, turn.triesLeft, response);
      }
      var complete = questions.every(function (x) { return x.checked; });
      if (complete) {
        var result = grading.gradeQuiz(given, record.responses);
        record.attempts += 1;
        // An attempt finished after "Show answers" revealed what a policy of "on-request" keeps back is
        // not a best score: the answers were read, not known.
        if (!record.peeked) record.best = record.best === null ? result.score : Math.max(record.best, result.score);
      }
      // Showing this question, and, with "at-end", every other question once the quiz is done.
      questions.forEach(function (x) { if (x.checked && (x === q || x.revealed !== revealOf(x))) showChecked(x, x.score); });
      store.save();
      // For listeners such as an LMS package's run-time (lms/launch.js): the graded result, never a second grader.
      section.dispatchEvent(new CustomEvent("coursegen:quiz-check", { bubbles: true, detail: { quiz: data.id, question: q.data, version: q.version,
        response: response, score: score, tries: q.tries, done: turn.done, complete: complete, result: complete ? result : null,
        best: record.best } }));
      updateQuiz(complete);
      if (!complete) q.feedback.focus();
    }

    // Whether a done question's answer and explanation show now, by the quiz's policy.
    function revealOf(q) {
      var done = questions.every(function (x) { return x.checked; });
      return policies.turn(policy, Math.max(q.tries, 1), q.score, done, showingAll).reveal;
    }

    // A check with tries left: the verdict, how many tries are left, and the feedback the author wrote for
    // what was chosen or typed; no right answer, no explanation, and the question stays open.
    function showTried(q, score, triesLeft, response) {
      clearFeedback(q);
      q.feedback.classList.add("is-tried");
      var p = verdict(q, score);
      p.appendChild(document.createTextNode(triesLeft < 0 ? t("quiz.try-again") : t("quiz.tries-left", { count: triesLeft })));
      q.feedback.appendChild(p);
      appendHints(q, response, false);
    }

    // The feedback the author wrote for this response (q.kind.hint), copied into the live region.
    function appendHints(q, response, done) {
      if (!q.kind.hint) return;
      q.kind.hint(q, response, done).forEach(function (node) {
        var copy = node.cloneNode(true);
        copy.hidden = false;
        copy.className = "feedback-hint";
        copy.removeAttribute("data-cg");
        copy.removeAttribute("data-feedback-for");
        copy.removeAttribute("data-mistake");
        stripIds(copy);
        q.feedback.appendChild(copy);
      });
    }

    // A done question: marked, its verdict, and, when the policy reveals it, the right answer and explanation.
    function showChecked(q, score) {
      clearMarks(q);
      q.checked = true;
      q.score = score;
      q.revealed = revealOf(q);
      q.el.classList.add("is-checked", score >= 1 ? "is-correct" : score > 0 ? "is-partial" : "is-incorrect");
      q.fieldset.disabled = true;
      q.actionsEl.hidden = true;
      if (q.status) q.status.textContent = "";
      q.key.hidden = !(q.revealed || showingAll);
      q.kind.mark(q, score, q.revealed);
      clearFeedback(q);
      q.feedback.appendChild(verdict(q, score));
      var response = record.responses[q.data.id];
      if (score < 1) appendHints(q, response, true);
      if (!q.revealed) return;
      if (score < 1) {
        var answer = rightAnswer(q);
        if (answer) q.feedback.appendChild(answer);
      }
      var explanation = find(q.key, "explanation");
      if (explanation) {
        var copy = explanation.cloneNode(true);
        copy.className = "feedback-explanation";
        copy.removeAttribute("data-cg");
        stripIds(copy);
        q.feedback.appendChild(copy);
      }
    }

    // Takes away what marking a checked answer added: marks, state classes, shown option feedback.
    function clearMarks(q) {
      q.el.classList.remove("is-checked", "is-correct", "is-partial", "is-incorrect");
      var marks = findAll(q.el, "quiz-mark");
      for (var k = 0; k < marks.length; k++) marks[k].parentNode.removeChild(marks[k]);
      q.marked.forEach(function (node) { node.classList.remove("is-right", "is-wrong", "is-chosen"); });
      q.marked = [];
      var feedbacks = q.el.querySelectorAll("[data-feedback-for]");
      for (var f = 0; f < feedbacks.length; f++) feedbacks[f].hidden = true;
    }

    function markChoices(q, revealed) {
      var multiple = q.kind.multiple;
      q.options.forEach(function (o) {
        var chosen = o.input.checked;
        var right = o.data.correct === true;
        if (right && (revealed || chosen)) markAs(q, o.el, "is-right");
        if (chosen) markAs(q, o.el, "is-chosen");
        if (chosen && !right) markAs(q, o.el, "is-wrong");
        var feedback = o.el.querySelector("[data-feedback-for]");
        if (feedback && chosen) feedback.hidden = false;
        if (chosen && right) o.label.appendChild(mark(true, t("quiz.choice-correct")));
        else if (chosen) o.label.appendChild(mark(false, t("quiz.choice-wrong")));
        else if (right && revealed) o.label.appendChild(mark(true, multiple ? t("quiz.correct-not-chosen") : t("quiz.correct-answer")));
      });
    }

    function markOrder(q, revealed) {
      var order = currentOrder(q);
      order.forEach(function (id, k) {
        var li = q.list.querySelector(":scope > li[data-item=\"" + cssString(id) + "\"]");
        var right = q.data.items.indexOf(id);
        markAs(q, li, right === k ? "is-right" : "is-wrong");
        find(li, "ordering-text").appendChild(right === k
          ? mark(true, t("quiz.right-place"))
          : mark(false, revealed ? t("quiz.belongs-at", { position: right + 1 }) : t("quiz.wrong-place")));
      });
    }

    function markField(q, score) {
      var field = q.input.parentNode;
      field.appendChild(mark(score >= 1, t(score >= 1 ? "quiz.mark-correct" : "quiz.mark-wrong")));
    }

    function verdict(q, score) {
      var p = el("p", "verdict");
      var icon = score >= 1 ? "✓" : score > 0 ? "◐" : "✗";
      p.appendChild(el("span", "verdict-icon", icon)).setAttribute("aria-hidden", "true");
      var text;
      if (score >= 1) text = t("quiz.verdict-correct");
      else if (score <= 0) text = t("quiz.verdict-wrong");
      else text = t("quiz.partly", { score: percent(score) }) + partDetail(q);
      p.appendChild(document.createTextNode(" " + text));
      return p;
    }

    function partDetail(q) { return q.kind.partDetail(q); }

    // The right answer as text, for the live region: option labels, or the answer key's answer line.
    function rightAnswer(q) { return q.kind.rightAnswer(q, el("p", "feedback-answer")); }

    function clearFeedback(q) {
      q.feedback.classList.remove("is-prompt", "is-tried");
      while (q.feedback.firstChild) q.feedback.removeChild(q.feedback.firstChild);
    }

    function resetQuestion(q) {
      q.checked = false;
      q.score = 0;
      q.tries = 0;
      q.revealed = false;
      delete record.tries[q.data.id];
      clearMarks(q);
      clearFeedback(q);
      q.fieldset.disabled = false;
      q.actionsEl.hidden = false;
      q.key.open = false;
      q.key.hidden = !showingAll;
      q.kind.clear(q);
      delete record.responses[q.data.id];
      record.checked = record.checked.filter(function (id) { return id !== q.data.id; });
    }

    // A saved response back in its inputs; a question checked before is done again, or open with the
    // tries it has left. (Shown by showChecked once every question is restored: "at-end" needs them all.)
    function restore(q) {
      var r = own(record.responses, q.data.id) ? record.responses[q.data.id] : undefined;
      var saved = own(record.tries, q.data.id) ? record.tries[q.data.id] : 0;
      if (r === undefined) return;
      if (!validResponse(q, r)) {
        delete record.responses[q.data.id];
        return;
      }
      applyResponse(q, r);
      if (missing(q) !== null) return;
      var wasDone = record.checked.indexOf(q.data.id) >= 0;
      var used = typeof saved === "number" && saved >= 1 && saved < 1000 ? Math.floor(saved) : wasDone ? 1 : 0;
      if (used === 0) return;
      var score = grading.gradeQuestion(q.data, r);
      // Checked with fewer tries than the policy now allows: done under an older policy, so done.
      if (wasDone && policy.tries > used && score < 1) used = policy.tries;
      q.tries = used;
      var turn = policies.turn(policy, used, score, false, false);
      if (turn.done) {
        q.checked = true;
        q.score = score;
      } else {
        showTried(q, score, turn.triesLeft, r);
      }
    }

    // Drops what no longer fits the quiz (a question removed or changed since the progress was saved).
    function pruneRecord() {
      Object.keys(record.responses).forEach(function (id) {
        if (!byId[id]) delete record.responses[id];
      });
      record.checked = record.checked.filter(function (id, k) {
        return typeof id === "string" && record.checked.indexOf(id) === k &&
          questions.some(function (q) { return q.data.id === id && q.checked; });
      });
      Object.keys(record.tries).forEach(function (id) {
        if (!byId[id] || !own(record.responses, id)) delete record.tries[id];
      });
    }

    // ---- Quiz-level actions ----

    function retryWrong() {
      var wrong = questions.filter(function (q) { return q.checked && q.score < 1; });
      if (wrong.length === 0) return;
      setShowingAll(false);
      wrong.forEach(resetQuestion);
      refreshDone();
      store.save();
      current = questions.indexOf(wrong[0]);
      updateQuiz(false);
      focusQuestion(wrong[0]);
    }

    function startOver() {
      setShowingAll(false);
      delete record.peeked;
      questions.forEach(resetQuestion);
      record.responses = {};
      record.checked = [];
      record.tries = {};
      store.save();
      current = 0;
      updateQuiz(false);
      if (questions.length > 0) focusQuestion(questions[0]);
    }

    function toggleAnswers() {
      setShowingAll(!showingAll);
    }

    function setShowingAll(on) {
      showingAll = on;
      if (on && policy.reveal === "on-request" && questions.some(function (x) { return !x.checked; })) {
        record.peeked = true;
        store.save();
      }
      refreshDone();
      questions.forEach(function (q) {
        q.key.hidden = !(on || q.revealed);
        q.key.open = on;
      });
      showButton.textContent = t(on ? "quiz.hide-answers" : "quiz.show-answers");
    }

    // Shows again each done question whose answer the policy now reveals, or no longer reveals.
    function refreshDone() {
      questions.forEach(function (q) { if (q.checked && q.revealed !== revealOf(q)) showChecked(q, q.score); });
    }

    // One question at a time: shows question `index` (kept within the quiz) and moves focus into it.
    function goTo(index) {
      current = Math.max(0, Math.min(questions.length - 1, index));
      updateQuiz(false);
      var q = questions[current];
      if (!q) return;
      var control = controls(q).filter(function (c) { return !c.disabled; })[0];
      (control || q.feedback).focus();
    }

    // Which questions show: all, or with oneAtATime the current one until every question is done.
    function updatePager(done) {
      var paging = policy.oneAtATime && !done && questions.length > 1;
      if (pager) pager.hidden = !paging;
      questions.forEach(function (q, k) { q.el.hidden = paging && k !== current; });
      if (!paging) return;
      pagerStatus.textContent = t("quiz.legend", { number: current + 1, count: questions.length });
      previousButton.disabled = current === 0;
      nextButton.disabled = current === questions.length - 1;
    }

    function focusQuestion(q) {
      var control = controls(q).filter(function (c) { return !c.disabled; })[0];
      if (control) control.focus();
    }

    // The question's own inputs, selects and move buttons, in page order.
    function controls(q) {
      if (q.options.length > 0) return q.options.map(function (o) { return o.input; });
      if (q.input) return [q.input];
      if (q.blanks) return q.blanks.map(function (b) { return b.input; });
      if (q.selects) return q.selects.map(function (s) { return s.select; });
      return q.list ? Array.prototype.slice.call(q.list.querySelectorAll("button[data-move]")) : [];
    }

    // Progress line, action buttons and (once every question is checked) the summary.
    function updateQuiz(focusSummary) {
      var checked = questions.filter(function (q) { return q.checked; });
      var answered = Object.keys(record.responses).length > 0;
      retryButton.hidden = !checked.some(function (q) { return q.score < 1; });
      restartButton.hidden = !answered && checked.length === 0;
      var done = checked.length === questions.length && questions.length > 0;
      // "Print with answers" shows the answers too, so it is offered when "Show answers" is.
      showButton.hidden = printButton.hidden = !policies.offersShowAnswers(policy, done);
      updatePager(done);
      progress.textContent = record.best === null ? t("quiz.checked", { checked: checked.length, count: questions.length })
        : t("quiz.checked-best", { checked: checked.length, count: questions.length, best: percent(record.best, data.pass) });
      if (checked.length < questions.length || questions.length === 0) {
        while (summary.firstChild) summary.removeChild(summary.firstChild);
        summary.classList.remove("is-pass", "is-fail");
        return;
      }
      renderSummary(grading.gradeQuiz(given, record.responses));
      if (focusSummary && summaryTitle) summaryTitle.focus();
    }

    function renderSummary(result) {
      while (summary.firstChild) summary.removeChild(summary.firstChild);
      summary.classList.remove("is-pass", "is-fail");
      summary.classList.add(result.passed ? "is-pass" : "is-fail");
      var title = el("h" + Math.min(titleLevel + 1, 6), "quiz-summary-title", t("quiz.result"));
      title.setAttribute("tabindex", "-1");
      summary.appendChild(title);
      summaryTitle = title;
      var score = el("p", "quiz-score");
      var scored = i18n.around("quiz.scored", "score");
      score.appendChild(document.createTextNode(scored[0]));
      score.appendChild(el("strong", "quiz-score-value", t("quiz.percent", { score: percent(result.score, data.pass) })));
      score.appendChild(document.createTextNode(scored[1]));
      summary.appendChild(score);
      var outcome = el("p", "quiz-outcome");
      outcome.appendChild(el("span", "verdict-icon", result.passed ? "✓" : "✗")).setAttribute("aria-hidden", "true");
      // Rounded as the page's "pass mark" line rounds it (QuizViews, ScorePercent.passMark).
      var passMark = grading.passMark(data.pass);
      outcome.appendChild(document.createTextNode(t(result.passed ? "quiz.passed" : "quiz.not-passed", { pass: passMark })));
      summary.appendChild(outcome);
      if (record.peeked) {
        summary.appendChild(el("p", "quiz-peeked", t("quiz.peeked")));
      }
      var best = record.best === null && !record.peeked ? result.score : record.best;
      summary.appendChild(el("p", "quiz-best", best === null ? t("quiz.best-none", { attempts: record.attempts })
        : t("quiz.best", { best: percent(best, data.pass), attempts: record.attempts })));
      if (result.diagnosis.length > 0) {
        summary.appendChild(el("p", "quiz-diagnosis-intro", t("quiz.diagnosis")));
        var list = el("ul", "quiz-diagnosis");
        result.diagnosis.forEach(function (d) {
          var li = el("li");
          li.appendChild(el("span", "quiz-diagnosis-tag", readableTag(d.tag)));
          li.appendChild(document.createTextNode(" — "));
          d.questions.forEach(function (id, k) {
            var q = questions.filter(function (x) { return x.data.id === id; })[0];
            if (!q) return;
            if (k > 0) li.appendChild(document.createTextNode(", "));
            var a = el("a", null, t("quiz.question-link", { number: q.number }));
            a.href = "#" + q.el.id;
            li.appendChild(a);
          });
          // The author's review link for this misconception, rendered at build time (widgets/quiz/quiz.jte).
          var review = reviewLinks[d.tag];
          if (review) {
            li.appendChild(document.createTextNode(t("quiz.read-again")));
            var link = el("a", "quiz-review-link", review.textContent);
            link.href = review.getAttribute("href");
            li.appendChild(link);
          }
          list.appendChild(li);
        });
        summary.appendChild(list);
      }
      if (!result.passed || questions.some(function (q) { return q.score < 1; })) {
        summary.appendChild(el("p", "quiz-next", t("quiz.retry-note")));
      }
    }
  }

  // ---- Helpers ---------------------------------------------------------------------------------

  // A number typed by a learner: "1500", "1,500", "1 500", "1.5", "1,5", "−2", "1e3", with the
  // question's unit or a % sign after it. null when empty, NaN when unreadable.
  function parseNumber(text, unit) {
    var s = String(text).trim();
    if (unit && s.toLowerCase().slice(-unit.length) === unit.toLowerCase()) s = s.slice(0, -unit.length);
    s = s.replace(/%$/, "").replace(/[\s\u00a0\u202f_']/g, "").replace(/\u2212/g, "-");
    if (s === "") return null;
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, "");
    else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(",", ".");
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return NaN;
    return parseFloat(s);
  }

  // "thinks-fine-tuning-adds-knowledge" → "Thinks fine-tuning adds knowledge".
  function readableTag(tag) {
    var words = String(tag).split("-").filter(function (w) { return w !== ""; });
    var out = [];
    for (var k = 0; k < words.length; k++) {
      var w = words[k];
      // "fine-tuning" is one word that keeps its hyphen.
      if (w === "fine" && words[k + 1] === "tuning") {
        out.push("fine-tuning");
        k++;
      } else {
        out.push(own(ACRONYMS, w) ? ACRONYMS[w] : w);
      }
    }
    var text = out.join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // A score from 0 to 1 as a whole percentage, by the rule in quiz-grading.js (ScorePercent in Java);
  // a quiz score is shown against the pass mark, so a failing 69.6% never reads as a passing 70%.
  function percent(score, pass) {
    return grading.percent(score, pass);
  }

  function mark(right, text) {
    var span = dom.hooked(el("span", "quiz-mark " + (right ? "quiz-mark-right" : "quiz-mark-wrong")),
      "quiz-mark " + (right ? "quiz-mark-right" : "quiz-mark-wrong"));
    span.appendChild(el("span", "quiz-mark-icon", right ? "✓" : "✗")).setAttribute("aria-hidden", "true");
    span.appendChild(document.createTextNode(" " + text));
    return span;
  }



  function textOf(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function stripIds(node) {
    node.removeAttribute("id");
    var withIds = node.querySelectorAll("[id]");
    for (var k = 0; k < withIds.length; k++) withIds[k].removeAttribute("id");
  }

  function cssString(value) {
    return String(value).replace(/["\\]/g, "\\$&");
  }

  function isPermutation(list, items) {
    if (!Array.isArray(list) || list.length !== items.length) return false;
    return list.every(function (id, k) { return items.indexOf(id) >= 0 && list.indexOf(id) === k; });
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }
})();
