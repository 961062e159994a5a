// The cost calculator in the browser: the same model as io.coursegen.cost.CostModel, Money and
// io.coursegen.model.cost.CostInputs#validate in Java, on the JSON shape of io.coursegen.cost.CostJson.
// The shared vectors in src/test/resources/io/coursegen/widget/calculator/cost.json run against both, so change the two
// together; CostModel's Javadoc defines every output.
//
// A classic script, not an ES module: Chromium refuses module scripts on file:// pages, and the site
// must work from a copied folder. It defines one global, window.CoursegenCost, and touches nothing
// else: no DOM, no storage. Every value is computed with the same operations in the same order as in
// Java (IEEE doubles both sides, no Math.pow or other library function that may round differently),
// so the two agree to the last bit, not only to the cent.
(function () {
  "use strict";

  // Prices are in USD per 1M tokens.
  var TOKENS_PER_PRICE_UNIT = 1000000;
  // How far the break-even search looks: 100 years, beyond any cost estimate.
  var MAX_BREAK_EVEN_MONTHS = 1200;
  // The figure the worked example of source 003 uses.
  var DEFAULT_DAYS_PER_MONTH = 30;
  // A value this close below a half (relative to its size, and at most MAX_TIE_SLACK units) counts as
  // the half: decimal amounts such as 1.005 USD come out of binary arithmetic a hair below it.
  var TIE_TOLERANCE = 1e-12;
  var MAX_TIE_SLACK = 1e-3;

  // The allowed range of every field, as Java's Limits. The text is written out rather than formatted
  // from the bounds so that the messages are the same as Java's to the character.
  function range(min, max, whole, text) {
    return { min: min, max: max, whole: whole, text: text };
  }
  var REQUESTS_PER_DAY = range(0, 1e9, false, "from 0 to 1,000,000,000 requests per day");
  var TOKENS_PER_REQUEST = range(0, 1e7, false, "from 0 to 10,000,000 tokens per request");
  var PRICE_PER_MILLION = range(0, 1e4, false, "from 0 to 10,000 USD per 1M tokens");
  var MONTHLY_FIXED = range(0, 1e9, false, "from 0 to 1,000,000,000 USD per month");
  var ONE_OFF_COST = range(0, 1e9, false, "from 0 to 1,000,000,000 USD");
  var TRAINING_TOKENS = range(0, 1e12, false, "from 0 to 1,000,000,000,000 tokens");
  var EPOCHS = range(0, 100, false, "from 0 to 100 epochs");
  var TRAINING_PRICE = range(0, 1e4, false, "from 0 to 10,000 USD per 1M training tokens");
  var RETRAIN_EVERY = range(0, 120, true, "from 0 to 120 months (0 = never)");
  var HORIZON = range(1, 120, true, "from 1 to 120 months");
  var DAYS_PER_MONTH = range(1, 31, false, "from 1 to 31 days");

  function own(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  // A number field: anything that is not a number (missing, null, the string "5") is NaN, which
  // validation reports; CostJson reads non-numbers the same way.
  function number(object, key) {
    var value = get(object, key);
    return typeof value === "number" ? value : NaN;
  }

  // A field of the caller's object, never one inherited from Object.prototype.
  function get(object, key) {
    return own(object, key) ? object[key] : undefined;
  }

  function readOption(value) {
    var o = isObject(value) ? value : {};
    return {
      promptTokens: number(o, "promptTokens"),
      inputPricePerMillion: number(o, "inputPricePerMillion"),
      outputPricePerMillion: number(o, "outputPricePerMillion"),
      monthlyFixed: number(o, "monthlyFixed")
    };
  }

  // {cost} is a training cost given directly; anything else is tokens x epochs x price.
  function readTraining(value) {
    var t = isObject(value) ? value : {};
    if (own(t, "cost")) return { direct: true, cost: number(t, "cost") };
    return {
      direct: false,
      tokens: number(t, "tokens"),
      epochs: number(t, "epochs"),
      pricePerMillion: number(t, "pricePerMillion")
    };
  }

  // The inputs as plain numbers, as CostJson.readInputs reads them; the caller's object is not kept.
  function read(inputs) {
    var i = isObject(inputs) ? inputs : {};
    return {
      requestsPerDay: number(i, "requestsPerDay"),
      inputTokens: number(i, "inputTokens"),
      outputTokens: number(i, "outputTokens"),
      prompted: readOption(get(i, "prompted")),
      fineTuned: readOption(get(i, "fineTuned")),
      training: readTraining(get(i, "training")),
      retrainEveryMonths: number(i, "retrainEveryMonths"),
      retrainCost: number(i, "retrainCost"),
      horizonMonths: number(i, "horizonMonths"),
      daysPerMonth: own(i, "daysPerMonth") ? number(i, "daysPerMonth") : DEFAULT_DAYS_PER_MONTH
    };
  }

  function check(limit, field, value, out) {
    // Written so that NaN fails the first test.
    var ok = value >= limit.min && value <= limit.max && (!limit.whole || value === Math.floor(value));
    if (!ok) {
      out.push({ field: field, message: (limit.whole ? "must be a whole number " : "must be a number ") + limit.text });
    }
  }

  function checkOption(prefix, o, out) {
    check(TOKENS_PER_REQUEST, prefix + ".promptTokens", o.promptTokens, out);
    check(PRICE_PER_MILLION, prefix + ".inputPricePerMillion", o.inputPricePerMillion, out);
    check(PRICE_PER_MILLION, prefix + ".outputPricePerMillion", o.outputPricePerMillion, out);
    check(MONTHLY_FIXED, prefix + ".monthlyFixed", o.monthlyFixed, out);
  }

  // Every field out of range, in field order, as [{field, message}]; as CostInputs.validate().
  function problemsOf(r) {
    var out = [];
    check(REQUESTS_PER_DAY, "requestsPerDay", r.requestsPerDay, out);
    check(TOKENS_PER_REQUEST, "inputTokens", r.inputTokens, out);
    check(TOKENS_PER_REQUEST, "outputTokens", r.outputTokens, out);
    checkOption("prompted", r.prompted, out);
    checkOption("fineTuned", r.fineTuned, out);
    if (r.training.direct) {
      check(ONE_OFF_COST, "training.cost", r.training.cost, out);
    } else {
      check(TRAINING_TOKENS, "training.tokens", r.training.tokens, out);
      check(EPOCHS, "training.epochs", r.training.epochs, out);
      check(TRAINING_PRICE, "training.pricePerMillion", r.training.pricePerMillion, out);
    }
    check(RETRAIN_EVERY, "retrainEveryMonths", r.retrainEveryMonths, out);
    check(ONE_OFF_COST, "retrainCost", r.retrainCost, out);
    check(HORIZON, "horizonMonths", r.horizonMonths, out);
    check(DAYS_PER_MONTH, "daysPerMonth", r.daysPerMonth, out);
    return out;
  }

  function validate(inputs) {
    return problemsOf(read(inputs));
  }

  // A whole number, half away from zero, a value within the tie slack below a half counting as it;
  // Money.roundHalfUp. Compares the exact fraction a - f rather than add 0.5: past 2^52, a + 0.5
  // rounds odd numbers to even.
  function roundHalfUp(x) {
    if (typeof x !== "number") return NaN;
    if (!isFinite(x)) return x;
    var a = Math.abs(x);
    var f = Math.floor(a);
    var r = a - f >= 0.5 - Math.min(a * TIE_TOLERANCE, MAX_TIE_SLACK) ? f + 1 : f;
    return x < 0 && r !== 0 ? -r : r;
  }

  // USD to whole cents, rounded half-up; for display.
  function roundCents(usd) {
    return roundHalfUp(usd * 100);
  }

  // USD to whole millionths of a dollar, rounded half-up; for per-request costs.
  function roundMicros(usd) {
    return roundHalfUp(usd * 1000000);
  }

  function trainingCost(t) {
    if (!t.direct) return t.tokens * t.epochs * t.pricePerMillion / TOKENS_PER_PRICE_UNIT;
    return t.cost;
  }

  // Running costs of one option: USD per request, per day (no fixed costs), per month (with them).
  function running(option, r) {
    var perRequest = (r.inputTokens + option.promptTokens) * option.inputPricePerMillion / TOKENS_PER_PRICE_UNIT +
      r.outputTokens * option.outputPricePerMillion / TOKENS_PER_PRICE_UNIT;
    var perDay = perRequest * r.requestsPerDay;
    var perMonth = perDay * r.daysPerMonth + option.monthlyFixed;
    return { perRequest: perRequest, perDay: perDay, perMonth: perMonth };
  }

  // Cumulative costs by the end of month m; retrainings are paid in months K+1, 2K+1, ...
  function schedule(promptedMonthly, fineTunedMonthly, training, retrainEvery, retrainCost) {
    function retrainings(m) {
      return retrainEvery === 0 || m < 1 ? 0 : Math.floor((m - 1) / retrainEvery);
    }
    return {
      retrainings: retrainings,
      prompted: function (m) {
        return m * promptedMonthly;
      },
      fineTuned: function (m) {
        return training + m * fineTunedMonthly + retrainings(m) * retrainCost;
      }
    };
  }

  // The first month m >= 1 whose cumulative costs, in cents, favour fine-tuning or tie.
  function breakEven(s, horizonMonths) {
    for (var m = 1; m <= MAX_BREAK_EVEN_MONTHS; m++) {
      if (roundCents(s.fineTuned(m)) <= roundCents(s.prompted(m))) {
        return { status: m <= horizonMonths ? "within-horizon" : "after-horizon", month: m };
      }
    }
    return { status: "never", month: null };
  }

  // Requests per day at which both cost the same a month, one-off costs spread over the horizon.
  function breakEvenVolume(prompted, fineTuned, r, oneOff) {
    if (!(fineTuned.perRequest < prompted.perRequest)) return null;
    var extraPerMonth = r.fineTuned.monthlyFixed - r.prompted.monthlyFixed + oneOff / r.horizonMonths;
    if (extraPerMonth <= 0) return 0;
    return extraPerMonth / ((prompted.perRequest - fineTuned.perRequest) * r.daysPerMonth);
  }

  // Every output in USD, unrounded, in the shape of CostJson.result; throws on invalid inputs.
  function compute(inputs) {
    var r = read(inputs);
    var problems = problemsOf(r);
    if (problems.length > 0) {
      throw new Error("invalid cost inputs: " + problems.map(function (p) {
        return p.field + ": " + p.message;
      }).join("; "));
    }
    var training = trainingCost(r.training);
    var prompted = running(r.prompted, r);
    var fineTuned = running(r.fineTuned, r);
    var horizon = r.horizonMonths;
    var s = schedule(prompted.perMonth, fineTuned.perMonth, training, r.retrainEveryMonths, r.retrainCost);
    var cumulativePrompted = [];
    var cumulativeFineTuned = [];
    var retrainMonths = [];
    for (var m = 0; m <= horizon; m++) {
      cumulativePrompted.push(s.prompted(m));
      cumulativeFineTuned.push(s.fineTuned(m));
      if (s.retrainings(m) > s.retrainings(m - 1)) retrainMonths.push(m);
    }
    var oneOff = training + s.retrainings(horizon) * r.retrainCost;
    return {
      trainingCost: training,
      prompted: prompted,
      fineTuned: fineTuned,
      monthlySaving: prompted.perMonth - fineTuned.perMonth,
      breakEven: breakEven(s, horizon),
      breakEvenRequestsPerDay: breakEvenVolume(prompted, fineTuned, r, oneOff),
      retrainMonths: retrainMonths,
      cumulative: { prompted: cumulativePrompted, fineTuned: cumulativeFineTuned }
    };
  }

  window.CoursegenCost = Object.freeze({
    compute: compute,
    validate: validate,
    roundCents: roundCents,
    roundMicros: roundMicros
  });
})();
