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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
    void aPlanRollingOutCannotBeStartedAgain() throws Exception {
        long planId = fixtures.plan(List.of("AQ-TDP01"));
        steps.start(planId);

        assertThatThrownBy(() -> service.start(planId, RolloutFixtures.ROLLOUT_ON))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đang được triển khai");
    }

    /**
     * The one path through plan-rollout and unit-implementation on the real delegates and database:
     * the child rollout's record, its units' dates one level down, the rounds the real calendar
     * gives, and both rollouts' records completed. The models' paths are walked in layer 1
     * (PlanRolloutRoundsModelTests, UnitImplementationModelTests), the dates in RolloutDatesTests.
     */
    @Test
    void cascadeEndsWhenTheSubUnitsAndTheirRoundsAreDone() throws Exception {
        Rollout parent = steps.start(fixtures.plan(List.of("{unit: HP-DU-AQ, cascade: true}")));
        ProcessInstance parentInstance = instance(parent);
        assertThat(engine.getRuntimeService().getVariable(parentInstance.getId(), PlanRolloutProcess.ROUND_COUNT))
                .isEqualTo(3);
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
        assertThat(child.getLeadUnit().getCode()).isEqualTo("HP-DU-AQ");
        assertThat(child.getParentRollout().getId()).isEqualTo(parent.getId());
        ProcessInstance cascadingUnit = steps.unitInstance(parent.getId(), "HP-DU-AQ");
        assertThat(cascadingUnit).isWaitingAt(UnitImplementationProcess.CASCADE_ROLLOUT,
                UnitImplementationProcess.IMPLEMENT_PLAN);
        assertThat(instance(child).getRootProcessInstanceId()).isEqualTo(parent.getProcessInstanceId());

        for (String code : List.of("HP-DU-AQ-CB01", "HP-DU-AQ-CB02", "HP-DU-AQ-CB03")) {
            Task study = steps.task(child.getId(), code, UnitImplementationProcess.STUDY);
            assertThat(study).hasCandidateGroup(code.toLowerCase(java.util.Locale.ROOT));
            // the parent's study is due 2026-01-16; one level down, one working day earlier
            assertThat(study.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 1, 15).atTime(23, 59, 59)
                    .atZone(RolloutFixtures.ZONE).toInstant()));
        }
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", UnitImplementationProcess.STUDY), RolloutSteps.study());
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", UnitImplementationProcess.DISSEMINATE),
                RolloutSteps.disseminate());
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", UnitImplementationProcess.SUBMIT_UNIT_PLAN),
                RolloutSteps.unitPlan());
        Task childReview = steps.task(child.getId(), "HP-DU-AQ-CB01", UnitImplementationProcess.REVIEW_UNIT_PLAN);
        assertThat(engine.getTaskService().getIdentityLinksForTask(childReview.getId()))
                .as("the cascading unit reviews its sub-units' plans")
                .extracting(IdentityLink::getGroupId).containsExactly("hp-du-aq");
        steps.complete(childReview, RolloutSteps.approve());
        steps.runJobs();
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", UnitImplementationProcess.IMPLEMENT_PLAN),
                RolloutSteps.implement());
        for (String code : List.of("HP-DU-AQ-CB02", "HP-DU-AQ-CB03")) {
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
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(parentInstance.getId()).processDefinitionKey(PlanRolloutProcess.REPORTING_ROUND_KEY)
                .count()).isEqualTo(3);
        assertThat(rollouts.findById(parent.getId()).orElseThrow().getStatus()).isEqualTo(RolloutStatus.COMPLETED);
    }

    private ProcessInstance instance(Rollout rollout) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(rollout.getProcessInstanceId()).singleResult();
    }
}
