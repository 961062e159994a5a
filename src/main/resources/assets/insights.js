// The class results page (insights.html): reads the learners' exports an instructor chooses, works
// out the class's results with insights-stats.js (the rules of `coursegen insights`), and shows them
// as tables, each with a CSV download, and each quiz's score distribution as an SVG bar chart that
// carries the same figures as its table. Everything is made with textContent and attributes; the
// files never leave the browser. A classic deferred script.
(function () {
  "use strict";

  var dom = window.CoursegenDom;
  var S = window.CoursegenInsightsStats;
  var root = dom.find(document, "insights");
  if (!root || !S) return;
  var results = dom.find(document, "insights-results");
  var status = dom.find(document, "insights-status");
  var problems = dom.find(document, "insights-problems");
  var input = dom.find(document, "insights-files");
  var course = document.documentElement.getAttribute("data-course");
  var catalog = window.coursegenProgressCatalog || { lessons: [], quizzes: [] };
  var MAX_BYTES = 10 * 1024 * 1024;
  var SVG = "http://www.w3.org/2000/svg";

  root.hidden = false;
  var nojs = dom.find(document, "insights-nojs");
  if (nojs) nojs.hidden = true;

  var outline = {
    lessons: (catalog.lessons || []).map(function (l) { return [l.key, l.title]; }),
    quizQuestions: (catalog.quizzes || []).map(function (q) { return [q.id, Array.isArray(q.questions) ? q.questions : []]; })
  };
  var quizTitles = new Map((catalog.quizzes || []).map(function (q) { return [q.id, q.title]; }));

  input.addEventListener("change", function () {
    var files = Array.prototype.slice.call(input.files || []);
    if (files.length === 0) return;
    status.textContent = "Reading " + files.length + " file" + (files.length === 1 ? "" : "s") + "…";
    Promise.all(files.map(readFile)).then(show);
  });

  // {name, value} or {name, problem}.
  function readFile(file) {
    if (file.size > MAX_BYTES) return Promise.resolve({ name: file.name, problem: "it is over 10 MB, larger than any export" });
    return file.text().then(function (text) {
      try {
        return { name: file.name, value: JSON.parse(text) };
      } catch (e) {
        return { name: file.name, problem: "it is not JSON" };
      }
    }, function () {
      return { name: file.name, problem: "it could not be read" };
    });
  }

  function show(files) {
    problems.textContent = "";
    // One learner per anonymous id: of two exports from one browser, the later one.
    var byId = new Map(), skipped = 0;
    files.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
    files.forEach(function (f) {
      var why = f.problem;
      if (!why) {
        try {
          var read = S.readExport(f.value, course);
          var l = read.learner;
          if (read.skipped > 0) problem(f.name + ": " + read.skipped + " attempt log entr" + (read.skipped === 1 ? "y" : "ies") + " not of the documented shape, left out");
          if (!byId.has(l.id) || l.exportedAt > byId.get(l.id).exportedAt) byId.set(l.id, l);
          return;
        } catch (e) {
          why = e.message;
        }
      }
      skipped++;
      problem(f.name + ": skipped: " + why);
    });
    results.textContent = "";
    if (byId.size === 0) {
      status.textContent = "No learner's export could be read (" + files.length + " file" + (files.length === 1 ? "" : "s") + " chosen).";
      return;
    }
    var learners = Array.from(byId.keys()).sort().map(function (k) { return byId.get(k); });
    var report = S.analyse(learners, outline);
    status.textContent = report.learners + " learner" + (report.learners === 1 ? "" : "s") + " from " + (files.length - skipped) +
      " export" + (files.length - skipped === 1 ? "" : "s") + (skipped > 0 ? ", " + skipped + " file" + (skipped === 1 ? "" : "s") + " skipped" : "") + ".";
    tables(report).forEach(function (t) { results.appendChild(section(t)); });
    results.appendChild(legend());
  }

  function problem(text) {
    problems.appendChild(dom.el("li", null, text));
  }

  // The same tables as ReportTables.of, column for column.
  function tables(report) {
    var quizColumns = ["quiz", "learners", "mean first try"];
    for (var b = 0; b < S.BINS; b++) quizColumns.push(b * 100 / S.BINS + "-" + (b + 1) * 100 / S.BINS + "%");
    var quizRows = [], questionRows = [], optionRows = [], misconceptionRows = [];
    report.quizzes.forEach(function (quiz) {
      quizRows.push([quiz.quiz, String(quiz.learners), S.percent(quiz.meanScore)].concat(quiz.distribution.map(String)));
      quiz.questions.forEach(function (q) {
        questionRows.push([q.quiz, q.question, String(q.learners), String(q.attempts), S.percent(q.difficulty), S.percent(q.meanScore),
          S.decimal(q.pointBiserial), S.decimal(q.upperLower), String(q.versions.length),
          q.flags.map(function (f) { return S.FLAGS[f].label; }).join("; ")]);
        q.options.forEach(function (o) {
          optionRows.push([q.quiz, q.question, o[0], String(o[1]), S.percent(q.learners === 0 ? NaN : o[1] / q.learners)]);
        });
        q.misconceptions.forEach(function (m) { misconceptionRows.push([q.quiz, q.question, m[0], String(m[1])]); });
      });
    });
    var lessonRows = report.lessons.map(function (l, i) { return [String(i + 1), l.lesson, l.title, String(l.read), S.percent(l.share)]; });
    return [
      { name: "quizzes", title: "Quizzes: first-try scores (learners per score band)", columns: quizColumns, rows: quizRows, report: report },
      { name: "questions", title: "Questions: item analysis of first tries", columns: ["quiz", "question", "learners", "checks",
        "right first try", "mean score", "point-biserial", "upper-lower", "versions", "flags"], rows: questionRows },
      { name: "options", title: "Options picked on a first try", columns: ["quiz", "question", "option", "picked by", "share of learners"], rows: optionRows },
      { name: "misconceptions", title: "Misconceptions shown (any try)", columns: ["quiz", "question", "misconception", "times shown"], rows: misconceptionRows },
      { name: "lessons", title: "Lessons read, in course order (the drop-off)", columns: ["#", "lesson", "title", "read by", "share of learners"], rows: lessonRows }
    ];
  }

  function section(t) {
    // A plain div: the scrolling region below is the table's landmark, named by the heading.
    var s = dom.el("div", "insights-table");
    s.setAttribute("data-cg", "insights-table");
    s.setAttribute("data-table", t.name);
    var id = "insights-" + t.name;
    var h = dom.el("h2", null, t.title);
    h.id = id;
    s.appendChild(h);
    if (t.report) t.report.quizzes.forEach(function (quiz) { s.appendChild(chart(quiz)); });
    var wrap = dom.el("div", "insights-scroll");
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-labelledby", id);
    wrap.tabIndex = 0;
    var table = dom.el("table");
    var head = table.createTHead().insertRow();
    t.columns.forEach(function (c) {
      var th = dom.el("th", null, c);
      th.scope = "col";
      head.appendChild(th);
    });
    var body = table.createTBody();
    t.rows.forEach(function (r) {
      var tr = body.insertRow();
      r.forEach(function (cell) { tr.appendChild(dom.el("td", null, cell)); });
    });
    if (t.rows.length === 0) {
      var td = dom.el("td", null, "(none)");
      td.colSpan = t.columns.length;
      body.insertRow().appendChild(td);
    }
    wrap.appendChild(table);
    s.appendChild(wrap);
    s.appendChild(dom.button("Download " + t.name + ".csv", "quiz-button insights-csv", function () {
      download(t.name + ".csv", csv(t));
    }));
    return s;
  }

  // A quiz's score distribution as bars, one per band, named with its figure: the table's row in a picture.
  function chart(quiz) {
    var figure = dom.el("figure", "insights-chart");
    var caption = dom.el("figcaption", null, (quizTitles.get(quiz.quiz) || quiz.quiz) + ": learners by first-try score");
    var w = 400, h = 160, pad = 24, max = Math.max.apply(null, quiz.distribution.concat([1]));
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 " + w + " " + (h + pad));
    svg.setAttribute("class", "insights-bars");
    svg.setAttribute("role", "img");
    var described = quiz.distribution.map(function (n, b) {
      return (b * 10) + " to " + ((b + 1) * 10) + "%: " + n;
    }).join(", ");
    svg.setAttribute("aria-label", caption.textContent + ". " + described);
    var bw = w / quiz.distribution.length;
    quiz.distribution.forEach(function (n, b) {
      var bar = document.createElementNS(SVG, "rect");
      var bh = n === 0 ? 0 : Math.max(1, Math.round((h - 14) * n / max));
      bar.setAttribute("x", String(b * bw + 2));
      bar.setAttribute("y", String(h - bh));
      bar.setAttribute("width", String(bw - 4));
      bar.setAttribute("height", String(bh));
      bar.setAttribute("class", "insights-bar");
      var title = document.createElementNS(SVG, "title");
      title.textContent = (b * 10) + "-" + ((b + 1) * 10) + "%: " + n + " learner" + (n === 1 ? "" : "s");
      bar.appendChild(title);
      svg.appendChild(bar);
      var count = document.createElementNS(SVG, "text");
      count.setAttribute("x", String(b * bw + bw / 2));
      count.setAttribute("y", String(h - bh - 3));
      count.setAttribute("class", "insights-bar-count");
      count.textContent = String(n);
      svg.appendChild(count);
      var label = document.createElementNS(SVG, "text");
      label.setAttribute("x", String(b * bw + bw / 2));
      label.setAttribute("y", String(h + 16));
      label.setAttribute("class", "insights-bar-label");
      label.textContent = (b * 10) + "%";
      svg.appendChild(label);
    });
    figure.appendChild(svg);
    figure.appendChild(caption);
    return figure;
  }

  function legend() {
    var s = dom.el("section", "insights-legend");
    var id = "insights-legend";
    var h = dom.el("h2", null, "Flags");
    h.id = id;
    s.setAttribute("aria-labelledby", id);
    s.appendChild(h);
    s.appendChild(dom.el("p", null, "A question is flagged for its difficulty or discrimination once " + S.MIN_LEARNERS +
      " learners answered it. Point-biserial: how being right on the first try goes with the rest of the quiz (from -1 to 1)."));
    var ul = dom.el("ul");
    Object.keys(S.FLAGS).forEach(function (k) { ul.appendChild(dom.el("li", null, S.FLAGS[k].label + ": " + S.FLAGS[k].rule)); });
    s.appendChild(ul);
    return s;
  }

  // RFC 4180, as ReportTables.csv: CRLF, quotes where needed, formula-like cells defused.
  function csv(t) {
    return [t.columns].concat(t.rows).map(function (row) {
      return row.map(function (cell) {
        if (cell !== "" && "=+-@".indexOf(cell.charAt(0)) >= 0 && !/^-?[0-9.]+%?$/.test(cell)) cell = "'" + cell;
        if (/[",\n\r]/.test(cell)) cell = "\"" + cell.replace(/"/g, "\"\"") + "\"";
        return cell;
      }).join(",");
    }).join("\r\n") + "\r\n";
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 0);
  }
})();
