// Glossary term popovers. Each term link (<a class="term-link" data-term data-definition>) gets a small
// button after it that shows the term's one-sentence definition in a disclosure popover: the button says
// whether it is expanded, Escape or a click elsewhere closes it, and focus returns to the button.
// Without this script a term link is a plain link to the term's page. Term links are found by their
// data-definition, which author HTML cannot carry (see dom.js); each button keeps its own popover, and
// its id is one no lesson uses.
(function () {
  "use strict";
  var openButton = null;
  var panels = [];

  function panelOf(button) {
    for (var i = 0; i < panels.length; i++) if (panels[i].button === button) return panels[i].panel;
    return null;
  }

  function close(returnFocus) {
    if (!openButton) return;
    var button = openButton;
    openButton = null;
    button.setAttribute("aria-expanded", "false");
    panelOf(button).hidden = true;
    if (returnFocus) button.focus();
  }

  function open(button) {
    close(false);
    var panel = panelOf(button);
    panel.hidden = false;
    panel.style.left = "";
    panel.style.right = "";
    button.setAttribute("aria-expanded", "true");
    openButton = button;
    // Keep the popover inside the viewport on narrow screens. It opens at its term's inline start: the
    // left edge, or the right edge on a right-to-left page, where it runs out on the left instead.
    var rect = panel.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    if (getComputedStyle(panel).direction === "rtl") {
      var over = 8 - rect.left;
      if (over > 0) panel.style.right = -Math.min(over, width - 8 - rect.right) + "px";
    } else {
      var overflow = rect.right - (width - 8);
      if (overflow > 0) panel.style.left = Math.max(-rect.left + 8, -overflow) + "px";
    }
  }

  function enhance(link, n) {
    var term = link.getAttribute("data-term") || link.textContent;
    var wrap = document.createElement("span");
    wrap.className = "term";
    link.parentNode.insertBefore(wrap, link);
    wrap.appendChild(link);

    var id = window.CoursegenDom.freeId("term-def-" + n);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "term-toggle";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", id);
    var icon = document.createElement("span");
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = "?";
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = window.CoursegenI18n.t("glossary.definition-of", { term: term });
    button.appendChild(icon);
    button.appendChild(label);

    var panel = document.createElement("span");
    panel.id = id;
    panel.className = "term-popover";
    panel.hidden = true;
    var name = document.createElement("strong");
    name.textContent = term;
    panel.appendChild(name);
    panel.appendChild(document.createTextNode(": " + link.getAttribute("data-definition") + " "));
    var more = document.createElement("a");
    more.href = link.getAttribute("href");
    more.textContent = window.CoursegenI18n.t("glossary.more-about", { term: term });
    panel.appendChild(more);

    wrap.appendChild(button);
    wrap.appendChild(panel);
    panels.push({ button: button, panel: panel });
    button.addEventListener("click", function () {
      if (openButton === button) close(false);
      else open(button);
    });
  }

  var links = document.querySelectorAll("a[data-definition]");
  for (var i = 0; i < links.length; i++) enhance(links[i], i + 1);

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && openButton) {
      event.preventDefault();
      close(true);
    }
  });
  document.addEventListener("click", function (event) {
    if (openButton && !openButton.parentNode.contains(event.target)) close(false);
  });
})();
