package vn.trienkhai.monitoring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.trienkhai.DemoApplicationTest;

/**
 * The one context configuration of the monitoring and browser tests: the demo application on a
 * random port, with a clock the test can move and the demo rollout's jobs run on demand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DemoApplicationTest
@Import({MonitoringTest.Clocks.class, DemoProgress.class})
public @interface MonitoringTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        ShiftableClock shiftableClock(ZoneId zone) {
            return new ShiftableClock(Clock.system(zone));
        }
    }
}
