package vn.trienkhai.reliability;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The suite's options, system properties with the figures as defaults ({@code -Dreliability.notices=2000}
 * for a shorter run): see docs/reliability.md.
 */
record SuiteOptions(int notices, int units, Duration smtpDown, int smtpNotices, Duration databaseDown,
                    int databaseNotices, Duration lockTime, String heap, List<String> scenarios, Duration startLimit,
                    Duration drainFloor, Duration perItem) {

    /**
     * The scenarios run by default. Only when named: {@code single} (scenario 1 on node-a alone, for the speed-up),
     * {@code rollout} and {@code rollout-single} (a rollout to the units on both nodes, then on node-a alone).
     */
    static final List<String> ALL = List.of("start", "notices", "kill", "smtp", "database");

    static SuiteOptions fromSystemProperties() {
        return new SuiteOptions(
                Integer.getInteger("reliability.notices", 10_000),
                Integer.getInteger("reliability.units", 1_000),
                duration("reliability.smtpDown", "PT10M"),
                Integer.getInteger("reliability.smtpNotices", 1_000),
                duration("reliability.databaseDown", "PT20S"),
                Integer.getInteger("reliability.databaseNotices", 2_000),
                duration("reliability.lockTime", "PT20S"),
                System.getProperty("reliability.heap", "768m"),
                Arrays.stream(System.getProperty("reliability.scenarios", String.join(",", ALL)).split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).toList(),
                duration("reliability.startLimit", "PT10M"),
                duration("reliability.drainFloor", "PT5M"),
                duration("reliability.perItem", "PT0.1S"));
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static Duration duration(String property, String otherwise) {
        String value = System.getProperty(property, "");
        return Duration.parse(value.isBlank() ? otherwise : value);
    }
}
