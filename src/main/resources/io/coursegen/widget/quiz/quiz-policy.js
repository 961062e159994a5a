// Quiz policies in the browser: the same rules as io.coursegen.quiz.PolicyLogic in Java, on the policy
// JSON that io.coursegen.quiz.QuizClientJson writes into the page ({"reveal", "tries", "questionOrder",
// "draw", "oneAtATime"}). The shared vectors draw.json and turns.json in
// src/test/resources/io/coursegen/widget/quiz/ run against both, so change the two together.
//
// A classic script loaded after quiz-grading.js, whose shuffle it uses. It defines one global,
// window.CoursegenQuizPolicy, and touches nothing else: no DOM, no storage.
(function () {
  "use strict";

  var grading = window.CoursegenGrading;

  // What a quiz without a policy in its JSON follows: PolicyLogic's QuizPolicy.DEFAULT.
  var DEFAULT = Object.freeze({ reveal: "after-check", tries: 1, questionOrder: "fixed", draw: 0, oneAtATime: false });

  // The ids of the questions a learner is given, in the order shown: with draw below the number of
  // questions, the first `draw` of the ids shuffled with seed + "#draw", put back in written order;
  // then, with questionOrder "shuffled", those shuffled with seed + "#order".
  function shown(policy, seed, ids) {
    var drawn = ids.slice();
    if (policy.draw > 0 && policy.draw < ids.length) {
      var picked = grading.shuffle(seed + "#draw", ids).slice(0, policy.draw);
      drawn = ids.filter(function (id) { return picked.indexOf(id) >= 0; });
    }
    return policy.questionOrder === "shuffled" ? grading.shuffle(seed + "#order", drawn) : drawn;
  }

  // Where one question stands after `checks` checks in this attempt, the last scoring lastScore:
  // done (right, or its last try checked), triesLeft (0 when done, -1 without limit) and reveal (its
  // right answer and explanation show).
  function turn(policy, checks, lastScore, quizDone, answersShown) {
    var right = checks > 0 && lastScore >= 1;
    var done = checks > 0 && (right || (policy.tries > 0 && checks >= policy.tries));
    var triesLeft = done ? 0 : policy.tries === 0 ? -1 : policy.tries - checks;
    var reveal;
    if (policy.reveal === "after-check") reveal = done || answersShown;
    else if (policy.reveal === "on-request") reveal = answersShown;
    else if (policy.reveal === "at-end") reveal = quizDone;
    else throw new Error("unknown reveal mode: " + policy.reveal);
    return { done: done, triesLeft: triesLeft, reveal: reveal };
  }

  // Whether the page offers "Show answers": always, except that "at-end" offers it once the quiz is done.
  function offersShowAnswers(policy, quizDone) {
    return policy.reveal !== "at-end" || quizDone;
  }

  window.CoursegenQuizPolicy = Object.freeze({
    DEFAULT: DEFAULT,
    shown: shown,
    turn: turn,
    offersShowAnswers: offersShowAnswers
  });
})();
