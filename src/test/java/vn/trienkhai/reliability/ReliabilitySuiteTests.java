package vn.trienkhai.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.trienkhai.ApplicationTests;

/**
 * The short version of the reliability suite in the normal build: two nodes start at once on an empty database, a
 * small storm of reminders and escalations, SMTP down for 20 s, PostgreSQL down for 5 s under a storm of 300. The kill -9 scenario's short
 * version is {@code CrashRecoveryTests} (one node killed twice and restarted), which keeps this class within
 * about three minutes; the profile runs all of them with the figures (docs/reliability.md).
 */
@Tag(ApplicationTests.LAYER)
class ReliabilitySuiteTests {

    @TempDir
    Path folder;

    @Test
    void aSmallClusterLosesNothingAndSendsNothingTwice() throws Exception {
        SuiteOptions options = new SuiteOptions(100, 20, Duration.ofSeconds(20), 60, Duration.ofSeconds(5), 300,
                Duration.ofSeconds(20), "512m", List.of("start", "notices", "smtp", "database"), Duration.ofMinutes(10),
                Duration.ofMinutes(3), Duration.ofMillis(100));

        List<Outcome> outcomes = ReliabilitySuite.run(options, folder, new ArrayList<>());

        assertThat(outcomes).extracting(Outcome::scenario).containsExactly("5. two nodes start at once",
                "1. two nodes, due reminders and escalations", "3. SMTP down 0 min 20 s", "4. PostgreSQL restarted under load");
        assertThat(outcomes).flatExtracting(Outcome::problems).isEmpty();
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.lost() + outcome.duplicated()).isZero());
        // 100 jobs are too few to be sure both nodes take some (Cluster.SPREAD_FROM_JOBS): only nodes of the cluster ran them.
        assertThat(outcomes.get(1).jobsPerNode().keySet()).isNotEmpty().isSubsetOf("node-a", "node-b");
        assertThat(outcomes.get(1).jobsPerNode().values().stream().mapToLong(Long::longValue).sum())
                .as("the storm's ladder jobs, run by the cluster").isGreaterThanOrEqualTo(100);
    }
}
