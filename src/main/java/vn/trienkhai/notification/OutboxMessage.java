package vn.trienkhai.notification;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code notification_outbox}: a rendered mail (subject, html, text), a task notice
 * still to be rendered ({@code notice}, the others null), or an approved report's mail still to be
 * rendered ({@code reportDocumentId}, the stored FINAL whose files it carries).
 */
public record OutboxMessage(long id, String idempotencyKey, String kind, List<String> recipients, String subject,
                            String html, String text, String status, int attempts, Instant nextAttemptAt,
                            String lastError, Instant createdAt, Instant sentAt, PendingNotice notice,
                            Long reportDocumentId) {
}
