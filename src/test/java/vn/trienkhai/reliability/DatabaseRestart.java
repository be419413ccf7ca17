package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;

/**
 * Scenario 4: PostgreSQL stopped (fast shutdown, sessions cut) in the middle of a storm of reminders and escalations,
 * then started again on the same data. The nodes keep running, their pools reconnect, the work resumes, and every
 * notice arrives once.
 */
final class DatabaseRestart {

    private final Cluster cluster;
    private final Ledger ledger;

    DatabaseRestart(Cluster cluster) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
    }

    Outcome run() throws Exception {
        TaskStorm storm = new TaskStorm(cluster, "database", cluster.options.databaseNotices() / 2);
        storm.seed();
        Instant started = Instant.now();
        // Only the reminders fall due before the stop: their escalations are armed as each reminder runs and are made
        // due after the restart, so the database always goes down with half of the ladder still to run, however fast
        // the machine drains the first half (a faster CI machine once finished the whole storm before the stop).
        storm.fire();
        Bound.await("the storm under way", cluster.drainLimit(100), () -> cluster.count(
                "select count(*) from notification_outbox where created_at >= ?", java.sql.Timestamp.from(started)) > 0,
                cluster.a, cluster.b);
        long sentBefore = cluster.count("select count(*) from notification_outbox where created_at >= ?",
                java.sql.Timestamp.from(started));
        cluster.database.stop();
        Thread.sleep(cluster.options.databaseDown().toMillis());
        cluster.database.start();
        Instant up = Instant.now();
        storm.drain(cluster.a, cluster.b);
        Duration recovery = Duration.between(up, Instant.now());
        for (Node node : cluster.nodes()) {
            node.awaitReady(Duration.ofMinutes(2));
        }
        Ledger.Notices notices = ledger.notices(started);
        var checks = new Outcome.Checks()
                .expect(sentBefore < 2L * storm.tasks(), "the storm was over before the database went down")
                .expect(storm.stepsWritten() == 2L * storm.tasks(), "reminders or escalations missing from the outbox: "
                        + storm.stepsWritten() + " of " + 2L * storm.tasks())
                .expect(notices.lost() == 0, notices.lost() + " notices lost")
                .expect(notices.duplicated() == 0, notices.duplicated() + " notices sent twice")
                .expect(cluster.incidents() == 0, "incidents");
        return new Outcome("4. PostgreSQL restarted under load",
                String.format("%,d ladder jobs → %,d notices", 2L * storm.tasks(), notices.owed()), notices.lost(),
                notices.duplicated(), cluster.incidents(), cluster.failedJobs(started), recovery,
                cluster.jobsPerNode(started), String.format("down %d s with %,d notices written; both nodes stayed up "
                        + "and ready again", cluster.options.databaseDown().toSeconds(), sentBefore), checks.problems());
    }
}
