// Quiz widget: enhances the server-rendered quizzes on a page (see templates/partials/quiz.jte).
(function () {
  "use strict";
})();
