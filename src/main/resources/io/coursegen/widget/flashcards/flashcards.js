// Flashcard deck widget: enhances templates/widgets/flashcards/flashcards.jte.
//
// Without this script the page shows the deck as a list, each card's front as a term and its back as
// the description. With it: one card at a time, front first; "Show answer" (or Space / Enter) turns it,
// then "Knew it" (K) or "Again" (A), each announced in a live region; a counter of the session's cards,
// how many cards sit in each box, and "Start over". Which cards a session shows is window.CoursegenLeitner's
// (leitner.js, loaded just before this file). Where each card stands is kept in the learner's progress
// (progress.js) as the state of widget "flashcards", item <deck id>:
//   {"session": 3, "knew": 2, "again": 1, "cards": {"<card key>": {"box": 2, "due": 5}}}
// knew / again count this session's answers. Stored values are checked (leitner.restore) before use.
// Card texts are cloned from the build-time list, never parsed from strings; plain text goes in with
// textContent; nothing is styled inline (the CSP forbids it). Focus moves only after the learner acts.
// Its elements are found by their data-cg hooks and data attributes only (see dom.js).
// A classic deferred script, not an ES module: Chromium refuses modules on file:// pages.
(function () {
  "use strict";

  var dom = window.CoursegenDom;
  var find = dom.find;
  var leitner = window.CoursegenLeitner;
  var store = window.CoursegenProgress;
  var t = window.CoursegenI18n.t;
  if (!leitner) return;
  var KIND = "flashcards";

  function clearChildren(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function cloneChildren(from, to) {
    clearChildren(to);
    for (var i = 0; i < from.childNodes.length; i++) to.appendChild(from.childNodes[i].cloneNode(true));
  }

  function own(o, k) {
    return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k);
  }

  // The text of a card side as the live region reads it: its blocks joined by spaces, without the
  // "More about this term" link, which the learner can reach on the card itself.
  function spoken(side) {
    var parts = [];
    Array.prototype.forEach.call(side.childNodes, function (n) {
      if (n.nodeType === 1 && n.matches(dom.hook("flashcards-term-link"))) return;
      parts.push(n.textContent);
    });
    return parts.join(" ").replace(/\s+/g, " ").trim();
  }

  // A stored count of answers: a whole number from 0 up, else 0.
  function tally(v) {
    return typeof v === "number" && v === Math.floor(v) && v >= 0 && v <= leitner.MAX_SESSION ? v : 0;
  }

  function setup(section) {
    var data;
    try {
      data = JSON.parse(find(section, "flashcards-data").textContent);
    } catch (e) {
      return; // the list stays
    }
    var list = find(section, "flashcards-list");
    var items = list.querySelectorAll(":scope > " + dom.hook("flashcards-item"));
    var keys = data.cards;
    if (!Array.isArray(keys) || keys.length === 0 || keys.length !== items.length) return;
    var byKey = {};
    keys.forEach(function (k, i) { byKey[k] = items[i]; });

    var widget = find(section, "flashcards-widget");
    var q = function (name) { return find(widget, name); };
    var progress = q("flashcards-progress");
    var card = q("flashcards-card");
    var front = q("flashcards-front");
    var backSide = q("flashcards-back-side");
    var back = q("flashcards-back");
    var flip = q("flashcards-flip");
    var knewButton = q("flashcards-knew");
    var againButton = q("flashcards-again");
    var done = q("flashcards-done");
    var doneTitle = q("flashcards-done-title");
    var doneNext = q("flashcards-done-next");
    var next = q("flashcards-next");
    var boxes = q("flashcards-boxes");
    var restart = q("flashcards-restart");
    var status = q("flashcards-status");

    var session, knew, again, states, current;

    function load() {
      var raw = store ? store.widgetState(KIND, data.id) : undefined;
      session = leitner.restoreSession(own(raw, "session") ? raw.session : null);
      knew = own(raw, "knew") ? tally(raw.knew) : 0;
      again = own(raw, "again") ? tally(raw.again) : 0;
      states = {};
      var stored = own(raw, "cards") ? raw.cards : null;
      keys.forEach(function (k) {
        var s = own(stored, k) ? stored[k] : null;
        states[k] = s !== null && typeof s === "object" ? leitner.restore(s.box, s.due) : leitner.restore(null, null);
      });
    }

    function save() {
      if (!store) return;
      var cards = {};
      keys.forEach(function (k) { cards[k] = states[k]; });
      store.setWidgetState(KIND, data.id, { session: session, knew: knew, again: again, cards: cards });
    }

    function allStates() {
      return keys.map(function (k) { return states[k]; });
    }

    // What the progress line shows of the current card, for the announcement of a new session; null when none is due.
    var shownProgress = null;

    function showBoxes() {
      var c = leitner.counts(allStates());
      boxes.textContent = c.map(function (n, i) { return t("flashcards.box-count", { box: i + 1, count: n }); }).join(" · ");
    }

    function show() {
      var due = leitner.due(keys, states, session);
      showBoxes();
      var answered = knew + again;
      if (due.length === 0) {
        current = null;
        card.hidden = true;
        flip.hidden = knewButton.hidden = againButton.hidden = true;
        var upcoming = leitner.nextSession(allStates(), session);
        var dueThen = leitner.due(keys, states, upcoming).length;
        shownProgress = null;
        progress.textContent = t("flashcards.session-done", { session: session });
        doneTitle.textContent = answered === 0 ? t("flashcards.nothing-due", { session: session })
          : t("flashcards.knew-of", { knew: knew, count: answered });
        doneNext.textContent = t("flashcards.next-shows", { session: upcoming, count: dueThen });
        next.textContent = t("flashcards.start-session", { session: upcoming });
        done.hidden = false;
        return;
      }
      current = due[0];
      done.hidden = true;
      card.hidden = false;
      shownProgress = { session: session, card: answered + 1, count: answered + due.length, box: states[current].box };
      progress.textContent = t("flashcards.progress", shownProgress);
      cloneChildren(find(byKey[current], "flashcards-item-front"), front);
      clearChildren(back);
      backSide.hidden = true;
      card.classList.remove("is-flipped");
      flip.hidden = false;
      knewButton.hidden = againButton.hidden = true;
    }

    function turn() {
      if (current === null || !backSide.hidden) return;
      cloneChildren(find(byKey[current], "flashcards-item-back"), back);
      backSide.hidden = false;
      card.classList.add("is-flipped");
      flip.hidden = true;
      knewButton.hidden = againButton.hidden = false;
      knewButton.focus();
      status.textContent = t("flashcards.said-answer", { answer: spoken(back) });
    }

    function answer(wasKnown) {
      if (current === null || backSide.hidden) return;
      var after = leitner.answer(states[current], wasKnown, session);
      states[current] = after;
      if (wasKnown) knew++;
      else again++;
      save();
      var said = wasKnown ? t("flashcards.said-knew", { box: after.box, session: after.due })
        : t("flashcards.said-again", { session: after.due });
      show();
      if (current !== null) {
        flip.focus();
        status.textContent = t("flashcards.said-next", { said: said, front: spoken(front) });
      } else {
        done.focus();
        status.textContent = said + " " + doneTitle.textContent;
      }
    }

    flip.addEventListener("click", turn);
    card.addEventListener("click", function (e) {
      if (e.target.closest("a")) return; // a link on the back is followed, not a turn
      turn();
    });
    knewButton.addEventListener("click", function () { answer(true); });
    againButton.addEventListener("click", function () { answer(false); });
    next.addEventListener("click", function () {
      session = leitner.nextSession(allStates(), session);
      knew = again = 0;
      save();
      show();
      flip.focus();
      status.textContent = shownProgress ? t("flashcards.said-session", shownProgress) : progress.textContent;
    });
    restart.addEventListener("click", function () {
      session = 1;
      knew = again = 0;
      states = {};
      keys.forEach(function (k) { states[k] = leitner.restore(null, null); });
      if (store) store.setWidgetState(KIND, data.id, undefined);
      show();
      flip.focus();
      status.textContent = t("flashcards.said-restart");
    });
    // Keys work while focus is inside the deck: Space / Enter turn the card (a focused button does that
    // itself), K and A answer once it is turned. Never with a modifier, so browser shortcuts stay.
    widget.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest("a, input, textarea, select")) return;
      var onButton = e.target.closest("button") !== null;
      if ((e.key === " " || e.key === "Enter") && !onButton && current !== null && backSide.hidden) {
        e.preventDefault();
        turn();
      } else if ((e.key === "k" || e.key === "K") && current !== null && !backSide.hidden) {
        e.preventDefault();
        answer(true);
      } else if ((e.key === "a" || e.key === "A") && current !== null && !backSide.hidden) {
        e.preventDefault();
        answer(false);
      }
    });
    if (store) store.onReplace(function () { load(); show(); });

    load();
    show();
    list.hidden = true;
    widget.hidden = false;
  }

  Array.prototype.forEach.call(dom.findAll(document, "flashcards"), setup);
})();
