// The interface texts of the page's language, for every script: the catalog the build wrote into
// messages.js (window.coursegenMessages: {"locale": "de", "texts": {"key": "text"}}), formatted by the
// same rules as the Java side (io.coursegen.i18n.Messages, with ICU4J): a text with arguments is an ICU
// MessageFormat pattern, "{count, plural, one {# lesson} other {# lessons}}", its plural forms chosen
// by Intl.PluralRules and its numbers written by Intl.NumberFormat, lists by Intl.ListFormat. Shared
// vectors (src/test/resources/io/coursegen/i18n/) hold the two to the same results. A classic script,
// loaded before dom.js; scripts read it as window.CoursegenI18n.
(function () {
  "use strict";

  var data = window.coursegenMessages || { locale: "en", texts: {} };

  // A formatter for `locale` over `texts`; the page's own is CoursegenI18n, tests make others.
  function make(locale, texts) {
    var plurals = {};
    function pluralRules(type) {
      if (!plurals[type]) plurals[type] = new Intl.PluralRules(locale, { type: type });
      return plurals[type];
    }
    var numbers = new Intl.NumberFormat(locale);

    function text(key) {
      if (!Object.prototype.hasOwnProperty.call(texts, key)) throw new Error("no message " + key + " in the catalog");
      return texts[key];
    }

    function number(n, options) {
      return options ? new Intl.NumberFormat(locale, options).format(n) : numbers.format(n);
    }

    function value(v) {
      return typeof v === "number" ? numbers.format(v) : String(v);
    }

    // Formats pattern `p` from index `i` up to its end, or (nested) the "}" closing a sub-message;
    // returns [text, index]. `hash` is what "#" stands for inside a plural's sub-message, else null.
    function message(p, i, args, nested, hash) {
      var out = "";
      while (i < p.length) {
        var c = p.charAt(i);
        if (c === "}" && nested) return [out, i];
        if (c === "'" && p.charAt(i + 1) === "'") {
          out += "'";
          i += 2;
        } else if (c === "'" && (p.charAt(i + 1) === "{" || p.charAt(i + 1) === "}" || (hash !== null && p.charAt(i + 1) === "#"))) {
          // Quoted literal text up to the next lone apostrophe, as ICU reads it.
          var j = i + 1;
          while (j < p.length) {
            if (p.charAt(j) === "'" && p.charAt(j + 1) === "'") { out += "'"; j += 2; continue; }
            if (p.charAt(j) === "'") break;
            out += p.charAt(j);
            j++;
          }
          i = j + 1;
        } else if (c === "{") {
          var r = argument(p, i, args);
          out += r[0];
          i = r[1];
        } else if (c === "#" && hash !== null) {
          out += hash;
          i++;
        } else {
          out += c;
          i++;
        }
      }
      return [out, i];
    }

    function skipSpace(p, i) {
      while (i < p.length && /\s/.test(p.charAt(i))) i++;
      return i;
    }

    // One "{...}" argument from index `i` (its "{"); returns [text, index after its "}"].
    function argument(p, i, args) {
      var close = p.indexOf("}", i);
      var head = p.substring(i + 1, close);
      var comma = head.indexOf(",");
      if (comma < 0) return [value(arg(args, head.trim())), close + 1];
      var name = head.substring(0, comma).trim();
      var rest = p.substring(i + 1 + comma + 1);
      var typeMatch = /^\s*(\w+)\s*(,|\})/.exec(rest);
      var type = typeMatch[1];
      var j = i + 1 + comma + 1 + typeMatch[0].length;
      if (typeMatch[2] === "}") {
        if (type !== "number") throw new Error("unsupported argument type " + type);
        return [value(Number(arg(args, name))), j];
      }
      if (type !== "plural" && type !== "select" && type !== "selectordinal") throw new Error("unsupported argument type " + type);
      var v = arg(args, name);
      var offset = 0;
      var cases = {};
      var order = [];
      for (;;) {
        j = skipSpace(p, j);
        if (p.charAt(j) === "}") { j++; break; }
        var sel = /^(offset:\s*(\d+)|=?[\w-]+)/.exec(p.substring(j));
        if (sel[2] !== undefined) { offset = Number(sel[2]); j += sel[0].length; continue; }
        j = skipSpace(p, j + sel[0].length);
        if (p.charAt(j) !== "{") throw new Error("expected { after " + sel[0]);
        var start = j + 1;
        var depth = 1;
        j = start;
        while (depth > 0) {
          if (p.charAt(j) === "'" && p.charAt(j + 1) !== "'") { var q = p.indexOf("'", j + 1); if (q > 0 && /[{}#]/.test(p.charAt(j + 1))) { j = q + 1; continue; } }
          if (p.charAt(j) === "{") depth++;
          else if (p.charAt(j) === "}") depth--;
          j++;
        }
        cases[sel[0]] = p.substring(start, j - 1);
        order.push(sel[0]);
      }
      var chosen;
      var hash = null;
      if (type === "select") {
        chosen = Object.prototype.hasOwnProperty.call(cases, String(v)) ? cases[String(v)] : cases.other;
      } else {
        var n = Number(v);
        hash = numbers.format(n - offset);
        if (Object.prototype.hasOwnProperty.call(cases, "=" + n)) chosen = cases["=" + n];
        else {
          var category = pluralRules(type === "plural" ? "cardinal" : "ordinal").select(n - offset);
          chosen = Object.prototype.hasOwnProperty.call(cases, category) ? cases[category] : cases.other;
        }
      }
      return [message(chosen, 0, args, false, hash)[0], j];
    }

    function arg(args, name) {
      if (!args || !Object.prototype.hasOwnProperty.call(args, name)) throw new Error("message argument {" + name + "} not given");
      return args[name];
    }

    // The text of `key`; with `args` ({name: value}), the pattern formatted with them.
    function t(key, args) {
      var p = text(key);
      if (args === undefined) return p;
      return message(p, 0, args, false, null)[0];
    }

    function format(pattern, args) {
      return message(pattern, 0, args, false, null)[0];
    }

    // The text of `key` split around its argument `slot`, for a script that puts an element there:
    // [text before, text after]. Like Messages.around on the Java side.
    function around(key, slot, args) {
      var all = {};
      for (var k in args || {}) if (Object.prototype.hasOwnProperty.call(args, k)) all[k] = args[k];
      all[slot] = "\uE000";
      var text = t(key, all);
      var at = text.indexOf("\uE000");
      return [text.substring(0, at), text.substring(at + 1)];
    }

    function list(items, type) {
      return new Intl.ListFormat(locale, { type: type || "conjunction" }).format(items);
    }

    function plural(n) {
      return pluralRules("cardinal").select(n);
    }

    return Object.freeze({ locale: locale, t: t, has: function (key) { return Object.prototype.hasOwnProperty.call(texts, key); },
      format: format, around: around, number: number, list: list, plural: plural });
  }

  var page = make(data.locale, data.texts);
  window.CoursegenI18n = Object.freeze({
    locale: page.locale, t: page.t, has: page.has, format: page.format, around: page.around, number: page.number, list: page.list, plural: page.plural, make: make
  });
})();
