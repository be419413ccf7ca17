package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Throughput across nodes: a rollout to the flat units, timed from its start until every unit has its instance and
 * no rollout job is left, on both nodes and then on node-a alone (node-b stopped with SIGTERM, started again after).
 * Each unit is a job of its own (docs/processes.md), so the second node takes part of them.
 */
final class RolloutSpread {

    private static final String ROLLOUT_JOBS = "process_def_key_ in ('plan-rollout', 'unit-implementation')";

    private final Cluster cluster;
    private final Ledger ledger;
    private final boolean twoNodes;

    RolloutSpread(Cluster cluster, boolean twoNodes) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
        this.twoNodes = twoNodes;
    }

    Outcome run() throws Exception {
        int units = cluster.options.units();
        if (!twoNodes) {
            cluster.stopB();
        }
        Instant started = Instant.now();
        long planId = Long.parseLong(cluster.a.post("/reliability/rollouts?units=" + units, Duration.ofMinutes(5)));
        Duration took = Bound.await("the rollout to " + units + " units", cluster.drainLimit(units),
                () -> ledger.unitInstances(planId) == units && cluster.count("select count(*) from act_ru_job where "
                        + "(duedate_ is null or duedate_ <= now()) and " + ROLLOUT_JOBS) == 0,
                twoNodes ? new Node[] {cluster.a, cluster.b} : new Node[] {cluster.a});
        if (!twoNodes) {
            cluster.restartB();
        }
        Map<String, Long> perNode = cluster.jobsPerNode(started);
        long failed = cluster.failedJobs(started);
        var checks = new Outcome.Checks()
                .expect(ledger.unitInstances(planId) == units, ledger.unitInstances(planId) + " unit instances for "
                        + units + " units")
                .expect(ledger.unitsTwice() == 0, "a unit rolled out twice")
                .expect(cluster.incidents() == 0, "incidents")
                .expect(failed == 0, failed + " failed jobs")
                .expect(!twoNodes || units < Cluster.SPREAD_FROM_JOBS || perNode.getOrDefault("node-a", 0L) > 0
                        && perNode.getOrDefault("node-b", 0L) > 0, "the rollout did not spread over both nodes: " + perNode);
        double seconds = took.toMillis() / 1000.0;
        return new Outcome(twoNodes ? "R. two nodes, a rollout" : "Rb. one node (node-b stopped), a rollout",
                String.format("rollout to %,d units", units), 0, ledger.unitsTwice(), cluster.incidents(), failed, null,
                perNode, String.format("every unit's instance in %.0f s (%.1f units/s)", seconds, units / seconds),
                checks.problems());
    }
}
