package vn.trienkhai.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@code notificationOutbox} in {@code /actuator/health}: UP with the backlog, the parked count
 * and the age of the oldest waiting notice (a notice held back for the office hours ages from
 * the opening); DOWN when that age passes
 * {@code trienkhai.notification.dispatch.stale-after} (mail is not going out). Parked notices
 * are shown, not counted as DOWN: an administrator resends them.
 */
@Component("notificationOutboxHealthIndicator")
class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final NotificationOutbox outbox;
    private final boolean mailConfigured;
    private final Duration staleAfter;
    private final WorkingHours hours;
    private final Clock clock;

    OutboxHealthIndicator(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
                          NotificationProperties properties, WorkingHours hours, Clock clock) {
        this.outbox = outbox;
        this.mailConfigured = mailSender.getIfAvailable() != null;
        this.staleAfter = properties.dispatch().staleAfter();
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Instant now = clock.instant();
        Optional<Instant> oldest = outbox.oldestPending(hours.sendableSince(now));
        Duration age = oldest.map(since -> Duration.between(since, now)).orElse(Duration.ZERO);
        builder.status(age.compareTo(staleAfter) > 0 ? "DOWN" : "UP")
                .withDetail("mailConfigured", mailConfigured)
                .withDetail("pending", outbox.count("PENDING"))
                .withDetail("parked", outbox.count("PARKED"))
                .withDetail("oldestPendingAgeSeconds", age.toSeconds());
    }
}
