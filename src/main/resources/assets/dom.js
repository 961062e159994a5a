// The small DOM helpers every widget script uses, in one place: elements made with their text set
// through textContent (never HTML from strings), buttons that are never submit buttons, and an own-key
// test that a "__proto__" key cannot fool. A classic script loaded before the widget scripts, like
// them (Chromium refuses module scripts on file:// pages); they read it as window.CoursegenDom.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(text, className, onClick) {
    var b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  window.CoursegenDom = Object.freeze({ el: el, button: button, own: own });
})();
