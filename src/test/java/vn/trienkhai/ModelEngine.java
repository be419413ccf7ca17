package vn.trienkhai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import vn.trienkhai.system.FormRefusalPlugin;

/**
 * The one in-memory engine of the models-alone tests (layer 1), built once per JVM: each class
 * deploys its own models for each test (the extension deletes them after it) and registers its
 * beans in {@link #beans()}, which starts empty for every class. The engine records process
 * coverage, written per class to {@code target/process-test-coverage/}.
 *
 * <pre>
 * static ProcessEngine engine = ModelEngine.engine();
 * static final Map&lt;Object, Object&gt; BEANS = ModelEngine.beans();
 * &#64;RegisterExtension
 * static ProcessEngineCoverageExtension extension = ModelEngine.extension();
 * </pre>
 */
public final class ModelEngine {

    private static final Map<Object, Object> BEANS = new HashMap<>();
    private static ProcessEngine engine;

    private ModelEngine() {
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            engine = build("models", BEANS);
        }
        return engine;
    }

    /**
     * The engine's beans, emptied for the class that asks (from a static field: JUnit initialises a
     * test class just before it runs it), so that a class sees no bean another class left.
     */
    public static Map<Object, Object> beans() {
        BEANS.clear();
        return BEANS;
    }

    /** Deploys the class's or the method's {@code @Deployment} for each test and records its coverage. */
    public static ProcessEngineCoverageExtension extension() {
        return extension(engine());
    }

    /** The same on an engine of the class's own (one with more plugins, {@link #build}). */
    public static ProcessEngineCoverageExtension extension(ProcessEngine engine) {
        ProcessEngineCoverageExtension extension = new ProcessEngineCoverageExtension();
        extension.useProcessEngine(engine);
        return extension;
    }

    /**
     * An engine configured as the shared one, with more plugins: for a class whose plugin would
     * change the other classes' models (the escalation ladder's timers on every user task).
     */
    public static ProcessEngine build(String name, Map<Object, Object> beans, ProcessEnginePlugin... more) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName(name);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        // executions loaded when asked for, as in the application (application.yaml)
        configuration.setExecutionTreePrefetchEnabled(false);
        configuration.setBeans(beans);
        // the units' groups have hyphens, as the application allows (security.IdentityEnginePlugin)
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        // a form refusal reaches the caller unwrapped, as in the application
        List<ProcessEnginePlugin> plugins = new ArrayList<>(List.of(new FormRefusalPlugin()));
        plugins.addAll(List.of(more));
        configuration.setProcessEnginePlugins(plugins);
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration.buildProcessEngine();
    }
}
