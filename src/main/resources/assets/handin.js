// The hand-in a learner exports for an instructor to grade, built from the stored progress and the
// progress catalog (progress-catalog.js): a Markdown document to read and a JSON document to process
// (format "coursegen-progress", formatVersion 2, documented in README and in
// io/coursegen/widget/exercise/export-2.schema.json). No DOM access: every function is pure, given the
// date, so the shared vectors src/test/resources/io/coursegen/widget/exercise/handin.json hold it in Chromium,
// and Java renders the escaped Markdown to check it stays text. A classic script: window.CoursegenHandin.
(function () {
  "use strict";

  var FORMAT_VERSION = 2;

  function own(o, k) {
    return o !== null && typeof o === "object" && Object.prototype.hasOwnProperty.call(o, k);
  }

  // ---- Markdown that stays text ------------------------------------------------------------------

  // Characters that may start or close markup anywhere in a line (CommonMark and GitHub's extensions:
  // emphasis, code, links, images, raw HTML, entities, strikethrough, tables, headings). A backslash
  // before any ASCII punctuation makes it literal in every CommonMark renderer.
  var INLINE = /[\\`*_\[\]<>&~|#]/g;

  function escapeLine(line) {
    return line.replace(INLINE, "\\$&");
  }

  // One line of text (a name, a title) for use after other text on a line: newlines become spaces.
  function inline(text) {
    return escapeLine(String(text).replace(/\s+/g, " ").trim());
  }

  // One line of a block. What only means something at the start of a line is escaped there: list
  // markers (- + and "1." "1)"), setext underlines (= -), and leading white space, which would make a
  // code block, is kept as no-break spaces.
  function blockLine(line) {
    var lead = /^[ \t]*/.exec(line)[0];
    var rest = escapeLine(line.slice(lead.length).replace(/[ \t]+$/, ""));
    rest = rest.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
    return lead.replace(/\t/g, "    ").replace(/ /g, "\u00A0") + rest;
  }

  // Text written by someone (a justification, a draft) as a block quote that renders as the same
  // text: each line is kept (a backslash at its end is a hard line break), blank lines part
  // paragraphs, and nothing in it can become a heading, list, code, link, image or HTML.
  function quote(text) {
    var lines = String(text).replace(/\r\n?/g, "\n").split("\n").map(function (l) {
      return /^\s*$/.test(l) ? "" : blockLine(l);
    });
    while (lines.length > 0 && lines[0] === "") lines.shift();
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    var out = [];
    for (var i = 0; i < lines.length; i++) {
      if (lines[i] === "" && out.length > 0 && out[out.length - 1] === ">") continue;
      var breaks = lines[i] !== "" && i + 1 < lines.length && lines[i + 1] !== "";
      out.push(lines[i] === "" ? ">" : "> " + lines[i] + (breaks ? "\\" : ""));
    }
    return out.length === 0 ? "> (empty)" : out.join("\n");
  }

  // ---- File names --------------------------------------------------------------------------------

  // FNV-1a over the UTF-16 code units, as 8 hex digits: tells apart names with no ASCII letters.
  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return ("0000000" + h.toString(16)).slice(-8);
  }

  // ASCII letters and digits in lower case joined by hyphens, at most `max` characters; accents are
  // dropped ("Zoë" is "zoe"). Never a path character, a dot or a space.
  function slug(text, max) {
    var s = String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    if (s.length > max) s = s.slice(0, max).replace(/-+$/, "");
    return s;
  }

  // The name's part of a file name: its slug, "learner-<hash>" when it has no ASCII letter or digit
  // ("李雷"), "anonymous" when there is no name.
  function namePart(name) {
    var n = typeof name === "string" ? name.trim() : "";
    if (n === "") return "anonymous";
    return slug(n, 40) || "learner-" + hash(n.normalize("NFC"));
  }

  // YYYY-MM-DD of `date` in the browser's time zone: the day the learner hands in.
  function localDate(date) {
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return date.getFullYear() + "-" + two(date.getMonth() + 1) + "-" + two(date.getDate());
  }

  // "<course>-<name>-<YYYY-MM-DD>.<ext>", e.g. "fine-tune-or-prompt-ada-lovelace-2026-12-03.md".
  function fileName(course, name, date, ext) {
    return (slug(course, 60) || "course") + "-" + namePart(name) + "-" + localDate(date) + "." + ext;
  }

  // ---- The hand-in -------------------------------------------------------------------------------

  function strings(list) {
    return Array.isArray(list) ? list.filter(function (x) { return typeof x === "string"; }) : [];
  }

  // true / false when the build has answers to compare with, null when it was built without them.
  function acceptedOf(sc, choice) {
    var accepted = strings(sc.accepted);
    return accepted.length === 0 ? null : accepted.indexOf(choice) >= 0;
  }

  function labelOf(sc, choice) {
    return own(sc.choices, choice) ? sc.choices[choice] : choice;
  }

  // Every scenario of the course with what the learner did in it, in course order.
  function scenarios(catalog, progress) {
    var exercises = own(progress, "exercises") ? progress.exercises : {};
    var out = [];
    (catalog.sets || []).forEach(function (set) {
      set.scenarios.forEach(function (sc) {
        var r = own(exercises, sc.id) && exercises[sc.id] !== null && typeof exercises[sc.id] === "object" ? exercises[sc.id] : {};
        var history = Array.isArray(r.history) ? r.history.filter(function (h) {
          return h !== null && typeof h === "object" && typeof h.choice === "string" && typeof h.text === "string";
        }) : [];
        var submitted = r.submitted !== null && typeof r.submitted === "object" && typeof r.submitted.choice === "string"
          && typeof r.submitted.text === "string" ? r.submitted : null;
        var count = typeof r.submissions === "number" && r.submissions >= 0 ? Math.floor(r.submissions) : 0;
        // A record from before submissions were kept has only its last one, of unknown time.
        if (history.length === 0 && submitted !== null) history = [{ choice: submitted.choice, text: submitted.text, at: null, hints: null }];
        count = Math.max(count, history.length);
        var ticked = strings(r.ticked);
        var selfChecked = submitted !== null && r.selfChecked === true;
        var hintsUsed = typeof r.hints === "number" && r.hints >= 0 ? Math.min(Math.floor(r.hints), sc.hints || 0) : 0;
        out.push({
          set: set.id,
          setTitle: set.title,
          scenario: sc.id,
          title: sc.title,
          text: sc.text || "",
          choices: Object.keys(sc.choices).map(function (id) { return { id: id, label: sc.choices[id] }; }),
          approach: submitted === null ? null
            : { choice: submitted.choice, label: labelOf(sc, submitted.choice), accepted: acceptedOf(sc, submitted.choice) },
          acceptedAnswers: strings(sc.accepted).map(function (id) { return { id: id, label: labelOf(sc, id) }; }),
          submissionCount: count,
          submissions: history.map(function (h, i) {
            return { number: count - history.length + i + 1, at: typeof h.at === "string" ? h.at : null,
              choice: h.choice, label: labelOf(sc, h.choice), accepted: acceptedOf(sc, h.choice), text: h.text,
              hintsShown: typeof h.hints === "number" ? h.hints : null };
          }),
          hints: { used: hintsUsed, available: sc.hints || 0 },
          selfChecked: selfChecked,
          rubric: Object.keys(sc.rubric).map(function (id) {
            return { id: id, point: sc.rubric[id], ticked: selfChecked && ticked.indexOf(id) >= 0 };
          }),
          draft: submitted === null || r.editing === true ? (typeof r.text === "string" ? r.text : "") : null
        });
      });
    });
    return out;
  }

  // The JSON export. `meta`: {course, title, learner (string or null), date (a Date), solutions}.
  function json(catalog, progress, meta) {
    return {
      format: "coursegen-progress",
      formatVersion: FORMAT_VERSION,
      course: meta.course,
      title: meta.title,
      learner: { name: typeof meta.learner === "string" && meta.learner.trim() !== "" ? meta.learner.trim() : null },
      date: localDate(meta.date),
      exportedAt: meta.date.toISOString(),
      solutions: catalog.solutions !== false,
      scenarios: scenarios(catalog, progress),
      progress: progress
    };
  }

  function percent(x) {
    return Math.round(x * 100);
  }

  function verdict(accepted) {
    return accepted === null ? "not graded: this copy of the course has no answers"
      : accepted ? "an accepted answer" : "not an accepted answer";
  }

  // "2026-12-03 14:05 UTC" for an ISO time, "time not recorded" for none.
  function when(at) {
    var m = typeof at === "string" ? /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(at) : null;
    return m ? m[1] + " " + m[2] + " UTC" : "time not recorded";
  }

  // The Markdown export for an instructor to read; every text in it is escaped (see quote and inline).
  function markdown(catalog, progress, meta) {
    var data = json(catalog, progress, meta);
    var lessons = own(progress, "lessons") ? progress.lessons : {};
    var quizzes = own(progress, "quizzes") ? progress.quizzes : {};
    var out = ["# My answers: " + inline(meta.title), ""];
    out.push("- Learner: " + (data.learner.name === null ? "not given" : inline(data.learner.name)));
    out.push("- Date: " + data.date + " (exported " + when(data.exportedAt) + ")");
    out.push("- Course: " + inline(meta.course), "");
    var read = (catalog.lessons || []).filter(function (l) { return lessons[l.key] === true; });
    out.push("## Lessons read (" + read.length + " of " + (catalog.lessons || []).length + ")", "");
    read.forEach(function (l) { out.push("- " + inline(l.title)); });
    if (read.length === 0) out.push("None yet.");
    out.push("", "## Quizzes", "");
    (catalog.quizzes || []).forEach(function (q) {
      var r = own(quizzes, q.id) ? quizzes[q.id] : null;
      var best = r && typeof r.best === "number" && r.best >= 0 && r.best <= 1 ? r.best : null;
      var attempts = r && typeof r.attempts === "number" && r.attempts >= 0 ? Math.floor(r.attempts) : 0;
      out.push("- " + inline(q.title) + ": " + (best === null ? "not taken yet" : "best score " + percent(best) + "% in " +
        attempts + (attempts === 1 ? " attempt" : " attempts")));
    });
    out.push("", "## Exercises");
    var set = null;
    data.scenarios.forEach(function (s) {
      if (s.set !== set) {
        set = s.set;
        out.push("", "### " + inline(s.setTitle));
      }
      out.push("", "#### " + inline(s.title), "", "Scenario:", "", quote(s.text), "");
      if (s.approach === null) {
        out.push("- Approach: not submitted yet");
      } else {
        out.push("- Approach: " + inline(s.approach.label) + " (" + verdict(s.approach.accepted) + ")");
        if (s.approach.accepted === false) {
          out.push("- Accepted: " + s.acceptedAnswers.map(function (a) { return inline(a.label); }).join(" or "));
        }
      }
      out.push("- Hints used: " + s.hints.used + " of " + s.hints.available);
      out.push("- Submissions: " + s.submissionCount);
      var covered = s.rubric.filter(function (p) { return p.ticked; }).length;
      out.push("- Self-check: " + (s.selfChecked ? covered + " of " + s.rubric.length + " points covered" : "not done yet"));
      s.rubric.forEach(function (p) {
        out.push("  - " + (p.ticked ? "[x] covered: " : "[ ] not covered: ") + inline(p.point));
      });
      if (s.submissionCount > s.submissions.length) {
        out.push("", "The first " + (s.submissionCount - s.submissions.length) + " submissions are no longer kept.");
      }
      s.submissions.forEach(function (h) {
        out.push("", "Submission " + h.number + " of " + s.submissionCount + (h.number === s.submissionCount ? " (latest)" : "") +
          ", " + when(h.at) + ": " + inline(h.label) + " (" + verdict(h.accepted) + ")" +
          (h.hintsShown === null ? "" : ", " + h.hintsShown + (h.hintsShown === 1 ? " hint" : " hints") + " shown"), "", quote(h.text));
      });
      if (s.draft !== null && s.draft.trim() !== "") {
        out.push("", s.approach === null ? "Draft, not submitted:" : "Revision in progress, not submitted:", "", quote(s.draft));
      }
    });
    return out.join("\n") + "\n";
  }

  window.CoursegenHandin = Object.freeze({
    FORMAT_VERSION: FORMAT_VERSION,
    inline: inline,
    quote: quote,
    namePart: namePart,
    localDate: localDate,
    fileName: fileName,
    scenarios: scenarios,
    json: json,
    markdown: markdown
  });
})();
