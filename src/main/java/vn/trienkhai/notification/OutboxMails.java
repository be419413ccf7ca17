package vn.trienkhai.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The mail of an outbox row: as stored (the digest), a task notice rendered now from its facts, or an approved
 * report rendered now with its stored files. A report whose document is gone fails the attempt.
 */
@Component
class OutboxMails {

    private final MailRenderer renderer;
    private final TaskLinks links;
    private final ObjectProvider<ReportMailSource> reports;

    OutboxMails(MailRenderer renderer, TaskLinks links, ObjectProvider<ReportMailSource> reports) {
        this.renderer = renderer;
        this.links = links;
        this.reports = reports;
    }

    RenderedMail of(OutboxMessage message) {
        if (message.reportDocumentId() != null) {
            return report(message.reportDocumentId());
        }
        PendingNotice notice = message.notice();
        if (notice == null) {
            return new RenderedMail(message.subject(), message.html(), message.text());
        }
        return renderer.taskNotice(notice.withLink(links.task(notice.taskId())));
    }

    private RenderedMail report(long documentId) {
        ReportMailSource source = reports.getIfAvailable();
        if (source == null) {
            throw new IllegalStateException("No report source to render report document " + documentId);
        }
        return renderer.report(source.load(documentId).orElseThrow(
                () -> new IllegalStateException("Report document " + documentId + " is missing")));
    }
}
