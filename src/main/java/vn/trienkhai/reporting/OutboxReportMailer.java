package vn.trienkhai.reporting;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.trienkhai.notification.NotificationOutbox;

/**
 * Mails the approved report through the notification outbox: one compact row per round (key
 * {@code report-round-<roundId>}) in the sending job's transaction, naming the stored FINAL; the dispatcher renders
 * the mail and attaches the FINAL's DOCX and PDF when it sends it ({@link StoredReportMailSource}).
 */
@Component
class OutboxReportMailer implements ReportMailer {

    private final NotificationOutbox outbox;
    private final Clock clock;

    OutboxReportMailer(NotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(ReportMail mail) {
        outbox.enqueueReport(mail.idempotencyKey(),
                mail.recipients().stream().map(ReportMail.Recipient::email).toList(), mail.reportDocumentId(),
                clock.instant());
    }
}
