package vn.trienkhai.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The baseline: N instances of a minimal one-user-task process started through the plain engine
 * API, one transaction each, split over 1 or 2 threads. Each start returns with its task created.
 */
final class BareBaseline {

    static final String KEY = "benchmark-one-task";
    static final String TASK = "BareUserTask";

    private final ProcessEngine engine;
    private int round;

    BareBaseline(ProcessEngine engine) {
        this.engine = engine;
    }

    void deploy() {
        engine.getRepositoryService().createDeployment().name("benchmark-one-task")
                .addClasspathResource("benchmark/one-task.bpmn").deploy();
    }

    /** Milliseconds until all {@code count} instances, and so their tasks, exist. */
    double run(int count, int threads) throws Exception {
        String businessKey = "bare-" + (++round);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> parts = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int share = count / threads + (thread < count % threads ? 1 : 0);
                parts.add(pool.submit(() -> startInstances(share, businessKey)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            double millis = (System.nanoTime() - started) / 1e6;
            long tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(TASK).count();
            if (tasks != count) {
                throw new IllegalStateException("Expected " + count + " bare tasks, found " + tasks);
            }
            return millis;
        } finally {
            pool.shutdown();
        }
    }

    private void startInstances(int count, String businessKey) {
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey);
        }
    }
}
