package vn.trienkhai.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.TransactionException;

/**
 * Sends what the outbox holds. Rows are claimed with {@code for update skip locked} and a lease,
 * so two nodes never send the same row; SMTP is talked to outside any transaction, and so is the
 * rendering of task notices (a template error counts as a failed attempt). A failure
 * waits with an exponential back-off; after the last attempt the row is parked.
 * <p>
 * A recipient's task notices due in one pass go out as one mail listing all their tasks; reminders, overdue notices
 * and digests wait for the office hours ({@link WorkingHours}), whichever node dispatches.
 */
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration MARK_SENT_RETRY = Duration.ofSeconds(1);

    private final NotificationOutbox outbox;
    private final OutboxMails mails;
    private final OutboxMailSender mailSender;
    private final NotificationProperties.Dispatch settings;
    private final WorkingHours hours;
    private final String nodeId;
    private final Counter sent;
    private final Counter failures;
    private final AtomicBoolean warnedNoMail = new AtomicBoolean();

    OutboxDispatcher(NotificationOutbox outbox, OutboxMails mails, JavaMailSender javaMailSender,
                     NotificationProperties properties, WorkingHours hours, String nodeId, MeterRegistry meters) {
        this.outbox = outbox;
        this.mails = mails;
        this.mailSender = javaMailSender == null ? null : new OutboxMailSender(javaMailSender, properties.from());
        this.settings = properties.dispatch();
        this.hours = hours;
        this.nodeId = nodeId;
        this.sent = meters.counter("trienkhai.notifications.sent");
        this.failures = meters.counter("trienkhai.notifications.failures");
    }

    /** One pass: claims due rows in batches until none is left; returns how many were sent. */
    public int dispatch(Instant now) {
        if (mailSender == null) {
            if (warnedNoMail.compareAndSet(false, true)) {
                log.warn("No mail server configured (spring.mail.host): notifications stay in the outbox");
            }
            return 0;
        }
        boolean officeOpen = hours.isOpen(now);
        long passStarted = System.nanoTime();
        int sentCount = 0;
        List<OutboxMessage> batch;
        do {
            // Each batch's lease runs from its own claim: a pass through a long backlog outlasts the lease, and a
            // lease counted from the pass's start would let another node claim, and send again, what this one sends.
            Instant claimedAt = now.plusNanos(System.nanoTime() - passStarted);
            batch = outbox.claim(nodeId, settings.batchSize(), claimedAt, claimedAt.plus(settings.lease()), officeOpen);
            for (List<OutboxMessage> mail : mails(batch)) {
                sentCount += send(mail, claimedAt) ? mail.size() : 0;
            }
        } while (!batch.isEmpty());
        return sentCount;
    }

    /** The mails of a batch: a recipient's task notices together, every other row alone. */
    private static List<List<OutboxMessage>> mails(List<OutboxMessage> batch) {
        Map<String, List<OutboxMessage>> notices = new LinkedHashMap<>();
        List<List<OutboxMessage>> mails = new ArrayList<>();
        for (OutboxMessage message : batch) {
            if (message.notice() != null) {
                notices.computeIfAbsent(String.join(",", message.recipients()), to -> new ArrayList<>()).add(message);
            } else {
                mails.add(List.of(message));
            }
        }
        mails.addAll(notices.values());
        return mails;
    }

    String nodeId() {
        return nodeId;
    }

    private boolean send(List<OutboxMessage> rows, Instant now) {
        try {
            mailSender.send(rows, mails.of(rows, now));
        } catch (Exception exception) {
            rows.forEach(message -> failed(message, exception, now));
            return false;
        }
        rows.forEach(message -> markSent(message, now));
        sent.increment(rows.size());
        return true;
    }

    /**
     * The mail is out: its row must say so while this node's lease holds, or another node sends it again. A database
     * that is away (a restart) is waited for, up to the lease; then the pass ends with the error.
     */
    private void markSent(OutboxMessage message, Instant now) {
        long giveUpAt = System.nanoTime() + settings.lease().toNanos();
        while (true) {
            try {
                if (!outbox.markSent(message.id(), nodeId, now)) {
                    log.warn("Notification {} was sent after its claim had passed to another node: the lease ({}) is "
                            + "shorter than a batch takes", message.idempotencyKey(), settings.lease());
                }
                return;
            } catch (DataAccessException | TransactionException exception) {
                if (System.nanoTime() > giveUpAt || !pause()) {
                    log.error("Notification {} was sent but could not be marked so: it may be sent again",
                            message.idempotencyKey());
                    throw exception;
                }
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(MARK_SENT_RETRY.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void failed(OutboxMessage message, Exception exception, Instant now) {
        int attempts = message.attempts() + 1;
        boolean park = attempts >= settings.maxAttempts();
        outbox.markFailed(message.id(), nodeId, exception.toString(), now.plus(settings.backoff(attempts)), park);
        failures.increment();
        log.warn("Notification {} failed (attempt {}{}): {}", message.idempotencyKey(), attempts,
                park ? ", parked" : "", exception.toString());
    }
}
