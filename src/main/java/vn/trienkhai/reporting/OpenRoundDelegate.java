package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.LEADERSHIP_GROUP;
import static vn.trienkhai.reporting.ReportingRoundProcess.LEAD_GROUPS;
import static vn.trienkhai.reporting.ReportingRoundProcess.PLAN_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROLLOUT_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROUND_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROUND_SEQUENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.trienkhai.rollout.Rollout;
import vn.trienkhai.rollout.RolloutDirectory;

/** Creates the round's row and puts its id and the reviewing groups into the process. */
@Component
class OpenRoundDelegate implements JavaDelegate {

    private final RoundOpening opening;
    private final RolloutDirectory directory;

    OpenRoundDelegate(RoundOpening opening, RolloutDirectory directory) {
        this.opening = opening;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
        long rolloutId = ((Number) execution.getVariable(ROLLOUT_ID)).longValue();
        int sequence = ((Number) execution.getVariable(ROUND_SEQUENCE)).intValue();
        ReportRound round = opening.open(planId, rolloutId, sequence, execution.getProcessInstanceId(),
                ClockUtil.getCurrentTime().toInstant());
        Rollout rollout = directory.rollout(rolloutId);
        execution.setVariable(ROUND_ID, round.getId());
        execution.setVariable(LEAD_GROUPS, String.join(",", directory.leadGroupsOf(rollout)));
        execution.setVariable(LEADERSHIP_GROUP, directory.leadershipGroupOf(rollout));
    }
}
