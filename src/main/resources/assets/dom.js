// The small DOM helpers every widget script uses, in one place: elements made with their text set
// through textContent (never HTML from strings), buttons that are never submit buttons, an own-key
// test that a "__proto__" key cannot fool, and the lookups of the page's own parts. A classic script
// loaded before the widget scripts, like them (Chromium refuses module scripts on file:// pages); they
// read it as window.CoursegenDom.
//
// The rule every script keeps: it finds the elements it works on by data attributes only, the hooks
// data-cg="<name> ..." (see find) or the data attributes that carry an item's id (data-quiz,
// data-lesson, ...), never by class, id or tag name alone. Lessons and widget texts may hold raw HTML
// with any class or id, but the sanitizer strips every data-* attribute from it, so a lesson that
// imitates a widget's markup (a <div class="progress-tools">) is never taken for the widget. Classes stay
// for the stylesheets.
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

  // The selector of hook `name`: an element whose data-cg holds that word.
  function hook(name) {
    return "[data-cg~=\"" + name + "\"]";
  }

  // The first element under `root` (document or an element) with hook `name`, or null.
  function find(root, name) {
    return root.querySelector(hook(name));
  }

  // Every element under `root` with hook `name`, in document order.
  function findAll(root, name) {
    return root.querySelectorAll(hook(name));
  }

  // Gives a node made by a script a hook, so the script can find it again; returns the node.
  function hooked(node, name) {
    node.setAttribute("data-cg", name);
    return node;
  }

  // `id` if no element of the page has it yet, else the first free `id-2`, `id-3`, ...: a lesson's raw
  // HTML may hold any id, and an id a script gives its own element must point at that element only.
  function freeId(id) {
    if (!document.getElementById(id)) return id;
    var n = 2;
    while (document.getElementById(id + "-" + n)) n++;
    return id + "-" + n;
  }

  window.CoursegenDom = Object.freeze({
    el: el, button: button, own: own, hook: hook, find: find, findAll: findAll, hooked: hooked, freeId: freeId
  });
})();
