// Cost calculator widget: enhances templates/widgets/calculator/calculator.jte.
//
// Without this script the page shows a results table for every preset, computed at build time by the
// Java CostModel. With it: the form (a preset selector and labelled number inputs), results that
// update as the learner types, a cumulative-cost chart drawn as SVG with DOM calls, the same data as
// a table, and the scenario kept in the page's URL (?calc=<preset>&<field>=<value>...) so a link
// reproduces it. The arithmetic and the validation messages are window.CoursegenCost's
// (cost-model.js, loaded just before this file), which follows the Java model to the last bit.
// A classic deferred script, not an ES module (Chromium refuses modules on file:// pages); text goes
// into the page with textContent only, and nothing is styled inline (the CSP forbids it). Its elements
// are found by their data-cg hooks and data attributes only (see dom.js).
(function () {
  "use strict";

  var cost = window.CoursegenCost;
  var dom = window.CoursegenDom;
  var find = dom.find;
  var section = find(document, "calculator");
  if (!cost || !section) return;

  var SVG = "http://www.w3.org/2000/svg";
  var lang = document.documentElement.getAttribute("lang") || "en";
  var usd = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  var usdMicros = new Intl.NumberFormat(lang, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 6 });
  var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  var MAX_BREAK_EVEN_YEARS = 100;

  var data = JSON.parse(find(section, "calc-data").textContent);
  var form = find(section, "calc-form");
  var select = find(form, "calc-preset");
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[data-field]"));
  var results = find(section, "calc-results");
  var status = find(results, "calc-status");
  var chartBox = find(results, "calc-chart-box");
  var tableBody = find(results, "calc-cumulative-body");

  function preset(id) {
    for (var i = 0; i < data.presets.length; i++) if (data.presets[i].id === id) return data.presets[i];
    return data.presets[0];
  }

  // ---- Formatting (the Java side writes the same for the no-JS tables) ---------------------------

  function money(value) { return usd.format(cost.roundCents(value) / 100); }
  function moneyMicros(value) { return usdMicros.format(cost.roundMicros(value) / 1000000); }

  function breakEvenText(b, horizon) {
    if (b.status === "within-horizon") return "month " + b.month;
    if (b.status === "after-horizon") return "month " + b.month + ", after the " + horizon + "-month horizon";
    return "never (not within " + MAX_BREAK_EVEN_YEARS + " years)";
  }

  function volumeText(v) {
    return v === null ? "none: a fine-tuned request does not cost less" : whole.format(Math.ceil(v)) + " requests a day";
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
        error.textContent = label(input) + " " + message + ".";
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

  function readUrl() {
    var params;
    try { params = new URLSearchParams(window.location.search); } catch (e) { return; }
    var id = params.get("calc");
    if (id !== null && preset(id).id === id) select.value = id;
    fill(preset(select.value).values);
    inputs.forEach(function (input) {
      var v = params.get(input.name);
      if (v !== null) input.value = v;
    });
  }

  function writeUrl() {
    var params = new URLSearchParams(window.location.search);
    params.set("calc", select.value);
    inputs.forEach(function (input) { params.set(input.name, input.value.trim()); });
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

  function update() {
    var about = form.querySelectorAll("[data-about]");
    for (var i = 0; i < about.length; i++) about[i].hidden = about[i].getAttribute("data-about") !== select.value;
    var input = readInputs();
    var problems = cost.validate(input);
    showProblems(problems);
    writeUrl();
    if (problems.length > 0) {
      results.classList.add("calc-stale");
      var shown = tableBody.firstChild ? "the results show the last valid figures." : "the results show once every value is valid.";
      status.textContent = (problems.length === 1 ? "One value needs fixing; " : problems.length + " values need fixing; ") + shown;
      return;
    }
    results.classList.remove("calc-stale");
    var r = cost.compute(input);
    ["prompted", "fineTuned"].forEach(function (o) {
      setOut(o + ".perRequest", moneyMicros(r[o].perRequest));
      setOut(o + ".perDay", money(r[o].perDay));
      setOut(o + ".perMonth", money(r[o].perMonth));
    });
    setOut("trainingCost", money(r.trainingCost));
    setOut("monthlySaving", money(r.monthlySaving));
    setOut("breakEven", breakEvenText(r.breakEven, input.horizonMonths));
    setOut("breakEvenRequestsPerDay", volumeText(r.breakEvenRequestsPerDay));
    status.textContent = summary(r, input.horizonMonths);
    drawChart(r, input.horizonMonths);
    fillTable(r);
  }

  function summary(r, horizon) {
    var saving = cost.roundCents(r.monthlySaving);
    var running = saving > 0 ? "Fine-tuning saves " + money(r.monthlySaving) + " a month in running costs"
      : saving < 0 ? "Fine-tuning costs " + money(-r.monthlySaving) + " a month more to run"
      : "Both cost the same a month to run";
    var be = r.breakEven.status === "never" ? "it never pays for itself"
      : r.breakEven.status === "within-horizon" ? "it has paid for itself by the end of month " + r.breakEven.month
      : "it pays for itself only in month " + r.breakEven.month + ", after the " + horizon + " months compared";
    return running + "; " + be + ".";
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

  function drawChart(r, horizon) {
    var W = 640, H = 320, L = 72, R = 16, T = 44, B = 48;
    var cp = r.cumulative.prompted, cf = r.cumulative.fineTuned;
    var top = Math.max(cp[cp.length - 1], cf[cf.length - 1], 1);
    var step = niceStep(top, 5);
    var yMax = Math.ceil(top / step) * step;
    function x(m) { return L + (W - L - R) * m / horizon; }
    function y(v) { return T + (H - T - B) * (1 - v / yMax); }

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "calc-svg-title calc-svg-desc", "class": "calc-svg" });
    svg.appendChild(el("title", { id: "calc-svg-title" }, "Cumulative cost over " + horizon + " months"));
    var end = horizon;
    svg.appendChild(el("desc", { id: "calc-svg-desc" }, "By month " + end + ", the prompted option has cost " + money(cp[end])
      + " and the fine-tuned option " + money(cf[end]) + ", training included. Break-even: " + breakEvenText(r.breakEven, horizon) + "."));

    var grid = el("g", { "class": "calc-grid" });
    for (var v = 0; v <= yMax + step / 2; v += step) {
      grid.appendChild(el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      grid.appendChild(el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "class": "calc-tick" }, compact.format(v)));
    }
    var mStep = Math.max(1, Math.ceil(horizon / 8));
    for (var m = 0; m <= horizon; m += mStep) {
      grid.appendChild(el("text", { x: x(m), y: H - B + 18, "text-anchor": "middle", "class": "calc-tick" }, String(m)));
    }
    svg.appendChild(grid);
    svg.appendChild(el("line", { x1: L, x2: L, y1: T, y2: H - B, "class": "calc-axis" }));
    svg.appendChild(el("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "calc-axis" }));
    svg.appendChild(el("text", { x: (L + W - R) / 2, y: H - 8, "text-anchor": "middle", "class": "calc-axis-label" }, "Month"));
    svg.appendChild(el("text", { x: 14, y: (T + H - B) / 2, "text-anchor": "middle", "class": "calc-axis-label",
      transform: "rotate(-90 14 " + (T + H - B) / 2 + ")" }, "Cumulative cost (USD)"));

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
      svg.appendChild(el("text", { x: right ? bx - 6 : bx + 6, y: T + 14, "text-anchor": right ? "end" : "start", "class": "calc-marker-label" },
        "Break-even: month " + r.breakEven.month));
    }

    var legend = el("g", { "class": "calc-legend" });
    legend.appendChild(el("line", { x1: L, x2: L + 28, y1: 18, y2: 18, "class": "calc-line calc-line-prompted" }));
    legend.appendChild(el("text", { x: L + 34, y: 22 }, "Prompted"));
    legend.appendChild(el("line", { x1: L + 130, x2: L + 158, y1: 18, y2: 18, "class": "calc-line calc-line-fine-tuned" }));
    legend.appendChild(el("text", { x: L + 164, y: 22 }, "Fine-tuned"));
    svg.appendChild(legend);

    while (chartBox.firstChild) chartBox.removeChild(chartBox.firstChild);
    chartBox.appendChild(svg);
  }

  // ---- Wiring ------------------------------------------------------------------------------------------

  select.value = section.getAttribute("data-preset") || data.presets[0].id;
  readUrl();
  select.addEventListener("change", function () {
    fill(preset(select.value).values);
    update();
  });
  inputs.forEach(function (input) { input.addEventListener("input", update); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  results.hidden = false;
  find(section, "calc-static").hidden = true;
  update();
})();
