package vn.trienkhai;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints how long a layer of the suite took, once per test JVM (Maven runs each layer in a JVM of its
 * own and names it with the system property {@code suite.layer}), and, within it, how long the browser
 * journeys took (they share the application layer's JVM and the monitoring context).
 */
public class LayerTiming implements TestExecutionListener {

    private static final TestTag BROWSER = TestTag.create(ApplicationTests.BROWSER);

    private final AtomicInteger tests = new AtomicInteger();
    private final AtomicInteger journeys = new AtomicInteger();
    private final AtomicLong journeyNanos = new AtomicLong();
    private final Map<String, Long> journeyClassesStarted = new ConcurrentHashMap<>();
    private long started;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        started = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (isJourneyClass(identifier)) {
            journeyClassesStarted.put(identifier.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isTest()) {
            tests.incrementAndGet();
            if (identifier.getTags().contains(BROWSER)) {
                journeys.incrementAndGet();
            }
        }
        Long classStarted = journeyClassesStarted.remove(identifier.getUniqueId());
        if (classStarted != null) {
            journeyNanos.addAndGet(System.nanoTime() - classStarted);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String layer = System.getProperty("suite.layer");
        if (layer != null && tests.get() > 0) {
            System.out.printf("[suite] %s: %d tests in %s%n", layer, tests.get(), minutes(System.nanoTime() - started));
            if (journeys.get() > 0) {
                System.out.printf("[suite]   of which the browser journeys: %d tests in %s%n", journeys.get(),
                        minutes(journeyNanos.get()));
            }
        }
    }

    private static boolean isJourneyClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getTags().contains(BROWSER)
                && identifier.getSource().filter(ClassSource.class::isInstance)
                        .isPresent();
    }

    private static String minutes(long nanos) {
        Duration took = Duration.ofNanos(nanos);
        return String.format("%d min %02d s", took.toMinutes(), took.toSecondsPart());
    }
}
