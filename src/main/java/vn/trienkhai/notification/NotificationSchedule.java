package vn.trienkhai.notification;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The dispatcher's fixed delay and the daily digest (cron in the configured zone). */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "trienkhai.notification.schedule.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final OutboxDispatcher dispatcher;
    private final DigestService digests;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationSchedule(OutboxDispatcher dispatcher, DigestService digests, NotificationProperties properties,
                         Clock clock) {
        this.dispatcher = dispatcher;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${trienkhai.notification.dispatch.fixed-delay:PT15S}",
            initialDelayString = "${trienkhai.notification.dispatch.initial-delay:PT20S}")
    void dispatch() {
        if (properties.dispatch().enabled()) {
            dispatcher.dispatch(clock.instant());
        }
    }

    /** Once per schedule across the nodes (ShedLock); the dispatcher runs on every node, its rows claimed one by one. */
    @Scheduled(cron = "${trienkhai.notification.digest.cron:0 0 7 * * MON-FRI}", zone = "${trienkhai.zone}")
    @SchedulerLock(name = "notification-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void digest() {
        if (properties.digest().enabled()) {
            digests.sendDigests(LocalDate.now(clock));
        }
    }
}
