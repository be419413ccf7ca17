package vn.trienkhai.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.trienkhai.reporting.ReportingRoundProcess.APPROVE;
import static vn.trienkhai.reporting.ReportingRoundProcess.FINALISE;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.trienkhai.system.FormRefusedException;

/**
 * Issue 10, item 2: a residential group's officer submitted the own unit report with
 * {@code leadGroups} and {@code leadershipGroup} naming the own group, and so reviewed, finalised
 * and approved the round. A completion now carries only the fields of the task's form, and the
 * reviewers and approvers come from the rollout whatever the variables say.
 */
class VariableInjectionTests extends ReportingProcessTestSupport {

    private static final String UNIT_GROUP = "rt-tdp03";

    @Autowired
    FormService forms;

    @Test
    void anOfficerWhoNamesTheReviewersWhileSubmittingIsRefusedAndTheTaskStaysOpen() throws Exception {
        ProcessInstance instance = startTopRound();
        Task submit = task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, UNIT_GROUP);
        Map<String, Object> form = new HashMap<>(report());
        form.put("leadGroups", UNIT_GROUP);
        form.put("leadershipGroup", UNIT_GROUP);

        assertThatThrownBy(() -> completeAs(UNIT_GROUP, submit, form))
                .isInstanceOf(FormRefusedException.class).hasMessageContaining("«leadershipGroup»")
                .hasMessageNotContaining("ENGINE-");
        identity.setAuthentication(UNIT_GROUP + ".canbo", List.of(UNIT_GROUP));
        try {
            assertThatThrownBy(() -> forms.submitTaskForm(submit.getId(), form))
                    .isInstanceOf(FormRefusedException.class);
        } finally {
            identity.clearAuthentication();
        }

        assertThat(tasks.createTaskQuery().taskId(submit.getId()).count()).isOne();
        assertThat(reports.findByRoundId(roundId(instance))).isEmpty();
        completeAs(UNIT_GROUP, submit, report());
        assertThat(candidateGroups(task(instance, ReportingRoundProcess.REVIEW_UNIT_REPORT, LEAD_OFFICE)))
                .containsExactly(LEAD_OFFICE);
    }

    @Test
    void anOfficerMayNotSetOrRemoveTheTasksOtherVariables() throws Exception {
        ProcessInstance instance = startTopRound();
        Task submit = task(instance, ReportingRoundProcess.SUBMIT_UNIT_REPORT, UNIT_GROUP);
        identity.setAuthentication(UNIT_GROUP + ".canbo", List.of(UNIT_GROUP));
        try {
            assertThatThrownBy(() -> tasks.setVariable(submit.getId(), "leadershipGroup", UNIT_GROUP))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("«leadershipGroup»");
            assertThatThrownBy(() -> tasks.setVariables(submit.getId(), Map.of("unitCode", "RT-CA")))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("«unitCode»");
            assertThatThrownBy(() -> tasks.removeVariable(submit.getId(), ReportingRoundProcess.ROLLOUT_ID))
                    .isInstanceOf(BadUserRequestException.class);
            tasks.setVariable(submit.getId(), "results", "Nháp kết quả");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(runtime.getVariable(instance.getId(), "leadershipGroup")).isNull();
    }

    @Test
    void reviewersFinalisersAndApproversComeFromTheRolloutNotFromVariables() throws Exception {
        ProcessInstance instance = startTopRound();
        runtime.setVariable(instance.getId(), "leadGroups", UNIT_GROUP);
        runtime.setVariable(instance.getId(), "leadershipGroup", UNIT_GROUP);

        submit(instance, "RT-TDP03", 2, 1500000, "4");
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ReportingRoundProcess.REVIEW_UNIT_REPORT).singleResult();
        assertThat(candidateGroups(review)).containsExactly(LEAD_OFFICE);
        review(instance, "RT-TDP03", "accept", null);

        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-19T17:00:00Z")));
        executeJob(instance, ReportingRoundProcess.CONSOLIDATION_DEADLINE);
        executeJob(instance, ReportingRoundProcess.CONSOLIDATE);
        executeJob(instance, ReportingRoundProcess.ASSEMBLE);
        Task finalise = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(FINALISE)
                .singleResult();
        assertThat(candidateGroups(finalise)).containsExactly(LEAD_OFFICE);
        completeAs(LEAD_OFFICE, finalise, Map.of("finalNote", "Đủ số liệu.", "keepDraftConfirmed", true));
        Task approve = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(APPROVE)
                .singleResult();
        assertThat(candidateGroups(approve)).containsExactly(LEADERSHIP);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static Map<String, Object> report() {
        return Map.of("figure_accidents", 2, "figure_fines", 1500000, "figure_checkpoints", 4,
                "results", "Đã tổ chức tuần tra, xử lý vi phạm.");
    }
}
