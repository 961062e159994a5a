package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.OutsideLinks.RemoteImages;
import io.coursegen.model.SourceRef;
import java.util.Map;

/**
 * With {@code remote-images: allow}, one warning per host that pages load images from, at its first
 * image: each such host learns who reads the course, and the page breaks when it is offline.
 */
final class RemoteImageHosts {
    private RemoteImageHosts() {}

    static void check(Course course, Diagnostics diagnostics) {
        if (course.outside().remoteImages() != RemoteImages.ALLOW) return;
        Map<String, SourceRef> first = io.coursegen.model.CourseMarkdown.remoteImageHosts(course);
        for (Map.Entry<String, SourceRef> e : first.entrySet()) {
            diagnostics.warning(e.getValue(), "`remote-images: allow`: pages load images from `" + e.getKey() + "` (first here),"
                    + " which then sees who reads them; save the images under content/ to serve them from the site");
        }
    }
}
