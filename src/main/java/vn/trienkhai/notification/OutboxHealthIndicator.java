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
 * and the age of the oldest waiting notice; DOWN when that age passes
 * {@code trienkhai.notification.dispatch.stale-after} (mail is not going out). Parked notices
 * are shown, not counted as DOWN: an administrator resends them.
 */
@Component("notificationOutboxHealthIndicator")
class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final NotificationOutbox outbox;
    private final boolean mailConfigured;
    private final Duration staleAfter;
    private final Clock clock;

    OutboxHealthIndicator(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
                          NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mailConfigured = mailSender.getIfAvailable() != null;
        this.staleAfter = properties.dispatch().staleAfter();
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Optional<Instant> oldest = outbox.oldestPending();
        Duration age = oldest.map(created -> Duration.between(created, clock.instant())).orElse(Duration.ZERO);
        builder.status(age.compareTo(staleAfter) > 0 ? "DOWN" : "UP")
                .withDetail("mailConfigured", mailConfigured)
                .withDetail("pending", outbox.count("PENDING"))
                .withDetail("parked", outbox.count("PARKED"))
                .withDetail("oldestPendingAgeSeconds", age.toSeconds());
    }
}
