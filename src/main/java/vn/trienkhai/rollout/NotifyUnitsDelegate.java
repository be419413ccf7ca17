package vn.trienkhai.rollout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.trienkhai.organisation.OrganisationUnit;
import vn.trienkhai.security.AccessProvisioning;

/**
 * Notifies the units of their assignment: progress records with due dates and a log line (no mail
 * yet); the units and the lead office may read the two definitions, which opening a deployed form
 * and completing the last task of a called instance require.
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
        Set<String> groups = new LinkedHashSet<>();
        participants.forEach(unit -> groups.add(unit.getCamundaGroupId()));
        groups.addAll(directory.leadGroupsOf(rollout));
        groups.forEach(this::grantRead);
    }

    /**
     * Once per group: a lead office is often a participant too, and a second grant in the same
     * transaction would not see the first one's unflushed insert and would insert it again.
     */
    private void grantRead(String groupId) {
        access.grantReadProcessDefinition(groupId, UnitImplementationProcess.KEY);
        access.grantReadProcessDefinition(groupId, PlanRolloutProcess.KEY);
    }
}
