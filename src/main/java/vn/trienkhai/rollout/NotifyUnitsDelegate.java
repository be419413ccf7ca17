package vn.trienkhai.rollout;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.security.AccessProvisioning;

/**
 * Notifies the units of their assignment: progress records with due dates and a log line (no mail
 * yet); the units and the lead office may read the two definitions, which opening a deployed form
 * and completing the last task of a called instance require, and reporting-round's, so that
 * Tasklist shows the process name on report tasks.
 */
@Component("notifyUnitsDelegate")
class NotifyUnitsDelegate implements JavaDelegate {

    private final RolloutDirectory directory;
    private final ProgressRecords progress;
    private final AccessProvisioning access;

    NotifyUnitsDelegate(RolloutDirectory directory, ProgressRecords progress, AccessProvisioning access) {
        this.directory = directory;
        this.progress = progress;
        this.access = access;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long rolloutId = (Long) execution.getVariable(PlanRolloutProcess.ROLLOUT_ID);
        Rollout rollout = directory.rollout(rolloutId);
        List<OrganisationUnit> participants = directory.participantsOf(rollout);
        progress.assign(rollout, participants);
        List<String> groups = Stream.concat(participants.stream().map(OrganisationUnit::getCamundaGroupId),
                directory.leadGroupsOf(rollout).stream()).distinct().toList();
        access.grantReadProcessDefinition(groups, UnitImplementationProcess.KEY);
        access.grantReadProcessDefinition(groups, PlanRolloutProcess.KEY);
        access.grantReadProcessDefinition(groups, PlanRolloutProcess.REPORTING_ROUND_KEY);
    }
}
