package io.coursegen.quiz;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The "Report a problem with this question" link: the course's {@code issues-url} with the quiz id,
 * the question id and the page it was seen on. An ordinary link, made at build time, so it needs no
 * script and works without one.
 *
 * <p>When the URL holds any of the placeholders {@code {quiz}}, {@code {question}} or {@code {page}},
 * each is replaced by its value, percent-encoded; otherwise {@code title} and {@code body} query
 * parameters are added, which GitHub, Gitea and Forgejo
 * read on their "new issue" pages (GitLab wants the placeholders: `.../issues/new?issue[title]={question}`).
 */
public final class ReportLinks {
    private ReportLinks() {}

    /** Why {@code url} cannot be an issues URL, or empty when it can. */
    public static Optional<String> problem(String url) {
        String hint = "`issues-url` is where learners report a problem with a question: an absolute http or https address"
                + " such as `https://github.com/acme/course/issues/new`, found `" + url + "`";
        try {
            URI uri = new URI(url.replace("{quiz}", "q").replace("{question}", "q").replace("{page}", "p"));
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http")) || uri.getHost() == null) {
                return Optional.of(hint);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(hint + " (" + e.getReason() + " at character " + (e.getIndex() + 1) + ")");
        }
    }

    /** The link for question {@code questionId} of quiz {@code quizId}, seen on {@code page} (a URL or a site path). */
    public static String href(String issuesUrl, String quizId, String questionId, String page) {
        if (issuesUrl.contains("{quiz}") || issuesUrl.contains("{question}") || issuesUrl.contains("{page}")) {
            return issuesUrl.replace("{quiz}", encode(quizId)).replace("{question}", encode(questionId)).replace("{page}", encode(page));
        }
        String title = "Problem with question " + questionId + " in quiz " + quizId;
        String body = "Quiz: " + quizId + "\nQuestion: " + questionId + "\nPage: " + page + "\n\nWhat is wrong:\n";
        String join = issuesUrl.contains("?") ? (issuesUrl.endsWith("?") || issuesUrl.endsWith("&") ? "" : "&") : "?";
        return issuesUrl + join + "title=" + encode(title) + "&body=" + encode(body);
    }

    /** Percent-encoding for a query value; a space as {@code %20}, which every reader takes, not {@code +}. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
