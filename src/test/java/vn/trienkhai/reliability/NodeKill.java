package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenario 2: kill -9 of the node that holds the work, first in the middle of a rollout to the flat units, then in the
 * middle of the storm of their reminder timers; each time the node is started again. Every unit has its tasks once,
 * every notice arrives once, the dead node's locks expire and its jobs run elsewhere, no incident.
 */
final class NodeKill {

    private static final String ROLLOUT_JOBS = "process_def_key_ in ('plan-rollout', 'unit-implementation')";
    private static final String REMINDERS = "process_def_key_ = 'unit-implementation' and handler_cfg_ like '%~trienkhai-reminder'";
    /** The rollout's reminder timers fall due one after another over this time, so that the storm can be hit. */
    private static final Duration STORM = Duration.ofSeconds(40);

    private final Cluster cluster;
    private final Ledger ledger;
    private final List<String> killed = new ArrayList<>();

    NodeKill(Cluster cluster) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
    }

    Outcome run() throws Exception {
        int units = cluster.options.units();
        Instant started = Instant.now();
        long planId = Long.parseLong(cluster.a.post("/reliability/rollouts?units=" + units, Duration.ofMinutes(5)));
        Duration rolloutRecovery = killAndRestart(ROLLOUT_JOBS, () -> ledger.unitInstances(planId) == units
                && cluster.count("select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now()) and "
                + ROLLOUT_JOBS) == 0, "the rollout to " + units + " units");
        long reminders = cluster.count("select count(*) from act_ru_job where " + REMINDERS);
        Instant storm = Instant.now();
        cluster.jdbc().update("update act_ru_job j set duedate_ = now() + interval '1 millisecond' * o.n * ? from "
                + "(select id_, row_number() over (order by id_) as n from act_ru_job where " + REMINDERS + ") o "
                + "where j.id_ = o.id_", STORM.toMillis() / Math.max(1, reminders));
        Duration stormRecovery = killAndRestart(REMINDERS, () -> cluster.count("select count(*) from act_ru_job where "
                + REMINDERS) == 0 && cluster.count("select count(*) from notification_outbox where status <> 'SENT'") == 0,
                reminders + " reminder timers");
        long remindersWritten = cluster.count("select count(distinct task_id) from notification_outbox where kind = "
                + "'TASK_REMINDER' and created_at >= ?", java.sql.Timestamp.from(storm));
        Ledger.Notices notices = ledger.notices(started);
        long failed = cluster.failedJobs(started);
        var checks = new Outcome.Checks()
                .expect(ledger.unitInstances(planId) == units, "units without their instance, or with two: "
                        + ledger.unitInstances(planId) + " instances for " + units + " units")
                .expect(ledger.unitsTwice() == 0, "a unit rolled out twice")
                .expect(ledger.tasksTwice() == 0, "a task open twice")
                .expect(remindersWritten == reminders, "reminders in the outbox for " + remindersWritten + " of "
                        + reminders + " tasks")
                .expect(notices.lost() == 0, notices.lost() + " notices lost")
                .expect(notices.duplicated() == 0, notices.duplicated() + " notices sent twice")
                .expect(cluster.count("select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ "
                        + "< now() - interval '1 minute'") == 0, "a job still locked long after its lock expired")
                .expect(cluster.incidents() == 0, "incidents");
        return new Outcome("2. kill -9 in a rollout and in a timer storm",
                String.format("rollout to %,d units; %,d reminder timers → %,d notices", units, reminders, notices.owed()),
                notices.lost(), notices.duplicated(), cluster.incidents(), failed, rolloutRecovery.plus(stormRecovery),
                cluster.jobsPerNode(started), String.format("killed %s; rollout complete %.0f s after its kill, storm "
                        + "drained %.0f s after its kill", killed,
                        rolloutRecovery.toMillis() / 1000.0, stormRecovery.toMillis() / 1000.0), checks.problems());
    }

    /**
     * Waits until a job of {@code jobs} is locked, kills the node that holds it, starts it again, and waits until
     * {@code done}: answers the time from the kill to done.
     */
    private Duration killAndRestart(String jobs, java.util.function.BooleanSupplier done, String what) throws Exception {
        Map<String, Node> owners = Map.of(cluster.a.lockOwner(), cluster.a, cluster.b.lockOwner(), cluster.b);
        List<String> holders = new ArrayList<>();
        Bound.await("a locked job of " + what, cluster.drainLimit(100), () -> {
            holders.clear();
            holders.addAll(cluster.jdbc().queryForList("select lock_owner_ from act_ru_job where lock_owner_ is not null and "
                    + jobs, String.class));
            return holders.stream().anyMatch(owners::containsKey);
        }, cluster.a, cluster.b);
        Node victim = owners.get(holders.stream().filter(owners::containsKey).findFirst().orElseThrow());
        victim.kill();
        Instant kill = Instant.now();
        killed.add(victim.name() + " (" + holders.size() + " jobs locked)");
        victim.start(cluster.options.heap());
        Bound.await(what + " finished after the kill", cluster.drainLimit(cluster.options.units()), done,
                cluster.other(victim));
        Duration recovered = Duration.between(kill, Instant.now());
        victim.awaitReady(cluster.options.startLimit());
        return recovered;
    }
}
