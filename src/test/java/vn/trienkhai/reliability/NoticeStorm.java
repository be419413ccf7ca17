package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Scenario 1: N due reminders and escalations (N/2 tasks, each a reminder then a unit-head notice) on two nodes:
 * every notice arrives once at the SMTP server, no incident, no failed job, and both nodes did part of the work. Its
 * one-node variant stops node-b first (SIGTERM) and starts it again after, for the drain's speed-up.
 */
final class NoticeStorm {

    private final Cluster cluster;
    private final Ledger ledger;

    private final boolean twoNodes;

    NoticeStorm(Cluster cluster, boolean twoNodes) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
        this.twoNodes = twoNodes;
    }

    private static boolean spreadExpected(TaskStorm storm) {
        return 2L * storm.tasks() >= Cluster.SPREAD_FROM_JOBS;
    }

    Outcome run() throws Exception {
        TaskStorm storm = new TaskStorm(cluster, twoNodes ? "notices" : "single", cluster.options.notices() / 2);
        storm.seed();
        if (!twoNodes) {
            cluster.stopB();
        }
        Instant started = Instant.now();
        Duration drained = twoNodes ? storm.drain(cluster.a, cluster.b) : storm.drain(cluster.a);
        if (!twoNodes) {
            cluster.restartB();
        }
        Ledger.Notices notices = ledger.notices(started);
        Map<String, Long> perNode = cluster.jobsPerNode(started);
        long failed = cluster.failedJobs(started);
        var checks = new Outcome.Checks()
                .expect(storm.stepsWritten() == 2L * storm.tasks(), "reminders or escalations missing from the outbox: "
                        + storm.stepsWritten() + " of " + 2L * storm.tasks())
                .expect(notices.lost() == 0, notices.lost() + " notices lost")
                .expect(notices.duplicated() == 0, notices.duplicated() + " notices sent twice")
                .expect(cluster.incidents() == 0, "incidents")
                .expect(failed == 0, failed + " failed jobs")
                .expect(!twoNodes || !spreadExpected(storm) || perNode.getOrDefault("node-a", 0L) > 0
                        && perNode.getOrDefault("node-b", 0L) > 0, "the work did not spread over both nodes: " + perNode);
        double seconds = drained.toMillis() / 1000.0;
        return new Outcome(twoNodes ? "1. two nodes, due reminders and escalations"
                : "1b. one node (node-b stopped), due reminders and escalations",
                String.format("%,d ladder jobs → %,d notices", 2L * storm.tasks(), notices.owed()), notices.lost(),
                notices.duplicated(), cluster.incidents(), failed, null, perNode,
                String.format("drained in %.0f s (%.0f jobs/s)", seconds, 2L * storm.tasks() / seconds), checks.problems());
    }
}
