package vn.trienkhai.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table. Writers join the caller's transaction (the engine's, for listeners and
 * delegates); a key already present is left alone, so a retried job writes nothing twice.
 */
@Repository
public class NotificationOutbox {

    private static final String COLUMNS = "id, idempotency_key, kind, recipients, subject, html_body, text_body, "
            + "status, attempts, next_attempt_at, last_error, created_at, sent_at, task_id, task_name, plan_label, "
            + "unit_name, due_day, days_overdue, report_document_id, plan_reference, recipient_greeting, recipient_role, unit_position";
    private static final String TASK_KIND = "TASK_";
    /** The mails held back outside the office hours: reminders, overdue notices and digests. */
    private static final String OFFICE_HOURS_KIND = "(kind like 'TASK\\_%' or kind = 'DIGEST')";
    static final String REPORT_KIND = "REPORT";

    private final JdbcTemplate jdbc;

    NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a notification unless its key is already there; true when a row was written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String key, String kind, List<String> recipients, RenderedMail mail, Instant now) {
        return jdbc.update("insert into notification_outbox (idempotency_key, kind, recipients, subject, html_body, "
                        + "text_body, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (idempotency_key) do nothing",
                key, kind, String.join(",", recipients), mail.subject(), mail.html(), mail.text(),
                Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    /** Adds a task notice for one recipient, rendered when it is sent, unless its key is already there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String key, String recipient, PendingNotice notice, Instant now) {
        return jdbc.update("insert into notification_outbox (idempotency_key, kind, recipients, task_id, task_name, "
                        + "plan_label, plan_reference, unit_name, unit_position, due_day, days_overdue, recipient_greeting, "
                        + "recipient_role, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (idempotency_key) do nothing",
                key, TASK_KIND + notice.level().name(), recipient, notice.taskId(), notice.taskName(),
                notice.planLabel(), notice.planReference(), notice.unitName(), notice.unitPosition(),
                java.sql.Date.valueOf(notice.dueDay()),
                notice.daysOverdue(), notice.greeting(), notice.role() == null ? null : notice.role().name(),
                Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    /**
     * Adds an approved report's mail, rendered (and given the stored document's files) when it is sent, unless its
     * key is already there; true when written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueueReport(String key, List<String> recipients, long reportDocumentId, Instant now) {
        return jdbc.update("insert into notification_outbox (idempotency_key, kind, recipients, report_document_id, "
                        + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing",
                key, REPORT_KIND, String.join(",", recipients), reportDocumentId, Timestamp.from(now),
                Timestamp.from(now)) == 1;
    }

    /**
     * Locks for this node every due row of up to {@code limit} recipients (the longest waiting first), so that one
     * recipient's notices go out together; rows another node holds are skipped. Outside the office hours
     * ({@code officeOpen} false) reminders, overdue notices and digests stay where they are.
     */
    @Transactional
    public List<OutboxMessage> claim(String node, int limit, Instant now, Instant lockedUntil, boolean officeOpen) {
        String due = "status = 'PENDING' and next_attempt_at <= ? and (locked_until is null or locked_until < ?)"
                + (officeOpen ? "" : " and not " + OFFICE_HOURS_KIND);
        return jdbc.query("update notification_outbox set locked_by = ?, locked_until = ? where id in ("
                        + "select id from notification_outbox where " + due + " and recipients in ("
                        + "select recipients from notification_outbox where " + due + " group by recipients "
                        + "order by min(next_attempt_at) limit ?) for update skip locked) returning " + COLUMNS,
                NotificationOutbox::row, node, Timestamp.from(lockedUntil), Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(now), Timestamp.from(now), limit);
    }

    @Transactional
    public boolean markSent(long id, String node, Instant now) {
        return jdbc.update("update notification_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                + "last_error = null, locked_by = null, locked_until = null where id = ? and locked_by = ?",
                Timestamp.from(now), id, node) == 1;
    }

    /** Records a failed attempt: the row waits until {@code nextAttempt}, or is parked. */
    @Transactional
    public boolean markFailed(long id, String node, String error, Instant nextAttempt, boolean park) {
        return jdbc.update("update notification_outbox set attempts = attempts + 1, last_error = ?, "
                + "next_attempt_at = ?, status = ?, locked_by = null, locked_until = null where id = ? and locked_by = ?",
                abbreviate(error), Timestamp.from(nextAttempt), park ? "PARKED" : "PENDING", id, node) == 1;
    }

    /** Sends a parked (or any unsent) notification again, from its first attempt. */
    @Transactional
    public boolean resend(long id, Instant now) {
        return jdbc.update("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, "
                + "locked_by = null, locked_until = null where id = ? and status <> 'SENT'", Timestamp.from(now), id) == 1;
    }

    public List<OutboxMessage> list(String status, int limit) {
        return jdbc.query("select " + COLUMNS + " from notification_outbox where status = ? order by id limit ?",
                NotificationOutbox::row, status, limit);
    }

    public Optional<OutboxMessage> find(String key) {
        return jdbc.query("select " + COLUMNS + " from notification_outbox where idempotency_key = ?",
                NotificationOutbox::row, key).stream().findFirst();
    }

    public long count(String status) {
        Long count = jdbc.queryForObject("select count(*) from notification_outbox where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    /**
     * Since when the oldest row still waiting could have been sent, if any: its creation, or for a mail held back
     * outside the office hours, {@code sendableSince} when that is later (today's opening, or now when closed).
     */
    public Optional<Instant> oldestPending(Instant sendableSince) {
        Timestamp oldest = jdbc.queryForObject("select min(case when " + OFFICE_HOURS_KIND
                + " then greatest(created_at, ?) else created_at end) from notification_outbox where status = 'PENDING'",
                Timestamp.class, Timestamp.from(sendableSince));
        return Optional.ofNullable(oldest).map(Timestamp::toInstant);
    }

    private static String abbreviate(String error) {
        String value = error == null ? "" : error;
        return value.length() <= 2000 ? value : value.substring(0, 2000);
    }

    private static OutboxMessage row(ResultSet rs, int rowNum) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("idempotency_key"), rs.getString("kind"),
                Arrays.asList(rs.getString("recipients").split(",")), rs.getString("subject"), rs.getString("html_body"),
                rs.getString("text_body"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")), notice(rs),
                rs.getObject("report_document_id", Long.class));
    }

    private static PendingNotice notice(ResultSet rs) throws SQLException {
        String taskId = rs.getString("task_id");
        if (taskId == null) {
            return null;
        }
        String role = rs.getString("recipient_role");
        return new PendingNotice(taskId, EscalationLevel.valueOf(rs.getString("kind").substring(TASK_KIND.length())),
                rs.getString("task_name"), rs.getString("plan_label"), rs.getString("plan_reference"),
                rs.getString("unit_name"), rs.getObject("unit_position", Integer.class), rs.getDate("due_day").toLocalDate(),
                rs.getLong("days_overdue"),
                role == null ? null : EscalationLevel.valueOf(role), rs.getString("recipient_greeting"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
