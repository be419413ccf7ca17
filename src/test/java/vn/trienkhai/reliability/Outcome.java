package vn.trienkhai.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A scenario's row of the table, and what it found wrong (an empty list when it passed). */
record Outcome(String scenario, String work, long lost, long duplicated, long incidents, long failedJobs,
               Duration recovery, Map<String, Long> jobsPerNode, String notes, List<String> problems) {

    static String header() {
        return "| scenario | work | lost | duplicated | incidents | failed jobs | time to recover | jobs per node | notes |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |";
    }

    String line() {
        return String.format("| %s | %s | %d | %d | %d | %d | %s | %s | %s |", scenario, work, lost, duplicated,
                incidents, failedJobs, recovery == null ? "–" : String.format("%.1f s", recovery.toMillis() / 1000.0),
                jobsPerNode.isEmpty() ? "–" : jobsPerNode.toString(), notes + (problems.isEmpty() ? "" : "; FAILED"));
    }

    boolean passed() {
        return problems.isEmpty();
    }

    /** A failed scenario that did not get as far as its figures. */
    static Outcome aborted(String scenario, Exception cause) {
        return new Outcome(scenario, "–", -1, -1, -1, -1, null, Map.of(), "aborted", List.of(cause.getMessage()));
    }

    /** Collects the checks of one scenario. */
    static final class Checks {

        private final List<String> problems = new ArrayList<>();

        Checks expect(boolean holds, String problem) {
            if (!holds) {
                problems.add(problem);
            }
            return this;
        }

        List<String> problems() {
            return List.copyOf(problems);
        }
    }
}
