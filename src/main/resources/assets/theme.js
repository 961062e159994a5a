// Runs in <head>, before the page paints, so a learner who chose the dark theme never sees a flash of
// the light one. Kept tiny and classic (not a module): modules are deferred, and file:// blocks them.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var saved = window.localStorage.getItem("coursegen.theme");
    if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  } catch (e) {
    // Storage can be disabled (privacy settings, file:// in some browsers); the system theme applies.
  }
})();
