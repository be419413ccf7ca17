package vn.trienkhai.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Direct links into the task list: {@code <trienkhai.public-url>/camunda/app/tasklist/default/#/?task=<id>}. The
 * public address is the one setting a deployment must give; without it the links point at localhost, which only the
 * demo on one's own machine can open, so start-up warns outside the demo.
 */
class TaskLinks {

    static final String LOCAL = "http://localhost:8080";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Logger log = LoggerFactory.getLogger(TaskLinks.class);

    private final String baseUrl;

    TaskLinks(String publicUrl) {
        String base = publicUrl.strip();
        this.baseUrl = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + TASKLIST;
    }

    static TaskLinks of(String publicUrl, boolean demo) {
        if (publicUrl == null || publicUrl.isBlank()) {
            if (!demo) {
                log.warn("trienkhai.public-url (TRIENKHAI_PUBLIC_URL) is not set: the links in the mails point at {}, "
                        + "which the recipients cannot open; set it to the application's public address", LOCAL);
            }
            return new TaskLinks(LOCAL);
        }
        return new TaskLinks(publicUrl);
    }

    String task(String taskId) {
        return baseUrl + "#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
    }
}
