package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A task of a demo unit walks the whole ladder on the engine clock, and mails arrive over SMTP. */
class TaskLadderTests extends NotificationIntegrationTest {

    private static final String OFFICER = "aq-tdp01@haiphong.example";
    private static final String UNIT_HEAD = "aq-tdp01.truong@haiphong.example";
    private static final String LEAD_OFFICE = "aq-pktht.truong@haiphong.example";
    private static final String LEADERSHIP = "aq-ubnd.truong@haiphong.example";

    @Test
    void timersFollowTheLadderInWorkingDaysOneAtATime() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");

        assertThat(ladderJobs(task)).singleElement().extracting(Job::getDuedate).isEqualTo(date("2026-09-25T08:00"));
        assertThat(ladderJob(task, EscalationLevel.REMINDER)).isNotNull();
        assertThat(walkTo(task, EscalationLevel.UNIT_HEAD).getDuedate()).isEqualTo(date("2026-10-01T08:00"));
        assertThat(ladderJobs(task)).hasSize(1);
        assertThat(walkTo(task, EscalationLevel.LEAD_OFFICE).getDuedate()).isEqualTo(date("2026-10-05T08:00"));
        assertThat(walkTo(task, EscalationLevel.LEADERSHIP).getDuedate()).isEqualTo(date("2026-10-12T08:00"));
        assertThat(walkTo(task, EscalationLevel.REPEAT).getDuedate()).isEqualTo(date("2026-10-19T08:00"));
        assertThat(ladderJobs(task)).hasSize(1);
    }

    @Test
    void reminderThenEachEscalationLevelThenTheWeeklyRepeat() throws Exception {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");

        fire(ladderJob(task, EscalationLevel.REMINDER));
        assertThat(dispatch()).as("one row per recipient").isEqualTo(outboxKeys().size());
        assertThat(subjects(OFFICER)).singleElement().asString()
                .isEqualTo("[Nhắc việc] Tổ dân phố số 1 – Báo cáo quý III – hạn 30/09/2026 – KH 08-CT/TU");
        assertThat(mailsTo(UNIT_HEAD)).hasSize(1);

        fire(ladderJob(task, EscalationLevel.UNIT_HEAD));
        dispatch();
        assertThat(mailsTo(UNIT_HEAD)).hasSize(2);
        assertThat(mailsTo(LEAD_OFFICE)).isEmpty();

        fire(ladderJob(task, EscalationLevel.LEAD_OFFICE));
        dispatch();
        assertThat(subjects(LEAD_OFFICE)).singleElement().asString().startsWith("[Quá hạn] ");
        assertThat(mailsTo("aq-ca@haiphong.example")).hasSize(1);
        assertThat(mailsTo(LEADERSHIP)).isEmpty();

        fire(ladderJob(task, EscalationLevel.LEADERSHIP));
        dispatch();
        assertThat(mailsTo(LEADERSHIP)).hasSize(1);

        Job firstRepeat = ladderJob(task, EscalationLevel.REPEAT);
        fire(firstRepeat);
        Job secondRepeat = ladderJob(task, EscalationLevel.REPEAT);
        assertThat(secondRepeat.getDuedate()).isEqualTo(date("2026-10-26T08:00"));
        fire(secondRepeat);
        dispatch();
        assertThat(mailsTo(LEADERSHIP)).as("both repeats in one dispatch: one mail, the task once").hasSize(2);
        assertThat(mailsTo(UNIT_HEAD)).hasSize(3);
        assertThat(ladderKeys()).containsExactly(
                key(task, "REMINDER"), key(task, "UNIT_HEAD"), key(task, "LEAD_OFFICE"), key(task, "LEADERSHIP"),
                key(task, "REPEAT") + ":1", key(task, "REPEAT") + ":2");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("overdue stays open").isNotNull();
    }

    /** A rollout dated in the past: the steps already due fire one after another, and only the one in force mails. */
    @Test
    void aTaskStartedWeeksPastItsDueDayIsMailedTheStepInForceNotTheWholeLadder() {
        Task task = startTask(at("2026-10-13T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");

        for (EscalationLevel level : List.of(EscalationLevel.REMINDER, EscalationLevel.UNIT_HEAD,
                EscalationLevel.LEAD_OFFICE, EscalationLevel.LEADERSHIP)) {
            managementService.executeJob(ladderJob(task, level).getId());
        }

        assertThat(ladderKeys()).containsExactly(key(task, "LEADERSHIP"));
        assertThat(ladderJob(task, EscalationLevel.REPEAT).getDuedate()).isEqualTo(date("2026-10-19T08:00"));
    }

    @Test
    void completingTheTaskEndsItsTimers() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isEqualTo(1);

        taskService.complete(task.getId());

        assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void completingAnOverdueTaskMidLadderEndsItsTimer() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        walkTo(task, EscalationLevel.LEAD_OFFICE);

        taskService.complete(task.getId());

        assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void eachStepHasAJobDefinitionThatCanBeSuspended() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        List<JobDefinition> definitions = managementService.createJobDefinitionQuery()
                .processDefinitionId(task.getProcessDefinitionId()).activityIdIn("PrepareReportUserTask").list();
        assertThat(definitions).hasSize(EscalationLevel.values().length);
        JobDefinition unitHead = definitions.stream()
                .filter(definition -> definition.getJobConfiguration().contains("'UNIT_HEAD'")).findFirst().orElseThrow();
        assertThat(ladderJob(task, EscalationLevel.REMINDER).getJobDefinitionId()).isNotNull().isNotEqualTo(unitHead.getId());

        managementService.suspendJobDefinitionById(unitHead.getId(), true);
        try {
            Job suspended = walkTo(task, EscalationLevel.UNIT_HEAD);
            assertThat(suspended.getJobDefinitionId()).isEqualTo(unitHead.getId());
            assertThat(suspended.isSuspended()).as("created suspended").isTrue();
        } finally {
            managementService.activateJobDefinitionById(unitHead.getId(), true);
        }
        assertThat(ladderJob(task, EscalationLevel.UNIT_HEAD).isSuspended()).isFalse();
    }

    @Test
    void theSameJobRunTwiceWritesOneMail() throws Exception {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        Job unitHead = walkTo(task, EscalationLevel.UNIT_HEAD);
        fire(unitHead);
        taskTimers.moveDueDate(task.getId(), date("2026-09-30T23:59:59"));
        assertThat(ladderJobs(task)).as("the ladder starts again").singleElement()
                .extracting(Job::getDuedate).isEqualTo(date("2026-09-25T08:00"));
        Job again = walkTo(task, EscalationLevel.UNIT_HEAD);
        assertThat(again.getId()).isNotEqualTo(unitHead.getId());
        fire(again);

        assertThat(ladderKeys()).containsExactly(key(task, "REMINDER"), key(task, "UNIT_HEAD"));
        dispatch();
        assertThat(subjects(UNIT_HEAD)).as("reminder and overdue notice of one task in one dispatch: one mail, "
                + "the task once at its latest step").singleElement().asString().startsWith("[Quá hạn] Tổ dân phố số 1 – ");
    }

    @Test
    void aTaskWithoutPlanFallsBackToItsCandidateGroup() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), false, "Việc ngoài kế hoạch");
        Job leadership = walkTo(task, EscalationLevel.LEADERSHIP);
        jdbc.update("delete from notification_outbox");

        fire(leadership);
        dispatch();

        assertThat(mailsTo(OFFICER)).hasSize(1);
        assertThat(mailsTo(UNIT_HEAD)).hasSize(1);
        assertThat(mailsTo(LEADERSHIP)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    TaskTimers taskTimers;

    private static String key(Task task, String level) {
        return "task:" + task.getId() + ":2026-09-30:" + level;
    }

    private static List<String> subjects(String address) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage message : mailsTo(address)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static Date date(String localDateTime) {
        return Date.from(at(localDateTime).toInstant());
    }
}
