package vn.trienkhai.notification;

/** Direct links into Tasklist: {@code <base>#/?task=<id>}. */
class TaskLinks {

    private final String baseUrl;

    TaskLinks(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    String task(String taskId) {
        return baseUrl + "#/?task=" + java.net.URLEncoder.encode(taskId, java.nio.charset.StandardCharsets.UTF_8);
    }
}
