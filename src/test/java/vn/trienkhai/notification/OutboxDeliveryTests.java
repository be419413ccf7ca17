package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** Nothing lost, nothing twice: SMTP outages, two nodes, rolled-back transactions, parking. */
class OutboxDeliveryTests extends NotificationIntegrationTest {

    private static final String TO = "aq-tdp02@haiphong.example";

    @Autowired
    NotificationOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    NotificationProperties properties;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxMails mails;

    @Autowired
    WorkingHours hours;

    @Test
    void anSmtpOutageDelaysButLosesNothingAndSendsOnce() {
        enqueue("outage:1");
        enqueue("outage:2");
        MAIL.stop();
        Instant now = Instant.now();

        assertThat(dispatcher.dispatch(now)).isZero();
        assertThat(outbox.count("PENDING")).isEqualTo(2);
        assertThat(outbox.find("outage:1").orElseThrow().lastError()).isNotBlank();

        MAIL.start();
        assertThat(dispatcher.dispatch(now)).as("backing off").isZero();
        assertThat(dispatcher.dispatch(now.plus(properties.dispatch().firstBackoff()).plusSeconds(1))).isEqualTo(2);
        assertThat(dispatcher.dispatch(now.plusSeconds(3600))).isZero();
        assertThat(mailsTo(TO)).hasSize(2);
        assertThat(outbox.count("SENT")).isEqualTo(2);
    }

    @Test
    void aNotificationThatKeepsFailingIsParkedAndCanBeResent() {
        enqueue("parked:1");
        MAIL.stop();
        Instant now = Instant.now();
        for (int attempt = 0; attempt < properties.dispatch().maxAttempts(); attempt++) {
            dispatcher.dispatch(now.plus(java.time.Duration.ofDays(attempt)));
        }
        assertThat(outbox.count("PARKED")).isEqualTo(1);
        assertThat(meters.get("trienkhai.notifications.parked").gauge().value()).isEqualTo(1.0);

        MAIL.start();
        long id = outbox.list("PARKED", 10).get(0).id();
        assertThat(outbox.resend(id, Instant.now())).isTrue();
        assertThat(dispatch()).isEqualTo(1);
        assertThat(mailsTo(TO)).hasSize(1);
    }

    @Test
    void twoDispatchersOnOneDatabaseSendEachMailOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            enqueue("race:" + i);
        }
        OutboxDispatcher first = new OutboxDispatcher(outbox, mails, mailSender, properties, hours, "node-a", meters);
        OutboxDispatcher second = new OutboxDispatcher(outbox, mails, mailSender, properties, hours, "node-b", meters);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (OutboxDispatcher node : List.of(first, second)) {
            Callable<Integer> run = () -> {
                start.await();
                return node.dispatch(Instant.now());
            };
            results.add(pool.submit(run));
        }
        start.countDown();
        int sent = results.get(0).get() + results.get(1).get();
        pool.shutdown();

        assertThat(sent).isEqualTo(60);
        assertThat(mailsTo(TO)).hasSize(60);
        assertThat(mailsTo(TO).stream().map(OutboxDeliveryTests::key).distinct()).hasSize(60);
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            enqueueHere("rolled-back:1");
            throw new IllegalStateException("rollback");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.find("rolled-back:1")).isEmpty();
        assertThat(dispatch()).isZero();
    }

    @Test
    void aTimerJobWhoseTransactionRollsBackWritesNothing() {
        var task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        var job = walkTo(task, EscalationLevel.UNIT_HEAD);
        jdbc.update("delete from notification_outbox");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 60_000));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            managementService.executeJob(job.getId());
            assertThat(outboxKeys()).as("written in the engine's transaction").hasSize(1);
            throw new IllegalStateException("rollback after the listener");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxKeys()).isEmpty();
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult()).as("job kept").isNotNull();
        assertThat(ladderJobs(task)).as("and the next step not armed").singleElement()
                .extracting(org.camunda.bpm.engine.runtime.Job::getId).isEqualTo(job.getId());
        assertThat(dispatch()).isZero();
    }

    private void enqueue(String key) {
        transactions.executeWithoutResult(status -> enqueueHere(key));
    }

    private void enqueueHere(String key) {
        outbox.enqueue(key, "TEST", List.of(TO), new RenderedMail("Thử " + key, "<p>Thử</p>", "Thử"), Instant.now());
    }

    private static String key(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getHeader(OutboxMailSender.KEY_HEADER)[0];
        } catch (jakarta.mail.MessagingException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
