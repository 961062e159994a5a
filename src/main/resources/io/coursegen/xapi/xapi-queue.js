// The offline queue of xAPI statements: kept in localStorage under one key (so a statement made offline, or
// when the page closes mid-send, is sent later, from any page of the site), bounded (the oldest go first),
// sent in order as one batch at a time to `endpoint + "statements"`, retried with growing waits
// (CoursegenXapi.backoff) when the LRS cannot be reached or answers 408, 429 or 5xx, and dropped when it
// refuses them otherwise. Storage that throws degrades to memory. Also uuid(), the statements' ids.
// window.CoursegenXapiQueue.create(options):
//   key       the localStorage key (null: memory only)
//   endpoint  the LRS's base URL, ending in "/"
//   headers   a function giving the request headers (Authorization, X-Experience-API-Version...)
//   max       the most statements kept
//   onResult  optional, called with (outcome, count) after each answer
(function () {
  "use strict";

  function create(o) {
    var X = window.CoursegenXapi;
    var memory = [];
    var storage = null;
    if (o.key) {
      try {
        storage = window.localStorage;
        storage.getItem(o.key);
      } catch (e) {
        storage = null;
      }
    }
    var busy = false;
    var failures = 0;
    var timer = null;

    function read() {
      if (storage === null) return memory.slice();
      try {
        var v = JSON.parse(storage.getItem(o.key) || "[]");
        return Array.isArray(v) ? v.filter(function (s) { return s && typeof s.id === "string"; }) : [];
      } catch (e) {
        return [];
      }
    }

    function write(list) {
      memory = list.slice();
      if (storage === null) return;
      try {
        if (list.length === 0) storage.removeItem(o.key);
        else storage.setItem(o.key, JSON.stringify(list));
      } catch (e) {
        storage = null; // full or refused: the rest of this page's life in memory
      }
    }

    // Removes the statements with these ids (sent or dropped), keeping any another tab added meanwhile.
    function remove(ids) {
      write(read().filter(function (s) { return ids.indexOf(s.id) < 0; }));
    }

    function add(statements) {
      write(X.bounded(read(), statements.filter(function (s) { return s !== null; }), o.max));
      flush();
    }

    function later() {
      if (timer !== null) return;
      timer = window.setTimeout(function () {
        timer = null;
        flush();
      }, X.backoff(failures));
    }

    function post(batch, keepalive) {
      return window.fetch(o.endpoint + "statements", { method: "POST", headers: o.headers(), body: JSON.stringify(batch),
        keepalive: keepalive === true, credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" });
    }

    function flush() {
      if (busy) return;
      var batch = read();
      if (batch.length === 0) return;
      busy = true;
      var ids = batch.map(function (s) { return s.id; });
      post(batch, false).then(function (r) { return r.status; }, function () { return 0; }).then(function (status) {
        busy = false;
        var what = X.outcome(status);
        if (o.onResult) o.onResult(what, batch.length);
        if (what === "retry") {
          failures++;
          later();
          return;
        }
        failures = 0;
        remove(ids);
        flush();
      });
    }

    // The page is going away: what is queued, and `last` (such as cmi5's terminated), in one request that
    // outlives the page. What it could not send stays queued for the next page.
    function flushOnExit(last) {
      var batch = X.bounded(read(), last || [], o.max);
      if (batch.length === 0) return;
      write(batch);
      try {
        post(batch, true).then(function (r) {
          if (X.outcome(r.status) !== "retry") remove(batch.map(function (s) { return s.id; }));
        }, function () {});
      } catch (e) {
        // No fetch with keepalive: the statements wait for the next page.
      }
    }

    window.addEventListener("online", function () {
      failures = 0;
      flush();
    });

    return { add: add, flush: flush, flushOnExit: flushOnExit, pending: function () { return read().length; } };
  }

  // A random (version 4) UUID, as xAPI wants for statement ids: crypto.getRandomValues works where randomUUID,
  // which needs a secure context, does not (a site opened from file://).
  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  window.CoursegenXapiQueue = Object.freeze({ create: create, uuid: uuid });
})();
