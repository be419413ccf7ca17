package vn.trienkhai.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.trienkhai.rollout.UnitImplementationProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

    /**
     * The one path through unit-implementation on the real delegates and database: the due dates
     * the real deadlines give, a return, and the unit's progress records. The model's paths (the
     * return, the forms re-checked, the cascade) are walked in layer 1 (UnitImplementationModelTests);
     * a cascade on the database in PlanRolloutProcessTests.
     */
    @Test
    void aUnitWalksEveryStepWithDueDatesAndItsProgressIsRecordedWithTheReturn() throws Exception {
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
        steps.complete(review, RolloutSteps.returnWith("Thiếu phân công nhiệm vụ cụ thể"));
        Task again = steps.task(rolloutId, "AQ-TDP01", SUBMIT_UNIT_PLAN);
        assertThat(engine.getTaskService().getVariable(again.getId(), RETURN_REASON))
                .isEqualTo("Thiếu phân công nhiệm vụ cụ thể");
        steps.complete(again, RolloutSteps.unitPlan());
        steps.complete(steps.task(rolloutId, "AQ-TDP01", REVIEW_UNIT_PLAN), RolloutSteps.approve());
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
        assertThat(records).filteredOn(record -> record.getStage() == Stage.UNIT_PLAN).singleElement()
                .satisfies(record -> assertThat(record.getAttempts()).isEqualTo(2));
    }
}
