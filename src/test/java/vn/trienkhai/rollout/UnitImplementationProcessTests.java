package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
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
import vn.trienkhai.system.FormRefusedException;

@RolloutProcessTest
class UnitImplementationProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired RolloutFixtures fixtures;
    @Autowired RolloutSteps steps;
    @Autowired ProgressRecords progress;
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
    void approvedUnitWalksEveryStepWithDueDatesAndProgress() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01"))).getId();

        Task study = steps.task(rolloutId, "AQ-TDP01", STUDY);
        assertThat(study).hasCandidateGroup("aq-tdp01");
        // 10 working days counted from Monday 2026-01-05 (its own day included): Friday 2026-01-16, 23:59:59 +07
        assertThat(study.getDueDate()).isEqualTo(java.util.Date.from(LocalDate.of(2026, 1, 16)
                .atTime(23, 59, 59).atZone(RolloutFixtures.ZONE).toInstant()));
        steps.complete(study, RolloutSteps.study());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", DISSEMINATE), RolloutSteps.disseminate());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", SUBMIT_UNIT_PLAN), RolloutSteps.unitPlan());
        Task review = steps.task(rolloutId, "AQ-TDP01", REVIEW_UNIT_PLAN);
        assertThat(review).hasCandidateGroup("aq-pktht");
        steps.complete(review, RolloutSteps.approve());
        ProcessInstance unit = steps.unitInstance(rolloutId, "AQ-TDP01");
        assertThat(unit).hasPassed("CascadesGateway", "CascadeMergeGateway").isWaitingAt(IMPLEMENT_PLAN);
        Task implement = steps.task(rolloutId, "AQ-TDP01", IMPLEMENT_PLAN);
        assertThat(implement.getDueDate()).isEqualTo(java.util.Date.from(LocalDate.of(2026, 6, 30)
                .atTime(23, 59, 59).atZone(RolloutFixtures.ZONE).toInstant()));
        steps.complete(implement, RolloutSteps.implement());

        assertThat(unit).isEnded();
        List<UnitStageProgress> records = progress.of(rolloutId);
        assertThat(records).hasSize(Stage.values().length)
                .allSatisfy(record -> {
                    assertThat(record.getStatus()).isEqualTo(UnitStageProgress.Status.DONE);
                    assertThat(record.getOnTime()).isTrue();
                    assertThat(record.getCompletedAt()).isNotNull();
                });
    }

    @Test
    void returnedPlanComesBackWithTheReasonAndIsResubmitted() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01"))).getId();
        steps.complete(steps.task(rolloutId, "AQ-TDP01", STUDY), RolloutSteps.study());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", DISSEMINATE), RolloutSteps.disseminate());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", SUBMIT_UNIT_PLAN), RolloutSteps.unitPlan());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", REVIEW_UNIT_PLAN),
                RolloutSteps.returnWith("Thiếu phân công nhiệm vụ cụ thể"));

        Task again = steps.task(rolloutId, "AQ-TDP01", SUBMIT_UNIT_PLAN);
        assertThat(engine.getTaskService().getVariable(again.getId(), RETURN_REASON))
                .isEqualTo("Thiếu phân công nhiệm vụ cụ thể");
        ProcessInstance unit = steps.unitInstance(rolloutId, "AQ-TDP01");
        steps.complete(again, RolloutSteps.unitPlan());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", REVIEW_UNIT_PLAN), RolloutSteps.approve());

        assertThat(engine.getRuntimeService().getVariable(unit.getId(), RETURN_REASON)).isNull();
        UnitStageProgress unitPlan = progress.of(rolloutId).stream()
                .filter(record -> record.getStage() == Stage.UNIT_PLAN).findFirst().orElseThrow();
        assertThat(unitPlan.getAttempts()).isEqualTo(2);
        assertThat(unitPlan.getStatus()).isEqualTo(UnitStageProgress.Status.DONE);
    }

    @Test
    void formsAreRecheckedOnTheServerAndTheTaskStaysOpen() throws Exception {
        long rolloutId = steps.start(fixtures.plan(List.of("AQ-TDP01"))).getId();
        Task study = steps.task(rolloutId, "AQ-TDP01", STUDY);

        refused(study, with(RolloutSteps.study(), STUDY_HELD_ON, "2026-02-01"), "Ngày tổ chức học tập, quán triệt");
        refused(study, with(RolloutSteps.study(), STUDY_PARTICIPANTS, 0L), "Số người tham dự");
        refused(study, with(RolloutSteps.study(), STUDY_MINUTES_REF, " "), "Số, ký hiệu biên bản");
        refused(study, with(RolloutSteps.study(), STUDY_FORMAT, "KHAC"), "Hình thức");
        steps.complete(study, RolloutSteps.study());

        Task disseminate = steps.task(rolloutId, "AQ-TDP01", DISSEMINATE);
        refused(disseminate, with(RolloutSteps.disseminate(), PEOPLE_REACHED, -1L), "Số lượt người được tuyên truyền");
        refused(disseminate, with(RolloutSteps.disseminate(), DISSEMINATION_SESSIONS, 2.5d), "Số buổi, đợt tuyên truyền");
        steps.complete(disseminate, RolloutSteps.disseminate());

        Task submit = steps.task(rolloutId, "AQ-TDP01", SUBMIT_UNIT_PLAN);
        refused(submit, with(RolloutSteps.unitPlan(), UNIT_PLAN_NUMBER, "x".repeat(61)), "Số, ký hiệu kế hoạch");
        steps.complete(submit, RolloutSteps.unitPlan());

        Task review = steps.task(rolloutId, "AQ-TDP01", REVIEW_UNIT_PLAN);
        refused(review, Map.of(REVIEW_DECISION, RETURN), "Lý do trả lại");
        refused(review, Map.of(REVIEW_DECISION, "MAYBE"), "Kết quả thẩm định");
        steps.complete(review, RolloutSteps.approve());
        steps.runJobs();

        Task implement = steps.task(rolloutId, "AQ-TDP01", IMPLEMENT_PLAN);
        refused(implement, with(RolloutSteps.implement(), IMPLEMENTATION_SUMMARY, ""), "Kết quả triển khai thực hiện");
    }

    @Test
    void cascadingUnitRollsOutToItsSubUnitsWithEarlierDeadlines() throws Exception {
        Rollout parent = steps.start(fixtures.plan(List.of("{unit: HP-DU-AQ, cascade: true}")));
        long parentId = parent.getId();
        steps.complete(steps.task(parentId, "HP-DU-AQ", STUDY), RolloutSteps.study());
        steps.complete(steps.task(parentId, "HP-DU-AQ", DISSEMINATE), RolloutSteps.disseminate());
        steps.complete(steps.task(parentId, "HP-DU-AQ", SUBMIT_UNIT_PLAN), RolloutSteps.unitPlan());
        steps.complete(steps.task(parentId, "HP-DU-AQ", REVIEW_UNIT_PLAN), RolloutSteps.approve());
        steps.runJobs();

        Rollout child = rollouts.findByPlanIdOrdered(parent.getPlan().getId()).stream()
                .filter(rollout -> rollout.getLevel() == 1).findFirst().orElseThrow();
        assertThat(child.getLeadUnit().getCode()).isEqualTo("HP-DU-AQ");
        assertThat(child.getParentRollout().getId()).isEqualTo(parentId);
        ProcessInstance childInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(child.getProcessInstanceId()).singleResult();
        assertThat(childInstance.getRootProcessInstanceId()).isEqualTo(parent.getProcessInstanceId());

        for (String code : List.of("HP-DU-AQ-CB01", "HP-DU-AQ-CB02", "HP-DU-AQ-CB03")) {
            Task study = steps.task(child.getId(), code, STUDY);
            assertThat(study).hasCandidateGroup(code.toLowerCase(java.util.Locale.ROOT));
            // the parent's study is due 2026-01-16; one level down, one working day earlier
            assertThat(study.getDueDate()).isEqualTo(java.util.Date.from(LocalDate.of(2026, 1, 15)
                    .atTime(23, 59, 59).atZone(RolloutFixtures.ZONE).toInstant()));
        }
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", STUDY), RolloutSteps.study());
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", DISSEMINATE), RolloutSteps.disseminate());
        steps.complete(steps.task(child.getId(), "HP-DU-AQ-CB01", SUBMIT_UNIT_PLAN), RolloutSteps.unitPlan());
        List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(
                steps.task(child.getId(), "HP-DU-AQ-CB01", REVIEW_UNIT_PLAN).getId());
        assertThat(links).extracting(IdentityLink::getGroupId).containsExactly("hp-du-aq");
    }

    private void refused(Task task, Map<String, Object> variables, String field) {
        assertThatThrownBy(() -> steps.complete(task, variables))
                .isInstanceOf(FormRefusedException.class)
                .hasMessageContaining("«" + field + "»");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> variables = new HashMap<>(base);
        variables.put(name, value);
        return variables;
    }
}
