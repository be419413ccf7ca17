package vn.trienkhai.reliability;

import java.time.Duration;
import java.time.Instant;

/**
 * Scenario 3: the SMTP server is down while reminders and escalations fall due. The outbox keeps them (the health
 * endpoint shows the backlog meanwhile), and once the server is back they all go out, each once.
 */
final class SmtpOutage {

    private final Cluster cluster;
    private final Ledger ledger;

    SmtpOutage(Cluster cluster) {
        this.cluster = cluster;
        this.ledger = new Ledger(cluster);
    }

    Outcome run() throws Exception {
        Duration outage = cluster.options.smtpDown();
        TaskStorm storm = new TaskStorm(cluster, "smtp", cluster.options.smtpNotices() / 2);
        storm.seed();
        Instant started = Instant.now();
        cluster.mail.stop();
        Instant back = started.plus(outage);
        OutboxHealth worst = new OutboxHealth("UP", 0, 0, 0);
        long oldest = 0;
        long firedWhileDown = 0;
        while (Instant.now().isBefore(back)) {
            firedWhileDown += Math.max(0, storm.fire());
            OutboxHealth health = OutboxHealth.of(cluster.b);
            worst = health.pending() > worst.pending() ? health : worst;
            oldest = Math.max(oldest, health.oldestPendingAgeSeconds());
            for (Node node : cluster.nodes()) {
                if (!node.isAlive()) {
                    throw new Bound.ScenarioFailure(node.name() + " ended while SMTP was down\n" + node.tail());
                }
            }
            Thread.sleep(Math.min(2_000, Math.max(1, Duration.between(Instant.now(), back).toMillis())));
        }
        long sentWhileDown = cluster.count("select count(*) from notification_outbox where status = 'SENT' and "
                + "created_at >= ?", java.sql.Timestamp.from(started));
        cluster.mail.start();
        Instant up = Instant.now();
        storm.drain(cluster.a, cluster.b);
        Duration recovery = Duration.between(up, Instant.now());
        OutboxHealth after = OutboxHealth.of(cluster.a);
        Ledger.Notices notices = ledger.notices(started);
        var checks = new Outcome.Checks()
                .expect(firedWhileDown > 0, "no timer fell due while SMTP was down")
                .expect(sentWhileDown == 0, sentWhileDown + " notices counted as sent while SMTP was down")
                .expect(worst.pending() > 0, "the health endpoint never showed a backlog")
                .expect(after.pending() == 0 && after.parked() == 0, "health after the drain: " + after)
                .expect(storm.stepsWritten() == 2L * storm.tasks(), "reminders or escalations missing from the outbox: "
                        + storm.stepsWritten() + " of " + 2L * storm.tasks())
                .expect(notices.lost() == 0, notices.lost() + " notices lost")
                .expect(notices.duplicated() == 0, notices.duplicated() + " notices sent twice")
                .expect(cluster.incidents() == 0, "incidents");
        return new Outcome("3. SMTP down " + outage.toMinutesPart() + " min " + outage.toSecondsPart() + " s",
                String.format("%,d ladder jobs → %,d notices", 2L * storm.tasks(), notices.owed()), notices.lost(),
                notices.duplicated(), cluster.incidents(), cluster.failedJobs(started), recovery,
                cluster.jobsPerNode(started), String.format("health while down: up to %,d pending (status %s), the oldest "
                        + "waiting up to %d s; after: %d pending, %d parked", worst.pending(), worst.status(), oldest,
                        after.pending(), after.parked()), checks.problems());
    }
}
