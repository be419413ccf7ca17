package vn.trienkhai;

import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.Ordered;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Keeps at most one test context alive in the JVM. Camunda registers its engine by name in JVM-wide
 * registries that the REST API and the webapps read; closing an old context after a new one has
 * started (as Spring's cache does when it evicts) would unregister the new engine under the shared
 * name "default". So when a test class needs another context, the previous one is closed first.
 * Classes with the same configuration still share theirs ({@link SharedContextOrder} groups them).
 * Each class also starts on the real engine clock: the clock is JVM-wide too, and a class that moves
 * it must not leave the next one in another year.
 */
public class OneLiveContext implements TestExecutionListener, Ordered {

    private static TestContext lastUsed;
    private static Object lastConfiguration;

    @Override
    public void beforeTestClass(TestContext testContext) {
        closePreviousContextIfOther(testContext);
        ClockUtil.reset();
    }

    /**
     * A class with {@code @TestInstance(PER_CLASS)} gets its instance, and so its context, before
     * {@link #beforeTestClass}: the previous context must be closed here already, or closing it later
     * unregisters the new engine and the webapps answer 500 ("no process engine found").
     */
    @Override
    public void prepareTestInstance(TestContext testContext) {
        closePreviousContextIfOther(testContext);
    }

    private static synchronized void closePreviousContextIfOther(TestContext testContext) {
        Object configuration = configurationOf(testContext);
        if (lastUsed != null && !Objects.equals(lastConfiguration, configuration)) {
            lastUsed.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
        }
        lastUsed = testContext;
        lastConfiguration = configuration;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        ClockUtil.reset();
    }

    private static Object configurationOf(TestContext testContext) {
        return BootstrapUtils
                .resolveTestContextBootstrapper(testContext.getTestClass())
                .buildMergedContextConfiguration();
    }

    /** Before Spring's own listeners, so that the old context is gone before the new one loads. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
