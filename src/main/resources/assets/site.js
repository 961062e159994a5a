// Page behaviour shared by every page: the theme toggle, the navigation toggle on small screens, and
// printing with or without the answer keys (window.CoursegenPrint, which quiz.js uses too).
// Classic script with `defer`, no inline handlers: the Content-Security-Policy allows only our files.
// Its buttons are found by their data-cg hooks (see dom.js).
(function () {
  "use strict";
  var STORAGE_KEY = "coursegen.theme";
  var root = document.documentElement;

  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (e) {
      // Not persisted; the choice still holds for this page.
    }
  }

  function currentTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function setupThemeToggle() {
    var button = window.CoursegenDom.find(document, "theme-toggle");
    if (!button) return;
    var sync = function () {
      button.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    };
    sync();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      store(STORAGE_KEY, next);
      sync();
    });
    if (window.matchMedia) {
      var media = window.matchMedia("(prefers-color-scheme: dark)");
      if (media.addEventListener) media.addEventListener("change", sync);
    }
  }

  function setupNavToggle() {
    var button = window.CoursegenDom.find(document, "nav-toggle");
    var nav = window.CoursegenDom.find(document, "site-nav");
    if (!button || !nav) return;
    var setOpen = function (open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      root.classList.toggle("nav-open", open);
    };
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
        setOpen(false);
        button.focus();
      }
    });
  }

  // On phones the header's search field is folded away; the search link opens it in place (and
  // focuses it) instead of leaving for the search page, which is where it goes without JavaScript.
  function setupSearchOpen() {
    var link = window.CoursegenDom.find(document, "search-open");
    var form = window.CoursegenDom.find(document, "site-search");
    var header = link && link.parentNode;
    if (!link || !form || !header) return;
    link.setAttribute("role", "button");
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", form.id);
    var setOpen = function (open) {
      link.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("search-shown", open);
      if (open) {
        var input = window.CoursegenDom.find(form, "site-search-input");
        if (input) input.focus();
      }
    };
    var toggle = function (event) {
      event.preventDefault();
      setOpen(link.getAttribute("aria-expanded") !== "true");
    };
    link.addEventListener("click", toggle);
    link.addEventListener("keydown", function (event) {
      if (event.key === " ") toggle(event); // a button opens on Space too
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && link.getAttribute("aria-expanded") === "true" && !event.defaultPrevented) {
        setOpen(false);
        link.focus();
      }
    });
  }

  // ---- Printing: a blank worksheet by default, the answer keys when asked ---------------------------
  // site.css prints the answer keys of quizzes and exercises only under html.print-keys. The build puts
  // that class on every page when run with --print-keys, so it is then the default. The other way is
  // one button away ("Print with answers", or "Print without answers" on such a site); after printing,
  // the page is back to its default, so the browser's own Print command always gives the default.
  var printsKeys = root.classList.contains("print-keys");
  var otherWayLabel = window.CoursegenI18n.t(printsKeys ? "print.without-answers" : "print.with-answers");

  function printOtherWay() {
    root.classList.toggle("print-keys", !printsKeys);
    window.print();
  }

  window.addEventListener("afterprint", function () {
    root.classList.toggle("print-keys", printsKeys);
  });

  // A template's print controls (exercise pages, print pages) are hidden until this script runs: without
  // it they could do nothing.
  function setupPrintControls() {
    Array.prototype.forEach.call(window.CoursegenDom.findAll(document, "print-other-way"), function (b) {
      b.textContent = otherWayLabel;
      b.addEventListener("click", printOtherWay);
      b.hidden = false;
    });
    Array.prototype.forEach.call(window.CoursegenDom.findAll(document, "print-page"), function (b) {
      b.addEventListener("click", function () { window.print(); });
      b.hidden = false;
    });
  }

  window.CoursegenPrint = Object.freeze({ otherWayLabel: otherWayLabel, printOtherWay: printOtherWay });

  setupThemeToggle();
  setupNavToggle();
  setupSearchOpen();
  setupPrintControls();
})();
