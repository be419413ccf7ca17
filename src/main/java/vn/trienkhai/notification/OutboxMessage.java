package vn.trienkhai.notification;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code notification_outbox}: a rendered mail (subject, html, text), or a task notice
 * still to be rendered ({@code notice}, the others null).
 */
public record OutboxMessage(long id, String idempotencyKey, String kind, List<String> recipients, String subject,
                            String html, String text, String status, int attempts, Instant nextAttemptAt,
                            String lastError, Instant createdAt, Instant sentAt, PendingNotice notice) {
}
