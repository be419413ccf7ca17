package vn.trienkhai.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code trienkhai.notifications.backlog} and {@code trienkhai.notifications.parked}; the
 * dispatcher counts {@code trienkhai.notifications.sent} and {@code trienkhai.notifications.failures}.
 */
@Component
class OutboxMetrics implements SmartInitializingSingleton {

    private final NotificationOutbox outbox;
    private final MeterRegistry meters;

    OutboxMetrics(NotificationOutbox outbox, MeterRegistry meters) {
        this.outbox = outbox;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Gauge.builder("trienkhai.notifications.backlog", outbox, box -> box.count("PENDING"))
                .description("Notifications waiting to be sent").register(meters);
        Gauge.builder("trienkhai.notifications.parked", outbox, box -> box.count("PARKED"))
                .description("Notifications parked after repeated failures").register(meters);
    }
}
