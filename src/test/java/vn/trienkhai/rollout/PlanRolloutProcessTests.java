package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.plantask.PlanTaskProcess;
import vn.trienkhai.system.ConflictException;

@RolloutProcessTest
class PlanRolloutProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;
    @Autowired RolloutService service;
    @Autowired RolloutRepository rollouts;

    @BeforeEach
    void prepare() throws Exception {
        BpmnAwareTests.init(engine);
        fixtures.prepare();
    }

    @AfterEach
    void cleanUp() {
        steps.cleanUp();
        ClockUtil.reset();
    }

    @Test
    void reportingRoundsFollowThePlanCalendarAndTheRolloutEndsWithTheUnits() throws Exception {
        Rollout rollout = steps.start(fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02")));
        ProcessInstance instance = instance(rollout);
        assertThat(instance).isWaitingAt(PlanRolloutProcess.WAIT_FOR_ROUND);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), PlanRolloutProcess.ROUND_COUNT))
                .isEqualTo(3);
        assertThat(steps.unitInstance(rollout.getId(), "AQ-TDP02")).isNotNull();

        // quarterly cut-offs on the 14th (Nghị định 09), then the final review at the plan's end
        for (LocalDate opens : List.of(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 6, 14),
                LocalDate.of(2026, 6, 30))) {
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .timers().singleResult();
            assertThat(timer.getDuedate()).isEqualTo(Date.from(opens.atStartOfDay(RolloutFixtures.ZONE).toInstant()));
            ClockUtil.setCurrentTime(timer.getDuedate());
            engine.getManagementService().executeJob(timer.getId());
        }
        assertThat(instance).hasPassed(PlanRolloutProcess.REPORTING_ROUND, "RoundLoopGateway", "MoreRoundsGateway")
                .isWaitingAt(PlanRolloutProcess.UNIT_IMPLEMENTATION);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).processDefinitionKey(PlanRolloutProcess.REPORTING_ROUND_KEY)
                .count()).isEqualTo(3);

        ClockUtil.setCurrentTime(RolloutFixtures.at(LocalDate.of(2026, 6, 30), 10));
        steps.walkUnit(rollout.getId(), "AQ-TDP01");
        steps.walkUnit(rollout.getId(), "AQ-TDP02");
        assertThat(instance).isWaitingAt(PlanRolloutProcess.PLAN_TASKS);
        steps.walkPlanTasks(rollout.getId());

        assertThat(instance).hasPassed(PlanRolloutProcess.PLAN_TASKS, "RolloutJoinGateway").isEnded();
        assertThat(rollouts.findById(rollout.getId()).orElseThrow().getStatus()).isEqualTo(RolloutStatus.COMPLETED);
    }

    @Test
    void everyPlanTaskRunsBesideTheUnitsWithItsLeadAndCoordinatingUnitsDueByTheDeadline() throws Exception {
        Rollout rollout = steps.start(fixtures.plan(List.of("AQ-TDP01")));

        // NV2: led by AQ-CA, which is not a participant; AQ-PKTHT helps, five working days earlier
        Task lead = engine.getTaskService().createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKey(PlanTaskProcess.CARRY_OUT).taskCandidateGroup("aq-ca").singleResult();
        assertThat(lead.getName()).as("the plan's task, then its unit and the plan, as every task names its subject")
                .isEqualTo("Thực hiện nhiệm vụ NV2: Rà soát, bổ sung biển báo tại các điểm đen tai nạn giao thông"
                        + " – Công an phường Ái Quốc – KH 08-CT/TU");
        assertThat(lead.getDescription()).startsWith("Kế hoạch: Kế hoạch kiểm thử ");
        assertThat(lead.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 31).atTime(23, 59, 59)
                .atZone(RolloutFixtures.ZONE).toInstant()));
        Task coordinating = engine.getTaskService().createTaskQuery().taskDefinitionKey(PlanTaskProcess.COORDINATE)
                .taskCandidateGroup("aq-pktht").singleResult();
        assertThat(coordinating.getName()).isEqualTo("Phối hợp thực hiện nhiệm vụ NV2: Rà soát, bổ sung biển báo tại các"
                + " điểm đen tai nạn giao thông – Phòng Kinh tế - Hạ tầng – KH 08-CT/TU");
        assertThat(coordinating.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 24).atTime(23, 59, 59)
                .atZone(RolloutFixtures.ZONE).toInstant()));
        // NV1 is continuous: it waits for the first round's cut-off
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .activityId(PlanTaskProcess.WAIT_FOR_ROUND).singleResult().getDuedate()).isEqualTo(Date.from(LocalDate.of(2026, 3, 14).atStartOfDay(RolloutFixtures.ZONE)
                .toInstant()));
        // the escalation ladder arms itself on every task with a due date: the reminder comes first
        assertThat(engine.getManagementService().createJobQuery().activityId(PlanTaskProcess.CARRY_OUT).timers()
                .processInstanceId(lead.getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("aq-ca")
                .resourceId(PlanTaskProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    void aPlanTaskReturnedByTheLeadOfficeStandsOutInTheListWithTheReason() throws Exception {
        steps.start(fixtures.plan(List.of("AQ-TDP01")));
        Task lead = engine.getTaskService().createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                .taskDefinitionKey(PlanTaskProcess.CARRY_OUT).taskCandidateGroup("aq-ca").singleResult();
        steps.complete(lead, RolloutSteps.planTaskForm(PlanTaskProcess.CARRY_OUT));
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(lead.getProcessInstanceId())
                .taskDefinitionKey(PlanTaskProcess.REVIEW).singleResult();
        assertThat(review.getName()).startsWith("Xem xét kết quả thực hiện nhiệm vụ NV2: Rà soát").endsWith("KH 08-CT/TU");

        steps.complete(review, Map.of(PlanTaskProcess.REVIEW_DECISION, PlanTaskProcess.RETURN,
                PlanTaskProcess.RETURN_REASON, "Bổ sung danh sách điểm đen đã rà soát"));

        Task again = engine.getTaskService().createTaskQuery().processInstanceId(lead.getProcessInstanceId())
                .taskDefinitionKey(PlanTaskProcess.CARRY_OUT).singleResult();
        assertThat(again.getName()).isEqualTo("Bị trả lại: " + lead.getName());
    }

    @Test
    void aUnitWhoseGroupWasRemovedIsOneIncidentRetriedAfterTheFixWhileTheOtherUnitsGetTheirTasks() throws Exception {
        Rollout rollout = service.start(fixtures.plan(List.of("AQ-TDP01", "AQ-TDP02", "AQ-TDP03")),
                RolloutFixtures.ROLLOUT_ON);
        engine.getIdentityService().deleteGroup("aq-tdp02");
        try {
            steps.runJobsLeavingFailures();

            assertThat(steps.task(rollout.getId(), "AQ-TDP01", UnitImplementationProcess.STUDY)).isNotNull();
            assertThat(steps.task(rollout.getId(), "AQ-TDP03", UnitImplementationProcess.STUDY)).isNotNull();
            assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(PlanTaskProcess.KEY)
                    .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rollout.getId()).count())
                    .as("the plan's tasks run beside the units").isPositive();
            assertThat(steps.unitInstance(rollout.getId(), "AQ-TDP02")).isNull();
            Job failed = engine.getManagementService().createJobQuery().processInstanceId(rollout.getProcessInstanceId())
                    .activityId(PlanRolloutProcess.UNIT_IMPLEMENTATION).singleResult();
            assertThat(failed.getRetries()).isEqualTo(2);
            // the job executor tries twice more, five minutes apart
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> engine.getManagementService().executeJob(failed.getId()))
                        .hasMessageStartingWith("Đơn vị AQ-TDP02 không còn nhóm người dùng «aq-tdp02»");
            }
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(rollout.getProcessInstanceId())
                    .list()).singleElement().satisfies(incident -> {
                        assertThat(incident.getActivityId()).isEqualTo(PlanRolloutProcess.UNIT_IMPLEMENTATION);
                        assertThat(incident.getIncidentMessage()).startsWith("Đơn vị AQ-TDP02 không còn nhóm người dùng");
                    });

            fixtures.importUnits();
            engine.getManagementService().setJobRetries(failed.getId(), 1);
            engine.getManagementService().executeJob(failed.getId());
            steps.runJobs();

            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(rollout.getProcessInstanceId())
                    .count()).isZero();
            assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(UnitImplementationProcess.STUDY)
                    .processVariableValueEquals(PlanRolloutProcess.ROLLOUT_ID, rollout.getId())
                    .taskCandidateGroup("aq-tdp02").count()).isEqualTo(1);
        } finally {
            fixtures.importUnits();
        }
    }

    @Test
    void aPlanRollingOutCannotBeStartedAgain() throws Exception {
        long planId = fixtures.plan(List.of("AQ-TDP01"));
        steps.start(planId);

        assertThatThrownBy(() -> service.start(planId, RolloutFixtures.ROLLOUT_ON))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đang được triển khai");
    }

    @Test
    void cascadeEndsWhenTheSubUnitsAndTheirRoundsAreDone() throws Exception {
        Rollout parent = steps.start(fixtures.plan(List.of("{unit: HP-DU-AQ, cascade: true}")));
        ProcessInstance parentInstance = instance(parent);
        steps.complete(steps.task(parent.getId(), "HP-DU-AQ", UnitImplementationProcess.STUDY), RolloutSteps.study());
        steps.complete(steps.task(parent.getId(), "HP-DU-AQ", UnitImplementationProcess.DISSEMINATE),
                RolloutSteps.disseminate());
        steps.complete(steps.task(parent.getId(), "HP-DU-AQ", UnitImplementationProcess.SUBMIT_UNIT_PLAN),
                RolloutSteps.unitPlan());
        steps.complete(steps.task(parent.getId(), "HP-DU-AQ", UnitImplementationProcess.REVIEW_UNIT_PLAN),
                RolloutSteps.approve());
        steps.runJobs();
        Rollout child = rollouts.findByPlanIdOrdered(parent.getPlan().getId()).stream()
                .filter(rollout -> rollout.getLevel() == 1).findFirst().orElseThrow();
        ProcessInstance cascadingUnit = steps.unitInstance(parent.getId(), "HP-DU-AQ");
        assertThat(cascadingUnit).isWaitingAt(UnitImplementationProcess.CASCADE_ROLLOUT,
                UnitImplementationProcess.IMPLEMENT_PLAN);

        for (String code : List.of("HP-DU-AQ-CB01", "HP-DU-AQ-CB02", "HP-DU-AQ-CB03")) {
            steps.walkUnit(child.getId(), code);
        }
        ClockUtil.setCurrentTime(RolloutFixtures.at(LocalDate.of(2026, 7, 1), 9));
        steps.runJobs();
        assertThat(rollouts.findById(child.getId()).orElseThrow().getStatus()).isEqualTo(RolloutStatus.COMPLETED);
        assertThat(cascadingUnit).hasPassed(UnitImplementationProcess.CASCADE_ROLLOUT);

        steps.complete(steps.task(parent.getId(), "HP-DU-AQ", UnitImplementationProcess.IMPLEMENT_PLAN),
                RolloutSteps.implement());
        assertThat(cascadingUnit).isEnded();
        steps.walkPlanTasks(parent.getId());
        assertThat(parentInstance).isEnded();
    }

    @Test
    void theStartFormIsServedByTheApplication() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PlanRolloutProcess.KEY).latestVersion().singleResult();
        String formKey = engine.getFormService().getStartFormKey(definition.getId());
        assertThat(formKey).isEqualTo("embedded:/forms/start-plan-rollout.html");
        assertThat(new org.springframework.core.io.ClassPathResource("static/forms/start-plan-rollout.html").exists())
                .isTrue();
    }

    private ProcessInstance instance(Rollout rollout) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(rollout.getProcessInstanceId()).singleResult();
    }
}
