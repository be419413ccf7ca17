package vn.trienkhai.reporting;

import static vn.trienkhai.reporting.ReportingRoundProcess.PLAN_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROLLOUT_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROUND_ID;
import static vn.trienkhai.reporting.ReportingRoundProcess.ROUND_SEQUENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.system.EngineClock;

/** Creates the round's row and puts its id and the reviewing groups into the process. */
@Component
class OpenRoundDelegate implements JavaDelegate {

    private final RoundOpening opening;

    OpenRoundDelegate(RoundOpening opening) {
        this.opening = opening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PLAN_ID)).longValue();
        long rolloutId = ((Number) execution.getVariable(ROLLOUT_ID)).longValue();
        int sequence = ((Number) execution.getVariable(ROUND_SEQUENCE)).intValue();
        ReportRound round = opening.open(planId, rolloutId, sequence, execution.getProcessInstanceId(),
                EngineClock.now());
        execution.setVariable(ROUND_ID, round.getId());
    }
}
