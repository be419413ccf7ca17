package vn.trienkhai.deadline;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A feature whose open tasks take their due dates from the working-day calendar. When an
 * administrator replaces a year's calendar and asks for open tasks to follow it, each feature says
 * what a task's due date would be under the old calendar and under the new one; the feature's
 * knowledge of how it dates its tasks stays in the feature.
 */
public interface CalendarDatedTasks {

    /** The process whose tasks this feature dates. */
    String processKey();

    /** The process variables {@link #dueUnder} reads, so that only these are loaded. */
    java.util.List<String> variableNames();

    /**
     * The due date this task would have under the calculator; empty when its date does not come from
     * the calendar (a continuous task, a published round deadline), so that nothing moves it. It must
     * depend on nothing but the task's step, its creation day and the variables of {@link #variableNames}.
     */
    Optional<ZonedDateTime> dueUnder(OpenTask task, DeadlineCalculator calculator);

    /** What a feature may read of an open task: its step, when it was created and its process variables. */
    record OpenTask(String taskDefinitionKey, Instant created, Map<String, Object> variables) {
    }
}
