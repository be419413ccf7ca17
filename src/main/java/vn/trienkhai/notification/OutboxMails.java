package vn.trienkhai.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.EngineClock;

/**
 * The mail of an outbox row: as stored (the digest), a task notice rendered now from its facts, or an approved
 * report rendered now with its stored files. A report whose document is gone fails the attempt.
 */
@Component
class OutboxMails {

    private final MailRenderer renderer;
    private final TaskLinks links;
    private final WorkingHours hours;
    private final ObjectProvider<ReportMailSource> reports;

    OutboxMails(MailRenderer renderer, TaskLinks links, WorkingHours hours, ObjectProvider<ReportMailSource> reports) {
        this.renderer = renderer;
        this.links = links;
        this.hours = hours;
        this.reports = reports;
    }

    /**
     * The mail of one row, or of one recipient's task notices together, each task once (at its latest step), by
     * plan, units in the plan's protocol order, lateness counted at {@code now}.
     */
    RenderedMail of(List<OutboxMessage> rows, Instant now) {
        OutboxMessage first = rows.get(0);
        if (first.notice() == null) {
            return of(first);
        }
        Map<String, PendingNotice> byTask = new LinkedHashMap<>();
        rows.stream().map(OutboxMessage::notice).forEach(notice -> byTask.merge(notice.taskId(), notice,
                (one, other) -> one.level().compareTo(other.level()) >= 0 ? one : other));
        List<TaskNotice> tasks = byTask.values().stream()
                .sorted(Comparator.comparing(PendingNotice::planLabel, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingNotice::unitPosition, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingNotice::unitName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PendingNotice::dueDay)
                        .thenComparing(PendingNotice::taskName, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(notice -> notice.withLateness(hours.workingDaysLate(notice.dueDay(), now),
                        links.task(notice.taskId())))
                .toList();
        String greeting = first.notice().greeting();
        return renderer.taskNotices(new NoticeMail(greeting == null ? String.join(", ", first.recipients()) : greeting,
                tasks));
    }

    RenderedMail of(OutboxMessage message) {
        if (message.reportDocumentId() != null) {
            return report(message.reportDocumentId());
        }
        if (message.notice() != null) {
            return of(List.of(message), EngineClock.now());
        }
        return new RenderedMail(message.subject(), message.html(), message.text());
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
