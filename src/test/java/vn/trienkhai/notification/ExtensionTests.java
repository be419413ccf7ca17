package vn.trienkhai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.notification.extension.ExtensionProcess;
import vn.trienkhai.system.FormRefusedException;

/** An officer asks for more time, the lead office grants or refuses; a grant moves the due date and its timers. */
class ExtensionTests extends NotificationIntegrationTest {

    private static final String OFFICER = "aq-tdp01.canbo";

    @Autowired
    IdentityService identityService;

    @Autowired
    FormService formService;

    @AfterEach
    void endExtensions() {
        identityService.clearAuthentication();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over"));
    }

    @Test
    void aGrantedExtensionMovesTheDueDateAndTheTimersAndIsRecorded() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        String instance = request(task, "2026-10-16", "Chờ số liệu của Công an phường");
        Task decide = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(taskService.getIdentityLinksForTask(decide.getId())).extracting("groupId")
                .contains("aq-pktht", "aq-ca");

        identityService.setAuthentication("aq-pktht.truong", List.of("aq-pktht"));
        taskService.complete(decide.getId(), Map.of(ExtensionProcess.DECISION, "grant", ExtensionProcess.DECISION_COMMENT, "Đồng ý"));
        identityService.clearAuthentication();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate())
                .isEqualTo(date("2026-10-16T23:59:59"));
        assertThat(ladderJobs(task)).singleElement().extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
                .isEqualTo(date("2026-10-13T08:00"));
        assertThat(walkTo(task, EscalationLevel.UNIT_HEAD).getDuedate()).isEqualTo(date("2026-10-19T08:00"));
        assertThat(jdbc.queryForMap("select status, decided_by, reason from deadline_extension where process_instance_id = ?",
                instance)).containsEntry("status", "GRANTED").containsEntry("decided_by", "aq-pktht.truong")
                .containsEntry("reason", "Chờ số liệu của Công an phường");
    }

    @Test
    void anExtensionGrantedMidLadderStartsANewLadderFromTheNewDueDay() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        fire(walkTo(task, EscalationLevel.UNIT_HEAD));
        String instance = request(task, "2026-10-16", "Chờ số liệu của Công an phường");
        Task decide = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        identityService.setAuthentication("aq-pktht.truong", List.of("aq-pktht"));
        taskService.complete(decide.getId(), Map.of(ExtensionProcess.DECISION, "grant", ExtensionProcess.DECISION_COMMENT, "Đồng ý"));
        identityService.clearAuthentication();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());

        assertThat(ladderJobs(task)).singleElement().extracting(org.camunda.bpm.engine.runtime.Job::getDuedate)
                .isEqualTo(date("2026-10-13T08:00"));
        fire(walkTo(task, EscalationLevel.UNIT_HEAD));
        assertThat(ladderKeys()).containsExactly("task:" + task.getId() + ":2026-09-30:REMINDER",
                "task:" + task.getId() + ":2026-09-30:UNIT_HEAD", "task:" + task.getId() + ":2026-10-16:REMINDER",
                "task:" + task.getId() + ":2026-10-16:UNIT_HEAD");
    }

    @Test
    void aRefusalNeedsACommentAndKeepsTheDueDate() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");
        String instance = request(task, "2026-10-16", "Thiếu người");
        Task decide = taskService.createTaskQuery().processInstanceId(instance).singleResult();

        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(ExtensionProcess.DECISION, "refuse")))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("decisionComment");
        taskService.complete(decide.getId(), Map.of(ExtensionProcess.DECISION, "refuse",
                ExtensionProcess.DECISION_COMMENT, "Hạn đã được thông báo từ đầu quý"));

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getDueDate())
                .isEqualTo(date("2026-09-30T23:59:59"));
        assertThat(jdbc.queryForObject("select status from deadline_extension where process_instance_id = ?",
                String.class, instance)).isEqualTo("REFUSED");
    }

    @Test
    void aRequestIsChecked() {
        Task task = startTask(at("2026-09-01T09:00"), at("2026-09-30T23:59:59"), true, "Báo cáo quý III");

        assertThatThrownBy(() -> request(task, "2026-09-29", "Lý do")).hasMessageContaining("newDueDate");
        assertThatThrownBy(() -> request(task, "2026-10-16", " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> request(task, "2026-10-16", "x".repeat(1001))).hasMessageContaining("1000");
        identityService.setAuthentication("aq-tdp02.canbo", List.of("aq-tdp02"));
        assertThatThrownBy(() -> formService.submitStartForm(extensionDefinition(), Map.<String, Object>of(
                ExtensionProcess.TASK_ID, task.getId(), ExtensionProcess.NEW_DUE_DATE, "2026-10-16",
                ExtensionProcess.REASON, "Lý do"))).hasMessageContaining("không thuộc đơn vị");
        assertThat(jdbc.queryForObject("select count(*) from deadline_extension where task_id = ?", Long.class,
                task.getId())).isZero();
    }

    private String request(Task task, String newDueDate, String reason) {
        identityService.setAuthentication(OFFICER, List.of("aq-tdp01"));
        try {
            return formService.submitStartForm(extensionDefinition(), Map.<String, Object>of(ExtensionProcess.TASK_ID,
                    task.getId(), ExtensionProcess.NEW_DUE_DATE, newDueDate, ExtensionProcess.REASON, reason)).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String extensionDefinition() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(ExtensionProcess.KEY).latestVersion()
                .singleResult().getId();
    }

    private static Date date(String localDateTime) {
        return Date.from(at(localDateTime).toInstant());
    }
}
