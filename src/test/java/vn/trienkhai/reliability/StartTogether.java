package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Scenario 5: both nodes start at the same moment on an empty database. One of them creates the schema and the demo
 * data while the other waits (the start-up lock); at the end there is one schema, one set of demo data, and both nodes
 * are ready.
 */
final class StartTogether {

    private final Cluster cluster;
    private final Ledger ledger;

    StartTogether(Cluster cluster) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
    }

    Outcome run() throws Exception {
        cluster.database.start();
        cluster.mail.start();
        Instant started = Instant.now();
        cluster.a.start(cluster.options.heap());
        cluster.b.start(cluster.options.heap());
        cluster.a.awaitReady(cluster.options.startLimit());
        cluster.b.awaitReady(cluster.options.startLimit().minus(Duration.between(started, Instant.now())));
        Duration ready = Duration.between(started, Instant.now());
        var checks = new Outcome.Checks()
                .expect(cluster.count("select count(*) from trienkhai_schema_history where not success") == 0,
                        "a failed migration")
                .expect(cluster.count("select count(*) - count(distinct version) from trienkhai_schema_history "
                        + "where version is not null") == 0, "a migration applied twice")
                .expect(cluster.count("select count(*) from act_re_procdef where version_ > 1") == 0,
                        "processes deployed twice")
                .expect(cluster.count("select count(*) from (select issuing_unit_id, summary from plan group by 1, 2 "
                        + "having count(*) > 1) twice") == 0, "a demo plan imported twice")
                .expect(cluster.count("select count(*) from (select plan_id from rollout where parent_rollout_id is null"
                        + " and process_instance_id is not null group by 1 having count(*) > 1) twice") == 0,
                        "a demo plan rolled out twice")
                .expect(ledger.unitsTwice() == 0, "a unit rolled out twice")
                .expect(ledger.tasksTwice() == 0, "a task open twice")
                .expect(cluster.incidents() == 0, "incidents");
        long plans = cluster.count("select count(*) from plan");
        long definitions = cluster.count("select count(*) from act_re_procdef");
        return new Outcome("5. two nodes start at once", "empty database, demo data", 0, 0, cluster.incidents(),
                cluster.failedJobs(started), ready, Map.of(),
                String.format("both ready after %d s; %d process definitions, %d plans, each once", ready.toSeconds(),
                        definitions, plans), checks.problems());
    }
}
