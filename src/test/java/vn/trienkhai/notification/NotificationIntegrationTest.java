package vn.trienkhai.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.trienkhai.ApplicationTests;

/**
 * The one application context of the notification tests: demo units and plans, the embedded
 * PostgreSQL, a real SMTP server (GreenMail, started once on a fixed free port so that it can be
 * stopped and started again), no scheduler: tests run the dispatcher and the digest themselves.
 */
@Tag(ApplicationTests.LAYER)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the digest and ladder tests count every open task: the Thành ủy plan stays as imported
        properties = "trienkhai.demo.plan-tasks=false")
@ActiveProfiles({"demo", "test"})
abstract class NotificationIntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String UNIT = "AQ-TDP01";
    static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        MAIL.start();
    }

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OutboxDispatcher dispatcher;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("trienkhai.notification.schedule.enabled", () -> "false");
    }

    @BeforeEach
    void cleanSlate() throws Exception {
        ensureRunning();
        MAIL.purgeEmailFromAllMailboxes();
        jdbc.update("delete from notification_outbox");
        repositoryService.createDeployment().name("notification-test")
                .addClasspathResource("bpmn/notification-test.bpmn").enableDuplicateFiltering(true).deploy();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processDefinitionKey("notification-test").list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over"));
    }

    long demoPlanId() {
        return jdbc.queryForObject("select p.id from plan p join org_unit u on u.id = p.issuing_unit_id "
                + "where u.code = 'AQ-UBND' order by p.id limit 1", Long.class);
    }

    /** Starts the test process at {@code now} with a task due at the end of {@code due}'s day. */
    Task startTask(ZonedDateTime now, ZonedDateTime due, boolean withPlan, String taskName) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("due", Date.from(due.toInstant()));
        variables.put("unitGroup", "aq-tdp01");
        variables.put("taskName", taskName);
        if (withPlan) {
            variables.put("planId", demoPlanId());
            variables.put("unitCode", UNIT);
        }
        String instance = runtimeService.startProcessInstanceByKey("notification-test", variables).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    JobEntity ladderJob(Task task, EscalationLevel level) {
        return managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
                .map(JobEntity.class::cast)
                .filter(job -> job.getJobHandlerConfigurationRaw().endsWith("~" + level.listenerId()))
                .findFirst().orElse(null);
    }

    /** Fires the task's pending ladder steps before {@code level}, one by one; returns the job of {@code level}. */
    JobEntity walkTo(Task task, EscalationLevel level) {
        for (EscalationLevel step : EscalationLevel.values()) {
            JobEntity job = ladderJob(task, step);
            if (step == level) {
                return job;
            }
            if (job != null) {
                fire(job);
            }
        }
        throw new IllegalArgumentException(level.name());
    }

    /** The task's pending ladder timer jobs. */
    List<Job> ladderJobs(Task task) {
        return managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list();
    }

    /** Moves the engine clock just past the job's due date and runs it. */
    void fire(Job job) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
        managementService.executeJob(job.getId());
    }

    @Autowired
    WorkingHours workingHours;

    /** Dispatches at the first office-hours minute from now on (09:00 of the next working day, or now when open). */
    int dispatch() {
        return dispatcher.dispatch(officeOpenFrom(Instant.now()));
    }

    Instant officeOpenFrom(Instant from) {
        if (workingHours.isOpen(from)) {
            return from;
        }
        java.time.LocalDate day = from.atZone(ZONE).toLocalDate();
        while (true) {
            Instant nine = day.atTime(9, 0).atZone(ZONE).toInstant();
            if (!nine.isBefore(from) && workingHours.isOpen(nine)) {
                return nine;
            }
            day = day.plusDays(1);
        }
    }

    List<String> outboxKeys() {
        return jdbc.queryForList("select idempotency_key from notification_outbox order by id", String.class);
    }

    /** The task notices' keys without their recipient: one per task, due day and step, in order. */
    List<String> ladderKeys() {
        return outboxKeys().stream().filter(key -> key.startsWith("task:"))
                .map(key -> key.substring(0, key.lastIndexOf(':'))).distinct().toList();
    }

    /** The messages in that address's own mailbox. */
    static List<MimeMessage> mailsTo(String address) {
        var user = MAIL.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return MAIL.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
        } catch (com.icegreen.greenmail.store.FolderException exception) {
            throw new IllegalStateException(exception);
        }
    }

    static ZonedDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    private static void ensureRunning() {
        if (!MAIL.isRunning()) {
            MAIL.start();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
    }
}
