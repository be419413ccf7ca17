package vn.trienkhai.benchmark;

import java.time.Duration;
import org.camunda.bpm.engine.TaskService;

/** Polls the count of open tasks of one activity under one business key until it reaches a target. */
final class TaskWait {

    static final Duration POLL = Duration.ofMillis(50);

    private final TaskService tasks;
    private final Duration limit;

    TaskWait(TaskService tasks, Duration limit) {
        this.tasks = tasks;
        this.limit = limit;
    }

    long count(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count();
    }

    /** Milliseconds from {@code startedNanos} until the count is reached; fails after the limit. */
    double until(String businessKey, String taskKey, long expected, long startedNanos) throws InterruptedException {
        long deadline = startedNanos + limit.toNanos();
        long found;
        while ((found = count(businessKey, taskKey)) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + found + " of " + expected + " " + taskKey + " tasks after " + limit);
            }
            Thread.sleep(POLL.toMillis());
        }
        double millis = (System.nanoTime() - startedNanos) / 1e6;
        if (found != expected) {
            throw new IllegalStateException("Expected " + expected + " " + taskKey + " tasks, found " + found);
        }
        return millis;
    }
}
