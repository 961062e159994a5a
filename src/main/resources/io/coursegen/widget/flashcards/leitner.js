// The Leitner schedule of flashcard decks: the same rules as the Java io.coursegen.widget.flashcards.Leitner,
// held to it by the shared vectors src/test/resources/io/coursegen/widget/flashcards/leitner.json.
//
// A deck is practised in numbered sessions 1, 2, 3, ... Each card is in one of 5 boxes and is due in a
// session: a new card is {box: 1, due: 1}. "Knew it" in session s moves it up a box (5 stays 5) and makes
// it due in s + interval(box); "Again" sends it to box 1, due in s + 1. interval(box) = 2^(box - 1):
// 1, 2, 4, 8, 16 sessions. The session after s is the first later one in which a card is due.
// Pure functions, no DOM and no storage. A classic script: window.CoursegenLeitner.
(function () {
  "use strict";

  var BOXES = 5;
  var MAX_SESSION = 1000000;

  function checkBox(box) {
    if (typeof box !== "number" || box !== Math.floor(box) || box < 1 || box > BOXES) {
      throw new RangeError("box " + box + " is not 1 to " + BOXES);
    }
  }

  function interval(box) {
    checkBox(box);
    return Math.pow(2, box - 1);
  }

  // The card {box, due} after it was answered in `session`.
  function answer(card, knew, session) {
    checkBox(card.box);
    if (typeof session !== "number" || session < 1) throw new RangeError("session " + session + " is not 1 or more");
    var box = knew ? Math.min(card.box + 1, BOXES) : 1;
    return { box: box, due: session + interval(box) };
  }

  function isDue(card, session) {
    return card.due <= session;
  }

  // The keys of the cards due in `session`, in deck order; a key missing from `states` is a new card.
  function due(keys, states, session) {
    return keys.filter(function (k) {
      var s = Object.prototype.hasOwnProperty.call(states, k) ? states[k] : null;
      return isDue(s || { box: 1, due: 1 }, session);
    });
  }

  function nextSession(cards, session) {
    var next = Infinity;
    cards.forEach(function (c) { next = Math.min(next, Math.max(c.due, session + 1)); });
    return next === Infinity ? session + 1 : next;
  }

  // How many cards are in each box: element 0 is box 1.
  function counts(cards) {
    var out = [];
    for (var i = 0; i < BOXES; i++) out.push(0);
    cards.forEach(function (c) { out[c.box - 1]++; });
    return out;
  }

  function whole(v, min, max) {
    return typeof v === "number" && v === Math.floor(v) && v >= min && v <= max;
  }

  // A card as read back from storage: whole numbers in range, or else a new card.
  function restore(box, due) {
    return whole(box, 1, BOXES) && whole(due, 1, MAX_SESSION) ? { box: box, due: due } : { box: 1, due: 1 };
  }

  function restoreSession(session) {
    return whole(session, 1, MAX_SESSION) ? session : 1;
  }

  window.CoursegenLeitner = Object.freeze({
    BOXES: BOXES,
    MAX_SESSION: MAX_SESSION,
    interval: interval,
    answer: answer,
    isDue: isDue,
    due: due,
    nextSession: nextSession,
    counts: counts,
    restore: restore,
    restoreSession: restoreSession
  });
})();
