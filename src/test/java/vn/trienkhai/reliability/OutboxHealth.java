package vn.trienkhai.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code notificationOutbox} component of a node's {@code /actuator/health}, as an administrator sees it. */
record OutboxHealth(String status, long pending, long parked, long oldestPendingAgeSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static OutboxHealth of(Node node) throws Exception {
        JsonNode outbox = JSON.readTree(node.health()).path("components").path("notificationOutbox");
        JsonNode details = outbox.path("details");
        if (details.isMissingNode()) {
            throw new Bound.ScenarioFailure(node.name() + ": no notificationOutbox details in /actuator/health");
        }
        return new OutboxHealth(outbox.path("status").asText(), details.path("pending").asLong(),
                details.path("parked").asLong(), details.path("oldestPendingAgeSeconds").asLong());
    }
}
