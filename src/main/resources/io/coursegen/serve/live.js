// coursegen serve: live reload and the error overlay. Served by the dev server only and added to
// pages in its responses; never part of a built site. Text goes into the DOM with textContent.
(function () {
  "use strict";
  var SCROLL_KEY = "coursegen-serve-scroll";
  var here = location.pathname;
  var page = here.replace(/^\//, "");
  if (page === "" || page.slice(-1) === "/") page += "index.html";
  var sawErrors = false;
  // The stylesheet and overlay this script added, kept by reference: a lesson's raw HTML may use their ids.
  var liveCss = null;
  var overlay = null;

  function restoreScroll() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) || "null");
      sessionStorage.removeItem(SCROLL_KEY);
      if (saved && saved.path === here) window.scrollTo(saved.x, saved.y);
    } catch (e) {
      // storage may be blocked; the browser's own scroll restoration still applies
    }
  }

  function reload() {
    try {
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ path: here, x: window.scrollX, y: window.scrollY }));
    } catch (e) {
      // see above
    }
    location.reload();
  }

  function stylesheet() {
    if (liveCss) return;
    var link = document.createElement("link");
    liveCss = link;
    link.id = "coursegen-live-css";
    link.rel = "stylesheet";
    link.href = "/__coursegen/live.css";
    document.head.appendChild(link);
  }

  function removeOverlay() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showOverlay(problems) {
    stylesheet();
    removeOverlay();
    var box = document.createElement("section");
    box.id = "coursegen-overlay";
    box.className = "coursegen-overlay";
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", "coursegen-overlay-title");
    var title = document.createElement("h2");
    title.id = "coursegen-overlay-title";
    title.textContent = problems.length + (problems.length === 1 ? " error" : " errors") +
      ": the page below is the last good build";
    box.appendChild(title);
    var list = document.createElement("ol");
    problems.forEach(function (p) {
      var item = document.createElement("li");
      var where = document.createElement("code");
      where.className = "coursegen-overlay-where";
      where.textContent = p.file + ":" + p.line + ":" + p.col;
      item.appendChild(where);
      item.appendChild(document.createTextNode(" " + p.severity + ": " + p.message));
      list.appendChild(item);
    });
    box.appendChild(list);
    var hint = document.createElement("p");
    hint.textContent = "Fix the file and save: this page reloads by itself.";
    box.appendChild(hint);
    var hide = document.createElement("button");
    hide.type = "button";
    hide.textContent = "Hide";
    hide.addEventListener("click", removeOverlay);
    box.appendChild(hide);
    document.body.appendChild(box);
    overlay = box;
  }

  function onState(event) {
    var state = JSON.parse(event.data);
    if (!state.ok) {
      sawErrors = true;
      showOverlay(state.problems);
      return;
    }
    removeOverlay();
    if (sawErrors || state.pages.indexOf("*") >= 0 || state.pages.indexOf(page) >= 0) reload();
  }

  restoreScroll();
  if (typeof EventSource === "undefined") return;
  var source = new EventSource("/__coursegen/events");
  source.addEventListener("state", onState);
  source.addEventListener("open", function () {
    document.documentElement.setAttribute("data-coursegen-live", "connected");
  });
  source.addEventListener("error", function () {
    document.documentElement.setAttribute("data-coursegen-live", "reconnecting");
  });
})();
