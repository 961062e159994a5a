// Cost calculator widget: enhances templates/widgets/calculator/calculator.jte.
//
// Without this script the page shows a results table for every preset, computed at build time by the
// Java CostModel. With it: the form (a preset selector and labelled number inputs), results that
// update as the learner types, a cumulative-cost chart drawn as SVG with DOM calls, the same data as
// a table, and the scenario kept in the page's URL so a link reproduces it: ?calc=<preset> while the
// form holds a preset's figures, ?<field>=<value>&... once the learner has edited any of them (the
// selector then says "Custom"). While a value is invalid the results are marked out of date and show
// the figures of the last settled valid form: one that stood for SETTLE_MS, or that the learner left
// (change event), or a preset, never a half-typed number on the way to the one meant. The arithmetic and the validation messages are window.CoursegenCost's
// (cost-model.js, loaded just before this file), which follows the Java model to the last bit.
// A classic deferred script, not an ES module (Chromium refuses modules on file:// pages); text goes
// into the page with textContent only, and nothing is styled inline (the CSP forbids it). Its elements
// are found by their data-cg hooks and data attributes only (see dom.js).
(function () {
  "use strict";

  var cost = window.CoursegenCost;
  var dom = window.CoursegenDom;
  var t = window.CoursegenI18n.t;
  var find = dom.find;
  var section = find(document, "calculator");
  if (!cost || !section) return;

  var SVG = "http://www.w3.org/2000/svg";
  // Numbers as the catalog's locale writes them (as Java's CalculatorViews does); prices stay in USD.
  var lang = window.CoursegenI18n.locale;
  var usd = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var usdMicros = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 6 });
  var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  var MAX_BREAK_EVEN_YEARS = 100;
  // A valid form that stands this long untouched counts as meant: typing "1e308" passes through the
  // valid "1e3" a few milliseconds before the next key, never for this long.
  var SETTLE_MS = 1000;
  // The chart is drawn at its box's own width in CSS pixels, so its font sizes are the sizes shown.
  var CHART_MIN_W = 280, CHART_MAX_W = 640;
  var CUSTOM = "";

  var data = JSON.parse(find(section, "calc-data").textContent);
  var form = find(section, "calc-form");
  var select = find(form, "calc-preset");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[data-field]"));
  var results = find(section, "calc-results");
  var status = find(results, "calc-status");
  var graph = find(section, "calc-graph");
  var chartBox = find(graph, "calc-chart-box");
  var tableBody = find(graph, "calc-cumulative-body");

  function preset(id) {
    for (var i = 0; i < data.presets.length; i++) if (data.presets[i].id === id) return data.presets[i];
    return data.presets[0];
  }

  // ---- Formatting (the Java side writes the same for the no-JS tables) ---------------------------

  function money(value) { return usd.format(cost.roundCents(value) / 100); }
  function moneyMicros(value) { return usdMicros.format(cost.roundMicros(value) / 1000000); }

  function breakEvenText(b, horizon) {
    if (b.status === "within-horizon") return t("calc.break-even-month", { month: b.month });
    if (b.status === "after-horizon") return t("calc.break-even-after", { month: b.month, horizon: horizon });
    return t("calc.break-even-never", { years: MAX_BREAK_EVEN_YEARS });
  }

  // Words for CostModel's break-even volume, as CalculatorViews.breakEvenVolume writes them: null is
  // no volume at all, 0 is every volume (fine-tuning costs no more a month even at none), and any
  // other volume is rounded up to the first whole number of requests a day at which it costs no more.
  function volumeText(v) {
    if (v === null) return t("calc.volume-none");
    if (v === 0) return t("calc.volume-any");
    return t("calc.volume", { requests: whole.format(Math.ceil(v)) });
  }

  // ---- Inputs ------------------------------------------------------------------------------------

  // The model's JSON inputs from the form; an empty or unreadable field is NaN, which validate reports.
  function readInputs() {
    var out = { prompted: {}, fineTuned: {}, training: {} };
    inputs.forEach(function (input) {
      var raw = input.value.trim();
      var value = raw === "" ? NaN : Number(raw);
      var path = input.getAttribute("data-field").split(".");
      if (path.length === 1) out[path[0]] = value;
      else out[path[0]][path[1]] = value;
    });
    return out;
  }

  function fill(values) {
    inputs.forEach(function (input) {
      if (Object.prototype.hasOwnProperty.call(values, input.name)) input.value = String(values[input.name]);
    });
  }

  function showProblems(problems) {
    var byField = {};
    problems.forEach(function (p) { byField[p.field] = p.message; });
    inputs.forEach(function (input) {
      var error = find(input.closest(dom.hook("calc-field")), "calc-error");
      var message = byField[input.getAttribute("data-field")];
      if (message) {
        // cost-model.js words the rule in English (as Java's CostInputs, for authors); learners read the
        // catalog's sentence for the field, whose English is the same.
        error.textContent = t("calc.error." + input.name, { field: label(input) });
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", input.id + "-unit " + error.id);
      } else {
        error.textContent = "";
        error.hidden = true;
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", input.id + "-unit");
      }
    });
  }

  function label(input) {
    var l = find(input.closest(dom.hook("calc-field")), "calc-label");
    return l ? l.textContent.trim() : input.name;
  }

  // ---- URL state -----------------------------------------------------------------------------------

  // ?calc=<preset> opens that preset; field parameters then override its figures, and any that
  // differs from the preset's figure makes the scenario "Custom".
  function readUrl() {
    var params;
    try { params = new URLSearchParams(window.location.search); } catch (e) { return; }
    var id = params.get("calc");
    if (id !== null && preset(id).id === id) select.value = id;
    var values = preset(select.value).values;
    fill(values);
    var edited = false;
    inputs.forEach(function (input) {
      var v = params.get(input.name);
      if (v === null) return;
      input.value = v;
      if (v.trim() === "" || Number(v) !== values[input.name]) edited = true;
    });
    if (edited) select.value = CUSTOM;
  }

  // A preset is named and its figures left out; a custom scenario is every field and no preset.
  function writeUrl() {
    var params = new URLSearchParams(window.location.search);
    var custom = select.value === CUSTOM;
    if (custom) params.delete("calc");
    else params.set("calc", select.value);
    inputs.forEach(function (input) {
      if (custom) params.set(input.name, input.value.trim());
      else params.delete(input.name);
    });
    try {
      window.history.replaceState(window.history.state, "", "?" + params.toString() + window.location.hash);
    } catch (e) {
      // Some browsers refuse to change the URL of a file:// page; the widget works the same.
    }
  }

  // ---- Output --------------------------------------------------------------------------------------

  function setOut(name, text) {
    results.querySelector("[data-out='" + name + "']").textContent = text;
  }

  // The figures now shown and the last settled ones, each {input, r} of a valid form, or null.
  var shown = null, settled = null, settleTimer = null;

  function update() {
    var about = form.querySelectorAll("[data-about]");
    for (var i = 0; i < about.length; i++) about[i].hidden = about[i].getAttribute("data-about") !== select.value;
    var input = readInputs();
    var problems = cost.validate(input);
    showProblems(problems);
    writeUrl();
    window.clearTimeout(settleTimer);
    if (problems.length > 0) {
      if (!settled) clear();
      else if (settled !== shown) show(settled);
      markStale(problems.length);
      return;
    }
    show({ input: input, r: cost.compute(input) });
    markStale(0);
    settleTimer = window.setTimeout(settle, SETTLE_MS);
  }

  // The figures shown now count as meant, if they are those of the form as it stands.
  function settle() {
    window.clearTimeout(settleTimer);
    if (shown && cost.validate(readInputs()).length === 0) settled = shown;
  }

  function markStale(problemCount) {
    var stale = problemCount > 0;
    // On the whole widget: the chart, below the results, is out of date too.
    section.classList.toggle("calc-stale", stale);
    if (!stale) {
      setStatus(summary(shown.r, shown.input.horizonMonths));
      return;
    }
    setStatus(t(shown ? "calc.stale" : "calc.no-results", { count: problemCount }));
  }

  // Screen readers hear the status each time its text changes, so it is only set when it does.
  function setStatus(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  // No valid form has settled yet (the page opened on an invalid link): no figures at all.
  function clear() {
    shown = null;
    var outs = results.querySelectorAll("[data-out]");
    for (var i = 0; i < outs.length; i++) outs[i].textContent = "";
    while (chartBox.firstChild) chartBox.removeChild(chartBox.firstChild);
    while (tableBody.firstChild) tableBody.removeChild(tableBody.firstChild);
  }

  function show(s) {
    shown = s;
    var r = s.r;
    ["prompted", "fineTuned"].forEach(function (o) {
      setOut(o + ".perRequest", moneyMicros(r[o].perRequest));
      setOut(o + ".perDay", money(r[o].perDay));
      setOut(o + ".perMonth", money(r[o].perMonth));
    });
    setOut("trainingCost", money(r.trainingCost));
    setOut("monthlySaving", money(r.monthlySaving));
    setOut("breakEven", breakEvenText(r.breakEven, s.input.horizonMonths));
    setOut("breakEvenRequestsPerDay", volumeText(r.breakEvenRequestsPerDay));
    drawChart(r, s.input.horizonMonths);
    fillTable(r);
  }

  function summary(r, horizon) {
    var saving = cost.roundCents(r.monthlySaving);
    var running = saving > 0 ? t("calc.saves", { amount: money(r.monthlySaving) })
      : saving < 0 ? t("calc.costs-more", { amount: money(-r.monthlySaving) })
      : t("calc.same");
    var be = r.breakEven.status === "never" ? t("calc.pays-never")
      : r.breakEven.status === "within-horizon" ? t("calc.pays-by", { month: r.breakEven.month })
      : t("calc.pays-after", { month: r.breakEven.month, horizon: horizon });
    return t("calc.summary", { running: running, breakEven: be });
  }

  function fillTable(r) {
    while (tableBody.firstChild) tableBody.removeChild(tableBody.firstChild);
    for (var m = 0; m < r.cumulative.prompted.length; m++) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = String(m);
      tr.appendChild(th);
      [r.cumulative.prompted[m], r.cumulative.fineTuned[m]].forEach(function (v) {
        var td = document.createElement("td");
        td.textContent = money(v);
        tr.appendChild(td);
      });
      tableBody.appendChild(tr);
    }
  }

  // ---- Chart -----------------------------------------------------------------------------------------

  function el(name, attrs, text) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, String(attrs[k]));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // A round step for about five ticks: 1, 2 or 5 times a power of ten.
  function niceStep(max, ticks) {
    var raw = max / ticks;
    var p = 1;
    while (p * 10 <= raw) p *= 10;
    while (p > raw) p /= 10;
    var n = raw / p;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
  }

  var compact = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });

  var drawnWidth = 0;

  // The chart's width in CSS pixels: its box's, within CHART_MIN_W..CHART_MAX_W (the widest a hidden box allows).
  function chartWidth() {
    var w = Math.floor(chartBox.clientWidth);
    return w > 0 ? Math.max(CHART_MIN_W, Math.min(CHART_MAX_W, w)) : CHART_MAX_W;
  }

  function drawChart(r, horizon) {
    // One unit of the viewBox is one CSS pixel (the SVG is as wide as its box), so the stylesheet's
    // 12 and 13 px text is 12 and 13 px on screen at any width.
    var W = chartWidth(), H = W < 480 ? 240 : 320, L = 72, R = 16, T = 52, B = 48;
    drawnWidth = W;
    var cp = r.cumulative.prompted, cf = r.cumulative.fineTuned;
    var top = Math.max(cp[cp.length - 1], cf[cf.length - 1], 1);
    var step = niceStep(top, 5);
    var yMax = Math.ceil(top / step) * step;
    function x(m) { return L + (W - L - R) * m / horizon; }
    function y(v) { return T + (H - T - B) * (1 - v / yMax); }

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img", "aria-labelledby": "calc-svg-title calc-svg-desc", "class": "calc-svg" });
    svg.appendChild(el("title", { id: "calc-svg-title" }, t("calc.svg-title", { months: horizon })));
    var end = horizon;
    svg.appendChild(el("desc", { id: "calc-svg-desc" }, t("calc.svg-desc", { month: end, prompted: money(cp[end]), fineTuned: money(cf[end]),
      breakEven: breakEvenText(r.breakEven, horizon) })));

    var grid = el("g", { "class": "calc-grid" });
    for (var v = 0; v <= yMax + step / 2; v += step) {
      grid.appendChild(el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      grid.appendChild(el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "class": "calc-tick" }, compact.format(v)));
    }
    var mStep = Math.max(1, Math.ceil(horizon / Math.max(2, Math.min(8, Math.floor((W - L - R) / 40)))));
    for (var m = 0; m <= horizon; m += mStep) {
      grid.appendChild(el("text", { x: x(m), y: H - B + 18, "text-anchor": "middle", "class": "calc-tick" }, String(m)));
    }
    svg.appendChild(grid);
    svg.appendChild(el("line", { x1: L, x2: L, y1: T, y2: H - B, "class": "calc-axis" }));
    svg.appendChild(el("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "calc-axis" }));
    svg.appendChild(el("text", { x: (L + W - R) / 2, y: H - 8, "text-anchor": "middle", "class": "calc-axis-label" }, t("calc.col-month")));
    svg.appendChild(el("text", { x: 14, y: (T + H - B) / 2, "text-anchor": "middle", "class": "calc-axis-label",
      transform: "rotate(-90 14 " + (T + H - B) / 2 + ")" }, t("calc.axis-cost")));

    function line(values, cls) {
      var pts = values.map(function (val, i) { return x(i).toFixed(1) + "," + y(val).toFixed(1); }).join(" ");
      svg.appendChild(el("polyline", { points: pts, "class": "calc-line " + cls }));
    }
    line(cp, "calc-line-prompted");
    line(cf, "calc-line-fine-tuned");

    if (r.breakEven.status === "within-horizon") {
      var bx = x(r.breakEven.month);
      svg.appendChild(el("line", { x1: bx, x2: bx, y1: T, y2: H - B, "class": "calc-marker" }));
      var right = bx > W - 160;
      svg.appendChild(el("text", { x: right ? bx - 6 : bx + 6, y: T - 10, "text-anchor": right ? "end" : "start", "class": "calc-marker-label" },
        t("calc.marker", { month: r.breakEven.month })));
    }

    var legend = el("g", { "class": "calc-legend" });
    var lx = W < 480 ? 8 : L;
    legend.appendChild(el("line", { x1: lx, x2: lx + 28, y1: 18, y2: 18, "class": "calc-line calc-line-prompted" }));
    legend.appendChild(el("text", { x: lx + 34, y: 22 }, t("calc.col-prompted")));
    legend.appendChild(el("line", { x1: lx + 130, x2: lx + 158, y1: 18, y2: 18, "class": "calc-line calc-line-fine-tuned" }));
    legend.appendChild(el("text", { x: lx + 164, y: 22 }, t("calc.col-fine-tuned")));
    svg.appendChild(legend);

    while (chartBox.firstChild) chartBox.removeChild(chartBox.firstChild);
    chartBox.appendChild(svg);
  }

  // ---- Wiring ------------------------------------------------------------------------------------------

  select.value = section.getAttribute("data-preset") || data.presets[0].id;
  readUrl();
  select.addEventListener("change", function () {
    // "Custom" keeps the figures as they are; a preset brings its own.
    if (select.value !== CUSTOM) fill(preset(select.value).values);
    update();
    settle();
  });
  inputs.forEach(function (input) {
    input.addEventListener("input", function () {
      select.value = CUSTOM;
      update();
    });
    // Leaving a field (or Enter, or a spin button) settles what it holds.
    input.addEventListener("change", settle);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  results.hidden = false;
  graph.hidden = false;
  find(section, "calc-static").hidden = true;
  update();
  settle();
  // Redrawn when its box changes width (a rotated phone, a resized window), to stay one unit a pixel.
  if (window.ResizeObserver) {
    new window.ResizeObserver(function () {
      if (shown && chartWidth() !== drawnWidth) drawChart(shown.r, shown.input.horizonMonths);
    }).observe(chartBox);
  }
})();
