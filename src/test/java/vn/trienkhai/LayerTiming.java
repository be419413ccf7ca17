package vn.trienkhai;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints how long a layer of the suite took, once per test JVM (Maven runs each layer in a JVM of its
 * own and names it with the system property {@code suite.layer}).
 */
public class LayerTiming implements TestExecutionListener {

    private final AtomicInteger tests = new AtomicInteger();
    private long started;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        started = System.nanoTime();
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isTest()) {
            tests.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String layer = System.getProperty("suite.layer");
        if (layer != null && tests.get() > 0) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("[suite] %s: %d tests in %d min %02d s%n", layer, tests.get(), took.toMinutes(),
                    took.toSecondsPart());
        }
    }
}
