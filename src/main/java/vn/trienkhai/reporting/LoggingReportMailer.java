package vn.trienkhai.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Until the notification outbox delivers reports: logs what would be mailed. Replace with the outbox's mailer. */
@Component
class LoggingReportMailer implements ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingReportMailer.class);

    @Override
    public void send(ReportMail mail) {
        log.info("Report mail {} (round {}, plan {}) to {} addresses, {} attachments ({} bytes); not sent: no outbox",
                mail.idempotencyKey(), mail.roundId(), mail.planId(), mail.recipients().size(),
                mail.attachments().size(),
                mail.attachments().stream().mapToLong(attachment -> attachment.content().length).sum());
    }
}
