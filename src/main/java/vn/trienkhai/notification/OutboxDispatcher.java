package vn.trienkhai.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends what the outbox holds. Rows are claimed with {@code for update skip locked} and a lease,
 * so two nodes never send the same row; SMTP is talked to outside any transaction, and so is the
 * rendering of task notices (a template error counts as a failed attempt). A failure
 * waits with an exponential back-off; after the last attempt the row is parked.
 */
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final NotificationOutbox outbox;
    private final OutboxMails mails;
    private final OutboxMailSender mailSender;
    private final NotificationProperties.Dispatch settings;
    private final String nodeId;
    private final Counter sent;
    private final Counter failures;
    private final AtomicBoolean warnedNoMail = new AtomicBoolean();

    OutboxDispatcher(NotificationOutbox outbox, OutboxMails mails, JavaMailSender javaMailSender,
                     NotificationProperties properties, String nodeId, MeterRegistry meters) {
        this.outbox = outbox;
        this.mails = mails;
        this.mailSender = javaMailSender == null ? null : new OutboxMailSender(javaMailSender, properties.from());
        this.settings = properties.dispatch();
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
        int sentCount = 0;
        List<OutboxMessage> batch;
        do {
            batch = outbox.claim(nodeId, settings.batchSize(), now, now.plus(settings.lease()));
            for (OutboxMessage message : batch) {
                sentCount += send(message, now) ? 1 : 0;
            }
        } while (batch.size() == settings.batchSize());
        return sentCount;
    }

    String nodeId() {
        return nodeId;
    }

    private boolean send(OutboxMessage message, Instant now) {
        try {
            mailSender.send(message, mails.of(message));
        } catch (Exception exception) {
            int attempts = message.attempts() + 1;
            boolean park = attempts >= settings.maxAttempts();
            outbox.markFailed(message.id(), nodeId, exception.toString(), now.plus(settings.backoff(attempts)), park);
            failures.increment();
            log.warn("Notification {} failed (attempt {}{}): {}", message.idempotencyKey(), attempts,
                    park ? ", parked" : "", exception.toString());
            return false;
        }
        outbox.markSent(message.id(), nodeId, now);
        sent.increment();
        return true;
    }
}
