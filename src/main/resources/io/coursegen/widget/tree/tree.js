// Decision-tree widget: enhances templates/widgets/tree/tree.jte.
//
// Without this script the page shows the whole tree as nested lists: every question, each of its
// answers, and where each answer leads, down to the outcomes. With it: one question at a time, its
// answers as native radio buttons in a fieldset, a Next button, Back and Start over, the answers so
// far as a list, and the outcome with its explanation and lessons. The walk is window.CoursegenTree's
// (tree-walk.js, loaded just before this file), which follows the Java TreeWalker. The path lives in
// the URL hash (#tree-<id>=0.1.0, answers by position) so a link reproduces it, and in the learner's
// progress (CoursegenProgress widget state "tree/<id>") so a table-of-contents anchor, which replaces
// the hash, does not wipe it and a reload or a later visit restores it. Back pre-selects the answer
// given before: the answers undone by Back are kept as `ahead` until the learner answers differently.
// Texts written in markdown are cloned from the build-time nested list, never parsed from strings;
// plain text goes in with textContent; nothing is styled inline (the CSP forbids it). Focus moves only
// after the learner acts, never on load.
// A classic deferred script, not an ES module: Chromium refuses modules on file:// pages.
(function () {
  "use strict";

  var walker = window.CoursegenTree;
  if (!walker) return;
  var store = window.CoursegenProgress;
  var t = window.CoursegenI18n.t;
  var KIND = "tree";
  // Its elements are found by their data-cg hooks and data attributes only (see dom.js).
  var dom = window.CoursegenDom;
  var find = dom.find;

  // ---- The URL hash: "tree-a=0.1&tree-b=2", one entry per tree on the page ----------------------

  function readHash() {
    var out = {};
    var hash = window.location.hash.replace(/^#/, "");
    if (!hash) return out;
    hash.split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq > 0) out[decodeURIComponent(part.slice(0, eq))] = part.slice(eq + 1);
    });
    return out;
  }

  function writeHash(key, answers) {
    var entries = readHash();
    if (answers.length) entries[key] = answers.join(".");
    else delete entries[key];
    var parts = Object.keys(entries).map(function (k) { return encodeURIComponent(k) + "=" + entries[k]; });
    var url = window.location.pathname + window.location.search + (parts.length ? "#" + parts.join("&") : "");
    try {
      window.history.replaceState(null, "", url);
    } catch (e) {
      // Some file:// setups refuse history changes; the walk still works, only not in the URL.
    }
  }

  // "0.1.0" -> [0, 1, 0]; anything else -> [].
  function parsePath(text) {
    if (!text || !/^\d{1,4}(\.\d{1,4})*$/.test(text)) return [];
    return text.split(".").map(Number);
  }

  // A stored list of answer positions, checked before use: anything but an array of at most 1,000
  // whole numbers from 0 to 9999 (what a hash can say) counts as none.
  function storedPath(value) {
    if (!Array.isArray(value) || value.length > 1000) return [];
    for (var i = 0; i < value.length; i++) {
      if (!Number.isInteger(value[i]) || value[i] < 0 || value[i] > 9999) return [];
    }
    return value.slice();
  }

  // The walk kept in the learner's progress: {answers, ahead}, each checked.
  function loadState(id) {
    var raw = store ? store.widgetState(KIND, id) : undefined;
    var ok = raw !== null && typeof raw === "object" && !Array.isArray(raw);
    return { answers: storedPath(ok ? raw.answers : null), ahead: storedPath(ok ? raw.ahead : null) };
  }

  // What `ahead` becomes when the walk is set to `answers` from outside (a link, a history step):
  // the rest of the kept walk if `answers` is a prefix of it, else nothing.
  function aheadAfter(answers, kept) {
    var full = kept.answers.concat(kept.ahead);
    if (answers.length > full.length) return [];
    for (var i = 0; i < answers.length; i++) if (answers[i] !== full[i]) return [];
    return full.slice(answers.length);
  }

  // ---- One widget per section.tree --------------------------------------------------------------

  function clearChildren(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function cloneChildren(from, to) {
    if (!from) return;
    for (var i = 0; i < from.childNodes.length; i++) to.appendChild(from.childNodes[i].cloneNode(true));
  }

  function setup(section) {
    var data;
    try {
      data = JSON.parse(find(section, "tree-data").textContent);
    } catch (e) {
      return; // the nested list stays
    }
    var key = "tree-" + data.id;
    var byId = new Map();
    data.nodes.forEach(function (n) { if (!byId.has(n.id)) byId.set(n.id, n); });

    var stat = find(section, "tree-static");
    var widget = find(section, "tree-widget");
    var step = find(widget, "tree-step");
    var historyBox = find(widget, "tree-history-box");
    var history = find(widget, "tree-history");
    var form = find(widget, "tree-form");
    var fieldset = find(form, "tree-fieldset");
    var legend = find(form, "tree-legend");
    var help = find(form, "tree-help-now");
    var options = find(form, "tree-options");
    var error = find(form, "tree-error");
    var result = find(widget, "tree-result");
    var resultBody = find(widget, "tree-result-body");
    var back = find(widget, "tree-back");
    var restart = find(widget, "tree-restart");

    var answers = [];
    // Answers undone by Back, in order: ahead[0] is pre-selected at the current question.
    var ahead = [];

    // Keeps the walk in the URL and in the learner's progress (Start over forgets it).
    function keep() {
      writeHash(key, answers);
      if (!store) return;
      if (answers.length === 0 && ahead.length === 0) store.setWidgetState(KIND, data.id, undefined);
      else store.setWidgetState(KIND, data.id, { answers: answers, ahead: ahead });
    }

    // The build-time list item of a node: the first, as a node reached by several paths is listed under each.
    function staticItem(nodeId) {
      var items = stat.querySelectorAll("li[data-node]");
      for (var i = 0; i < items.length; i++) if (items[i].getAttribute("data-node") === nodeId) return items[i];
      return null;
    }

    // The child of a node's list item with hook `name` (its question, help or outcome), not a nested node's.
    function ownChild(item, name) {
      if (!item) return null;
      for (var i = 0; i < item.children.length; i++) if (item.children[i].matches(dom.hook(name))) return item.children[i];
      return null;
    }

    function questionText(item) {
      var p = ownChild(item, "tree-q");
      return p ? find(p, "tree-q-text") : null;
    }

    // The longest prefix of `wanted` that walks without an error, and the node it reaches.
    function reach(wanted) {
      for (var n = wanted.length; n >= 0; n--) {
        var r = walker.walk(data, wanted.slice(0, n));
        if (!r.error) return { answers: wanted.slice(0, n), result: r };
      }
      return null;
    }

    function render(moveFocus) {
      var got = reach(answers);
      if (!got) return;
      answers = got.answers;
      // Only as much of `ahead` as still walks from here.
      var further = reach(answers.concat(ahead));
      ahead = further ? further.answers.slice(answers.length) : [];
      var node = byId.get(got.result.node);

      // The answers so far.
      clearChildren(history);
      var at = byId.get(data.start);
      for (var i = 0; i < answers.length; i++) {
        var li = document.createElement("li");
        var q = document.createElement("span");
        q.className = "tree-history-q";
        cloneChildren(questionText(staticItem(at.id)), q);
        var a = document.createElement("strong");
        a.className = "tree-history-a";
        a.textContent = at.answers[answers[i]].label;
        li.appendChild(q);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(a);
        history.appendChild(li);
        at = byId.get(at.answers[answers[i]].next);
      }
      historyBox.hidden = answers.length === 0;
      back.hidden = answers.length === 0;
      restart.hidden = answers.length === 0;
      error.hidden = true;
      fieldset.removeAttribute("aria-describedby");

      var item = staticItem(node.id);
      if (node.kind === "question") {
        step.textContent = t("tree.step", { number: answers.length + 1 });
        form.hidden = false;
        result.hidden = true;
        clearChildren(legend);
        cloneChildren(questionText(item), legend);
        clearChildren(help);
        cloneChildren(ownChild(item, "tree-help"), help);
        help.hidden = !help.firstChild;
        clearChildren(options);
        node.answers.forEach(function (answer, k) {
          var id = dom.freeId(key + "-answer-" + k);
          var wrap = document.createElement("div");
          wrap.className = "tree-option";
          var input = document.createElement("input");
          input.type = "radio";
          input.name = key + "-answer";
          input.id = id;
          input.value = String(k);
          input.setAttribute("data-answer", String(k));
          if (ahead.length && ahead[0] === k) input.checked = true;
          var label = document.createElement("label");
          label.htmlFor = id;
          label.textContent = answer.label;
          wrap.appendChild(input);
          wrap.appendChild(label);
          options.appendChild(wrap);
        });
        if (moveFocus) fieldset.focus();
      } else {
        step.textContent = t("tree.result-after", { count: answers.length });
        form.hidden = true;
        result.hidden = false;
        clearChildren(resultBody);
        cloneChildren(ownChild(item, "tree-outcome-body"), resultBody);
        if (moveFocus) result.focus();
      }
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = options.querySelector("input[data-answer]:checked");
      if (!chosen) {
        error.hidden = false;
        fieldset.setAttribute("aria-describedby", error.id);
        fieldset.focus();
        return;
      }
      var k = Number(chosen.value);
      ahead = ahead.length && ahead[0] === k ? ahead.slice(1) : [];
      answers = answers.concat([k]);
      render(true);
      keep();
    });

    back.addEventListener("click", function () {
      ahead = answers.slice(-1).concat(ahead);
      answers = answers.slice(0, -1);
      render(true);
      keep();
    });

    restart.addEventListener("click", function () {
      answers = [];
      ahead = [];
      render(true);
      keep();
    });

    // Sets the walk from the URL when it names one for this tree; a hash without it (a table-of-contents
    // anchor such as #why-it-matters, or #tree-<id> from the all-paths page) leaves the walk as it is.
    function adoptHash() {
      var entries = readHash();
      if (!Object.prototype.hasOwnProperty.call(entries, key)) return false;
      var wanted = parsePath(entries[key]);
      if (wanted.join(".") === answers.join(".")) return true;
      ahead = aheadAfter(wanted, { answers: answers, ahead: ahead });
      answers = wanted;
      render(false);
      return true;
    }

    window.addEventListener("hashchange", function () {
      if (adoptHash()) keep();
    });

    // Progress replaced by an import or a reset on this page: show what it now holds.
    if (store) {
      store.onReplace(function () {
        var kept = loadState(data.id);
        answers = kept.answers;
        ahead = kept.ahead;
        render(false);
        writeHash(key, answers);
      });
    }

    // On load: the walk in the URL if it names one (a shared link), else the one kept in progress.
    var kept = loadState(data.id);
    answers = kept.answers;
    ahead = kept.ahead;
    render(false);
    if (adoptHash()) {
      if (answers.join(".") !== kept.answers.join(".") || ahead.join(".") !== kept.ahead.join(".")) keep();
    } else if (answers.length && !window.location.hash) {
      writeHash(key, answers); // an address without a fragment names the restored walk, to copy or share
    }
    widget.hidden = false;
    stat.hidden = true;
    section.classList.add("tree-enhanced");
  }

  var sections = dom.findAll(document, "tree");
  for (var i = 0; i < sections.length; i++) setup(sections[i]);
})();
