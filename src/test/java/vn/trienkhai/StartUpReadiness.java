package vn.trienkhai;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Notes the readiness while the last start-up runner runs (after demo data, grants and the demo rollout), so that
 * {@code DemoDataTests} can check that the application refused traffic until its start-up work was done. Part of
 * the demo configuration itself: a separate configuration would cost the suite a context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StartUpReadiness {

    public static final AtomicReference<ReadinessState> DURING_LAST_RUNNER = new AtomicReference<>();

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner readinessDuringTheLastRunner(ApplicationAvailability availability) {
        return args -> DURING_LAST_RUNNER.set(availability.getReadinessState());
    }
}
