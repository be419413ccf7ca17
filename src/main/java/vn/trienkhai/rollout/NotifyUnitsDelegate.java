package vn.trienkhai.rollout;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Notifies the units of their assignment: progress records with due dates, and a log line (no mail yet). */
@Component("notifyUnitsDelegate")
class NotifyUnitsDelegate implements JavaDelegate {

    private final RolloutDirectory directory;
    private final ProgressRecords progress;

    NotifyUnitsDelegate(RolloutDirectory directory, ProgressRecords progress) {
        this.directory = directory;
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long rolloutId = (Long) execution.getVariable(PlanRolloutProcess.ROLLOUT_ID);
        Rollout rollout = directory.rollout(rolloutId);
        progress.assign(rollout, directory.participantsOf(rollout));
    }
}
